"""The blocks that are only a heading (text/document.py): a third-party notices appendix whose components
keep their own licences, and a commercial-use section whose body is a contact. One scanner finds both
kinds of heading, and looks under at most MAX_HEADINGS of each per document (a hostile text may repeat
one heading everywhere)."""

from __future__ import annotations

import pytest

from openlint.text import document
from openlint.text.view import blocks

APPENDIX = (
    "THIRD-PARTY SOFTWARE NOTICES\n\nThe components below are licensed to you under their original license terms.\n"
)
DECOY_APPENDIX = "THIRD-PARTY NOTICES\n\nSee the list below.\n\nNothing more.\n\nNothing else.\n\n"
SECTION = "## COMMERCIAL PURPOSES\n\nPlease contact the institute for additional information.\n"
DECOY_SECTION = "## COMMERCIAL USE\n\nIt is not allowed.\n\n"
HEAD = "Acme Model License\n\n1. You may use the Model for research.\n\n"


def _appendix(text: str) -> int | None:
    starts, ends = blocks(text)
    return document.third_party_appendix(text, starts, ends)


def _contact(text: str) -> str | None:
    starts, ends = blocks(text)
    found = document.commercial_contact_section(text, starts, ends)
    return None if found is None else found[1].group("contact")


@pytest.mark.parametrize(
    ("decoys", "found"), [(0, True), (document.MAX_HEADINGS - 1, True), (document.MAX_HEADINGS, False)]
)
def test_an_appendix_is_looked_for_under_at_most_max_headings(decoys: int, found: bool) -> None:
    text = HEAD + DECOY_APPENDIX * decoys + APPENDIX
    assert _appendix(text) == (text.index(APPENDIX) if found else None)


@pytest.mark.parametrize(
    ("decoys", "found"), [(0, True), (document.MAX_HEADINGS - 1, True), (document.MAX_HEADINGS, False)]
)
def test_a_commercial_contact_is_looked_for_under_at_most_max_headings(decoys: int, found: bool) -> None:
    text = HEAD + DECOY_SECTION * decoys + SECTION
    assert _contact(text) == ("please contact" if found else None)


def test_a_heading_longer_than_max_heading_or_with_more_words_is_no_heading() -> None:
    long = "## COMMERCIAL USE" + " " * (document.MAX_HEADING - 16) + "\n\nPlease contact us.\n"
    assert _contact(HEAD + long) is None
    assert _contact(HEAD + "## COMMERCIAL USE IS FORBIDDEN\n\nPlease contact us.\n") is None
    assert _contact(HEAD + "## COMMERCIAL USE\n\nPlease contact us.\n") == "please contact"
    assert _appendix(HEAD + "Notes on third-party notices kept here\n\nlicensed to you under their own terms\n") is None
