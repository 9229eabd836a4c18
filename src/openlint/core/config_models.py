"""The pydantic models of `[tool.openlint]`, derived from the dataclasses of config_types (the one
declaration of every setting): the JSON Schema (scripts/gen_schemas.py), and the one-line error when the
plain validator (config_validate) rejects a config. Loaded only then: importing pydantic costs more than
a whole `openlint check` of a small project. tests/test_config_equivalence.py proves both accept and
reject the same configs with the same values."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from openlint.core import config_types as declared
from openlint.core import config_validate as checks
from openlint.core.model_from_dataclass import model_from_dataclass


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", alias_generator=_kebab, populate_by_name=True, frozen=True)


def _month_pairs(value: Any) -> Any:
    """The TOML table {"2024-06" = 650_000_000} as sorted (month, users) pairs, before the pairs are checked."""
    if isinstance(value, Mapping):
        return tuple(sorted(value.items()))
    if value is not None and not isinstance(value, list | tuple):
        raise ValueError('must be a table of months, e.g. { "2024-06" = 650_000_000 }')
    return value


def _months(value: tuple[tuple[str, int], ...] | None) -> tuple[tuple[str, int], ...] | None:
    if value is not None:
        bad = [m for m, _ in value if not checks.MONTH.fullmatch(m)]
        if bad:
            raise ValueError(f'months must be written YYYY-MM (e.g. "2024-06"), got {bad}')
    return value


def _named(model: Any) -> Any:
    checks.named(model)
    return model


def _consistent(use: Any) -> Any:
    checks.consistent_use(use)
    return use


def _models() -> dict[type, type[BaseModel]]:
    """Each dataclass's model, nested ones first, with the checks pydantic's types do not make."""
    use_checks = {
        "_regions": field_validator("regions")(staticmethod(checks.territories)),
        "_headquarters": field_validator("headquarters")(staticmethod(checks.domicile)),
        "_use_cases": field_validator("use_cases")(staticmethod(checks.vocabulary("use_cases"))),
        "_trains": field_validator("trains")(staticmethod(checks.vocabulary("trains"))),
        "_month_pairs": field_validator("monthly_active_users_by_month", mode="before")(staticmethod(_month_pairs)),
        "_months": field_validator("monthly_active_users_by_month")(staticmethod(_months)),
        "_consistent": model_validator(mode="after")(_consistent),
    }
    validators: dict[type, dict[str, Any]] = {
        declared.UseProfile: use_checks,
        declared.ModelDecl: {"_named": model_validator(mode="after")(_named)},
        declared.ReleaseComponent: {"_name": field_validator("name")(staticmethod(checks.mof_component))},
        declared.Settings: {"_as_of": field_validator("as_of")(staticmethod(checks.as_of_date))},
        declared.Evidence: {
            "_inside": field_validator("attribution", "notice", "license")(staticmethod(checks.inside_project))
        },
    }
    models: dict[type, type[BaseModel]] = {}
    for cls in (
        declared.UseProfile,
        declared.ModelDecl,
        declared.IgnoreRule,
        declared.Evidence,
        declared.ReleaseComponent,
        declared.ReleaseDecl,
        declared.Settings,
    ):
        models[cls] = model_from_dataclass(cls, _Strict, models, validators.get(cls))
    return models


MODELS = _models()
UseProfile = MODELS[declared.UseProfile]
ModelDecl = MODELS[declared.ModelDecl]
IgnoreRule = MODELS[declared.IgnoreRule]
Evidence = MODELS[declared.Evidence]
ReleaseComponent = MODELS[declared.ReleaseComponent]
ReleaseDecl = MODELS[declared.ReleaseDecl]
Settings = MODELS[declared.Settings]


_MESSAGES = {
    "bool_type": "must be true or false (a TOML boolean, not a string or number)",
    "int_type": "must be a whole number (e.g. 700_000_000), not a string or boolean",
    "greater_than_equal": "must be 0 or more",
}


def _format_error(path: Path | str, error: ValidationError, prefix: str) -> str:
    parts = []
    for item in error.errors():
        loc = ".".join(str(p) for p in item["loc"])
        where = f"{prefix}.{loc}" if loc else prefix
        if item["type"] == "extra_forbidden":
            parts.append(f"unknown key '{where}'")
        elif item["type"] in ("tuple_type", "list_type") and isinstance(item.get("input"), str):
            value = item["input"]
            key = where.rsplit(".", 1)[-1]
            parts.append(f"{where} must be a list, e.g. {key} = [{json.dumps(value)}], not {json.dumps(value)}")
        else:
            parts.append(f"{where}: {_MESSAGES.get(item['type'], item['msg'].removeprefix('Value error, '))}")
    return f"{path}: " + "; ".join(parts)


def problem(raw: Any, path: Path | str, prefix: str) -> tuple[str | None, BaseModel | None]:
    """pydantic's verdict on `raw`: the one-line error naming file and key, or the validated model."""
    try:
        return None, Settings.model_validate(raw)
    except ValidationError as exc:
        return _format_error(path, exc, prefix), None
