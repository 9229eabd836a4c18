"""Cheaper ways `lead_in.items_under_bans` decides what it decided before (round 15): the first bullet of a block
found by two regexes, one matched at its start and one opening with a class, where one alternation opening with
"(?:^|[.:;]\\s)" was tried at every position; a block's end searched for a dangling lead-in only when it ends as
one does. Each gives what the one regex gave, on generated strings and on every block of the fixtures."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from openlint.text import lead_in
from openlint.text.view import blocks, lower

REPO = Path(__file__).resolve().parents[1]
OLD_BULLET = re.compile(r"(?:^|[.:;]\s)\s*([-*\u2022])\s")
PIECES = st.sampled_from(
    [
        *("-", "*", "\u2022", ".", ":", ";", " ", "\n", "\t", "\xa0", "\r", "#", "_", "a", "a ", "s", "n", "x"),
        *("to", "agree", "em", "concorda", "de", "acepta", "acceptez", "vous engagez", "\u00e0", "di", "accetta"),
        "si impegna",
    ]
)
TEXTS = st.lists(PIECES, max_size=30).map("".join)


def _first_bullet(low: str) -> tuple[int, int, str] | None:
    found = lead_in._BULLET_OPENING.match(low) or lead_in._BULLET_AFTER.search(low)
    return None if found is None else (found.start(), found.end(), found.group(1))


def _old_first_bullet(low: str) -> tuple[int, int, str] | None:
    found = OLD_BULLET.search(low)
    return None if found is None else (found.start(), found.end(), found.group(1))


@settings(max_examples=1000, deadline=None)
@given(TEXTS)
def test_the_first_bullet_is_the_one_regex_found(text: str) -> None:
    assert _first_bullet(text) == _old_first_bullet(text)


@settings(max_examples=1000, deadline=None)
@given(TEXTS)
def test_a_dangling_lead_in_is_found_as_by_the_regex_alone(text: str) -> None:
    assert lead_in.dangles(text) == (lead_in._DANGLING_LEAD.search(text) is not None)


def test_every_fixture_block_reads_alike() -> None:
    checked = 0
    for path in sorted((REPO / "fixtures" / "licenses").glob("*/*")):
        if path.suffix == ".json" or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for start, end in zip(*blocks(text), strict=True):
            low = lower(text, start, end)
            assert _first_bullet(low) == _old_first_bullet(low)
            tail = low[-lead_in.MAX_DANGLING :].rstrip(" \t\n*#_")
            assert lead_in.dangles(tail) == (lead_in._DANGLING_LEAD.search(tail) is not None)
            checked += 1
    assert checked > 500


def test_the_dangling_lead_ins_of_each_language_are_found() -> None:
    for tail in (
        "## by using the weights, you agree to",
        "ao usar os artefatos, você concorda em",
        "vous vous engagez à",
        "vous acceptez de",
        "el usuario acepta ",
        "l'utente si impegna a",
        "l'utente accetta di",
    ):
        assert lead_in.dangles(tail), tail
    assert not lead_in.dangles("you agree to the terms.")
