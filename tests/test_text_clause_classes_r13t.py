"""Wording classes from the red-team of round 13 (branch redteam, fixtures/scenarios-redteam README classes 1, 3, 6
and 10; helper textR): the text reader was phrase-bound. Each class in hand-written paraphrases (none a real
licence's or a fixture's wording), read unwrapped and re-wrapped at 40, 60 and 76 columns, with negatives that share
the words but must not read. Every positive here fails on f35543d."""

from __future__ import annotations

import pytest

from sentences import cited, kinds_read

WIDTHS = [None, 40, 60, 76]

# 1. A word broken where a page broke it: "non-" at a line end and the rest on the next line, a soft hyphen
# (U+00AD, invisible but kept by copy and paste) inside the word, an HTML line break after "non-". Each reads as the
# same sentence on one line, citing the lines the words stand on.
BROKEN_WORDS = [
    ("Acme permits you to copy and run the Weights for non-\ncommercial ends only.", 3, 4),
    ("The Model may be used only for non-\n   commercial purposes.", 3, 4),
    ("Acme permits you to copy and run the Weights for non-com\u00admer\u00adcial ends only.", 3, 3),
    ("Acme permits you to copy and run the Weights for non\u00adcommercial ends only.", 3, 3),
    ("Acme permits you to copy and run the Weights for non\u00ad\ncommercial ends only.", 3, 4),
    ("<p>Acme permits you to copy and run the Weights for non-<br>commercial ends only.</p>", 3, 3),
    ("<p>Acme permits you to copy and run the Weights for non-<br/>\ncommercial ends only.</p>", 3, 4),
]

# The same breaks in words that impose nothing, or beside a grant open to commerce.
BROKEN_WORDS_NO_LIMIT = [
    "Acme grants you a non-\nexclusive, worldwide licence to use the Weights for any purpose, commercial or not.",
    "You may use the Weights for com\u00admercial and research purposes alike.",
    "<p>This is a non-<br>exclusive licence; commercial use is welcome.</p>",
    "Acme grants you a perpetual, non-\ntransferable licence to sell products built on the Model.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "first", "last"), BROKEN_WORDS, ids=lambda v: str(v)[:50])
def test_a_word_broken_at_a_hyphen_reads_as_written_whole(
    clause: str, first: int, last: int, width: int | None
) -> None:
    readings = cited(clause, width)
    assert [(kind, start, end) for kind, start, end, _ in readings] == [("non_commercial", first, last)]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", BROKEN_WORDS_NO_LIMIT, ids=lambda v: v[:50])
def test_broken_words_that_limit_nothing_read_nothing(clause: str, width: int | None) -> None:
    assert "non_commercial" not in kinds_read(clause, width)


# 2. Commerce withheld in other words than "non-commercial": personal use only, a for-profit purpose banned,
# monetising banned, commercial exploitation reserved to the licensor, a grant confined to non-profit settings,
# commercial use that needs another licence (beside the registration that reads the leave to ask), a defined purpose
# that leaves out for-profit users; and use confined to evaluating (research_only, as "solely for evaluation").
COMMERCE_WITHHELD = [
    "The Weights are licensed to you for your personal use only.",
    "Any use of the Weights for a for-profit purpose is forbidden.",
    "Licensee shall not monetise the Model or its outputs.",
    "You must not, directly or indirectly, monetize the Weights.",
    "All commercial exploitation of the Weights is reserved to Acme.",
    "Acme reserves all rights of commercial exploitation of the Model.",
    "The Weights are licensed for use in not-for-profit and educational settings.",
    "The Model may only be used in non-profit educational settings.",
    "The Model is shared with the research community; use by companies is not permitted.",
    "The Weights may not be used by any business.",
    "The Weights may not be used in, or to build, any product or service that is sold or offered for a fee.",
]
COMMERCE_WITHHELD_IN_TWO_PLACES = [
    (
        "Acme grants you a free licence to use, copy and modify the Weights.\n\nAny commercial use of the Weights "
        "requires a separate commercial licence from Acme.",
        {"non_commercial", "registration"},
    ),
    (
        '1. "Allowed Use" means non-profit research and classroom teaching, and excludes any use by or for a '
        "for-profit company.\n\n2. You may not use the Weights for any purpose other than an Allowed Use.",
        {"non_commercial"},
    ),
]
# Production banned outright: research_only covering non-production use (the documented convention, OL110).
PRODUCTION_BANNED = [
    "The Weights are offered for demonstration purposes and must not be deployed in production.",
    "You may not put the Model into production.",
]
ONLY_EVALUATING = [
    "Acme grants you a licence to use the Model for thirty (30) days solely to evaluate whether to buy a plan.",
    "You may run the Weights only to assess them, for a period of sixty days.",
]
COMMERCE_NOT_WITHHELD = [
    "This licence is granted for personal and commercial use.",
    "Acme reserves all rights not expressly granted.",
    "You may monetise applications built with the Model.",
    "Commercial use is permitted; enterprise support requires a separate commercial licence from Acme.",
    "You may evaluate the Model for a period of 30 days free of charge.",
    "The Model may be used in non-profit and commercial settings alike.",
    "Use of the Model by not-for-profit organisations is encouraged.",
    '"Allowed Use" means any use, and excludes nothing.',
    "The Model may be used by companies and individuals alike.",
    "You may not use the Model in any product that is sold without Acme's consent.",
    "The Weights may be deployed in production without restriction.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", COMMERCE_WITHHELD, ids=lambda v: v[:50])
def test_commerce_withheld_in_other_words_is_non_commercial(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"non_commercial"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "kinds"), COMMERCE_WITHHELD_IN_TWO_PLACES, ids=lambda v: str(v)[:50])
def test_commerce_withheld_by_a_licence_needed_or_a_defined_purpose(
    clause: str, kinds: set[str], width: int | None
) -> None:
    assert kinds_read(clause, width) == kinds


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", PRODUCTION_BANNED, ids=lambda v: v[:50])
def test_production_banned_is_research_only_covering_non_production(clause: str, width: int | None) -> None:
    assert [(kind, params) for kind, _, _, params in cited(clause, width)] == [
        ("research_only", {"covers": "non-production"})
    ]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", ONLY_EVALUATING, ids=lambda v: v[:50])
