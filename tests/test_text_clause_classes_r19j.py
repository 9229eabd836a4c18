"""Wording classes generalised from the grant-scope and grant-term misses and spurious readings of sets r19 and r20
(round 12's fix sources, helper fixJ). Each class in hand-written paraphrases (none a real licence's wording), read
unwrapped and re-wrapped at 40, 60 and 76 columns, with negatives that share the words but must not read. Every
positive here fails on r12 (959b37a); every negative passes there too unless said otherwise ("You must not put "X" at
the beginning of the name" read naming there, research beside personal use read research_only there)."""

from __future__ import annotations

import pytest

from sentences import cited, kinds_read, read_clause

WIDTHS = [None, 40, 60, 76]

# A power to change the terms that binds nothing the licensee holds: a new version applies only with the licensee's
# consent, each release stays under the version it shipped with, the version in effect at download governs (the
# held-out labels' convention: r14, r16, r18, r19), or another agreement the licensee signs is what changes the terms.
# These read terms_may_change on r12.
CHANGES_BINDING_NOTHING_HELD = [
    "7.2 Updates. Acme may publish new versions of this Agreement. A new version applies only if you expressly "
    "accept it in writing.",
    "Changes. Acme may update these terms from time to time. Earlier versions of the Model remain under the licence "
    "they shipped with.",
    "Acme may update these terms from time to time; the version in effect when you download the Model governs "
    "your use.",
    "Acme may revise this licence. Revised terms bind you only once you agree to them.",
    "A separate written agreement, such as an enterprise licence, may supersede or modify this License for the uses "
    "it covers.",
    "Any signed commercial agreement between you and Acme may modify these terms.",
]

# Powers to change the terms that still bind the licensee: they read, as before.
CHANGES_BINDING_THE_LICENSEE = [
    "Updates. Acme may publish new versions of this Agreement.",
    "Acme may amend this Agreement from time to time. Amended terms apply only after you are notified.",
    "Acme may amend this Agreement at any time. Your continued use after any change means you accept it.",
    "Acme may modify this License at any time. A separate written agreement may also govern your use.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", CHANGES_BINDING_NOTHING_HELD, ids=lambda v: v[:50])
def test_new_terms_binding_only_with_consent_or_by_another_agreement_are_no_change_power(
    clause: str, width: int | None
) -> None:
    assert "terms_may_change" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", CHANGES_BINDING_THE_LICENSEE, ids=lambda v: v[:50])
def test_powers_to_change_binding_terms_still_read(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"terms_may_change"}


# The licensee's patent claim stated with a verb of assertion, not a suit ("if you claim in court that ..."), with
# the licence ending on it: patent_termination (r19's dotori). Kind, lines cited, parameters.
PATENT_CLAIMS_AS_VERBS = [
    "If you claim in court that the Model infringes a patent, this patent license ends immediately.",
    "If you assert that the Weights infringe any of your patents, your licence terminates.",
    "Should Licensee or its affiliates contend before any tribunal that the Model infringes a patent, every right "
    "granted here terminates.",
]

NOT_PATENT_CLAIMS = [
    # someone else's claim; a claim of no infringement; no rights ending
    "If a third party claims that the Model infringes its patent, Acme may stop distributing it.",
    "You claim that your use is covered by a patent; your license ends immediately.",
    "If you claim that the Model infringes a patent, please tell us where.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", PATENT_CLAIMS_AS_VERBS, ids=lambda v: v[:50])
def test_the_licensees_infringement_claim_ending_the_licence_is_patent_termination(
    clause: str, width: int | None
) -> None:
    assert kinds_read(clause, width) == {"patent_termination"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_PATENT_CLAIMS, ids=lambda v: v[:50])
def test_claims_by_others_or_ending_nothing_are_no_patent_termination(clause: str, width: int | None) -> None:
    assert "patent_termination" not in kinds_read(clause, width)


# A name a derivative's title must begin with ("include "X" at the beginning of the title of any Derivative Works":
# r19's Cambrian licence): a work's title is its name. Kind, lines, parameters.
TITLE_PREFIXES = [
    ('You must include "Kestrel" at the beginning of the title of any Derivative Works.', {"prefix": "Kestrel"}),
    # (a ban earlier in the sentence does not govern the duty after it)
    (
        'You may not remove notices, and you must put "Heron" at the start of the title of any derivative.',
        {"prefix": "Heron"},
    ),
    ('The title of any fine-tuned model you publish must begin with "Heron".', {"prefix": "Heron"}),
    ('Place "Osprey" at the start of the title of each model you release.', {"prefix": "Osprey"}),
]

