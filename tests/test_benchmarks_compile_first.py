"""Benchmarks that time openlint in child processes compile bytecode first (issue 17): where
PYTHONDONTWRITEBYTECODE is set, an editable checkout recompiles every module in every process, and the
figures would time the compiler. The benchmarks are scripts, not imported here: their sources are read."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

from conftest import REPO

BENCHMARKS = REPO / "benchmarks"
_TIMERS = ("perf_counter", "process_time", "getrusage", "timeit")
_CHILDREN = ("subprocess", "Popen")
# Benchmarks that time child processes but print no performance figure of openlint, with why.
EXEMPT = {
    "mutations.py": "times each mutant's test run to report progress; its figure is the mutants caught",
}


def _calls(source: str, name: str) -> int:
    return sum(
        isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name
        for node in ast.walk(ast.parse(source))
    )


def _timing_children(path: Path) -> bool:
    source = path.read_text(encoding="utf-8")
    return any(timer in source for timer in _TIMERS) and any(child in source for child in _CHILDREN)


@pytest.mark.parametrize("path", sorted(BENCHMARKS.glob("*.py")), ids=lambda path: path.name)
def test_a_benchmark_timing_child_processes_compiles_first(path: Path) -> None:
    if not _timing_children(path) or path.name in EXEMPT:
        return
    assert _calls(path.read_text(encoding="utf-8"), "compile_first") >= 1, path.name


def test_the_exemptions_still_time_child_processes() -> None:
    """An exemption for a benchmark that no longer times child processes is stale."""
    for name in EXEMPT:
        assert _timing_children(BENCHMARKS / name), name


def test_compile_first_writes_bytecode_even_where_writing_it_is_switched_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = importlib.util.spec_from_file_location("bench_repo", BENCHMARKS / "_repo.py")
    assert spec is not None and spec.loader is not None
    repo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(repo)
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "mod.py").write_text("X = 1\n")
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.setattr("sys.dont_write_bytecode", True)
    line = repo.compile_first({"pkg": package})
    assert [p.name.split(".")[0] for p in (package / "__pycache__").glob("*.pyc")] == ["mod"]
    assert line == f"bytecode compiled first (compileall) for: pkg ({package})"
