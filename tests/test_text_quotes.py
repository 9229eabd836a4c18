"""A reading's quote is the document's own words (issue 14, trust in citations): every obligation
read from a text cites lines whose text holds its quote verbatim, markup and all. Only layout is
read as one space: line breaks, runs of spaces and what opens a line (indentation, blockquote
markers). Checked on every fixture and corpus text as published, re-wrapped at 40, 60 and 76
columns, in a blockquote, as HTML, and with markdown emphasis and links added to its words (also
with Windows line ends)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from openlint.core.obligations import Obligation
from openlint.text.cite import MAX_QUOTE, quote
from openlint.text.extract import extract
from openlint.text.view import Paragraph
from rewrap import rewrap
from test_text_wrapping import TEXTS, _id, _read, blockquote, html_page, signature

# What opens a line and is layout, not words: indentation and blockquote markers.
_LINE_OPENING = re.compile(r"^[ \t]*(?:>[ \t]?)*")


def cited_text(lines: list[str], start: int, end: int) -> str:
    """The cited lines as one line: each line's opening layout dropped, every run of whitespace one space."""
    return " ".join(" ".join(_LINE_OPENING.sub("", line) for line in lines[start - 1 : end]).split())


def assert_quoted(text: str, obligations: list[Obligation]) -> None:
    """Each quote lies verbatim in the lines it cites and begins on the first of them."""
    lines = text.replace("\r\n", "\n").split("\n")
    for ob in obligations:
        start, end, quote = ob.source.start_line, ob.source.end_line, ob.source.text
        assert start is not None and end is not None and 1 <= start <= end <= len(lines)
        assert quote and quote == " ".join(quote.split()), (ob.kind, quote)
        assert quote in cited_text(lines, start, end), (ob.kind, start, end, quote[:80])
        assert quote.split()[0] in lines[start - 1], (ob.kind, start, quote[:40])


_WORD = re.compile(r"(?<![\w*_`\\\[\]()<>&#/.@:-])[A-Za-z]{3,}(?![\w*_`\[\]()<>;/.@:-])")


