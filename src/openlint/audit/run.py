"""`openlint audit`: license metadata problems across many model cards, streamed as JSON Lines."""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from openlint import schema_versions
from openlint.audit.jsonline import dumps
from openlint.errors import OpenlintError

if TYPE_CHECKING:
    from openlint.sources.card import ModelCard
    from openlint.sources.license_text import LicenseText
    from openlint.sources.stated import StatedLicense

MAX_WALK_DEPTH = 64  # directory levels under the audit root (a mirror is org/name/...; deeper is hostile)
LINEAGE_RANGE = 512  # index rows per pass-2 task handed to a worker (small: the last one is not waited on long)
MAX_JOBS = 64


def front_matter(text: str) -> dict[str, Any]:
    """The card's validated metadata (openlint.sources.card: fast path, YAML fallback), with `_error`
    when its front matter could not be read."""
    from openlint.sources.card import parse_card

    meta = parse_card(text)
    out: dict[str, Any] = dict(meta.data)
    if meta.problems:
        out["_error"] = "; ".join(meta.problems)
    return out


@lru_cache(maxsize=4096)
def _resolve(query: str) -> tuple[str | None, str, tuple[str, ...]]:
    """(expression, status, restrictive kinds) for a license query, resolved as `check` resolves it (an
    unknown term beside known ones: status unknown, the known terms' restrictions kept); cached across cards."""
    from openlint.checking.rule_decision import stated_explanation
    from openlint.core.kinds import DRIFT_KINDS

    try:
        explanation = stated_explanation(query)
    except OpenlintError:
        return None, "unknown", ()
    statuses = {lic.status for lic in explanation.licenses}
    status = "catalogued" if statuses == {"catalogued"} else sorted(statuses - {"catalogued"})[0]
    kinds = tuple(sorted({str(ob.kind) for ob in explanation.obligations} & DRIFT_KINDS))
    return explanation.expression, status, kinds


def card_id(path: str, root: str | None = None) -> str:
    """The id base_model links name a card by: the repository id in an HF cache
    (models--org--name/snapshots/REV/README.md), else the card's directory relative to the audit root."""
    directory = os.path.dirname(path)
    return _card_id(directory, root, os.sep == "/" and _plain(directory))


def _card_id(directory: str, root: str | None, plain: bool) -> str:
    """card_id of a card in `directory` (`plain`: written as normpath writes it, with `/` separators)."""
    if plain and root is not None and directory.startswith(root + "/") and _plain_root(root):
        # String slicing gives what pathlib and relpath give a normalised path (most of the cost of a card).
        parts = directory.rsplit("/", 3)
        if len(parts) >= 3 and parts[-2] == "snapshots" and parts[-3].startswith("models--"):
            return parts[-3].removeprefix("models--").replace("--", "/")
        relative = directory[len(root) + 1 :]
        if relative != ".." and not relative.startswith("../"):  # `..` past the root is relpath's to judge
            return relative
    return _card_id_slow(directory, root)


@lru_cache(maxsize=16)
def _plain_root(root: str) -> bool:
    return _plain(root)


def _plain(path: str) -> bool:
    """A path written as normpath writes it, and not the filesystem root: pathlib and relpath read its
    components exactly as they are written."""
    return path != "/" and os.path.normpath(path) == path


def _card_id_slow(directory: str, root: str | None) -> str:
    parts = Path(directory).parts
    if len(parts) >= 3 and parts[-2] == "snapshots" and parts[-3].startswith("models--"):
        return parts[-3].removeprefix("models--").replace("--", "/")
    if root is not None:
        relative = os.path.relpath(directory, root)
        if relative != ".":
            return relative.replace(os.sep, "/")
    return Path(directory).name


