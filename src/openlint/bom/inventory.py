"""A BOM as the inventory `check` runs on: each model or dataset it lists, with its license query, any
custom license terms and (openlint BOMs) the lineage facts `check` saw, located at its element."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openlint.bom.entries import Document, Entry, LicenseStatement
from openlint.bom.read import BomError
from openlint.core.catalog import LicenseEntry
from openlint.core.config import ModelDecl
from openlint.core.findings import Location
from openlint.errors import OpenlintError
from openlint.sources.hub_ids import is_hub_id
from openlint.sources.models import ModelLicense

Given = tuple[ModelLicense, dict[str, Any]]


def _bool(value: str | None, default: bool) -> bool:
    return default if value is None else value.strip().lower() == "true"


def _read_text(text: str, name: str, keep_unread: bool = False) -> LicenseEntry | None:
    """Terms read from a license text the BOM carries (as from a LICENSE file); with `keep_unread`, a
    text with no terms openlint can read is still a license (with no obligations known, incomplete)."""
    from openlint.text.read import read_text

    try:
        reading = read_text(text, name)
    except OpenlintError:
        return None
    if reading.verdict == "known" and reading.entry is not None:
        return reading.entry
    if not reading.obligations and not keep_unread:
        return None
    base = reading.entry
    return LicenseEntry(
        id=name,
        name="license text in the BOM" + (f" (a variant of {base.id})" if base else ""),
        family=base.family if base else "ai-other",
        osi_approved=False,
        ai_model_license=True,
        summary="Terms read from a license text a bill of materials carries.",
        obligations=reading.obligations,
        obligations_complete=False,
    )


def _custom_entry(statement: LicenseStatement) -> LicenseEntry | None:
    """An openlint BOM's custom license: its recorded obligations, unless the text it carries changed."""
    lic_id = statement.openlint_id
    if lic_id is None or not lic_id.startswith("LicenseRef-"):
        return None
    facts = dict(statement.facts)
    if statement.text is not None and statement.text_sha256 is not None:
        digest = hashlib.sha256(statement.text.encode("utf-8")).hexdigest()
        if digest != statement.text_sha256:  # the text changed since the obligations were read: read it again
            entry = _read_text(statement.text, lic_id)
            return entry
    if not statement.obligations:
        return None
    family = facts.get("family", "ai-other")
    try:
        return LicenseEntry(
            id=lic_id,
            name=f"license {lic_id} as an openlint BOM records it",
            family=family,  # type: ignore[arg-type]
            osi_approved=_bool(facts.get("osi_approved"), False),
            ai_model_license=_bool(facts.get("ai_model_license"), True),
            summary="Obligations reused from an openlint bill of materials.",
            obligations=tuple(r.obligation for r in statement.obligations),
            obligations_complete=_bool(facts.get("obligations-complete"), False),
        )
    except (ValueError, TypeError):
        return None


def _query(entry: Entry) -> tuple[str | None, LicenseEntry | None]:
    """The license query a third-party entry states (concluded over declared) and any text-read terms."""
    concluded = [s for s in entry.licenses if s.acknowledgement == "concluded"]
    chosen = concluded or [s for s in entry.licenses if s.acknowledgement != "concluded"]
    values: list[str] = []
    text_entry: LicenseEntry | None = None
    for statement in chosen:
        value = statement.value
        if statement.text and text_entry is None:
            name = "LicenseRef-bom-" + re.sub(r"[^A-Za-z0-9.]+", "-", value or entry.name).strip("-")[:60]
            text_entry = _read_text(statement.text, name, keep_unread=not value)
            if text_entry is not None:
                value = text_entry.id
        if value and value not in values:
            values.append(value)
    if not values:
        return None, None
    query = values[0] if len(values) == 1 else " AND ".join(f"({v})" for v in values)
    return query, text_entry


def _third_party_facts(entry: Entry, query: str | None) -> tuple[str | None, dict[str, Any]]:
    """Lineage facts from the BOM's own pedigree: upstream licenses, drift, unresolved bases."""
    from openlint.sources.lineage import drift, restrictive_kinds

    label = _label(entry)
    facts: dict[str, Any] = {}
    if not entry.ancestors:
        return query, facts
    upstream = [lic for _, lic, _ in entry.ancestors if lic]
    facts["unresolved_bases"] = [
        f"{name} (the BOM states no license for it)" for name, lic, _ in entry.ancestors if not lic
    ]
    facts["lineage_edges"] = [[label, name, lic or "no license"] for name, lic, _ in entry.ancestors]
    facts["lineage"] = [f"{label} [{query or 'no license'}]"] + [
        f"  <- {name} [{lic or 'no license'}] ({how})" for name, lic, how in entry.ancestors
    ]
    facts["merge_conflicts"] = []
    facts["drift"] = list(drift(restrictive_kinds(query), [restrictive_kinds(u) for u in upstream]))
    if not upstream:
        return query, facts
    facts["upstream_licenses"] = upstream
    facts["declared_license"] = query or "no license"
    own = [f"({query})"] if query else []
    return " AND ".join([*own, *(f"({u})" for u in upstream if u != query)]), facts


