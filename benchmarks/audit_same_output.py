"""`openlint audit` writes the same bytes as a baseline commit: JSON Lines and the SQLite lineage index.

    python benchmarks/audit_same_output.py [--cards 20000] [--sets hub,hf,flat] [--baseline 2193fae]
    python benchmarks/audit_same_output.py --root /path/to/cards   # an existing tree of cards

Generates the card sets (benchmarks/hub_cards.py, as benchmarks/audit.py does), then audits each with
the baseline (a temporary git worktree) and this checkout: --jobs 1 and 2, with lineage (keeping the
index with --index) and --no-lineage. The JSON output must be byte-identical; the index must hold the
same meta rows and the same card rows, column by column (the file's bytes differ with SQLite's page
layout, which is not output). Exits 1 naming the first difference. It measures nothing: a faster
audit must not be a different one.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from _repo import SRC, add_baseline, remove_baseline


def _generate(root: Path, count: int, card_set: str) -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    from audit import generate

    generate(root, count, card_set)


def _audit(src: Path, root: Path, out: Path, jobs: int, index: Path | None) -> None:
    command = [sys.executable, "-m", "openlint", "audit", str(root), "--jobs", str(jobs), "-o", str(out)]
    command += ["--index", str(index)] if index is not None else ["--no-lineage"]
    done = subprocess.run(command, env=_env(src), capture_output=True)
    if done.returncode not in (0, 1):
        sys.exit(f"{src}: audit failed: {done.stderr.decode(errors='replace')}")


def _env(src: Path) -> dict[str, str]:
    """This environment with `src` alone on the import path, and no config naming rules of its own."""
    env = {k: v for k, v in os.environ.items() if k != "OPENLINT_CONFIG"}
    return {**env, "PYTHONPATH": str(src)}


def _index_rows(path: Path) -> tuple[list[Any], list[Any]]:
    db = sqlite3.connect(path)
    try:
        meta = sorted(db.execute("SELECT key, value FROM meta"))
        cards = list(db.execute("SELECT * FROM cards ORDER BY seq"))
    finally:
        db.close()
    return meta, cards


def _first_difference(a: bytes, b: bytes) -> str:
    for number, (x, y) in enumerate(zip(a.splitlines(), b.splitlines(), strict=False), 1):
        if x != y:
            return f"line {number}:\n  baseline: {x[:400]!r}\n  checkout: {y[:400]!r}"
    return f"{len(a.splitlines())} lines vs {len(b.splitlines())}"


def compare(base: Path, work: Path, root: Path, label: str) -> bool:
    same = True
    for jobs in (1, 2):
        for lineage in (True, False):
            outputs: list[bytes] = []
            indexes: list[tuple[list[Any], list[Any]]] = []
            for name, src in (("baseline", base), ("checkout", SRC)):
                out = work / f"{name}.jsonl"
                index = work / f"{name}.sqlite" if lineage else None
                for stale in (out, index):
                    if stale is not None and stale.exists():
                        stale.unlink()
                _audit(src, root, out, jobs, index)
                outputs.append(out.read_bytes())
                if index is not None:
                    indexes.append(_index_rows(index))
            mode = f"{label} --jobs {jobs} {'lineage' if lineage else '--no-lineage'}"
            if outputs[0] != outputs[1]:
                print(f"{mode}: JSON DIFFERENT at {_first_difference(*outputs)}")
                same = False
                continue
            if indexes and indexes[0] != indexes[1]:
                meta_same = indexes[0][0] == indexes[1][0]
                rows = [(x, y) for x, y in zip(indexes[0][1], indexes[1][1], strict=False) if x != y]
                print(f"{mode}: INDEX DIFFERENT (meta {'same' if meta_same else 'different'}); first row: {rows[:1]}")
                same = False
                continue
            cards = outputs[0].count(b"\n")
            tail = f", index {len(indexes[0][1]):,} rows same" if indexes else ""
            print(f"{mode}: same ({cards:,} cards, {len(outputs[0]):,} bytes{tail})", flush=True)
    return same


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=20_000)
    parser.add_argument("--sets", default="hub", help="comma-separated: hub, hf, flat")
    parser.add_argument("--baseline", default="2193fae", help="commit to compare with")
    parser.add_argument("--root", help="audit this existing tree instead of generating cards")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="openlint-audit-same-"))
    base = work / "baseline"
    try:
        add_baseline(args.baseline, base)
        same = True
        if args.root:
            same = compare(base / "src", work, Path(args.root), args.root)
        else:
            for card_set in args.sets.split(","):
                root = work / f"cards-{card_set}"
                _generate(root, args.cards, card_set)
                same = compare(base / "src", work, root, f"{card_set} {args.cards:,} cards") and same
        print("outputs byte-identical to the baseline" if same else "OUTPUTS DIFFER from the baseline")
        if not same:
            sys.exit(1)
    finally:
        remove_baseline(base)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
