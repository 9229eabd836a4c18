"""Red-team class (redB): places named by their sanctions ("any country or region subject to comprehensive United
States sanctions or embargoes", "embargoed countries") are read as the countries under a comprehensive US embargo
(rules/territories.toml [prose]: Cuba, Iran, North Korea, as of 2026). Before, nothing was read: no OL105 at all."""

from __future__ import annotations

import pytest

from sentences import read_clause

EMBARGOED = ("CU", "IR", "KP")

READ = [
    "You may not use the Model, or make it or any service using it available, in any country or region subject to "
    "comprehensive United States sanctions or embargoes.",
    "The Model may not be made available to users located in any country subject to comprehensive U.S. sanctions.",
    "You may not use the Model in embargoed countries.",
    "You may not export the Model to any destination subject to comprehensive US embargoes.",
]

NOT_READ = [
    # sanctions named, no place excluded
    "You must comply with all applicable sanctions laws. Comprehensive sanctions programmes are administered by OFAC.",
    "Licensee represents that it is not subject to comprehensive sanctions.",
]


@pytest.mark.parametrize("width", [None, 40, 76])
@pytest.mark.parametrize("clause", READ, ids=lambda v: v[:40])
def test_places_named_by_a_comprehensive_embargo_are_excluded(clause: str, width: int | None) -> None:
    reading = read_clause(clause, width)
    assert [ob.excluded for ob in reading.obligations if ob.kind == "territory"] == [EMBARGOED]


@pytest.mark.parametrize("clause", NOT_READ, ids=lambda v: v[:40])
def test_sanctions_named_without_a_ban_on_places_exclude_nothing(clause: str) -> None:
    assert [ob for ob in read_clause(clause).obligations if ob.kind == "territory"] == []
