"""config_validate derives each field's plain check from its declared type in config_types (one list of the
fields): a field added there is checked without a second declaration. (No postponed annotations here: the checks
are derived from the types themselves, as config_types declares them.)"""

from dataclasses import dataclass
from typing import Annotated, Any, Literal

import pytest

from openlint.core import config_validate
from openlint.core.config_types import Evidence
from openlint.core.constraints import Strict

Mode = Literal["a", "b"]


@dataclass(frozen=True, kw_only=True)
class _Sample:
    name: str
    flag: Annotated[bool, Strict()] | None = None
    count: Annotated[int, Strict(minimum=0)] | None = None
    lax: bool = False
    mode: Mode = "a"
    items: tuple[str | Evidence, ...] = ()
    evidence: Evidence | None = None


def _check() -> Any:
    return config_validate._derived(_Sample, {Evidence: config_validate._derived(Evidence, {})})


def test_a_new_field_is_checked_from_its_type() -> None:
    check = _check()
    built = check({"name": "x", "flag": True, "count": 3, "lax": "yes", "mode": "b", "items": ["r", {"notice": "N"}]})
    assert built == _Sample(name="x", flag=True, count=3, lax=True, mode="b", items=("r", Evidence(notice="N")))
    assert check({"name": "x", "evidence": {"license": "L"}}).evidence == Evidence(license="L")


@pytest.mark.parametrize(
    "raw",
    [
        {},  # `name` has no default
        {"name": 1},
        {"name": "x", "flag": "yes"},  # a Strict flag takes no "yes"
        {"name": "x", "count": -1},
        {"name": "x", "count": True},
        {"name": "x", "lax": "maybe"},
        {"name": "x", "mode": "c"},
        {"name": "x", "items": [3]},  # neither text nor a table
        {"name": "x", "items": "r"},  # a list, not a string
        {"name": "x", "evidence": {"unknown": "k"}},
    ],
)
def test_values_the_type_does_not_allow_are_rejected(raw: dict[str, Any]) -> None:
    with pytest.raises(config_validate._Rejected):
        _check()(raw)


def test_a_type_without_a_plain_check_fails_when_built() -> None:
    @dataclass(frozen=True, kw_only=True)
    class Ratio:
        share: float = 0.5

    with pytest.raises(TypeError):
        config_validate._derived(Ratio, {})
    with pytest.raises(TypeError, match="postponed"):
        config_validate._check_of("str | None", {})
    with pytest.raises(TypeError):
        config_validate._derived(Evidence, {}, then={"no_such_field": str.strip})
