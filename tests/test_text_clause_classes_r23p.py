"""Wording classes generalised from misses and a spurious reading of set r23 (round 13's fix source, helper fixP) of
the kinds patent_termination, state_changes, share_alike, no_training_other_models, registration, terms_may_change,
attribution, no_derivatives, revocable, flow_down, no_hosting and notice: a patent licence that "ends, as of the date
..., if you sue" (or "ends if you ..."); material modifications to be stated; derived models that remain under the
licence; a training ban named by what the trained model would do (replace or compete with the model) or by "any
model"; a licence for uses beyond the grant to be asked for by contact; additional terms or policies the licensor makes
available binding the licensee; a credit owed in the gerund ("commit to acknowledging the authors' papers"); sharing
banned in gerunds ("prohibited from publishing or disseminating any part of the corpus"); a right to revoke that the
licensor "retains"; those you share with "shall be bound by the terms of this Agreement"; a supplement of the
licensor's own that must not be omitted from what is passed on; model-as-a-service rights among those the licence does
not grant; a notice to retain whose text is set apart below as a markdown blockquote (one reading with its text, not
also a notice without it). Each class in hand-written paraphrases (none a real licence's wording), read unwrapped and
re-wrapped at 40, 60 and 76 columns, with negatives that share the words but state no duty of the kind. No positive
here is read as its kind on main f35543d."""

from __future__ import annotations

from pathlib import Path

import pytest

from openlint.text.read import read_text
from rewrap import rewrap
from sentences import kinds_read, read_clause

WIDTHS = [None, 40, 60, 76]

# A patent licence that ends on a suit, the end said before the condition: patent_termination.
PATENT_ENDS = [
    "This patent licence ends, as of the day the complaint is filed, if you or your affiliates bring patent "
    "litigation claiming that the Weights infringe a patent.",
    "Any patent licence granted to you ends if you or an affiliate commence patent litigation alleging that the "
    "Model infringes.",
    "Your patent licence ceases, on the date the claim is filed, should you sue anyone alleging that the weights "
    "infringe a patent.",
]

NOT_PATENT_ENDS = [
    "The patent licence ends after ten years. You may file patent lawsuits against anyone.",
    "This licence ends if you breach it.",
]

# Material modifications to be stated: state_changes.
MATERIAL_CHANGES = [
    "If you share the checkpoints, you must keep this licence with them and describe any significant changes, for "
    "example pruning or merging.",
    "Licensees passing on the Heron weights shall list all significant alterations, such as pruning.",
]

NOT_MATERIAL_CHANGES = [
    "You need not state material modifications such as quantization.",
    "You may note significant changes in the model card if you wish.",
    "Acme may make material changes to this licence at any time and will announce them.",
]

# Derived models that remain under the licence: share_alike.
DERIVED_REMAIN = [
    "A Heron-Derived Model that holds Heron weights remains subject to this License.",
    "A Derived Checkpoint remains subject to the terms of this Agreement.",
]

NOT_DERIVED_REMAIN = [
    "A Heron-Derived Model does not remain subject to this License once it holds no Heron weights.",
    "Derived checkpoints may be released under any licence.",
]

# A training ban named by what the trained model would do, or by any model: no_training_other_models.
COMPETING_MODEL = [
    "Do not use the weights, their logits or their outputs to train or distil a model whose main purpose is to "
    "replace Heron.",
    "You must not distil the checkpoints into a network meant to supplant Heron.",
    "You will not use the corpus or any results of it to improve any model (other than Heron and its fine-tunes).",
]

NOT_COMPETING_MODEL = [
    "You may train a model that competes with Heron.",
    "You may use the outputs to improve any model.",
    "Do not use the Model to replace human review of loan decisions.",
]

# A licence for uses beyond the grant, by contact: registration.
LICENCE_BEYOND_GRANT = [
    "If you need a licence that permits other than personal use, please contact Acme at legal@acme.example.",
    "If you want a licence that covers uses beyond research, please contact the authors.",
    "If you require rights to use the weights outside the scope of this grant, kindly contact licensing@acme.example.",
]

