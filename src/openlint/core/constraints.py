"""Constraints on a dataclass field, written as `Annotated` metadata: the dataclass stays the one
declaration of its fields (and loads without pydantic), and the pydantic model derived from it for
error wording and JSON Schemas (core/model_from_dataclass) enforces them. config_validate enforces the
same without pydantic; the shipped rule index is checked with the derived model when it is built.
Plain classes, not dataclasses: `openlint check` imports this module on every run."""

from __future__ import annotations


class Strict:
    """No coercion: true or false only for a flag; a whole number (never a boolean or a float) for a
    number, `minimum` or more when given."""

    __slots__ = ("minimum",)

    def __init__(self, minimum: int | None = None) -> None:
        self.minimum = minimum


class Pattern:
    """Text matching this regular expression."""

    __slots__ = ("regex",)

    def __init__(self, regex: str) -> None:
        self.regex = regex


class NonEmpty:
    """Text of at least one character."""

    __slots__ = ()
