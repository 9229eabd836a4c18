"""Wording classes generalised from the misses and spurious readings of sets r21 and r22 (round 13's fix sources,
helper fixN): r22's Sarvam licence (a duty in an unmarked list after "provided that:"), r21's Databricks use policy
(a use policy titled as a licence's policy; its change power) and r22's Chinese CC statement (a pointer to the full
licence text). Each class in hand-written paraphrases (none a real licence's wording), read unwrapped and re-wrapped
at 40, 60 and 76 columns, with negatives that share the words but must not read. Every positive here fails on
main 9b2e265; every negative passes there too."""

from __future__ import annotations

import pytest

from openlint.text.read import read_text
from rewrap import rewrap
from sentences import kinds_read

WIDTHS = [None, 40, 60, 76]

# A duty lead-in that ends at a colon inside its block ("... provided that:"), then unmarked items closed by ";"
# ("; and"), the licensee the subject of each: every such item is owed, not only the first (r22 Sarvam's
# "prominent notices stating that You modified" came second, after an item of another kind). On 9b2e265 only the
# words right after the colon were read with the lead-in.
INLINE_DUTY_ITEMS = [
    (
        "You may publish a Derivative provided that:\nthe Derivative stays subject to this Agreement;\nYou include in "
        "every such Derivative prominent notices stating that You modified the Model; and\nno terms you add conflict "
        "with this Agreement.",
        "state_changes",
    ),
    (
        "Derivatives may be shared on the following conditions: the Model's licence goes with every copy; You cite "
        "the Acme-7B paper in any publication about them; and You do not use Acme's name.",
        "attribution",
    ),
    (
        "You may redistribute the Weights so long as: the README is unchanged; You place in each copy prominent "
        "notices stating that You changed the Weights.",
        "state_changes",
    ),
]

# The same list shapes owing nothing: a permission, a duty waived, an invitation, a trigger, a definition, and an
# item whose subject is the licensor.
NOT_INLINE_DUTIES = [
    "You may share Derivatives provided that: the Model stays under this Agreement; and you are free to add notices "
    "stating that you modified the Model.",
    "You may share Derivatives provided that: the Model stays under this Agreement; and you need not add notices "
    "stating that you modified the Model.",
    "You may share Derivatives provided that: the Model stays under this Agreement; and you are encouraged to add "
    "notices stating that you modified the Model.",
    "When you share Derivatives, we recommend: keeping this notice; notices stating that you modified the Model.",
    "Acme may end this licence if: you sue Acme; or you publish notices stating that you modified the Model.",
    '"Marked Copy" means: a copy that bears notices stating that you modified the Model; or a copy with a changelog.',
    "You may share Derivatives provided that: the Model stays under this Agreement; and Acme, on request, adds "
    "notices stating that you modified the Model.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "kind"), INLINE_DUTY_ITEMS, ids=lambda v: v[:50])
def test_every_unmarked_item_after_an_inline_duty_lead_in_is_owed(clause: str, kind: str, width: int | None) -> None:
    assert kind in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_INLINE_DUTIES, ids=lambda v: v[:50])
def test_inline_items_that_owe_nothing_read_no_duty(clause: str, width: int | None) -> None:
    assert not kinds_read(clause, width) & {"state_changes", "attribution"}


# A change power over a document named in full between "this" and its noun ("This Acme Open Weights Use Policy may
# be revised at any time"; r21's Databricks policy): on 9b2e265 only "this policy" / "the licence" right before
# "may be updated" was read.
CHANGES_TO_A_NAMED_DOCUMENT = [
    "This Acme Acceptable Use Policy may be updated from time to time by updating this page.",
    "This Acme Open Weights Use Policy may be revised at any time.",
    "Acme may update this Acme Model Acceptable Use Policy from time to time.",
    "The Acme Community License may be amended periodically.",
]

NOT_CHANGES_TO_THE_TERMS = [
    # another kind of policy; new terms that bind only with consent; no time or manner stated; the model changing
    "The Acme Privacy Policy may be updated from time to time.",
    "This Acme Acceptable Use Policy may be updated only with your written consent.",
    "The Acme Use Policy may be updated.",
    "The model card of this release may be updated from time to time.",
    "Acme may update the Acme Model from time to time.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", CHANGES_TO_A_NAMED_DOCUMENT, ids=lambda v: v[:50])
def test_a_change_power_over_the_document_named_in_full_reads(clause: str, width: int | None) -> None:
    assert "terms_may_change" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_CHANGES_TO_THE_TERMS, ids=lambda v: v[:50])
def test_named_documents_that_change_no_terms_read_no_change_power(clause: str, width: int | None) -> None:
    assert "terms_may_change" not in kinds_read(clause, width)


# A use policy's title (policy, AUP, acceptable or prohibited uses) never names the license that incorporates it:
# r21's Databricks policy was identified as the Databricks Open Model License by its title (tests/test_held_out.py
# has more titles). A license's title still names it; a policy's words in a statement's sentence change nothing.
POLICY_BODY = "\n\nYou agree not to use the Model:\n\n1. to harm minors;\n2. to deceive people.\n"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Databricks Open Model Acceptable Use Policy", None),
        ("NVIDIA Open Model License Prohibited Uses", None),
        ("Databricks Open Model License", "databricks-open-model"),
    ],
)
def test_a_use_policy_title_names_no_license(title: str, expected: str | None) -> None:
    for width in WIDTHS:
        text = title + POLICY_BODY
        assert read_text(rewrap(text, width) if width else text, "LICENSE").license_id == expected


# A Creative Commons licence applied by its code in Chinese with a summary of its own whose credit line asks no link
# to the licence (r22's ESP32 weights): the code's BY element added include_license on 9b2e265 beside the credit the
# summary states. An element whose own duty the prose states is now read from the prose alone (cc_code).
CC_SUMMARIES_ASKING_NO_LINK = [
    "本项目发布的模型文件采用 CC BY-NC 4.0 许可。\n\n要点：\n- 署名：使用时必须注明原作者及项目主页\n"
    "- 非商业性使用：不得用于任何商业用途",
    "本项目发布的模型文件采用 CC BY-SA 4.0 许可。\n\n- 署名：转载或使用时须注明出处\n"
    "- 相同方式共享：基于本模型的改编作品必须以相同许可发布\n\n许可全文请见 "
    "https://creativecommons.org/licenses/by-sa/4.0/legalcode.zh-hans",
]

# Still include_license: the code alone (no summary states the credit), and a summary that asks for the link
# (read from its own words now: 附上本许可的链接).
CC_CODES_STILL_ASKING_A_LINK = [
    "本项目发布的模型文件采用 CC BY-NC 4.0 许可。",
    "本项目发布的模型文件采用 CC BY-NC 4.0 许可。\n\n- 署名：使用时必须注明原作者，并附上本许可的链接\n"
    "- 非商业性使用：不得用于任何商业用途",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", CC_SUMMARIES_ASKING_NO_LINK, ids=lambda v: v[:20])
def test_a_cc_summary_whose_credit_asks_no_link_reads_no_include_license(text: str, width: int | None) -> None:
    kinds = kinds_read(text, width)
    assert "attribution" in kinds
    assert "include_license" not in kinds


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", CC_CODES_STILL_ASKING_A_LINK, ids=lambda v: v[:20])
def test_a_cc_code_alone_or_a_summary_asking_the_link_still_reads_include_license(text: str, width: int | None) -> None:
    assert {"attribution", "include_license"} <= kinds_read(text, width)
