"""The package's import graph: no cycles, and no module imports from a layer above its own.

Every `import` counts, including the lazy ones inside functions (they are imports all the same)."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "openlint"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _absolute(node: ast.ImportFrom, importer: str, path: Path) -> str | None:
    """The module a `from ... import` names, a relative one (`from .engine import x`) resolved."""
    if node.level == 0:
        return node.module
    package = importer.split(".") if path.name == "__init__.py" else importer.split(".")[:-1]
    base = package[: len(package) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


@cache
def import_graph() -> dict[str, set[str]]:
    files = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            module = _absolute(node, name, path) if isinstance(node, ast.ImportFrom) else None
            if isinstance(node, ast.ImportFrom) and module is not None and module.startswith("openlint"):
                for alias in node.names:  # `from openlint import safeio` imports the module openlint.safeio
                    candidate = f"{module}.{alias.name}"
                    targets.add(candidate if candidate in files else module)
            elif isinstance(node, ast.Import):
                targets.update(a.name for a in node.names if a.name.startswith("openlint"))
        graph[name] = {t for t in targets if t in files and t not in (name, "openlint")}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for succ in sorted(graph.get(node, ())):
            if succ not in index:
                visit(succ)
                low[node] = min(low[node], low[succ])
            elif succ in on_stack:
                low[node] = min(low[node], index[succ])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_is_read_from_the_sources() -> None:
    graph = import_graph()
    assert "openlint.engine" in graph["openlint.checker"]
    assert "openlint.safeio" in graph["openlint.config"]  # `from openlint.safeio import ...`
    assert "openlint.schema_versions" in graph["openlint.audit"]  # `from openlint import schema_versions`


def test_relative_imports_count(tmp_path: Path) -> None:
    module = ast.parse("from .engine import Report\nfrom . import safeio\nfrom ..openlint import cli\n")
    found = [_absolute(node, "openlint.findings", tmp_path / "findings.py") for node in module.body]
    assert found == ["openlint.engine", "openlint", "openlint"]
    init = ast.parse("from .registry import CHECK\n").body[0]
    assert isinstance(init, ast.ImportFrom)
    assert _absolute(init, "openlint.output", tmp_path / "__init__.py") == "openlint.output.registry"


def test_no_import_cycles() -> None:
    assert cycles(import_graph()) == []


# (importer prefix, imported prefix): a lower layer never imports a higher one
FORBIDDEN = [
    ("openlint.engine", "openlint.output"),  # the engine never imports a reporter
    ("openlint.checker", "openlint.output"),
    ("openlint.rules", "openlint.output"),
    ("openlint.findings", "openlint.output"),
    ("openlint.sources", "openlint.output"),
    ("openlint.sources", "openlint.engine"),
    ("openlint.sources", "openlint.cli"),
    ("openlint.text", "openlint.output"),
    ("openlint.text", "openlint.engine"),
    ("openlint.hub", "openlint.text"),  # the Hub client fetches texts; reading them is above it
    ("openlint.release", "openlint.audit"),  # release reads cards through sources/, not audit
    ("openlint.cardfix", "openlint.release"),
    ("openlint.schema_versions", "openlint."),  # a leaf every layer may use
]


@pytest.mark.parametrize(("importer", "imported"), FORBIDDEN)
def test_no_upward_import(importer: str, imported: str) -> None:
    graph = import_graph()
    offending = sorted(
        f"{module} -> {target}"
        for module, targets in graph.items()
        if module == importer or module.startswith(importer + ".")
        for target in targets
        if target.startswith(imported)
    )
    assert offending == []
