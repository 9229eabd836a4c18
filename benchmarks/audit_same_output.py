"""`openlint audit` writes the same bytes as a baseline commit: JSON Lines and the SQLite lineage index.

    python benchmarks/audit_same_output.py [--cards 20000] [--sets hub,hf,flat] [--baseline 2193fae]
    python benchmarks/audit_same_output.py --root /path/to/cards   # an existing tree of cards

Generates the card sets (benchmarks/hub_cards.py, as benchmarks/audit.py does), then audits each with
the baseline (a temporary git worktree) and this checkout, at --jobs 1 and 2 each: with lineage and a
temporary index (the default mode), with lineage keeping the index (--index), the same again reusing
that kept index (pass 2 alone, from rows it did not write in this run), and --no-lineage. The JSON
output must be byte-identical; a kept index must hold the same meta rows and the same card rows, column
by column (the file's bytes differ with SQLite's page layout, which is not output).
Exits 1 naming the first difference. It measures nothing: a faster
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


def _audit(src: Path, root: Path, out: Path, jobs: int, mode: str, index: Path) -> None:
    """One audit in `mode`: "lineage" (a temporary index), "index" (kept at `index`, made anew),
    "reuse" (the index "index" kept) or "no-lineage"."""
    command = [sys.executable, "-m", "openlint", "audit", str(root), "--jobs", str(jobs), "-o", str(out)]
    if mode == "no-lineage":
        command.append("--no-lineage")
    elif mode in ("index", "reuse"):
        command += ["--index", str(index)]
    done = subprocess.run(command, env=_env(src), capture_output=True)
    if done.returncode not in (0, 1):
        sys.exit(f"{src}: audit failed: {done.stderr.decode(errors='replace')}")
    if mode == "reuse" and b"is up to date" not in done.stderr:
        sys.exit(f"{src}: the kept index was not reused: {done.stderr.decode(errors='replace')}")


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


MODES = ("lineage", "index", "reuse", "no-lineage")  # "reuse" runs after "index", on the index it kept


def compare(base: Path, work: Path, root: Path, label: str) -> bool:
    same = True
    for jobs in (1, 2):
        for mode in MODES:
            outputs: list[bytes] = []
            indexes: list[tuple[list[Any], list[Any]]] = []
            for name, src in (("baseline", base), ("checkout", SRC)):
                out = work / f"{name}.jsonl"
                index = work / f"{name}.sqlite"
                for stale in (out, index) if mode != "reuse" else (out,):
                    if stale.exists():
                        stale.unlink()
                _audit(src, root, out, jobs, mode, index)
                outputs.append(out.read_bytes())
                if mode in ("index", "reuse"):
                    indexes.append(_index_rows(index))
            mode_label = f"{label} --jobs {jobs} {mode}"
            if outputs[0] != outputs[1]:
                print(f"{mode_label}: JSON DIFFERENT at {_first_difference(*outputs)}")
                same = False
                continue
            if indexes and indexes[0] != indexes[1]:
                meta_same = indexes[0][0] == indexes[1][0]
                rows = [(x, y) for x, y in zip(indexes[0][1], indexes[1][1], strict=False) if x != y]
                print(
                    f"{mode_label}: INDEX DIFFERENT (meta {'same' if meta_same else 'different'});"
                    f" first row: {rows[:1]}"
                )
                same = False
                continue
            cards = outputs[0].count(b"\n")
            tail = f", index {len(indexes[0][1]):,} rows same" if indexes else ""
            print(f"{mode_label}: same ({cards:,} cards, {len(outputs[0]):,} bytes{tail})", flush=True)
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
