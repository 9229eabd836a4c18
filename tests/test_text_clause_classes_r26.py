"""Wording classes generalised from the misses and spurious readings of set r26 (round 14's new held-out set, helper
fix26, first measured blind on e902d6e) of the kinds state_changes, non_commercial, registration, share_alike,
research_only, no_derivatives, acceptable_use, revocable, patent_termination, flow_down, notice, attribution and
terms_may_change, and two guards (include_license, territory): the licensee speaking in the first person ("I will
indicate any changes I have made", "I will neither sell nor monetize", "I will first need to get permission"), an
imperative to share under the same terms; a use that needs the licensor's prior written permission; a use confined
"in connection with" / "in furtherance of" research, or every use beyond research banned; a purpose "that is
non-commercial in nature"; the banned acts as a list of bare verbs that is the clause's subject ("Rent, sell or
distribute the corpus ... is prohibited", "as is or as part of" no disclaimer); re-identification banned; the licence
ending on the licensor's first request, or terminated "for convenience"; a suit of any kind against the licensor
ending it; distribution only to those who have accepted this licence; notices named by what they indicate
(ownership); a credit owed as "a notice that the research was conducted using X"; compliance with the law in the use;
updates that bring other terms (terms_may_change, not include_license); an access request form to fill out; "one of
the following attributions: ..."; a place conceded ("even if you are located outside the territory of the EU") is no
territory. Each class in hand-written paraphrases (none a real licence's wording), read unwrapped and re-wrapped at
40, 60 and 76 columns, with negatives that share the words but state no duty of the kind. No positive here is read
as its kind on e902d6e (main at round 14's start), and each guarded negative is read wrongly there."""

from __future__ import annotations

import pytest

from sentences import kinds_read, read_clause

WIDTHS = [None, 40, 60, 76]

# The licensee speaking in the first person, or an imperative item: the duty each states.
FIRST_PERSON = [
    ("state_changes", "2. If I pass the recordings on, I will note every change I have made to them."),
    ("state_changes", "d. Indicate all modifications we have made to the corpus."),
    ("non_commercial", "I agree that I will neither sell the recordings nor monetize them."),
    ("non_commercial", "The licensee shall neither commercialise the weights nor lend them to others."),
    (
        "registration",
        "In case I want to use the recordings for commercial purposes, I will first need to obtain explicit "
        "permission from the curators.",
    ),
    (
        "registration",
        "Any research use requires prior written permission from the author. To request permission, write to "
        "lab@example.org.",
    ),
    ("share_alike", "c. Share any derived recordings under the same terms and conditions."),
]

NOT_FIRST_PERSON = [
    ("state_changes", "I will note the date on which I downloaded the recordings."),
    ("non_commercial", "We will neither sell nor monetize your personal data."),
    ("non_commercial", "You may neither sublicense nor lease the recordings."),
    ("registration", "Redistribution of the corpus requires prior written permission from the curators."),
    ("registration", "Commercial use does not need any permission from the authors."),
    ("share_alike", "c. Share your recordings under any terms you like."),
]

# A use confined to research: research_only (and a purpose non-commercial "in nature": non_commercial).
RESEARCH_CONFINED = [
    (
        "research_only",
        "The researcher may use and publish the corpus only in connection with a teaching or research purpose.",
    ),
    (
        "research_only",
        "Acme grants you a royalty-free licence, solely in furtherance of your Research Purpose, to use it.",
    ),
    ("research_only", "Any use of the corpus beyond non-commercial academic settings is expressly prohibited."),
    (
        "non_commercial",
        "You may publish the corpus only in connection with a teaching purpose that is non-commercial in nature.",
    ),
]

NOT_RESEARCH_CONFINED = [
    ("research_only", "You may use the corpus in connection with research or for any purpose you choose."),
    ("research_only", "Any use of the corpus beyond non-commercial academic settings is permitted."),
    ("research_only", "You may use it only in connection with a research project, unless Acme agrees otherwise."),
    ("non_commercial", "You may use it for any purpose, whether or not that purpose is non-commercial."),
]

# The banned acts as the clause's subject, a list of bare verbs of passing on: no_derivatives (an outright ban).
VERB_LIST_BAN = [
    "Rent, sublicense, sell or distribute the corpus, in part or in whole, as is or as part of another corpus, is "
    "prohibited.",
    "2. Copy, share or redistribute any part of the recordings is prohibited.",
]

