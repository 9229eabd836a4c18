"""Constraints on a dataclass field, written as `Annotated` metadata: the dataclass stays the one
declaration of its fields (and loads without pydantic), and the pydantic model derived from it for
error wording and JSON Schemas (core/model_from_dataclass) enforces them. The plain validators
(config_validate, scripts/build_rule_index.py through pydantic) enforce the same."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Strict:
    """No coercion: true or false only for a flag; a whole number (never a boolean or a float) for a
    number, `minimum` or more when given."""

    minimum: int | None = None


@dataclass(frozen=True)
class Pattern:
    """Text matching this regular expression."""

    regex: str


@dataclass(frozen=True)
class NonEmpty:
    """Text of at least one character."""
