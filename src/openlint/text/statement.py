"""The one catalogued licence a short text applies by name: a licence *statement* ("The model weights in this
repository are released under the Creative Commons Attribution-NonCommercial 4.0 International License (CC BY-NC
4.0)"), as a LICENSE-WEIGHTS file often is. Identification says what the document is (not that licence's text);
this says which licence governs what the document is about, so that its catalogued terms apply in full.

Conservative by design: only a short text (a statement, not a licence with terms of its own), only statements
whose subject is not code ("the code is MIT licensed" says nothing of the weights), never inside quotes (a notice
the text asks to copy), never "under this License", and only when every statement names the same licence."""

from __future__ import annotations

import re

from openlint.core.catalog import Catalog
from openlint.core.obligations import Obligation
from openlint.text.cc_code import CC_CODE, code_of
from openlint.text.cite import cite
from openlint.text.programs import prebuilt
from openlint.text.titles import distinctive, named_entry, words_of
from openlint.text.view import LineIndex, Paragraph

MAX_STATEMENT_CHARS = 4_000  # a longer text carries terms of its own: it is read, not taken as a statement
MAX_STATEMENTS = 20  # statements looked at (bounded work)
_REACH = 200  # characters after "under" a licence's name may take, and before it the subject
_APPLIES = prebuilt(
    r"\b(?:licen[cs]ed|released|distributed|made\s+available|available|provided|published|shared|offered"
    # the licensee's choice of it: "You may choose to use it under the terms of the GNU GPL v3 for non-commercial
    # purposes, or obtain a commercial license" (a dual licence: the named one is the public grant)
    r"|(?:may|can)\s+(?:choose\s+to\s+|elect\s+to\s+)?use\s+(?:it|them|this\s+(?:model|work|repository))"
    r")\s+(?:to\s+you\s+)?under\s+(?:the\s+(?:terms\s+of\s+(?:the\s+)?)?)?",
    re.IGNORECASE,
)
_SELF = prebuilt(r"(?:this|these|its|our|the\s+following)\b", re.IGNORECASE)
_CODE_SUBJECT = prebuilt(
    r"\b(?:code|software|scripts?|source|implementation|librar(?:y|ies)|programs?|tools?)\b", re.IGNORECASE
)
_SENTENCE_START = prebuilt(r"(?:[.!?](?=\s)|\n[^\S\n]*\n)")
_SENTENCE_END = prebuilt(r"(?<!\d)[.!?](?=\s|$)|\n[^\S\n]*\n|;")
_QUOTES = ('"', "\u201c", "\u201d")
# A licence denied after the one applied: "distributed under the X License, not under Apache 2.0", "(not MIT)".
_DENIED = prebuilt(r"(?:,|\(|\s)\s*(?:and\s+|but\s+)?not\b", re.IGNORECASE)


def applied_licence(text: str, catalog: Catalog) -> tuple[str, int] | None:
    """The catalog id of the one licence the text applies by name, and the 1-based line of its first
    statement; None when the text is long, applies none, or names several."""
    found = applied_statement(text, catalog)
    if found is None:
        return None
    entry_id, verb, _, _ = found
    return entry_id, text.count("\n", 0, verb) + 1


def applied_statement(text: str, catalog: Catalog) -> tuple[str, int, int, int] | None:
    """As `applied_licence`: the licence's catalog id, where its first statement's verb stands, and the span
    naming it (the object after "under", to the sentence's end or a denial: "under X, not under Y" names X)."""
    if len(text) > MAX_STATEMENT_CHARS:
        return None
    found: dict[str, tuple[int, int, int]] = {}
    for count, match in enumerate(_APPLIES.finditer(text)):
        if count >= MAX_STATEMENTS:
            break
        before = text[max(0, match.start() - _REACH) : match.start()]
        starts = list(_SENTENCE_START.finditer(before))
        subject = before[starts[-1].end() :] if starts else before
        if _CODE_SUBJECT.search(subject) or sum(subject.count(q) for q in _QUOTES) % 2:
            continue  # about code, or inside a quoted notice
        if _SELF.match(text, match.end()):
            continue  # "under this License": the text's own terms
        rest = text[match.end() : match.end() + _REACH]
        end = _SENTENCE_END.search(rest)
        span = rest[: end.start()] if end else rest
        denied = _DENIED.search(span)
        span = span[: denied.start()] if denied else span
        named = _named(span, catalog)
        if named is not None:
            found.setdefault(named, (match.start(), match.end(), match.end() + len(span.rstrip())))
    if len(found) != 1:
        return None
    ((entry_id, (verb, start, stop)),) = found.items()
    return entry_id, verb, start, stop


def _named(span: str, catalog: Catalog) -> str | None:
    """The catalogued licence a statement's object names: a Creative Commons code or address, else the most
    specific catalog name all of whose distinctive words are there."""
    code = CC_CODE.search(span)
    if code is not None:
        entry_id = "CC-" + code_of(code).replace("/", "-").upper()  # "by-nc-sa/4.0" -> "CC-BY-NC-SA-4.0"
        return entry_id if catalog.get(entry_id) is not None else None
    words = distinctive(span)
    return named_entry(catalog, words, words_of(span)) if words else None


# The limits on use a licence applied by name sets whatever the statement says beside it: its duties on sharing
# (credit, a link, the same licence) are read only where the text states them (as the held-out labels do).
LIMIT_KINDS = frozenset({"non_commercial", "no_derivatives"})


def statement_limits(text: str, kinds: set[str], catalog: Catalog, path: str) -> list[Obligation]:
    """The catalogued limits on use (no commercial use, no adaptations shared) of the one licence a short text
    applies by name, each of a kind the text's own wording did not read, cited at the statement's licence name."""
    found = applied_statement(text, catalog)
    entry = catalog.get(found[0]) if found is not None else None
    if found is None or entry is None:
        return []
    _, _, start, stop = found
    para = Paragraph(text[start:stop], start)
    index = LineIndex(text)
    return [
        cite(
            ob.kind,
            f"{ob.summary} ({entry.id}, applied by name)",
            0.7,
            para,
            0,
            len(para.low),
            path,
            index,
            ob.triggers,
        )
        for ob in entry.obligations
        if ob.kind in LIMIT_KINDS and ob.kind not in kinds
    ]
