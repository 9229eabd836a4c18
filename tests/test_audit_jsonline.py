"""openlint.audit.jsonline.dumps writes what json.dumps(value, separators=(",", ":")) writes, with the
C encoder made once or (where CPython's is missing) with JSONEncoder."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openlint.audit import jsonline

_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text()
_VALUES = st.recursive(
    _SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4), max_leaves=20
)


@settings(max_examples=300)
@given(_VALUES)
def test_dumps_is_json_dumps(value: Any) -> None:
    assert jsonline.dumps(value) == json.dumps(value, separators=(",", ":"))


def test_an_audit_record_with_escapes_and_non_ascii_text() -> None:
    record = {"path": 'a "b"\\c\n\u00e9\U0001f600', "findings": ["OL108"], "n": 1.5, "x": float("inf"), "t": (1, 2)}
    assert jsonline.dumps(record) == json.dumps(record, separators=(",", ":"))


def test_without_the_c_encoder_the_standard_one_writes_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    record = {"a": [1, "b", None], "c": {"d": True}}
    expected = jsonline.dumps(record)
    monkeypatch.setattr(jsonline, "_C", None)
    assert jsonline.dumps(record) == expected == json.dumps(record, separators=(",", ":"))


def test_what_json_cannot_hold_is_refused_as_json_dumps_refuses_it() -> None:
    with pytest.raises(TypeError):
        jsonline.dumps({"a": object()})


def test_the_c_encoder_is_used_where_cpython_has_it() -> None:
    from json import encoder

    assert (jsonline.c_encoder(getattr(encoder, "c_make_encoder", None)) is None) == (encoder.c_make_encoder is None)


def _other_signature(*args: Any) -> Any:
    if len(args) != 10:  # as if a later CPython took one argument more
        raise TypeError(f"make_encoder() takes exactly 10 arguments ({len(args)} given)")
    return None


def _other_call(*args: Any) -> Any:
    return lambda value: json.dumps(value)  # made, but called as (value,) only: TypeError when called


def _other_output(*args: Any) -> Any:
    return lambda value, level: iter([json.dumps(value)])  # the default separators: not what dumps writes


@pytest.mark.parametrize("make", [None, _other_signature, _other_call, _other_output])
def test_a_missing_or_changed_c_encoder_is_not_used(make: Any) -> None:
    assert jsonline.c_encoder(make) is None
