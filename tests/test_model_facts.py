"""ModelFacts is the one record rules see as `model`: the contract's schema is its fields."""

from __future__ import annotations

import dataclasses
import typing

import pytest

from openlint.checking import rule_contract
from openlint.checking.model_facts import ModelFacts, field_names

PYTHON_TYPES = {"string": str, "bool": bool, "list(string)": tuple[str, ...], "map(string, dyn)": typing.Mapping}


def test_contract_model_schema_is_modelfacts_fields() -> None:
    assert list(rule_contract.MODEL) == list(field_names())
    hints = typing.get_type_hints(ModelFacts)
    for field in dataclasses.fields(ModelFacts):
        declared = rule_contract.MODEL[field.name]
        assert (declared.type, declared.doc) == (field.metadata["type"], field.metadata["doc"])
        # The Python annotation agrees with the CEL type the contract declares (X | None: absent is None).
        args = typing.get_args(hints[field.name])
        assert type(None) in args, field.name
        python = next(a for a in args if a is not type(None))
        expected = PYTHON_TYPES[declared.type]
        assert (typing.get_origin(python) or python) is (typing.get_origin(expected) or expected), field.name


def test_cel_map_holds_present_facts_only_with_lists() -> None:
    facts = ModelFacts.build({"label": "m", "discovered": False, "drift": ["non_commercial"]})
    assert facts.cel() == {"label": "m", "discovered": False, "drift": ["non_commercial"]}
    assert facts.drift == ("non_commercial",)  # frozen


def test_an_unknown_fact_is_a_programming_error_and_a_file_cannot_add_one() -> None:
    with pytest.raises(TypeError):
        ModelFacts.build({"openess_category": "closed"})
    assert ModelFacts.known({"openess_category": "closed", "label": "m"}).cel() == {"label": "m"}
    with pytest.raises(dataclasses.FrozenInstanceError):
        ModelFacts().label = "x"  # type: ignore[misc]
