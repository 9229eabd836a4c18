"""`[tool.openlint]` validated in plain Python: what `openlint check` runs on every commit.

Accepts exactly what the pydantic models in config_models accept, with the same values, for every
value a TOML file holds (and the settings `apply_overrides` re-validates); tests/test_config_equivalence.py
proves it over generated configs. A rejection returns None and config_models words the error, so the
messages are pydantic's own. Where this is stricter than pydantic (bytes for text, a set for a list:
nothing TOML produces), pydantic's verdict stands (see config.validated). The checks of a value's
meaning (territories, vocabularies, MOF names, a model's id or path) are shared with config_models.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import MISSING, fields
from typing import Any, get_args

from openlint.core.config_types import (
    Distribution,
    Evidence,
    IgnoreRule,
    ModelDecl,
    ReleaseComponent,
    ReleaseDecl,
    RequiredOpenness,
    Settings,
    Severity,
    UseProfile,
)


class _Rejected(Exception):
    """The input is not valid; pydantic says why."""


Check = Callable[[Any], Any]

_TRUE = frozenset({"1", "on", "t", "true", "y", "yes"})
_FALSE = frozenset({"0", "off", "f", "false", "n", "no"})
MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    raise _Rejected


def _flag(value: Any) -> bool:
    """A strict boolean: true or false only."""
    if isinstance(value, bool):
        return value
    raise _Rejected


def _lax_flag(value: Any) -> bool:
    """pydantic's lax bool: also 0/1, 0.0/1.0 and yes/no, on/off, t/f, y/n, true/false in any case."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.lower() in _TRUE | _FALSE:
        return value.lower() in _TRUE
    raise _Rejected


def _count(value: Any) -> int:
    """A strict whole number, 0 or more (never a boolean or a float)."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    raise _Rejected


def _choice(literal: Any) -> Check:
    allowed = frozenset(get_args(literal))

    def check(value: Any) -> Any:
        if isinstance(value, str) and value in allowed:
            return value
        raise _Rejected

    return check


def _optional(check: Check) -> Check:
    return lambda value: None if value is None else check(value)


def _each(check: Check) -> Check:
    def checked(value: Any) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise _Rejected
        return tuple(check(item) for item in value)

    return checked


def _then(check: Check, after: Callable[[Any], Any]) -> Check:
    """`after` on the checked value (a field validator); its ValueError rejects."""

    def checked(value: Any) -> Any:
        try:
            return after(check(value))
        except ValueError:
            raise _Rejected from None

    return checked


def _record(cls: type, checks: dict[str, Check], after: Callable[[Any], None] | None = None) -> Check:
    """A table as `cls`: keys are field names in kebab-case or as written (not both), no unknown key,
    every field without a default present; then `after` on the record (its ValueError rejects)."""
    declared = fields(cls)
    if list(checks) != [f.name for f in declared]:  # a field added to config_types needs its check here
        raise TypeError(f"config_validate: the checks of {cls.__name__} are not its fields, in order")
    by_key = {name.replace("_", "-"): name for name in checks}
    required = {f.name for f in declared if f.default is MISSING and f.default_factory is MISSING}

    def check(value: Any) -> Any:
        if not isinstance(value, dict):
            raise _Rejected
        kwargs: dict[str, Any] = {}
        for key, item in value.items():
            name = by_key.get(key)
            if name is None and key in checks and key.replace("_", "-") not in value:
                name = key
            if name is None:
                raise _Rejected  # unknown key, or a field written both ways
            kwargs[name] = checks[name](item)
        if not required <= kwargs.keys():
            raise _Rejected
        built = cls(**kwargs)
        if after is not None:
            try:
                after(built)
            except ValueError:
                raise _Rejected from None
        return built

    return check


def territories(values: tuple[str, ...] | None) -> tuple[str, ...] | None:
    from openlint.core.vocabulary import check_territory

    return None if values is None else tuple(check_territory(v, "region") for v in values)


def domicile(value: str | None) -> str | None:
    from openlint.core.vocabulary import check_territory

    return None if value is None else check_territory(value, "headquarters", allow_groups=False)


def vocabulary(which: str) -> Callable[[tuple[str, ...] | None], tuple[str, ...] | None]:
    """The check of `use_cases` or `trains`: known words, compared trimmed and in lower case."""

    def check(values: tuple[str, ...] | None) -> tuple[str, ...] | None:
        from openlint.core.vocabulary import check_choice, model_classes, use_cases

        if values is None:
            return None
        known, what = (use_cases(), "use case") if which == "use_cases" else (model_classes(), "model class")
        return tuple(check_choice(v.strip().lower(), set(known), what) for v in values)

    return check


def _month_pairs(value: Any) -> tuple[tuple[str, int], ...] | None:
    """A table {"2024-06" = 650_000_000} (sorted by month) or a list of [month, users] pairs."""
    if value is None:
        return None
    if isinstance(value, Mapping):
        value = tuple(sorted(value.items()))
    elif not isinstance(value, list | tuple):
        raise _Rejected
    pairs = []
    for pair in value:
        if not isinstance(pair, list | tuple) or len(pair) != 2:
            raise _Rejected
        month, users = _text(pair[0]), _count(pair[1])
        if not MONTH.fullmatch(month):
            raise _Rejected
        pairs.append((month, users))
    return tuple(pairs)


def mof_component(name: str) -> str:
    """A release component's MOF name, from that name or an alias."""
    from openlint.core.mof_components import ALIASES, component_name

    known = component_name(name)
    if known is None:
        raise ValueError(f"unknown component '{name}' (use a MOF name or one of: {', '.join(sorted(ALIASES))})")
    return known


