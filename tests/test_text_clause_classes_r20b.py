"""Hosting banned in named countries is a territorial exclusion, not a hosting ban (round 13, from the fourth
blind scenario set: a custom licence's "You may not use, host or distribute the Model ... in any of the following
countries: ..." read as no_hosting at 0.60 beside its territory, so every project on it got an OL112 warning
whatever its countries). Hand-written paraphrases, unwrapped and re-wrapped at 40, 60 and 76 columns."""

from __future__ import annotations

import pytest

from sentences import kinds_read

WIDTHS = [None, 40, 60, 76]

# each read no_hosting beside territory before this change
HOSTING_BANNED_IN_NAMED_PLACES = [
    "You may not use, host or distribute the Model, or make any service that uses it available, in any of the "
    "following countries: Cuba, Iran and North Korea.",
    "Licensee shall not host or serve the Weights, or make them available, in any of the following territories: "
    "Cuba, Syria or Belarus.",
]

# a hosting ban with no place named still reads
HOSTING_BANNED = [
    "You may not host the Model or make it available as a service to third parties.",
    "You shall not offer the Weights through a hosted API.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", HOSTING_BANNED_IN_NAMED_PLACES, ids=lambda v: v[:50])
def test_hosting_banned_in_named_countries_is_territory_only(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"territory"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", HOSTING_BANNED, ids=lambda v: v[:50])
def test_a_hosting_ban_with_no_place_named_is_no_hosting(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"no_hosting"}


# Sharing banned only into some places is export control or a territorial exclusion, no ban on sharing (each read
# no_derivatives at 0.90 before this change, an OL109 blocker for any project distributing weights).
SHARING_BANNED_INTO_PLACES = [
    ("You may not distribute the Model to any country or person subject to export restrictions or sanctions.", set()),
    ("You may not distribute the Model to any person or entity on a sanctions list.", set()),
    # redB: an embargoed country is Cuba, Iran or North Korea (rules/territories.toml), a territory like the next
    ("You shall not distribute the Weights in any embargoed country.", {"territory"}),
    ("You may not distribute the Software into any country where such distribution is prohibited by law.", set()),
    ("You may not distribute the Weights in Cuba, Iran or Syria.", {"territory"}),
]

# a sharing ban with no place named still reads, an export-law duty beside it included
SHARING_BANNED = [
    "You may not distribute the Model.",
    "Redistribution of the Weights is prohibited.",
    "You may not distribute the Model in any form, and you must comply with export laws.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(
    ("clause", "kinds"), SHARING_BANNED_INTO_PLACES, ids=[c[:50] for c, _ in SHARING_BANNED_INTO_PLACES]
)
def test_sharing_banned_into_places_is_no_sharing_ban(clause: str, kinds: set[str], width: int | None) -> None:
    assert kinds_read(clause, width) == kinds


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", SHARING_BANNED, ids=lambda v: v[:50])
def test_a_sharing_ban_with_no_place_named_is_no_derivatives(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"no_derivatives"}


# A use ban whose aim is an adverb form or a possessive away (red-team: neither read before this change): each is
# acceptable_use, and names its use-case category for OL107 (tests/test_use_case_words.py).
USE_BANS_ON_NAMED_AIMS = [
    "You may not use the Model to generate sexually explicit images.",
    "You may not use the Model to make automated decisions about an applicant's eligibility for housing.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", USE_BANS_ON_NAMED_AIMS, ids=lambda v: v[:50])
def test_a_use_ban_on_a_named_aim_is_acceptable_use(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"acceptable_use"}
