"""Start-up cost of the CLI, side by side with a bare interpreter (ratios, not absolute times).

    python benchmarks/startup.py [--runs N]

openlint runs in pre-commit hooks, so `openlint --help` must stay near bare-interpreter time and
`openlint explain` must not pay for more than it uses. Measured as benchmarks/check_startup.py
measures `check` (bytecode compiled first, interleaved rounds, wall and CPU medians).
"""

from __future__ import annotations

import argparse
import sys

from _repo import SRC
from check_startup import LLAMA_TEXT as LLAMA
from check_startup import compiled, time_cases

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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    compiled(SRC)
    time_cases({name: (cmd, None) for name, cmd in CASES.items()}, args.runs)


if __name__ == "__main__":
    main()
