"""The pydantic models of `[tool.openlint]`: the schema's source of truth (scripts/gen_schemas.py), and
the one-line error when the plain validator (config_validate) rejects a config. Loaded only then:
importing pydantic costs more than a whole `openlint check` of a small project.
tests/test_config_equivalence.py proves both accept and reject the same configs with the same values."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    Strict,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from openlint.core.config_types import Distribution, RequiredOpenness, Severity


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", alias_generator=_kebab, populate_by_name=True, frozen=True)


StrictInt = Annotated[int, Strict(), Field(ge=0)]
StrictFlag = Annotated[bool, Strict()]


class UseProfile(_Strict):
    """How the project intends to use its models. `None` means "not declared". Vocabularies (territories,
    use cases, model classes) are data in rules/; see docs/check.md and docs/legal-model.md."""

    commercial: StrictFlag | None = None
    production: StrictFlag | None = None  # serves real users or business processes, beyond research/evaluation
    distribution: tuple[Distribution, ...] | None = None
    # Group-wide: the products and services of the licensee and its affiliates (Llama §2), this month.
    monthly_active_users: StrictInt | None = None
    # The one product or service that uses the model (caps that count a product, e.g. Tongyi Qianwen §4).
    product_monthly_active_users: StrictInt | None = None
    # Group-wide figures of past calendar months ("YYYY-MM"), for caps measured at a release date.
    # Kept as sorted (month, users) pairs so the profile stays hashable like the rest of the settings.
    monthly_active_users_by_month: tuple[tuple[str, StrictInt], ...] | None = None
    daily_active_users: StrictInt | None = None
    annual_revenue_usd: StrictInt | None = None  # group-wide (licensee and affiliates)
    regions: tuple[str, ...] | None = None  # where the product is offered and used
    headquarters: str | None = None  # where the licensee is established (domicile / principal place of business)
    fine_tunes: StrictFlag | None = None
    trains_other_models: StrictFlag | None = None
    trains: tuple[str, ...] | None = None  # classes of model trained with the model or its outputs
    derivative_name: str | None = None
    use_cases: tuple[str, ...] | None = None
    claims_open_source: StrictFlag | None = None

    @field_validator("regions")
    @classmethod
    def _iso_codes(cls, value: tuple[str, ...] | None) -> tuple[str, ...] | None:
        from openlint.core.vocabulary import check_territory

        return None if value is None else tuple(check_territory(v, "region") for v in value)

    @field_validator("headquarters")
    @classmethod
    def _domicile(cls, value: str | None) -> str | None:
        from openlint.core.vocabulary import check_territory

        return None if value is None else check_territory(value, "headquarters", allow_groups=False)

    @field_validator("use_cases", "trains")
    @classmethod
    def _in_vocabulary(cls, value: tuple[str, ...] | None, info: ValidationInfo) -> tuple[str, ...] | None:
        from openlint.core.vocabulary import check_choice, model_classes, use_cases

        if value is None:
            return None
        known, what = (use_cases(), "use case") if info.field_name == "use_cases" else (model_classes(), "model class")
        return tuple(check_choice(v.strip().lower(), set(known), what) for v in value)

    @field_validator("monthly_active_users_by_month", mode="before")
    @classmethod
    def _month_pairs(cls, value: Any) -> Any:
        if isinstance(value, Mapping):
            return tuple(sorted(value.items()))
        if value is not None and not isinstance(value, list | tuple):
            raise ValueError('must be a table of months, e.g. { "2024-06" = 650_000_000 }')
        return value

    @field_validator("monthly_active_users_by_month")
    @classmethod
    def _months(cls, value: tuple[tuple[str, int], ...] | None) -> tuple[tuple[str, int], ...] | None:
        if value is not None:
            bad = [m for m, _ in value if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", m)]
            if bad:
                raise ValueError(f'months must be written YYYY-MM (e.g. "2024-06"), got {bad}')
        return value


class ModelDecl(_Strict):
    """A model the project uses: a Hub id and/or a local directory, and optionally its license."""

    id: str | None = None
    license: str | None = None
    path: str | None = None

    @model_validator(mode="after")
    def _named(self) -> ModelDecl:
        if not self.id and not self.path:
            raise ValueError("a model needs an 'id' or a 'path'")
        return self

    @property
    def label(self) -> str:
        return self.id or str(self.path)


class IgnoreRule(_Strict):
    rule: str
    models: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()
    reason: str | None = None


class Evidence(_Strict):
    """Files that prove an obligation is fulfilled (checked, not trusted)."""

    attribution: str | None = None
    notice: str | None = None
    license: str | None = None


class ReleaseComponent(_Strict):
    """One component of the project's own model release, for what the card cannot say."""

    name: str
    released: bool = True
    location: str | None = None
    license: str | None = None

    @field_validator("name")
    @classmethod
    def _mof_name(cls, value: str) -> str:
        from openlint.core.mof_components import ALIASES, component_name

        known = component_name(value)
        if known is None:
            raise ValueError(f"unknown component '{value}' (use a MOF name or one of: {', '.join(sorted(ALIASES))})")
        return known


class ReleaseDecl(_Strict):
    """`[tool.openlint.release]`: the components a model release ships, where, and under which license."""

    name: str | None = None
    license: str | None = None  # the distribution license, inherited by components without their own
    code_license: str | None = None
    data_license: str | None = None
    document_license: str | None = None
    components: tuple[ReleaseComponent, ...] = ()


class Settings(_Strict):
    fail_on: Severity = "error"
    ignore: tuple[str | IgnoreRule, ...] = ()
    rules: tuple[str, ...] = ()
    licenses: tuple[str, ...] = ()
    baseline: str | None = None
    use: UseProfile = UseProfile()
    models: tuple[ModelDecl, ...] = ()
    evidence: Evidence = Evidence()
    require_openness: RequiredOpenness | None = None
    release: ReleaseDecl | None = None
    online: bool = False  # set only by --online / the API argument; `online = true` in a file is ignored
    require_models: bool = False  # fail (exit 2) when no model's license was found and checked


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


def problem(raw: Any, path: Path | str, prefix: str) -> tuple[str | None, Settings | None]:
    """pydantic's verdict on `raw`: the one-line error naming file and key, or the validated model."""
    try:
        return None, Settings.model_validate(raw)
    except ValidationError as exc:
        return _format_error(path, exc, prefix), None