def _label(entry: Entry) -> str:
    return entry.name if entry.kind == "model" else f"dataset {entry.name}"


def _directory(entry: Entry, facts: dict[str, Any], root: Path | None) -> Path | None:
    """Where the model's files are, for evidence (LICENSE, NOTICE): its directory inside the project as an
    openlint BOM records it, else a Hub id's snapshot in the local Hugging Face cache (never the network)."""
    relative = facts.pop("directory", None)
    if root is not None and isinstance(relative, str):
        candidate = (root / relative).resolve()
        if candidate.is_relative_to(root.resolve()) and candidate.is_dir():
            return candidate
    if entry.kind == "model" and is_hub_id(entry.name) and "/" in entry.name:
        from openlint.sources.hf_cache import cached

        return cached(entry.name, "model")
    return None


def _custom_entries(entry: Entry, facts: dict[str, Any]) -> tuple[LicenseEntry | None, tuple[LicenseEntry, ...]]:
    """An openlint BOM's custom licences of one model: its own (read from its LICENSE file), and those
    of its base models (`upstream_licenses`), which `check` read from their texts too."""
    upstream = {str(u) for u in facts.get("upstream_licenses", [])}
    found: dict[str, LicenseEntry] = {}
    for statement in entry.licenses:
        custom = _custom_entry(statement)
        if custom is not None:
            found.setdefault(custom.id, custom)
    own = next((e for e in found.values() if e.id not in upstream), None)
    return own, tuple(e for e in found.values() if e is not own)


def missing_obligations(
    query: str | None, entry: Entry, text_license: LicenseEntry | None, upstream: tuple[LicenseEntry, ...] = ()
) -> list[str]:
    """Licenses of `query` with obligations the entry's BOM does not record (all, or the kinds missing)."""
    from openlint.core.catalog import default_catalog
    from openlint.core.explanation import explain

    if not query:
        return []
    catalog = default_catalog()
    for custom in (text_license, *upstream):
        if custom is not None and custom.id not in catalog:
            catalog = catalog.with_entry(custom)
    try:
        resolved = explain(query, catalog).licenses
    except OpenlintError:
        return []
    recorded: dict[str, set[str]] = {}
    for statement in entry.licenses:
        for record in statement.obligations:
            recorded.setdefault(record.license, set()).add(record.obligation.kind)
    out = []
    for lic in resolved:
        if lic.entry is None or not lic.entry.obligations:
            continue
        have = recorded.get(lic.id, set())
        missing = sorted({str(o.kind) for o in lic.entry.obligations} - have)
        if missing:
            out.append(lic.id if not have else f"{lic.id} ({', '.join(missing)})")
    return out


def given_models(documents: Sequence[Document], root: Path | None = None, statements: bool = False) -> list[Given]:
    """Every model and dataset the documents list, ready for `run_check(given=...)`; `root` is the
    project the check runs in; `statements` also checks that the BOM records every obligation."""
    out: list[Given] = []
    seen: set[str] = set()
    for doc in documents:
        if doc.problems:  # an obligation or the facts of a model left out: the check would pass without them
            more = f" (and {len(doc.problems) - 1} more)" if len(doc.problems) > 1 else ""
            raise BomError(f"{doc.path}: {doc.problems[0]}{more}")
        for entry in doc.entries:
            if doc.openlint and entry.facts is None:
                continue  # a base model or card dataset openlint listed for lineage, not a checked model
            label = _label(entry)
            if label in seen:
                continue
            seen.add(label)
            location = Location(f"{doc.path}#{entry.pointer}", None)
            text_license: LicenseEntry | None = None
            upstream_texts: tuple[LicenseEntry, ...] = ()
            if doc.openlint and entry.facts is not None:
                query = entry.concluded
                facts = dict(entry.facts)
                text_license, upstream_texts = _custom_entries(entry, facts)
            else:
                stated, text_license = _query(entry)
                query, facts = _third_party_facts(entry, stated)
                facts.setdefault("license_origin", f"{doc.format} BOM")
            directory = _directory(entry, facts, root)
            if statements:
                facts["bom_obligations_missing"] = missing_obligations(query, entry, text_license, upstream_texts)
            problem = facts.get("problem") or (None if query else "the BOM states no license for it")
            ml = ModelLicense(
                label=label,
                decl=ModelDecl(id=label),
                query=query,
                origin=f"{doc.format} BOM ({doc.path})",
                location=location,
                directory=directory,
                problem=str(problem) if problem else None,
                text_license=text_license,
                upstream_texts=upstream_texts,
            )
            out.append((ml, facts))
    return out


def read_inventories(paths: Sequence[str], root: Path | None = None, statements: bool = False) -> list[Given]:
    from openlint.bom.read import read_file

    return given_models([read_file(path) for path in paths], root, statements)
