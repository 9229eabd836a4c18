"""Readings of a licence as a whole document rather than of one clause: a non-commercial title, a
"Commercial use" section that is only a contact, any use beyond the grant needing the licensor's leave, a
research-only or non-commercial limit reached through a defined term."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import islice

from openlint.core.kinds import ObligationKind
from openlint.core.obligations import Obligation
from openlint.text.block_needles import window_of
from openlint.text.cc_code import cc_code_readings
from openlint.text.cite import cite
from openlint.text.document import (
    commercial_contact_section,
    defined_limits,
    non_commercial_title,
    term_alone,
    term_usage,
)
from openlint.text.patterns.gates_bans import REGISTRATION_SUMMARY
from openlint.text.programs import prebuilt
from openlint.text.view import LineIndex, Paragraph, lower

__all__ = ["MAX_DOCUMENT_PARAGRAPHS", "document_readings"]

MAX_DOCUMENT_PARAGRAPHS = 200  # paragraphs read for definitions, and for each defined term's use


def document_readings(
    text: str, starts: list[int], ends: list[int], kinds: set[str], path: str, index: LineIndex
) -> Iterator[Obligation]:
    """Readings of the whole document: a non-commercial title; research-only defined terms."""
    if "non_commercial" not in kinds and starts and "commercial" in lower(text, 0, ends[0]):
        titled = non_commercial_title(text, starts, ends)
        if titled is not None:
            para, match = titled
            yield cite(
                "non_commercial",
                "The license is non-commercial (its title says so).",
                0.7,
                para,
                match.start(),
                match.end(),
                path,
                index,
            )
    if "registration" not in kinds:
        section = commercial_contact_section(text, starts, ends)
        if section is not None:
            para, match = section
            yield cite(
                "registration",
                REGISTRATION_SUMMARY,
                0.8,
                para,
                match.start("contact"),
                match.end("contact"),
                path,
                index,
                ("use", "distribute", "serve"),
                **({"where": para.url} if para.url else {}),
            )
    if "registration" not in kinds:
        beyond = _use_beyond_grant_needs_leave(text, starts, ends)
        if beyond is not None:
            para, match = beyond
            yield cite(
                "registration",
                "Uses beyond the grant (commercial use among them) need the licensor's written permission.",
                0.8,
                para,
                match.start(),
                match.end(),
                path,
                index,
                ("use", "distribute", "serve"),
                **({"where": para.url} if para.url else {}),
            )
    yield from cc_code_readings(text, kinds, path, index)
    wanted = [kind for kind in _LIMITS if kind not in kinds]
    if not wanted:
        return
    limits = defined_limits(islice(_defining(text, starts, ends), MAX_DOCUMENT_PARAGRAPHS))
    for kind in wanted:
        for term in limits[kind]:
            reading = _term_limit(text, starts, ends, kind, term, path, index)
            if reading is not None:
                yield reading
                break


# The limits a defined term may carry into the grant ("solely for Authorized Use"), with what is said of them.
_LIMITS: dict[ObligationKind, str] = {
    "research_only": 'The grant is limited to "{}", defined as research or evaluation only.',
    "non_commercial": 'The grant is limited to "{}", defined as non-commercial use.',
}


def _term_limit(
    text: str, starts: list[int], ends: list[int], kind: ObligationKind, term: str, path: str, index: LineIndex
) -> Obligation | None:
    """The first of MAX_DOCUMENT_PARAGRAPHS blocks in which the term's word starts that limits the grant to it."""
    usage = term_usage(term)
    word = max(term.split(), key=len)  # a line break may fall inside the term
    holding = (
        (s, e)
        for s, e, low in _lowered_blocks(text, starts, ends, len(word) - 1)
        if word in low[: e - s + len(word) - 1]
    )
    for s, e in islice(holding, MAX_DOCUMENT_PARAGRAPHS):
        para = Paragraph(text[s:e], s)
        found = usage.search(para.low)
        if not found:
            del para  # before the next block's view is built
            continue
        return cite(kind, _LIMITS[kind].format(term), 0.8, para, found.start(), found.end(), path, index)
    return None


# Any use beyond the grant needs the licensor's written leave: "Any use of the Model beyond the Authorized Use
# requires prior written permission from X", "Any use not expressly permitted by this license requires a
# separate written agreement". The grant is a default the licensor widens on request, commercial use among what
# is asked for (as "For commercial use, contact us"). Read over the whole document, not per paragraph: the
# sentence closes a licence, and its words ("requires", "permission") are too common to announce a pattern run.
_BEYOND_GRANT = prebuilt(
    r"\b(?:any|all)\s(?:other\s)?uses?\b(?:\sof\s[^.;]{1,40}?)?\s(?:(?:that|which)\sis\s)?"
    r"(?:not\s(?:expressly\s|explicitly\s|otherwise\s)?(?:permitted|authori[sz]ed|granted|covered|allowed)|beyond|outside(?:\sof)?|other\sthan)\b"
    r"[^.;]{0,80}?\brequires?\s(?:the\s|a\s|an\s)?(?:(?:explicit|express|prior|separate|advance),?\s){0,3}(?:written\s)?"
    r"(?:permission|consent|authori[sz]ation|approval|licen[cs]e|agreement)\b"
)


def _use_beyond_grant_needs_leave(
    text: str, starts: list[int], ends: list[int]
) -> tuple[Paragraph, re.Match[str]] | None:
    """The first block (of MAX_DOCUMENT_PARAGRAPHS holding "requir") saying uses beyond the grant need leave."""
    holding = ((s, e) for s, e, low in _lowered_blocks(text, starts, ends, 0) if "requir" in low and " use" in low)
    for s, e in islice(holding, MAX_DOCUMENT_PARAGRAPHS):
        para = Paragraph(text[s:e], s)
        found = _BEYOND_GRANT.search(para.low)
        if found:
            return para, found
    return None


_QUOTES = ('"', "\u201c", "'", "\u2018", "&quot", "&#")  # a quote, or one an HTML page escapes


def _defining(text: str, starts: list[int], ends: list[int]) -> Iterator[Paragraph]:
    """The view of each block that may define a term ("means", "refers to"), or that states alone the
    term its next block defines. Only these count toward MAX_DOCUMENT_PARAGRAPHS: short quoted lines
    that head nothing ("Item 3 isn't listed.") must not use up the bound before a definition."""
    for s, e, low in _lowered_blocks(text, starts, ends, 0):
        if "mean" in low or "refer" in low:
            del low  # not held while the block's view is built
            yield Paragraph(text[s:e], s)
        elif e - s <= 80 and any(q in low for q in _QUOTES):
            para = Paragraph(text[s:e], s)
            if term_alone(para.low):
                yield para


def _lowered_blocks(text: str, starts: list[int], ends: list[int], past: int) -> Iterator[tuple[int, int, str]]:
    """Each block's start, end and lower-cased text with `past` more characters, a window at a time."""
    window = window_of(text)
    first = 0
    while first < len(starts):
        last = max(first + 1, bisect_left(starts, starts[first] + window))
        base = starts[first]
        low = lower(text, base, ends[last - 1] + past)
        for i in range(first, last):
            yield starts[i], ends[i], low[starts[i] - base : ends[i] - base + past]
        del low  # before the next window is lowered
        first = last
