"""What a name in Python source stands for, read with `ast` alone (nothing is imported or run).

Resolved: module and class constants, a function's own single assignments and parameter defaults,
`+` and f-strings of constants, `str.format` of constants, `os.getenv` / `os.environ.get` defaults,
argparse / click / typer option defaults, dataclass and pydantic field defaults, Hydra and OmegaConf
YAML values, and constants imported from another module of the project. Work is bounded: depth,
files per scan and file size.
"""

from __future__ import annotations

import ast
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from openlint.discovery.found import Value
from openlint.discovery.module_facts import Module, func_name, keyword, option_dest
from openlint.discovery.yaml_values import budgeted_yaml, hydra_config, lookup, read_project_file

MAX_DEPTH = 12  # nested indirections followed for one name
MAX_MODULES = 64  # other project modules and YAML files read for one file's names
MAX_STEPS = 20_000  # expressions evaluated for one file's names
ENV_CALLS = frozenset({"getenv", "get"})


class Resolver:
    """Resolves expressions in one file, following imports into the project under `root`."""

    def __init__(self, module: Module, root: Path, cache: dict[Path, Module | None] | None = None) -> None:
        self.module = module
        self.root = root
        self.cache: dict[Path, Module | None] = cache if cache is not None else {}
        self.budget = [MAX_MODULES]
        self.found: dict[tuple[str, int, Path], Module | None] = {}
        self.steps = MAX_STEPS  # expressions evaluated for the whole file: `A = B + B; B = C + C ...` is bounded

    # -- other modules -------------------------------------------------------------------------
    def _module_at(self, path: Path) -> Module | None:
        if path in self.cache:
            return self.cache[path]
        if self.budget[0] <= 0:
            return None
        self.budget[0] -= 1
        try:
            stat = path.stat()
        except OSError:
            return None
        found = _parsed(str(path), stat.st_mtime_ns, stat.st_size)  # shared by every file of a scan
        self.cache[path] = found
        return found

    def _find_module(self, name: str, level: int, here: Path) -> Module | None:
        key = (name, level, here.parent)
        if key not in self.found:
            self.found[key] = self._search_module(name, level, here)
        return self.found[key]

    def _search_module(self, name: str, level: int, here: Path) -> Module | None:
        parts = [p for p in name.split(".") if p]
        if level:
            base = here.parent
            for _ in range(level - 1):
                base = base.parent
            bases = [base]
        else:
            bases = [here.parent, self.root, self.root / "src"]
        for base in bases:
            candidate = base.joinpath(*parts) if parts else base
            for path in (candidate.with_suffix(".py") if parts else None, candidate / "__init__.py"):
                if path is not None and path.is_file() and _inside(path, self.root):
                    return self._module_at(path)
        return None

    # -- expressions ---------------------------------------------------------------------------
    def value(
        self, node: ast.expr, at: ast.AST | None = None, module: Module | None = None, depth: int = 0
    ) -> Value | None:
        module = module or self.module
        self.steps -= 1
        if depth > MAX_DEPTH or self.steps < 0:
            return None
        if isinstance(node, ast.Constant):
            return Value(node.value) if isinstance(node.value, str) else None
        if isinstance(node, ast.JoinedStr):
            return self._fstring(node, at, module, depth)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left = self.value(node.left, at, module, depth + 1)
            right = self.value(node.right, at, module, depth + 1) if left is not None else None
            if left is None or right is None:
                return None
            return Value(left.text + right.text, (*left.via, *right.via), left.overridable or right.overridable)
        if isinstance(node, ast.Name):
            return self._name(node.id, at, module, depth)
        if isinstance(node, ast.Attribute):
            return self._attribute(node, at, module, depth)
        if isinstance(node, ast.Subscript):
            return self._subscript(node, at, module, depth)
        if isinstance(node, ast.Call):
            return self._call(node, at, module, depth)
        if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or):
            return self.value(node.values[-1], at, module, depth + 1)  # `os.environ.get("M") or "org/x"`
        return None

    def _fstring(self, node: ast.JoinedStr, at: ast.AST | None, module: Module, depth: int) -> Value | None:
        text, via, over = "", list[str](), None
        for part in node.values:
            if isinstance(part, ast.Constant) and isinstance(part.value, str):
                text += part.value
            elif isinstance(part, ast.FormattedValue) and part.format_spec is None and part.conversion in (-1, 115):
                inner = self.value(part.value, at, module, depth + 1)
                if inner is None:
                    return None
                text += inner.text
                via.extend(inner.via)
                over = over or inner.overridable
            else:
                return None
        return Value(text, tuple(via), over)

    def _call(self, node: ast.Call, at: ast.AST | None, module: Module, depth: int) -> Value | None:
        name = func_name(node.func)
        if name in ENV_CALLS and _is_env(node.func) and len(node.args) >= 1:
            var = node.args[0]
            default = node.args[1] if len(node.args) > 1 else keyword(node, "default")
            if default is None or not (isinstance(var, ast.Constant) and isinstance(var.value, str)):
                return None
            found = self.value(default, at, module, depth + 1)
            step = f"default of environment variable {var.value}"
            return found.then(step, f"environment variable {var.value}") if found is not None else None
        if name == "format" and isinstance(node.func, ast.Attribute) and not node.keywords:
            template = self.value(node.func.value, at, module, depth + 1)
            args = [self.value(a, at, module, depth + 1) for a in node.args]
            if template is None or any(a is None for a in args):
                return None
            try:
                text = template.text.format(*(a.text for a in args if a is not None))
            except (IndexError, KeyError, ValueError):
                return None
            return Value(text, template.via, next((a.overridable for a in args if a and a.overridable), None))
        if name in ("Option", "Argument") and (node.args or keyword(node, "default") is not None):
            default = keyword(node, "default") or node.args[0]
            return self.value(default, at, module, depth + 1)
        return None

    def _name(self, name: str, at: ast.AST | None, module: Module, depth: int) -> Value | None:
        function = module.enclosing(at, (ast.FunctionDef, ast.AsyncFunctionDef)) if at is not None else None
        while isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            found = self._local(function, name, at, module, depth)
            if found is not None:
                return found
            function = module.enclosing(function, (ast.FunctionDef, ast.AsyncFunctionDef))
        values = module.constants.get(name)
        if values:
            resolved = [self.value(v, None, module, depth + 1) for v in values]
            texts = {r.text for r in resolved if r is not None}
            if len(texts) == 1 and all(r is not None for r in resolved):
                first = resolved[0]
                assert first is not None
                step = name if module is self.module else f"{name} from {self._display(module.path)}"
                return first.then(step)
            return None  # reassigned to different values: not a constant
        if name in module.imports:
            source, level, attr = module.imports[name]
            if attr is None:
                return None
            other = self._find_module(source, level, module.path)
            if other is None:  # `from pkg import settings`: a module, not a name
                return None
            return self._name(attr, None, other, depth + 1)
        return None

    def _local(self, function: ast.AST, name: str, at: ast.AST | None, module: Module, depth: int) -> Value | None:
        assert isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef))
        assigned = [
            node.value
            for node in ast.walk(function)
            if isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
            and module.enclosing(node, (ast.FunctionDef, ast.AsyncFunctionDef)) is function
        ]
        if len(assigned) == 1:
            return self.value(assigned[0], at, module, depth + 1)
        if assigned:
            return None
        args = function.args
        positional = [*args.posonlyargs, *args.args]
        defaults: dict[str, ast.expr] = dict(
            zip([a.arg for a in positional[len(positional) - len(args.defaults) :]], args.defaults, strict=True)
        )
        defaults.update({a.arg: d for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d is not None})
        if name in defaults:
            found = self.value(defaults[name], None, module, depth + 1)
            option = _option_flag(function, name)
            if found is not None:
                return found.then(f"default of parameter {name}", f"command-line option {option}" if option else None)
        option_default = _decorator_option(function, name)
        if option_default is not None:
            default, flag = option_default
            found = self.value(default, None, module, depth + 1)
            return found.then(f"default of option {flag}", f"command-line option {flag}") if found else None
        return None

    def _attribute(self, node: ast.Attribute, at: ast.AST | None, module: Module, depth: int) -> Value | None:
        chain: list[str] = []
        base: ast.expr = node
        while isinstance(base, ast.Attribute):
            chain.insert(0, base.attr)
            base = base.value
        if not isinstance(base, ast.Name):
            return None
        return self._dotted(base.id, chain, at, module, depth)

    def _subscript(self, node: ast.Subscript, at: ast.AST | None, module: Module, depth: int) -> Value | None:
        chain: list[str] = []
        base: ast.expr = node
        while isinstance(base, (ast.Subscript, ast.Attribute)):
            if isinstance(base, ast.Attribute):
                chain.insert(0, base.attr)
            elif isinstance(base.slice, ast.Constant) and isinstance(base.slice.value, str):
                chain.insert(0, base.slice.value)
            else:
                return None
            base = base.value
        if not isinstance(base, ast.Name):
            return None
        yaml_doc = self._yaml_for(base.id, at, module)
        return lookup(yaml_doc, chain) if yaml_doc is not None else None

    def _dotted(self, name: str, chain: list[str], at: ast.AST | None, module: Module, depth: int) -> Value | None:
        doc = self._yaml_for(name, at, module)
        if doc is not None:
            return lookup(doc, chain)
        if len(chain) != 1:
            return None
        attr = chain[0]
        if (name in module.imports and module.imports[name][2] is None) or _imports_module(module, name):
            source, level, imported = module.imports[name]
            other = self._find_module(source if imported is None else f"{source}.{imported}", level, module.path)
            if other is not None:
                return self._name(attr, None, other, depth + 1)
            home = self._find_module(source, level, module.path) if imported is not None else None
            if home is not None and imported is not None and attr in home.classes.get(imported, {}):
                # `from cfg import Settings` ... `Settings.MODEL`
                return self._field(home, imported, attr, f"{imported}.{attr} from {self._display(home.path)}", depth)
        if name in module.classes and attr in module.classes[name]:
            return self._field(module, name, attr, f"{name}.{attr}", depth)
        if name == "self" and at is not None:
            cls = module.enclosing(at, ast.ClassDef)
            if isinstance(cls, ast.ClassDef) and attr in module.classes.get(cls.name, {}):
                return self._field(module, cls.name, attr, f"{cls.name}.{attr}", depth)
        if attr in module.options:
            default, flag = module.options[attr]
            found = self.value(default, None, module, depth + 1)
            return found.then(f"default of option {flag}", f"command-line option {flag}") if found else None
        owner = self._typed_class(name, at, module)
        if owner is not None:
            home = module if owner in module.classes else self._class_home(owner, module)
            if home is not None and attr in home.classes.get(owner, {}):
                where = "" if home is module else f" from {self._display(home.path)}"
                return self._field(home, owner, attr, f"{owner}.{attr} default{where}", depth)
        owners = [c for c, fields in module.classes.items() if attr in fields]
        if len(owners) == 1:  # one class in the file has this field: its default
            return self._field(module, owners[0], attr, f"{owners[0]}.{attr} default", depth)
        return None

    def _field(self, home: Module, owner: str, attr: str, step: str, depth: int) -> Value | None:
        """A class field's default; a pydantic-settings field can be replaced by its environment variable."""
        found = self.value(home.classes[owner][attr], None, home, depth + 1)
        if found is None:
            return None
        env = f"environment variable {attr.upper()} (pydantic-settings)" if owner in home.settings_classes else None
        return found.then(step, env)

    def _class_home(self, owner: str, module: Module) -> Module | None:
        """The project module an imported class (`from acme.config import TrainConfig`) is defined in."""
        entry = module.imports.get(owner)
        if entry is None or entry[2] is None:
            return None
        home = self._find_module(entry[0], entry[1], module.path)
        return home if home is not None and entry[2] in home.classes else None

    def _typed_class(self, name: str, at: ast.AST | None, module: Module) -> str | None:
        """The class of `name`: a parameter annotated with it, or an assignment from its constructor."""
        function = module.enclosing(at, (ast.FunctionDef, ast.AsyncFunctionDef)) if at is not None else None
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for arg in (*function.args.posonlyargs, *function.args.args, *function.args.kwonlyargs):
                if arg.arg == name and isinstance(arg.annotation, ast.Name):
                    return arg.annotation.id
            scope: ast.AST = function
        else:
            scope = module.tree
        for node in ast.walk(scope):
            if (
                isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
                and isinstance(node.value, ast.Call)
                and isinstance(node.value.func, ast.Name)
            ):
                return node.value.func.id
        return None

    def _yaml_for(self, name: str, at: ast.AST | None, module: Module) -> dict[str, Any] | None:
        """The YAML behind `name`: `OmegaConf.load("x.yaml")`, or the config a `@hydra.main` function gets."""
        if name in module.yaml_names:
            relative = module.yaml_names[name]
            for base in (module.path.parent, self.root):
                path = base / relative
                if _inside(path, self.root):
                    doc = budgeted_yaml(path, self.budget)
                    if isinstance(doc, dict):
                        return {"__source__": self._display(path), **doc}
        function = module.enclosing(at, (ast.FunctionDef, ast.AsyncFunctionDef)) if at is not None else None
        while isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            params = [a.arg for a in (*function.args.posonlyargs, *function.args.args)]
            for decorator in function.decorator_list:
                if isinstance(decorator, ast.Call) and func_name(decorator.func) == "main" and params[:1] == [name]:
                    doc = self._hydra(module, keyword(decorator, "config_path"), keyword(decorator, "config_name"))
                    if doc is not None:
                        return doc
            function = module.enclosing(function, (ast.FunctionDef, ast.AsyncFunctionDef))
        return self._composed(name, at, module)

    def _composed(self, name: str, at: ast.AST | None, module: Module) -> dict[str, Any] | None:
        """Hydra's compose API: `with initialize(config_path="conf"): cfg = compose(config_name="config")`."""
        scope = module.enclosing(at, (ast.FunctionDef, ast.AsyncFunctionDef)) if at is not None else None
        composed = [
            node.value
            for node in ast.walk(scope or module.tree)
            if isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
            and isinstance(node.value, ast.Call)
            and func_name(node.value.func) == "compose"
        ]
        initialised = [
            node
            for node in ast.walk(module.tree)
            if isinstance(node, ast.Call) and func_name(node.func) == "initialize"
        ]
        if len(composed) != 1 or len(initialised) != 1:
            return None
        call = composed[0]
        assert isinstance(call, ast.Call)
        config_name = keyword(call, "config_name") or (call.args[0] if call.args else None)
        return self._hydra(module, keyword(initialised[0], "config_path"), config_name)

    def _hydra(
        self, module: Module, config_path: ast.expr | None, config_name: ast.expr | None
    ) -> dict[str, Any] | None:
        if not (isinstance(config_path, ast.Constant) and isinstance(config_name, ast.Constant)):
            return None
        directory = module.path.parent / str(config_path.value)
        if not _inside(directory, self.root):
            return None
        doc = hydra_config(directory, str(config_name.value), self.budget)
        if doc is None:
            return None
        sources = {k: self._display(v) for k, v in doc.pop("__sources__", {}).items()}
        primary = self._display(directory / f"{str(config_name.value).removesuffix('.yaml')}.yaml")
        return {"__source__": primary, "__sources__": sources, **doc}

    def _display(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except (ValueError, OSError):
            return path.name


def _is_env(func: ast.expr) -> bool:
    """`os.getenv`, `getenv`, `os.environ.get`, `environ.get`."""
    if isinstance(func, ast.Name):
        return func.id == "getenv"
    if isinstance(func, ast.Attribute):
        if func.attr == "getenv":
            return True
        owner = func.value
        return func.attr == "get" and (
            (isinstance(owner, ast.Attribute) and owner.attr == "environ")
            or (isinstance(owner, ast.Name) and owner.id == "environ")
        )
    return False


def _imports_module(module: Module, name: str) -> bool:
    """`from pkg import settings` where pkg/settings.py exists: the name is a module."""
    entry = module.imports.get(name)
    return entry is not None and entry[2] is not None


def _option_flag(function: ast.AST, name: str) -> str | None:
    """A typer parameter (`model: str = typer.Option(...)`) is a command-line option `--model`."""
    assert isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef))
    args = function.args
    command = any(
        isinstance(d, ast.Call) and func_name(d.func) == "command" for d in function.decorator_list
    )  # typer's @app.command(): every parameter with a default is an option
    for arg, default in zip(reversed([*args.posonlyargs, *args.args]), reversed(args.defaults), strict=False):
        if arg.arg == name and (
            command or (isinstance(default, ast.Call) and func_name(default.func) in ("Option", "Argument"))
        ):
            return "--" + name.replace("_", "-")
    return None


def _decorator_option(function: ast.AST, name: str) -> tuple[ast.expr, str] | None:
    """`@click.option("--model", default="x")` on the function whose parameter is `name`."""
    assert isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef))
    for decorator in function.decorator_list:
        if (
            isinstance(decorator, ast.Call)
            and func_name(decorator.func) in ("option", "argument")
            and option_dest(decorator) == name
        ):
            default = keyword(decorator, "default")
            if default is not None:
                flag = next((a.value for a in decorator.args if isinstance(a, ast.Constant)), name)
                return default, str(flag)
    return None


@lru_cache(maxsize=128)
def _parsed(path: str, mtime_ns: int, size: int) -> Module | None:
    """An imported module parsed once per version of the file (a settings module many files import)."""
    source = read_project_file(Path(path))
    return Module.parse(source, Path(path)) if source is not None else None


def _inside(path: Path, root: Path) -> bool:
    try:
        return os.path.realpath(path).startswith(os.path.realpath(root) + os.sep)
    except (OSError, ValueError):
        return False
