"""Wording classes generalised from the misses and spurious readings of sets r13 and r14 (round 9's fix
sources) of the kinds non_commercial, research_only, registration, no_derivatives, no_hosting and
revocable, and two classes noticed in round 8's review ("non commercial" spelled with a space; sums of
money in currencies one table read and another did not name). Each class in hand-written paraphrases
(none a real licence's wording), read unwrapped and re-wrapped at 40, 60 and 76 columns, with negatives
that share the words but state no duty of the kind. Every positive here was not read, or read otherwise,
on a598eef."""

from __future__ import annotations

import re

import pytest

from openlint.text.numbers import MONEY, currency_code
from openlint.text.read import DocumentReading, read_text
from rewrap import rewrap
from sentences import kinds_read, read_clause

WIDTHS = [None, 40, 60, 76]

# (sentence, the one revenue cap read from it)
REVENUE = [
    # the currency sign after the figure; a dollar sign with a country prefix is that country's dollar
    ("Companies with annual revenue over 5 million € must buy a licence.", (5_000_000, "EUR")),
    ("Companies with annual revenue over C$5 million must buy a licence.", (5_000_000, "CAD")),
    ("A commercial licence is needed above annual revenue of CAN$ 2,000,000.", (2_000_000, "CAD")),
    ("Firms whose annual turnover exceeds HK$5 million need a paid licence.", (5_000_000, "HKD")),
    ("Businesses with annual revenue above A$10 million must contact us for a licence.", (10_000_000, "AUD")),
    ("Entities with annual revenue of more than S$3 million need a commercial licence.", (3_000_000, "SGD")),
    ("Companies with annual revenue over 5 billion Korean won must buy a licence.", (5_000_000_000, "KRW")),
    # the yen sign named by its context: the currency's name, the country, the script
    ("Companies with annual revenue over ¥500 million (RMB) must buy a licence.", (500_000_000, "CNY")),
    ("Companies in China with annual revenue over ¥500 million must buy a licence.", (500_000_000, "CNY")),
    ("Companies in Japan with annual revenue over \uffe5500 million must buy a licence.", (500_000_000, "JPY")),
    ("Companies with annual revenue over \uffe5500 million (売上げ) must buy a licence.", (500_000_000, "JPY")),
    # neither: either sign is the yen or the yuan (redB; was the yen / the yuan by the sign's width)
    ("Licensees with annual revenue over ¥500 million must contact us.", (500_000_000, "CNY/JPY")),
    ("Licensees with annual revenue over \uffe5500 million must contact us.", (500_000_000, "CNY/JPY")),
    ("Firms whose annual turnover exceeds NT$500 million need a paid licence.", (500_000_000, "TWD")),
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("sentence", "cap"), REVENUE, ids=lambda v: str(v)[:50])
def test_a_revenue_cap_in_any_written_currency_is_read_and_named(
    sentence: str, cap: tuple[int, str], width: int | None
) -> None:
    reading = read_clause(sentence, width)
    caps = [ob for ob in reading.obligations if ob.kind == "revenue_cap"]
    assert [(ob.threshold, ob.currency) for ob in caps] == [cap]
    money = re.search(MONEY, sentence.lower())
    assert money is not None and caps[0].source.text is not None
    assert money.group(0) in " ".join(caps[0].source.text.lower().split())  # the sum as written is cited


