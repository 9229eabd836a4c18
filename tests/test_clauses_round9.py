"""Round 9's widening of the structural reading layer (openlint.text.clauses) from the misses of r2-r14:
general mechanisms (an imperative opening is a duty, unless listed under what the reader may do; a clause
opening with "no ... is permitted" bans; a "provided that:" lead-in governs its items) and lexicon concepts,
each pinned with phrasings written for this test (none copied from a held-out text) that the layer did not
read on main a598eef, and negatives that must stay unread."""

from __future__ import annotations

import pytest

from openlint.text import clauses
from openlint.text.view import LineIndex, blocks
from rewrap import rewrap

HEAD = "Sample Terms\n\n"


def _alone(body: str) -> list[tuple[str, str]]:
    """The layer's readings with no pattern reading at all (every kind wanted): kind and cited text."""
    text = HEAD + body + "\n"
    starts, ends = blocks(text)
    return sorted(
        (ob.kind, ob.source.text or "")
        for ob in clauses.clause_readings(text, starts, ends, set(), "LICENSE", LineIndex(text))
    )


def _kinds(body: str) -> set[str]:
    return {kind for kind, _ in _alone(body)}


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # an imperative after a heading label or an item mark is a duty of the reader
        ("3) Credit. Acknowledge the Heron authors in any paper that reports results obtained with it.", "attribution"),
        ("Publications.\n\nCite the Osprey technical report in every publication using the weights.", "attribution"),
        ("When you share the Model:\n\n2.1 Provide a copy of this License to each recipient;", "include_license"),
        # "provided that:" governs the items under it, each read as a duty
        (
            "You may copy and share the Weights provided that:\n"
            "a. you bundle the entire licence agreement with every copy you distribute;\n"
            "b. you keep the README.",
            "include_license",
        ),
        (
            "You may redistribute the Checkpoints provided that:\n"
            "(1) you preserve all proprietary notices of ownership; and\n(2) you pay the fee.",
            "notice",
        ),
        # the licence itself carried with what is shared, no "copy of" before it
        ("You shall attach this Agreement in full when sharing the Model with a third party.", "include_license"),
        ("Redistribution is allowed only when the terms of this licence are attached to each copy.", "include_license"),
        ("You may give it to others, provided that these terms are enclosed with every copy.", "include_license"),
        # the duty said of the modified work
        ("Altered checkpoints shall be clearly labelled as modified by whoever made them.", "state_changes"),
        ("Modified weights must bear a notice describing the nature of the changes made.", "state_changes"),
        # the restrictions bound on those served
        ("You are responsible for ensuring that your customers comply with these restrictions.", "flow_down"),
        ("The usage restrictions in Annex B extend to every one of your end users.", "flow_down"),
        # a power to restrict use in operation
        ("Heron Labs reserves the right to limit or disable access to the API version of the Model.", "revocable"),
        ("We reserve the right to audit your deployment and, where needed, throttle its usage.", "revocable"),
        # a whole ban in three words, named by the harm
        ("3. Limits. No unlawful use.", "acceptable_use"),
        # "no ... is permitted", "no part ... may be modified"
        ("No adaptation of the weights, in whole or in part, is allowed.", "no_derivatives"),
        ("No portion of the Software may be altered in any way.", "no_derivatives"),
        ("Permitted uses are listed above. No derivative works of the Model are permitted.", "no_derivatives"),
    ],
)
def test_round9_reads_another_phrasing(body: str, kind: str) -> None:
    assert kind in _kinds(body)


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # imperatives listed under what the reader may do are permissions
        ("## You may\n\n- Cite the Heron report in your publications.\n- Share the weights.", "attribution"),
        ("Permitted uses:\n\n1. Provide a copy of this License to your students.", "include_license"),
        # an invitation, not a duty, nor the imperatives listed under one
        ("We encourage you to:\n\n1. Cite the Heron report in your publications.", "attribution"),
        ("We encourage you to cite the Osprey paper in publications using the Model.", "attribution"),
        # the licensor's own conduct
        ("We will include this License with every copy we distribute to you.", "include_license"),
        # a definition
        ('"Distribution" means to provide this License with copies to third parties.', "include_license"),
        # naming, not a statement of changes
        ("The modified model must include the word Heron at the start of its name.", "state_changes"),
        ("Modified versions must not be passed off as the original.", "state_changes"),
        # other parties' duties, and restrictions that do not bind users
        ("The Licensor shall ensure that its own staff comply with these terms.", "flow_down"),
        ("The use restrictions do not apply to your users of the public demo.", "flow_down"),
        # the licensee may restrict; and a licence key is no licence text
        ("You may restrict access to your deployment at any time.", "revocable"),
        ("You must provide the license key when distributing the installer.", "include_license"),
        # what the licence lacks; permission with no modifications; modifications not to the work
        ("No use restrictions apply to the sample data.", "acceptable_use"),
        ("You may share the Model with no modifications.", "no_derivatives"),
        ("No modifications to this Agreement are valid unless in writing.", "no_derivatives"),
    ],
)
def test_round9_does_not_read_these(body: str, kind: str) -> None:
    assert kind not in _kinds(body)


