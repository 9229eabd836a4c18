"""Run the CLI on hostile input under a timeout and an address-space cap, so a regression (a hang,
an unbounded read, a blow-up) fails the test instead of hanging or exhausting CI."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

TIMEOUT = 60  # seconds: generous, the shared machine is noisy; the bugs this guards against hang
MEMORY = 1_500_000_000  # bytes of address space for the child


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m openlint ARGS`; raises subprocess.TimeoutExpired (a test failure) when it hangs."""
    environ = {**os.environ, "NO_COLOR": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "openlint", *args],
        cwd=cwd,
        env=environ,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=TIMEOUT,
        preexec_fn=_limit,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert "Traceback" not in result.stdout, result.stdout[-2000:]


def make_deep(base: Path, levels: int, leaf: dict[str, str] | None = None) -> None:
    """`levels` nested directories named d under base (built with relative steps: an absolute path
    that deep would exceed PATH_MAX), with `leaf` files in the deepest."""
    here = os.getcwd()
    os.chdir(base)
    try:
        for _ in range(levels):
            os.mkdir("d")
            os.chdir("d")
        for name, text in (leaf or {}).items():
            Path(name).write_text(text, encoding="utf-8")
    finally:
        os.chdir(here)


def remove_deep(base: Path) -> None:
    """Remove what make_deep built, iteratively (shutil.rmtree and pytest's cleanup recurse)."""
    here = os.getcwd()
    os.chdir(base)
    depth = 0
    try:
        while os.path.isdir("d"):
            os.chdir("d")
            depth += 1
        for _ in range(depth):
            for name in os.listdir("."):
                os.unlink(name)
            os.chdir("..")
            os.rmdir("d")
    finally:
        os.chdir(here)
