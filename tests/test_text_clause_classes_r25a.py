"""Wording classes generalised from the misses of held-out set r25 (round 15's fix source, helper fix25a): the
clause layer's concepts (rules/clause-lexicon.toml, origin r25), and a credit owed above the text a label gives it
(extract._credit_spelled_out). Each class in hand-written paraphrases (none a real licence's wording), read unwrapped
and re-wrapped at 40, 60 and 76 columns, with near misses that share its words and must not read: invitations, the
licensor's own conduct, disclaimers, definitions, changes to the licence itself. Every positive here fails on b806514
(no reading of its kind, or a parameterless credit beside the texted one); every negative passes there too."""

from __future__ import annotations

import pytest

from sentences import kinds_read, read_clause

WIDTHS = [None, 40, 60, 76]

# The changes the direct object of a verb of marking, without saying whose they are.
CHANGES_MARKED = [
    "You may adapt the checkpoints for any purpose as long as you flag all modifications.",
    "Redistribution of altered files is allowed provided that you document the alterations.",
    "4. Modified versions. You shall highlight any material changes in the accompanying README.",
    "Sharing is permitted, on the condition that you list the alterations.",
]
# Changes to the licence are the licensor's to announce; a waived or forbidden marking is none; an invitation.
CHANGES_NOT_MARKED = [
    "Acme will indicate changes to this licence on its website.",
    "You must note that the terms may change from time to time.",
    "You need not document the modifications you make for internal use.",
    "We encourage you to flag any modifications in your release notes.",
    "You shall flag any changes to these terms that you propose in your request.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", CHANGES_MARKED, ids=lambda v: v[:50])
def test_changes_as_the_object_of_a_marking_duty_are_state_changes(clause: str, width: int | None) -> None:
    assert "state_changes" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", CHANGES_NOT_MARKED, ids=lambda v: v[:50])
def test_licence_changes_waivers_and_invitations_are_no_state_changes(clause: str, width: int | None) -> None:
    assert "state_changes" not in kinds_read(clause, width)


# The licence given by reference: a link (verb or noun) owed with the licence as its object.
LICENCE_LINKED = [
    "You can redistribute the dataset, provided that you credit the authors and hyperlink these terms.",
    "When sharing a checkpoint you are required to link this licence in its model card.",
    "Anyone sharing the files must include a web address for the license governing them.",
]
LICENCE_NOT_LINKED = [
    "The full license is available at https://example.org/terms and you must comply with it.",
    "By clicking the link to these terms you agree to be bound by them.",
    "A link to this licence may be included in your documentation.",
    "The Licensor shall publish the URL of the license on its website.",
    "'Terms Link' means the link to these terms shown on the download page.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", LICENCE_LINKED, ids=lambda v: v[:50])
def test_a_link_to_the_licence_owed_is_include_license(clause: str, width: int | None) -> None:
    assert "include_license" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", LICENCE_NOT_LINKED, ids=lambda v: v[:50])
def test_a_link_given_permitted_or_defined_is_no_include_license(clause: str, width: int | None) -> None:
    assert "include_license" not in kinds_read(clause, width)


