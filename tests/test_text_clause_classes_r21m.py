"""Wording classes generalised from misses of sets r21 and r22 (round 13's fix sources, helper fixM) of the kinds
attribution, include_license, notice, flow_down, revenue_cap and non_commercial, and from two spurious readings
(user_cap, attribution): credit owed as the bare condition closing a permission ("... with attribution."); a credit
duty named as a noun in Italian, Spanish, French or Portuguese ("con obbligo di attribuzione"); a quoted name owed
on display with no place after it, or in the passive with the name first; revenue over a rolling year after an
aside on currencies ("(or the equivalent in other currencies) in total over any consecutive 12 months"); a user
count said of the licensee's products that only triggers a display (no cap: "licensee" is no licence); several
things kept with shared copies in one list after one owed verb (the licence, a NOTICE file, a credit, upstream
restrictions); a catalogued licence's limits on use (NC, ND) when a short statement applies it by name; a credit
asked for with "please" (a request, no duty). Each class in
hand-written paraphrases (none a real licence's wording), read unwrapped and re-wrapped at 40, 60 and 76 columns,
with negatives that share the words but state no duty of the kind. No positive here is read on 9b2e265, and it read
the requested credit as a duty."""

from __future__ import annotations

import pytest

from sentences import cited, kinds_read

WIDTHS = [None, 40, 60, 76]

# Credit as the bare condition closing a permission: attribution (cited at the clause).
BARE_CREDIT = [
    "Under CC BY-NC 4.0 you may copy and remix these checkpoints for non-commercial purposes with attribution.",
    "You may copy and modify the checkpoints for any purpose with appropriate credit.",
    "The corpus may be redistributed with attribution; commercial use is allowed.",
]

# Credit offered as a choice, or hoped for: no duty.
NOT_BARE_CREDIT = [
    "You may share the checkpoints with or without attribution.",
    "You may share the checkpoints with attribution or without it.",
    "We would be happy if you shared the weights with attribution.",
]

# A credit duty named as a noun after "with" in a Latin-script language: attribution.
CREDIT_NOUN = [
    "Uso e modifiche sono consentiti a chiunque, con obbligo di attribuzione.",
    "Puoi usare i pesi per qualsiasi scopo, con l'obbligo di citare gli autori.",
    "Se puede compartir el modelo con la obligación de citar a los autores.",
    "Le modèle peut être partagé avec obligation de citer les auteurs.",
    "O modelo pode ser usado com a obrigação de citar os autores.",
]

# The same nouns negated ("without a duty of"), or denied: no duty.
NOT_CREDIT_NOUN = [
    "I pesi possono essere condivisi senza obbligo di attribuzione.",
    "Se puede compartir el modelo sin obligación de atribución.",
    "Le modèle peut être partagé sans obligation de citer les auteurs.",
    "Nessun obbligo di attribuzione: il modello è di pubblico dominio.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", BARE_CREDIT + CREDIT_NOUN, ids=lambda v: v[:50])
def test_credit_as_a_permissions_condition_or_a_duty_noun_is_attribution(clause: str, width: int | None) -> None:
    assert [reading[:3] for reading in cited(clause, width) if reading[0] == "attribution"] == [("attribution", 3, 3)]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_BARE_CREDIT + NOT_CREDIT_NOUN, ids=lambda v: v[:50])
def test_credit_left_optional_or_waived_is_no_attribution(clause: str, width: int | None) -> None:
    assert "attribution" not in kinds_read(clause, width)


# A quoted name owed on display with no place after it, or in the passive with the name first: attribution with it.
DISPLAY_NAMED = [
    'Commercial products built on the Weights must display "Zeta Nine".',
    'Where the Model powers a paid service, "Zeta Nine" must be prominently displayed on the user interface of '
    "that service.",
    'Every hosted demo of the Model shall prominently display "Zeta Nine".',
]

