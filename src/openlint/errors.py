"""Errors openlint reports as one line (exit code 2), never as tracebacks."""

from __future__ import annotations


class OpenlintError(Exception):
    """Base class: a problem with user input or data, shown as one line."""


class CatalogError(OpenlintError):
    """A catalog file is malformed (names the file and field)."""


class UnknownLicenseError(OpenlintError):
    """A license name could not be resolved."""

    def __init__(self, name: str, suggestions: list[str]) -> None:
        self.name = name
        self.suggestions = suggestions
        hint = f"; closest known names: {', '.join(suggestions)}" if suggestions else ""
        super().__init__(f"unknown license {name!r}{hint}")


class ExpressionError(OpenlintError):
    """A license expression is malformed."""


class ConfigError(OpenlintError):
    """A project configuration is invalid (names the key and file)."""


class RuleError(OpenlintError):
    """A rule file is invalid or its CEL condition does not compile."""


class TargetNotFoundError(ConfigError):
    """The path to check does not exist (a gate never checks the enclosing directory instead)."""


class NothingCheckedError(OpenlintError):
    """`require_models` was asked for and no model's license was found and checked."""
