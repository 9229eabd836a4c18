"""Wording classes generalised from the misses and spurious readings of sets r11 and r12 (round 8's fix
sources, in-sample since) of the kinds registration, non_commercial, research_only, no_derivatives,
no_hosting, revenue_cap, user_cap and territory: each class in several hand-written paraphrases (none a
real licence's wording), read unwrapped and re-wrapped at 40, 60 and 76 columns, and negatives that share
the words but state no duty of the kind (the licensor's own conduct, fees, invitations, definitions).
Every positive here was not read, or read otherwise, on 9d23fa1."""

from __future__ import annotations

import pytest

from sentences import kinds_read, read_clause

# (text, the kinds it states, the parameters pinned on the one reading of the first kind)
REVENUE = [
    # a currency written after the figure, a conversion in parentheses after it
    (
        "Organisations with annual revenue above 20 million rubles need a commercial license.",
        {"threshold": 20_000_000, "currency": "RUB"},
    ),
    (
        "Firms whose annual revenue is 15 million roubles (about USD 160,000) or more must buy a licence.",
        {"threshold": 15_000_000, "currency": "RUB"},
    ),
    (
        "If your annual revenue exceeds 100 million yuan, you must obtain a licence.",
        {"threshold": 100_000_000, "currency": "CNY"},
    ),
    (
        "Companies with more than ¥100 million (RMB) in annual revenue need a licence.",
        {"threshold": 100_000_000, "currency": "CNY"},
    ),
    ("Licensees with annual revenue over ¥500 million must contact us.", {"threshold": 500_000_000, "currency": "JPY"}),
    (
        "A company whose annual revenue exceeds 5 million euros needs a paid licence.",
        {"threshold": 5_000_000, "currency": "EUR"},
    ),
    (
        "Entities with annual revenue above INR 50 crore or ₹ 500,000,000 need a licence.",
        {"threshold": 500_000_000, "currency": "INR"},
    ),
    # turnover for revenue
    (
        "Companies whose annual turnover is above EUR 5 million must obtain a commercial licence.",
        {"threshold": 5_000_000, "currency": "EUR"},
    ),
    # a year without "annual"
    (
        "Commercial Use means any use that generates more than 50,000 USD within a year.",
        {"threshold": 50_000, "currency": "USD"},
    ),
    (
        "Businesses with sales above EUR 2 million per calendar year need a paid licence.",
        {"threshold": 2_000_000, "currency": "EUR"},
    ),
    (
        "This licence is free unless your company earns over 10 million yen annually.",
        {"threshold": 10_000_000, "currency": "JPY"},
    ),
    (
        "Products generating in excess of $250,000 in any twelve-month period require an enterprise licence.",
        {"threshold": 250_000, "currency": "USD"},
    ),
]

NEGATIVE = [
    # the licensor's own figures; fees
    "We generate more than USD 1 million per year from the Model.",
    "Our revenue exceeds 20 million rubles a year.",
    "Our annual revenue exceeded 30 million rubles last year.",
    "The Licensor's annual revenue is above EUR 1 million.",
    "The licence fee is USD 5,000 per year.",
    "A support subscription costs 20,000 rupees per year.",
]


@pytest.mark.parametrize("width", [None, 40, 60, 76])
@pytest.mark.parametrize(("sentence", "params"), REVENUE, ids=lambda v: str(v)[:40])
def test_a_revenue_threshold_in_any_currency_or_period_is_read(
    sentence: str, params: dict[str, object], width: int | None
) -> None:
    reading = read_clause(sentence, width)
    caps = [ob for ob in reading.obligations if ob.kind == "revenue_cap"]
    assert len(caps) == 1
    assert {key: caps[0].parameters()[key] for key in params} == params


@pytest.mark.parametrize("width", [None, 40, 76])
@pytest.mark.parametrize("sentence", NEGATIVE, ids=lambda v: v[:40])
def test_r11b_look_alikes_state_no_duty_of_the_class(sentence: str, width: int | None) -> None:
    assert kinds_read(sentence, width) == set()
