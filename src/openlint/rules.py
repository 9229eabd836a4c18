"""Check rules: one TOML file each, conditions written in CEL, compiled and type-checked at load."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from openlint import rule_contract, safetoml
from openlint._data import data_dir
from openlint.errors import RuleError

VARIABLES = tuple(rule_contract.VARIABLES)
# `requires` names use keys as the config spells them (hyphens), for the location of a finding.
USE_FIELD_NAMES = frozenset(name.replace("_", "-") for name in set(rule_contract.USE) - rule_contract.USE_DERIVED)


class RuleSpec(BaseModel):
    """A rule file as written."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(pattern=r"^[A-Z]{2,5}\d{3}$")
    name: str = Field(pattern=r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
    severity: Literal["error", "warning", "note"]
    # obligation: once per obligation; license: once per license of a model; model: once per model
    scope: Literal["obligation", "license", "model"] = "obligation"
    summary: str = Field(min_length=1)
    rationale: str = Field(min_length=1)
    remediation: str = Field(min_length=1)
    example: str = Field(min_length=1)
    applies: str = "true"
    requires: tuple[str, ...] = ()
    condition: str
    message: str = Field(min_length=1)
    # When true (CEL), the rule cannot decide from what is declared: an undecided note with this message.
    undecided: str = "false"
    # Use keys whose config line locates a finding (first one declared); `{...}` placeholders are filled in.
    at: tuple[str, ...] = ()
    undecided_message: str = "cannot decide: declare the facts this rule needs"


@dataclass(frozen=True)
class Rule:
    spec: RuleSpec
    path: Path
    applies: Any
    condition: Any
    undecided: Any = None

    @property
    def reads(self) -> frozenset[str]:
        """Every `variable.field` the rule's expressions and message read."""
        spec = self.spec
        return rule_contract.reads((spec.applies, spec.condition, spec.undecided, spec.message, spec.undecided_message))

    @property
    def code(self) -> str:
        return self.spec.code

    @property
    def name(self) -> str:
        return self.spec.name


@lru_cache(maxsize=1)
def _env() -> Any:
    from cel_expr_python import cel

    dyn_map = cel.Type.Map(cel.Type.STRING, cel.Type.DYN)
    return cel.NewEnv(variables=dict.fromkeys(VARIABLES, dyn_map))


def compile_expression(path: Path | str, field: str, source: str) -> Any:
    """Compile a boolean CEL expression over use/license/obligation/model, naming where it came from."""
    return _compile(path, field, source)


def _compile(path: Path | str, field: str, source: str) -> Any:
    from cel_expr_python import cel

    unknown = rule_contract.unknown_references(source)
    if unknown:
        raise RuleError(f"{path}: {field}: unknown field {', '.join(unknown)} (see docs/rule-contract.md)")

    try:
        compiled = _env().compile(source)
    except RuntimeError as exc:
        detail = " ".join(str(exc).split())
        raise RuleError(f"{path}: {field}: CEL error: {detail}") from None
    result = compiled.return_type()
    if not (result == cel.Type.BOOL or result == cel.Type.DYN):
        raise RuleError(f"{path}: {field}: must be a boolean CEL expression, not {result.name()}")
    return compiled


def load_rule(path: Path) -> Rule:
    try:
        from openlint import safeio

        raw = safetoml.loads(safeio.read_text(path, safeio.RULES, errors="strict"))
    except (OSError, ValueError) as exc:
        raise RuleError(f"{path}: {exc}") from None
    except (RecursionError, MemoryError):
        raise RuleError(f"{path}: nested too deeply to read") from None
    try:
        spec = RuleSpec.model_validate(raw)
    except ValidationError as exc:
        detail = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        raise RuleError(f"{path}: {detail}") from None
    if path.stem != f"{spec.code}-{spec.name}":
        raise RuleError(f"{path}: file name must be '{spec.code}-{spec.name}.toml'")
    unknown = sorted(set(spec.requires) - USE_FIELD_NAMES)
    if unknown:
        raise RuleError(f"{path}: requires: unknown use fields {unknown}")
    templates = (("message", spec.message), ("undecided_message", spec.undecided_message))
    for field, template in (*templates, *(("at", key) for key in spec.at)):
        placeholders = [m.group(1) for m in _PLACEHOLDER.finditer(template)]
        bad = rule_contract.unknown_references(" ".join(placeholders))
        if bad:
            raise RuleError(f"{path}: {field}: unknown field {', '.join(bad)} (see docs/rule-contract.md)")
    return Rule(
        spec,
        path,
        _compile(path, "applies", spec.applies),
        _compile(path, "condition", spec.condition),
        _compile(path, "undecided", spec.undecided),
    )


def builtin_rule_dir() -> Path:
    return data_dir() / "checks"


def load_rules(directories: Iterable[Path]) -> list[Rule]:
    """Rules from each directory (sorted by code); duplicate codes or names are errors."""
    rules: list[Rule] = []
    seen: dict[str, Path] = {}
    for directory in directories:
        if not directory.is_dir():
            raise RuleError(f"{directory}: rule directory not found")
        for path in sorted(directory.glob("*.toml")):
            rule = load_rule(path)
            for key in (rule.code, rule.name):
                if key in seen:
                    raise RuleError(f"{path}: '{key}' is already defined in {seen[key]}")
                seen[key] = path
            rules.append(rule)
    return sorted(rules, key=lambda r: r.code)


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


def render_message(template: str, data: Mapping[str, Any]) -> str:
    """Fill `{use.monthly_active_users}` placeholders; `{a.b|text}` gives a fallback, else '?'."""

    def substitute(match: re.Match[str]) -> str:
        node: Any = data
        for part in match.group(1).split("."):
            if not isinstance(node, Mapping) or part not in node:
                return match.group(2) if match.group(2) is not None else "?"
            node = node[part]
        return _show(node)

    return _PLACEHOLDER.sub(substitute, template)
