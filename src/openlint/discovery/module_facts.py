"""What one Python file offers the names in it: top-level constants, classes and their field defaults,
option defaults (argparse, click), imports and OmegaConf-loaded YAML names. Read with `ast` only."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path


def option_dest(call: ast.Call) -> str | None:
    """`add_argument("--model-name", ...)` / `click.option("-m", "--model-name")` -> model_name."""
    for kw in call.keywords:
        if kw.arg == "dest" and isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, str):
            return kw.value.value
    names = [a.value for a in call.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    longs = [n for n in names if n.startswith("--")] or [n for n in names if not n.startswith("-")] or names
    if not longs:
        return None
    return longs[0].lstrip("-").replace("-", "_") or None


def keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((kw.value for kw in call.keywords if kw.arg == name), None)


def func_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return None


@dataclass
class Module:
    """The facts one file offers other names: constants, classes, options, imports, Hydra configs."""

    path: Path
    tree: ast.Module
    constants: dict[str, list[ast.expr]] = field(default_factory=dict)
    classes: dict[str, dict[str, ast.expr]] = field(default_factory=dict)
    options: dict[str, tuple[ast.expr, str]] = field(default_factory=dict)  # dest -> (default, flag)
    imports: dict[str, tuple[str, int, str | None]] = field(default_factory=dict)  # local -> (module, level, name)
    yaml_names: dict[str, Path] = field(default_factory=dict)  # cfg = OmegaConf.load("x.yaml")
    parents: dict[int, ast.AST] = field(default_factory=dict)
    settings_classes: set[str] = field(default_factory=set)  # pydantic-settings: fields read the environment

    @classmethod
    def parse(cls, source: str, path: Path, strict: bool = False) -> Module | None:
        """None for a file that does not parse; with `strict`, a file nested beyond the parser's limits
        raises (RecursionError/MemoryError) so that discovery reports it as not checked."""
        try:
            tree = ast.parse(source, filename=str(path))
        except (RecursionError, MemoryError):
            if strict:
                raise
            return None
        except (SyntaxError, ValueError):
            return None
        module = cls(path, tree)
        module._index()
        return module

    def _index(self) -> None:
        for stmt in self.tree.body:
            self._top_level(stmt)
        for node in ast.walk(self.tree):  # one pass: parents, option defaults, classes
            for child in ast.iter_child_nodes(node):
                self.parents[id(child)] = node
            if isinstance(node, ast.Call) and func_name(node.func) in ("add_argument", "option", "argument"):
                dest = option_dest(node)
                default = keyword(node, "default")
                if dest and default is not None:
                    flag = next((a.value for a in node.args if isinstance(a, ast.Constant)), dest)
                    self.options.setdefault(dest, (default, str(flag)))
            elif isinstance(node, ast.ClassDef):
                self.classes[node.name] = _class_fields(node)
                if any(func_name(base) in ("BaseSettings",) for base in node.bases):
                    self.settings_classes.add(node.name)

    def _top_level(self, stmt: ast.stmt) -> None:
        if isinstance(stmt, ast.Assign):
            for target in stmt.targets:
                if isinstance(target, ast.Name):
                    self.constants.setdefault(target.id, []).append(stmt.value)
                    self._yaml_assignment(target.id, stmt.value)
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.value is not None:
            self.constants.setdefault(stmt.target.id, []).append(stmt.value)
        elif isinstance(stmt, ast.ImportFrom):
            for alias in stmt.names:
                self.imports[alias.asname or alias.name] = (stmt.module or "", stmt.level, alias.name)
        elif isinstance(stmt, ast.Import):
            for alias in stmt.names:
                local = alias.asname or alias.name.split(".")[0]
                self.imports[local] = ((alias.asname and alias.name) or local, 0, None)
        elif isinstance(stmt, (ast.If, ast.Try)):
            for inner in stmt.body:
                self._top_level(inner)

    def _yaml_assignment(self, name: str, value: ast.expr) -> None:
        if isinstance(value, ast.Call) and func_name(value.func) == "load" and value.args:
            arg = value.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value.endswith((".yaml", ".yml")):
                self.yaml_names[name] = Path(arg.value)

    def enclosing(self, node: ast.AST, kind: type[ast.AST] | tuple[type[ast.AST], ...]) -> ast.AST | None:
        current = self.parents.get(id(node))
        while current is not None and not isinstance(current, kind):
            current = self.parents.get(id(current))
        return current


def _class_fields(node: ast.ClassDef) -> dict[str, ast.expr]:
    """Class constants and dataclass / pydantic field defaults (`field(default=...)`, `Field("x")`),
    and `self.x = ...` assignments in its methods."""
    fields: dict[str, ast.expr] = {}
    for stmt in node.body:
        value: ast.expr | None = None
        name: str | None = None
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            name, value = stmt.targets[0].id, stmt.value
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.value is not None:
            name, value = stmt.target.id, stmt.value
        if name is None or value is None:
            continue
        if isinstance(value, ast.Call) and func_name(value.func) in ("field", "Field"):
            value = keyword(value, "default") or (value.args[0] if value.args else None)
        if value is not None:
            fields.setdefault(name, value)
    for method in (s for s in node.body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))):
        for inner in ast.walk(method):
            if isinstance(inner, ast.Assign) and len(inner.targets) == 1:
                target = inner.targets[0]
                if (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "self"
                ):
                    fields.setdefault(target.attr, inner.value)
    return fields