# A display allowed, banned, the licensor's own, or a rule on how a word is set: no credit owed.
NOT_DISPLAY_NAMED = [
    'You may display "Zeta Nine" in your product.',
    '"Zeta Nine" must not be displayed on your product.',
    'We will display "Zeta Nine" on our site.',
    'The word "Zeta" must be displayed in capital letters when shown.',
]

# Revenue over a rolling year, an aside on currencies and "in total" before the period: revenue_cap.
ROLLING_REVENUE = [
    (
        "If the aggregate revenue of the Licensee and its affiliates exceeds 20 million US dollars (or the "
        "equivalent in other currencies) in total over any consecutive 12 months, the Licensee must enter into a "
        "separate agreement with Acme before using the Model for any commercial purpose.",
        {"threshold": 20_000_000, "currency": "USD"},
    ),
    (
        "Where the Licensee's revenue exceeds 30 million euros (or its equivalent) over any rolling twelve months, "
        "a separate licence from Acme is required.",
        {"threshold": 30_000_000, "currency": "EUR"},
    ),
]

NOT_ROLLING_REVENUE = [
    "Licensees report their revenue in US dollars (or the equivalent in other currencies) over any consecutive "
    "12 months.",
    "Our revenue exceeded 20 million US dollars (or the equivalent in other currencies) over the last 12 months.",
]

# A user count said of the licensee's products that only triggers a display: attribution, no user_cap.
TRIGGER_ONLY = [
    "If the Model is used in any of the Licensee's products that have more than 100 million monthly active users, "
    '"Zeta Nine" must be prominently displayed on the user interface of such product.',
    'If the Licensee\'s products built on the Model have more than 50 million monthly active users, "Zeta Nine" '
    "shall be clearly shown on the about page of the product.",
]

# The same count with a licence as its consequence stays a cap.
STILL_A_CAP = [
    "If the Licensee's products have more than 50 million monthly active users, the Licensee must obtain a licence "
    "from Acme.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", DISPLAY_NAMED, ids=lambda v: v[:50])
def test_a_quoted_name_owed_on_display_is_attribution_with_it(clause: str, width: int | None) -> None:
    found = [reading for reading in cited(clause, width) if reading[0] == "attribution"]
    assert len(found) == 1 and found[0][1:3] == (3, 3)
    assert found[0][3].get("text") == "Zeta Nine"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_DISPLAY_NAMED, ids=lambda v: v[:50])
def test_a_display_allowed_banned_or_styled_owes_no_credit(clause: str, width: int | None) -> None:
    assert "attribution" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "params"), ROLLING_REVENUE, ids=lambda v: str(v)[:50])
def test_revenue_over_a_rolling_year_after_an_aside_is_a_revenue_cap(
    clause: str, params: dict[str, object], width: int | None
) -> None:
    found = [reading for reading in cited(clause, width) if reading[0] == "revenue_cap"]
    assert len(found) == 1 and found[0][1:3] == (3, 3)
    assert {key: found[0][3].get(key) for key in params} == params


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_ROLLING_REVENUE, ids=lambda v: v[:50])
def test_revenue_reported_or_the_licensors_own_is_no_cap(clause: str, width: int | None) -> None:
    assert "revenue_cap" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", TRIGGER_ONLY, ids=lambda v: v[:50])
def test_a_user_count_that_only_triggers_a_display_is_no_cap(clause: str, width: int | None) -> None:
    kinds = [reading[0] for reading in cited(clause, width)]
    assert kinds == ["attribution"]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", STILL_A_CAP, ids=lambda v: v[:50])
def test_a_user_count_with_a_licence_after_it_is_still_a_cap(clause: str, width: int | None) -> None:
    assert "user_cap" in kinds_read(clause, width)


