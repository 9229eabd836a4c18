"""Read license files: identify each, extract its obligations, reconcile with the catalog."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from openlint.core.catalog import Catalog, LicenseEntry, default_catalog
from openlint.core.obligations import Obligation
from openlint.errors import OpenlintError
from openlint.text.clauses import outside_reference
from openlint.text.extract import extract_within_budget
from openlint.text.identify import Identification, Verdict, identify
from openlint.text.language import foreign_passages
from openlint.text.normalize import MAX_BYTES, MAX_WORDS, decode, utf16_order, words
from openlint.text.patterns import IDENTITY_KEYS
from openlint.text.statement import statement_limits
from openlint.text.weigh import body_differs, weigh

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
    unread: tuple[str, ...] = ()  # parts of the text that were not read, and why
    by_title: bool = False  # identified by its title (a catalogued license with no reference text)

    @property
    def license_id(self) -> str | None:
        return self.entry.id if self.entry else None


def fold_parameter(value: object) -> str:
    """A parameter as compared: case, spacing, '\u00a9' vs '(c)' and a closing period do not count."""
    return " ".join(str(value).replace("\u00a9", "(c)").lower().split()).strip(" .")


def identity(ob: Obligation) -> tuple[str, ...]:
    """What makes two obligations of one kind the same (kind aside): their folded key parameters."""
    params = ob.parameters()
    return tuple(fold_parameter(params.get(k, "")) for k in IDENTITY_KEYS)


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
        cat_ids = {identity(ob) for ob in cat}
        txt_ids = {identity(ob) for ob in txt}
        if cat_ids == txt_ids or (cat and txt and txt_ids <= cat_ids and all(not ob.parameters() for ob in txt)):
            continue
        if cat and txt:
            for t in txt:
                if identity(t) in cat_ids:
                    continue
                c = next((ob for ob in cat if identity(ob) not in txt_ids), cat[0])
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


EXACT_COVERAGE = 0.9  # share of the text its reference explains (every corpus text: >= 0.97)


def read_text(text: str, path: str, catalog: Catalog | None = None, truncated: bool = False) -> DocumentReading:
    """One document: identification, obligations from its wording, reconciliation."""
    catalog = catalog if catalog is not None else default_catalog()
    if len(text) > MAX_BYTES:
        text, truncated = text[:MAX_BYTES], True
    tokens = words(text)
    identification, by_title = weigh(text, tokens, identify(tokens), catalog)
    capped = tokens.capped
    del tokens  # (its hashes, ~0.7x the text) not held while extraction peaks
    extraction = extract_within_budget(text, path)
    obligations = tuple(extraction.obligations)
    unread: list[str] = []
    unread.extend(foreign_passages(text))
    if capped:
        unread.append(f"for identification after word {MAX_WORDS:,}: only a license's length of text is compared")
    if extraction.unread_from is not None:
        unread.append(
            f"from line {extraction.unread_from}: the text needs more work than a license's wording does "
            "(the reading's work budget was reached), so some obligations there may be missing"
        )
    if by_title is not None and body_differs(text, by_title, {ob.kind for ob in obligations}):
        by_title = None  # a catalogued license's title over a body of the text's own: unidentified
    entry = by_title or (catalog.get(identification.license_id) if identification.license_id else None)
    # a license known by its title alone has no reference wording to explain any clause: all are its own
    obligations = outside_reference(obligations, entry is not None and by_title is None, identification.added)
    if entry is None:  # a statement applying a catalogued licence by name: its limits on use
        obligations += tuple(statement_limits(text, {ob.kind for ob in obligations}, catalog, path))
    verdict = "known" if by_title else identification.verdict
    # A text that is its reference word for word is that license: where the reading and the catalog
    # disagree, the reading is wrong, so no differences are invented. A known text with much more
    # than its reference (a "Modified MIT License": MIT plus a clause) is reconciled: the added
    # clauses may carry duties the catalog's entry lacks.
    best = identification.best
    exact = verdict == "known" and not by_title and (best is None or best.coverage >= EXACT_COVERAGE)
    differences = reconcile(entry, obligations) if entry is not None and not exact else ()
    substantive = [d for d in differences if d.status != "only_in_catalog"]
    if verdict == "known" and substantive:
        verdict = "known-with-differences"
    return DocumentReading(
        path, verdict, identification, entry, obligations, differences, truncated, tuple(unread), by_title is not None
    )


def _read_bytes(path: Path) -> tuple[bytes, bool]:
    from openlint import safeio

    try:
        return safeio.read_head(path, safeio.LICENSE_TEXT)
    except safeio.InputRefused:
        raise
    except OSError as exc:
        raise OpenlintError(f"cannot read {path}: {exc.strerror}") from None


def license_files(directory: Path) -> list[Path]:
    """The files of a model or project directory that state its terms: its licence texts in the order the
    model's licence is searched (`licence_file_rank`: a model licence file first), then its README.md."""
    from openlint.core.model_files import licence_file_rank

    try:  # one listing, not one glob per name, and a sort by rank: n log n in the files
        names = [entry.name for entry in os.scandir(directory) if not entry.name.startswith(".")]
    except OSError:
        return []
    ranked = sorted((rank, name) for name in names if (rank := licence_file_rank(name)) is not None)
    ordered = [name for _, name in ranked] + (["README.md"] if "README.md" in names else [])
    found: list[Path] = []
    for name in ordered:
        if len(found) >= MAX_FILES:
            break
        candidate = directory / name
        if candidate.is_file():
            found.append(candidate)
    return found


def not_license_text(data: bytes) -> str | None:
    """Why these bytes cannot be a license text (empty, binary), or None."""
    if not data.strip():
        return "the file is empty"
    head = data[:8192]
    if not head.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" in head and utf16_order(head) is None:
        return "binary data"  # NULs, and not those of UTF-16 without a byte-order mark
    text = decode(head)
    controls = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\ufffd")
    if controls * 10 > len(text):
        return "binary data"
    if not any(ch.isalpha() for ch in text):
        return "no words"
    return None


def read_path(target: str, catalog: Catalog | None = None) -> list[DocumentReading]:
    """`-` (stdin), a license file, or a directory of license files and a model card."""
    if target == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        reason = not_license_text(data)
        if reason:
            raise OpenlintError(f"<stdin>: not a license text ({reason})")
        return [read_text(decode(data[:MAX_BYTES]), "<stdin>", catalog, len(data) > MAX_BYTES)]
    path = Path(target)
    if path.is_dir():
        files = license_files(path)
        if not files:
            raise OpenlintError(f"{target}: no LICENSE, NOTICE, USE_POLICY or README.md file in this directory")
    elif path.is_file():
        files = [path]
    elif path.exists():  # a FIFO or a device: never opened
        raise OpenlintError(f"{target}: not a regular file")
    else:
        raise OpenlintError(f"{target}: no such file or directory")
    readings = []
    skipped: list[str] = []
    for file in files:
        data, truncated = _read_bytes(file)
        reason = not_license_text(data)
        if reason:
            skipped.append(f"{file}: not a license text ({reason})")
            continue
        readings.append(read_text(decode(data), str(file), catalog, truncated))
    if not readings:
        raise OpenlintError(skipped[0] if len(skipped) == 1 else f"{target}: no file here is a license text")
    return readings
