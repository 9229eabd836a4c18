"""Wording classes generalised from misses and spurious readings of sets r21 and r22 (round 13's fix sources, helper
fixL) of the kinds non_commercial, research_only, attribution, share_alike, registration and no_hosting: a
permission for a list of purposes that a non-commercial adjective governs, academic use among them; a release that
names non-commercial use among its purposes; a research grant whose conditions follow "if you:" (each item owed);
the labelled terms of a licence summary ("NonCommercial: no commercial use", "ShareAlike: adaptations must use the
same licence"); the credit itself the subject of a duty ("Attribution must include ..."); a sale or paid service
banned but by separate written permission; use confined to registered users; a ban on providing services to the
general public. And what is no duty: a past report of how data was used; a release "for non-commercial research"
under a Creative Commons licence (the grant is the CC licence, open to any non-commercial purpose); the licensor's
own distribution "with attribution to" someone. (Research beside non-commercial use, "released for research and
non-commercial use only", stays research_only as well, fixture c69's convention pinned in r19j's tests, also where
the work is under CC BY-NC: r12's ONERA labels it so; r22's DreamLite use policy is labelled otherwise.) Each class
in hand-written paraphrases (none a real licence's wording), read unwrapped and re-wrapped at 40, 60 and 76 columns,
with negatives that share the words but state no duty of the kind. No positive here is read on main 9b2e265, and
main read each spurious class's negative as the kind it names."""

from __future__ import annotations

import pytest

from sentences import kinds_read

WIDTHS = [None, 40, 60, 76]

# A permission for listed purposes that a non-commercial adjective governs, academic (or scholarly) use among them
# beside evaluation-like purposes: non_commercial and research_only (academic use is research use).
LISTED_ACADEMIC_PURPOSES = [
    "Permission is granted to copy, adapt and share the Heron v3.2 checkpoints for non-commercial academic and "
    "benchmarking purposes, subject to the terms below.",
    "You may run and modify the weights for non-commercial scholarly and testing purposes.",
    "You are permitted to fine-tune the Model for academic and evaluation purposes, provided that you cite us.",
]

# Commercial purposes among them, no permission, a ban, or purposes that are not academic.
NOT_LISTED_ACADEMIC_PURPOSES = [
    ("Permission is granted to use the weights for academic and commercial purposes.", set()),
    ("We used the weights for non-commercial academic and validation purposes.", set()),
    ("You may use the weights for teaching and hobby purposes.", set()),
]

# A release naming non-commercial use among its purposes: non_commercial only.
RELEASED_FOR_NON_COMMERCIAL = [
    "The corpus is released for academic study, reproducibility, and non-commercial use.",
    "The images are offered for benchmarking, teaching and non-commercial use.",
    "The Heron weights are distributed for non-commercial use.",
]

NOT_RELEASED_FOR_NON_COMMERCIAL = [
    "The corpus is released for commercial and non-commercial use.",
    "The corpus is released for non-commercial use as well as commercial use.",
    "We do not know whether the corpus is used for non-commercial ends.",
]

# A research grant whose conditions are listed after "if you:": research_only, and each item owed (attribution).
RESEARCH_IF_YOU = [
    "You may use, copy and share the corpus for academic research if you:\n\n"
    "- cite the related manuscript or this repository;\n"
    "- keep the file names unchanged.",
    "You can adapt the photographs for scientific research if you:\n\n"
    "1. cite the dataset paper;\n"
    "2. keep the labels as they are.",
]

# "if you:" after no permission (a breach, the licence ending) or an invitation leads in no duty; a credit named only.
NOT_RESEARCH_IF_YOU = [
    "This licence ends automatically if you:\n\n- sell the corpus;\n"
    "- publish papers that cite the related manuscript wrongly.",
    "You may use the corpus for research. We would be glad if you:\n\n- cite the related manuscript.",
]

# The labelled terms of a licence summary: the kind each states.
SUMMARY_TERMS = [
    ("Terms in short:\n\n- NonCommercial: no commercial use.\n- Prototype only.", "non_commercial"),
    ("- **NonCommercial**: no commercial use.", "non_commercial"),
    ("- ShareAlike: adaptations must use the same licence.", "share_alike"),
    ("Derivatives shall carry the same terms.", "share_alike"),
]

NOT_SUMMARY_TERMS = [
    "- NonCommercial: no commercial use restrictions apply.",
    "- ShareAlike: adaptations need not use the same licence.",
    "Adaptations may use the same licence if their authors wish.",
]

# A past report of how data was used limits no use: nothing (main read research_only).
PAST_REPORTS = [
    "Four datasets that state no licence were **used for evaluation only**. They are not in these weights.",
    "Two of the corpora had been used exclusively for academic evaluation.",
]

# The credit the subject of the duty: attribution.
CREDIT_AS_SUBJECT = [
    "Attribution must include this repository and the Lark dataset.",
    "Citation must reference the Lark preprint and the toolkit.",
    "Attribution shall mention the original authors.",
]

NOT_CREDIT_AS_SUBJECT = [
    "Attribution need not include the dataset.",
    "Attribution may include the authors' names.",
    "Credit is not required to name the toolkit.",
]

# A release for non-commercial research under a Creative Commons licence: non_commercial only (main read
# research_only); the same release under the document's own terms stays research_only.
UNDER_CC = [
    "The checkpoints are released for non-commercial research and evaluation under the Creative Commons "
    "Attribution-NonCommercial-ShareAlike 4.0 International license.",
    "The weights are provided for non-commercial research under CC BY-NC 4.0.",
]
UNDER_OWN_TERMS = "The checkpoints are released for non-commercial research and evaluation under this Agreement."

