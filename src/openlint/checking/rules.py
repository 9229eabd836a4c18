"""Check rules: one TOML file each, conditions written in CEL, compiled and type-checked at load."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from openlint import safetoml
from openlint._data import data_dir
from openlint.checking import rule_contract
from openlint.checking.rule_spec import RuleSpec as RuleSpec
from openlint.core.config import USE_FIELDS
from openlint.errors import RuleError

VARIABLES = tuple(rule_contract.VARIABLES)


@dataclass(frozen=True)
class Rule:
    spec: RuleSpec
    path: Path
    applies: Any
    condition: Any
    undecided: Any = None
    error_when: Any = None
    warning_when: Any = None

    @property
    def reads(self) -> frozenset[str]:
        """Every `variable.field` the rule's expressions and message read."""
        spec = self.spec
        return rule_contract.reads(
            (
                spec.applies,
                spec.condition,
                spec.undecided,
                spec.error_when,
                spec.warning_when,
                spec.message,
                spec.undecided_message,
            )
        )

    @property
    def code(self) -> str:
        return self.spec.code

    @property
    def name(self) -> str:
        return self.spec.name


# The built-in rules, validated and stored as one JSON file by scripts/build_rule_index.py (start-up
# time matters in pre-commit hooks); tests/test_rule_index.py checks it is current.
INDEX_NAME = "_index.json"
INDEX_FORMAT = 1


@lru_cache(maxsize=1)
def _env() -> Any:
    from cel_expr_python import cel

    dyn_map = cel.Type.Map(cel.Type.STRING, cel.Type.DYN)
    return cel.NewEnv(variables=dict.fromkeys(VARIABLES, dyn_map))


def _compile(path: Path | str, field: str, source: str) -> Any:
    """A compiled boolean CEL expression over use/license/obligation/model; RuleError naming where it came from."""
    compiled = _compile_source(source)
    if isinstance(compiled, str):
        raise RuleError(f"{path}: {field}: {compiled}")
    return compiled


class LazyProgram:
    """A CEL expression compiled when first evaluated: a run compiles only the conditions it reaches. For
    expressions already checked to compile (the shipped index, the shipped conditions catalog)."""

    __slots__ = ("_compiled", "field", "path", "source")

    def __init__(self, path: Path | str, field: str, source: str) -> None:
        self.path, self.field, self.source = path, field, source
        self._compiled: Any = None

    def program(self) -> Any:
        if self._compiled is None:
            self._compiled = _compile(self.path, self.field, self.source)
        return self._compiled

    def eval(self, data: Mapping[str, Any]) -> Any:
        return self.program().eval(data=data)


@lru_cache(maxsize=512)
def _compile_source(source: str) -> Any:
    """A compiled program, or the problem as a string; many rules share an expression ("true", "false")."""
    from cel_expr_python import cel

    unknown = rule_contract.unknown_references(source)
    if unknown:
        return f"unknown field {', '.join(unknown)} (see docs/rule-contract.md)"
    try:
        compiled = _env().compile(source)
    except RuntimeError as exc:
        return f"CEL error: {' '.join(str(exc).split())}"
    result = compiled.return_type()
    if not (result == cel.Type.BOOL or result == cel.Type.DYN):
        return f"must be a boolean CEL expression, not {result.name()}"
    return compiled


def read_spec(path: Path) -> RuleSpec:
    """A rule file read and validated (not yet compiled)."""
    try:
        from openlint import safeio

        raw = safetoml.loads(safeio.read_text(path, safeio.RULES, errors="strict"))
    except (OSError, ValueError) as exc:
        raise RuleError(f"{path}: {exc}") from None
    except (RecursionError, MemoryError):
        raise RuleError(f"{path}: nested too deeply to read") from None
    from pydantic import ValidationError

    from openlint.checking.rule_file_model import RuleSpec as RuleFile

    try:
        return RuleSpec(**RuleFile.model_validate(raw).model_dump())
    except ValidationError as exc:
        detail = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        raise RuleError(f"{path}: {detail}") from None


def load_rule(path: Path, spec: RuleSpec | None = None) -> Rule:
    """A rule file compiled; `spec` is the file's validated content when it is already known (from the
    shipped index, whose expressions were compiled when it was built: they are compiled when first used)."""
    compile_now = spec is None
    if spec is None:
        spec = read_spec(path)
    if path.stem != f"{spec.code}-{spec.name}":
        raise RuleError(f"{path}: file name must be '{spec.code}-{spec.name}.toml'")
    unknown = sorted(set(spec.requires) - USE_FIELDS.keys())  # use keys as the config spells them
    if unknown:
        raise RuleError(f"{path}: requires: unknown use fields {unknown}")
    templates = (("message", spec.message), ("undecided_message", spec.undecided_message))
    for field, template in (*templates, *(("at", key) for key in spec.at)):
        placeholders = [m.group(1) for m in _PLACEHOLDER.finditer(template)]
        bad = rule_contract.unknown_references(" ".join(placeholders))
        if bad:
            raise RuleError(f"{path}: {field}: unknown field {', '.join(bad)} (see docs/rule-contract.md)")
    compile = _compile if compile_now else LazyProgram
    return Rule(
        spec,
        path,
        compile(path, "applies", spec.applies),
        compile(path, "condition", spec.condition),
        compile(path, "undecided", spec.undecided),
        compile(path, "error_when", spec.error_when) if spec.error_when != "false" else None,
        compile(path, "warning_when", spec.warning_when) if spec.warning_when != "false" else None,
    )


