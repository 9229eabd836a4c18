"""Wording classes generalised from the grant-scope misses of sets r17 and r18 (round 11's fix sources): a
grant's stated purpose without "only", use confined to named purposes after the object, a defined term that is
a list of purposes, commerce banned "in the course of" a commercial activity, a revenue cap over a month,
sharing only with recipients bound by these terms, derivatives subject to the licence's restrictions, any
other purpose needing a licence requested from the licensor, and a text known by its title alone keeping its
clause readings. Each class in hand-written paraphrases (none a real licence's wording), read unwrapped and
re-wrapped at 40, 60 and 76 columns, with negatives that share the words but state no duty of the kind. Every
positive here was not read on main edeb3b1 (except two of the commercial-supply bans, as noted there)."""

from __future__ import annotations

import pytest

from openlint.text.read import read_text
from rewrap import rewrap
from sentences import cited, kinds_read

WIDTHS = [None, 40, 60, 76]

# A permission whose stated purpose is non-commercial, with no "only": the purpose a grant names is its scope.
GRANT_FOR_NON_COMMERCIAL = [
    "You may share and adapt the checkpoints for non-commercial purposes.",
    "You are free to copy, modify and redistribute the Model for personal and non-commercial use, provided you "
    "credit the authors.",
    "Permission is granted to download and fine-tune the Weights for non-commercial projects.",
]

NOT_GRANT_FOR_NON_COMMERCIAL = [
    "You may use the Model for non-commercial purposes and for commercial purposes alike.",
    "You may use the Model for commercial or non-commercial purposes.",
    "You may contact the authors for non-commercial licensing questions.",
]

# The same with research as the purpose (beside other non-commercial purposes).
GRANT_FOR_RESEARCH = [
    "You may use, copy and share the Weights and build derivatives for research and benchmarking, subject to the "
    "rules below.",
    "Permission is granted to copy and modify the checkpoints for academic research.",
    "You are free to download and fine-tune the Model for research purposes.",
]

NOT_GRANT_FOR_RESEARCH = [
    "You may use the Model for research and commercial purposes.",
    "You may use the Model for any purpose, such as research.",
    "You may cite the Model for research papers and talks on any subject.",
]

# A grant open to any non-commercial purpose, research only its example, beside a permission for research: the
# wider grant decides (non_commercial only). Main read neither; these guard the permission class above.
WIDER_THAN_A_RESEARCH_PERMISSION = [
    "Permission is granted to use the Weights solely for non-commercial purposes, including academic research and "
    "teaching.\n\nYou may fine-tune the Weights for non-commercial research.",
    "You may use the Model only for non-commercial uses, such as research or art.\n\nYou may share adapted versions "
    "for research purposes.",
]

NOT_WIDER_THAN_A_RESEARCH_PERMISSION = [
    "You may use the Model only for non-commercial research.\n\nYou may share adapted versions for research purposes.",
]

# Use confined to a list of purposes after its object ("only use the Model and its derivatives (...) for
# testing, research or evaluation purposes").
ONLY_USE_OBJECT_FOR_RESEARCH = [
    "You shall only use the Model and its Derivatives (whether made by you or not) for testing, research, or "
    "evaluation purposes.",
    "Licensee may only access the Weights and any Outputs for non-commercial research.",
    "Users must only run this checkpoint on their own machines for academic research and teaching.",
]

NOT_ONLY_USE_OBJECT_FOR_RESEARCH = [
    "You shall only use the Model and its Derivatives for research or commercial purposes that comply with law.",
    "The Licensor will only use the feedback you send for research.",
]

# A use confined to purposes that are neither commerce nor research ("only to be used for educational or
# entertainment purposes"): no commercial use.
ONLY_PERSONAL_PURPOSES = [
    "The Model is only to be used for educational or entertainment purposes.",
    "THESE WEIGHTS MAY BE USED FOR EITHER HOBBY/EDUCATIONAL PURPOSES ONLY.",
    "You may use the checkpoints solely for your personal, educational use.",
]