# Several things kept with shared copies, one list after one owed verb: each item's kind.
KEPT_LISTS = [
    (
        "Copies you pass on must keep this licence, the credit to Foo Labs and Bar Group, and any further "
        "restrictions that came with the base checkpoint.",
        {"include_license", "attribution", "flow_down"},
    ),
    (
        "If you share the weights or anything made from them, include a copy of the Zeta Model License Agreement, "
        "this repository's [NOTICE](NOTICE) file, and terms at least as protective as Section 4 of that license.",
        {"include_license", "notice", "flow_down"},
    ),
    (
        "Redistribution shall preserve the attribution to Foo Labs, the NOTICE file of this project and this "
        "agreement.",
        {"include_license", "notice", "attribution"},
    ),
]

# The same lists allowed, waived, said of the licensor, or asked for: nothing owed.
NOT_KEPT_LISTS = [
    "Redistribution need not preserve this license, the attribution to Foo Labs, or any restrictions that came "
    "with the upstream weights.",
    "You may keep this licence, the credit to Foo Labs and any restrictions that came with the base model.",
    "If you share the weights, we include a copy of the Zeta License, the NOTICE file, and terms at least as "
    "protective as ours.",
    "If you share the weights, please include a copy of the Zeta License and the NOTICE file.",
]

# A short statement applying a catalogued licence by name: its limits on use (no commercial use, no adaptations).
APPLIED_BY_NAME = [
    (
        "The trained checkpoints are provided under the Creative Commons Attribution-NonCommercial 4.0 International "
        "licence (CC BY-NC 4.0).",
        "non_commercial",
    ),
    ("The released weights are distributed under CC BY-ND 4.0.", "no_derivatives"),
]

# Code licensed so, a licence with no such limit, a licence denied, or two licences named: no limit read.
NOT_APPLIED_BY_NAME = [
    "The training code in this repository is released under CC BY-NC 4.0.",
    "The released weights are distributed under CC BY 4.0.",
    "The weights are distributed under the Zeta Model Licence, not under CC BY-NC 4.0.",
    "The weights are licensed under CC BY-NC 4.0. The evaluation set is licensed under CC BY 4.0.",
]

# A credit asked for with "please": no duty; a duty beside a "please" elsewhere stays one.
REQUESTED_CREDIT = [
    'Please keep the credit "Foo LoRA by Jane Roe" and "Powered by Zeta".',
    'Please retain the attribution line "Model by Acme Labs" in your app.',
]
STILL_OWED_CREDIT = [
    'Please note that you must keep the credit "Foo LoRA by Jane Roe" in every copy.',
    'You must keep the credit "Foo LoRA by Jane Roe" in every copy. Please contact us with questions.',
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "kinds"), KEPT_LISTS, ids=lambda v: str(v)[:50])
def test_each_item_of_a_kept_list_is_read_as_its_kind(clause: str, kinds: set[str], width: int | None) -> None:
    found = cited(clause, width)
    assert {reading[0] for reading in found} == kinds
    assert all(reading[1:3] == (3, 3) for reading in found)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_KEPT_LISTS, ids=lambda v: v[:50])
def test_a_list_allowed_waived_or_asked_for_owes_nothing(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "kind"), APPLIED_BY_NAME, ids=lambda v: str(v)[:50])
def test_a_licence_applied_by_name_sets_its_limits_on_use(clause: str, kind: str, width: int | None) -> None:
    assert [reading[:3] for reading in cited(clause, width)] == [(kind, 3, 3)]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_APPLIED_BY_NAME, ids=lambda v: v[:50])
def test_code_a_limitless_licence_a_denial_or_two_licences_set_no_limit(clause: str, width: int | None) -> None:
    assert not {"non_commercial", "no_derivatives"} & kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", REQUESTED_CREDIT, ids=lambda v: v[:50])
def test_a_credit_asked_for_with_please_is_no_duty(clause: str, width: int | None) -> None:
    assert "attribution" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", STILL_OWED_CREDIT, ids=lambda v: v[:50])
def test_a_credit_owed_beside_a_please_stays_owed(clause: str, width: int | None) -> None:
    assert "attribution" in kinds_read(clause, width)
