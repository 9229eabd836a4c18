"""Wording classes generalised from misses and a spurious reading of set r24 (round 14's fix source, helper fix24) of
the kinds flow_down, attribution, no_derivatives, non_commercial and notice, and acceptable_use read from a policy that
binds no one: those you share with receiving the same restrictions (or the same terms passed on to them); the work
identified as itself, or its primary reference carried, wherever it is used; a citation owed with an adverb of manner
("must appropriately cite"); a changed version banned from release however many verbs and adjectives come between; a
label naming the permitted uses ("Permitted uses:") whose item names a non-commercial purpose; removing the credit
banned, as a verb with a qualifier ("the dataset attribution") or as a noun under a ban ("removal of model credits"),
also where the licensor's leave lifts the ban; a use policy that says of itself that it is not binding. Each class in
hand-written paraphrases (none a real licence's wording), read unwrapped and re-wrapped at 40, 60 and 76 columns, with
negatives that share the words but state no duty of the kind. No positive here is read as its kind on main e902d6e."""

from __future__ import annotations

import pytest

from sentences import kinds_read, read_clause

WIDTHS = [None, 40, 60, 76]

# Those you share with take the same restrictions (a condition on sharing), or the terms passed on to them: flow_down.
SAME_RESTRICTIONS = [
    "You may redistribute the weights for non-commercial purposes, as long as this licence is included and the "
    "recipient receives the same restrictions.",
    "Subject to these terms, you may:\n\n- share the checkpoints with others, provided that each recipient receives "
    "the same restrictions\n- fine-tune the checkpoints",
    "By using the corpus, you agree to:\n\n1. Use it only for research.\n2. Pass these same terms on to anyone who "
    "receives the corpus from you.",
    "You must pass these same terms on to anyone who receives the weights from you.",
]

NOT_SAME_RESTRICTIONS = [
    "Each recipient receives the same rights as you under this licence.",
    "You need not pass these terms on to anyone who receives the weights from you.",
    "The recipient receives a licence from the original licensor subject to these terms and conditions.",
    "You may share the weights, as long as the recipient receives the same model card.",
]

# The work identified as itself, or its primary reference carried, wherever it is used: attribution.
IDENTIFIED_AS_ITSELF = [
    "Any use must identify the weights as the Heron Model and include the reference acme/heron.",
    "Every publication that uses the corpus must identify the corpus as the Heron Corpus.",
    "Each copy you share must include the primary reference acme/heron.",
]

NOT_IDENTIFIED_AS_ITSELF = [
    "You must not identify the dataset as your own work.",
    "You may identify the weights as Heron if you wish.",
    "The model must identify the objects in each image as pedestrians or vehicles.",
    "Your report must include a reference to any bugs found.",
]

# A citation owed with an adverb of manner between the duty and the verb: attribution.
CITE_WITH_ADVERB = [
    "Any paper, talk or other research output that results from the use of the corpus must appropriately cite the "
    'associated article:\n\n> Doe, Jane, et al.\n> "A Study of Herons."\n> Proceedings of Something, 2024.',
    "Any paper resulting from the use of the corpus must properly cite the associated article.",
    "You must duly cite the associated article.",
]

NOT_CITE_WITH_ADVERB = [
    "You must not cite the associated article as endorsing your work.",
    "Any paper resulting from the use of the corpus may appropriately cite the associated article.",
]

# A changed version banned from release, however many verbs and adjectives come between: no_derivatives.
DERIVED_VERSION_BANNED = [
    "You may not create and publicly distribute, publish, sublicense, or otherwise release a modified, re-annotated, "
    "relabelled, augmented, or otherwise derived version of the corpus.",
    "You must not share any adapted copy of the weights.",
    "Licensees may not make available an altered or transformed edition of the recordings.",
]

NOT_DERIVED_VERSION_BANNED = [
    "You may not share a modified version of the corpus without our written consent.",
    "You may share modified versions of the corpus.",
    "If you do not agree with these terms, please do not use, modify, create derived versions of, or distribute "
    "this model or modified versions of it.",
    "You will not export or make available the weights or a derivative model in violation of any sanctions law.",
    # the original banned too: a ban on sharing at all
    "You are prohibited from selling or otherwise redistributing the checkpoints or any modified versions.",
    # the ban governs another verb than the sharing
    "If you share derived works you make, the licence you apply must not prevent recipients from complying with it.",
    "When you redistribute the model or derivative models, you shall pass on these limits; you may not waive them.",
]

# A label naming the permitted uses, one of them non-commercial: non_commercial.
PERMITTED_NON_COMMERCIAL = [
    "Permitted uses:\n\n- non-commercial research;\n- teaching.",
    "Permitted uses of the weights:\n\n- non-commercial academic research;\n- comparison with other methods.",
    "Authorised purposes:\n\n- non-commercial teaching;\n- comparison with other methods.",
]

NOT_PERMITTED_NON_COMMERCIAL = [
    "Permitted uses:\n\n- commercial and non-commercial research;\n- teaching.",
    "Permitted uses:\n\n- non-commercial or commercial research;\n- teaching.",
    "Permitted uses:\n\n- research;\n- commercial products.",
    "Prohibited uses:\n\n- non-commercial research;\n- teaching.",
]