def _text_record(
    directory: Path, link: str | None, root: str | None, card: ModelCard | None = None
) -> tuple[dict[str, Any], LicenseText] | None:
    """The licence text beside a card whose tag does not resolve: what check reads too (the text wins)."""
    from openlint.core.kinds import DRIFT_KINDS
    from openlint.sources.license_text import license_text

    # the id of a text-read licence is made from the card's directory relative to the audit root
    found = license_text(directory, link, accept_unread=True, root=Path(root) if root is not None else None)
    if found is None and card is not None:  # the card's own words, when they state terms (as check reads them)
        from openlint.sources.card_terms import card_text_read

        found = card_text_read(card, directory, Path(root) if root is not None else None)
    if found is None:
        return None
    if found.entry is None:  # identified as a catalogued licence
        expression, status, restrictive = _resolve(found.query)
    else:
        expression, status = found.query, "uncatalogued"
        restrictive = tuple(sorted({str(ob.kind) for ob in found.entry.obligations} & DRIFT_KINDS))
    return {
        "license": found.query,
        "expression": expression,
        "status": status,
        "restrictive": list(restrictive),
        "license_file": found.path.name,
    }, found


def audit_card(path: str, root: str | None = None) -> dict[str, Any]:
    """One card's record: its id, license, how it resolved, and the codes of its metadata problems.
    The card is read and its licence stated exactly as `check` does (openlint.sources)."""
    return _audited(path, root)[0]


def card_row(path: str, root: str | None = None) -> tuple[Any, ...]:
    """One card as the audit index stores it, with the terms of a licence read from a text beside it
    (its derivatives inherit them in pass 2)."""
    from openlint.audit.index import row

    record, licence_text = _audited(path, root)
    return row(record, licence_text.entry if licence_text is not None else None)


def _audited(path: str, root: str | None) -> tuple[dict[str, Any], LicenseText | None]:
    from openlint.audit.card_codes import card_codes
    from openlint.sources.card import card_fields, read_card_text

    text = read_card_text(path)
    directory = os.path.dirname(path)
    plain = os.sep == "/" and _plain(directory)
    # The directory's name, as pathlib gives it (sliced when the path is written plainly: the usual case).
    folder = directory.rsplit("/", 1)[-1] if plain else Path(directory).name
    identity = _card_id(directory, root, plain)
    if text is None:  # a FIFO, a device, a directory or an unreadable file: refused, never waited on
        from openlint.sources.stated import StatedLicense

        problem = "cannot read the card (not a regular file, or unreadable)"
        unread = StatedLicense(None, problem=problem)
        return {
            "schema_version": schema_versions.AUDIT,
            "path": path,
            "id": identity,
            "error": problem,
            "card_problems": [problem],
            "findings": card_codes(identity, folder, unread, (problem,), None, False),
        }, None
    data, problems = card_fields(text)
    model = data.get("model_name")
    record: dict[str, Any] = {
        "schema_version": schema_versions.AUDIT,  # every line carries it: lines are read one by one
        "path": path,
        "model": model if isinstance(model, str) else folder,
        "id": identity,
    }
    stated, resolved = _stated(data.get("license"), data.get("license_name"), data.get("license_link"), problems)
    status = "missing"
    licence_text = None
    if resolved is not None:
        lic, expression, status, restrictive = resolved
        record.update(license=lic, expression=expression, status=status, restrictive=list(restrictive))
    if status in ("missing", "unknown") or stated.problem is not None:
        from openlint.sources.card import read_card

        read = _text_record(Path(directory), stated.link, root, read_card(Path(path)) if status == "unknown" else None)
        if read is not None:  # a licence text beside the card: never "unknown" while it is there
            fields, licence_text = read
            record.update(fields)
            status = str(fields["status"])
    unspecified = licence_text is None and stated.problem is not None and stated.tag is not None  # `other`, unnamed
    if status == "missing" and not unspecified:
        record.update(license=None, status="missing")
    bases = data.get("base_model")
    if bases:
        record["base_model"] = [bases] if isinstance(bases, str) else list(bases)
        relation = data.get("base_model_relation")
        if isinstance(relation, str):
            record["base_model_relation"] = relation
    if problems:
        record["card_problems"] = list(problems)
    # The codes are the audit rules' (rules/checks, `audit = true`), evaluated as `check` evaluates them.
    record["findings"] = card_codes(identity, record["model"], stated, problems, licence_text, bool(bases))
    return record, licence_text


