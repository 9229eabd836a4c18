"""Wording classes generalised from misses of sets r21 and r22 (round 13's fix sources, helper fixM) of the kinds
attribution, include_license, notice, flow_down, revenue_cap and non_commercial, and from two spurious readings
(user_cap, attribution): credit owed as the bare condition closing a permission ("... with attribution."); a credit
duty named as a noun in Italian, Spanish, French or Portuguese ("con obbligo di attribuzione"). Each class in
hand-written paraphrases (none a real licence's wording), read unwrapped and re-wrapped at 40, 60 and 76 columns,
with negatives that share the words but state no duty of the kind. No positive here is read on 9b2e265."""

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