# The credit placed in every work the licensee makes: in the passive of the one credited (also as an item under a
# condition's lead-in), or with the credit as the object of a verb of giving.
CREDIT_IN_EVERY_WORK = [
    "Commercial users shall ensure that the Heron team is acknowledged in all derived models.",
    "The dataset may be used for teaching, provided that:\n\n(a) the curators are credited in every resulting "
    "publication; and\n(b) no copy is sold.",
    "Licensee shall display a clear acknowledgement in each application built on the Weights.",
    "Any redistributor must place the following credit in all copies: Heron Labs.",
]
CREDIT_NOT_OWED = [
    "You may also credit Heron Labs in any paper you write.",
    "Contributors will be credited in all releases of the Model.",
    "Heron Labs need not be credited in internal reports.",
    "We would appreciate it if the curators are acknowledged in any publication.",
    '"Credit Line" means the acknowledgement shown in all copies of the Model.',
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", CREDIT_IN_EVERY_WORK, ids=lambda v: v[:50])
def test_credit_placed_in_every_work_is_attribution(clause: str, width: int | None) -> None:
    assert "attribution" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", CREDIT_NOT_OWED, ids=lambda v: v[:50])
def test_credit_invited_promised_waived_or_banned_is_no_attribution(clause: str, width: int | None) -> None:
    assert "attribution" not in kinds_read(clause, width)


# The licensor's power to take back access or the licence by a verb of withdrawal, at will.
ACCESS_WITHDRAWN = [
    "The maintainers may rescind your licence at their sole discretion.",
    "Heron Labs reserves the right to withdraw any permission granted here, with or without notice.",
    "Access to the checkpoints may be withdrawn at any time.",
    "The curators can discontinue your access for any reason.",
]
ACCESS_NOT_WITHDRAWN_AT_WILL = [
    "The curators may withdraw your access if you breach these terms.",
    "You may withdraw your consent at any time.",
    "Heron Labs may withdraw the Model from distribution at any time.",
    "Access may be withdrawn at any time upon the licensee's failure to pay.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", ACCESS_WITHDRAWN, ids=lambda v: v[:50])
def test_access_withdrawn_at_will_is_revocable(clause: str, width: int | None) -> None:
    assert "revocable" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", ACCESS_NOT_WITHDRAWN_AT_WILL, ids=lambda v: v[:50])
def test_withdrawal_for_breach_by_the_licensee_or_of_the_model_is_not_revocable(clause: str, width: int | None) -> None:
    assert "revocable" not in kinds_read(clause, width)


# Those you share with told that the licence binds them.
RECIPIENTS_TOLD_THEY_ARE_BOUND = [
    "If you release a fine-tuned model, you must inform its users that it is subject to all of the restrictions "
    "of this licence.",
    "Distributors shall give a written notification to each recipient that the Weights remain governed by these terms.",
    "You agree to advise your customers that any use of the outputs is subject to the conditions set out here.",
]
RECIPIENTS_NOT_TOLD = [
    "Acme will notify users that the terms are subject to change.",
    "You should tell your users that the service is subject to the terms of Acme's privacy policy.",
    "We may inform recipients that these terms are governed by the laws of Spain.",
    "You must not inform recipients that the Model is subject to any other terms.",
    # a copyleft's source form kept under the licence is share-alike (MPL-2.0's wording, r16), no restrictions passed on
    "Distributors must tell every recipient that the source code form of the Program is governed by the terms of this "
    "Licence.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", RECIPIENTS_TOLD_THEY_ARE_BOUND, ids=lambda v: v[:50])
def test_recipients_told_the_licence_binds_them_is_flow_down(clause: str, width: int | None) -> None:
    assert "flow_down" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", RECIPIENTS_NOT_TOLD, ids=lambda v: v[:50])
def test_licensor_notices_advice_and_bans_are_no_flow_down(clause: str, width: int | None) -> None:
    assert "flow_down" not in kinds_read(clause, width)


# A credit owed without its text, and below it the credit's text under a label of a required credit: one duty, read
# once with its text (before: a parameterless credit beside the texted one).
CREDIT_SPELLED_OUT_BELOW = [
    (
        "You may share the weights for any purpose provided that you give appropriate credit and keep this file.\n\n"
        "Required attribution:\n\n> Heron-7B by Heron Labs (2026).",
        "Heron-7B by Heron Labs (2026)",
    ),
    (
        "Attribution. You must credit Heron Labs in your README.\n\nAttribution to reproduce in your documentation:"
        '\n\n"Built on Heron-7B by Heron Labs"',
        "Built on Heron-7B by Heron Labs",
    ),
    (
        "Users of the corpus must cite it in any publication.\n\nAttribution line (required): Heron Corpus, Heron "
        "Labs 2026",
        "Heron Corpus, Heron Labs 2026",
    ),
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("text", "credit"), CREDIT_SPELLED_OUT_BELOW, ids=lambda v: v[:40])
def test_a_credit_owed_above_its_labelled_text_is_one_credit(text: str, credit: str, width: int | None) -> None:
    credits = [ob.parameters() for ob in read_clause(text, width).obligations if ob.kind == "attribution"]
    assert credits == [{"text": credit}]


# A suggested credit is no label of a duty; a notice's text is another duty's; a credit owed below the label
# (after it, to other parties) is a second duty.
CREDIT_NOT_SPELLED_OUT = [
    ('You must give appropriate credit.\n\nSuggested attribution:\n\n"Heron-7B by Heron Labs"', [{}], None),
    (
        'You must give appropriate credit.\n\nRequired notice:\n\n"Copyright 2026 Heron Labs"',
        [{}],
        {"text": "Copyright 2026 Heron Labs"},
    ),
    (
        "Required attribution:\n\n> Heron-7B by Heron Labs\n\nYou must also give appropriate credit to the dataset "
        "authors in any paper.",
        [{"text": "Heron-7B by Heron Labs"}, {}],
        None,
    ),
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("text", "credits", "notice"), CREDIT_NOT_SPELLED_OUT, ids=lambda v: str(v)[:40])
def test_suggested_credits_notices_and_credits_owed_below_stay_apart(
    text: str, credits: list[dict[str, object]], notice: dict[str, object] | None, width: int | None
) -> None:
    reading = read_clause(text, width).obligations
    assert [ob.parameters() for ob in reading if ob.kind == "attribution"] == credits
    assert [ob.parameters() for ob in reading if ob.kind == "notice"] == ([notice] if notice else [])


# What the licensee derives confined to keeping it to itself: adapted material may not be shared.
DERIVATIVES_KEPT_TO_ONESELF = [
    "The licensee may fine-tune the Model; adapted checkpoints are to be kept in-house.",
    "Permitted:\n\n- Keep derived models confidential within the team",
    "Participants may store adapted weights privately during the challenge.",
]
# A choice not to publish, a choice between keeping and sharing, records kept, what the licensor keeps.
DERIVATIVES_NOT_CONFINED = [
    "You are not required to publish modified versions and may keep them confidential.",
    "You may keep derivative works in-house or release them under these terms.",
    "You must keep records of derivative works for internal audit purposes.",
    "The Licensor shall hold derivative works it receives confidential.",
    "You may maintain the Model privately for internal use.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", DERIVATIVES_KEPT_TO_ONESELF, ids=lambda v: v[:50])
def test_derivatives_kept_to_oneself_are_no_derivatives(clause: str, width: int | None) -> None:
    assert "no_derivatives" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", DERIVATIVES_NOT_CONFINED, ids=lambda v: v[:50])
def test_choices_records_and_the_licensors_keeping_are_no_no_derivatives(clause: str, width: int | None) -> None:
    assert "no_derivatives" not in kinds_read(clause, width)
