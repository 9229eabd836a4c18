"""A pydantic model derived from a dataclass (core/model_from_dataclass): the dataclass is the one
declaration of config and rule-file fields, so the derived model must keep its fields, defaults and
description, and enforce each of core.constraints (the equivalence and schema tests cover the real ones)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

import pytest
from pydantic import BaseModel, ConfigDict, ValidationError

from openlint.core.constraints import NonEmpty, Pattern, Strict
from openlint.core.model_from_dataclass import model_from_dataclass


@dataclass(frozen=True, kw_only=True)
class Inner:
    """Nested.

    A second paragraph, for maintainers only."""

    count: Annotated[int, Strict(minimum=2)] = 2


@dataclass(frozen=True, kw_only=True)
class Outer:
    code: Annotated[str, Pattern(r"^[A-Z]\d$")]
    words: tuple[Annotated[str, NonEmpty()], ...] = ()
    flag: Annotated[bool, Strict()] | None = None
    lax: bool = False
    kind: Literal["a", "b"] = "a"
    inner: Inner = Inner(count=3)
    inners: tuple[Inner | str, ...] = ()
    described: Annotated[str, "kept as it is"] = ""


class _Base(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _models() -> tuple[type[BaseModel], type[BaseModel]]:
    inner = model_from_dataclass(Inner, _Base, {})
    return inner, model_from_dataclass(Outer, _Base, {Inner: inner})


def test_fields_defaults_and_description_are_the_dataclass_ones() -> None:
    inner, outer = _models()
    assert list(outer.model_fields) == ["code", "words", "flag", "lax", "kind", "inner", "inners", "described"]
    assert outer.model_fields["code"].is_required()
    assert outer.model_fields["inner"].default == inner(count=3)
    assert inner.model_json_schema()["description"] == "Nested."  # the first paragraph only
    assert "description" not in outer.model_json_schema()  # no docstring: not dataclass's signature
    assert outer.model_fields["described"].metadata == ["kept as it is"]  # not a constraint: passed on


def test_a_valid_table_gives_the_dataclass_values() -> None:
    _, outer = _models()
    raw = {"code": "A1", "words": ["x"], "flag": True, "lax": "yes", "inners": [{"count": 2}, "s"]}
    dumped = outer.model_validate(raw).model_dump()
    assert dumped == {
        "code": "A1",
        "words": ("x",),
        "flag": True,
        "lax": True,
        "kind": "a",
        "inner": {"count": 3},
        "inners": ({"count": 2}, "s"),
        "described": "",
    }


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        ({"code": "a1"}, "string_pattern_mismatch"),
        ({"code": "A1", "words": [""]}, "string_too_short"),
        ({"code": "A1", "flag": 1}, "bool_type"),
        ({"code": "A1", "flag": "true"}, "bool_type"),
        ({"code": "A1", "inner": {"count": 1}}, "greater_than_equal"),
        ({"code": "A1", "inner": {"count": True}}, "int_type"),
        ({"code": "A1", "inner": {"count": 2.0}}, "int_type"),
        ({"code": "A1", "inners": [{"count": 2, "other": 1}]}, "extra_forbidden"),
        ({"code": "A1", "kind": "c"}, "literal_error"),
        ({}, "missing"),
    ],
)
def test_each_constraint_is_enforced(raw: dict[str, object], error: str) -> None:
    _, outer = _models()
    with pytest.raises(ValidationError) as raised:
        outer.model_validate(raw)
    assert error in {e["type"] for e in raised.value.errors()}


def test_the_boundary_of_a_minimum_is_accepted() -> None:
    inner, _ = _models()
    assert inner.model_validate({"count": 2}).model_dump() == {"count": 2}