NOT_VERB_LIST_BAN = [
    "Copy, share or redistribute the recordings without the curators' permission is forbidden.",
    "Rent, sell or distribute the corpus for commercial gain is prohibited.",
    "You may copy, share or redistribute the recordings.",
]

# Re-identifying people in the material banned: acceptable_use.
REIDENTIFY = [
    "Any attempt to re-identify the speakers in the recordings is prohibited.",
    "You must not use the corpus for facial recognition.",
]

NOT_REIDENTIFY = [
    "The recordings were anonymised so that no one can re-identify the speakers.",
    "The datasheet describes the re-identification risk of the corpus.",
]

# The licence ending on the licensor's request, or for convenience: revocable.
AT_WILL = [
    "Upon the first request of the Institute, your right to use the corpus ends at once.",
    "Either party may end this Agreement for convenience on thirty days' prior written notice.",
]

NOT_AT_WILL = [
    "Upon your request, we will delete your account, and your right to use the corpus ends immediately.",
    "The Licensee may terminate this Agreement for convenience at any time.",
    "If you breach these terms, your right to use the corpus ends immediately upon the first request of the Institute.",
]

# A suit of any kind against the licensor ends the licence: patent_termination.
SUIT_ENDS = [
    "This Agreement will be deemed automatically terminated if: (a) Licensee breaches the License; or (b) Licensee "
    "institutes any litigation against Acme or any other licensee of the Corpus.",
    "Your licence ends if you file a lawsuit against the Institute.",
]

NOT_SUIT_ENDS = [
    "Licensee shall notify Acme of any litigation against Acme concerning the Corpus.",
    "This Agreement ends after three years.",
]

# Distribution only to those who have accepted this licence: flow_down.
ACCEPTED_RECIPIENTS = [
    "Licensee may distribute the Corpus, but only if distribution is limited to persons who have registered at "
    "https://example.org/corpus and agreed to this Agreement.",
    "You may distribute copies only to people who have accepted these terms.",
]

NOT_ACCEPTED_RECIPIENTS = [
    "You may share copies with people who have not yet read this Agreement.",
    "Distribution is limited to persons in your organisation.",
]

# Notices named by what they indicate: notice.
INDICATING_NOTICES = [
    "(d) You shall not remove, deface or otherwise alter any legends or notices indicating Acme's ownership of the "
    "Corpus.",
    "Keep every label stating the copyright of the Institute.",
]

NOT_INDICATING_NOTICES = [
    "You may remove any labels indicating the ownership of your own data.",
    "Notices indicating a breach of copyright must be sent to Acme.",
]

# A credit owed as a notice of what the work was made with: attribution.
MADE_WITH_NOTICE = [
    "You shall cause to be conspicuously displayed in all public materials referencing research done with the Corpus "
    "a notice that the research was conducted using the Corpus.",
    "Every paper must include a statement that the results were obtained using the Heron weights.",
]

NOT_MADE_WITH_NOTICE = [
    "You may include a statement that the research was conducted using the Corpus.",
    "We publish a notice that the corpus was updated using new recordings.",
]

# Compliance with the law in the use: acceptable_use.
LAWFUL_USE = [
    "You shall comply with all applicable laws and regulations in respect of the use of the Corpus.",
    "Licensee must comply with applicable privacy laws when using the recordings.",
]

NOT_LAWFUL_USE = [
    "You shall comply with all applicable export laws in respect of the use of the Corpus.",
    "We shall comply with all applicable laws when processing your data.",
]

# An access request form to fill out: registration.
ACCESS_FORM = [
    "Before downloading, you must complete the access request form with a university e-mail address.",
    "Users must fill in the registration form before they receive the data.",
]

NOT_ACCESS_FORM = [
    "You may complete the optional registration form to receive news about the corpus.",
    "The Institute will review each access request within a week.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("kind", "clause"), FIRST_PERSON, ids=lambda v: v[:50])
def test_a_first_person_undertaking_or_imperative_item_is_read(kind: str, clause: str, width: int | None) -> None:
    assert kind in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("kind", "clause"), NOT_FIRST_PERSON, ids=lambda v: v[:50])
def test_first_person_words_that_state_no_such_duty_are_not_read(kind: str, clause: str, width: int | None) -> None:
    assert kind not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("kind", "clause"), RESEARCH_CONFINED, ids=lambda v: v[:50])
def test_a_use_confined_to_research_is_read(kind: str, clause: str, width: int | None) -> None:
    assert kind in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("kind", "clause"), NOT_RESEARCH_CONFINED, ids=lambda v: v[:50])
