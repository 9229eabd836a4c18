"""Reader classes generalised from the misses and the spurious reading of five texts of set r25 (round 15's fix source,
helper fix25b): a verb of marking whose object is the changes themselves; a grant's conditions set out as imperatives in
brackets or after a colon, each later item read with the words that open the list; the licence itself kept with what is
shared; commercial use banned until the licensor consents (registration); a use banned by the harm it does to people; a
ban said by the occasions it never holds on ("In no case should ...", "Under no circumstances may ..."); a credit owed
in the passive with "should" ("X should be acknowledged as ..."); ban headings named as restricted, disallowed,
unacceptable or impermissible uses, and a Markdown heading whose list follows in its own block; a sharing ban confined
to the material as released is no no_derivatives. Each class in hand-written paraphrases (none a real licence's
wording), read unwrapped and re-wrapped at 40, 60 and 76 columns, with near misses that share the words but state no
duty of the kind (invitations, the licensor's conduct, disclaimers, permissions). No positive here is read as its kind
on b806514 (main at round 15's start), and each guarded negative marked so is read wrongly there."""

from __future__ import annotations

import pytest

from sentences import cited, kinds_read

WIDTHS = [None, 40, 60, 76]

# A verb of marking whose object is the changes themselves ("indicate changes when applicable", "state your changes").
MARKED_CHANGES = [
    "If you share an adapted checkpoint, you must flag your edits clearly.",
    "Licensees shall identify any alterations when they redistribute the weights.",
    "b) Mark the changes in every file you redistribute.",
    "Recipients who pass the dataset on must list any alterations.",
]
NOT_MARKED_CHANGES = [
    "Acme will document all changes in the release notes.",
    "You do not need to indicate changes.",
    "Please indicate changes you make.",
    "You may note any changes in the changelog if you wish.",
]

# A grant's conditions as imperatives in brackets or after a colon: the later items, cut at semicolons, are duties too,
# even under a heading listing what the reader may do.
LISTED_CONDITIONS = [
    (
        "You may reuse and redistribute the checkpoints under the usual MIT conditions (retain the copyright notice; "
        "include the license text).",
        {"include_license", "notice"},
    ),
    (
        "## What you may do\n\nShare and adapt the weights, subject to these conditions: credit the authors; mark your "
        "changes.",
        {"attribution", "state_changes"},
    ),
    (
        "You may copy and share the corpus on three requirements (keep the attribution notices; provide a copy of "
        "this licence; state your modifications).",
        {"include_license", "notice", "state_changes"},
    ),
]
NOT_LISTED_CONDITIONS = [
    "There are no conditions (keep it simple; share freely).",
    "You may share the weights without conditions: keep the notices if you like.",
    "## You may\n\nKeep the license file and redistribute it freely.",
]

# The licence itself kept with what is shared (not its notice, key or fee).
LICENCE_KEPT = [
    "Anyone redistributing the dataset must keep the LICENSE file in the root of every copy.",
    "When you share the weights, you must retain this licence alongside them.",
    "Forks must preserve the original license text.",
]
LICENCE_NOT_KEPT = [
    "You must keep the license key confidential when sharing the weights.",
    "Acme will retain the license to redistribute the weights.",
    "You may keep the license file when redistributing.",
]

# Commercial use banned until the licensor consents: the licensee must ask (registration), as well as non_commercial
# where a pattern reads the ban.
COMMERCE_GATED = [
    "Licensees may not commercialise the weights without the licensor's prior authorization.",
    "Without explicit authorisation from the Institute, the recordings must not be used commercially.",
    "You shall not use the model for profit without prior approval of the authors.",
]
COMMERCE_NOT_GATED = [
    "The data may not be redistributed for commercial purposes without permission.",
    "We will not use your recordings commercially without your consent.",
    "Commercial use is allowed without permission.",
]

# A use banned by the harm it does to people; the ban said by the occasions it never holds on.
HARMFUL_USES = [
    "Under no circumstances may the portraits be used in ways that cause the people shown distress or humiliation.",
    "You must not deploy the model in applications that facilitate abuse of vulnerable people.",
    "Licensees shall not employ the voices to inflict emotional harm on others.",
    "At no time may the recordings be used to harass a speaker.",
    "In no case should the faces be used for surveillance.",
]
NOT_HARMFUL_USE_BANS = [
    "The licensor is not liable for any harm caused by the model.",
    "This model may cause harm if misused.",
    "We will not cause you any harm.",
    "In no event shall the authors be liable for any distress caused by the Model.",
    "In no case should you hesitate to contact us.",
]

# A credit owed in the passive with "should", the material or its citation its subject.
CREDIT_IN_PASSIVE = [
    "The corpus should be cited in any publication that reports results obtained with it.",
    'In every report based on these recordings, the recordings should be acknowledged as follows: "Recordings '
    'courtesy of the Acme Lab".',
    "A reference to the benchmark paper should be added to the bibliography of any resulting article.",
]
NOT_CREDIT_IN_PASSIVE = [
    "You should read the paper before using the corpus.",
    "We would appreciate it if the corpus were cited in publications.",
    "If you find it useful, the paper should be cited.",
    "The corpus may be cited in publications.",
    "Users should consider citing the paper in publications.",
]

# Ban headings named by the uses they restrict, and a Markdown heading whose list follows it in the same block.
BAN_HEADINGS = [
    "## Disallowed uses\n- Tracking people without their consent\n- Using the model to write malware",
    "Unacceptable use:\n\nUsing the model to write malware.",
    "### Impermissible applications\n- Using the voices to harass callers",
]
NOT_BAN_HEADINGS = [
    "## Allowed uses\n- Using the model to study malware detection",
    "## Permitted applications\n- Using the voices to train anti-harassment filters",
]

