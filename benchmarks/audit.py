"""Audit throughput on Hub-shaped model cards, side by side with a baseline commit in one run.

    python benchmarks/audit.py [--cards 20000] [--set hub|hf|flat] [--baseline 66992f0] [--reps 3]
    python benchmarks/audit.py --root /path/to/cards --sizes 0   # an existing tree of cards, as it is
    python benchmarks/audit.py --same-output --cards 3000 --baseline 66992f0   # outputs byte for byte

Bytecode is compiled first (this checkout and the baseline: `compileall`), so that where
PYTHONDONTWRITEBYTECODE is set no run measures the compiler. Card sets (benchmarks/hub_cards.py):
`hub` Hub-shaped front matter (model-index, widget, lists in block and flow style, quoted values,
comments, gated fields, multi-line quoted templates, dates), `hf` cards rendered by huggingface_hub's own
ModelCard/ModelCardData/EvalResult (the bytes the Hub client writes), `flat` the earlier benchmark's
flat cards. Families of a base model and up to 4 generations of derivatives, merges and bases outside
the set exercise lineage.

`--same-output` measures nothing: it audits the hub, hf and flat sets with the baseline and this
checkout (--jobs 1 and 2: lineage with a temporary index, a kept index, a rerun reusing it, and
--no-lineage) by benchmarks/audit_same_output.py's comparison
(JSON output byte for byte, SQLite index row by row) and exits 1 unless every output is the same
(a faster audit must not be a different one).

Each configuration (--jobs 1 and 2; with lineage and --no-lineage) runs the baseline, this checkout
and a bare loop (walk + bounded read + decode + json.dumps of a fixed record: the floor of any
audit) interleaved, `reps` times, and prints medians of CPU seconds (user+sys of the process and its
workers), wall seconds, cards per CPU-second and per wall-second, peak RSS, and the ratio to the
baseline. On a shared machine CPU time and ratios are the figures to read: the load average is
printed before and after. The modes run interleaved (each rep: --jobs 1 and 2 of every tree), and the
`wall scaling` rows pair each rep's --jobs 1 and --jobs 2 wall times of one tree (median and range).
Two sizes (N/10 and N) show whether memory stays flat.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _repo import SRC, add_baseline, compile_first, load_average, remove_baseline

# The audit in a wrapper process: its CPU time (RUSAGE_CHILDREN counts the workers it waited for) and
# peak RSS are its own. Exit 1 means findings; anything else fails the benchmark.
_WRAPPER = (
    "import resource, subprocess, sys, time; s = time.perf_counter(); "
    "r = subprocess.run(sys.argv[1:], stderr=subprocess.PIPE, text=True); w = time.perf_counter() - s; "
    "u = resource.getrusage(resource.RUSAGE_CHILDREN); print(u.ru_utime + u.ru_stime, w, u.ru_maxrss); "
    "sys.exit(r.returncode and r.returncode != 1 and r.stderr)"
)
# The floor: what any audit must do per card (walk, bounded read, decode, encode one JSON line).
_BARE = """
import json, os, sys
out = open(os.devnull, "w")
stack = [sys.argv[1]]
while stack:
    d = stack.pop()
    with os.scandir(d) as it:
        subs = []
        card = None
        for e in it:
            if e.is_dir(follow_symlinks=False):
                subs.append(e.path)
            elif e.name == "README.md":
                card = e.path
    stack.extend(sorted(subs, reverse=True))
    if card:
        fd = os.open(card, os.O_RDONLY | os.O_NONBLOCK)
        size = os.fstat(fd).st_size
        text = os.read(fd, size + 1).decode("utf-8", "replace")
        os.close(fd)
        out.write(json.dumps({"path": card, "size": len(text), "findings": []}) + "\\n")
"""


def generate(root: Path, count: int, card_set: str, seed: int = 7) -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    from hub_cards import hf_hub_card, hub_card, write_tree

    write_tree(root, count, {"hub": hub_card, "hf": hf_hub_card, "flat": flat_card}[card_set], seed)


def flat_card(rng: random.Random, i: int) -> str:
    """The earlier benchmark's card: flat front matter, a licence tag, lineage, sometimes tags."""
    from hub_cards import TAGS, _lineage

    tag = rng.choice(TAGS)
    lines = ["---", f"license: {tag}"]
    if tag == "other" and rng.random() < 0.5:
        lines.append("license_name: acme-community-license")
    lines += [line.replace("'", "").replace('"', "") for line in _lineage(rng, i)]
    if rng.random() < 0.3:
        lines += ["tags:", "- text-generation", "- conversational"]
    lines += ["---", "", f"# model-{i}", "", "A fine-tuned model. " * rng.randint(5, 40)]
    return "\n".join(lines) + "\n"


