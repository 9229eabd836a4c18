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
from types import UnionType
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from openlint.core.config_types import (
    Evidence,
    IgnoreRule,
    ModelDecl,
    ReleaseComponent,
    ReleaseDecl,
    Settings,
    UseProfile,
)
from openlint.core.constraints import Strict


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


def as_of_date(value: str | None) -> str | None:
    """`as-of`: a real calendar date written YYYY-MM-DD (ISO 8601)."""
    if value is None:
        return None
    import datetime

    text = value.strip()
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError
        datetime.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f'as-of must be a date written YYYY-MM-DD (e.g. "2026-12-01"), got {value!r}') from None
    return text


def mof_component(name: str) -> str:
    """A release component's MOF name, from that name or an alias."""
    from openlint.core.mof_components import ALIASES, component_name

    known = component_name(name)
    if known is None:
        raise ValueError(f"unknown component '{name}' (use a MOF name or one of: {', '.join(sorted(ALIASES))})")
    return known


def inside_project(value: str | None) -> str | None:
    """An evidence path: relative to the project and inside it. Evidence is what the project shows its users;
    a file outside it (`../../shared/llama-license.txt`, `/etc/...`) proves nothing about the project."""
    if value is None:
        return None
    import posixpath

    path = value.strip().replace("\\", "/")
    normal = posixpath.normpath(path) if path else "."
    if (
        not path
        or path.startswith(("/", "~"))
        or (len(path) > 1 and path[1] == ":")
        or normal == ".."
        or normal.startswith("../")
    ):
        raise ValueError(f"must be a file inside the project, relative to its root (got {value!r})")
    return value


# Distributions in which the project itself hands the model's weights on: it holds the model, so it is not only an
# end user of a product someone else integrated it into. ("saas" is not here: fixtures/scenarios holds a Hunyuan
# end user of a licensee's product that offers its own service as valid input, labelled clear.)
HANDS_ON_WEIGHTS = ("weights", "derivative-weights")


def consistent_use(use: UseProfile) -> None:
    """A use profile that contradicts itself is bad input, never a pass on the reading that clears it."""
    if use.end_user_of_integrated_product and use.distribution:
        own = [d for d in use.distribution if d in HANDS_ON_WEIGHTS]
        if own:
            listed = ", ".join(f'"{d}"' for d in own)
            raise ValueError(
                f"end-user-of-integrated-product = true contradicts distribution = [{listed}]: a project that "
                "distributes the weights itself is not only an end user of a product that incorporates them"
            )


def named(model: ModelDecl) -> None:
    if not model.id and not model.path:
        raise ValueError("a model needs an 'id' or a 'path'")


def _first_of(checks: tuple[Check, ...]) -> Check:
    """A union (`str | IgnoreRule`): the first alternative that accepts the value."""

    def check(value: Any) -> Any:
        for option in checks:
            try:
                return option(value)
            except _Rejected:
                continue
        raise _Rejected

    return check


def _check_of(annotation: Any, records: Mapping[type, Check]) -> Check:
    """The check of a field's type, as pydantic validates it: Strict-marked flags and counts strictly, a
    plain bool laxly, a Literal as a choice, a tuple item by item, a nested dataclass as its record."""
    if isinstance(annotation, str):
        raise TypeError(f"config_validate: the type {annotation!r} is postponed (`from __future__ import annotations`)")
    if isinstance(annotation, type) and annotation in records:
        return records[annotation]
    if annotation is str:
        return _text
    if annotation is bool:
        return _lax_flag
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Literal:
        return _choice(annotation)
    if origin is Annotated and any(isinstance(mark, Strict) for mark in args[1:]):
        if args[0] is bool:
            return _flag
        if args[0] is int and all(mark.minimum == 0 for mark in args[1:] if isinstance(mark, Strict)):
            return _count
    if origin in (Union, UnionType):
        options = tuple(_check_of(arg, records) for arg in args if arg is not type(None))
        check = options[0] if len(options) == 1 else _first_of(options)
        return _optional(check) if type(None) in args else check
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _each(_check_of(args[0], records))
    raise TypeError(f"config_validate: no plain check for the type {annotation!r}")


def _derived(
    cls: type,
    records: dict[type, Check],
    then: Mapping[str, Callable[[Any], Any]] | None = None,
    instead: Mapping[str, Check] | None = None,
    after: Callable[[Any], None] | None = None,
) -> Check:
    """The record check of dataclass `cls`, each field's check derived from its declared type (config_types
    is the one list of the fields); `then`: a field's validator run on its checked value, `instead`: a
    field's own check (both as config_models gives them to pydantic). Stored in `records` for the
    dataclasses that nest it."""
    hints = {f.name: f.type for f in fields(cls)}  # the types themselves (config_types does not postpone them)
    names = list(hints)
    then, instead = then or {}, instead or {}
    if not {*then, *instead} <= set(names):
        raise TypeError(f"config_validate: {cls.__name__} has no field {sorted({*then, *instead} - set(names))}")
    checks: dict[str, Check] = {}
    for name in names:
        check = instead.get(name) or _check_of(hints[name], records)
        checks[name] = _then(check, then[name]) if name in then else check
    records[cls] = made = _record(cls, checks, after)
    return made


_RECORDS: dict[type, Check] = {}
_derived(
    UseProfile,
    _RECORDS,
    then={
        "regions": territories,
        "headquarters": domicile,
        "trains": vocabulary("trains"),
        "use_cases": vocabulary("use_cases"),
    },
    instead={"monthly_active_users_by_month": _month_pairs},
    after=consistent_use,
)
_derived(ModelDecl, _RECORDS, after=named)
_derived(IgnoreRule, _RECORDS)
_derived(Evidence, _RECORDS, then=dict.fromkeys(("attribution", "notice", "license"), inside_project))
_derived(ReleaseComponent, _RECORDS, then={"name": mof_component})
_derived(ReleaseDecl, _RECORDS)
_SETTINGS = _derived(Settings, _RECORDS, then={"as_of": as_of_date})


def settings_from(raw: Any) -> Settings | None:
    """`raw` validated as Settings, or None when pydantic would reject it (config_models says why)."""
    try:
        settings: Settings = _SETTINGS(raw)
    except _Rejected:
        return None
    return settings