# A use policy's list of allowed uses, each item a purpose short of production: use is confined to them (research_only,
# covers non-production), unless an item is commercial or in production.
ALLOWED_LISTS = [
    "## Allowed uses\n- Research and benchmarking on public data\n- Teaching in university courses",
    "## Permitted use\n- Experiments in a sandbox\n- Prototyping internal tools",
    "### Acceptable uses\n* Evaluation of model quality\n* Non-commercial research",
]
NOT_ALLOWED_LISTS = [
    "## Permitted uses\n- Research\n- Commercial deployment",
    "## Allowed uses\n- Commercial research and development",
    "## Allowed uses\n- Research and evaluation\n- Production deployment after review",
    "## Prohibited uses\n- Research on minors without consent",
    "Permitted uses: research and teaching.",
]

# A sharing ban confined to the material as released: adapted material may be shared (no no_derivatives; these read it
# on b806514), while an outright sharing ban still reads.
AS_RELEASED = [
    "Redistribution of the weights in their unmodified form is prohibited; fine-tuned versions may be shared.",
    "Distribution of the corpus in its original state is not allowed.",
]
OUTRIGHT_SHARING_BANS = [
    "Redistribution of the dataset is not permitted.",
    "Redistribution of the original or modified dataset is prohibited.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", MARKED_CHANGES, ids=lambda v: v[:50])
def test_marking_the_changes_themselves_is_state_changes(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"state_changes"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_MARKED_CHANGES, ids=lambda v: v[:50])
def test_changes_marked_by_the_licensor_or_invited_are_no_duty(clause: str, width: int | None) -> None:
    assert "state_changes" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "kinds"), LISTED_CONDITIONS, ids=lambda v: str(v)[:50])
def test_a_grants_listed_conditions_are_duties(clause: str, kinds: set[str], width: int | None) -> None:
    assert kinds_read(clause, width) == kinds


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_LISTED_CONDITIONS, ids=lambda v: v[:50])
def test_no_conditions_or_permissions_are_no_duties(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", LICENCE_KEPT, ids=lambda v: v[:50])
def test_keeping_the_licence_itself_is_include_license(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"include_license"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", LICENCE_NOT_KEPT, ids=lambda v: v[:50])
def test_a_licence_key_the_licensors_licence_or_a_permission_are_not(clause: str, width: int | None) -> None:
    assert "include_license" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", COMMERCE_GATED, ids=lambda v: v[:50])
def test_commercial_use_banned_until_the_licensor_consents_is_registration(clause: str, width: int | None) -> None:
    assert "registration" in kinds_read(clause, width)
    assert kinds_read(clause, width) <= {"registration", "non_commercial"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", COMMERCE_NOT_GATED, ids=lambda v: v[:50])
def test_gated_sharing_the_licensors_conduct_and_a_permission_are_no_registration(
    clause: str, width: int | None
) -> None:
    assert "registration" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", HARMFUL_USES, ids=lambda v: v[:50])
def test_uses_banned_by_their_harm_or_on_no_occasion_are_acceptable_use(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"acceptable_use"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_HARMFUL_USE_BANS, ids=lambda v: v[:50])
def test_disclaimers_warnings_and_the_licensors_conduct_ban_no_use(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", CREDIT_IN_PASSIVE, ids=lambda v: v[:50])
def test_a_credit_owed_in_the_passive_with_should_is_attribution(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"attribution"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_CREDIT_IN_PASSIVE, ids=lambda v: v[:50])
def test_advice_invitations_and_permissions_to_cite_are_no_attribution(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


@pytest.mark.parametrize("clause", BAN_HEADINGS, ids=lambda v: v[:50])
def test_items_under_restricted_use_headings_are_bans(clause: str) -> None:
    assert kinds_read(clause) == {"acceptable_use"}


@pytest.mark.parametrize("clause", NOT_BAN_HEADINGS, ids=lambda v: v[:50])
def test_items_under_permission_headings_ban_nothing(clause: str) -> None:
    assert kinds_read(clause) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", AS_RELEASED, ids=lambda v: v[:50])
def test_a_sharing_ban_on_the_material_as_released_is_no_no_derivatives(clause: str, width: int | None) -> None:
    assert "no_derivatives" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", OUTRIGHT_SHARING_BANS, ids=lambda v: v[:50])
def test_an_outright_sharing_ban_still_reads(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"no_derivatives"}


@pytest.mark.parametrize("clause", ALLOWED_LISTS, ids=lambda v: v[:50])
def test_an_allowed_list_of_non_production_purposes_confines_use(clause: str) -> None:
    assert [(kind, params) for kind, _, _, params in cited(clause)] == [("research_only", {"covers": "non-production"})]


@pytest.mark.parametrize("clause", NOT_ALLOWED_LISTS, ids=lambda v: v[:50])
def test_an_allowed_list_with_commerce_or_production_or_a_ban_list_confines_nothing(clause: str) -> None:
    assert "research_only" not in kinds_read(clause)


def test_each_condition_is_cited_at_its_own_words() -> None:
    # kind, lines (the clause is line 3), parameters: the later item is cited where it stands, not at the list's opening
    text = "You may share it on these conditions (keep the attribution notices;\nstate your modifications)."
    assert cited(text) == [("notice", 3, 3, {}), ("state_changes", 4, 4, {})]


def test_a_markdown_heading_reads_the_list_in_its_own_block_item_by_item() -> None:
    text = "## Restricted use\n- Sharing the weights\n- Using the voices to harass callers"
    assert cited(text)[0][:3] == ("acceptable_use", 4, 5)