NOT_ONLY_PERSONAL_PURPOSES = [
    "The Model may be used for educational purposes, among any others.",
    "You may use the Model for educational purposes and in your own business.",
]

# A grant confined to a defined term whose definition is a list of purposes with research among them (and none
# commercial): research_only, cited at the grant that names the term (line 5).
TERM_LISTING_RESEARCH = [
    '"Permitted Purposes" means research, teaching and private study.\n\nYou may use the Dataset for Permitted '
    "Purposes only.",
    '"Allowed Uses" means academic research, coursework or personal experimentation.\n\nThe Licensor grants you a '
    "licence to use the Model solely for Allowed Uses.",
    "\u201cApproved Purpose\u201d means non-profit research and teaching.\n\nThe Weights may be used only for the "
    "Approved Purpose.",
]

NOT_TERM_LISTING_RESEARCH = [
    '"Permitted Purposes" means research, teaching and commercial product development.\n\nYou may use the Dataset '
    "for Permitted Purposes only.",
    '"Permitted Purposes" means any purpose, including research.\n\nYou may use the Dataset for Permitted Purposes '
    "only.",
    '"Permitted Purposes" means research papers and posters.\n\nYou may use the Dataset for Permitted Purposes only.',
]

# Commerce banned for supplying, offering or making available the model "in the course of" (or "as part of", "in
# connection with") a commercial activity (main's clause layer read the last two, not the first: "whether for
# payment or free of charge" kept it from the clause).
SUPPLY_IN_COMMERCE = [
    "You shall not supply the Model or any Derivative in the course of a commercial activity, whether for payment "
    "or free of charge.",
    "The Weights may not be offered to third parties as part of any commercial activity.",
    "You must not make the checkpoints available in connection with a commercial business.",
]

# Hosting named as one way of that supply is part of the commercial ban: no no_hosting beside it.
HOSTING_IN_COMMERCE = [
    "You shall not supply the Model in the course of a commercial activity, including through a hosted service "
    "or an API.",
    "You must not distribute the Weights in the course of your commercial activities, including by hosting them "
    "for others.",
]

NOT_SUPPLY_IN_COMMERCE = [
    "You may supply the Model in the course of a commercial activity.",
    "You may not supply the Model to anyone who breaks the law; commercial activity is allowed.",
]

# A revenue cap measured over a month (monthly revenue, revenue per month): threshold and currency as written.
MONTHLY_REVENUE_CAP = [
    (
        "No rights are granted under this licence to a company whose monthly consolidated revenue is above "
        "USD 5 million.",
        5_000_000,
        "USD",
    ),
    (
        "If your organisation's revenue exceeds \u20ac1,000,000 per month, you must obtain a commercial licence.",
        1_000_000,
        "EUR",
    ),
    (
        "Entities whose total monthly revenue was more than $3 million in the previous month may not use the Model.",
        3_000_000,
        "USD",
    ),
]

NOT_MONTHLY_REVENUE_CAP = [
    "The monthly subscription for the hosted Model costs $20.",
    "Our monthly revenue exceeds $20 million, which funds this release.",
]

# Sharing allowed only with recipients who (first) agree to be bound by these terms: the terms pass downstream.
SHARE_WITH_BOUND_RECIPIENTS = [
    "Researcher may give colleagues access to the Dataset provided that they first agree to be bound by these "
    "terms and conditions.",
    "You may share the Weights with collaborators only if each recipient agrees to comply with this Agreement.",
    "You may give copies of the Model to other members of your lab, as long as they have agreed to abide by these "
    "terms.",
]

NOT_SHARE_WITH_BOUND_RECIPIENTS = [
    "You may share the Dataset with colleagues; they need not agree to these terms.",
    "You may provide access to the Model provided that you agree to be bound by these terms.",
]