def builtin_rule_dir() -> Path:
    return data_dir() / "checks"


def _indexed_specs(directory: Path, paths: list[Path]) -> dict[str, RuleSpec]:
    """Validated specs of the built-in rules from the shipped index, for the files whose name and content
    hash it records; any other file (or a missing or stale index) is read from its TOML."""
    if directory != builtin_rule_dir():
        return {}
    try:
        doc = json.loads((directory / INDEX_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(doc, dict) or doc.get("format") != INDEX_FORMAT:
        return {}
    entries = doc.get("rules", {})
    specs: dict[str, RuleSpec] = {}
    for path in paths:
        entry = entries.get(path.name)
        if entry is None or entry.get("sha256") != _digest(path):
            continue
        # Validated by scripts/build_rule_index.py when the index was written from these files.
        fields: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in entry["spec"].items()}
        try:
            specs[path.name] = RuleSpec(**fields)
        except TypeError:  # an index from another version: read this file from its TOML
            continue
    return specs


def _digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def index_entry(path: Path) -> dict[str, Any]:
    """What the index records for one rule file (used by scripts/build_rule_index.py)."""
    spec = load_rule(path).spec
    return {"sha256": _digest(path), "spec": asdict(spec)}


def load_rules(directories: Iterable[Path]) -> list[Rule]:
    """Rules from each directory (sorted by code); duplicate codes or names are errors."""
    rules: list[Rule] = []
    seen: dict[str, Path] = {}
    for directory in directories:
        if not directory.is_dir():
            raise RuleError(f"{directory}: rule directory not found")
        paths = sorted(directory.glob("*.toml"))
        indexed = _indexed_specs(directory, paths)
        for path in paths:
            rule = load_rule(path, indexed.get(path.name))
            for key in (rule.code, rule.name):
                if key in seen:
                    raise RuleError(f"{path}: '{key}' is already defined in {seen[key]}")
                seen[key] = path
            rules.append(rule)
    return sorted(rules, key=lambda r: r.code)


def fix_actions(rules: Iterable[Rule]) -> dict[str, str]:
    """Rule code -> the `fix` its file names (rule_contract.FIX_ACTIONS), for `check --fix`."""
    return {rule.code: rule.spec.fix for rule in rules if rule.spec.fix is not None}


@dataclass(frozen=True)
class Outcome:
    value: bool | None
    error: str | None = None


def evaluate(compiled: Any, data: Mapping[str, Any]) -> Outcome:
    """Evaluate a compiled CEL expression; an evaluation error is reported, not raised."""
    from cel_expr_python import cel

    try:
        result = compiled.eval(data=data)
    except RuntimeError as exc:  # CEL's sandbox stopped it: bounded work, so a gate cannot pass
        if "budget" in str(exc).lower():
            raise RuleError(
                "a rule condition exceeded CEL's iteration budget: the project's use profile or data is too large"
            ) from None
        raise RuleError(f"a rule condition failed: {' '.join(str(exc).split())[:200]}") from None
    if result.type() == cel.Type.ERROR:
        return Outcome(None, " ".join(str(result.value()).split()))
    value = result.value()
    if not isinstance(value, bool):
        return Outcome(None, f"expected a boolean, got {value!r}")
    return Outcome(value)


_PLACEHOLDER = re.compile(r"\{([a-z_]+(?:\.[a-z_]+)+)(?:\|([^{}]*))?\}")


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, list | tuple):
        return ", ".join(_show(v) for v in value)
    return str(value)


_FIELD = r"(\{[a-z_]+(?:\.[a-z_]+)+(?:\|[^{}]*)?\})"
# A section citation `§{...}` with what separates it from the rest of its parenthesis: " (§{s})",
# "(§{s}; ...", "(§{s}, ...", "..., §{s})", or alone.
_SECTION = re.compile(rf" \(§{_FIELD}\)|(?<=\()§{_FIELD}[;,] |[;,] §{_FIELD}(?=\))|§{_FIELD}")


def render_message(template: str, data: Mapping[str, Any]) -> str:
    """Fill `{use.monthly_active_users}` placeholders; `{a.b|text}` gives a fallback, else '?'. A section
    citation `§{obligation.section}` whose value is empty (an obligation read from a text has no section)
    is left out with its separator, never shown as "(§)"."""

    def substitute(match: re.Match[str]) -> str:
        node: Any = data
        for part in match.group(1).split("."):
            if not isinstance(node, Mapping) or part not in node:
                return match.group(2) if match.group(2) is not None else "?"
            node = node[part]
        return _show(node)

    def cite(match: re.Match[str]) -> str:
        field = next(group for group in match.groups() if group is not None)
        return "" if _PLACEHOLDER.sub(substitute, field) == "" else match.group(0)

    return _PLACEHOLDER.sub(substitute, _SECTION.sub(cite, template))
