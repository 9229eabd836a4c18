"""What a user waits for: `check`, `explain NAME`, `explain LICENSE`, as ratios to a bare interpreter.

    python benchmarks/check_startup.py [--runs N] [--compare-src DIR] [--no-bytecode] [--only TEXT]

`--compare-src DIR` adds every openlint case run from another checkout's src/ (e.g. the previous commit:
`git archive 42c777b src rules | tar -x -C /tmp/base`, then `--compare-src /tmp/base/src`), so a
change is measured against its baseline in the same run.

Compiles src/ to bytecode first (compileall), so an editable checkout does not time the compiler;
the figures are therefore warm-bytecode figures. `--no-bytecode` instead runs openlint as a checkout
without bytecode in an image that sets PYTHONDONTWRITEBYTECODE: from a copy of src/ without
__pycache__, so every openlint module is compiled in every process (the standard library keeps its
bytecode). Rounds are interleaved (every case once per round) so background load on a shared machine
hits every case alike; medians of whole-process wall time and of CPU time (user+sys, less disturbed
by other processes on a shared machine).
"""

from __future__ import annotations

import argparse
import atexit
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _repo import REPO, SOURCE_ENV, SRC, compile_first

SHARED = REPO.parent / "shared"
LLAMA_TEXT = SHARED / "corpus" / "licenses" / "ai" / "llama3.1-community.txt"
APACHE_TEXT = SHARED / "corpus" / "licenses" / "spdx" / "Apache-2.0.txt"  # ASCII, as many LICENSE files are
PROJECT = REPO / "fixtures" / "projects" / "llama-chatbot-over-cap"
CLEAN = REPO / "fixtures" / "projects" / "clean-apache"
OPENLINT = [sys.executable, "-m", "openlint"]
CASES = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "openlint check llama-chatbot-over-cap": [*OPENLINT, "check", str(PROJECT)],
    "openlint check clean-apache": [*OPENLINT, "check", str(CLEAN)],
    "openlint explain llama3.1": [*OPENLINT, "explain", "llama3.1"],
    "openlint explain LICENSE (llama3.1 text)": [*OPENLINT, "explain", str(LLAMA_TEXT)],
    "openlint explain LICENSE (Apache-2.0 text)": [*OPENLINT, "explain", str(APACHE_TEXT)],
}


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall and CPU (user+sys) seconds of one child process."""
    cpu, start = children_cpu(), time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env or SOURCE_ENV)
    return time.perf_counter() - start, children_cpu() - cpu


Cases = dict[str, tuple[list[str], dict[str, str] | None]]


def time_cases(cases: Cases, runs: int) -> None:
    """Print median wall and CPU time of each case, and their ratios to the bare interpreter (the
    case named "python -c pass"), from `runs` interleaved rounds after one warm-up each."""
    print(f"{runs} interleaved rounds, medians of whole-process wall time")
    for cmd, env in cases.values():  # one warm-up each: file cache, bytecode
        run_once(cmd, env)
    wall: dict[str, list[float]] = {name: [] for name in cases}
    cpu: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(runs):
        for name, (cmd, env) in cases.items():
            w, c = run_once(cmd, env)
            wall[name].append(w)
            cpu[name].append(c)
    base_wall = statistics.median(wall["python -c pass"])
    base_cpu = statistics.median(cpu["python -c pass"])
    print(f"{'command':42} {'wall ms':>8} {'x bare':>7} {'CPU ms':>8} {'x bare':>7}")
    for name in cases:
        w, c = statistics.median(wall[name]), statistics.median(cpu[name])
        print(f"{name:42} {w * 1000:8.1f} {w / base_wall:7.2f} {c * 1000:8.1f} {c / base_cpu:7.2f}")


def compiled(src: Path) -> None:
    print(compile_first({"openlint": src}))


def without_bytecode(src: Path) -> Path:
    """A copy of `src` (and the rules/ beside it) without __pycache__, in a fresh temporary folder."""
    copy = Path(tempfile.mkdtemp(prefix="no-bytecode-"))
    atexit.register(shutil.rmtree, copy, ignore_errors=True)
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(src, copy / "src", ignore=ignore)
    if (src.parent / "rules").is_dir():
        shutil.copytree(src.parent / "rules", copy / "rules", ignore=ignore)
    print(f"no bytecode: PYTHONDONTWRITEBYTECODE=1, {src} copied to {copy / 'src'} without __pycache__")
    return copy / "src"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--compare-src", type=Path, help="another checkout's src/ to time every case from")
    parser.add_argument("--no-bytecode", action="store_true", help="compile every module in every process")
    parser.add_argument("--only", help="time only the cases whose name holds this (and the bare interpreter)")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared directory (default: ../shared)")
    args = parser.parse_args()
    commands = {name: [arg.replace(str(SHARED), str(args.shared)) for arg in cmd] for name, cmd in CASES.items()}
    env: dict[str, str] | None = None
    if args.no_bytecode:
        env = {**SOURCE_ENV, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(without_bytecode(SRC))}
    else:
        compiled(SRC)
    cases: Cases = {name: (cmd, env) for name, cmd in commands.items()}
    if args.compare_src:
        other = args.compare_src.resolve()
        if args.no_bytecode:
            other_env: dict[str, str] | None = {**SOURCE_ENV, "PYTHONDONTWRITEBYTECODE": "1"}
            other_env["PYTHONPATH"] = str(without_bytecode(other))
        else:
            compiled(other)
            other_env = {**SOURCE_ENV, "PYTHONPATH": str(other)}
        for name, cmd in commands.items():
            if name.startswith("openlint "):
                cases[f"{name.removeprefix('openlint ')} [{other.parent.name}]"] = (cmd, other_env)
    if args.only:
        cases = {name: case for name, case in cases.items() if name == "python -c pass" or args.only in name}
    time_cases(cases, args.runs)


if __name__ == "__main__":
    main()
