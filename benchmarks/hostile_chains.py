"""CPU of reading hostile single-line texts dense with the first parts of windowed alternatives, this
checkout against others, side by side (each reading in its own process, interleaved, least of N).

    python benchmarks/hostile_chains.py [--size 200000] [--reps 3] [--compare-src DIR ...]

The lines repeat the first parts of round 8's three-window alternatives (registration: 'may use ...
if you ... have ... a separate plan'; acceptable_use: 'will not ... use ... in any way that
infringes'), with their anchors but never their last part, so every window is searched and none
matches: a lazy regex nests its windows (cubic in them); text/regex.py's Chain joins them linearly.
Bytecode is compiled first (compileall on every src).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from _repo import SRC, compile_first

UNITS = {
    "registration (may use if you have)": "may use if you have " * 95 + "separate a b c agreement ",
    "registration (may use if you accepted)": "may use if you accepted " * 80 + "separate a b c agreement ",
    "acceptable_use (will not use)": "will not use " * 150 + "in any way that a b c d e f violates ",
    "acceptable_use (cannot use)": "cannot use " * 150 + "in any way that a b c d e f violates ",
}
SCRIPT = """
import json, sys, time
from openlint.text.read import read_text
unit, size = sys.argv[1], int(sys.argv[2])
text = (unit * (size // len(unit) + 1))[:size]
start = time.process_time()
reading = read_text(text, "LICENSE")
print(json.dumps({"cpu": time.process_time() - start, "obligations": len(reading.obligations)}))
"""


def run(src: Path, unit: str, size: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run([sys.executable, "-c", SCRIPT, unit, str(size)], capture_output=True, text=True, env=env)
    if out.returncode:
        raise SystemExit(out.stderr)
    cpu: float = json.loads(out.stdout)["cpu"]
    return cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=200_000)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--compare-src", type=Path, action="append", default=[])
    args = parser.parse_args()
    sources = [SRC, *(src.resolve() for src in args.compare_src)]
    print(compile_first({str(src): src for src in sources}))
    print(f"{args.size:,}-character lines, least CPU of {args.reps} processes")
    print(f"{'line':40}" + "".join(f"{str(src)[-24:]:>26}" for src in sources))
    for name, unit in UNITS.items():
        least = {src: float("inf") for src in sources}
        for _ in range(args.reps):
            for src in sources:
                least[src] = min(least[src], run(src, unit, args.size))
        print(f"{name:40}" + "".join(f"{least[src]:>25.3f}s" for src in sources))


if __name__ == "__main__":
    main()
