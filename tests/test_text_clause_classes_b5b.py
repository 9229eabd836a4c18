"""Reading classes from the fifth blind licensing set's misses, continued (helper fix5b; see
test_text_clause_classes_b5a.py). Hand-written paraphrases, unwrapped and re-wrapped at 40, 60 and 76 columns, with
near misses. Every positive here was not read on main 92a45e2.

- Registration as the way the commercial licence is had, in the passive ("your registration with the Lab will be
  deemed to have obtained the corresponding business licence"; "deemed to hold a commercial licence upon
  registering"; the Chinese 登记 ... 将被视为获得相应的商业许可): registration. A registration deemed acceptance of the
  terms, or none required, is not.
- A licence copy owed to recipients "of products or services using" the material (plural as well as singular):
  include_license that a hosted service triggers (`serve`); one owed to recipients of the weights alone, or a service
  named in another sentence, stays `distribute`.
- A dual licence that lets you "choose to use it under the terms of" a named licence for non-commercial purposes
  applies that licence by name (GPLv3: share-alike on published derivatives, OL206).
- A derivative definition taking in models trained on outputs "in order to cause that model to perform similarly"
  carries condition student-may-perform-similarly (a declared classifier gets no OL111), as the Gemma entry does.
- A duty conceded beyond a place ("even if you are located outside the territory of the EU") is no territory; terms
  governing later updates ("accept such updates subject to this License unless other terms accompany") no licence
  copy."""

from __future__ import annotations

import pytest

from sentences import cited, read_clause

WIDTHS = [None, 40, 60, 76]

PASSIVE_REGISTRATION = [
    "If the monthly active users of your products do not exceed 5 million, your registration with the Lab will be"
    " deemed to have obtained the corresponding business licence.",
    "You are deemed to hold a commercial license upon registering with the Lab.",
    "Upon registration with the Lab you will be treated as having been granted a commercial licence.",
    "您向本实验室进行登记\uff0c将被视为获得相应的商业许可。",
]
NO_REGISTRATION = [
    "Your registration with the Lab will be deemed acceptance of this Agreement.",
    "Your registration is not required; any use is deemed to be covered by this licence.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", PASSIVE_REGISTRATION, ids=lambda v: v[:40])
def test_registration_deemed_to_give_the_commercial_licence_is_registration(text: str, width: int | None) -> None:
    assert [(kind, first) for kind, first, _, _ in cited(text, width) if kind == "registration"] == [
        ("registration", 3)
    ]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", NO_REGISTRATION, ids=lambda v: v[:40])
def test_registration_deemed_anything_else_is_not(text: str, width: int | None) -> None:
    assert "registration" not in {ob.kind for ob in read_clause(text, width).obligations}


SERVICE_USERS_OWED = [
    "You may share the Weights, provided that:\n\n(i) You must provide all recipients of the Weights or products or"
    " services using them a copy of this Agreement;",
    "You must give every recipient of the Weights, or of products or services built on them, a copy of this Agreement.",
]
WEIGHTS_RECIPIENTS_OWED = [
    "You must give every recipient of the Weights a copy of this Agreement.",
    "You must give every recipient of the Weights a copy of this Agreement. You may offer products or services of"
    " your own.",
]


def _copies(text: str, width: int | None) -> list[tuple[str, ...]]:
    return [ob.triggers for ob in read_clause(text, width).obligations if ob.kind == "include_license"]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", SERVICE_USERS_OWED, ids=lambda v: v[:40])
def test_a_copy_owed_to_users_of_products_or_services_reaches_a_hosted_service(text: str, width: int | None) -> None:
    assert _copies(text, width) == [("distribute", "serve")]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", WEIGHTS_RECIPIENTS_OWED, ids=lambda v: v[:40])
def test_a_copy_owed_to_recipients_of_the_weights_alone_is_owed_when_shared(text: str, width: int | None) -> None:
    assert _copies(text, width) == [("distribute",)]


# A dual licence naming its public grant: "You may choose to use it under the terms of <licence> for non-commercial
# purposes, or ... a commercial licence" applies the named licence (its catalogued terms, share-alike among them),
# beside the text's own non-commercial limit (openlint.text.statement).
DUAL_LICENCES = [
    "The Wren voice model is available under two licences. You may choose to use it under the terms of the GNU General"
    " Public License version 3 (GPLv3) for non-commercial purposes, or you can buy a commercial licence for"
    " commercial use.",
    "Wren weights: you can use them under the GNU General Public License version 3 (GPLv3) if your use is"
    " non-commercial; for commercial use, contact the lab.",
]
NOT_APPLIED = [
    "You may choose to use it under the following conditions: no commercial use.",
    "You may not use it under the GNU General Public License version 3: a commercial licence is required.",
    "The source code: you may choose to use it under the GNU General Public License version 3.",
]


