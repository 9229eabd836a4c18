"""Red-team class (redB): currency signs shared by several currencies. "NT$" is the New Taiwan dollar (it was
not read at all), and a yen sign its sentence does not name is the yen or the yuan, compared through the union
of both bands (it was taken as the yen and blocked a company a cap in yuan clears)."""

from __future__ import annotations

import pytest

from openlint.checking.caps import revenue_bounds
from openlint.core.obligations import Obligation, Source
from openlint.text.numbers import currency_code
from openlint.text.read import read_text


def _caps(text: str) -> list[Obligation]:
    return [ob for ob in read_text(text, "LICENSE").obligations if ob.kind == "revenue_cap"]


def _ob(threshold: int, currency: str) -> Obligation:
    return Obligation(
        kind="revenue_cap", triggers=("use",), source=Source(path="LICENSE"), threshold=threshold, currency=currency
    )


@pytest.mark.parametrize(
    ("written", "code"), [("NT$", "TWD"), ("nt$", "TWD"), ("TWD", "TWD"), ("New Taiwan dollars", "TWD"), ("$", "USD")]
)
def test_the_new_taiwan_dollar_is_its_own_currency(written: str, code: str) -> None:
    assert currency_code(written, "") == code


@pytest.mark.parametrize(
    ("context", "code"),
    [
        ("revenue exceeds ¥100,000,000", "CNY/JPY"),
        ("revenue exceeds \uffe5100,000,000", "CNY/JPY"),
        ("revenue exceeds ¥100,000,000 (Renminbi)", "CNY"),
        ("revenue exceeds ¥100,000,000 for companies in Japan", "JPY"),
        ("年間売上高が¥1億を超える場合", "JPY"),
    ],
)
def test_a_yen_sign_is_either_currency_unless_its_sentence_names_one(context: str, code: str) -> None:
    sign = "\uffe5" if "\uffe5" in context else "¥"
    assert currency_code(sign, context) == code


def test_an_ntd_cap_is_read_with_its_currency() -> None:
    text = (
        "2. Size. If the annual revenue of you and your affiliates exceeds NT$100,000,000, you need a licence from us."
    )
    caps = _caps(text)
    assert [(ob.threshold, ob.currency) for ob in caps] == [(100_000_000, "TWD")]
    assert caps[0].source.start_line == 1


def test_a_bare_yen_cap_is_read_as_either_currency() -> None:
    caps = _caps("2. Size. Organisations whose annual revenue exceeds ¥200,000,000 need a commercial licence from us.")
    assert [(ob.threshold, ob.currency) for ob in caps] == [(200_000_000, "CNY/JPY")]


def test_an_ambiguous_cap_is_compared_through_the_union_of_both_bands() -> None:
    # JPY band 0.0055-0.0145, CNY 0.11-0.18 (rules/currency-bands.toml): the union is 0.0055-0.18.
    bounds = revenue_bounds(_ob(200_000_000, "CNY/JPY"))
    assert (bounds["cap_usd_low"], bounds["cap_usd_high"]) == (1_100_000, 36_000_000)
    assert bounds["rate_band"] == "USD 0.0055 to 0.18 per CNY or JPY"


def test_the_ntd_band_decides_far_from_the_cap_only() -> None:
    bounds = revenue_bounds(_ob(60_000_000, "TWD"))
    assert (bounds["cap_usd_low"], bounds["cap_usd_high"]) == (1_530_000, 2_400_000)


def test_a_currency_without_a_band_in_an_ambiguous_pair_has_no_bounds() -> None:
    assert revenue_bounds(_ob(1_000_000, "CNY/KRW")) == {}
