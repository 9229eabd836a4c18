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
    from openlint.checking.checker import check, load_project
    from openlint.checking.engine import Report
    from openlint.core.catalog import Catalog, LicenseEntry, default_catalog
    from openlint.core.compatibility import Combination, combine_licenses
    from openlint.core.config import Config
    from openlint.core.explanation import Alternative, Explanation, explain
    from openlint.core.findings import Basis, Finding, Location
    from openlint.core.obligations import Obligation, Source
    from openlint.core.resolve import ResolvedLicense, resolve_name
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

_EXPORTS: dict[str, str] = {
    "Alternative": "openlint.core.explanation",
    "Basis": "openlint.core.findings",
    "Combination": "openlint.core.compatibility",
    "combine_licenses": "openlint.core.compatibility",
    "Catalog": "openlint.core.catalog",
    "CatalogError": "openlint.errors",
    "Config": "openlint.core.config",
    "ConfigError": "openlint.errors",
    "Finding": "openlint.core.findings",
    "Location": "openlint.core.findings",
    "Report": "openlint.checking.engine",
    "RuleError": "openlint.errors",
    "check": "openlint.checking.checker",
    "load_project": "openlint.checking.checker",
    "ExpressionError": "openlint.errors",
    "Explanation": "openlint.core.explanation",
    "LicenseEntry": "openlint.core.catalog",
    "Obligation": "openlint.core.obligations",
    "OpenlintError": "openlint.errors",
    "NothingCheckedError": "openlint.errors",
    "TargetNotFoundError": "openlint.errors",
    "ResolvedLicense": "openlint.core.resolve",
    "Source": "openlint.core.obligations",
    "UnknownLicenseError": "openlint.errors",
    "default_catalog": "openlint.core.catalog",
    "explain": "openlint.core.explanation",
    "resolve_name": "openlint.core.resolve",
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
