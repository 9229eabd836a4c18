"""Project configuration: `[tool.openlint]` in pyproject.toml or `openlint.toml`, env vars, CLI flags."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

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

from openlint import safetoml
from openlint.errors import ConfigError
from openlint.safeio import CONFIG, read_text

Distribution = Literal["internal", "saas", "weights", "derivative-weights"]
Severity = Literal["error", "warning", "note"]
RequiredOpenness = Literal["open-source-ai", "open-weights", "mof-class-1", "mof-class-2", "mof-class-3"]

CONFIG_FILES = ("openlint.toml", "pyproject.toml")


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


@dataclass(frozen=True)
class Config:
    """Settings plus where they came from (for locations in findings)."""

    settings: Settings
    path: Path | None = None
    root: Path = field(default_factory=Path.cwd)
    lines: Mapping[str, int] = field(default_factory=dict)

    def line_of(self, key: str) -> int | None:
        return self.lines.get(key)


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


def find_config(start: Path) -> Path | None:
    """Walk up from `start` to the first openlint.toml, or pyproject.toml with [tool.openlint]."""
    here = start.resolve()
    if here.is_file():
        here = here.parent
    for directory in (here, *here.parents):
        candidate = directory / "openlint.toml"
        if candidate.is_file():
            return candidate
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = safetoml.loads(read_text(pyproject, CONFIG, errors="strict"))
            except (OSError, ValueError, RecursionError, MemoryError):
                return pyproject  # let load_config report the problem
            if "openlint" in data.get("tool", {}):
                return pyproject
    return None


def _line_index(text: str, in_pyproject: bool) -> dict[str, int]:
    """Line numbers of tables and keys (tomllib keeps none), for finding locations."""
    prefix = "tool.openlint." if in_pyproject else ""
    lines: dict[str, int] = {}
    table = ""
    model_count = -1
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        header = re.fullmatch(r"\[\[?\s*([A-Za-z0-9_.\-\"]+)\s*\]\]?(?:\s*#.*)?", line)
        if header:
            table = header.group(1)
            if line.startswith("[[") and table == f"{prefix}models":
                model_count += 1
                lines[f"models.{model_count}"] = number
            elif table.startswith(prefix.rstrip(".")) or not in_pyproject:
                lines.setdefault(table.removeprefix(prefix), number)
            continue
        key = re.match(r"([A-Za-z0-9_\-]+)\s*=", line)
        if key:
            section = table.removeprefix(prefix) if table != prefix.rstrip(".") else ""
            if section == "models":
                section = f"models.{model_count}"
            dotted = f"{section}.{key.group(1)}" if section else key.group(1)
            lines.setdefault(dotted, number)
    return lines


def load_config(path: Path) -> Config:
    """Read and validate a config file; unknown keys are errors naming key and file."""
    try:
        text = read_text(path, CONFIG, errors="strict")
        data = safetoml.loads(text)
    except (OSError, ValueError) as exc:  # ValueError: also integers over Python's digit limit
        raise ConfigError(f"{path}: {exc}") from None
    except (RecursionError, MemoryError):
        raise ConfigError(f"{path}: nested too deeply to read") from None
    in_pyproject = path.name == "pyproject.toml"
    raw: Any = data.get("tool", {}).get("openlint", {}) if in_pyproject else data
    prefix = "tool.openlint" if in_pyproject else "openlint"
    _reject_control_characters(raw, path, prefix)
    try:
        settings = Settings.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(_format_error(path, exc, prefix)) from None
    settings = settings.model_copy(update={"online": False})  # a repository never turns the network on
    return Config(settings=settings, path=path, root=path.parent, lines=_line_index(text, in_pyproject))


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _reject_control_characters(raw: Any, path: Path, prefix: str) -> None:
    """Config strings become paths, ids and messages: a NUL byte (which paths cannot hold) or a
    terminal escape is a one-line error naming the key, never a traceback later."""
    stack: list[tuple[Any, str]] = [(raw, prefix)]
    while stack:
        value, where = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                if _CONTROL.search(str(key)):
                    raise ConfigError(f"{path}: {where}: a key contains control characters")
                stack.append((item, f"{where}.{key}"))
        elif isinstance(value, list):
            stack.extend((item, f"{where}[{n}]") for n, item in enumerate(value))
        elif isinstance(value, str) and _CONTROL.search(value):
            raise ConfigError(f"{path}: {where}: control characters (such as NUL) are not allowed")


def _split(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def _flag(name: str, value: str) -> bool:
    lowered = value.strip().lower()
    if lowered not in {"true", "false", "1", "0", "yes", "no"}:
        raise ConfigError(f"{name} must be true or false, got {value!r}")
    return lowered in {"true", "1", "yes"}


USE_FIELDS = {name.replace("_", "-"): name for name in UseProfile.model_fields}


def parse_use_assignment(text: str) -> tuple[str, Any]:
    """`monthly-active-users=80000000` -> ("monthly_active_users", "80000000") for --use / env."""
    key, sep, value = text.partition("=")
    key = key.strip().lower().replace("_", "-")
    if not sep or key not in USE_FIELDS:
        known = ", ".join(sorted(USE_FIELDS))
        raise ConfigError(f"--use expects KEY=VALUE with KEY one of: {known}; got {text!r}")
    name = USE_FIELDS[key]
    annotation = str(UseProfile.model_fields[name].annotation)
    parsed: Any = value.strip()
    if name == "monthly_active_users_by_month":  # =2024-06:650000000,2024-07:700000000
        parsed = {}
        for item in _split(value):
            month, colon, figure = item.partition(":")
            if not colon:
                raise ConfigError(f"{key} expects MONTH:USERS pairs (e.g. 2024-06:650000000), got {item!r}")
            parsed[month.strip()] = _integer(key, figure)
    elif "tuple" in annotation:
        parsed = _split(value)
    elif "bool" in annotation:
        parsed = _flag(key, value)
    elif "int" in annotation:
        parsed = _integer(key, value)
    return name, parsed


def _integer(name: str, value: str) -> int:
    cleaned = value.strip().replace("_", "")
    if not re.fullmatch(r"\d{1,19}", cleaned):
        raise ConfigError(f"{name} must be a whole number (e.g. 700000000), got {value!r}")
    return int(cleaned)


def apply_overrides(
    config: Config,
    *,
    environ: Mapping[str, str] | None = None,
    fail_on: str | None = None,
    ignore: list[str] | None = None,
    use: list[str] | None = None,
    online: bool | None = None,
    require_models: bool | None = None,
) -> Config:
    """Layer OPENLINT_* environment variables, then CLI flags, over the file's settings."""
    env = os.environ if environ is None else environ
    base = config.settings.model_dump(by_alias=False)
    use_updates: dict[str, Any] = {}
    for var, value in env.items():
        if var.startswith("OPENLINT_USE_"):
            name, parsed = parse_use_assignment(var.removeprefix("OPENLINT_USE_").lower() + "=" + value)
            use_updates[name] = parsed
    if "OPENLINT_FAIL_ON" in env:
        base["fail_on"] = env["OPENLINT_FAIL_ON"].strip().lower()
    if "OPENLINT_IGNORE" in env:
        base["ignore"] = [*base["ignore"], *_split(env["OPENLINT_IGNORE"])]
    if env.get("OPENLINT_REQUIRE_MODELS", "").strip():
        base["require_models"] = _flag("OPENLINT_REQUIRE_MODELS", env["OPENLINT_REQUIRE_MODELS"])
    for assignment in use or []:
        name, parsed = parse_use_assignment(assignment)
        use_updates[name] = parsed
    if fail_on is not None:
        base["fail_on"] = fail_on
    if ignore:
        base["ignore"] = [*base["ignore"], *ignore]
    # Network access is the choice of whoever runs openlint (--online, or the API's argument), never
    # of the repository being checked: its config's `online` and the environment are not honoured.
    base["online"] = bool(online)
    if require_models is not None:
        base["require_models"] = require_models
    base["use"] = {**base["use"], **use_updates}
    try:
        settings = Settings.model_validate(base)
    except ValidationError as exc:
        raise ConfigError(_format_error("command line / environment", exc, "openlint")) from None
    return Config(settings=settings, path=config.path, root=config.root, lines=config.lines)


def discover(target: Path, explicit: Path | None = None) -> Config:
    """The config for a target path: an explicit file, else found by walking up, else defaults."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: config file not found")
        return load_config(explicit)
    found = find_config(target)
    if found is None:
        root = target.resolve() if target.is_dir() else target.resolve().parent
        return Config(settings=Settings(), path=None, root=root)
    return load_config(found)