# The licensor's own distribution with attribution to someone: no duty (main read attribution); a permission or
# duty with the same words still owes it.
OWN_SHARING = [
    "- **Adapter weights** are dual-licensed: distributed here free of charge, under CC BY 4.0 with attribution to "
    "Acme (see CREDITS.md).",
    "We release the checkpoints with attribution to the Lark dataset's authors.",
]
SHARING_WITH_CREDIT = [
    "You may redistribute the weights, with attribution to Acme.",
    "The weights may be shared here with attribution to Acme.",
]

# A sale or a paid service banned but by separate written permission: registration.
SALE_BY_LEAVE = [
    "The weights may not be sold, sublicensed commercially, or used to run a paid service without separate written "
    "permission from Acme.",
    "You must not resell the checkpoints commercially without the prior written consent of the authors.",
]

NOT_SALE_BY_LEAVE = [
    "You may sell products made with the weights without written permission from Acme.",
    "The weights may not be sold. You may share them commercially without written permission from Acme.",
]

# Use confined to users registered with the licensor: registration.
REGISTERED_ONLY = [
    "Lark is only for internal use by registered users.",
    "The weights are available solely to registered members of the consortium.",
    "Access to the demo is for registered users only.",
]

NOT_REGISTERED_ONLY = [
    "Registered users may download the weights.",
    "Only registered users receive the newsletter about commercial plans.",
]

# A ban on providing services to the general public: no_hosting.
PUBLIC_SERVICES = [
    "You undertake not to use the Model, directly or indirectly, to provide services to the general public.",
    "Licensee shall not offer public-facing services built on the weights.",
]

NOT_PUBLIC_SERVICES = [
    "You may use the Model to provide services to the general public.",
    "You shall not provide services to the general public unless Acme agrees in writing.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", LISTED_ACADEMIC_PURPOSES, ids=lambda v: v[:50])
def test_a_permission_for_listed_academic_purposes_is_research_only(clause: str, width: int | None) -> None:
    kinds = kinds_read(clause, width)
    assert "research_only" in kinds
    assert ("non_commercial" in kinds) == ("non-commercial" in clause)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "kinds"), NOT_LISTED_ACADEMIC_PURPOSES, ids=lambda v: str(v)[:50])
def test_purposes_not_confined_to_academic_use_are_no_research_only(
    clause: str, kinds: set[str], width: int | None
) -> None:
    assert kinds_read(clause, width) == kinds


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", RELEASED_FOR_NON_COMMERCIAL, ids=lambda v: v[:50])
def test_a_release_for_non_commercial_use_is_non_commercial(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"non_commercial"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_RELEASED_FOR_NON_COMMERCIAL, ids=lambda v: v[:50])
def test_a_release_for_commercial_use_too_is_no_limit(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", RESEARCH_IF_YOU, ids=lambda v: v[:50])
def test_conditions_after_if_you_are_owed(text: str, width: int | None) -> None:
    assert kinds_read(text, width) == {"research_only", "attribution"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", NOT_RESEARCH_IF_YOU, ids=lambda v: v[:50])
def test_if_you_after_no_permission_owes_nothing(text: str, width: int | None) -> None:
    assert "attribution" not in kinds_read(text, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("text", "kind"), SUMMARY_TERMS, ids=lambda v: str(v)[:50])
def test_a_summary_term_is_read_as_its_kind(text: str, kind: str, width: int | None) -> None:
    assert kinds_read(text, width) == {kind}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", NOT_SUMMARY_TERMS, ids=lambda v: v[:50])
def test_a_summary_term_that_lifts_the_duty_reads_nothing(text: str, width: int | None) -> None:
    assert kinds_read(text, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", PAST_REPORTS, ids=lambda v: v[:50])
def test_a_past_report_of_use_limits_nothing(text: str, width: int | None) -> None:
    assert kinds_read(text, width) == set()
    assert kinds_read("The weights must be used for evaluation only.", width) == {"research_only"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", CREDIT_AS_SUBJECT, ids=lambda v: v[:50])
def test_the_credit_as_subject_of_a_duty_is_attribution(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"attribution"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_CREDIT_AS_SUBJECT, ids=lambda v: v[:50])
def test_a_credit_not_owed_is_no_attribution(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", UNDER_CC, ids=lambda v: v[:50])
def test_a_release_for_research_under_a_cc_licence_is_non_commercial_only(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"non_commercial"}
    assert kinds_read(UNDER_OWN_TERMS, width) == {"non_commercial", "research_only"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", OWN_SHARING, ids=lambda v: v[:50])
def test_the_licensors_own_sharing_with_attribution_owes_nothing(clause: str, width: int | None) -> None:
    assert "attribution" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", SHARING_WITH_CREDIT, ids=lambda v: v[:50])
def test_sharing_permitted_with_attribution_owes_it(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"attribution"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", SALE_BY_LEAVE, ids=lambda v: v[:50])
def test_a_sale_banned_but_by_written_permission_is_registration(clause: str, width: int | None) -> None:
    assert "registration" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_SALE_BY_LEAVE, ids=lambda v: v[:50])
def test_a_sale_permitted_or_banned_outright_is_no_registration(clause: str, width: int | None) -> None:
    assert "registration" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", REGISTERED_ONLY, ids=lambda v: v[:50])
def test_use_by_registered_users_only_is_registration(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"registration"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_REGISTERED_ONLY, ids=lambda v: v[:50])
def test_registered_users_named_without_a_limit_is_no_registration(clause: str, width: int | None) -> None:
    assert "registration" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", PUBLIC_SERVICES, ids=lambda v: v[:50])
def test_a_ban_on_serving_the_general_public_is_no_hosting(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"no_hosting"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_PUBLIC_SERVICES, ids=lambda v: v[:50])
def test_serving_the_public_permitted_or_by_leave_is_no_hosting(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()
