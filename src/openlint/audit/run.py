"""`openlint audit`: license metadata problems across many model cards, streamed as JSON Lines."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from openlint import schema_versions
from openlint.errors import OpenlintError

if TYPE_CHECKING:
    from openlint.sources.license_text import LicenseText

MAX_WALK_DEPTH = 64  # directory levels under the audit root (a mirror is org/name/...; deeper is hostile)
CHUNK = 512  # cards per task handed to a worker
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
    """(expression, status, restrictive kinds) for a license query; cached across cards."""
    from openlint.core.explanation import explain
    from openlint.core.kinds import DRIFT_KINDS
    from openlint.errors import OpenlintError

    try:
        explanation = explain(query)
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
    parts = Path(directory).parts
    if len(parts) >= 3 and parts[-2] == "snapshots" and parts[-3].startswith("models--"):
        return parts[-3].removeprefix("models--").replace("--", "/")
    if root is not None:
        relative = os.path.relpath(directory, root)
        if relative != ".":
            return relative.replace(os.sep, "/")
    return Path(directory).name


def _text_record(directory: Path, link: str | None) -> tuple[dict[str, Any], LicenseText] | None:
    """The licence text beside a card whose tag does not resolve: what check reads too (the text wins)."""
    from openlint.core.kinds import DRIFT_KINDS
    from openlint.sources.license_text import license_text

    found = license_text(directory, link, accept_unread=True)
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
    from openlint.audit.rules import card_codes
    from openlint.sources.card import parse_card, read_card_text
    from openlint.sources.stated import stated_license

    card = Path(path)
    text = read_card_text(card)
    if text is None:  # a FIFO, a device, a directory or an unreadable file: refused, never waited on
        from openlint.sources.stated import StatedLicense

        problem = "cannot read the card (not a regular file, or unreadable)"
        identity = card_id(path, root)
        unread = StatedLicense(None, problem=problem)
        return {
            "schema_version": schema_versions.AUDIT,
            "path": path,
            "id": identity,
            "error": problem,
            "card_problems": [problem],
            "findings": card_codes(identity, card.parent.name, unread, (problem,), None, False),
        }
    meta = parse_card(text)
    model = meta.get("model_name")
    record: dict[str, Any] = {
        "schema_version": schema_versions.AUDIT,  # every line carries it: lines are read one by one
        "path": path,
        "model": model if isinstance(model, str) else card.parent.name,
        "id": card_id(path, root),
    }
    stated = stated_license(meta)
    lic = None if stated.problem is not None else stated.query
    status = "missing"
    licence_text = None
    if lic:
        expression, status, restrictive = _resolve(lic)
        record.update(license=lic, expression=expression, status=status, restrictive=list(restrictive))
    if status in ("missing", "unknown") or stated.problem is not None:
        read = _text_record(card.parent, stated.link)
        if read is not None:  # a licence text beside the card: never "unknown" while it is there
            fields, licence_text = read
            record.update(fields)
            status = str(fields["status"])
    unspecified = licence_text is None and stated.problem is not None and stated.tag is not None  # `other`, unnamed
    if status == "missing" and not unspecified:
        record.update(license=None, status="missing")
    bases = meta.strings("base_model")
    if bases:
        record["base_model"] = list(bases)
        relation = meta.get("base_model_relation")
        if isinstance(relation, str):
            record["base_model_relation"] = relation
    if meta.problems:
        record["card_problems"] = list(meta.problems)
    # The codes are the audit rules' (rules/checks, `audit = true`), evaluated as `check` evaluates them.
    record["findings"] = card_codes(record["id"], record["model"], stated, meta.problems, licence_text, bool(bases))
    return record


def find_cards(root: Path) -> Iterator[str]:
    """Model cards under a directory: in each directory the first of the card names (README.md,
    MODEL_CARD.md...), as in repositories and the HF cache. Iterative, depth-bounded, no symlinked
    directories followed, hidden folders and cache blobs skipped."""
    from openlint.sources.card import CARD_NAMES

    stack: list[tuple[str, int]] = [(str(root), 0)]
    while stack:
        directory, depth = stack.pop()
        try:
            with os.scandir(directory) as entries:
                files: set[str] = set()
                dirs: list[str] = []
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        if not entry.name.startswith(".") and entry.name != "blobs":
                            dirs.append(entry.name)
                    elif entry.name in CARD_NAMES:
                        files.add(entry.name)
        except OSError:
            continue
        name = next((n for n in CARD_NAMES if n in files), None)
        if name is not None:
            yield os.path.join(directory, name)
        if depth < MAX_WALK_DEPTH:
            stack.extend((os.path.join(directory, d), depth + 1) for d in sorted(dirs, reverse=True))


def _audit_chunk(paths: list[str], root: str | None) -> list[dict[str, Any]]:
    return [audit_card(path, root) for path in paths]


def _scan(paths: Iterable[str], jobs: int, root: str | None) -> Iterator[dict[str, Any]]:
    """Pass 1: one record per card, in order, parsed by `jobs` processes in chunks. At most two chunks
    per worker are in flight (memory stays flat); a worker that dies (SIGKILL, the OOM killer) fails
    the audit with a one-line error instead of leaving it waiting forever."""
    if jobs <= 1:
        yield from (audit_card(path, root) for path in paths)
        return
    import multiprocessing
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool
    from itertools import islice

    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    iterator = iter(paths)
    with ProcessPoolExecutor(jobs, mp_context=context) as pool:
        pending: deque[Future[list[dict[str, Any]]]] = deque()
        try:
            while chunk := list(islice(iterator, CHUNK)):
                pending.append(pool.submit(_audit_chunk, chunk, root))
                if len(pending) >= 2 * jobs:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except BrokenProcessPool:
            raise OpenlintError(
                "an audit worker process died (killed by a signal, such as the out-of-memory killer): "
                "the audit is incomplete"
            ) from None


def _lines(records: Iterable[dict[str, Any]]) -> Iterator[tuple[str, list[str]]]:
    for record in records:
        yield json.dumps(record, separators=(",", ":")), record.get("findings", [])


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
    with the lineage findings (OL408, OL409, OL411, OL108) added."""
    if not lineage:
        return _emit(_lines(_scan(find_cards(Path(root)), jobs, root)), out, progress)
    from openlint.audit.index import AuditIndex

    listing = listing_digest(find_cards(Path(root))) if index else ""
    with AuditIndex(index, os.path.abspath(root), listing) as idx:
        if idx.reused:
            print(f"openlint: index {index} is up to date ({idx.count():,} cards): not rescanned", file=sys.stderr)
        else:
            if idx.stale:
                print(f"openlint: index {index} is out of date: rescanning", file=sys.stderr)
            for _ in _tick(idx.fill(_scan(find_cards(Path(root)), jobs, root)), progress, "cards scanned"):
                pass
        return _emit(idx.lineage(), out, progress)


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
