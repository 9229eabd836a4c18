"""The text extraction reads: blocks of a document, each seen with its line breaks, runs of spaces
and markdown/HTML markup folded away, so wrapping and wrappers do not change what is read. Every
position of the view maps back to the document, so citations keep their real lines."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from functools import cache
from itertools import chain

from openlint.text.programs import prebuilt

MAX_PARAGRAPH = 4000
URL = prebuilt(
    r"https?://[^\s)\]<>\"\u201d]{3,300}"
    r"|(?<![\w.-])[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,6}\.(?:com|dev|ai|org|io)/[^\s)\]<>\"\u201d]{1,300}",
    re.I,
)


LOWER_PIECE = 1024  # characters lower-cased at a time when the text is not ASCII


# One spelling of a word written several ways, the same length so offsets stay: "non commercial" and
# "non\u2013commercial" are "non-commercial" (and so "non-production") to every pattern and check that reads a
# lower-cased view.
# ("non" first, the word boundary before it looked back at: the regex engine then seeks the literal.)
_NON_SPACED = prebuilt(r"non(?<!\wnon)[\s\u2010-\u2015](?=commercial|production)")


def lower(text: str, start: int = 0, end: int | None = None) -> str:
    """Lower case of text[start:end] with the same offsets (a few letters lower to two characters:
    those stay), without a copy of that part of the text when it is not ASCII; "non commercial" is
    spelled "non-commercial" and a word's soft hyphens stand after it ("com\u00admercial" is "commercial\u00ad")."""
    low = _lower(text, start, end)
    if "\u00ad" in low:
        low = _SOFT_HYPHENATED.sub(_soft_hyphens_last, low)
    return _NON_SPACED.sub("non-", low) if "commercial" in low or "production" in low else low


# A word with soft hyphens (U+00AD) in it: the word whole, its soft hyphens after it (the same length), so a
# needle searched in a document's lower case finds "com\u00admercial" as "commercial" (the view drops them).
_SOFT_HYPHENATED = prebuilt(r"\w*(?:\u00ad+\w+)+\u00ad*|\w+\u00ad+")


def _soft_hyphens_last(match: re.Match[str]) -> str:
    word = match.group(0)
    bare = word.replace("\u00ad", "")
    return bare + "\u00ad" * (len(word) - len(bare))


def _lower(text: str, start: int, end: int | None) -> str:
    end = len(text) if end is None else min(end, len(text))
    if text.isascii() or text.find("\u03a3", start, end) != -1:
        low = text[start:end].lower()
    else:
        # str.lower of non-ASCII text takes 12 bytes of scratch per character: a bounded piece at
        # a time, the same result (without a capital sigma, lower-casing depends on no neighbour).
        low = "".join([text[at : min(at + LOWER_PIECE, end)].lower() for at in range(start, end, LOWER_PIECE)])
    if len(low) == end - start:
        return low
    del low
    # Character by character, a bounded piece at a time (a generator over the whole text would
    # hold a list of one string per character: ~8 bytes per character, 14x a 2 MB text).
    return "".join(_lower_by_character(text[at : min(at + 4096, end)]) for at in range(start, end, 4096))


def _lower_by_character(piece: str) -> str:
    if "\u03a3" not in piece:  # capital sigma is the one letter whose lower case depends on its neighbours
        low = piece.lower()
        if len(low) == len(piece):
            return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in piece)


# A block ends at a blank line or before a line opening a numbered or bulleted clause.

# "(c)" on a line that closes a quotation ('(c) Wren Labs Ltd."') is a copyright sign a re-wrap put there, no item.
_CLAUSE_START = (
    r"[ \t]*(?!\([cC]\)[^\n]*[\"\u201d][ \t]*(?:\n|\Z))"
    r"(?:\d+(?:\.\d+)*[.)]|[a-zA-Z][.)]|\(?[ivxIVX]+[.)]|\([a-z0-9]+\)|[-*\u2022])\s"
)
# A clause start opens a block only after a line ending a sentence or a lead-in (".", ":", ";"):
# re-wrapping puts "(c) Stability AI" or "2. of" at the start of a line mid-sentence.
# Possessive ("*+"): the same match (nothing follows the repetition), without a backtracking entry
# kept per line (a block of many lines cost ~150 bytes a line).
_BLOCK = prebuilt(rf"[^\n]+(?:(?:(?<![.:;!?])\n(?![ \t]*\n)|\n(?![ \t]*\n)(?!{_CLAUSE_START}))[^\n]*)*+")