def test_an_imperative_item_is_cited_at_its_own_words() -> None:
    body = "Licence conditions\n\nWhen sharing:\n\n4.1 Include a copy of this License with each copy you share;"
    assert ("include_license", "4.1 Include a copy of this License with each copy you share;") in _alone(body)


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # each sentence listed under a ban heading is banned, marked or not, a gerund read as its verb
        ("## Prohibited uses\n\nOffering the Model as a hosted service to third parties.", "no_hosting"),
        (
            "UNAUTHORISED ACTIVITIES\n\nTraining a competing model on what the Model generates.",
            "no_training_other_models",
        ),
        (
            "The following acts are strictly prohibited:\n\nRelabelling: Removing or altering the copyright notices of "
            "the weights. Reselling: Selling the weights.",
            "notice",
        ),
        # a section-numbered lead-in ends at its next same-depth number: the ban list after it is a ban
        (
            "2.2. If you share the Model, you must:\n\na) keep the README\n\n2.3. Other terms apply.\n\n"
            "3.1. You may not:\n\na) offer the Model as a hosted service to others",
            "no_hosting",
        ),
    ],
)
def test_a_ban_heading_governs_the_list_under_it(body: str, kind: str) -> None:
    assert kind in _kinds(body)
    assert kind in _kinds(rewrap(body, 40))


@pytest.mark.parametrize(
    "body",
    [
        # a sentence with a modal of its own says who may do what: the list has ended
        "## Prohibited uses\n\nYou may host the Model as a service for your own customers.",
        # a heading that grants, or a ban gated by consent whose items are merely gated, or a term's scope
        "## Permitted uses\n\nHosting the Model as a service for your customers.",
        "Hosting is not permitted without our written permission:\n\nHosting the Model as a paid service.",
        "Prohibited uses do not include:\n\nHosting the Model as a service for your customers.",
        # a ban heading whose exception list follows
        "Hosting is prohibited except:\n\nHosting the Model as a service inside your own company.",
    ],
)
def test_a_list_not_under_a_ban_is_not_banned(body: str) -> None:
    assert "no_hosting" not in _kinds(body)
    assert "no_hosting" not in _kinds(rewrap(body, 40))


@pytest.mark.parametrize(
    ("body", "read"),
    [
        ("We grant you a licence to run the checkpoints solely for your non-commercial academic research.", True),
        ("The weights may be used for non-commercial research purposes only.", True),
        ("Acme grants you a licence to use the Model exclusively for noncommercial research.", True),
        # research as one purpose of a list, or no limit at all: not research-only
        ("You may use the weights solely for non-commercial, internal research, and teaching purposes.", False),
        ("You may use the weights only for non-commercial research and educational purposes.", False),
        ("You may use the weights for any purpose, including non-commercial research.", False),
    ],
)
def test_research_kept_as_the_purpose_of_a_non_commercial_limit(body: str, read: bool) -> None:
    assert ("research_only" in _kinds(body)) is read