# Every form the one table reads is named by it (the bare dollar sign alone is the US dollar).
@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("US$", "USD"),
        ("$", "USD"),
        ("dollars", "USD"),
        ("C$", "CAD"),
        ("Can$", "CAD"),
        ("Canadian dollars", "CAD"),
        ("AU$", "AUD"),
        ("HK$", "HKD"),
        ("Hong Kong dollars", "HKD"),
        ("S$", "SGD"),
        ("€", "EUR"),
        ("euros", "EUR"),
        ("£", "GBP"),
        ("yuan", "CNY"),
        ("yen", "JPY"),
        ("roubles", "RUB"),
        ("₹", "INR"),
        ("Swiss francs", "CHF"),
        ("₩", "KRW"),
    ],
)
def test_every_written_currency_of_the_table_is_named_by_it(written: str, code: str) -> None:
    assert currency_code(written, "") == code
    before = re.search(MONEY, f"revenue of {written.lower()}5 million")
    after = re.search(MONEY, f"revenue of 5 million {written.lower()}")
    assert (before and before.group("cur")) or (after and after.group("cur_after"))


def test_the_yen_sign_with_both_currencies_named_goes_by_the_country_else_is_either() -> None:
    assert currency_code("¥", "¥1 billion (about 50 million yuan, 1 billion yen) for firms in Japan") == "JPY"
    # redB: with nothing to tell them apart either sign is the yen or the yuan (was: the yen / the yuan)
    assert currency_code("¥", "¥1 billion (about 50 million yuan, 1 billion yen)") == "CNY/JPY"
    assert currency_code("\uffe5", "\uffe51 billion (about 50 million yuan, 1 billion yen)") == "CNY/JPY"


# (text, exactly the kinds read)
NON_COMMERCIAL_SPACED = [
    # "non commercial" with a space is the word "non-commercial" to every check, not only to patterns:
    # a grant after its purpose whose "commercial use is permitted" guard must not see "non commercial"
    (
        "Redistribution and use for non commercial purposes are permitted, and non commercial uses are "
        "permitted without fee.",
        {"non_commercial"},
    ),
    ("Use and copying for non\u2013commercial purposes are allowed.", {"non_commercial"}),
    # a research grant widened by non-commercial teaching is no research-only grant (but non-commercial)
    (
        "You may use the Software solely for research purposes. You may also use it for non commercial "
        "education purposes.",
        {"non_commercial"},
    ),
    (
        "The Software is for research use only. Research and other non commercial purposes are allowed.",
        {"non_commercial"},
    ),
    # negatives: commercial use is permitted too
    (
        "Redistribution and use for non commercial purposes are permitted, and commercial uses are also permitted.",
        set(),
    ),
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("text", "kinds"), NON_COMMERCIAL_SPACED, ids=lambda v: str(v)[:50])
def test_non_commercial_spelled_with_a_space_or_a_dash_is_one_word(
    text: str, kinds: set[str], width: int | None
) -> None:
    assert kinds_read(text, width) == kinds


# research beside education or teaching in the one list of purposes a use is confined to is research-only: the
# grant is confined to non-production purposes (round 9's review; the catalog's Mistral Non-Production convention),
# so `check` holds production use to it (OL110); "non commercial" named too is also read
RESEARCH_AND_TEACHING = [
    ("You may use the weights only for research and teaching purposes.", {"research_only"}),
    ("The Model is provided exclusively for educational and research use.", {"research_only"}),
    (
        "The checkpoints may be used for scientific research, evaluation and educational purposes only.",
        {"research_only"},
    ),
    (
        "The weights are licensed solely for non commercial research and educational purposes.",
        {"research_only", "non_commercial"},
    ),
    ("Use is limited to non-profit, research and educational settings only.", {"research_only"}),
    # negatives: research alone; teaching in another party's grant, a ban, or a name of who may ask; the
    # list going on to commercial use (no narrower grant to widen)
    ("You may use the Model solely for research purposes.", {"research_only"}),
    (
        "You grant us a license to your Improvements for research and teaching purposes. You may use the Software "
        "for research purposes only.",
        {"research_only"},
    ),
    (
        "The Model may be used for research purposes only. Educational institutions may request access.",
        {"research_only"},
    ),
    ("You may use the Model solely for research purposes, and you may not use it for teaching.", {"research_only"}),
    ("Use it only for research and educational purposes or for commercial products.", {"research_only"}),
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("text", "kinds"), RESEARCH_AND_TEACHING, ids=lambda v: str(v)[:50])
def test_research_beside_teaching_is_a_non_production_grant(text: str, kinds: set[str], width: int | None) -> None:
    assert kinds_read(text, width) == kinds


