"""Where a reading came from: an obligation citing the document lines a view's span holds, and
quoting them: the document's own words, markup and all, so the quote is found in the cited lines."""

from __future__ import annotations

import re
from typing import Any

from openlint.core.kinds import ObligationKind, Trigger
from openlint.core.obligations import Obligation, Source
from openlint.text.programs import prebuilt
from openlint.text.view import EMPHASIS, ENTITY, ESCAPABLE, LineIndex, Paragraph

EVERY_TRIGGER: tuple[Trigger, ...] = ("use", "modify", "distribute", "serve")
MAX_QUOTE = 300  # characters of a quote (cut at a word break)

# Layout that opens a line, read as a space in a quote: indentation and blockquote markers.
_LINE_OPENING = prebuilt(r"\n[ \t]*(?:>[ \t]?)*")
# Marks the view drops that belong to a quote's first or last word: emphasis opening just before
# it, an escape's backslash, emphasis closing just after it, an HTML entity the view read as its
# first character (view.py's marks).
_OPENING = prebuilt(rf"(?<![\w*_`])(?:{EMPHASIS})$")
_ESCAPED = frozenset(ESCAPABLE)
_CLOSING = prebuilt(rf"(?:{EMPHASIS})(?![\w*_`])")
_ENTITY = prebuilt(ENTITY, re.I)


def cite(
    kind: ObligationKind,
    summary: str,
    confidence: float,
    para: Paragraph,
    start: int,
    end: int,
    path: str,
    index: LineIndex,
    triggers: tuple[Trigger, ...] = EVERY_TRIGGER,
    scope: str | None = None,
    **params: Any,
) -> Obligation:
    """An obligation citing the document lines that hold para.text[start:end] (view offsets)."""
    begin, finish = para.origin(start), para.origin(max(start, end - 1)) + 1
    return Obligation(
        kind=kind,
        triggers=triggers,
        summary=summary,
        scope=scope,
        confidence=confidence,
        source=Source(
            path=path,
            start_line=index.line(begin),
            end_line=index.line(max(begin, finish - 1)),
            text=quote(para, start, end, index.text),
        ),
        **params,
    )


def quote(para: Paragraph, start: int, end: int, document: str) -> str:
    """The document's own text of view span para.text[start:end]: every character from its first
    word's to its last word's, markup kept (emphasis marks around those words too), layout as one
    space, at most MAX_QUOTE characters cut at a word break."""
    view = para.text
    while start < end and view[start] == " ":
        start += 1
    while end > start and view[end - 1] == " ":
        end -= 1
    if start == end:
        return ""
    begin, finish = para.origin(start), para.origin(end - 1) + 1
    opening = _OPENING.search(document, max(0, begin - 3), begin)
    if opening is not None:
        begin = opening.start()
    elif begin and document[begin - 1] == "\\" and document[begin] in _ESCAPED:
        begin -= 1
    entity = _ENTITY.match(document, finish - 1) if document[finish - 1] == "&" else None
    closing = entity or _CLOSING.match(document, finish)
    if closing is not None:
        finish = closing.end()
    # A span lies within one bounded paragraph: its text is a few thousand characters at most.
    words = " ".join(_LINE_OPENING.sub(" ", document[begin:finish]).split())
    if len(words) > MAX_QUOTE:
        cut = words.rfind(" ", 0, MAX_QUOTE + 1)
        words = words[: cut if cut > 0 else MAX_QUOTE].rstrip()
    return words
