"""`openlint audit`: license metadata problems across many model cards, streamed as JSON Lines."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

from openlint.errors import OpenlintError

MAX_CARD_BYTES = 200_000
CHUNK = 512  # cards per task handed to a worker
_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_SIMPLE = re.compile(r"^([A-Za-z_][\w-]*):[ \t]*(.*?)[ \t]*$")


def front_matter(text: str) -> dict[str, Any]:
    """The card's YAML metadata. Flat `key: value` lines take a fast path; anything else goes to YAML."""
    match = _FRONT.match(text)
    if not match:
        return {}
    block = match.group(1)
    out: dict[str, Any] = {}
    simple = True
    current_list: list[str] | None = None
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith(("- ", "  - ")) and current_list is not None:
            current_list.append(line.split("-", 1)[1].strip().strip("'\""))
            continue
        kv = _SIMPLE.match(line)
        if not kv:
            simple = False
            break
        key, value = kv.group(1), kv.group(2)
        if value == "":
            current_list = out.setdefault(key, [])
        else:
            current_list = None
            if value.startswith(("[", "{", "|", ">", "&", "*", "!")):
                simple = False
                break
            out[key] = value.strip("'\"")
    if simple:
        return out
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(block, Loader=loader)
    except yaml.YAMLError:
        return {"_error": "invalid YAML front matter"}
    return data if isinstance(data, dict) else {}


@lru_cache(maxsize=4096)
def _resolve(query: str) -> tuple[str | None, str, tuple[str, ...]]:
    """(expression, status, restrictive kinds) for a license query; cached across cards."""
    from openlint.errors import OpenlintError
    from openlint.explanation import explain
    from openlint.lineage import RESTRICTIVE_KINDS

    try:
        explanation = explain(query)
    except OpenlintError:
        return None, "unknown", ()
    statuses = {lic.status for lic in explanation.licenses}
    status = "catalogued" if statuses == {"catalogued"} else sorted(statuses - {"catalogued"})[0]
    kinds = tuple(sorted({str(ob.kind) for ob in explanation.obligations} & RESTRICTIVE_KINDS))
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


def audit_card(path: str, root: str | None = None) -> dict[str, Any]:
    """One card's record: its id, license, how it resolved, and the codes of its metadata problems."""
    try:
        from openlint import safeio

        text = safeio.read_head(path, safeio.Cap("model card", MAX_CARD_BYTES))[0].decode("utf-8", errors="replace")
    except OSError as exc:
        return {"path": path, "error": exc.strerror}
    meta = front_matter(text)
    record: dict[str, Any] = {
        "path": path,
        "model": meta.get("model_name") or Path(path).parent.name,
        "id": card_id(path, root),
    }
    problems: list[str] = []
    lic = meta.get("license")
    if isinstance(lic, list):
        lic = " AND ".join(str(x) for x in lic)
    if lic is not None:
        lic = str(lic)
    if lic and lic.lower() == "other":
        name = meta.get("license_name")
        if not name:
            problems.append("OL404")  # license: other without license_name
        lic = str(name) if name else None
    if not lic:
        if "OL404" not in problems:
            problems.append("OL401")
        record.update(license=None, status="missing")
    else:
        expression, status, restrictive = _resolve(lic)
        record.update(license=lic, expression=expression, status=status, restrictive=list(restrictive))
        problems.extend({"unknown": ["OL405"], "ambiguous": ["OL402"], "uncatalogued": ["OL403"]}.get(status, []))
    base = meta.get("base_model")
    if base:
        record["base_model"] = [str(b) for b in base] if isinstance(base, list) else [str(base)]
        if meta.get("base_model_relation"):
            record["base_model_relation"] = str(meta["base_model_relation"])
    if "_error" in meta:
        problems.append("OL404")
    record["findings"] = problems
    return record


def find_cards(root: Path) -> Iterator[str]:
    """Model cards under a directory (README.md files, as in repositories and the HF cache)."""
    from openlint.safeio import walk_tree

    for directory, dirs, files in walk_tree(root):  # iterative: no RecursionError on a deep mirror
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != "blobs"]
        for name in files:
            if name == "README.md":
                yield os.path.join(directory, name)


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
    from openlint.audit_index import AuditIndex

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
