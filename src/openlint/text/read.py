"""Read license files: identify each, extract its obligations, reconcile with the catalog."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from openlint.catalog import Catalog, LicenseEntry, default_catalog
from openlint.errors import OpenlintError
from openlint.obligations import Obligation
from openlint.text.extract import IDENTITY_KEYS, extract
from openlint.text.identify import Identification, Verdict, identify
from openlint.text.normalize import MAX_BYTES, decode, words

LICENSE_FILE_PATTERNS = (
    "LICENSE*",
    "LICENCE*",
    "License*",
    "COPYING*",
    "NOTICE*",
    "USE_POLICY*",
    "*ACCEPTABLE_USE*",
    "README.md",
)
MAX_FILES = 20


@dataclass(frozen=True)
class Difference:
    kind: str
    status: Literal["changed", "only_in_text", "only_in_catalog"]
    detail: str
    catalog: Obligation | None = None
    text: Obligation | None = None


@dataclass(frozen=True)
class DocumentReading:
    path: str
    verdict: Verdict
    identification: Identification
    entry: LicenseEntry | None
    obligations: tuple[Obligation, ...]
    differences: tuple[Difference, ...]
    truncated: bool = False

    @property
    def license_id(self) -> str | None:
        return self.entry.id if self.entry else None


def _identity(ob: Obligation) -> tuple[str, ...]:
    params = ob.parameters()
    return tuple(
        " ".join(str(params.get(k, "")).replace("\u00a9", "(c)").lower().split()).strip(" .") for k in IDENTITY_KEYS
    )


def _describe(ob: Obligation) -> str:
    params = {k: v for k, v in ob.parameters().items() if k in IDENTITY_KEYS}
    return ", ".join(f"{k} {v}" for k, v in params.items()) or "present"


def reconcile(entry: LicenseEntry, found: tuple[Obligation, ...]) -> tuple[Difference, ...]:
    """Catalog vs text, kind by kind; when they disagree the file wins (it is what you received)."""
    catalogued = [ob for ob in entry.obligations if ob.source.document is None]
    out: list[Difference] = []
    for kind in dict.fromkeys([ob.kind for ob in catalogued] + [ob.kind for ob in found]):
        cat = [ob for ob in catalogued if ob.kind == kind]
        txt = [ob for ob in found if ob.kind == kind]
        cat_ids = {_identity(ob) for ob in cat}
        txt_ids = {_identity(ob) for ob in txt}
        if cat_ids == txt_ids or (cat and txt and txt_ids <= cat_ids and all(not ob.parameters() for ob in txt)):
            continue
        if cat and txt:
            for t in txt:
                if _identity(t) in cat_ids:
                    continue
                c = next((ob for ob in cat if _identity(ob) not in txt_ids), cat[0])
                out.append(
                    Difference(
                        kind,
                        "changed",
                        f"catalog: {_describe(c)}; this file: {_describe(t)} (the file wins)",
                        catalog=c,
                        text=t,
                    )
                )
        elif txt:
            out.append(Difference(kind, "only_in_text", f"this file adds {kind} ({_describe(txt[0])})", text=txt[0]))
        else:
            out.append(
                Difference(
                    kind,
                    "only_in_catalog",
                    f"{entry.id} has {kind} ({_describe(cat[0])}) but this file was not found to say so",
                    catalog=cat[0],
                )
            )
    return tuple(out)


def read_text(text: str, path: str, catalog: Catalog | None = None, truncated: bool = False) -> DocumentReading:
    """One document: identification, obligations from its wording, reconciliation."""
    catalog = catalog if catalog is not None else default_catalog()
    if len(text) > MAX_BYTES:
        text, truncated = text[:MAX_BYTES], True
    identification = identify(words(text))
    obligations = tuple(extract(text, path))
    entry = catalog.get(identification.license_id) if identification.license_id else None
    differences = reconcile(entry, obligations) if entry is not None else ()
    verdict = identification.verdict
    substantive = [d for d in differences if d.status != "only_in_catalog"]
    if verdict == "known" and substantive:
        verdict = "known-with-differences"
    return DocumentReading(path, verdict, identification, entry, obligations, differences, truncated)


def _read_bytes(path: Path) -> tuple[bytes, bool]:
    from openlint import safeio

    try:
        return safeio.read_head(path, safeio.LICENSE_TEXT)
    except safeio.InputRefused:
        raise
    except OSError as exc:
        raise OpenlintError(f"cannot read {path}: {exc.strerror}") from None


def license_files(directory: Path) -> list[Path]:
    """The files of a model or project directory that state its terms."""
    found: dict[Path, None] = {}  # a set keeps listing linear in the number of files
    for pattern in LICENSE_FILE_PATTERNS:
        for candidate in sorted(directory.glob(pattern)):
            if len(found) >= MAX_FILES:
                return list(found)
            if candidate not in found and candidate.is_file():
                found[candidate] = None
    return list(found)


def read_path(target: str, catalog: Catalog | None = None) -> list[DocumentReading]:
    """`-` (stdin), a license file, or a directory of license files and a model card."""
    if target == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        return [read_text(decode(data[:MAX_BYTES]), "<stdin>", catalog, len(data) > MAX_BYTES)]
    path = Path(target)
    if path.is_dir():
        files = license_files(path)
        if not files:
            raise OpenlintError(f"{target}: no LICENSE, NOTICE, USE_POLICY or README.md file in this directory")
    elif path.is_file():
        files = [path]
    else:
        raise OpenlintError(f"{target}: no such file or directory")
    readings = []
    for file in files:
        data, truncated = _read_bytes(file)
        readings.append(read_text(decode(data), str(file), catalog, truncated))
    return readings
