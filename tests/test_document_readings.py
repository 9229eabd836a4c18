"""Readings of the whole document (text/document_readings.py): a research-only limit reached through a
defined term is looked for in at most MAX_DOCUMENT_PARAGRAPHS defining blocks, and only blocks that can
define a term, or head one, count toward that bound."""

from __future__ import annotations

import pytest

from openlint.text import document_readings
from openlint.text.extract import extract_within_budget

DEFINITION = '"Permitted Purpose" means research and evaluation purposes only.\n\n'
USE = "You may use the Model only for the Permitted Purpose.\n\n"


def _kinds(text: str) -> list[str]:
    return sorted(ob.kind for ob in extract_within_budget(text, "LICENSE").obligations)


def test_short_quoted_lines_that_head_nothing_do_not_use_up_the_bound() -> None:
    # 210 lines holding an apostrophe, each short: before, each counted as a possible term heading
    filler = "".join(f"Item {i} isn't listed.\n\n" for i in range(210))
    assert _kinds("Model License\n\n" + DEFINITION + USE) == ["research_only"]
    assert _kinds("Model License\n\n" + filler + DEFINITION + USE) == ["research_only"]


@pytest.mark.parametrize(("others", "read"), [(2, True), (3, False)])
def test_the_bound_counts_defining_blocks(monkeypatch: pytest.MonkeyPatch, others: int, read: bool) -> None:
    """With a bound of 3, a definition after 2 other definitions is read; after 3 it is not."""
    monkeypatch.setattr(document_readings, "MAX_DOCUMENT_PARAGRAPHS", 3)
    defined = "".join(f'"Term {chr(97 + i)}" means a thing of kind {i}.\n\n' for i in range(others))
    assert ("research_only" in _kinds("Model License\n\n" + defined + DEFINITION + USE)) is read


def test_a_term_stated_alone_heads_the_definition_in_the_next_block(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document_readings, "MAX_DOCUMENT_PARAGRAPHS", 2)
    filler = "".join(f"'{i}' isn't a term.\n\n" for i in range(5))  # quoted, short, heading nothing
    text = "Model License\n\n" + filler + '"Permitted Purpose"\n\nMeans research purposes only.\n\n' + USE
    assert _kinds(text) == ["research_only"]