def test_research_named_without_confining_use_is_not_read(kind: str, clause: str, width: int | None) -> None:
    assert kind not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", VERB_LIST_BAN, ids=lambda v: v[:50])
def test_bare_verbs_of_passing_on_banned_are_no_derivatives(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"no_derivatives"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_VERB_LIST_BAN, ids=lambda v: v[:50])
def test_verbs_of_passing_on_gated_or_permitted_are_no_no_derivatives(clause: str, width: int | None) -> None:
    assert "no_derivatives" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", REIDENTIFY, ids=lambda v: v[:50])
def test_re_identification_banned_is_acceptable_use(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"acceptable_use"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_REIDENTIFY, ids=lambda v: v[:50])
def test_re_identification_described_is_no_acceptable_use(clause: str, width: int | None) -> None:
    assert "acceptable_use" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", AT_WILL, ids=lambda v: v[:50])
def test_a_licence_ending_on_request_or_for_convenience_is_revocable(clause: str, width: int | None) -> None:
    assert "revocable" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_AT_WILL, ids=lambda v: v[:50])
def test_an_end_on_the_licensees_request_or_breach_is_not_revocable(clause: str, width: int | None) -> None:
    assert "revocable" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", SUIT_ENDS, ids=lambda v: v[:50])
def test_a_suit_against_the_licensor_ending_the_licence_is_patent_termination(clause: str, width: int | None) -> None:
    assert "patent_termination" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_SUIT_ENDS, ids=lambda v: v[:50])
def test_a_suit_that_ends_nothing_is_no_patent_termination(clause: str, width: int | None) -> None:
    assert "patent_termination" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", ACCEPTED_RECIPIENTS, ids=lambda v: v[:50])