# Derivatives said to be subject to the licence's (use) restrictions: those restrictions follow the derivatives.
DERIVATIVES_SUBJECT_TO_RESTRICTIONS = [
    "Any fine-tuned version you make of the Weights shall be subject to the restrictions in Section 4.",
    "You accept that Derivatives created by or for you are subject to the restrictions set out in this Agreement.",
    "All modifications of the Model will remain subject to the use restrictions of this License.",
]

NOT_DERIVATIVES_SUBJECT_TO_RESTRICTIONS = [
    "Derivatives are not subject to the restrictions in Section 4.",
    "Derivatives are subject to export restrictions under applicable law.",
]

# Any other purpose needs a licence requested from the licensor (read over the whole document, as registration).
OTHER_PURPOSE_NEEDS_A_LICENCE = [
    "If you want to use the Model for any purpose not expressly permitted by this License, you must request a "
    "licence from Acme.",
    "For any use that is not expressly authorised under these terms, you must first obtain a separate license "
    "from the Licensor.",
    "Should you wish to use the Weights for other purposes not granted here, you need to request written "
    "permission from Acme.",
]

NOT_OTHER_PURPOSE_NEEDS_A_LICENCE = [
    "If you want to use the Model for a purpose not expressly permitted, you must stop using it.",
    "For any purpose not expressly permitted, you must comply with applicable law.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", GRANT_FOR_NON_COMMERCIAL, ids=lambda v: v[:50])
def test_a_permission_for_non_commercial_purposes_is_non_commercial(clause: str, width: int | None) -> None:
    # "..., provided you credit the authors" also owes credit (a proviso after "are free to": r19i), only there
    credit = [("attribution", 3, 3, {})] if "provided you credit" in clause else []
    assert cited(clause, width) == [*credit, ("non_commercial", 3, 3, {})]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_GRANT_FOR_NON_COMMERCIAL, ids=lambda v: v[:50])
def test_a_permission_also_commercial_or_no_purpose_is_not_non_commercial(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", GRANT_FOR_RESEARCH, ids=lambda v: v[:50])
def test_a_permission_for_research_purposes_is_research_only(clause: str, width: int | None) -> None:
    assert cited(clause, width) == [("research_only", 3, 3, {})]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_GRANT_FOR_RESEARCH, ids=lambda v: v[:50])