_STATED: dict[tuple[Any, ...], tuple[StatedLicense, tuple[str, str | None, str, tuple[str, ...]] | None]] = {}
MAX_STATED = 4096  # licence statements remembered (then forgotten at once): memory stays flat


def _stated(
    tags: str | list[str] | None, name: Any, link: Any, problems: tuple[str, ...]
) -> tuple[StatedLicense, tuple[str, str | None, str, tuple[str, ...]] | None]:
    """The licence a card states (openlint.sources.stated, as `check` reads it) and, when it names one,
    (query, expression, status, restrictive kinds): cards repeat a handful of statements."""
    key = (tuple(tags) if isinstance(tags, list) else tags, name, link, problems)
    found = _STATED.get(key)
    if found is None:
        from openlint.sources.card import CardMeta
        from openlint.sources.stated import stated_license

        data = {k: v for k, v in (("license", tags), ("license_name", name), ("license_link", link)) if v is not None}
        stated = stated_license(CardMeta(data, problems))
        lic = None if stated.problem is not None else stated.query
        found = stated, (lic, *_resolve(lic)) if lic else None
        if len(_STATED) >= MAX_STATED:
            _STATED.clear()
        _STATED[key] = found
    return found


def find_cards(root: Path) -> Iterator[str]:
    """Model cards under a directory: in each directory the first of the card names (README.md,
    MODEL_CARD.md...), as in repositories and the HF cache. Iterative, depth-bounded, no symlinked
    directories followed, hidden folders and cache blobs skipped."""
    return _walk([(str(root), 0)])


def _walk(stack: list[tuple[str, int]]) -> Iterator[str]:
    """Cards under the directories of `stack` (the next one last), depth first. A directory's
    subdirectories are on the stack before its card is yielded: a caller that stops taking cards
    finds in `stack` exactly what is left to walk."""
    from itertools import repeat

    from openlint.sources.card import CARD_NAMES

    card_names = frozenset(CARD_NAMES)
    while stack:
        directory, depth = stack.pop()
        try:
            with os.scandir(directory) as entries:
                files: list[str] = []
                dirs: list[str] = []
                for entry in entries:
                    name = entry.name
                    if entry.is_dir(follow_symlinks=False):
                        if name[0] != "." and name != "blobs":
                            dirs.append(entry.path)  # the directory joined with the name, as os.path.join
                    elif name in card_names:
                        files.append(name)
        except OSError:
            continue
        if depth < MAX_WALK_DEPTH and dirs:
            dirs.sort(reverse=True)  # by name: the paths share the directory
            stack.extend(zip(dirs, repeat(depth + 1)))
        if files:
            name = files[0] if len(files) == 1 else next(n for n in CARD_NAMES if n in files)
            yield os.path.join(directory, name)


def _taken(stack: list[tuple[str, int]], budget: int) -> tuple[list[str], int]:
    """Up to `budget` cards walked from `stack` (left holding the rest), and how many of its entries
    were begun."""
    given = len(stack)
    low = given
    paths: list[str] = []
    walk = _walk(stack)
    while len(paths) < budget:
        low = min(low, len(stack) - 1)
        path = next(walk, None)
        if path is None:
            break
        paths.append(path)
    low = min(low, len(stack))
    return paths, given - max(low, 0)


def _encode(record: dict[str, Any]) -> tuple[str, list[str]]:
    return dumps(record), record.get("findings", [])


def _lines_task(stack: list[tuple[str, int]], budget: int, root: str) -> tuple[list[Any], list[Any], int]:
    """A worker's share of a single-pass audit: its cards' JSON lines and codes."""
    paths, begun = _taken(stack, budget)
    return [_encode(audit_card(path, root)) for path in paths], stack, begun


def _rows_task(stack: list[tuple[str, int]], budget: int, root: str) -> tuple[list[Any], list[Any], int]:
    """A worker's share of pass 1 with lineage: its cards as index rows."""
    paths, begun = _taken(stack, budget)
    return [card_row(path, root) for path in paths], stack, begun