_QUOTE_MARKER = r"[ \t]{0,3}>[> \t]*"
_QUOTE_MARKERS = prebuilt(rf"(?:\n|\A){_QUOTE_MARKER}")
# _BLOCK as it reads a blockquote with its markers blanked out, run on the text itself (blanking
# them would copy it): a line of markers alone is a blank line, and a clause may open after them.
# Every other step of _BLOCK sees what it saw (a marker's characters are none of those it tests).
_QUOTED_BLOCK = prebuilt(
    rf"[^\n]+(?:(?:(?<![.:;!?])\n(?!(?:{_QUOTE_MARKER})?[ \t]*\n)"
    rf"|\n(?!(?:{_QUOTE_MARKER})?[ \t]*\n)(?!(?:{_QUOTE_MARKER})?{_CLAUSE_START}))[^\n]*)*+"
)


def blocks(text: str, end: int | None = None) -> tuple[list[int], list[int]]:
    """Starts and ends of the blank-line separated blocks of text[:end], long ones cut into bounded
    chunks. A markdown blockquote's markers do not count (its '>' lines are blank lines)."""
    end = len(text) if end is None else end
    quoted = ">" in text and _QUOTE_MARKERS.search(text, 0, end) is not None
    starts: list[int] = []
    ends: list[int] = []
    for match in (_QUOTED_BLOCK if quoted else _BLOCK).finditer(text, 0, end):
        start, stop = match.span()
        while stop - start > MAX_PARAGRAPH:
            starts.append(start)
            ends.append(start + MAX_PARAGRAPH)
            start += MAX_PARAGRAPH
        starts.append(start)
        ends.append(stop)
    return starts, ends