def measure(src: Path | None, root: Path, jobs: int, lineage: bool) -> tuple[float, float, int]:
    """(CPU s, wall s, peak RSS KiB) of one audit by the openlint under `src` (None: the bare loop)."""
    if src is None:
        command = [sys.executable, "-c", _BARE, str(root)]
        env = dict(os.environ)
    else:
        command = [sys.executable, "-m", "openlint", "audit", str(root), "--jobs", str(jobs), "-o", os.devnull]
        command += [] if lineage else ["--no-lineage"]
        env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *command], check=True, capture_output=True, text=True, env=env
    )
    cpu, wall, rss = done.stdout.split()[-3:]
    return float(cpu), float(wall), int(rss)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=20_000)
    parser.add_argument("--set", dest="card_set", choices=["hub", "hf", "flat"], default="hub")
    parser.add_argument("--baseline", default="66992f0", help="commit ('' for none)")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--root", help="audit this existing tree instead of generating cards")
    parser.add_argument("--sizes", type=int, default=2, help="2: N/10 and N cards; 1: N only")
    parser.add_argument("--same-output", action="store_true", help="compare outputs with the baseline, no timing")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="openlint-audit-bench-"))
    trees: dict[str, Path | None] = {}
    try:
        if args.baseline:
            trees[f"baseline {args.baseline[:7]}"] = add_baseline(args.baseline, work / "baseline")
        trees["this checkout"] = SRC
        trees["bare loop"] = None
        print(compile_first({name: src for name, src in trees.items() if src is not None}))
        if args.same_output:  # one comparison, benchmarks/audit_same_output.py's (JSON and index rows)
            from audit_same_output import compare

            if not args.baseline:
                sys.exit("--same-output compares with --baseline")
            same = True
            for card_set in ("hub", "hf", "flat"):
                root = work / f"same-{card_set}"
                generate(root, args.cards, card_set)
                same = compare(work / "baseline" / "src", work, root, f"{card_set} {args.cards:,} cards") and same
            if not same:
                sys.exit(1)
            return
        print(f"cards: {args.card_set} set; load average before: {load_average()} on {os.cpu_count()} cores")
        # Start-up: an audit of one card (imports, rules, catalog; no per-card work to speak of).
        one = work / "one-card"
        generate(one, 1, args.card_set)
        starts: dict[str, list[float]] = {name: [] for name, src in trees.items() if src is not None}
        for _ in range(max(args.reps, 3)):
            for name, src in trees.items():
                if src is not None:
                    starts[name].append(measure(src, one, 1, lineage=True)[0])
        print(
            "start-up (audit of 1 card, --jobs 1, lineage), median CPU: "
            + ", ".join(f"{name} {statistics.median(cpu):.3f} s" for name, cpu in starts.items())
        )
        sizes = [args.cards] if args.sizes == 1 or args.root else [args.cards // 10, args.cards]
        for count in sizes:
            root = Path(args.root) if args.root else work / f"cards-{count}"
            if not args.root:
                started = time.perf_counter()
                generate(root, count, args.card_set)
                print(f"\n{count:,} cards generated in {time.perf_counter() - started:.0f} s", flush=True)
            measure(SRC, root, 2, lineage=False)  # warm the file cache
            jobs_list = [int(j) for j in args.jobs.split(",")]
            modes = [(jobs, lineage) for lineage in (True, False) for jobs in jobs_list]
            # Interleaved: each rep runs every mode of every tree, so that --jobs 1 and 2 of one tree
            # meet the same load and their wall times pair up (the scaling rows below).
            runs: dict[tuple[int, bool, str], list[tuple[float, float, int]]] = {}
            for _ in range(args.reps):
                for jobs, lineage in modes:
                    for name, src in trees.items():
                        if src is None and (jobs != 1 or not lineage):
                            continue  # the floor once per size
                        runs.setdefault((jobs, lineage, name), []).append(measure(src, root, jobs, lineage))
            for jobs, lineage in modes:
                print(f"-- {count:,} cards, --jobs {jobs}, {'lineage' if lineage else '--no-lineage'}")
                base_cpu = None
                for name in trees:
                    results = runs.get((jobs, lineage, name))
                    if not results:
                        continue
                    cpu = statistics.median(r[0] for r in results)
                    wall = statistics.median(r[1] for r in results)
                    rss = max(r[2] for r in results) / 1024
                    base_cpu = cpu if base_cpu is None else base_cpu
                    print(
                        f"   {name:<18} CPU {cpu:7.2f} s ({count / cpu:7,.0f} cards/CPU-s)  wall {wall:7.2f} s "
                        f"({count / wall:7,.0f} cards/s)  RSS {rss:4.0f} MiB  CPU/first {cpu / base_cpu:5.2f}x",
                        flush=True,
                    )
            for jobs in (j for j in jobs_list if j != 1 and 1 in jobs_list):
                for lineage in (True, False):
                    mode = "lineage" if lineage else "--no-lineage"
                    for name in (n for n, src in trees.items() if src is not None):
                        one, many = runs[(1, lineage, name)], runs[(jobs, lineage, name)]
                        ratios = sorted(a[1] / b[1] for a, b in zip(one, many, strict=True))
                        each = ", ".join(f"{r:.2f}" for r in ratios)
                        median = statistics.median(ratios)
                        print(f"-- wall scaling --jobs 1 -> {jobs}, {mode:<12} {name:<18} {median:.2f}x (reps {each})")
        print(f"\nload average after: {load_average()}")
    finally:
        remove_baseline(work / "baseline")
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