NOT_LICENCE_BEYOND_GRANT = [
    "If you need help with the licence, please contact us.",
    "If you need a licence for your team, please contact us.",
]

# Additional terms or policies the licensor makes available bind the licensee: terms_may_change.
ADDITIONAL_TERMS = [
    "Your use of the weights must also adhere to any additional terms or policies that Acme makes available to you, "
    "which are incorporated into this Agreement by reference.",
    "Licensee shall comply with any further rules which the Licensor may publish for the Model.",
]

NOT_ADDITIONAL_TERMS = [
    "You may read any additional policies that Acme makes available to you.",
    "You must comply with the additional terms set out in Appendix B.",
]

# A credit owed in the gerund: attribution.
GERUND_CREDIT = [
    "By using the corpus, you commit to acknowledging the authors' papers in any publication that relies on it.",
    "Users agree to citing the original article in their research results.",
]

NOT_GERUND_CREDIT = [
    "By using the corpus, you commit to acknowledging that it is provided as is in any publication.",
    "You may consider citing the original article in your publications.",
]

# Sharing banned in gerunds: no_derivatives.
GERUND_SHARING_BAN = [
    "You are prohibited from further copying, publishing, or disseminating any part of the Corpus.",
    "Recipients are forbidden from sharing or publishing any portion of the images dataset.",
    "You must refrain from distributing the weights.",
]

NOT_GERUND_SHARING_BAN = [
    "You are prohibited from disseminating any part of the Corpus without our written consent.",
    "You are prohibited from publishing personal data found in the corpus.",
    "You are not prohibited from publishing the corpus.",
]

# A right to revoke that the licensor retains, at will: revocable.
RETAINED_RIGHT = [
    "The authors retain the unequivocal right to revoke your access to the Corpus without prior notice or any "
    "justification.",
    "Acme retains the absolute right to terminate this licence for any reason.",
]

NOT_RETAINED_RIGHT = [
    "Acme retains the right to revoke this licence if you breach it.",
    "Acme retains all rights in the Corpus not granted here.",
]

# Those you share with bound by the licence: flow_down.
PARTY_BOUND = [
    "If you pass the Corpus to a third party, you shall give them a copy of this Agreement and such party shall be "
    "bound by the terms of this Agreement.",
    "Where the weights are shared, each recipient will be subject to the terms of this Licence.",
]

NOT_PARTY_BOUND = [
    "If you pass the Corpus to a third party, such party shall not be bound by the terms of this Agreement.",
    "You shall be bound by the terms of this Agreement.",
]

# A supplement of the licensor's own kept with what is passed on: flow_down.
SUPPLEMENT_KEPT = [
    "The Addendum stays part of the licence for the weights and must not be dropped when the weights are passed on.",
    "These additional terms may not be removed from redistributed copies or presented as a plain MIT grant.",
]

NOT_SUPPLEMENT_KEPT = [
    "The Addendum may be omitted when you share unmodified code.",
    "The supplement need not be included in binaries.",
]

# Model-as-a-service rights among those the licence does not grant: no_hosting.
SERVICE_RIGHTS_WITHHELD = [
    "The rights that this Licence does not grant, and that a paid plan may add, include:\n\n"
    "- white-label rights;\n- model-as-a-service rights;\n- premium support.",
    "No licence is given to run the Heron weights model-as-a-service.",
]

NOT_SERVICE_RIGHTS_WITHHELD = [
    "The rights that this Licence grants include:\n\n- white-label rights;\n- model-as-a-service rights.",
    "You may offer the Heron weights model-as-a-service to third parties.",
]

