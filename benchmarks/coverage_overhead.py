"""What the coverage gate costs: the same tests with and without `--cov`, alternated, side by side.

    python benchmarks/coverage_overhead.py                       # CLI (subprocess) and in-process tests
    python benchmarks/coverage_overhead.py --rounds 3 tests/test_rules.py

Prints each round's wall times and the median ratio (with / without). Alternating the two in one run
keeps a loaded machine's drift out of the ratio; the absolute seconds are only this run's.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _repo import REPO, SRC, compile_first

DEFAULT = ["tests/test_check_cli.py", "tests/test_rules.py"]


def _run(tests: list[str], cover: bool, data: Path) -> float:
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests]
    if cover:  # the README command's --cov, with the data file kept out of the checkout
        command += ["--cov", "--cov-report=", "--cov-fail-under=0"]  # a subset is below the suite's floor
    env = {**os.environ, "COVERAGE_FILE": str(data / ".coverage")}
    start = time.perf_counter()
    proc = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"tests failed ({'with' if cover else 'without'} coverage):\n{proc.stdout[-2000:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tests", nargs="*", default=DEFAULT)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    print(compile_first({"this checkout": SRC}))
    ratios = []
    with tempfile.TemporaryDirectory(prefix="openlint-cov-") as tmp:
        for round_ in range(1, args.rounds + 1):
            plain = _run(args.tests, False, Path(tmp))
            covered = _run(args.tests, True, Path(tmp))
            ratios.append(covered / plain)
            print(f"round {round_}: without {plain:6.1f} s, with --cov {covered:6.1f} s, ratio {covered / plain:.2f}")
    print(f"median ratio (with / without coverage): {statistics.median(ratios):.2f} on {' '.join(args.tests)}")


if __name__ == "__main__":
    main()