def test_use_confined_to_evaluating_is_research_only(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"research_only"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", COMMERCE_NOT_WITHHELD, ids=lambda v: v[:50])
def test_commerce_allowed_or_not_named_is_no_limit(clause: str, width: int | None) -> None:
    assert not kinds_read(clause, width) & {"non_commercial", "research_only"}


# 3. Territory in other frames: places allowed by "X only" after a permission ("may be offered to residents of X and
# Y only"), persons in places the model is not available to, a grant that does not extend to use in places, and a
# ban on kinds of places with the current ones named in brackets. Kind and the places read.
def _places(clause: str, width: int | None) -> list[tuple[str, dict[str, object]]]:
    return [(kind, params) for kind, _, _, params in cited(clause, width)]


PLACES_ALLOWED_ONLY = [
    ("Products built on the Model may be offered to residents of Canada and Mexico only.", ("CA", "MX")),
    ("The Weights may be provided to customers in Japan and South Korea only.", ("JP", "KR")),
]
PLACES_EXCLUDED = [
    ("The Model is not available to persons or entities located in Russia or Belarus.", ("RU", "BY")),
    ("The Weights are not available to anyone resident in Iran.", ("IR",)),
    ("This licence does not extend to use of the Model in member states of the European Union.", ("EU",)),
    ("The licence does not extend to use of the Weights in Brazil.", ("BR",)),
    ("You may not use the Model in any sanctioned jurisdiction (currently Cuba, Iran, North Korea and Syria).", None),
    ("Use of the Weights is prohibited in countries subject to sanctions (at present Cuba, Iran or Syria).", None),
    (
        "You must not make the Weights available to any person in a country on the U.S. Treasury's list of "
        "sanctioned jurisdictions (currently Cuba, Iran and Syria).",
        None,
    ),
]
NO_PLACES_LIMITED = [
    "The Model is available to users worldwide.",
    "This licence extends to use of the Model in every country.",
    "You must comply with all export laws in any jurisdiction where you use the Model.",
    "Acme has offices in Canada and the United States only.",
    "Products built on the Model may be offered to residents of Canada only if they register first.",
    "Your data may be stored in Canada only.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "codes"), PLACES_ALLOWED_ONLY, ids=lambda v: str(v)[:50])
def test_places_named_then_only_are_the_territory_allowed(
    clause: str, codes: tuple[str, ...], width: int | None
) -> None:
    assert [(kind, tuple(params["allowed"])) for kind, params in _places(clause, width)] == [("territory", codes)]  # type: ignore[call-overload]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "codes"), PLACES_EXCLUDED, ids=lambda v: str(v)[:50])
def test_places_the_grant_does_not_reach_are_excluded(
    clause: str, codes: tuple[str, ...] | None, width: int | None
) -> None:
    readings = _places(clause, width)
    assert [kind for kind, _ in readings] == ["territory"]
    excluded = tuple(readings[0][1]["excluded"])  # type: ignore[call-overload]
    assert excluded == codes if codes else {"CU", "IR", "SY"} <= set(excluded)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NO_PLACES_LIMITED, ids=lambda v: v[:50])
def test_places_mentioned_without_a_limit_are_no_territory(clause: str, width: int | None) -> None:
    assert "territory" not in kinds_read(clause, width)


# 4. Caps in other words: the MAU abbreviation, revenue earned over a past year, a small business defined by its
# annual sales. And figures that impose nothing: a cap negated, a limit an earlier licence had and this one lifts,
# the licensor's own reach.
CAPS = [
    ("If your products exceed 10 million MAU, you must request a licence from Acme.", "user_cap", 10_000_000),
    ("You need a commercial licence if your service has more than 5M DAU.", "user_cap", 5_000_000),
    (
        "If you earned more than 20 million US dollars last fiscal year, you must obtain a licence from Acme.",
        "revenue_cap",
        20_000_000,
    ),
    (
        '"Small Business" means an entity with less than $20 million in annual sales. Only a Small Business may use '
        "the Model commercially.",
        "revenue_cap",
        20_000_000,
    ),
]
NOT_CAPS = [
    "This license has no threshold such as 700 million monthly active users.",
    "Unlike other model licences, these terms impose no cap of 100 million monthly active users.",
    "Previous Acme licenses required a paid license for companies with more than USD 10 million in annual revenue. "
    "This license has no such requirement.",
    "Version 1 of this license allowed non-commercial use only. That restriction has been removed.",
    "Earlier versions of these terms limited use to research purposes only. That limitation has since been lifted.",
    "Acme's models are used by over 500 million monthly active users worldwide.",
    "Our assistant serves more than 40 million daily active users.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "kind", "threshold"), CAPS, ids=lambda v: str(v)[:50])
def test_caps_in_other_words_read_with_their_threshold(
    clause: str, kind: str, threshold: int, width: int | None
) -> None:
    readings = cited(clause, width)
    assert [(read, params["threshold"]) for read, _, _, params in readings] == [(kind, threshold)]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_CAPS, ids=lambda v: v[:50])
def test_limits_named_but_not_imposed_read_nothing(clause: str, width: int | None) -> None:
    assert not kinds_read(clause, width) & {"user_cap", "revenue_cap", "non_commercial", "research_only"}
