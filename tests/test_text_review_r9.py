"""Round 9's reading mechanisms at the edges found on review: each case read wrongly by 9affac8 (the round's
end), pinned here with the reading it should have and, where the mechanism was new, the reading it still
gives (a guard against over-correcting)."""

from __future__ import annotations

import re

import pytest

from openlint.text.clause_headings import items_under_ban_headings
from openlint.text.extract import extract
from openlint.text.lead_in import DUTY_PREFIX, _lead_in, items_under_bans

HEAD = "Model Licence\n\nYou may use, copy, modify and distribute the Model.\n\n"


def _blocks(text: str) -> tuple[list[int], list[int]]:
    found = list(re.finditer(r"[^\n]+(?:\n[^\n]+)*", text))
    return [m.start() for m in found], [m.end() for m in found]


def _kinds(text: str) -> list[str]:
    return sorted(ob.kind for ob in extract(text, "LICENSE"))


# A clause opening with "no" bans the use it names ("No unlawful use."), but a fee, royalty or licence that
# is not needed for a use is a permission, not a ban.
@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("No fee is charged for commercial use of the Model.", []),
        ("No royalty is payable for commercial use of the Model.", []),
        ("No separate licence is needed for commercial use of the Model.", []),
        ("No commercial use.", ["non_commercial"]),
        ("No commercial or military use of the Model.", ["acceptable_use", "non_commercial"]),
    ],
)
def test_a_clause_opening_with_no_bans_only_the_use_it_names(sentence: str, kinds: list[str]) -> None:
    assert _kinds(HEAD + sentence + "\n") == kinds


# A lead-in with a typographic apostrophe or an accented letter is read as the English lead-in it is: only
# one ending in a full-width colon, or holding a Chinese ban, is read as Chinese.
@pytest.mark.parametrize(
    "lead",
    [
        "You must not use the Model\u2019s outputs to:",
        "Licensee must not, under the Licensor\u2019s name:",
        "You must not use the Mod\u00e8le to:",
    ],
)
def test_a_non_ascii_english_lead_in_is_read_in_english(lead: str) -> None:
    assert _lead_in(lead.lower()) == _lead_in(lead.lower().replace("\u2019", "'").replace("\u00e8", "e"))
    assert _lead_in(lead.lower()) is not None
    text = f"{lead}\n\n(a) train other large language models;\n\n(b) provide a hosted service to third parties."
    starts, ends = _blocks(text)
    assert len(list(items_under_bans(text, starts, ends))) == 2


def test_a_typographic_apostrophe_reads_as_the_plain_one() -> None:
    def text(quote: str) -> str:
        return (
            HEAD + f"You may not use the Licensor{quote}s Model:\n\n(a) for any commercial purpose;\n\n"
            "(b) to train any other model.\n"
        )

    plain, curly = extract(text("'"), "LICENSE"), extract(text("\u2019"), "LICENSE")
    assert [(o.kind, o.summary, o.confidence) for o in curly] == [(o.kind, o.summary, o.confidence) for o in plain]


# Under a numbered lead-in ("2.3. You must not:") a sub-list numbered from 1 is its items; a later section
# ("3.", "2.4.") ends it.
@pytest.mark.parametrize(
    ("items", "read"),
    [
        ("1. host the Model as a service for third parties;\n\n2. use it for military purposes.", 2),
        ("(a) host the Model as a service for third parties;\n\n3. Governing law.", 1),
        ("(a) host the Model as a service for third parties;\n\n2.4. Governing law.", 1),
        ("(a) host the Model as a service for third parties;\n\n(b) use it for military purposes.", 2),
    ],
)
def test_a_numbered_lead_in_keeps_its_sub_list(items: str, read: int) -> None:
    text = "2.3. You must not:\n\n" + items
    starts, ends = _blocks(text)
    assert len(list(items_under_bans(text, starts, ends))) == read


def test_a_sub_list_numbered_from_one_keeps_its_hosting_ban() -> None:
    text = HEAD + "2.3. You must not:\n\n1. host the Model as a service for third parties;\n\n2. use it to harm.\n"
    assert "no_hosting" in _kinds(text)


# What a distributor may do is no duty.
@pytest.mark.parametrize(
    ("lead", "duty"),
    [
        ("If you redistribute the Model, you may:", False),
        ("When distributing the Model, you can:", False),
        ("When distributing the Model, you are free to:", False),
        ("If you redistribute the Model:", True),
        ("When distributing the Model or any Derivative:", True),
    ],
)
def test_a_distribution_lead_in_is_a_duty_only_when_it_binds(lead: str, duty: bool) -> None:
    assert (_lead_in(lead.lower()) == (DUTY_PREFIX, False, False)) is duty


def test_what_a_distributor_may_do_reads_no_duty() -> None:
    text = (
        HEAD + "If you redistribute the Model, you may:\n\n(a) include a copy of this license with it;\n\n"
        "(b) state any changes you made to the files.\n"
    )
    assert "state_changes" not in _kinds(text)


# A list block under a ban heading is its items, not a heading of its own.
@pytest.mark.parametrize(
    "body",
    [
        "- Copying the weights to any public server\n- Training a competing model on the outputs",
        "- Copying the weights\n- Training other models",
    ],
)
def test_a_list_block_under_a_ban_heading_is_read(body: str) -> None:
    text = "## Prohibited uses\n\n" + body + "\n"
    starts, ends = _blocks(text)
    assert len(list(items_under_ban_headings(text, starts, ends))) == 1  # one block, one sentence: both lines


def test_a_numbered_ban_heading_is_still_one() -> None:
    text = "1. Prohibited uses\n\nCopying the weights to any public server.\n\nTraining a competing model.\n"
    starts, ends = _blocks(text)
    assert len(list(items_under_ban_headings(text, starts, ends))) == 2
