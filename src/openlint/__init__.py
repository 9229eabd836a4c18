"""openlint: what do the licenses of your AI models, datasets and code require of you?

The public API is what this module exports; heavy modules load on first use so that
`openlint --help` (and a pre-commit hook) starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
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

if TYPE_CHECKING:
    from openlint.catalog import Catalog, LicenseEntry, default_catalog
    from openlint.checker import check, load_project
    from openlint.compatibility import Combination, combine_licenses
    from openlint.config import Config
    from openlint.engine import Report
    from openlint.errors import (
        CatalogError,
        ConfigError,
        ExpressionError,
        NothingCheckedError,
        OpenlintError,
        RuleError,
        TargetNotFoundError,
        UnknownLicenseError,
    )
    from openlint.explanation import Alternative, Explanation, explain
    from openlint.findings import Basis, Finding, Location
    from openlint.obligations import Obligation, Source
    from openlint.resolve import ResolvedLicense, resolve_name

_EXPORTS: dict[str, str] = {
    "Alternative": "openlint.explanation",
    "Basis": "openlint.findings",
    "Combination": "openlint.compatibility",
    "combine_licenses": "openlint.compatibility",
    "Catalog": "openlint.catalog",
    "CatalogError": "openlint.errors",
    "Config": "openlint.config",
    "ConfigError": "openlint.errors",
    "Finding": "openlint.findings",
    "Location": "openlint.findings",
    "Report": "openlint.engine",
    "RuleError": "openlint.errors",
    "check": "openlint.checker",
    "load_project": "openlint.checker",
    "ExpressionError": "openlint.errors",
    "Explanation": "openlint.explanation",
    "LicenseEntry": "openlint.catalog",
    "Obligation": "openlint.obligations",
    "OpenlintError": "openlint.errors",
    "NothingCheckedError": "openlint.errors",
    "TargetNotFoundError": "openlint.errors",
    "ResolvedLicense": "openlint.resolve",
    "Source": "openlint.obligations",
    "UnknownLicenseError": "openlint.errors",
    "default_catalog": "openlint.catalog",
    "explain": "openlint.explanation",
    "resolve_name": "openlint.resolve",
}


def __getattr__(name: str) -> Any:
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module 'openlint' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
