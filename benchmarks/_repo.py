"""Benchmarks measure this checkout's source, never whatever openlint happens to be installed."""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"
# For child processes (`python -m openlint ...`): the checkout's src first on the import path.
SOURCE_ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))


def compile_first(sources: dict[str, Path]) -> str:
    """Compile each named source tree to bytecode before anything is timed, and the line saying so. Where
    PYTHONDONTWRITEBYTECODE is set (many CI images), an editable checkout otherwise recompiles every module
    in every process and a benchmark times the compiler (compileall writes the bytecode regardless)."""
    for src in sources.values():
        compileall.compile_dir(str(src), quiet=1)
    return "bytecode compiled first (compileall) for: " + ", ".join(f"{name} ({src})" for name, src in sources.items())


def add_baseline(commit: str, where: Path) -> Path:
    """A detached git worktree of `commit` at `where` (remove it with remove_baseline); its src directory."""
    subprocess.run(
        ["git", "-C", str(REPO), "worktree", "add", "--detach", str(where), commit], check=True, capture_output=True
    )
    return where / "src"


def remove_baseline(where: Path) -> None:
    if where.exists():
        subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(where)], check=False)


def load_average() -> str:
    """The 1, 5 and 15 minute load averages, to print beside figures from a shared machine."""
    loadavg = Path("/proc/loadavg")
    return " ".join(loadavg.read_text().split()[:3]) if loadavg.exists() else "?"