# Removing the credit banned (a qualifier before it; a noun under a ban, also one the licensor's leave lifts): notice.
CREDIT_REMOVAL_BANNED = [
    "You may not remove the dataset attribution.",
    "Not permitted without written permission from the authors:\n\n- resale or sublicensing;\n- removal of model "
    "credits.",
    "The following is prohibited:\n\n- deletion of author attributions;\n- resale.",
]

NOT_CREDIT_REMOVAL_BANNED = [
    "You are free to remove the model credits.",
    "Upon removal of attribution from the card, the licence ends.",
    "You may remove the attribution requirements from derived works.",
]

# A use policy that says of itself that it is not binding: its listed uses are no acceptable_use.
NOT_BINDING_POLICY = [
    "# Acceptable Use Policy\n\nThis policy is a personal statement of the author.\n\n"
    "You must not use the Model for weapons or mass surveillance.",
    "# Acceptable Use Policy\n\nYou must not use the Model for weapons or mass surveillance.\n\n"
    "This policy is not enforceable through the MIT licence; it is a request.",
    "# Responsible Use Guidelines\n\nThese guidelines express the hopes of the maintainers and are not legally "
    "binding.\n\nYou must not use the model for weapons, mass surveillance or the deception of voters.",
]

BINDING_POLICY = [
    "# Acceptable Use Policy\n\nYou must not use the Model for weapons or mass surveillance.\n\n"
    "This policy is not an exhaustive list of what is prohibited.",
    "# Acceptable Use Policy\n\nYou must not use the Model for weapons or mass surveillance.\n\n"
    "This policy forms part of the licence and binds every user.",
    "# Acceptable Use Policy\n\nYou must not use the Model for weapons or mass surveillance.\n\n"
    "This summary is not legally binding; the licence governs.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", SAME_RESTRICTIONS, ids=lambda v: v[:50])
def test_recipients_taking_the_same_restrictions_is_flow_down(clause: str, width: int | None) -> None:
    assert "flow_down" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_SAME_RESTRICTIONS, ids=lambda v: v[:50])
def test_same_rights_or_terms_not_owed_are_no_flow_down(clause: str, width: int | None) -> None:
    assert "flow_down" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", IDENTIFIED_AS_ITSELF, ids=lambda v: v[:50])
def test_the_work_identified_as_itself_is_attribution(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"attribution"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_IDENTIFIED_AS_ITSELF, ids=lambda v: v[:50])
def test_an_identification_banned_permitted_or_of_other_things_is_no_attribution(
    clause: str, width: int | None
) -> None:
    assert "attribution" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", CITE_WITH_ADVERB, ids=lambda v: v[:50])
def test_a_citation_owed_with_an_adverb_is_attribution(clause: str, width: int | None) -> None:
    reading = read_clause(clause, width)
    assert [(ob.kind, ob.source.start_line) for ob in reading.obligations] == [("attribution", 3)]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_CITE_WITH_ADVERB, ids=lambda v: v[:50])
def test_a_citation_banned_or_permitted_is_no_attribution(clause: str, width: int | None) -> None:
    assert "attribution" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", DERIVED_VERSION_BANNED, ids=lambda v: v[:50])
def test_a_changed_version_banned_from_release_is_no_derivatives(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"no_derivatives"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_DERIVED_VERSION_BANNED, ids=lambda v: v[:50])
def test_a_gated_permitted_or_conditional_release_is_no_sharing_ban(clause: str, width: int | None) -> None:
    assert "no_derivatives" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", PERMITTED_NON_COMMERCIAL, ids=lambda v: v[:50])
def test_a_permitted_use_named_non_commercial_is_non_commercial(clause: str, width: int | None) -> None:
    reading = read_clause(clause, width)
    assert [ob.source.start_line for ob in reading.obligations if ob.kind == "non_commercial"] == [5]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_PERMITTED_NON_COMMERCIAL, ids=lambda v: v[:50])
def test_permitted_commerce_or_a_banned_use_is_no_non_commercial(clause: str, width: int | None) -> None:
    assert "non_commercial" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", CREDIT_REMOVAL_BANNED, ids=lambda v: v[:50])
def test_removing_the_credit_banned_is_notice(clause: str, width: int | None) -> None:
    assert "notice" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_CREDIT_REMOVAL_BANNED, ids=lambda v: v[:50])
def test_removing_the_credit_permitted_or_told_is_no_notice(clause: str, width: int | None) -> None:
    assert "notice" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_BINDING_POLICY, ids=lambda v: v[:50])
def test_a_policy_that_binds_no_one_is_no_acceptable_use(clause: str, width: int | None) -> None:
    assert "acceptable_use" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", BINDING_POLICY, ids=lambda v: v[:50])
def test_a_policy_that_binds_keeps_its_acceptable_use(clause: str, width: int | None) -> None:
    assert "acceptable_use" in kinds_read(clause, width)
