"""CPU microseconds per card of each phase of `openlint audit --jobs 1` with lineage, side by side with a
baseline commit in one run (the phases of each tree measured in its own process, the trees interleaved).

    python benchmarks/audit_card_phases.py DIR [--baseline 9d23fa1] [--reps 3]

DIR is a tree of cards (benchmarks/hub_cards.py DIR --cards N). Bytecode is compiled first. Each phase
is timed by time.process_time over all cards after one whole audit has warmed the caches (catalog,
rule plans, memos: what a Hub-scale run has warm after its first few hundred cards): the walk, the
bounded read and decode, the front-matter parse and validation, the rest of pass 1 (licence
resolution, rules, the record), the index row with its JSON line, the SQLite fill, pass 2 (lineage
facts, lineage codes, the lines written), and the whole audit. The phases of pass 1 are measured
apart, so their sum is not exactly the whole. Medians of `reps` runs; on a shared machine read the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _repo import SRC, add_baseline, compile_first, load_average, remove_baseline

PHASES = ["walk", "read", "parse", "facts+rules+record", "row+JSON", "index fill", "pass 2", "whole audit"]

_PROBE = r"""
import json, os, sys, time
from openlint.audit import run as R
from openlint.audit.index import AuditIndex, row
from openlint.audit.lineage_pass import LineagePass
from openlint.sources.card import card_fields, read_card_text
root = sys.argv[1]
clock = time.process_time
out = {}
def timed(name, fn):
    start = clock(); value = fn(); out[name] = clock() - start
    return value
with open(os.devnull, "w") as sink:
    R.run(root, sink, jobs=1)  # warm: catalog, rule plans, memos
paths = timed("walk", lambda: list(R._walk([(root, 0)])))
texts = timed("read", lambda: [read_card_text(p) for p in paths])
timed("parse", lambda: [card_fields(t) for t in texts if t is not None])
audited = timed("audited", lambda: [R._audited(p, root) for p in paths])
rows = timed("row+JSON", lambda: [row(r, t.entry if t is not None else None) for r, t in audited])
out["facts+rules+record"] = out.pop("audited") - out["read"] - out["parse"]
with AuditIndex(None, os.path.abspath(root), "") as index:
    timed("index fill", lambda: [None for _ in index.fill(rows)])
    with open(os.devnull, "w") as sink:
        timed("pass 2", lambda: R._emit(LineagePass(index).lines(), sink, False))
with open(os.devnull, "w") as sink:
    timed("whole audit", lambda: R.run(root, sink, jobs=1))
print(json.dumps({"cards": len(paths), **out}))
"""


def _probe(src: Path, root: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, root],
        env={**os.environ, "PYTHONPATH": str(src)},
        check=True,
        capture_output=True,
        text=True,
    )
    found: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("--baseline", default="9d23fa1", help="commit ('' for none)")
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="openlint-audit-phases-"))
    trees: dict[str, Path] = {}
    try:
        if args.baseline:
            trees[f"baseline {args.baseline[:7]}"] = add_baseline(args.baseline, work / "baseline")
        trees["this checkout"] = SRC
        print(compile_first(trees))
        print(f"load average before: {load_average()} on {os.cpu_count()} cores")
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
        for _ in range(args.reps):
            for name, src in trees.items():
                runs[name].append(_probe(src, args.root))
        cards = int(next(iter(runs.values()))[0]["cards"])
        names = list(trees)
        print(f"{cards:,} cards under {args.root}; CPU us per card, median of {args.reps}")
        print(f"   {'phase':<20}" + "".join(f"{name:>20}" for name in names) + ("   ratio" if len(names) == 2 else ""))
        for phase in PHASES:
            medians = [statistics.median(r[phase] for r in runs[name]) * 1e6 / cards for name in names]
            ratio = f"   {medians[0] / medians[1]:5.2f}x" if len(medians) == 2 and medians[1] else ""
            print(f"   {phase:<20}" + "".join(f"{m:20.1f}" for m in medians) + ratio)
        print(f"load average after: {load_average()}")
    finally:
        remove_baseline(work / "baseline")
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