# revocable: the licensor's right to restrict use (remotely, at run time) is revocable even when it answers a
# breach (the RAIL convention); ending the license for breach is not, nor a right the licensee reserves
REVOCABLE = [
    ("The Provider reserves the right to restrict your use of the Model if you breach these terms.", {"revocable"}),
    (
        "We reserve the right to limit or disable access to the Model, remotely or otherwise, if you violate this "
        "Agreement.",
        {"revocable"},
    ),
    (
        "Acme reserves the right to enforce these terms, including by restricting usage of the Model where "
        "violations are detected.",
        {"revocable"},
    ),
    # negatives
    ("The Licensor reserves the right to terminate this License if you breach it.", set()),
    ("We reserve the right to enforce our trademarks against misuse.", set()),
    ("You reserve the right to restrict access to your own Derivatives.", set()),
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("text", "kinds"), REVOCABLE, ids=lambda v: str(v)[:50])
def test_a_reserved_right_to_restrict_use_is_revocable(text: str, kinds: set[str], width: int | None) -> None:
    assert kinds_read(text, width) == kinds


# A catalogued AI license's title with no reference text to compare: another licensor's body of its own that
# states few of the license's duties is not that license (r14's StarCode-bom text titled BigScience OpenRAIL-M);
# the licensor's own text, or another licensor applying the license with its duties, still is.
OWN_BODY = (
    "Copyright (c) 2026 Heron Labs GmbH\n\n1. You may use, copy and modify the weights for any purpose.\n\n"
    "2. You must not use the weights to generate malware or unlawful content.\n"
)
WITH_DUTIES = (
    "Copyright (c) 2026 Heron Labs GmbH\n\n1. You must include a copy of this License with every copy of the Model.\n\n"
    "2. You must retain all copyright notices.\n\n3. Modified files must carry prominent notices stating that you "
    "changed them.\n\n4. You may not use the Model for any use listed in Attachment A, such as illegal purposes or "
    "harassment.\n"
)
TITLED = [
    ("BigScience OpenRAIL-M License", "bigscience-openrail-m"),
    ("NVIDIA Open Model License Agreement", "nvidia-open-model"),
    ("Databricks Open Model License", "databricks-open-model"),
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("title", "license_id"), TITLED)
def test_a_catalogued_title_over_another_licensors_own_body_is_unidentified(
    title: str, license_id: str, width: int | None
) -> None:
    def read(body: str) -> DocumentReading:
        text = f"{title}\n{body}"
        return read_text(rewrap(text, width) if width else text, "LICENSE")

    own = read(OWN_BODY)
    assert (own.verdict, own.license_id, own.by_title) == ("unidentified", None, False)
    assert [ob.kind for ob in own.obligations] == ["acceptable_use"]  # the body is still read
    assert read(WITH_DUTIES).license_id == license_id  # a licensor applying the license states its duties
    licensor = title.split()[0]
    assert read(OWN_BODY.replace("Heron Labs GmbH", licensor)).license_id == license_id  # the licensor's own text


