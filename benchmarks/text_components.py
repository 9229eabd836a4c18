"""Where reading a text spends its CPU, part by part, against a baseline checkout side by side
(issue 17): `read_text` whole, and its parts alone (`words`: the identification's tokens and
shingle hashes; `identify`; `extract_within_budget`; `foreign_passages`, the language of each line).

    mkdir -p /tmp/tp-base && git archive 42a84d1 src rules | tar -x -C /tmp/tp-base   # the baseline
    python benchmarks/text_components.py --baseline-src /tmp/tp-base/src [--baseline-src OTHER/src] [--reps 3]

Inputs: the 72 texts of ../shared/corpus/licenses read one by one (in-sample: the patterns were
written from them), 500 KB of Python's documentation prose, 500 KB of the corpus one after another,
100 KB of the Llama 3.1 license repeated. Each checkout is measured in a fresh process, twice,
interleaved with the other's; a figure is the least CPU time over --reps repetitions in each of
those processes (after one warm-up reading of every input), so background load inflates neither
side more than the other. Bytecode of both checkouts is compiled first.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from _repo import REPO, SRC, compile_first

CORPUS = REPO.parent / "shared" / "corpus" / "licenses"

CHILD = r"""
import sys, time, json, pydoc_data.topics
from pathlib import Path
from openlint.text.normalize import decode, words
from openlint.text.read import read_text
from openlint.text.identify import identify
from openlint.text.extract import extract_within_budget
from openlint.text.language import foreign_passages

reps, corpus = int(sys.argv[1]), Path(sys.argv[2])
paths = sorted(corpus.glob("*/*.txt"))
texts = [decode(p.read_bytes()) for p in paths]
prose = "\n\n".join(pydoc_data.topics.topics.values())
llama = decode((corpus / "ai" / "llama3.1-community.txt").read_bytes())
inputs = {
    f"{len(texts)} licenses": texts,
    "prose 500 KB": [(prose * 3)[:500_000]],
    "corpus 500 KB": [("\n\n".join(texts) * 2)[:500_000]],
    "Llama 3.1 100 KB": [(llama * 10)[:100_000]],
}
for batch in inputs.values():
    for text in batch:
        read_text(text, "warm-up")
out = {}
for name, batch in inputs.items():
    tokens = [words(text) for text in batch]
    parts = {
        "read_text": lambda: [read_text(text, "LICENSE") for text in batch],
        "words": lambda: [words(text) for text in batch],
        "identify": lambda: [identify(t) for t in tokens],
        "extract": lambda: [extract_within_budget(text, "LICENSE") for text in batch],
        "language": lambda: [foreign_passages(text) for text in batch],
    }
    for part, run in parts.items():
        best = float("inf")
        for _ in range(reps):
            start = time.process_time()
            run()
            best = min(best, time.process_time() - start)
        out[f"{name}|{part}"] = best
print(json.dumps(out))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--src", type=Path, default=SRC, help="src/ of the checkout measured (default: this one)")
    parser.add_argument(
        "--baseline-src",
        type=Path,
        required=True,
        action="append",
        help="src/ of a checkout to compare with (repeatable)",
    )
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="shared/corpus/licenses")
    args = parser.parse_args()
    checkouts = {"this": args.src.resolve()}
    for i, src in enumerate(args.baseline_src):
        checkouts["baseline" if i == 0 else f"baseline{i + 1}"] = src.resolve()
    print(compile_first(checkouts))
    print(f"load average at start: {os.getloadavg()[0]:.1f} (2-core machine shared with other work)")
    best: dict[str, dict[str, float]] = {}
    for _ in range(2):
        for name, src in checkouts.items():
            proc = subprocess.run(
                [sys.executable, "-c", CHILD, str(args.reps), str(args.corpus)],
                capture_output=True,
                text=True,
                env={**os.environ, "PYTHONPATH": str(src)},
                timeout=1200,
            )
            if proc.returncode:
                raise SystemExit(f"{src}: {proc.stderr.strip()[-2000:]}")
            for key, seconds in json.loads(proc.stdout).items():
                previous = best.setdefault(key, {}).get(name, float("inf"))
                best[key][name] = min(previous, seconds)
    print(f"load average at end: {os.getloadavg()[0]:.1f}; least CPU of {args.reps} repetitions in 2 processes each\n")
    others = [name for name in checkouts if name != "this"]
    for name in others:
        print(f"{name}: {checkouts[name]}")
    print(f"{'input':18} {'part':10} {'this ms':>9}" + "".join(f" {name + ' ms':>13} {'ratio':>6}" for name in others))
    for key, figures in best.items():
        name, part = key.split("|")
        this = figures["this"]
        cells = "".join(f" {figures[o] * 1000:13.1f} {this / figures[o]:6.2f}" for o in others)
        print(f"{name:18} {part:10} {this * 1000:9.1f}{cells}")


if __name__ == "__main__":
    main()