def emphasise(text: str) -> str:
    """Markdown emphasis and links around words, as a published markdown licence has them: every
    third word bold, every fifth italic with '*', every seventh with '_', every eleventh a link."""
    count = 0

    def mark(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        word = match.group(0)
        if count % 11 == 0:
            return f"[{word}](https://example.org/{word.lower()})"
        if count % 7 == 0:
            return f"_{word}_"
        if count % 5 == 0:
            return f"*{word}*"
        if count % 3 == 0:
            return f"**{word}**"
        return word

    return _WORD.sub(mark, text)


def bold_phrases(text: str) -> str:
    """Bold runs of several words within a line (a quote then opens or closes inside one)."""
    return re.sub(r"(?m)(?<=[.:;] )([A-Za-z][A-Za-z ,]{10,60}[A-Za-z])(?=[ ,.;:])", r"**\1**", text)


WRAPPERS: dict[str, Callable[[str], str]] = {
    "published": lambda t: t,
    "40": lambda t: rewrap(t, 40),
    "60": lambda t: rewrap(t, 60),
    "76": lambda t: rewrap(t, 76),
    "blockquote": blockquote,
    "blockquote-76": lambda t: blockquote(rewrap(t, 76)),
    "html": html_page,
    "emphasis": emphasise,
    "emphasis-60": lambda t: rewrap(emphasise(t), 60),
    "bold-phrases-40": lambda t: rewrap(bold_phrases(t), 40),
    "emphasis-html": lambda t: html_page(emphasise(t)),
    "emphasis-crlf": lambda t: emphasise(t).replace("\n", "\r\n"),
}


@pytest.mark.parametrize("path", TEXTS, ids=_id)
def test_every_quote_is_the_cited_lines_own_text(path: Path) -> None:
    text, _ = _read(path)
    for name, wrap in WRAPPERS.items():
        wrapped = wrap(text)
        try:
            assert_quoted(wrapped, extract(wrapped, "LICENSE"))
        except AssertionError as failure:
            raise AssertionError(f"{name}: {failure}") from None


@pytest.mark.parametrize("path", TEXTS, ids=_id)
def test_emphasis_changes_no_reading(path: Path) -> None:
    """Bold and italic words are read as the words (the view drops the marks; only the quote keeps them)."""
    text, read = _read(path)
    assert signature(extract(bold_phrases(text), "LICENSE")) == signature(read)


NOTICE = """Petrel Segmentation Licence

The Licensee may distribute copies of the software, provided that the
following copyright notice is **always displayed** in an *obvious* manner:
**Copyright (c) Petrel Institute and its contributors 2019.**

You **must not** use the Software for __military__ purposes &amp; weapons.
"""


def test_a_quote_over_emphasis_keeps_the_marks() -> None:
    """Before, the quotes were 'following copyright notice is always displayed in an obvious
    manner: ...' and 'must not use the Software for military': words no line holds."""
    found = {ob.kind: ob for ob in extract(NOTICE, "LICENSE")}
    assert set(found) == {"notice", "acceptable_use"}
    notice, ban = found["notice"].source, found["acceptable_use"].source
    assert (notice.start_line, notice.end_line) == (4, 5)
    assert notice.text == (
        "following copyright notice is **always displayed** in an *obvious* manner: "
        "**Copyright (c) Petrel Institute and its contributors 2019.**"
    )
    assert found["notice"].text == "Copyright (c) Petrel Institute and its contributors 2019"  # the words
    assert (ban.start_line, ban.end_line) == (7, 7)
    assert ban.text == "**must not** use the Software for __military__"


def test_a_quote_ending_on_an_entity_keeps_it_whole() -> None:
    text = html_page('You must include the notice "Built with Petrel" in the documentation of any product.')
    (ob,) = [ob for ob in extract(text, "LICENSE") if ob.kind == "attribution"]
    assert ob.source.text is not None and "&quot;Built with Petrel&quot;" in ob.source.text
    assert html.unescape(ob.source.text).count('"') == 2


LIST = """Acme Model Licence

You agree that you will not use the Model:

- to **stalk** or harass any person;

> The Licensee must display the notice
> "Built with `Acme`" in its product.
"""


def test_an_item_under_a_ban_quotes_the_item_not_the_lead_in_it_is_read_after() -> None:
    """The item is read as "you must not use the model to stalk ...": the quote is the item's own
    words, and a quote over two blockquoted lines reads the second line's marker as a space."""
    found = {ob.kind: ob.source for ob in extract(LIST, "LICENSE")}
    assert (found["acceptable_use"].start_line, found["acceptable_use"].text) == (5, "to **stalk** or harass")
    attribution = found["attribution"]
    assert (attribution.start_line, attribution.end_line) == (7, 8)
    assert attribution.text == 'display the notice "Built with `Acme`"'


def view_quote(text: str, words: str) -> str:
    para = Paragraph(text, 0)
    start = para.text.index(words)
    return quote(para, start, start + len(words), text)


def test_quote_keeps_the_marks_around_its_first_and_last_words() -> None:
    assert view_quote(r"see \*this\* term", "*this*") == r"\*this\*"  # escapes' backslashes
    assert view_quote("a __b__ c", "b") == "__b__"
    assert view_quote("a ***b*** c", "b") == "***b***"
    assert view_quote("use `x` now", "x") == "`x`"
    assert view_quote("snake_case here", "case") == "case"  # an underscore inside a word is no mark
    assert view_quote("2*b* c", "b") == "b*"  # a star after a word closes; one within a word opens nothing
    assert view_quote("R&amp;D &quot;x&quot; done", 'R&D "x"') == "R&amp;D &quot;x&quot;"
    assert view_quote("a &amp; b", "a ") == "a"  # spaces at a span's ends are not quoted
    assert quote(Paragraph("a   \n", 0), 1, 2, "a   \n") == ""  # a span of layout only


def test_quote_is_cut_at_a_word_break() -> None:
    text = " ".join(["word"] * 100)  # 499 characters
    para = Paragraph(text, 0)
    assert quote(para, 0, len(para.text), text) == " ".join(["word"] * 60)  # 299 characters
    one = "x" * 400
    assert quote(Paragraph(one, 0), 0, 400, one) == "x" * MAX_QUOTE  # no break to cut at
