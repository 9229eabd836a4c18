"""Extraction does not depend on where lines break or on markdown/HTML wrappers (issue 14): every
license fixture and corpus text, re-wrapped at 40, 60 and 76 columns or wrapped in a blockquote or
HTML, yields the same obligations, and every citation still points at the lines holding its words."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import require_shared
from openlint.core.catalog import default_catalog
from openlint.core.obligations import Obligation
from openlint.text.extract import extract
from openlint.text.identify import identify
from openlint.text.normalize import words as tokens_of
from openlint.text.weigh import weigh
from rewrap import rewrap

REPO = Path(__file__).resolve().parents[1]
FIXTURES = sorted((REPO / "fixtures" / "licenses").glob("*/LICENSE"))
CORPUS = REPO.parent / "shared" / "corpus" / "licenses"
# Without the corpus one placeholder stands for it, so the run skips (or fails under CI) instead of
# silently testing the fixtures only.
TEXTS = FIXTURES + (sorted(CORPUS.glob("*/*.txt")) or [CORPUS])


def blockquote(text: str) -> str:
    return "\n".join("> " + line if line.strip() else ">" for line in text.split("\n"))


def html_page(text: str) -> str:
    paragraphs = ("<p>" + html.escape(block, quote=True) + "</p>" for block in text.split("\n\n"))
    return "<html><body>\n" + "\n\n".join(paragraphs) + "\n</body></html>"


def signature(obligations: list[Obligation]) -> list[tuple[str, str]]:
    return sorted((ob.kind, json.dumps(ob.parameters(), sort_keys=True)) for ob in obligations)


def words(text: str) -> str:
    return " ".join(text.split())


def assert_cited(text: str, obligations: list[Obligation]) -> None:
    lines = text.split("\n")
    for ob in obligations:
        start, end = ob.source.start_line, ob.source.end_line
        assert start is not None and end is not None and 1 <= start <= end <= len(lines)
        cited = words(" ".join(lines[start - 1 : end]))
        quote = words(ob.source.text or "")
        assert quote and quote in cited, (ob.kind, start, end, quote[:80])
        assert quote.split()[0] in lines[start - 1], (ob.kind, start)  # the quote starts on the first line


def _read(path: Path) -> tuple[str, list[Obligation]]:
    """A text (fixture or corpus) and what is read from it as published."""
    if not path.is_file():
        require_shared()
    text = path.read_text(encoding="utf-8")
    return text, extract(text, "LICENSE")


def _id(path: Path) -> str:
    return path.parent.name if path.name == "LICENSE" else path.name


@pytest.mark.parametrize("path", TEXTS, ids=_id)
def test_rewrapping_changes_nothing(path: Path) -> None:
    text, read = _read(path)
    want = signature(read)
    assert_cited(text, read)
    for width in (40, 60, 76):
        wrapped = rewrap(text, width)
        assert wrapped.replace("\n", " ") == text.replace("\n", " ")  # only line breaks were inserted
        found = extract(wrapped, "LICENSE")
        assert signature(found) == want, width
        assert_cited(wrapped, found)


@pytest.mark.parametrize("path", TEXTS, ids=_id)
def test_markdown_and_html_wrappers_change_nothing(path: Path) -> None:
    text, read = _read(path)
    want = signature(read)
    for wrapper in (blockquote, html_page, lambda t: blockquote(rewrap(t, 76))):
        wrapped = wrapper(text)
        found = extract(wrapped, "LICENSE")
        assert signature(found) == want, wrapper
        lines = wrapped.split("\n")
        for ob in found:  # the first cited line holds the quote's first word as written (entities and all)
            assert ob.source.start_line is not None and ob.source.text
            first = ob.source.text.split()[0]
            assert first in lines[ob.source.start_line - 1], (ob.kind, first)


# The one text whose identification a wrap still changes, and why (pinned: the test fails once it no longer does).
WRAP_DEPENDENT_IDS = {
    # Its title shares the copyright line ("Copyright (c) 2023 Stability AI CreativeML Open RAIL++-M License
    # dated July 26, 2023"): dropped with that line as published, but its second and third lines at 40 columns.
    ("creativeml-openrail++-m-sdxl1.0.txt", 40): ("openrail++", "known-with-differences"),
}


def _identified(text: str) -> tuple[str | None, str, str | None]:
    catalog = default_catalog()
    tokens = tokens_of(text)
    identification, by_title = weigh(text, tokens, identify(tokens), catalog)
    return identification.license_id, identification.verdict, by_title.id if by_title else None


@pytest.mark.parametrize("path", TEXTS, ids=_id)
def test_rewrapping_keeps_the_identification(path: Path) -> None:
    """The same license and verdict at 40, 60 and 76 columns as published. Before, a placeholder or tag a wrap
    cut ("<one line to give the program's name\nand ...>") or a copyright line's rest on the next line
    ("... All\nrights reserved.", "Free Software\nFoundation, Inc.") made 21 corpus texts "with differences"
    at some width, and GPL-2.0 at 40 columns then read a non_commercial duty from its added passage."""
    if not path.is_file():
        require_shared()
    text = path.read_text(encoding="utf-8")
    want = _identified(text)
    for width in (40, 60, 76):
        expected = WRAP_DEPENDENT_IDS.get((_id(path), width))
        got = _identified(rewrap(text, width))
        assert got[:2] == expected if expected else got == want, width


@settings(max_examples=25, deadline=None)
@given(width=st.integers(min_value=20, max_value=140), index=st.integers(min_value=0, max_value=len(FIXTURES) - 1))
def test_any_width_on_the_fixtures(width: int, index: int) -> None:
    text = FIXTURES[index].read_text(encoding="utf-8")
    wrapped = rewrap(text, width)
    found = extract(wrapped, "LICENSE")
    assert signature(found) == signature(extract(text, "LICENSE"))
    assert_cited(wrapped, found)


@pytest.mark.parametrize("path", FIXTURES, ids=_id)
def test_windows_line_ends_change_nothing(path: Path) -> None:
    """CRLF files (360 Zhinao's and HelpingAI's licenses in held-out set r9) were one block: no blank
    line between clauses, so clause-bound patterns ran across the whole text. Same readings, same lines."""
    text, read = _read(path)
    found = extract(text.replace("\n", "\r\n"), "LICENSE")
    assert signature(found) == signature(read)
    assert sorted((ob.kind, ob.source.start_line, ob.source.end_line) for ob in found) == sorted(
        (ob.kind, ob.source.start_line, ob.source.end_line) for ob in read
    )


@pytest.mark.parametrize("width", [21, 22, 23, 43, 44, 85, 86, 87, 88])
def test_a_copyright_sign_wrapped_to_a_line_start_inside_a_quotation_is_no_item(width: int) -> None:
    """c14's quoted credit ends '... License. (c) Wren Labs Ltd."': re-wrapped so that "(c)" opens a line after the
    sentence's full stop, it was read as a list item and cut the quoted text short (at exactly these widths, found
    by the hypothesis test above at random). The widths are pinned so the case is checked on every run."""
    path = next(p for p in FIXTURES if p.parent.name == "c14-notice-own-paragraph")
    text = path.read_text(encoding="utf-8")
    wrapped = rewrap(text, width)
    found = extract(wrapped, "LICENSE")
    assert signature(found) == signature(extract(text, "LICENSE"))
    assert_cited(wrapped, found)
