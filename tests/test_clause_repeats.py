"""The clause layer passes over a block or item it examined before in a reading, word for word and in the same
surroundings (openlint.text.clause_repeats): the readings are those of examining it again, the cost is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from openlint.text import clauses
from openlint.text.clause_repeats import MEMO_FROM, Examined
from openlint.text.extract import extract
from openlint.text.view import blocks

REPO = Path(__file__).resolve().parents[1]
FIXTURES = sorted((REPO / "fixtures" / "licenses").glob("clauses-*"))


def _examined(text: str) -> Examined:
    starts, ends = blocks(text)
    return Examined(text, starts, ends, lambda i: clauses._block_above(text, starts, ends, i), clauses._count)


def _readings(text: str) -> list[tuple[str, int | None, str | None]]:
    return [(ob.kind, ob.source.start_line, ob.summary) for ob in extract(text, "LICENSE")]


@pytest.mark.parametrize("case", FIXTURES, ids=lambda p: p.name)
def test_a_repeated_text_reads_as_when_every_block_is_examined(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    unit = next(p for p in case.iterdir() if p.name != "expected.json").read_text() + "\n\n"
    text = unit * (MEMO_FROM // len(unit) + 2)
    screened: list[int] = []
    able = clauses._able
    monkeypatch.setattr(clauses, "_able", lambda concepts, piece: screened.append(1) or able(concepts, piece))
    remembered = _readings(text)
    with_memo = len(screened)
    monkeypatch.setattr(clauses, "MEMO_FROM", len(text))  # every block examined again
    screened.clear()
    assert remembered == _readings(text)
    assert with_memo * 4 < len(screened)  # the copies after the first are passed over


def test_a_repeat_is_passed_over_but_its_clauses_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clauses, "MEMO_FROM", 0)
    monkeypatch.setattr(clauses, "MAX_CLAUSES", 1000)
    filler = "Research notes are kept as they are in the archive.\n\n"  # one clause, a needle, read as nothing
    clause = "You may use the weights exclusively for academic study.\n"
    assert {ob.kind for ob in extract("Terms\n\n" + filler * 999 + clause, "LICENSE")} == {"research_only"}
    assert {ob.kind for ob in extract("Terms\n\n" + filler * 1000 + clause, "LICENSE")} == set()


def test_a_block_of_items_under_another_lead_in_is_examined_again() -> None:
    text = "\n\n".join(["The licence ends if:", "(a) you sue.", "We keep a log if:", "(a) you sue."] * 2 + ["End.\n"])
    memo = _examined(text)
    memo.add_block(1, (1, False, True, "the licence ends if:", None))
    assert memo.block(3, False) is None  # "we keep a log if:" above it
    assert memo.block(5, False) == 1  # under "the licence ends if:" again
    assert memo.block(7, False) is None


def test_a_block_under_a_permission_is_examined_again_where_it_is_not() -> None:
    text = "You may:\n\nCite the paper.\n\nNotes\n\nCite the paper.\n\nEnd.\n"
    memo = _examined(text)
    memo.add_block(1, (1, False, False, "", True))  # under "You may:"
    assert memo.block(3, False) is None  # under "Notes"
    memo = _examined(text)
    memo.add_block(1, (1, False, False, "", None))  # no clause of it could be read: where it stands is moot
    assert memo.block(3, False) == 1


def test_clauses_counted_on_the_text_are_not_reused_for_a_kept_view() -> None:
    text = "Notes  on   the weights. More.\n\nNotes  on   the weights. More.\n\nEnd.\n"
    memo = _examined(text)
    memo.add_block(0, (2, True, False, "", None))
    assert memo.block(1, True) is None  # the pattern reader kept its view: counted on the view
    assert memo.block(1, False) == 2
    assert memo.block(1, False) == memo.block(1, False)


def test_another_text_of_the_same_hash_is_not_taken_for_a_repeat(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "First block.\n\nSecond block.\n"
    memo = _examined(text)
    monkeypatch.setattr("builtins.hash", lambda _: 7)
    memo.add_block(0, (1, False, False, "", None))
    assert memo.block(1, False) is None
