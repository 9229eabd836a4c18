"""Time and memory of reading long texts (issue 17), as ratios: to the input's size, and to a
baseline checkout measured side by side in the same run.

    mkdir -p /tmp/tp-base && git archive 66992f0 src rules | tar -x -C /tmp/tp-base   # the baseline
    python benchmarks/text_perf.py --baseline-src /tmp/tp-base/src [--runs 2] [--sizes 20000,100000]

Inputs, each cut to --sizes characters (default 100 KB, 500 KB and 2 MB, the read limit): "corpus",
every text of ../shared/corpus/licenses (AI + SPDX) one after another, repeated; "one-license", the
Llama 3.1 community license repeated; "prose", Python's own documentation topics (pydoc_data,
English prose that is not a license), repeated; "shuffled", those words in a random order (nothing
repeats: the worst case for identification, whose every shingle is then distinct). Each measurement
is `read_text` (identification, extraction, language, reconciliation) in a fresh process, after a
warm-up reading of a small text (imports, fingerprints); rounds interleave the checkouts so
background load hits both alike.

Figures: CPU seconds of the reading (median over rounds) and per MB, so linearity shows as a flat
s/MB; peak memory as a multiple of the input, which is the text's size in UTF-8 bytes (what a file
of it holds; Python keeps a text with any character beyond Latin-1 at 2 bytes a character, so a
copy of part of it can cost more than its UTF-8 size). Twice: tracemalloc's peak during a second
reading (what the reading allocates beyond the input string itself, with the process's one-time
caches already built: imported modules and pattern tables, compiled regexes, the reference
fingerprints and the sorted hashes of references already looked up), and the growth of the
process's peak RSS over the first reading (which includes those one-time caches). Bytecode of both
checkouts is compiled first (the machine may set PYTHONDONTWRITEBYTECODE), so no figure times the
compiler.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from _repo import REPO, SRC, compile_first

CORPUS = REPO.parent / "shared" / "corpus" / "licenses"
SIZES = (100_000, 500_000, 2_000_000)

CHILD = r"""
import json, resource, sys, time, tracemalloc
from pathlib import Path
from openlint.text.normalize import decode
from openlint.text.read import read_text

kind, size, corpus = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
if kind == "corpus":
    unit = "\n\n".join(decode(p.read_bytes()) for p in sorted(corpus.glob("*/*.txt")))
elif kind == "one-license":
    unit = decode((corpus / "ai" / "llama3.1-community.txt").read_bytes())
elif kind == "prose":
    import pydoc_data.topics
    unit = "\n\n".join(pydoc_data.topics.topics.values())
else:  # "shuffled": the same words in a random order, lines of 12, a paragraph break now and then
    import random, pydoc_data.topics
    vocabulary, rng, lines, length = " ".join(pydoc_data.topics.topics.values()).split(), random.Random(17), [], 0
    while length < size:
        lines.append(" ".join(rng.choice(vocabulary) for _ in range(12)) + ("\n" if rng.random() < 0.15 else ""))
        length += len(lines[-1]) + 1
    unit = "\n".join(lines)
text = (unit * (size // len(unit) + 1))[:size]
del unit
read_text(decode((corpus / "spdx" / "MIT.txt").read_bytes()), "warm-up")
rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.process_time()
read_text(text, "LICENSE")
cpu = time.process_time() - start
rss_growth = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) * 1024
tracemalloc.start()
read_text(text, "LICENSE")
peak = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
print(json.dumps({"cpu": cpu, "peak": peak, "rss": rss_growth, "bytes": len(text.encode("utf-8"))}))
"""


def measure(src: Path, kind: str, size: int, corpus: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, kind, str(size), str(corpus)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    if proc.returncode:
        raise SystemExit(f"{src} {kind} {size}: {proc.stderr.strip()[-2000:]}")
    result: dict[str, float] = json.loads(proc.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--src", type=Path, default=SRC, help="src/ of the checkout measured (default: this one)")
    parser.add_argument("--baseline-src", type=Path, help="src/ of the checkout to compare with")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="shared/corpus/licenses")
    parser.add_argument("--kinds", default="corpus,one-license,prose,shuffled")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="input sizes in characters")
    args = parser.parse_args()
    checkouts = {"this": args.src.resolve()}
    if args.baseline_src:
        checkouts["baseline"] = args.baseline_src.resolve()
    print(compile_first(checkouts))
    print(f"load average at start: {os.getloadavg()[0]:.1f} (2-core machine shared with other work)")
    kinds = args.kinds.split(",")
    sizes = [int(size) for size in args.sizes.split(",")]
    results: dict[tuple[str, str, int], list[dict[str, float]]] = {}
    for _ in range(args.runs):
        for kind in kinds:
            for size in sizes:
                for name, src in checkouts.items():
                    results.setdefault((name, kind, size), []).append(measure(src, kind, size, args.corpus))
                    print(f"  measured {name} {kind} {size:,}", file=sys.stderr, flush=True)
    print(f"load average at end: {os.getloadavg()[0]:.1f}; medians of {args.runs} rounds\n")
    header = f"{'input':12} {'size':>6} {'checkout':9} {'CPU s':>7} {'s/MB':>6} {'traced peak':>12} {'RSS growth':>11}"
    print(header + ("   CPU vs baseline" if args.baseline_src else ""))
    for kind in kinds:
        for size in sizes:
            row: dict[str, dict[str, float]] = {}
            for name in checkouts:
                runs = results[(name, kind, size)]
                row[name] = {
                    key: statistics.median(run[key] for run in runs) for key in ("cpu", "peak", "rss", "bytes")
                }
            for name, figures in row.items():
                mb = figures["bytes"] / 1e6
                line = (
                    f"{kind:12} {size // 1000:>5}K {name:9} {figures['cpu']:7.3f} {figures['cpu'] / mb:6.2f} "
                    f"{figures['peak'] / figures['bytes']:11.1f}x {figures['rss'] / figures['bytes']:10.1f}x"
                )
                if name == "this" and "baseline" in row:
                    line += f"   {figures['cpu'] / row['baseline']['cpu']:.2f}x"
                print(line)


if __name__ == "__main__":
    main()
