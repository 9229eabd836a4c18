"""Round 8's widening of the structural reading layer (openlint.text.clauses): general mechanisms
and lexicon concepts, each pinned with hand-written phrasings (none copied from a held-out text) that
the layer did not read on main 9d23fa1, and negatives that must stay unread."""

from __future__ import annotations

import pytest

from openlint.text import clauses
from sentences import layer_alone

HEAD = "Sample Terms\n\n"


def _alone(body: str) -> list[tuple[str, str]]:
    """The layer's readings with no pattern reading at all (every kind wanted): kind and cited text."""
    return sorted((ob.kind, ob.source.text or "") for ob in layer_alone(HEAD + body + "\n"))


# An item of an inline list is read with its sentence's lead-in, and cited at the item's own words.
@pytest.mark.parametrize(
    ("body", "reading"),
    [
        (
            "If You share the Model or a Derivative, You must (a) include a full copy of this License; (b) keep "
            "the model card.",
            ("include_license", "(a) include a full copy of this License;"),
        ),
        (
            "Whenever you redistribute the Weights you shall: (1) hand over a copy of these terms to each "
            "recipient, and (2) mark the files you changed.",
            ("include_license", "(1) hand over a copy of these terms to each recipient, and"),
        ),
        (
            "You agree that you will not (i) offer the Model as a hosted service to third parties or (ii) sell it.",
            ("no_hosting", "(i) offer the Model as a hosted service to third parties or"),
        ),
    ],
)
def test_an_inline_list_item_is_read_with_its_lead_in(body: str, reading: tuple[str, str]) -> None:
    assert reading in _alone(body)


@pytest.mark.parametrize(
    "body",
    [
        # the lead-in is the licensor's conduct: its items are no duty of the licensee
        "We will (a) give you a copy of this License; and (b) keep the weights online.",
        # a sentence end between the lead-in and the item: no lead-in
        "You must keep this file. (a) A copy of this License is available online.",
        # a lead-in that grants: the items are what may be done
        "You may (a) host the Model as a service for your customers; (b) modify it.",
    ],
)
def test_an_item_reads_nothing_its_lead_in_does_not_say(body: str) -> None:
    assert _alone(body) == []


# Concepts widened from the layer's misses on in-sample sets: phrasings written here, each of a class
# seen in several licences, and the negatives each must not read.
@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # a notice kept by being included or carried
        ("The copyright notice above and this permission notice shall be included in every copy you make.", "notice"),
        ("Every redistribution must carry the copyright notices of the original authors.", "notice"),
        ("You must keep this licence notice in all copies of the weights.", "notice"),
        # the licence's own text carried with every copy
        ("This permission notice must be included in all copies or large portions of the Model.", "include_license"),
        ("Each redistribution shall reproduce this license text in its documentation.", "include_license"),
        # the limit and the purpose a few words apart
        ("We license the checkpoints to you solely for your own non-commercial teaching purposes.", "non_commercial"),
        ("The weights may be used for non-commercial evaluation purposes only.", "non_commercial"),
        ("You may run the Model only in non-commercial settings.", "non_commercial"),
        # the terms' liability to change
        ("Please note that these terms are subject to change without notice.", "terms_may_change"),
        ("This model licence is subject to revision as the project evolves.", "terms_may_change"),
        # distribution kept under the same terms
        ("If you share the Model with others, you may only do so under the terms of this Agreement.", "share_alike"),
        ("You may redistribute the weights only if you do so under this License.", "share_alike"),
        (
            "You agree to apply this License to all copies and modified versions of the Model you distribute.",
            "share_alike",
        ),
        # a ban on uses named by the harm
        ("You shall not use the checkpoints in any manner that is against applicable law.", "acceptable_use"),
        ("The Model must not be deployed for military or surveillance applications.", "acceptable_use"),
        ("Licensee will not employ the outputs to harass or defame any person.", "acceptable_use"),
        # the restrictions carried into what binds the next user
        (
            "The use restrictions in Section 4 shall be included as binding terms in any agreement under which you "
            "distribute the Model.",
            "flow_down",
        ),
        ("You must incorporate the usage restrictions into the licence you give your recipients.", "flow_down"),
        ("You shall require all of your customers to comply with this Section.", "flow_down"),
    ],
)
def test_a_widened_concept_reads_another_phrasing(body: str, kind: str) -> None:
    assert kind in {found for found, _ in _alone(body)}


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # a permission about the user's own notices
        ("You may add your own copyright notices to the files you include with the Model.", "notice"),
        # an exemption from a paid licence, not a limit
        (
            "Large companies need a paid license for any use (excluding use solely for non-commercial research).",
            "non_commercial",
        ),
        (
            "A startup may use the Model without obtaining a commercial agreement solely for non-commercial work.",
            "non_commercial",
        ),
        # the licence text itself may be modified: no modification notice of the work
        (
            "You may modify the text of this License; you must state that your modified license is not this one.",
            "state_changes",
        ),
        # "may" without "only" grants
        ("You may distribute the Model under the terms of this Agreement or under any other terms.", "share_alike"),
        # harms named without a ban on use, or a ban on breaching this licence
        ("You are responsible for any unlawful use of the outputs by your users.", "acceptable_use"),
        ("You may not use the Model in violation of this License or of applicable law.", "acceptable_use"),
        ("You shall comply with export laws; you may not use the Model except as export laws allow.", "acceptable_use"),
        # a requirement on users that is no restriction carried on
        ("You may require your users to comply with your own terms of service.", "flow_down"),
        # what a policy is subject to is no change of terms
        ("Your use of the service is subject to the privacy policy.", "terms_may_change"),
    ],
)
def test_a_widened_concept_does_not_read_these(body: str, kind: str) -> None:
    assert kind not in {found for found, _ in _alone(body)}


def test_leaving_a_set_out_strictly_drops_every_entry_it_prompted() -> None:
    """clause_loso --strict: an entry prompted by several sets, or "general r10", is dropped when any of
    them is left out; the ordinary leave-one-set-out drops only what that set alone prompted."""
    assert clauses._kept("r4 r6", "r4") and not clauses._kept("r4 r6", "strict:r4")
    assert clauses._kept("general r10", "r10") and not clauses._kept("general r10", "strict:r10")
    assert not clauses._kept("r5", "r5") and not clauses._kept("r5", "strict:r5")
    assert clauses._kept("general", "strict:r11") and clauses._kept("r4 r6", "strict:r11")
    assert clauses._kept("r4", None)
    # no entry of the shipped lexicon was prompted by a blind set (r7): its figures are held out either way.
    # (r11-r14 became fix sources in rounds 8 and 9, r15 and r16 in round 10.)
    from openlint.text.clause_lexicon import GLOBAL_LEARNED, LEXICON

    origins = [c.origin for c in LEXICON] + [c.retired for c in LEXICON]
    origins += [sets for c in LEXICON for _, sets in c.learned] + [sets for _, sets in GLOBAL_LEARNED]
    assert not {"r7"} & {name for origin in origins for name in origin.split()}
    assert len(clauses.active(LEXICON, "strict:r7")) == len(clauses.active(LEXICON))
    # strictly leaving r12 out drops exactly the entries whose origin names it
    naming = [c for c in LEXICON if "r12" in c.origin.split() and not c.retired]
    assert naming and len(clauses.active(LEXICON, "strict:r12")) == len(clauses.active(LEXICON)) - len(naming)