# A name banned at the start of a name or title is no naming duty (the second reads naming on r12); a title that is
# ownership is no name.
NOT_TITLE_PREFIXES = [
    'You may not use "Kestrel" at the beginning of the title of any Derivative Works.',
    'You must not put "Kestrel" at the beginning of the name of any derivative.',
    'This Agreement confers no title to the Model; "Kestrel" remains the owner.',
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "params"), TITLE_PREFIXES, ids=lambda v: str(v)[:50])
def test_a_name_the_title_must_begin_with_is_a_naming_prefix(
    clause: str, params: dict[str, object], width: int | None
) -> None:
    assert cited(clause, width) == [("naming", 3, 3, params)]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_TITLE_PREFIXES, ids=lambda v: v[:50])
def test_a_name_banned_at_the_start_or_an_ownership_title_is_no_naming(clause: str, width: int | None) -> None:
    assert "naming" not in kinds_read(clause, width)


# Those wishing to use the material commercially named by a participle or a relative clause, with a contact they
# should (or may) make: a contact for commercial use, as "For commercial use, please contact" is (r19's YuE2).
COMMERCIAL_CONTACTS_OF_THOSE_WISHING = [
    "Companies wishing to use the model commercially should contact sales@acme.example to discuss a commercial "
    "licence.",
    "Organisations that want to deploy the weights in commercial products should get in touch with "
    "licensing@acme.example.",
    "Anyone wanting to use the weights in a commercial product can email sales@acme.example.",
]

NOT_COMMERCIAL_CONTACTS = [
    # a report, not a use; a non-commercial use
    "Companies wishing to report misuse of the model in commercial products should contact abuse@acme.example.",
    "Users wishing to use the model for non-commercial research may contact us at help@acme.example for access.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", COMMERCIAL_CONTACTS_OF_THOSE_WISHING, ids=lambda v: v[:50])
def test_those_wishing_to_use_it_commercially_told_to_contact_is_registration(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"registration"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_COMMERCIAL_CONTACTS, ids=lambda v: v[:50])
def test_contacts_for_reports_or_non_commercial_use_are_no_registration(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


# Use confined to evaluation named as a purpose ("only for the purposes of testing, analysing and evaluating ...",
# "for the sole purpose of evaluating the Model": r20's NTT evaluation licence): research_only, the grant confined to
# evaluation as "solely for evaluation purposes" is. Every item of the list evaluation-like.
ONLY_FOR_EVALUATING = [
    "You may use and modify the Model only for the purposes of testing, analysing and evaluating the methods "
    "described in our paper.",
    "Licensee may use the weights solely for the purpose of evaluating the Model.",
    "The checkpoints are licensed to you for the sole purpose of internal benchmarking.",
]

NOT_ONLY_FOR_EVALUATING = [
    # a list going on to production use; no confinement; the purposes of the agreement itself
    "You may use the Model only for the purposes of testing and production deployment.",
    "You may use the Model for the purpose of testing.",
    "For the purposes of this Agreement, testing includes benchmarking.",
]

# A purpose named through another, research last ("solely for Computational Use for non-commercial research": r19's
# R-UDA): research_only, and non_commercial when the research is non-commercial. Kinds read.
PURPOSES_THROUGH_ANOTHER = [
    (
        "You agree to use the Data solely for Computational Use for non-commercial research.",
        {"research_only", "non_commercial"},
    ),
    ("You may run the Model solely for internal use for academic research.", {"research_only"}),
    ("You may run the Model solely for internal use for non-commercial purposes.", {"non_commercial"}),
]

# A grant for a non-commercial list of purposes with research among them, without "only" ("provided for
# non-commercial education, research, and personal experimentation": r19's argentlogue): non_commercial and
# research_only (research beside teaching or experimentation in the one list a use is confined to; the labels'
# convention since round 9).
GRANTS_FOR_NON_COMMERCIAL_RESEARCH_LISTS = [
    "The model weights are provided for non-commercial education, research, and personal experimentation.",
    "The weights are released for non-commercial research and teaching.",
    "Acme grants you a licence to run the Model for non-commercial research, benchmarking and teaching.",
]

# Research beside personal use is wider than research (Framegen in r13): non_commercial only; research without the
# non-commercial qualifier, or a grant of other purposes, is no limit read here.
NOT_RESEARCH_ONLY_GRANTS = [
    (
        "Acme grants you a licence to use the Model for non-commercial research, education and personal use.",
        {"non_commercial"},
    ),
    ("The weights are provided for research purposes under the Apache License 2.0.", set()),
    ("The weights are provided for non-commercial research and for commercial products.", set()),
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", ONLY_FOR_EVALUATING, ids=lambda v: v[:50])
def test_use_confined_to_the_purpose_of_evaluating_is_research_only(clause: str, width: int | None) -> None:
    assert cited(clause, width) == [("research_only", 3, 3, {})]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_ONLY_FOR_EVALUATING, ids=lambda v: v[:50])
def test_evaluation_beside_production_or_not_confined_is_no_research_only(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "kinds"), PURPOSES_THROUGH_ANOTHER, ids=lambda v: str(v)[:50])
def test_a_purpose_named_through_another_limits_the_grant(clause: str, kinds: set[str], width: int | None) -> None:
    # read as a phrasing (a pattern's base is 0.80 or more), not only by the clause layer's fallback (0.55-0.65)
    reading = read_clause(clause, width)
    assert {ob.kind for ob in reading.obligations} == kinds
    assert all(ob.confidence >= 0.8 for ob in reading.obligations)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", GRANTS_FOR_NON_COMMERCIAL_RESEARCH_LISTS, ids=lambda v: v[:50])