class LineIndex:
    """1-based line of an offset, counted from the nearest offset already asked for (a document of
    many short lines is not indexed line by line; only the few cited offsets are counted)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._offsets = [0]
        self._lines = [1]

    def line(self, offset: int) -> int:
        i = bisect_right(self._offsets, offset) - 1
        line = self._lines[i] + self.text.count("\n", self._offsets[i], offset)
        self._offsets.insert(i + 1, offset)
        self._lines.insert(i + 1, line)
        return line


# Markup that wraps words without changing them: HTML tags (a word break), entities, emphasis and
# code marks, blockquote and heading markers. Replaced by text of the same length, "\x00" where
# nothing stands (the fold below drops it), so offsets do not move.
# HTML elements (a tag names one, bare or with attributes): angle-bracketed words that are no tag are a
# placeholder the text asks to fill in ("<MODELNAME> is licensed under ...", "<YEAR> <COPYRIGHT HOLDER>",
# "<Title of Work>"), kept.
_ELEMENTS = (
    "a|abbr|address|article|aside|audio|b|bdi|bdo|big|blockquote|body|br|button|caption|center|cite|code|col|"
    "colgroup|dd|del|details|dfn|div|dl|dt|em|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|"
    "iframe|img|input|ins|kbd|label|li|link|main|mark|meta|nav|ol|option|p|picture|pre|q|s|samp|script|section|"
    "select|small|source|span|strike|strong|style|sub|summary|sup|table|tbody|td|textarea|tfoot|th|thead|time|"
    "title|tr|tt|u|ul|var|video|wbr"
)
ESCAPABLE = "\\`*_{}[]()#+.!>-"  # what a markdown escape (a backslash before it) keeps
ENTITY = r"&(?:quot|amp|apos|lt|gt|nbsp|#\d{1,6}|#x[0-9a-f]{1,5});"  # read as their first character
EMPHASIS = r"\*{1,3}|_{1,3}|`+"  # emphasis and code marks
# A word split across a line break or an HTML <br> at the hyphen of "non-" ("non-\ncommercial", "non-<br>
# commercial"), and a soft hyphen (U+00AD) anywhere ("com\u00admercial", "non\u00ad\ncommercial"): joined (the
# break dropped like markup), so the word reads as written on one line. Only line structure and offsets of the view
# change; citations count the document's lines.
_WORD_BREAK = (
    r"(?P<join>(?<=\bnon-)(?:[ \t]*(?:\r?\n|<br\s*/?>))+[ \t]*(?=[a-z])|\u00ad(?:[ \t]*\r?\n[ \t]*(?=[a-z]))?)"
)
# (Every match starts with one of the characters the look-ahead first asks for: at any other position, most of a
# text's, the engine fails at once instead of trying each alternative's look-behinds.)
_MARKUP = prebuilt(
    r"(?=[ \t\r\n<\u00ad\\&*_`>#])(?:"
    rf"{_WORD_BREAK}"
    rf"|\\[{re.escape(ESCAPABLE)}]"  # a markdown escape: the character stays
    rf"|</?(?:{_ELEMENTS})(?:\s[^<>\n=]{{0,100}}=[^<>\n]{{0,200}}|\s*/?)>"  # a tag: bare or with attributes
    rf"|{ENTITY}"
    r"|\*{1,3}(?=\S)|(?<=\S)\*{1,3}|(?<!\w)_{1,3}(?=\w)|(?<=\w)_{1,3}(?!\w)|`+"
    r"|(?:(?<=\n)|\A)[ \t]{0,3}(?:>[ \t]?)+|(?:(?<=\n)|\A)[ \t]{0,3}#{1,6}(?=[ \t]))",
    re.I,
)
_LIST_ITEM = prebuilt(r"<li[\s>]", re.I)
_ENTITIES = {"quot": '"', "amp": "&", "apos": "'", "lt": "<", "gt": ">", "nbsp": " "}


def _mask(match: re.Match[str]) -> str:
    found = match.group(0)
    if match.group("join"):
        return "\x00" * len(found)
    if found[0] == "\\":
        return "\x00" + found[1]
    if found[0] == "<":
        # an HTML list item opens as a bulleted one ("<li>to train other models</li>" is "- to train ..."), so a
        # lead-in's items are cut as in plain text (a tag is otherwise a word break)
        return " - " + " " * (len(found) - 3) if _LIST_ITEM.match(found) else " " * len(found)
    if found[0] == "&":
        name = found[1:-1].lower()
        if name.startswith("#"):
            code = int(name[2:], 16) if name[1] == "x" else int(name[1:])
            char = chr(code) if 32 <= code < 0x110000 and not 0xD800 <= code < 0xE000 else " "
        else:
            char = _ENTITIES[name]
        return char + "\x00" * (len(found) - 1)
    if found[-1] in "*_`":
        return "\x00" * len(found)
    return " " * len(found)


_MARKUP_CHARS = "\\<&*_`>#\u00ad"  # a text holding none of these (and no "non-" at a line end) has no markup
_NON_AT_LINE_END = prebuilt(r"[nN](?<!\w[nN])[oO][nN]-[ \t]*\r?\n")  # ("\bnon-", any case: a class the engine seeks)


def _markup_in(text: str) -> bool:
    return any(char in text for char in _MARKUP_CHARS) or ("-" in text and _NON_AT_LINE_END.search(text) is not None)


def mask_markup(text: str) -> str:
    """Markdown and HTML markup replaced by spaces or "\x00", offsets unchanged."""
    if not _markup_in(text):
        return text
    return _MARKUP.sub(_mask, text)


def plain(text: str) -> bool:
    """Whether a Paragraph of `text` views it with each run of whitespace as one space and nothing
    else changed (no markup masked, no NUL dropped, no CJK line joined): a string holding no
    whitespace is then in the view's lower case exactly when it is in the text's."""
    return not _markup_in(text) and "\x00" not in text and (text.isascii() or _cjk_if_any(text) is None)


# Chinese and Japanese are written without spaces: a line break between two such characters is
# no word break.
@cache
def _cjk() -> re.Pattern[str]:
    """CJK characters, compiled when a paragraph that may hold one first asks (the class's wide
    ranges took ~4 ms to compile: most texts never need it)."""
    return re.compile("[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


# In UTF-8, every character from U+3000 to U+9FFF and from U+F000 to U+FFFF starts with one of these
# bytes, and no other character holds one: a text whose UTF-8 has none holds no CJK character.
_CJK_LEAD = re.compile(b"[\xe3-\xe9\xef]")


def _cjk_if_any(text: str) -> re.Pattern[str] | None:
    """The CJK class when `text` may hold a CJK character, else None (it holds none)."""
    if text.isascii() or _CJK_LEAD.search(text.encode("utf-8", "surrogatepass")) is None:
        return None
    return _cjk()


# A run of whitespace that is not exactly one space, or of dropped markup.
_FOLD = prebuilt(r"(?:[^\S ]|\x00| [\s\x00])[\s\x00]*")


def _one_space(text: str) -> str:
    """Each run of whitespace as one space: _FOLD's view of a text with no markup dropped and no
    CJK, by split and join (several times faster than the regex, which has no literal to seek)."""
    words = text.split()
    if not words:
        return " " if text else ""
    folded = " ".join(words)
    if text[0].isspace():
        folded = " " + folded
    if text[-1].isspace():
        folded += " "
    return folded


FOLD_PIECES = 256  # pieces of a paragraph's view joined at a time


class Paragraph:
    """A bounded block of a document as extraction reads it: markup dropped, one space between
    words (wrapping is invisible), with a map from each position back to the document. What
    several matches need (spans of context patterns, the URL) is found once."""

    __slots__ = ("_at_text", "_at_view", "_masked", "_spans", "_url", "low", "offset", "text")

    def __init__(self, text: str, offset: int) -> None:
        self.offset = offset
        self._at_view: array[int] | None = None  # fold points: view position -> text position
        self._at_text: array[int] | None = None
        self._masked = mask_markup(text)
        cjk = _cjk_if_any(self._masked)
        if "\x00" in self._masked or (cjk is not None and cjk.search(self._masked)):
            self._fold()  # markup dropped or CJK lines joined: decided at each fold point
            self._masked = ""  # (the fold points map the view to the text)
        else:  # every run of whitespace is one space (as _FOLD makes it); mapped only when cited
            self.text = _one_space(self._masked)
        self.low = lower(self.text)  # what patterns run on (same offsets)
        self._url: str | bool | None = False
        self._spans: dict[re.Pattern[str], tuple[array[int], array[int]]] = {}

    def _fold(self) -> None:
        """The view and its fold points (view position -> text position), 4 bytes each; the view's
        pieces are joined a few hundred at a time (a list of every word costs ~10x the paragraph)."""
        text = self._masked
        at_view = array("I")
        at_text = array("I")
        joined: list[str] = []
        pieces: list[str] = []
        last = size = 0
        cjk = _cjk_if_any(text)
        for match in _FOLD.finditer(text):
            start, end = match.span()
            pieces.append(text[last:start])
            size += start - last
            between_cjk = (
                cjk is not None
                and start > 0
                and cjk.match(text, start - 1) is not None
                and cjk.match(text, end) is not None
            )
            if match.group(0).replace("\x00", "") and not between_cjk:
                pieces.append(" ")
                size += 1
            at_view.append(size)
            at_text.append(end)
            last = end
            if len(pieces) >= FOLD_PIECES:
                joined.append("".join(pieces))
                pieces.clear()
        if at_view:
            pieces.append(text[last:])
            joined.append("".join(pieces))
            del pieces
            text = "".join(joined)
        self.text = text
        self._at_view, self._at_text = at_view, at_text

    def origin(self, position: int) -> int:
        """The document offset of a position in the view."""
        if self._at_view is None or self._at_text is None:
            self._fold()  # the same view, now with its fold points
        assert self._at_view is not None and self._at_text is not None
        i = bisect_right(self._at_view, position) - 1
        return self.offset + (position if i < 0 else self._at_text[i] + position - self._at_view[i])

    def spans(self, regex: re.Pattern[str]) -> tuple[array[int], array[int]]:
        """Starts and ends of `regex`'s matches in the lower-cased view, found once."""
        found = self._spans.get(regex)
        if found is None:
            # 4 bytes a position, and no list of match objects (a regex such as a period's
            # matches hundreds of times in a long paragraph)
            spans = array("I", chain.from_iterable(map(re.Match.span, regex.finditer(self.low))))
            found = self._spans[regex] = (spans[0::2], spans[1::2])
        return found

    def has(self, regex: re.Pattern[str], lo: int, hi: int) -> bool:
        """Does a match of `regex` lie wholly within view[lo:hi]?"""
        starts, ends = self.spans(regex)
        i = bisect_left(starts, lo)
        return i < len(starts) and ends[i] <= hi  # matches do not overlap: ends grow with starts

    @property
    def url(self) -> str | None:
        """The first URL in the paragraph (one search per paragraph, not per match)."""
        if self._url is False:
            found = URL.search(self.text)
            self._url = found.group(0).rstrip(".,;") if found else None
        return self._url  # type: ignore[return-value]
