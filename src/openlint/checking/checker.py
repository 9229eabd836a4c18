"""`openlint.check()`: the project check as a library call (no printing, no exiting)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from openlint.checking.baseline import DEFAULT_NAME, filter_baseline, read_baseline
from openlint.checking.engine import Report, check_config, filter_ignored, rule_directories
from openlint.checking.rules import builtin_rule_dir, load_rules
from openlint.core.config import Config, apply_overrides, discover
from openlint.core.findings import Finding, Location
from openlint.sources.models import ModelLicense


def _relative_location(location: Location | None, base: Path) -> Location | None:
    if location is None:
        return None
    try:
        rel = Path(location.path).resolve().relative_to(base.resolve())
    except ValueError:
        return location
    return Location(rel.as_posix(), location.line)


def baseline_path(config: Config) -> Path:
    return config.root / (config.settings.baseline or DEFAULT_NAME)


def load_project(
    target: str | Path = ".",
    *,
    config_file: str | Path | None = None,
    use: Sequence[str] | None = None,
    fail_on: str | None = None,
    ignore: Sequence[str] | None = None,
    environ: Mapping[str, str] | None = None,
    online: bool | None = None,
    as_of: str | None = None,
) -> Config:
    """Find and load the config for `target`, with env vars and explicit overrides layered on.

    Raises `TargetNotFoundError` when `target` does not exist (never checks the enclosing directory)."""
    from openlint.checking.gate import existing_target
    from openlint.checking.release import as_release

    path = existing_target(target)
    config = as_release(discover(path, Path(config_file) if config_file is not None else None))
    return apply_overrides(
        config,
        environ=environ if environ is not None else {},
        fail_on=fail_on,
        ignore=list(ignore or []),
        use=list(use or []),
        online=online,
        as_of=as_of,
    )


def run_check(
    config: Config,
    *,
    use_baseline: bool = True,
    relative_to: Path | None = None,
    target: Path | None = None,
    require_models: bool | None = None,
    given: Sequence[tuple[ModelLicense, dict[str, Any]]] | None = None,
) -> Report:
    """Check a loaded config: rules, ignores and the baseline applied. `report.notices` says what the
    run could not do (no config, no model found); `require_models` (default: the config's
    `require-models`) turns "no model's license checked" into `NothingCheckedError`. `given` is an
    inventory read elsewhere (a bill of materials) that replaces the project's own."""
    from openlint.checking.gate import notices, repository_root, validate_declared_licenses, validate_ignores
    from openlint.checking.gate import require_models as demand_models
    from openlint.core.catalog import default_catalog

    rules = load_rules(rule_directories(config, builtin_rule_dir()))
    validate_ignores(config, rules)
    catalog = default_catalog().extended([config.root / d for d in config.settings.licenses])  # read once a run
    validate_declared_licenses(config, catalog)
    report = check_config(config, rules, given, catalog)
    report.notices = notices(config, report, target or config.root)
    if require_models if require_models is not None else config.settings.require_models:
        demand_models(report)
    findings, ignored = filter_ignored(report.findings, config)
    baselined = 0
    path = baseline_path(config)
    if use_baseline and path.is_file():
        findings, baselined = filter_baseline(findings, read_baseline(path))
    base = relative_to or Path.cwd()
    report.base_dir = str(base.resolve())
    report.repository_root = str(repository_root(config.root))
    report.findings = [
        dataclasses.replace(
            f,
            location=_relative_location(f.location, base),
            related=tuple(loc for loc in (_relative_location(r, base) for r in f.related) if loc is not None),
        )
        for f in findings
    ]
    report.suppressed = {"ignored": ignored, "baseline": baselined}
    if report.config_path is not None:
        config_location = _relative_location(Location(report.config_path), base)
        report.config_path = config_location.path if config_location else report.config_path
    return report


def check(
    target: str | Path | Config = ".",
    *,
    config_file: str | Path | None = None,
    use: Sequence[str] | None = None,
    fail_on: str | None = None,
    ignore: Sequence[str] | None = None,
    use_baseline: bool = True,
    online: bool | None = None,
    require_models: bool | None = None,
    as_of: str | None = None,
) -> Report:
    """Check a project's declared use against its models' licenses.

    `target` is a directory or file inside the project (its `openlint.toml` or `pyproject.toml`
    `[tool.openlint]` is found by walking up), or an already loaded `Config`. `use` takes
    `KEY=VALUE` overrides (`"monthly-active-users=80000000"`). `online=True` lets Hub ids missing from
    the local Hugging Face cache be read from the Hub (card and license texts only); the default is
    the config's `online` (false): no network (a project's own `online = true` is ignored: only the
    caller turns it on). Environment variables are not read: a build script passes what it means. Raises
    `OpenlintError` subclasses for bad input: `TargetNotFoundError` for a path that does not exist,
    `ConfigError` for a bad config (an unknown key, an `ignore` naming no rule, a declared license that
    does not resolve), `NothingCheckedError` when `require_models=True` (or `require-models = true` in
    the config) and no model's license was checked. `Report.notices` says when no config or no model
    was found. `as_of` (YYYY-MM-DD) is the date licences are checked on (a fixed term, OL115): default the
    config's `as-of`, else today's UTC date.
    """
    config = (
        target
        if isinstance(target, Config)
        else load_project(
            target, config_file=config_file, use=use, fail_on=fail_on, ignore=ignore, online=online, as_of=as_of
        )
    )
    return run_check(
        config,
        use_baseline=use_baseline,
        target=None if isinstance(target, Config) else Path(target),
        require_models=require_models,
    )


__all__ = ["Finding", "Report", "check", "load_project", "run_check"]
