"""Build the BOM model from a checked project: the report's models, their lineage and licenses."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from openlint.bom.licenses import bom_license, entry_text, licenseref, text_license
from openlint.bom.model import Base, Bom, BomLicense, Component, Dependency, ObligationRecord
from openlint.checking.engine import ModelResult, Report
from openlint.core.catalog import Catalog, LicenseEntry, default_catalog
from openlint.core.config import Config
from openlint.core.explanation import Explanation, explain
from openlint.errors import OpenlintError
from openlint.sources.hub_ids import is_hub_id

RELATIONS = ("finetune", "adapter", "merge", "quantized")
WEIGHT_SUFFIXES = (".safetensors", ".bin", ".gguf", ".pt", ".pth", ".onnx", ".h5", ".ckpt", ".msgpack")
HASH_MAX_BYTES = 1 << 30  # files above 1 GiB are not hashed (named in the component's facts instead)
MAX_HASHED_FILES = 64
_TREE_LINE = re.compile(r"^(?P<name>.+?) \[(?P<license>.*)\](?: \((?P<detail>[^()]*)\))?$")


def slug(kind: str, name: str) -> str:
    """A stable element id (letters, digits, '.', '-'): readable, and unique through a short hash."""
    readable = re.sub(r"[^A-Za-z0-9.]+", "-", name).strip("-")[:64] or "x"
    digest = hashlib.sha256(f"{kind}\x1f{name}".encode()).hexdigest()[:8]
    return f"{kind}-{readable}-{digest}"


def purl(name: str, kind: str, revision: str | None) -> str | None:
    """`pkg:huggingface/org/name@revision` for Hub model ids; datasets and local paths have none."""
    if kind != "model" or name.startswith((".", "/")) or not is_hub_id(name):
        return None
    from urllib.parse import quote

    base = "pkg:huggingface/" + "/".join(quote(part, safe="") for part in name.split("/"))
    return f"{base}@{revision}" if revision else base


def snapshot_revision(directory: Path | None) -> str | None:
    """The commit of a Hugging Face cache snapshot directory (…/models--org--name/snapshots/<commit>)."""
    if directory is None:
        return None
    parts = directory.parts
    for i in range(len(parts) - 2, 0, -1):
        if parts[i] == "snapshots" and parts[i - 1].startswith(("models--", "datasets--")):
            commit = parts[i + 1]
            return commit if re.fullmatch(r"[0-9a-f]{40}", commit) else None
    return None


def _directory(root: Path, facts: dict[str, Any], name: str, kind: str) -> Path | None:
    path = facts.get("path")
    if path:
        directory = root / str(path)  # an absolute path stays as it is
        return directory if directory.is_dir() else None
    if is_hub_id(name) and "/" in name:
        from openlint.sources.hf_cache import cached

        return cached(name, kind)
    return None


def _card_datasets(directory: Path | None) -> tuple[str, ...]:
    """`datasets:` of a model card: what the model was trained on, as the card states it."""
    if directory is None:
        return ()
    from openlint.sources.card import directory_card  # the one card reader, validated values

    card = directory_card(directory)
    found: object = card.meta.get("datasets") if card is not None else None
    if isinstance(found, str):
        found = [found]
    if not isinstance(found, list):
        return ()
    return tuple(dict.fromkeys(str(d).strip() for d in found[:100] if str(d).strip()))


def weight_hashes(directory: Path | None) -> tuple[tuple[str, str, str], ...]:
    """SHA-256 of the directory's weight files up to HASH_MAX_BYTES each (symlinks into the HF cache
    followed: that is how snapshots hold files); bounded reads, regular files only."""
    if directory is None:
        return ()
    out: list[tuple[str, str, str]] = []
    try:
        names = sorted(p for p in directory.iterdir() if p.name.lower().endswith(WEIGHT_SUFFIXES))
    except OSError:
        return ()
    for path in names[:MAX_HASHED_FILES]:
        try:
            if not path.is_file() or path.stat().st_size > HASH_MAX_BYTES:
                continue
            digest = hashlib.sha256()
            from openlint import safeio

            with safeio.open_regular(path) as handle:  # never a FIFO or a device
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
        except OSError:
            continue
        out.append((path.name, "SHA-256", digest.hexdigest()))
    return tuple(out)


def _relations(tree: tuple[str, ...]) -> dict[str, str]:
    """name -> how it derives from its bases, from the rendered lineage tree (`name [license] (relation)`)."""
    out: dict[str, str] = {}
    for line in tree:
        match = _TREE_LINE.match(line.lstrip(" ").removeprefix("<- ").lstrip(" <-"))
        if match is None or not match.group("detail"):
            continue
        for part in match.group("detail").split(", "):
            if not part.startswith("from "):
                out.setdefault(match.group("name"), part)
                break
    return out


_Explained = tuple["Explanation | OpenlintError", "tuple[LicenseEntry, str] | None"]


class _Builder:
    def __init__(self, config: Config, catalog: Catalog) -> None:
        self.config = config
        self.catalog = catalog
        self.components: dict[str, Component] = {}
        self.licenses: dict[str, BomLicense] = {}
        self._explained: dict[tuple[str, Path | None, tuple[str, ...]], _Explained] = {}

    def _explain(self, query: str, directory: Path | None, terms: tuple[LicenseEntry, ...] = ()) -> _Explained:
        """`query` explained once per BOM (a model's declared and concluded license, and every model that
        shares a base, ask again); with the custom license a LicenseRef-text- query reads in `directory`
        and the licences `check` read from texts (`terms`: the model's own, its base models')."""
        text_dir = directory if "LicenseRef-text-" in query else None
        read = tuple(entry for entry in terms if entry.id in query)
        key = (query, text_dir, tuple(entry.id for entry in read))
        found = self._explained.get(key)
        if found is None:
            catalog = self.catalog
            text_entry = text_license(text_dir, self.config.root) if text_dir is not None else None
            if text_entry is not None:
                catalog = catalog.with_entry(text_entry[0])
            for entry in read:
                if entry.id not in catalog:
                    catalog = catalog.with_entry(entry)
            try:
                found = (explain(query, catalog), text_entry)
            except OpenlintError as exc:
                found = (exc, text_entry)
            self._explained[key] = found
        return found

    def license_ids(
        self, query: str | None, directory: Path | None, terms: tuple[LicenseEntry, ...] = ()
    ) -> tuple[str, ...]:
        """Add every license `query` names to the BOM; their openlint ids."""
        if not query:
            return ()
        explained, text_entry = self._explain(query, directory, terms)
        if isinstance(explained, OpenlintError):
            self._add(BomLicense(query, licenseref(query), query, "unknown", facts=(("note", str(explained)),)))
            return (query,)
        ids: list[str] = []
        for lic in explained.licenses:
            ids.append(lic.id)
            if lic.id in self.licenses:
                continue
            entry = lic.entry
            if entry is None:
                spdx = lic.spdx or licenseref(lic.id)
                facts = (("note", lic.note),) if lic.note else ()
                self._add(BomLicense(lic.id, spdx, lic.query, lic.status, complete=False, facts=facts))
                continue
            if text_entry is not None and text_entry[0].id == entry.id:
                text: str | None = text_entry[1]
            else:  # a base model's licence read from its text: the file its obligations cite
                text = entry_text(entry) if entry.id.startswith("LicenseRef-text-") else None
            self._add(bom_license(entry, text, self.config.root, self._incorporated(entry)))
        return tuple(dict.fromkeys(ids))

    def spdx_expression(
        self, query: str | None, directory: Path | None = None, terms: tuple[LicenseEntry, ...] = ()
    ) -> str | None:
        """`query` as an SPDX expression: each license under its SPDX id or LicenseRef-."""
        if not query:
            return None
        ids = self.license_ids(query, directory, terms)
        if any(i.startswith("LicenseRef-text-") for i in ids):
            rendered = " AND ".join(ids)
        else:
            explained = self._explain(query, directory, terms)[0]
            if isinstance(explained, OpenlintError):
                return licenseref(query)
            rendered = explained.expression
        mapping = {lic_id: self.licenses[lic_id].spdx_id for lic_id in ids if lic_id in self.licenses}

        def term(match: re.Match[str]) -> str:
            word = match.group(0)
            if word in ("AND", "OR", "WITH"):
                return word
            return mapping.get(word) or (word if word in mapping.values() else licenseref(word))

        return re.sub(r"[A-Za-z0-9.+_:-]+", term, rendered)

    def _incorporated(self, entry: LicenseEntry) -> tuple[ObligationRecord, ...]:
        """Obligations of documents the license incorporates by reference (a use policy), under their ids."""
        out: list[ObligationRecord] = []
        for doc_id in entry.incorporates:
            if doc_id in self.catalog:
                out.extend(ObligationRecord(doc_id, ob) for ob in self.catalog[doc_id].obligations)
        return tuple(out)

    def _add(self, lic: BomLicense) -> None:
        self.licenses.setdefault(lic.id, lic)

    def add(self, component: Component) -> None:
        self.components.setdefault(component.ref, component)

    def from_result(self, m: ModelResult, hashes: bool) -> None:
        facts = dict(m.facts)
        kind = "dataset" if m.label.startswith("dataset ") else "model"
        name = m.label.removeprefix("dataset ") if kind == "dataset" else m.label
        directory = _directory(self.config.root, facts, name, kind)
        revision = snapshot_revision(directory)
        declared = facts.get("card_license") or facts.get("declared_license") or m.query
        if declared == "no license":
            declared = None
        terms = m.text_terms
        ids = self.license_ids(m.query, directory, terms)
        relations = _relations(m.lineage)
        unresolved = {str(u).split(" (", 1)[0] for u in facts.get("unresolved_bases", [])}
        bases: list[Base] = []
        for derivative, base, base_license in m.lineage_edges:
            base_ref = slug("model", base)
            if derivative == m.label:
                bases.append(Base(base_ref, relations.get(derivative, "derived")))
            problem = base_license if base in unresolved else None
            lic = None if problem else base_license
            if base_ref not in self.components:
                sub_bases = tuple(
                    Base(slug("model", b), relations.get(d, "derived")) for d, b, _ in m.lineage_edges if d == base
                )
                self.components[base_ref] = Component(
                    ref=base_ref,
                    name=base,
                    kind="model",
                    origin="lineage",
                    purl=purl(base, "model", None),
                    declared=lic,
                    concluded=lic,
                    licenses=self.license_ids(lic, None, terms),
                    declared_spdx=self.spdx_expression(lic, None, terms),
                    concluded_spdx=self.spdx_expression(lic, None, terms),
                    bases=sub_bases,
                    problem=problem,
                )
        datasets = []
        for dataset in _card_datasets(directory) if kind == "model" else ():
            ref = slug("dataset", dataset)
            datasets.append(ref)
            if ref not in self.components:
                self.components[ref] = Component(ref=ref, name=dataset, kind="dataset", origin="model-card")
        drift = tuple(str(k) for k in facts.get("drift", []))
        explanation = None
        if drift:
            upstream = ", ".join(str(u) for u in facts.get("upstream_licenses", []))
            how = " and ".join(sorted({b.relation for b in bases})) or "derivative"
            explanation = (
                f"license drift: {name} declares {declared or 'no license'}, but it is a {how} of a model under "
                f"{upstream}, whose terms it cannot drop: {', '.join(k.replace('_', ' ') for k in drift)}. "
                f"The concluded license keeps both: {m.query}."
            )
        ref = slug(kind, name)
        self.components[ref] = Component(
            ref=ref,
            name=name,
            kind=kind,
            origin="discovered" if facts.get("discovered") else "declared",
            purl=purl(name, kind, revision),
            revision=revision,
            declared=declared,
            concluded=m.query,
            licenses=ids,
            declared_spdx=self.spdx_expression(declared, directory, terms),
            concluded_spdx=self.spdx_expression(m.query, directory, terms),
            bases=tuple(bases),
            datasets=tuple(datasets),
            drift=drift,
            drift_explanation=explanation,
            problem=facts.get("problem"),
            hashes=weight_hashes(directory) if hashes and kind == "model" else (),
            facts={
                **_round_trip_facts(facts),
                "lineage_edges": [list(e) for e in m.lineage_edges],
                **_project_directory(self.config.root, directory),
            },
        )


# Model facts rules read that a BOM carries so `check --bom` sees what `check` saw; the rest (id, path,
# label) is rebuilt from the component.
_SKIPPED_FACTS = frozenset({"id", "path", "label"})


def _round_trip_facts(facts: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in sorted(facts.items()):
        if key in _SKIPPED_FACTS:
            continue
        out[key] = list(value) if isinstance(value, tuple) else value
    return out


def _project_directory(root: Path, directory: Path | None) -> dict[str, str]:
    """A local model's directory relative to the project (so a check of the BOM in the project finds the
    LICENSE and NOTICE files the model ships); nothing for directories elsewhere (the HF cache)."""
    if directory is None:
        return {}
    try:
        return {DIRECTORY_FACT: directory.resolve().relative_to(root.resolve()).as_posix()}
    except ValueError:
        return {}


DIRECTORY_FACT = "directory"


def build_bom(
    config: Config,
    report: Report,
    *,
    deps: bool = False,
    hashes: bool = False,
    created: str | None = None,
) -> Bom:
    """The project's AI-BOM from its check report: models, datasets, lineage, licenses, obligations."""
    from openlint import __version__

    catalog = default_catalog().extended([config.root / d for d in config.settings.licenses])
    builder = _Builder(config, catalog)
    for model in report.models:
        builder.from_result(model, hashes)
    dependencies: list[Dependency] = []
    if deps:
        from openlint.sources.deps import installed

        for dep in installed():
            dependencies.append(Dependency(dep.name, dep.version, dep.expression))
        dependencies.sort(key=lambda d: (d.name.lower(), d.version))
    components = sorted(builder.components.values(), key=lambda c: (c.kind, c.name, c.ref))
    licenses = dict(sorted(builder.licenses.items()))
    return Bom(
        name=config.root.name,
        version=None,
        components=components,
        licenses=licenses,
        created=created,
        dependencies=dependencies,
        tool_version=__version__,
    )
