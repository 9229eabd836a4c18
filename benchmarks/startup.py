"""Start-up cost of the CLI, side by side with a bare interpreter (ratios, not absolute times).

    python benchmarks/startup.py [--runs N]

openlint runs in pre-commit hooks, so `openlint --help` must stay near bare-interpreter time and
`openlint explain` must not pay for more than it uses.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _repo import SOURCE_ENV

LLAMA = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "licenses" / "ai" / "llama3.1-community.txt"
CASES = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "openlint --help": [sys.executable, "-m", "openlint", "--help"],
    "openlint explain MIT": [sys.executable, "-m", "openlint", "explain", "MIT"],
    "openlint explain llama3.1 --format json": [
        sys.executable,
        "-m",
        "openlint",
        "explain",
        "llama3.1",
        "--format",
        "json",
    ],
    "openlint explain 'Apache-2.0 OR MIT'": [sys.executable, "-m", "openlint", "explain", "Apache-2.0 OR MIT"],
    "openlint explain LICENSE (Llama 3.1 text)": [sys.executable, "-m", "openlint", "explain", str(LLAMA)],
}


def measure(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=SOURCE_ENV)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    # Interleave rounds so background load hits every case alike.
    results: dict[str, list[float]] = {name: [] for name in CASES}
    for _ in range(args.runs):
        for name, cmd in CASES.items():
            results[name].append(measure(cmd, 1))
    base = statistics.median(results["python -c pass"])
    print(f"{'command':45} {'median ms':>10} {'x bare python':>14}")
    for name, times in results.items():
        med = statistics.median(times)
        print(f"{name:45} {med * 1000:10.1f} {med / base:14.2f}")


if __name__ == "__main__":
    main()