def test_a_permission_wider_than_research_is_not_research_only(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", WIDER_THAN_A_RESEARCH_PERMISSION, ids=lambda v: v[:50])
def test_a_wider_non_commercial_grant_supersedes_a_research_permission(text: str, width: int | None) -> None:
    assert kinds_read(text, width) == {"non_commercial"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", NOT_WIDER_THAN_A_RESEARCH_PERMISSION, ids=lambda v: v[:50])
def test_a_grant_no_wider_than_research_keeps_research_only(text: str, width: int | None) -> None:
    assert "research_only" in kinds_read(text, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", ONLY_USE_OBJECT_FOR_RESEARCH, ids=lambda v: v[:50])
def test_only_using_the_model_for_listed_purposes_with_research_is_research_only(
    clause: str, width: int | None
) -> None:
    assert "research_only" in kinds_read(clause, width)
    assert kinds_read(clause, width) <= {"research_only", "non_commercial"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_ONLY_USE_OBJECT_FOR_RESEARCH, ids=lambda v: v[:50])
def test_research_beside_commerce_or_the_licensors_own_use_is_not_research_only(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", ONLY_PERSONAL_PURPOSES, ids=lambda v: v[:50])
def test_use_confined_to_educational_or_personal_purposes_is_non_commercial(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"non_commercial"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_ONLY_PERSONAL_PURPOSES, ids=lambda v: v[:50])
def test_educational_use_that_confines_nothing_is_not_non_commercial(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", TERM_LISTING_RESEARCH, ids=lambda v: v[:50])
def test_a_grant_confined_to_a_term_listing_research_is_research_only(text: str, width: int | None) -> None:
    assert cited(text, width) == [("research_only", 5, 5, {})]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", NOT_TERM_LISTING_RESEARCH, ids=lambda v: v[:50])
def test_a_term_listing_commerce_or_any_purpose_is_not_research_only(text: str, width: int | None) -> None:
    assert "research_only" not in kinds_read(text, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", SUPPLY_IN_COMMERCE, ids=lambda v: v[:50])
def test_supplying_the_model_in_the_course_of_commerce_banned_is_non_commercial(clause: str, width: int | None) -> None:
    assert cited(clause, width) == [("non_commercial", 3, 3, {})]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", HOSTING_IN_COMMERCE, ids=lambda v: v[:50])
def test_hosting_named_as_a_way_of_commercial_supply_is_no_hosting_ban(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"non_commercial"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_SUPPLY_IN_COMMERCE, ids=lambda v: v[:50])
def test_commerce_allowed_or_another_ban_is_not_non_commercial(clause: str, width: int | None) -> None:
    assert "non_commercial" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "threshold", "currency"), MONTHLY_REVENUE_CAP, ids=lambda v: str(v)[:50])
def test_a_revenue_cap_over_a_month_is_read_with_its_threshold(
    clause: str, threshold: int, currency: str, width: int | None
) -> None:
    found = [reading for reading in cited(clause, width) if reading[0] == "revenue_cap"]
    assert found == [("revenue_cap", 3, 3, {"threshold": threshold, "currency": currency})]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_MONTHLY_REVENUE_CAP, ids=lambda v: v[:50])
def test_a_monthly_price_or_the_licensors_own_revenue_is_no_cap(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", SHARE_WITH_BOUND_RECIPIENTS, ids=lambda v: v[:50])
def test_sharing_only_with_recipients_bound_by_these_terms_is_flow_down(clause: str, width: int | None) -> None:
    assert cited(clause, width) == [("flow_down", 3, 3, {})]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_SHARE_WITH_BOUND_RECIPIENTS, ids=lambda v: v[:50])
def test_recipients_unbound_or_only_you_bound_is_not_flow_down(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", DERIVATIVES_SUBJECT_TO_RESTRICTIONS, ids=lambda v: v[:50])
def test_derivatives_subject_to_the_licences_restrictions_is_flow_down(clause: str, width: int | None) -> None:
    assert cited(clause, width) == [("flow_down", 3, 3, {})]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_DERIVATIVES_SUBJECT_TO_RESTRICTIONS, ids=lambda v: v[:50])
def test_derivatives_free_of_them_or_under_the_laws_restrictions_is_not_flow_down(
    clause: str, width: int | None
) -> None:
    assert kinds_read(clause, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", OTHER_PURPOSE_NEEDS_A_LICENCE, ids=lambda v: v[:50])
def test_any_other_purpose_needing_a_licence_from_the_licensor_is_registration(clause: str, width: int | None) -> None:
    assert cited(clause, width) == [("registration", 3, 3, {})]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_OTHER_PURPOSE_NEEDS_A_LICENCE, ids=lambda v: v[:50])
def test_another_purpose_needing_no_licence_is_not_registration(clause: str, width: int | None) -> None:
    assert "registration" not in kinds_read(clause, width)


# A text under the title of a catalogued license that has no reference text (here Databricks' name-only entry):
# nothing explains its wording, so the clause layer's readings of its own clauses are kept (as for any text not
# identified); before, they were dropped as a known license's own wording.
TITLED = (
    "# Databricks Open Model License\n\n"
    "You may share adapted versions under other terms, provided that:\n"
    "- You put in each adapted version clear notices saying that You modified the Model; and\n"
    "- your terms give recipients no fewer rights.\n"
)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_text_known_by_its_title_alone_keeps_its_clause_readings(width: int | None) -> None:
    reading = read_text(rewrap(TITLED, width) if width else TITLED, "LICENSE")
    assert (reading.by_title, reading.license_id) == (True, "databricks-open-model")
    assert {ob.kind for ob in reading.obligations} == {"state_changes"}