# no_derivatives: making derivative works as the banned subject ("No creation of ... is permitted"), not gated
NO_DERIVATIVES = [
    ("No creation of derivative works based on the weights, or any part thereof, is permitted.", {"no_derivatives"}),
    ("Creating derivative works based on the weights is prohibited.", {"no_derivatives"}),
    ("The making of adaptations or derivative works of the Software is not allowed.", {"no_derivatives"}),
    ("No derivative works of the Model may be made.", {"no_derivatives"}),
    # negatives: gated by consent (no ban, by the conventions), a permission, the licensor's conduct, a definition
    ("No creation of derivative works is permitted without the prior written consent of the Licensor.", set()),
    ("Derivative works may be created only with our prior written consent.", set()),
    ("Creating derivative works of the Model is permitted for internal use.", set()),
    ("We may create derivative works of your feedback.", set()),
    (
        '"Prohibited Derivative" means the making of derivative works of the Model that are not allowed under '
        "Section 4.",
        set(),
    ),
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("text", "kinds"), NO_DERIVATIVES, ids=lambda v: str(v)[:50])
def test_making_derivative_works_as_the_banned_subject_is_no_derivatives(
    text: str, kinds: set[str], width: int | None
) -> None:
    assert kinds_read(text, width) == kinds


# non_commercial: a grant item of where the model may be used, a labelled list of permitted uses; non-production
# use only is research_only (round 10: a non-production setting, not a non-commercial purpose; the covers parameter is
# pinned in test_legal_nonproduction_r10.py); registration: commercial or production rights to ask for, an agreement
# production use requires
GRANTS_AND_GATES = [
    (
        "Subject to these terms, Acme grants you a license to: a) use the Model for personal and research purposes; "
        "b) use the Model in non-commercial applications and projects.",
        {"non_commercial"},
    ),
    ("You may use the weights within non-commercial settings.", {"non_commercial"}),
    ("Permitted Use. Non-commercial research, teaching, internal evaluation.", {"non_commercial"}),
    ("Allowed uses: evaluation, non-commercial demos.", {"non_commercial"}),
    ("The weights may only be used in non-production environments.", {"research_only"}),
    ("You may use the Model in non production environments only.", {"research_only"}),
    (
        "Use of the weights is granted solely for testing and evaluation purposes in non-production environments.",
        {"research_only"},
    ),
    ("If you need commercial or clinical use rights, please contact: legal@acme.ai.", {"registration"}),
    ("Production use requires a separate commercial agreement with Acme.", {"registration"}),
    (
        "To obtain authorization for the use of the model in a production environment, an economic agreement with "
        "Acme.ai is required.",
        {"registration"},
    ),
    # negatives: commercial use granted too, a ban, the licensor's own conduct
    ("You may use the Model in commercial and non-commercial projects.", set()),
    ("You may use the Model in non-commercial projects and in commercial products.", set()),
    ("Permitted uses: non-commercial and commercial projects.", set()),
    ("We only test the Model in non-production environments before each release.", set()),
    ("You must not use the Model in non-commercial applications that harm minors.", {"acceptable_use"}),
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("text", "kinds"), GRANTS_AND_GATES, ids=lambda v: str(v)[:50])
def test_non_commercial_grants_and_commercial_gates_in_other_words(
    text: str, kinds: set[str], width: int | None
) -> None:
    assert kinds_read(text, width) == kinds


# no_hosting: access to the model sold or rented to others, banned outright (r13's InstaDeep licence)
ACCESS_SOLD = [
    (
        "You may not:\n(a) use the Model to create malware;\n(b) licence, sublicense, or resell "
        "access to, or copies of, the Model or its Output.",
        {"acceptable_use", "no_hosting"},
    ),
    ("You shall not sell or rent access to the weights.", {"no_hosting"}),
    ("Reselling access to the Model's API is prohibited.", {"no_hosting"}),
    # negatives: copies sold (no hosting), the licensor's own offer, gated by consent, access to something else
    ("You may not sell copies of the Model.", set()),
    ("We may sell access to the Model to enterprise customers.", set()),
    ("You may not resell access to the Model without our written consent.", set()),
    ("You may not resell access to our forums or to your account credentials.", set()),
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("text", "kinds"), ACCESS_SOLD, ids=lambda v: str(v)[:50])
def test_access_to_the_model_sold_to_others_is_no_hosting(text: str, kinds: set[str], width: int | None) -> None:
    assert kinds_read(text, width) == kinds
