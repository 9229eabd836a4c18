"""What makes `check` fail closed: the target must exist, typos in the config are errors, and a run
that found no config or checked no model says so (and fails when `require-models` asks it to)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from openlint.errors import ConfigError, NothingCheckedError, OpenlintError, TargetNotFoundError

if TYPE_CHECKING:
    from openlint.checking.engine import Report
    from openlint.checking.rules import Rule
    from openlint.core.catalog import Catalog
    from openlint.core.config import Config

# Names people give a config that openlint does not read (it reads openlint.toml and pyproject.toml).
MISNAMED_CONFIGS = (
    "openlint.yaml",
    "openlint.yml",
    "openlint.json",
    ".openlint.toml",
    ".openlint.yaml",
    ".openlint.yml",
    "openlint.cfg",
    "openlint.ini",
)


def existing_target(target: str | Path) -> Path:
    """The path to check; a missing one is an error, never a check of the enclosing directory."""
    path = Path(target)
    if not path.exists():
        raise TargetNotFoundError(f"{target}: no such file or directory")
    return path


CONFUSABLE = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "i": "1"})


def _closest_code(word: str, codes: list[str]) -> str | None:
    """Rule codes are typed, not spelt: O for 0 and l for 1 are the usual slips, then one wrong digit."""
    head, digits = word[:2].upper(), word[2:].translate(CONFUSABLE)
    guess = head + digits
    near = sorted((sum(a != b for a, b in zip(c, guess, strict=True)), c) for c in codes if len(c) == len(guess))
    return near[0][1] if near and near[0][0] <= 1 else None


def closest(word: str, choices: Iterable[str]) -> str | None:
    options = list(choices)
    if len(word) > 2 and word[:2].upper() == "OL":
        code = _closest_code(word, [c for c in options if c[:2] == "OL" and c[2:].isdigit()])
        if code is not None:
            return code
    import difflib  # only for a suggestion

    lowered = {c.lower(): c for c in options}
    found = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.6)
    return lowered[found[0]] if found else None


def _hint(word: str, choices: Iterable[str]) -> str:
    best = closest(word, choices)
    return f" (did you mean {best!r}?)" if best else ""


def validate_ignores(config: Config, rules: Sequence[Rule]) -> None:
    """Every `ignore` entry names a loaded rule by code or name: a typo silences nothing and must say so."""
    from openlint.core.config import IgnoreRule

    codes = {r.code for r in rules}
    names = {r.name for r in rules}
    for entry in config.settings.ignore:
        rule = entry.rule if isinstance(entry, IgnoreRule) else entry
        if rule in codes or rule in names:
            continue
        pool = codes if rule[:2].upper() == "OL" or rule[:1].isupper() else names
        raise ConfigError(
            f"ignore: unknown rule {rule!r}{_hint(rule, pool) or _hint(rule, codes | names)}; "
            "rules are named by code (OL101) or name (user-cap-exceeded)"
        )


def validate_declared_licenses(config: Config, catalog: Catalog) -> None:
    """A license the config itself states must resolve: an unknown one is bad input (exit 2), like any
    other typo in the config. (A license read from a model card or LICENSE file that does not resolve
    is a finding, OL405: the project did not write it.)"""
    from openlint.core.explanation import explain

    for index, decl in enumerate(config.settings.models):
        if not decl.license:
            continue
        try:
            explain(decl.license, catalog)
        except OpenlintError as exc:
            line = config.line_of(f"models.{index}.license") or config.line_of(f"models.{index}")
            where = f"{config.path}:{line}: " if config.path is not None and line else ""
            raise ConfigError(f"{where}models[{index}].license: {exc}") from None


def checked_count(report: Report) -> int:
    """Models (and datasets) whose license was found and resolved: what the check really checked."""
    return sum(1 for m in report.models if m.chosen)  # `chosen` is empty when no license resolved


def misnamed_configs(directory: Path) -> list[Path]:
    return [directory / name for name in MISNAMED_CONFIGS if (directory / name).is_file()]


def notices(config: Config, report: Report, target: Path) -> list[str]:
    """Plain statements of what the run could not do; printed on stderr and kept in the report."""
    out: list[str] = []
    start = target if target.is_dir() else target.parent
    misnamed_here = misnamed_configs(start)
    if config.path is not None and misnamed_here and config.path.parent.resolve() != start.resolve():
        out.append(
            f"{misnamed_here[0]} is not read (openlint reads openlint.toml or pyproject.toml); using {config.path}"
        )
    release = config.path is None and [(m.id, m.path) for m in config.settings.models] == [(config.root.name, ".")]
    if release:
        out.append(f"no openlint config found: {config.root} was checked as a model release (its card and files)")
    elif config.path is None:
        misnamed = misnamed_here or misnamed_configs(config.root)
        if misnamed:
            out.append(
                f"{misnamed[0]} is not read: openlint reads openlint.toml or [tool.openlint] in pyproject.toml; "
                "no config was found, so no use is declared"
            )
        else:
            out.append(
                f"no openlint.toml or pyproject.toml [tool.openlint] found in {start} or above: "
                "no use is declared, so use-dependent rules cannot decide"
            )
    count = checked_count(report)
    if not report.models:
        out.append("no model or dataset found: nothing was checked (declare [[tool.openlint.models]])")
    elif count == 0:
        out.append(f"{len(report.models)} model(s) found but no license resolved: nothing was checked")
    return out


def require_models(report: Report) -> None:
    if checked_count(report) == 0:
        raise NothingCheckedError(
            "require-models: no model's license was found and checked "
            + ("(none found)" if not report.models else f"({len(report.models)} found, none resolved)")
        )


def repository_root(start: Path) -> Path:
    """The enclosing repository (the nearest directory with .git), else `start`: SARIF and GitHub
    annotations name files relative to it, whatever the working directory."""
    here = start.resolve()
    if here.is_file():
        here = here.parent
    for directory in (here, *here.parents):
        if (directory / ".git").exists():
            return directory
    return here


def relative_uri(path: str, base: Path, root: Path) -> str | None:
    """`path` (absolute, or relative to `base`) relative to `root`, POSIX style; None when outside it."""
    candidate = Path(path)
    if not candidate.is_absolute():
        candidate = base / candidate
    try:
        return candidate.resolve().relative_to(root.resolve()).as_posix()
    except (ValueError, OSError):
        return None