def named(model: ModelDecl) -> None:
    if not model.id and not model.path:
        raise ValueError("a model needs an 'id' or a 'path'")


_TEXT, _FLAG, _COUNT, _TEXTS = _optional(_text), _optional(_flag), _optional(_count), _optional(_each(_text))

_USE = _record(
    UseProfile,
    {
        "commercial": _FLAG,
        "production": _FLAG,
        "distribution": _optional(_each(_choice(Distribution))),
        "monthly_active_users": _COUNT,
        "product_monthly_active_users": _COUNT,
        "monthly_active_users_by_month": _month_pairs,
        "daily_active_users": _COUNT,
        "annual_revenue_usd": _COUNT,
        "regions": _then(_TEXTS, territories),
        "headquarters": _then(_TEXT, domicile),
        "fine_tunes": _FLAG,
        "trains_other_models": _FLAG,
        "trains": _then(_TEXTS, vocabulary("trains")),
        "derivative_name": _TEXT,
        "use_cases": _then(_TEXTS, vocabulary("use_cases")),
        "claims_open_source": _FLAG,
    },
)
_MODEL = _record(ModelDecl, {"id": _TEXT, "license": _TEXT, "path": _TEXT}, after=named)
_IGNORE = _record(IgnoreRule, {"rule": _text, "models": _each(_text), "paths": _each(_text), "reason": _TEXT})
_EVIDENCE = _record(Evidence, {"attribution": _TEXT, "notice": _TEXT, "license": _TEXT})
_COMPONENT = _record(
    ReleaseComponent,
    {"name": _then(_text, mof_component), "released": _lax_flag, "location": _TEXT, "license": _TEXT},
)
_RELEASE = _record(
    ReleaseDecl,
    {
        "name": _TEXT,
        "license": _TEXT,
        "code_license": _TEXT,
        "data_license": _TEXT,
        "document_license": _TEXT,
        "components": _each(_COMPONENT),
    },
)


def _rule_or_table(value: Any) -> str | IgnoreRule:
    return value if isinstance(value, str) else _IGNORE(value)


_SETTINGS = _record(
    Settings,
    {
        "fail_on": _choice(Severity),
        "ignore": _each(_rule_or_table),
        "rules": _each(_text),
        "licenses": _each(_text),
        "baseline": _TEXT,
        "use": _USE,
        "models": _each(_MODEL),
        "evidence": _EVIDENCE,
        "require_openness": _optional(_choice(RequiredOpenness)),
        "release": _optional(_RELEASE),
        "online": _lax_flag,
        "require_models": _lax_flag,
    },
)


def settings_from(raw: Any) -> Settings | None:
    """`raw` validated as Settings, or None when pydantic would reject it (config_models says why)."""
    try:
        settings: Settings = _SETTINGS(raw)
    except _Rejected:
        return None
    return settings
