"""Project configuration: `[tool.openlint]` in pyproject.toml or `openlint.toml`, env vars, CLI flags."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from functools import cache
from pathlib import Path
from typing import Any, get_args, get_origin, get_type_hints

from openlint import safetoml
from openlint.core.config_types import Distribution as Distribution
from openlint.core.config_types import Evidence as Evidence
from openlint.core.config_types import IgnoreRule as IgnoreRule
from openlint.core.config_types import ModelDecl as ModelDecl
from openlint.core.config_types import ReleaseComponent as ReleaseComponent
from openlint.core.config_types import ReleaseDecl as ReleaseDecl
from openlint.core.config_types import RequiredOpenness as RequiredOpenness
from openlint.core.config_types import Settings as Settings
from openlint.core.config_types import Severity as Severity
from openlint.core.config_types import UseProfile as UseProfile
from openlint.errors import ConfigError
from openlint.safeio import CONFIG, InputRefused, read_text

CONFIG_FILES = ("openlint.toml", "pyproject.toml")


@dataclass(frozen=True)
class Config:
    """Settings plus where they came from (for locations in findings)."""

    settings: Settings
    path: Path | None = None
    root: Path = field(default_factory=Path.cwd)
    lines: Mapping[str, int] = field(default_factory=dict)

    def line_of(self, key: str) -> int | None:
        return self.lines.get(key)


def validated(raw: Any, path: Path | str, prefix: str) -> Settings:
    """`raw` (a TOML table, or settings as dicts) as Settings, else ConfigError naming file and key.
    The plain validator decides; pydantic (slow to import) is loaded only to word a rejection, and its
    verdict stands if the two ever disagree."""
    from openlint.core.config_validate import settings_from

    settings = settings_from(raw)
    if settings is not None:
        return settings
    from openlint.core.config_models import problem

    message, model = problem(raw, path, prefix)
    if message is not None:
        raise ConfigError(message)
    assert model is not None
    settings = settings_from(model.model_dump())
    if settings is None:
        raise ConfigError(f"{path}: settings accepted by the schema but not by openlint (please report this)")
    return settings


def find_config(start: Path) -> Path | None:
    """Walk up from `start` to the first openlint.toml, or pyproject.toml with [tool.openlint]."""
    here = start.resolve()
    if here.is_file():
        here = here.parent
    for directory in (here, *here.parents):
        candidate = directory / "openlint.toml"
        if candidate.is_file() or candidate.is_symlink() or candidate.exists():
            return candidate  # a directory, FIFO or dangling link too: load_config refuses it, never skipped
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
    except InputRefused as exc:  # names the file itself
        raise ConfigError(str(exc)) from None
    except OSError as exc:  # a dangling link, a permission: its reason without the path again
        raise ConfigError(f"{path}: {exc.strerror or exc}") from None
    except ValueError as exc:  # also integers over Python's digit limit
        raise ConfigError(f"{path}: {exc}") from None
    except (RecursionError, MemoryError):
        raise ConfigError(f"{path}: nested too deeply to read") from None
    in_pyproject = path.name == "pyproject.toml"
    raw: Any = data.get("tool", {}).get("openlint", {}) if in_pyproject else data
    prefix = "tool.openlint" if in_pyproject else "openlint"
    _reject_control_characters(raw, path, prefix)
    settings = replace(validated(raw, path, prefix), online=False)  # a repository never turns the network on
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


USE_FIELDS = {f.name.replace("_", "-"): f.name for f in fields(UseProfile)}


@cache
def _use_type(name: str) -> Any:
    """The type a use field holds, `None` and constraints left out: `bool`, `int`, `str` or `tuple`.
    Evaluated only for --use and OPENLINT_USE_* (the annotations are strings until asked for)."""
    hint = get_type_hints(UseProfile)[name]
    held = next((arg for arg in get_args(hint) if arg is not type(None)), hint)
    return get_origin(held) or held


def parse_use_assignment(text: str) -> tuple[str, Any]:
    """`monthly-active-users=80000000` -> ("monthly_active_users", "80000000") for --use / env."""
    key, sep, value = text.partition("=")
    key = key.strip().lower().replace("_", "-")
    if not sep or key not in USE_FIELDS:
        known = ", ".join(sorted(USE_FIELDS))
        raise ConfigError(f"--use expects KEY=VALUE with KEY one of: {known}; got {text!r}")
    name = USE_FIELDS[key]
    held = _use_type(name)
    parsed: Any = value.strip()
    if name == "monthly_active_users_by_month":  # =2024-06:650000000,2024-07:700000000
        parsed = {}
        for item in _split(value):
            month, colon, figure = item.partition(":")
            if not colon:
                raise ConfigError(f"{key} expects MONTH:USERS pairs (e.g. 2024-06:650000000), got {item!r}")
            parsed[month.strip()] = _integer(key, figure)
    elif held is tuple:
        parsed = _split(value)
    elif held is bool:
        parsed = _flag(key, value)
    elif held is int:
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
    as_of: str | None = None,
) -> Config:
    """Layer OPENLINT_* environment variables, then CLI flags, over the file's settings."""
    env = os.environ if environ is None else environ
    base = asdict(config.settings)
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
    if env.get("OPENLINT_AS_OF", "").strip():
        base["as_of"] = env["OPENLINT_AS_OF"].strip()
    if as_of is not None:  # the check date: --as-of wins over the environment and the file
        base["as_of"] = as_of
    base["use"] = {**base["use"], **use_updates}
    settings = validated(base, "command line / environment", "openlint")
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