def test_sharing_only_with_those_who_accepted_the_licence_is_flow_down(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) & {"flow_down", "share_alike"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_ACCEPTED_RECIPIENTS, ids=lambda v: v[:50])
def test_sharing_limited_otherwise_is_no_flow_down(clause: str, width: int | None) -> None:
    assert not kinds_read(clause, width) & {"flow_down", "share_alike"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", INDICATING_NOTICES, ids=lambda v: v[:50])
def test_notices_named_by_what_they_indicate_are_kept(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"notice"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_INDICATING_NOTICES, ids=lambda v: v[:50])
def test_notices_not_to_keep_are_no_notice(clause: str, width: int | None) -> None:
    assert "notice" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", MADE_WITH_NOTICE, ids=lambda v: v[:50])
def test_a_notice_of_what_the_work_was_made_with_is_attribution(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"attribution"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_MADE_WITH_NOTICE, ids=lambda v: v[:50])
def test_such_a_notice_invited_or_the_licensors_is_no_attribution(clause: str, width: int | None) -> None:
    assert "attribution" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", LAWFUL_USE, ids=lambda v: v[:50])
def test_compliance_with_the_law_in_the_use_is_acceptable_use(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"acceptable_use"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_LAWFUL_USE, ids=lambda v: v[:50])
def test_export_law_or_the_licensors_compliance_is_no_acceptable_use(clause: str, width: int | None) -> None:
    assert "acceptable_use" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", ACCESS_FORM, ids=lambda v: v[:50])
def test_an_access_request_form_to_fill_out_is_registration(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"registration"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_ACCESS_FORM, ids=lambda v: v[:50])
def test_an_optional_form_or_the_licensors_review_is_no_registration(clause: str, width: int | None) -> None:
    assert "registration" not in kinds_read(clause, width)


UPDATES_WITH_TERMS = (
    "The Corpus may update automatically. You agree to accept such updates subject to this Licence unless other terms "
    "accompany the updates. If so, those other terms will apply."
)


@pytest.mark.parametrize("width", WIDTHS)
def test_updates_that_bring_other_terms_change_the_terms_and_copy_no_licence(width: int | None) -> None:
    assert kinds_read(UPDATES_WITH_TERMS, width) == {"terms_may_change"}


@pytest.mark.parametrize("width", WIDTHS)
def test_updates_under_this_licence_change_no_terms(width: int | None) -> None:
    assert "terms_may_change" not in kinds_read("Updates to the Corpus are provided under this Licence.", width)


ONE_OF_ATTRIBUTIONS = (
    "As a condition, Licensee must provide one of the following attributions in any of its Derivative Works: "
    '"This work was made using the Acme Corpus, provided by Acme Ltd."'
)


@pytest.mark.parametrize("width", WIDTHS)
def test_one_of_the_following_attributions_is_read_with_its_text(width: int | None) -> None:
    readings = [ob for ob in read_clause(ONE_OF_ATTRIBUTIONS, width).obligations if ob.kind == "attribution"]
    assert [ob.parameters().get("text") for ob in readings] == [
        "This work was made using the Acme Corpus, provided by Acme Ltd"
    ]


CONCEDED_PLACE = (
    "In particular, you shall observe the data protection rules, even if you are located outside the territory of the "
    "EU."
)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_place_conceded_is_no_territory(width: int | None) -> None:
    assert "territory" not in kinds_read(CONCEDED_PLACE, width)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_grant_denied_outside_a_place_is_still_territory(width: int | None) -> None:
    clause = "No right is granted to use the Model outside the territory of the European Union."
    assert "territory" in kinds_read(clause, width)


# A defined term that leaves commercial use out, and a use confined to it: non_commercial.
TERM_EXCLUDING_COMMERCE = [
    'The term "Permitted Study" excludes, without limitation, any commercial undertaking.\n\n'
    "You may use the Corpus solely in furtherance of your Permitted Study.",
    '"Approved Work" excludes use for commercial purposes.\n\n'
    "The weights may be used only in connection with Approved Work.",
]

NOT_TERM_EXCLUDING_COMMERCE = [
    'The term "Permitted Study" excludes any use of the Corpus by minors.\n\n'
    "You may use the Corpus solely in furtherance of your Permitted Study.",
    'The term "Permitted Study" excludes any commercial undertaking.\n\n'
    "You may use the Corpus for any purpose, including your Permitted Study.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", TERM_EXCLUDING_COMMERCE, ids=lambda v: v[:50])
def test_a_use_confined_to_a_term_that_excludes_commerce_is_non_commercial(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"non_commercial"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_TERM_EXCLUDING_COMMERCE, ids=lambda v: v[:50])
def test_a_term_excluding_something_else_or_not_confining_use_is_no_limit(clause: str, width: int | None) -> None:
    assert "non_commercial" not in kinds_read(clause, width)


# A commercial licence offered as a section whose list gives the way to it ("Access: contact ..."): registration.
COMMERCIAL_OPTION_CONTACT = [
    "## Option B: Commercial licence\n\n- Permitted use: any commercial application\n- Extras: priority support\n"
    "- Access: contact sales@example.com",
    "### Commercial Licensing\n\nWe offer larger variants.\n\n- Access: write to sales@example.org for a quote",
    "### Option 2: Commercial licence\n- Permitted use: any commercial use\n- Access: contact sales@example.com",
]

NOT_COMMERCIAL_OPTION_CONTACT = [
    "## Option A: Research licence\n\n- Permitted use: research\n- Access: contact lab@example.com",
    "### Option 1: Research licence\n- Permitted use: research\n- Access: contact lab@example.com",
    "## Commercial use\n\nCommercial use is permitted without restriction.\n\n- Support: contact help@example.com",
    "## Commercial use\n\nCommercial use is permitted.\n\n## Access\n\n- Access: contact lab@example.com",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", COMMERCIAL_OPTION_CONTACT, ids=lambda v: v[:50])
def test_a_commercial_option_with_a_contact_field_is_registration(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"registration"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_COMMERCIAL_OPTION_CONTACT, ids=lambda v: v[:50])
def test_a_contact_outside_a_commercial_section_is_no_registration(clause: str, width: int | None) -> None:
    assert "registration" not in kinds_read(clause, width)


# A duty verb that begins with "not" ("must note", "shall notify") is no negation: the lexicon's vetoes on "must not"
# end at the word (state_changes entries read "you must note every change you made").
NOTE_DUTY = [
    "If you pass the files on, you must note every change you made to them.",
    "Whoever shares the weights will note all changes you made in a prominent notice.",
]

NOT_NOTE_DUTY = [
    "You must not state that you changed the files.",
    "You will never need to mark the changes you made.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOTE_DUTY, ids=lambda v: v[:50])
def test_a_duty_to_note_changes_is_state_changes(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"state_changes"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_NOTE_DUTY, ids=lambda v: v[:50])
def test_changes_not_to_be_marked_are_no_state_changes(clause: str, width: int | None) -> None:
    assert "state_changes" not in kinds_read(clause, width)
