"""The one way to find a model's licence text: the file the card's `license_link` points at inside
the repository, else LICENSE* / LICENCE* / COPYING*, NOTICE and USE_POLICY* files beside the card,
read by openlint.text; and the licence a GGUF header copies from its source card."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from openlint.core.catalog import LicenseEntry
from openlint.core.findings import Location

MAX_ENTRIES = 10_000  # directory entries looked at for licence files
MAX_TEXTS = 20  # licence files read at most
MAX_POINTER_CHARS = 1_000  # a text longer than this states terms of its own: never a mere pointer
# Words that state a term (a grant, a duty, a limit): a text with any of them is read as a licence, however short.
OPERATIVE = frozenset(
    (
        "may",
        "must",
        "shall",
        "cannot",
        "can't",
        "permit",
        "permits",
        "permitted",
        "permission",
        "permissions",
        "grant",
        "grants",
        "granted",
        "rights",
        "prohibit",
        "prohibits",
        "prohibited",
        "restrict",
        "restricts",
        "restricted",
        "restriction",
        "restrictions",
        "condition",
        "conditions",
        "provided",
        "liable",
        "liability",
        "warranty",
        "warranties",
        "royalty",
        "royalty-free",
        "free",
        "non-commercial",
        "noncommercial",
        "commercial",
        "attribution",
        "redistribute",
        "redistribution",
        "distribute",
        "modify",
        "allowed",
        "forbidden",
    )
)
CARD_PART = "#card"  # `entry_id`'s part for the terms a model card states in its own words (sources/card_terms.py)
POINTERS = ("http://", "https://", "www.", "available at", "available from", "found at", "obtain a copy")
HUB_HOSTS = ("huggingface.co", "www.huggingface.co", "hf.co")


@dataclass(frozen=True)
class LicenseText:
    """A licence text found for a model: a catalog id when identified, else an entry built from the
    obligations read from it (the file wins over any tag)."""

    query: str
    entry: LicenseEntry | None
    path: Path
    via: str  # "license_link" or "licence file"
    unread: tuple[str, ...] = ()  # parts of a text read for its terms that were not read, and why

    @property
    def location(self) -> Location:
        return Location(str(self.path), 1)


def _rank(name: str) -> int | None:
    from openlint.core.model_files import licence_file_rank

    return licence_file_rank(name)


def _regular(entry: os.DirEntry[str]) -> bool:
    """A regular file, following symlinks (an HF cache snapshot's files are links into blobs/)."""
    try:
        return entry.is_file()
    except OSError:
        return False


def licence_candidates(directory: Path) -> tuple[list[Path], list[str]]:
    """The licence files of a directory, licences first, then notices and use policies (by name), and
    the names that look like one but are not regular files (a directory called LICENSE)."""
    found: list[tuple[int, str]] = []
    other: list[str] = []
    try:
        with os.scandir(directory) as entries:
            for n, entry in enumerate(entries):
                if n >= MAX_ENTRIES:
                    break
                rank = _rank(entry.name)
                if rank is None:
                    continue
                if _regular(entry):
                    found.append((rank, entry.name))
                else:
                    other.append(entry.name)
    except OSError:
        return [], []
    return [directory / name for _, name in sorted(found)[:MAX_TEXTS]], sorted(other)


def licence_files(directory: Path) -> list[Path]:
    """The licence files of a directory (regular files only), licences first, then notices and use
    policies (by name)."""
    return licence_candidates(directory)[0]


def linked_file(directory: Path, link: str | None) -> Path | None:
    """The file `license_link` names inside the repository: a relative path, or a Hub URL to a file of
    a repository (`.../blob/<rev>/<path>`), confined to `directory`."""
    if not link:
        return None
    target = link.strip()
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        if parts.scheme not in ("http", "https") or parts.hostname not in HUB_HOSTS:
            return None
        segments = [unquote(s) for s in parts.path.split("/") if s]
        for marker in ("blob", "resolve", "raw"):
            if marker in segments and len(segments) > segments.index(marker) + 2:
                target = "/".join(segments[segments.index(marker) + 2 :])
                break
        else:
            return None
    if target.startswith(("/", "~", "\\")) or "\x00" in target:
        return None
    # Confined by name, not by resolving: in the HF cache every file is a symlink into blobs/.
    normal = os.path.normpath(target)
    if normal in (".", "") or normal == ".." or normal.startswith(("../", "/")) or os.path.isabs(normal):
        return None
    return directory / normal


def linked_repo(link: str | None) -> str | None:
    """The model repository (`org/name`) a Hub URL `license_link` points into (`https://huggingface.co/
    <org>/<name>/blob/<rev>/<file>`, also `resolve/`, `raw/` and the repository's page), or None for a
    relative path, another host, or a dataset's or a Space's URL."""
    from openlint.sources.hub_ids import is_repo_id

    if not link:
        return None
    parts = urlsplit(link.strip())
    if parts.scheme not in ("http", "https") or parts.hostname not in HUB_HOSTS:
        return None
    segments = [unquote(s) for s in parts.path.split("/") if s]
    if len(segments) < 2 or segments[0] in ("datasets", "spaces"):
        return None
    repo = f"{segments[0]}/{segments[1]}"
    return repo if is_repo_id(repo) else None


def _read(path: Path) -> str | None:
    from openlint import safeio
    from openlint.text.normalize import decode
    from openlint.text.read import not_license_text

    data = safeio.head_or_none(path, safeio.LICENSE_TEXT)
    # Unreadable, not a regular file, empty or binary: not a licence text (the test `explain FILE` makes,
    # so a UTF-16 text with its BOM is read here too).
    if data is None or not_license_text(data) is not None:
        return None
    text = decode(data)
    return text if any(ch.isalpha() for ch in text) else None


def text_key(directory: Path, root: Path | None = None) -> str:
    """What names a model directory, stably: the repository id of an HF cache snapshot
    (`models--org--name/snapshots/<commit>` -> `org/name`, never the commit), else its path relative to
    `root` (the project, the audit root; `.` for the root itself, `../x` beside it), else its name."""
    parts = directory.parts
    if len(parts) >= 3 and parts[-2] == "snapshots" and parts[-3].startswith("models--"):
        return parts[-3].removeprefix("models--").replace("--", "/")
    if root is not None:
        try:  # `../shared/x` for a model beside the project: still the same on every machine
            return Path(os.path.relpath(directory.resolve(), root.resolve())).as_posix()
        except (ValueError, OSError, RuntimeError):
            return directory.resolve().as_posix()
    return directory.name


def entry_id(directory: Path, root: Path | None = None, part: str = "") -> str:
    """`LicenseRef-text-<readable>-<hash>`: the readable part from `text_key` (the directory's name for
    the root itself), the hash of that key, so two folders of one name (models/a/weights,
    models/b/weights) never share an id, and one folder keeps its id from run to run and machine to
    machine. `part` names a text of the directory other than its licence file ("#card": the terms its
    model card states), so that the two never share an id."""
    import hashlib

    key = text_key(directory, root) + part
    readable = "".join(c if c.isalnum() or c == "." else "-" for c in (key if key != "." else directory.name))
    readable = readable.strip("-.")[-48:].strip("-.") or "root"
    return f"LicenseRef-text-{readable}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:8]}"


def shown_path(path: Path, root: Path | None) -> str:
    """A licence file as the user knows it: `org/name/LICENSE` in an HF cache snapshot, else relative to
    the root when inside it (its directory resolved, not the file: cache files are links into blobs/)."""
    parts = path.parent.parts
    if len(parts) >= 3 and parts[-2] == "snapshots" and parts[-3].startswith("models--"):
        return f"{text_key(path.parent)}/{path.name}"
    if root is not None:
        try:
            return (path.parent.resolve() / path.name).relative_to(root.resolve()).as_posix()
        except (ValueError, OSError, RuntimeError):
            pass
    return str(path)


def read_license(
    path: Path, directory: Path, via: str, accept_unread: bool = False, root: Path | None = None
) -> LicenseText | None:
    """One licence file: its catalog id when identified, an entry of the obligations read from it, or
    (with `accept_unread`) an entry saying a licence text is there whose terms were not recognised;
    `root` is what the entry's id is stable relative to (see `entry_id`)."""
    text = _read(path)
    if text is None:
        return None
    return read_license_text(text, path, directory, via, accept_unread, root)


def read_license_text(
    text: str,
    path: Path,
    directory: Path,
    via: str,
    accept_unread: bool = False,
    root: Path | None = None,
    part: str = "",
) -> LicenseText | None:
    """`read_license` of a text already read from `path` (`part`: see `entry_id`)."""
    from openlint.errors import OpenlintError
    from openlint.text.read import read_text

    try:
        reading = read_text(text, str(path))
    except OpenlintError:
        return None
    if reading.verdict == "known" and reading.entry is not None:
        return LicenseText(reading.entry.id, None, path, via)
    applied = _applied(text, reading.entry is not None)
    if applied is None and reading.entry is None and not reading.obligations and pointer_only(text):
        return None  # names a licence held elsewhere and states no term: no licence text (the terms are unknown)
    if not reading.obligations and not accept_unread and applied is None:
        return None
    base = reading.entry
    shown = shown_path(path, root)
    what = "terms stated in the model card" if part == CARD_PART else "license text in"
    name = f"{what} {shown}" + (f" (a variant of {base.id})" if base else "")
    entry = LicenseEntry(
        id=entry_id(directory, root, part),
        name=name,
        family=base.family if base else "ai-other",
        osi_approved=False,
        ai_model_license=True,
        summary=f"Terms read from {shown}: obligations extracted from its wording (the file wins).",
        obligations=reading.obligations,
        obligations_complete=False,
    )
    if applied is not None:
        # A statement applying a catalogued licence: its terms in full, with those of other kinds the text adds.
        added = tuple(ob for ob in reading.obligations if ob.kind not in {o.kind for o in applied.obligations})
        if not added:
            return LicenseText(applied.id, None, path, via, reading.unread)
        entry = dataclasses.replace(entry, obligations=added)
        return LicenseText(f"{applied.id} AND {entry.id}", entry, path, via, reading.unread)
    return LicenseText(entry.id, entry, path, via, reading.unread)


def pointer_only(text: str) -> bool:
    """A short text that only points to a licence held elsewhere ("licensed under the Quail Model License,
    available at https://..."): it names a licence and a place, and no word of it grants, requires or limits
    anything. Its terms were not read, so it is no licence text: a card naming that licence is then an unknown
    licence (OL405), never a clean pass on a file with nothing found in it. A statement applying a catalogued
    licence by name is the catalogued licence (`_applied`, checked first); a real licence, however short, grants."""
    if len(text) > MAX_POINTER_CHARS:
        return False
    lowered = text.lower()
    if "licen" not in lowered or not any(mark in lowered for mark in POINTERS):
        return False
    words = {word.strip(".,;:()[]\"'*_`\u201c\u201d\u2019") for word in lowered.split()}
    return words.isdisjoint(OPERATIVE)


def _applied(text: str, resembles: bool) -> LicenseEntry | None:
    """The catalogued licence a short text applies by name (text/statement.py); none for a text resembling a
    reference (a variant of a licence is read for its own wording)."""
    if resembles:
        return None
    from openlint.core.catalog import default_catalog
    from openlint.text.statement import applied_licence

    catalog = default_catalog()
    found = applied_licence(text, catalog)
    return catalog.get(found[0]) if found is not None else None


def license_text(
    directory: Path, link: str | None = None, accept_unread: bool = False, root: Path | None = None
) -> LicenseText | None:
    """The licence text of a model directory: the card's `license_link` file first, then its licence
    files in order; the first that is identified or has readable terms. `root`: the project (or audit
    root) a text-read licence's id is made from the directory's path relative to."""
    seen: set[Path] = set()
    linked = linked_file(directory, link)
    candidates = [(linked, "license_link")] if linked is not None else []
    candidates += [(path, "licence file") for path in licence_files(directory)]
    unread: LicenseText | None = None  # the first text whose terms were not recognised
    for path, via in candidates:
        key = path.resolve()
        if key in seen:
            continue
        seen.add(key)
        found = read_license(path, directory, via, accept_unread=True, root=root)  # each file read once
        if found is None:
            continue
        if found.entry is None or found.entry.obligations:
            return found
        unread = unread or found
    # a text is there even if no term was recognised: say so rather than "unknown"
    return unread if accept_unread else None


def gguf_license(directory: Path) -> tuple[str, Location] | None:
    """`general.license` of the directory's GGUF header (what the converter copied from the source
    model's card); `other` and empty values name nothing."""
    from openlint.sources.gguf import directory_header
    from openlint.sources.metadata import text_problem

    found = directory_header(directory)
    if found is None:
        return None
    path, meta = found
    value = meta.get("general.license")
    if isinstance(value, str) and text_problem(value, 512) is None and value.strip().lower() != "other":
        return value.strip(), Location(str(path), None)
    return None