def test_a_grant_for_non_commercial_purposes_with_research_is_research_only(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"research_only", "non_commercial"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "kinds"), NOT_RESEARCH_ONLY_GRANTS, ids=lambda v: str(v)[:50])
def test_research_beside_personal_use_or_commercial_use_is_no_research_only(
    clause: str, kinds: set[str], width: int | None
) -> None:
    assert kinds_read(clause, width) == kinds


# Research granted beside a non-commercial purpose the text defines as personal or hobby use grants more than
# research: non_commercial only (r19's BreezeBlue, whose labels read "solely for a Research Purpose or Non-Commercial
# Purpose" so). Each read research_only too on r12.
RESEARCH_OR_DEFINED_PERSONAL_USE = [
    "2. You may use and share the weights only for research and non-commercial uses.\n\n"
    '9. In this licence, "non-commercial use" includes private and recreational use.',
    "2. You may use and share the weights solely for research or non-commercial purposes.\n\n"
    '9. "Non-commercial purposes" means personal, hobbyist or educational use.',
    "2. The weights are licensed for research and non-commercial use only.\n\n"
    '9. "Non-commercial use" means personal, hobbyist or educational use.',
]

# Without such a definition research beside non-commercial use stays research_only (fixture c69's convention), and a
# definition of personal use does not widen a grant that names research alone.
RESEARCH_WITHOUT_WIDER_DEFINITION = [
    ("You may use the Model solely for research or non-commercial purposes.", {"research_only", "non_commercial"}),
    (
        '1. "Non-commercial use" means personal use.\n\n2. You may use the model for research purposes only.',
        {"research_only"},
    ),
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", RESEARCH_OR_DEFINED_PERSONAL_USE, ids=lambda v: v[:50])
def test_research_beside_a_non_commercial_purpose_defined_as_personal_use_is_non_commercial_only(
    text: str, width: int | None
) -> None:
    assert kinds_read(text, width) == {"non_commercial"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("text", "kinds"), RESEARCH_WITHOUT_WIDER_DEFINITION, ids=lambda v: str(v)[:50])
def test_research_without_a_wider_definition_stays_research_only(text: str, kinds: set[str], width: int | None) -> None:
    assert kinds_read(text, width) == kinds


# Use banned but for one purpose: a limit stated as a ban with its one exception ("You shall not use the Model except
# for non-commercial purposes"; r20's NTT: "shall not ... use the Data ... except for non-commercial evaluation
# purpose"). Non-commercial, research or evaluation as the exception; kinds read.
BANNED_BUT_FOR_ONE_PURPOSE = [
    ("You shall not use the Model except for non-commercial purposes.", {"non_commercial"}),
    ("Licensee may not use the Weights other than for non-commercial research.", {"non_commercial", "research_only"}),
    (
        "You will not use the checkpoints for any purpose except non-commercial evaluation.",
        {"non_commercial", "research_only"},
    ),
    ("You may not run the Weights except for academic research.", {"research_only"}),
]

NOT_BANNED_BUT_FOR_ONE_PURPOSE = [
    # the exception widened by a licence or leave; an exception that is no purpose; the licensor's own conduct
    "You may not use the Model except for research or with Acme's written permission.",
    "You shall not use the Model except in compliance with this Agreement.",
    "We will not use your data except for non-commercial research.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "kinds"), BANNED_BUT_FOR_ONE_PURPOSE, ids=lambda v: str(v)[:50])
def test_use_banned_but_for_one_purpose_limits_the_grant_to_it(clause: str, kinds: set[str], width: int | None) -> None:
    assert kinds_read(clause, width) == kinds


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_BANNED_BUT_FOR_ONE_PURPOSE, ids=lambda v: v[:50])
def test_bans_lifted_by_leave_or_compliance_or_the_licensors_own_are_no_limit(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


# The licensed Data passed on, banned outright ("sell, assign, lease, distribute, or otherwise transfer the Data to any
# third party": r20's NTT, a data and evaluation licence): no_derivatives, the taxonomy's sharing ban.
DATA_SHARING_BANS = [
    "LICENSEE SHALL NOT, AT ANY TIME: (i) SELL, ASSIGN, LEASE, DISTRIBUTE, OR OTHERWISE TRANSFER THE DATA TO ANY "
    "THIRD PARTY; (ii) COPY THE DATA.",
    "You may not share, publish or redistribute the Data.",
]

NOT_DATA_SHARING_BANS = [
    # data of or about someone; a ban with an exception
    "You may not share the data you collect with advertisers.",
    "You may not publish the data generated by your application.",
    "You may not distribute the Data except as permitted in Section 3.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", DATA_SHARING_BANS, ids=lambda v: v[:50])
def test_the_licensed_data_banned_from_sharing_is_no_derivatives(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"no_derivatives"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_DATA_SHARING_BANS, ids=lambda v: v[:50])
def test_data_about_someone_or_shared_by_exception_is_no_sharing_ban(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


# The licensee's own power to end the licence, by any name or in the passive, is no power of the licensor's at will
# (r20's NTT "User may terminate this Agreement at any time" and r18's Unsplash "You may terminate these Terms ... at
# any time" were read as revocable on r12; each read revocable there).
LICENSEES_OWN_TERMINATION = [
    "You may terminate this Agreement at any time by deleting the Model.",
    "User may terminate this Agreement at any time by ceasing use of the Data.",
    "Licensee may terminate this License at any time by destroying all copies of the Model.",
    "This Agreement may be terminated by you at any time.",
]

# The licensor's power at will still reads (the first two read on r12 too); and the licensor by its name ending use by
# its notice (not of a breach): "if Acme notifies you that ... you must delete all copies" (the clause r18's Unsplash
# label is for; not read on r12). Each a reading of revocable.
LICENSORS_POWER_AT_WILL = [
    "Acme may terminate this Agreement at any time.",
    "Acme may revoke this licence at any time, with or without notice to you.",
    "If Acme notifies you that any of the Data is the subject of a copyright dispute, then you must immediately "
    "delete all copies of that Data.",
]

NOT_THE_LICENSORS_NOTICE = [
    # another party's notice; a notice of breach
    "If a third party notifies you that the Model infringes, you must delete all copies of the Model.",
    "If Acme notifies you of a breach, you must delete all copies of the Model.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", LICENSEES_OWN_TERMINATION, ids=lambda v: v[:50])
def test_the_licensees_own_termination_is_not_revocable(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", LICENSORS_POWER_AT_WILL, ids=lambda v: v[:50])
def test_the_licensors_power_at_will_or_by_its_notice_is_revocable(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"revocable"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_THE_LICENSORS_NOTICE, ids=lambda v: v[:50])
def test_a_third_partys_notice_or_a_notice_of_breach_is_not_revocable(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()
