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
    assert "openlint.checking.engine" in graph["openlint.checking.checker"]
    assert "openlint.safeio" in graph["openlint.core.config"]  # `from openlint.safeio import ...`
    assert "openlint.schema_versions" in graph["openlint.audit.run"]  # `from openlint import schema_versions`


def test_relative_imports_count(tmp_path: Path) -> None:
    module = ast.parse("from .engine import Report\nfrom .. import safeio\nfrom ...openlint import cli\n")
    found = [_absolute(node, "openlint.checking.gate", tmp_path / "gate.py") for node in module.body]
    assert found == ["openlint.checking.engine", "openlint", "openlint"]
    init = ast.parse("from .registry import CHECK\n").body[0]
    assert isinstance(init, ast.ImportFrom)
    assert _absolute(init, "openlint.output", tmp_path / "__init__.py") == "openlint.output.registry"


def test_no_import_cycles() -> None:
    assert cycles(import_graph()) == []


# The layers, lowest first: a module imports only from its own layer or one below. `openlint` (the public
# API's lazy re-exports) and `openlint.__main__` sit above them all.
FOUNDATION = ("openlint._data", "openlint.errors", "openlint.safeio", "openlint.safetoml", "openlint.schema_versions")
LAYERS = (
    "foundation",
    "core",
    "text",
    "sources",
    "discovery",
    "openness",
    "fix",
    "checking",
    "audit",
    "bom",
    "output",
    "cli",
)
TOP = ("openlint", "openlint.__main__")


def layer_of(module: str) -> str:
    if module in FOUNDATION:
        return "foundation"
    parts = module.split(".")
    if len(parts) >= 2 and parts[1] in LAYERS:
        return parts[1]
    raise AssertionError(f"{module} is in no layer: put it in a feature package (docs/architecture.md)")


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    return sorted(
        f"{module} -> {target}"
        for module, targets in graph.items()
        if module not in TOP
        for target in targets
        if LAYERS.index(layer_of(target)) > LAYERS.index(layer_of(module))
    )


def test_every_module_is_in_a_layer() -> None:
    for module in import_graph():
        assert module in TOP or layer_of(module) in LAYERS


def test_the_package_has_no_loose_modules() -> None:
    """Only the foundation leaves and the entry points live at the top; everything else is in a package."""
    loose = {_module_name(p) for p in PACKAGE.glob("*.py")}
    assert loose == {*FOUNDATION, *TOP}


def test_no_upward_imports() -> None:
    assert upward_imports(import_graph()) == []


def test_the_layer_check_finds_an_upward_import() -> None:
    graph = {"openlint.core.config": {"openlint.openness.mof", "openlint.errors"}, "openlint.openness.mof": set()}
    graph["openlint.errors"] = set()
    assert upward_imports(graph) == ["openlint.core.config -> openlint.openness.mof"]


def test_foundation_imports_only_foundation() -> None:
    graph = import_graph()
    assert {t for m in FOUNDATION for t in graph[m]} <= set(FOUNDATION)


# Finer rules inside the layers: (importer prefix, imported prefix)
FORBIDDEN = [
    ("openlint.checking", "openlint.output"),  # the engine never imports a reporter
    ("openlint.core.findings", "openlint.output"),
    ("openlint.sources.hub", "openlint.text"),  # the Hub client fetches texts; reading them is above it
    ("openlint.checking.release", "openlint.audit"),  # release reads cards through sources/, not audit
    ("openlint.fix.cardfix", "openlint.checking.release"),
    ("openlint.core.config", "openlint.openness"),  # config validates MOF component names from core/
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