# A notice to retain whose text is set apart below as a blockquote: one reading, with its text.
QUOTED_BELOW = [
    "If you share the Model, you must retain this notice in the files you share:\n\n"
    "> \u201cThis product includes Heron, a model made by Acme, and is\n> offered under the Heron Licence.\u201d",
    "Anyone sharing the weights must keep this notice in every copy:\n\n"
    '> "Contains the Heron checkpoints by Acme. Copyright Acme."',
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", PATENT_ENDS, ids=lambda v: v[:50])
def test_a_patent_licence_ending_on_a_suit_is_patent_termination(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"patent_termination"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_PATENT_ENDS, ids=lambda v: v[:50])
def test_a_licence_ending_on_no_suit_is_no_patent_termination(clause: str, width: int | None) -> None:
    assert "patent_termination" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", MATERIAL_CHANGES, ids=lambda v: v[:50])
def test_material_modifications_to_be_stated_are_state_changes(clause: str, width: int | None) -> None:
    assert "state_changes" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_MATERIAL_CHANGES, ids=lambda v: v[:50])
def test_material_modifications_not_owed_are_no_state_changes(clause: str, width: int | None) -> None:
    assert "state_changes" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", DERIVED_REMAIN, ids=lambda v: v[:50])
def test_derived_models_remaining_under_the_licence_are_share_alike(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"share_alike"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_DERIVED_REMAIN, ids=lambda v: v[:50])
def test_derived_models_not_kept_under_the_licence_are_no_share_alike(clause: str, width: int | None) -> None:
    assert "share_alike" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", COMPETING_MODEL, ids=lambda v: v[:50])
def test_training_a_substitute_or_any_model_banned_is_no_training(clause: str, width: int | None) -> None:
    assert "no_training_other_models" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_COMPETING_MODEL, ids=lambda v: v[:50])
def test_training_permitted_or_no_training_named_is_no_ban(clause: str, width: int | None) -> None:
    assert "no_training_other_models" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", LICENCE_BEYOND_GRANT, ids=lambda v: v[:50])
def test_a_licence_beyond_the_grant_by_contact_is_registration(clause: str, width: int | None) -> None:
    assert "registration" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_LICENCE_BEYOND_GRANT, ids=lambda v: v[:50])
def test_a_contact_for_no_use_beyond_the_grant_is_no_registration(clause: str, width: int | None) -> None:
    assert "registration" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", ADDITIONAL_TERMS, ids=lambda v: v[:50])
def test_additional_terms_the_licensor_makes_available_are_terms_may_change(clause: str, width: int | None) -> None:
    assert "terms_may_change" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_ADDITIONAL_TERMS, ids=lambda v: v[:50])
def test_fixed_or_unowed_additional_terms_are_no_terms_may_change(clause: str, width: int | None) -> None:
    assert "terms_may_change" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", GERUND_CREDIT, ids=lambda v: v[:50])
def test_a_credit_owed_in_the_gerund_is_attribution(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"attribution"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_GERUND_CREDIT, ids=lambda v: v[:50])
def test_an_acknowledgement_or_an_invitation_is_no_attribution(clause: str, width: int | None) -> None:
    assert "attribution" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", GERUND_SHARING_BAN, ids=lambda v: v[:50])
def test_sharing_banned_in_gerunds_is_no_derivatives(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"no_derivatives"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_GERUND_SHARING_BAN, ids=lambda v: v[:50])
def test_a_gated_or_lifted_gerund_ban_is_no_sharing_ban(clause: str, width: int | None) -> None:
    assert "no_derivatives" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", RETAINED_RIGHT, ids=lambda v: v[:50])
def test_a_retained_right_to_revoke_is_revocable(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"revocable"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_RETAINED_RIGHT, ids=lambda v: v[:50])
def test_a_retained_right_for_breach_or_no_revocation_is_not_revocable(clause: str, width: int | None) -> None:
    assert "revocable" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", PARTY_BOUND, ids=lambda v: v[:50])
def test_those_you_share_with_bound_by_the_terms_is_flow_down(clause: str, width: int | None) -> None:
    assert "flow_down" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_PARTY_BOUND, ids=lambda v: v[:50])
