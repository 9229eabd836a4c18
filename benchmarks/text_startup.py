"""What the text reader costs before it reads anything: the generated anchor table's size, the time
to compile it and to load it from bytecode, and importing openlint.text.read in a fresh process,
each beside a baseline checkout measured in the same run (issue 17).

    mkdir -p /tmp/anchor-base && git archive e2c4df6 src rules | tar -x -C /tmp/anchor-base
    python benchmarks/text_startup.py --baseline-src /tmp/anchor-base/src [--runs 15]

Import time is the child's CPU time (user+sys) of `python -c "import openlint.text.read"` less that
of a bare `python -c pass`, medians of interleaved rounds (background load hits both alike): with
bytecode compiled first, and without (a copy of src/ without __pycache__ under
PYTHONDONTWRITEBYTECODE, as an editable checkout in such an image runs). The table's compile and
load times are the least of 20 in this process.
"""

from __future__ import annotations

import argparse
import marshal
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _repo import SRC, compile_first

TABLE = Path("openlint") / "text" / "_anchor_table.py"


def least(action: Callable[[], object], times: int = 20) -> float:
    best = float("inf")
    for _ in range(times):
        start = time.process_time()
        action()
        best = min(best, time.process_time() - start)
    return best


def table_figures(src: Path) -> tuple[int, int, int, float, float]:
    """Bytes, lines, bytecode bytes of the table; ms to compile it, ms to load and run its bytecode."""
    text = (src / TABLE).read_text(encoding="utf-8")
    code = compile(text, str(src / TABLE), "exec")
    data = marshal.dumps(code)
    compile_ms = least(lambda: compile(text, str(src / TABLE), "exec")) * 1000
    load_ms = least(lambda: exec(marshal.loads(data), {})) * 1000
    return len(text.encode("utf-8")), text.count("\n"), len(data), compile_ms, load_ms


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cpu_of(code: str, env: dict[str, str]) -> float:
    before = children_cpu()
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    return children_cpu() - before


def without_bytecode(src: Path, into: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(src, into / "src", ignore=ignore)
    if (src.parent / "rules").is_dir():
        shutil.copytree(src.parent / "rules", into / "rules", ignore=ignore)
    return into / "src"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline-src", type=Path, required=True, help="src/ of the checkout to compare with")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    checkouts = {"this": SRC.resolve(), "baseline": args.baseline_src.resolve()}
    print(f"load average at start: {os.getloadavg()[0]:.1f} (2-core machine shared with other work)")
    print(f"{'checkout':9} {'table bytes':>11} {'lines':>6} {'bytecode':>9} {'compile ms':>10} {'load ms':>8}")
    for name, src in checkouts.items():
        size, lines, pyc, compile_ms, load_ms = table_figures(src)
        print(f"{name:9} {size:11,} {lines:6,} {pyc:9,} {compile_ms:10.2f} {load_ms:8.3f}")
    base_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE")}
    with tempfile.TemporaryDirectory(prefix="text-startup-") as tmp:
        envs: dict[str, dict[str, str]] = {}
        print(compile_first(checkouts))
        for name, src in checkouts.items():
            envs[f"{name}, bytecode"] = {**base_env, "PYTHONPATH": str(src)}
            copy = without_bytecode(src, Path(tmp) / name)
            envs[f"{name}, no bytecode"] = {**base_env, "PYTHONPATH": str(copy), "PYTHONDONTWRITEBYTECODE": "1"}
        import_cpu: dict[str, list[float]] = {case: [] for case in envs}
        bare: list[float] = []
        for env in envs.values():  # warm-up: file cache
            cpu_of("import openlint.text.read", env)
        for _ in range(args.runs):
            bare.append(cpu_of("pass", base_env))
            for case, env in envs.items():
                import_cpu[case].append(cpu_of("import openlint.text.read", env))
    base = statistics.median(bare)
    print(f"\nimport openlint.text.read: CPU ms beyond a bare interpreter ({base * 1000:.1f} ms)", end="")
    print(f", medians of {args.runs}")
    for case, values in import_cpu.items():
        print(f"  {case:22} {(statistics.median(values) - base) * 1000:7.1f}")
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