@pytest.mark.parametrize("text", DUAL_LICENCES, ids=lambda v: v[:40])
def test_a_dual_licence_applies_the_licence_it_lets_you_choose(text: str) -> None:
    from openlint.core.catalog import default_catalog
    from openlint.text.statement import applied_licence

    assert applied_licence(text, default_catalog()) == ("GPL-3.0-only", 1)


@pytest.mark.parametrize("text", NOT_APPLIED, ids=lambda v: v[:40])
def test_no_licence_is_applied_by_conditions_a_denial_or_a_code_subject(text: str) -> None:
    from openlint.core.catalog import default_catalog
    from openlint.text.statement import applied_licence

    assert applied_licence(text, default_catalog()) is None


# A derivative definition that takes in students trained on outputs "in order to cause that model to perform similarly"
# states the purpose test the catalog's Gemma entry carries: condition student-may-perform-similarly (a declared
# classifier is no such student, OL111). A definition without the test keeps no condition.
PURPOSE_TESTED = [
    '"Derived Models" means any machine learning model which is created by transfer of patterns of the weights or'
    " Output of the Model to that model in order to cause that model to perform similarly to the Model, including"
    " distillation methods.",
    '"Derived Models" means any machine learning model created by transfer of patterns of the parameters or Output of'
    " the Model (e.g. distillation) to that model, so that it performs similarly to the Model.",
]
NOT_PURPOSE_TESTED = [
    "Any model trained on Outputs of the Model is deemed a Derivative of the Model.",
    '"Derived Models" means any machine learning model which is created by transfer of patterns of the weights or'
    " Output of the Model to that model. Models that perform similarly to the Model are welcome.",
]


def _student_conditions(text: str, width: int | None) -> list[tuple[str, ...] | None]:
    return [ob.conditions for ob in read_clause(text, width).obligations if ob.kind == "outputs_make_derivatives"]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", PURPOSE_TESTED, ids=lambda v: v[-40:])
def test_a_student_definition_with_the_purpose_test_carries_it(text: str, width: int | None) -> None:
    assert _student_conditions(text, width) == [("student-may-perform-similarly",)]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", NOT_PURPOSE_TESTED, ids=lambda v: v[-40:])
def test_a_student_definition_without_the_purpose_test_carries_none(text: str, width: int | None) -> None:
    assert _student_conditions(text, width) == [None]


# Two readings the blind5 reports showed outside the labels, each a class:
# - a duty conceded to reach beyond a place ("comply with GDPR, even if you are located outside the territory of the
#   EU", "regardless of whether you are based outside ...") excludes no place (no territory);
# - which terms govern the licensor's later updates ("accept such updates subject to this License unless other terms
#   accompany the updates") is no licence copy to give (no include_license).
CONCEDED_PLACES = [
    "In particular, you shall comply with the GDPR, even if you are located outside the territory of the EU.",
    "You must follow the Lab's data rules regardless of whether you are based outside the territory of the European"
    " Union.",
]
PLACES_EXCLUDED = [
    "You may not use the Model outside the territory of the EU, even if you have a licence from a reseller.",
]
UPDATES_GOVERNED = [
    "The Corpus may update automatically. You agree to accept such updates subject to this License unless other terms"
    " accompany the updates.",
    "You must ensure that each update is subject to this License unless other terms accompany the update.",
]
COPY_OWED = [
    "You must ensure that this License accompanies every copy of the Corpus you distribute.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", CONCEDED_PLACES, ids=lambda v: v[:40])
def test_a_duty_conceded_beyond_a_place_excludes_no_place(text: str, width: int | None) -> None:
    assert "territory" not in {ob.kind for ob in read_clause(text, width).obligations}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", PLACES_EXCLUDED, ids=lambda v: v[:40])
def test_a_place_excluded_before_a_concession_stays_excluded(text: str, width: int | None) -> None:
    assert ("EU",) in [ob.excluded for ob in read_clause(text, width).obligations if ob.kind == "territory"]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", UPDATES_GOVERNED, ids=lambda v: v[:40])
def test_terms_governing_updates_are_no_licence_copy(text: str, width: int | None) -> None:
    assert "include_license" not in {ob.kind for ob in read_clause(text, width).obligations}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", COPY_OWED, ids=lambda v: v[:40])
def test_a_licence_accompanying_copies_is_still_a_licence_copy(text: str, width: int | None) -> None:
    assert "include_license" in {ob.kind for ob in read_clause(text, width).obligations}
