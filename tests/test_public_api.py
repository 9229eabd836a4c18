"""The public API is what `openlint/__init__.py` exports; moving modules between packages must not change it."""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import subprocess
import sys
import tomllib
import types
from pathlib import Path

import openlint

REPO = Path(__file__).resolve().parents[1]

# The names `import openlint` offered before the modules moved into feature packages (issue 13).
# Written out, not read from __init__.py, on purpose: this copy is the pin. A name added to or removed
# from the public API must be changed here too, deliberately, since users' code depends on it.
PUBLIC = [
    "Alternative",
    "Basis",
    "Catalog",
    "CatalogError",
    "Combination",
    "Config",
    "ConfigError",
    "Explanation",
    "ExpressionError",
    "Finding",
    "LicenseEntry",
    "Location",
    "NothingCheckedError",
    "Obligation",
    "OpenlintError",
    "Report",
    "ResolvedLicense",
    "RuleError",
    "Source",
    "TargetNotFoundError",
    "UnknownLicenseError",
    "__version__",
    "check",
    "combine_licenses",
    "default_catalog",
    "explain",
    "load_project",
    "resolve_name",
]


def test_the_exported_names_are_unchanged() -> None:
    assert sorted(openlint.__all__) == PUBLIC
    assert dir(openlint) == PUBLIC


def test_no_export_is_shadowed_by_a_subpackage() -> None:
    """Importing `openlint.X.y` sets the attribute `openlint.X`: a package named like an export (`check`,
    `explain`) would turn `openlint.check` into a module once anything imported it."""
    for info in pkgutil.walk_packages(openlint.__path__, "openlint."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    for name in PUBLIC:
        value = getattr(openlint, name)
        assert not isinstance(value, types.ModuleType), name
    assert callable(openlint.check) and callable(openlint.explain)


def test_the_entry_points_resolve() -> None:
    """The console script, `python -m openlint` and the GitHub Action's `python -m` module exist."""
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    module, _, function = scripts["openlint"].partition(":")
    assert callable(getattr(importlib.import_module(module), function))
    action = (REPO / "action.yml").read_text(encoding="utf-8")
    assert importlib.util.find_spec("openlint.cli.action") is not None and "-m openlint.cli.action" in action
    out = subprocess.run([sys.executable, "-m", "openlint", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.strip().endswith(openlint.__version__)