def listing_digest(paths: Iterable[str]) -> str:
    """What the cards are, cheaply: each path with its size and modification time (stat, no reading)."""
    digest = hashlib.sha256()
    for path in paths:
        try:
            st = os.stat(path)
            stamp = f"{st.st_size}:{st.st_mtime_ns}"
        except OSError:
            stamp = "?"
        digest.update(f"{path}\0{stamp}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def run(
    root: str,
    out: TextIO,
    jobs: int = 1,
    progress: bool = False,
    lineage: bool = True,
    index: str | None = None,
) -> dict[str, int]:
    """Stream one JSON line per card found under `root`; returns counts of finding codes.

    With `lineage`, pass 1 stores the cards in an index (a temporary file, or `index` to keep and reuse
    while no card under `root` has been added, removed or modified) and pass 2 streams them from it
    with the lineage findings (OL408, OL409, OL411, OL108) added. With `jobs` > 1 both passes run in
    worker processes (openlint.audit.pool) and the output keeps the walk order."""
    from functools import partial

    from openlint.audit.index import AuditIndex
    from openlint.audit.lineage_pass import LineagePass, lineage_task

    # Imported before the workers are forked, so that no worker imports them again.
    from openlint.core.explanation import explain  # noqa: F401
    from openlint.sources.stated import stated_license  # noqa: F401

    start = [(str(root), 0)]
    executor = None
    first = None
    if jobs > 1:  # multiprocessing and concurrent.futures cost ~25 ms to import: only when used
        from openlint.audit import pool as audit_pool

        if not lineage or index is None:  # (a kept index may be reused: then pass 1 does not run)
            # The first cards are audited here, before the workers are forked: they inherit the caches
            # these warm (catalog, rule plans, memos) instead of each warming its own.
            first = (_rows_task if lineage else _lines_task)(list(start), audit_pool.FIRST_BUDGET, root)
        if first is None or first[1]:  # (no workers for a tree the first task walked whole)
            executor = audit_pool.pool(jobs)
    try:
        if not lineage:
            if first is not None and executor is None:
                lines: Iterable[tuple[str, list[str]]] = first[0]
            elif executor is None:
                lines = (_encode(audit_card(p, root)) for p in _walk(start))
            else:
                lines = audit_pool.ordered(executor, jobs, partial(_lines_task, root=root), start, first)
            return _emit(lines, out, progress)
        listing = listing_digest(find_cards(Path(root))) if index else ""
        with AuditIndex(index, os.path.abspath(root), listing) as idx:
            if idx.reused:
                print(f"openlint: index {index} is up to date ({idx.count():,} cards): not rescanned", file=sys.stderr)
            else:
                if idx.stale:
                    print(f"openlint: index {index} is out of date: rescanning", file=sys.stderr)
                if first is not None and executor is None:
                    rows: Iterable[tuple[Any, ...]] = first[0]
                elif executor is None:
                    rows = (card_row(p, root) for p in _walk(start))
                else:
                    rows = audit_pool.ordered(executor, jobs, partial(_rows_task, root=root), start, first)
                for _ in _tick(idx.fill(rows), progress, "cards scanned"):
                    pass
            if executor is None:
                return _emit(LineagePass(idx).lines(), out, progress)
            task = partial(lineage_task, idx.path, trusted=idx.trusted)
            return _emit(audit_pool.ranges(executor, jobs, task, idx.last(), LINEAGE_RANGE), out, progress)
    finally:
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)


def _tick(items: Iterable[Any], progress: bool, what: str) -> Iterator[Any]:
    n = 0
    for n, item in enumerate(items, 1):
        yield item
        if progress and n % 1000 == 0:
            print(f"\r{n:,} {what}", end="", file=sys.stderr, flush=True)
    if progress:
        print(f"\r{n:,} {what}", file=sys.stderr)


def _emit(lines: Iterable[tuple[str, list[str]]], out: TextIO, progress: bool) -> dict[str, int]:
    counts: dict[str, int] = {"cards": 0}
    for line, codes in _tick(lines, progress, "cards"):
        out.write(line + "\n")
        counts["cards"] += 1
        for code in codes:
            counts[code] = counts.get(code, 0) + 1
    return counts