def test_no_one_else_bound_is_no_flow_down(clause: str, width: int | None) -> None:
    assert "flow_down" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", SUPPLEMENT_KEPT, ids=lambda v: v[:50])
def test_a_supplement_kept_with_copies_is_flow_down(clause: str, width: int | None) -> None:
    assert "flow_down" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_SUPPLEMENT_KEPT, ids=lambda v: v[:50])
def test_a_supplement_that_may_be_left_out_is_no_flow_down(clause: str, width: int | None) -> None:
    assert "flow_down" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", SERVICE_RIGHTS_WITHHELD, ids=lambda v: v[:50])
def test_model_as_a_service_rights_withheld_are_no_hosting(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"no_hosting"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_SERVICE_RIGHTS_WITHHELD, ids=lambda v: v[:50])
def test_model_as_a_service_rights_granted_are_no_hosting_ban(clause: str, width: int | None) -> None:
    assert "no_hosting" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", QUOTED_BELOW, ids=lambda v: v[:50])
def test_a_notice_quoted_below_as_a_blockquote_is_read_once_with_its_text(clause: str, width: int | None) -> None:
    readings = read_clause(clause, width).obligations
    assert len([ob for ob in readings if ob.kind in {"notice", "attribution"}]) == 1
    (reading,) = [ob for ob in readings if ob.kind in {"notice", "attribution"}]
    quoted = clause.split("\n\n")[1].replace("> ", "").replace("\n", " ")
    assert reading.parameters().get("text") and str(reading.parameters()["text"]) in quoted


# A licensor's supplement under a title of its own above the complete Apache-2.0 text, which it incorporates by name:
# Apache-2.0 with differences (the supplement's terms the differences), never unidentified, never another licensor's;
# a supplement longer than the Apache text is a licence of its own that appends it (unidentified).
SUPPLEMENT = (
    "Kestrel Model Licence 1.0\nSupplement: Deployment on Satellites\n\n"
    "Licensor: Acme Orbital\n\n"
    "1. This Supplement and the complete Apache License, Version 2.0, below together form the Kestrel Model "
    "Licence 1.0. Within its scope, this Supplement prevails over the Apache terms.\n\n"
    "2. You may use, modify, host and share the Kestrel weights, also commercially. The Supplement stays part of "
    "the licence for the weights and must not be removed from copies you pass on.\n\n"
    "3. Without written consent from Acme Orbital, you may not load the Kestrel weights onto a satellite.\n\n"
    "Apache License, Version 2.0, incorporated into the Kestrel Model Licence 1.0\n\n"
)


@pytest.mark.parametrize("width", [None, 40, 76])
def test_a_supplement_above_the_whole_apache_text_is_apache_with_differences(corpus: Path, width: int | None) -> None:
    apache = (corpus / "licenses" / "spdx" / "Apache-2.0.txt").read_text(encoding="utf-8")
    text = SUPPLEMENT + apache
    reading = read_text(rewrap(text, width) if width else text, "LICENSE")
    assert (reading.license_id, reading.verdict) == ("Apache-2.0", "known-with-differences")
    assert "flow_down" in {d.kind for d in reading.differences if d.status == "only_in_text"}


@pytest.mark.parametrize("width", [None, 40, 76])
def test_a_licence_of_its_own_appending_the_apache_text_stays_unidentified(corpus: Path, width: int | None) -> None:
    apache = (corpus / "licenses" / "spdx" / "Apache-2.0.txt").read_text(encoding="utf-8")
    own = "".join(  # terms of its own, each sentence distinct, together longer than the Apache text
        f"{n}. Station {n}-a may not load batch {n}-b of the weights before day {n}-c nor share copy {n}-d with "
        f"operator {n}-e in region {n}-f unless Acme signs form {n}-g.\n\n"
        for n in range(4, 100)
    )
    text = SUPPLEMENT + own + apache
    reading = read_text(rewrap(text, width) if width else text, "LICENSE")
    assert reading.license_id is None
