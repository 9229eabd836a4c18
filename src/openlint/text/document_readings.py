"""Readings of a licence as a whole document rather than of one clause: a non-commercial title, a
"Commercial use" section that is only a contact, any use beyond the grant needing the licensor's leave, a
research-only or non-commercial limit reached through a defined term."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from itertools import islice

from openlint.core.kinds import ObligationKind
from openlint.core.obligations import Obligation
from openlint.text.block_needles import Needles, block_hits, window_of
from openlint.text.cc_code import cc_code_readings
from openlint.text.cite import cite
from openlint.text.clause_headings import MARK  # a list item's mark
from openlint.text.commercial_hosting import hosting_classed_commercial
from openlint.text.document import (
    LimitTerms,
    SharingTerms,
    colon_entry,
    commercial_contact_section,
    non_commercial_title,
    term_alone,
    term_usage,
)
from openlint.text.kept_lists import kept_list_readings
from openlint.text.patterns.gates_bans import REGISTRATION_SUMMARY
from openlint.text.programs import prebuilt
from openlint.text.view import LineIndex, Paragraph, lower

__all__ = ["MAX_DOCUMENT_PARAGRAPHS", "document_readings"]

MAX_DOCUMENT_PARAGRAPHS = 200  # paragraphs read for definitions, and for each defined term's use


def document_readings(
    text: str, starts: list[int], ends: list[int], kinds: set[str], path: str, index: LineIndex
) -> Iterator[Obligation]:
    """Readings of the whole document, each only when the blocks read none of its kind: a non-commercial title,
    registration, a banned defined sharing verb, revocation on notice, a CC licence's code, defined limits."""
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
    probes = _Probes(text, starts, ends)  # (searched for when first needed)
    if "registration" not in kinds:
        beyond = _use_beyond_grant_needs_leave(text, starts, ends, probes)
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
    definitions = _Definitions(text, starts, ends, probes)
    if "no_derivatives" not in kinds:
        banned = _sharing_banned(text, starts, ends, path, index, definitions, probes)
        if banned is not None:
            yield banned
    if "revocable" not in kinds:
        closing = _notice_list_ends_use(text, starts, ends, probes)
        if closing is not None:
            para, match = closing
            yield cite("revocable", _ENDS_USE_SUMMARY, 0.8, para, match.start(), match.end(), path, index, ("use",))
    if "no_hosting" not in kinds and "non_commercial" in kinds:
        hosting = hosting_classed_commercial(text, starts, ends)
        if hosting is not None:
            para, start, end = hosting
            yield cite("no_hosting", _HOSTING_SUMMARY, 0.65, para, start, end, path, index, ("serve",))
    yield from cc_code_readings(text, kinds, path, index)
    yield from kept_list_readings(text, starts, ends, kinds, path, index)
    wanted = [kind for kind in _LIMITS if kind not in kinds]
    if not wanted:
        return
    limits = definitions.read()[0]
    for kind in wanted:
        for term in limits[kind]:
            reading = _term_limit(text, starts, ends, kind, term, path, index)
            if reading is not None:
                yield reading
                break


_HOSTING_SUMMARY = (
    "Offering the model to others as a hosted service or API is classed with the commercial uses the license withholds."
)


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


def _sharing_ban(term: str) -> re.Pattern[str]:
    """A ban on a verb the text defines as passing copies on ("You may not Convey unmodified Materials"), not
    gated in its own clause (up to a contrast: ", but You may ...")."""
    name = re.escape(term)
    return re.compile(
        r"\b(?:(?:may|shall|must|will|can)\s?not|cannot|agrees?\snot\sto|(?:is|are)\s(?:not\s(?:permitted|allowed)|prohibited)\s(?:to|from))\s"
        rf"(?:[a-z-]{{1,12}},?\s(?:or\s|and\s)?){{0,3}}?{name}\s(?!(?:[^.;,]|,(?!\sbut\b)){{0,160}}?"
        r"\b(?:except|unless|without|only|provided|if|other\sthan|outside)\b)(?:[a-z0-9-]{1,20}\s){0,4}?"
        r"(?:model|software|weights|materials|checkpoints?|parameters|work|datasets?|data|files|code)s?\b"
    )


def _defined_sharing_banned(
    text: str, starts: list[int], ends: list[int], term: str, path: str, index: LineIndex
) -> Obligation | None:
    """The first of MAX_DOCUMENT_PARAGRAPHS blocks holding the term that bans doing it (no_derivatives)."""
    banned = _sharing_ban(term)
    holding = ((s, e) for s, e, low in _lowered_blocks(text, starts, ends, 0) if term in low and "not" in low)
    for s, e in islice(holding, MAX_DOCUMENT_PARAGRAPHS):
        para = Paragraph(text[s:e], s)
        found = banned.search(para.low)
        if found:
            return cite(
                "no_derivatives",
                f'The material may not be passed on ("{term}" is defined as passing copies to others).',
                0.75,
                para,
                found.start(),
                found.end(),
                path,
                index,
                ("distribute",),
            )
        del para  # before the next block's view is built
    return None


# Distribution banned "except as permitted herein" ("You may not distribute, copy or use the Software except as
# expressly permitted by this Agreement"): the exception points back at the grant, so it is a ban on sharing when
# nothing in the text permits distributing (GPL-2.0's "except as expressly provided under this License" follows
# "You may copy and distribute verbatim copies").
_BANNED_BEYOND_GRANT = prebuilt(
    r"\b(?:(?:may|shall|must|will|can)\snot|cannot|agrees?\snot\sto)\s(?:[a-z-]{1,12},?\s(?:or\s|and\s)?){0,4}?(?:re)?distribute\b"
    r"[^.;]{0,80}?\bexcept\sas\s(?:(?:expressly|explicitly|otherwise|specifically)\s){0,2}(?:permitted|provided|authori[sz]ed|granted|allowed)\s"
    r"(?:herein|hereunder|(?:in|by|under)\s(?:this|the)\s(?:agreement|licen[cs]e|terms))\b"
)
# Any permission to distribute: "you may copy and distribute", "a license to use, copy and distribute", "the rights
# to ... distribute", "Redistribution and use ... are permitted".
_DISTRIBUTION_PERMITTED = prebuilt(
    r"\b(?:may|can|(?:are|is)\sfree\sto|(?:is|are)\s(?:permitted|allowed|authori[sz]ed)\sto)\s(?!not\b)(?:[a-z-]{1,12},?\s(?:and\s|or\s|and/or\s)?){0,4}?(?:re)?distribut"
    r"|\b(?:licen[cs]es?|permission|rights?)\sto\s(?:[^.;]{0,100}?\s)?(?:re)?distribut"
    r"|\b(?:re)?distribution\b[^.;]{0,80}?\b(?:is|are)\s(?:hereby\s)?(?:permitted|allowed|granted)"
)


def _distribution_beyond_grant(
    text: str, starts: list[int], ends: list[int], probes: _Probes
) -> tuple[Paragraph, re.Match[str]] | None:
    """The first block (of MAX_DOCUMENT_PARAGRAPHS holding "distribut") banning distribution beyond a grant that
    permits none, when no block permits it."""
    found: tuple[Paragraph, re.Match[str]] | None = None
    holding = (i for i, bits in probes.held() if bits & _DISTRIBUT)
    for i in islice(holding, MAX_DOCUMENT_PARAGRAPHS):
        s, e, low = starts[i], ends[i], probes.low(i)
        if _DISTRIBUTION_PERMITTED.search(" ".join(low.split())):
            return None
        if found is None and "except" in low:
            para = Paragraph(text[s:e], s)
            banned = _BANNED_BEYOND_GRANT.search(para.low)
            if banned:
                found = para, banned
            del para
    return found


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
    # the leave asked for: "If you want to use the Model for any purpose not expressly authorised under this
    # Agreement, you must request a license from X"
    r"|\b(?:any|other)\s(?:other\s)?(?:purposes?|uses?)\s(?:(?:that|which)\s(?:is|are)\s)?"
    r"not\s(?:expressly\s|explicitly\s|otherwise\s)?(?:permitted|authori[sz]ed|granted|covered|allowed)\b"
    r"[^.;]{0,80}?\b(?:must|shall|will\sneed\sto|need\sto|(?:is|are)\srequired\sto)\s(?:first\s)?"
    r"(?:request|obtain|seek|apply\sfor|get|secure)\s(?:a\s|an\s)?(?:(?:separate|additional|written|commercial|new)\s){0,2}"
    r"(?:licen[cs]e|permission|consent|authori[sz]ation|agreement)\b"
)


def _sharing_banned(
    text: str,
    starts: list[int],
    ends: list[int],
    path: str,
    index: LineIndex,
    definitions: _Definitions,
    probes: _Probes,
) -> Obligation | None:
    """One no_derivatives reading of the whole document: distribution banned with nothing in the text permitting
    it, else a sharing verb the text defines, then bans (extract keeps one reading per kind from here: the first
    of these is the one it kept when both were read)."""
    unpermitted = _distribution_beyond_grant(text, starts, ends, probes)
    if unpermitted is not None:
        para, match = unpermitted
        summary = "The material may not be distributed (nothing in the license permits it)."
        return cite("no_derivatives", summary, 0.75, para, match.start(), match.end(), path, index, ("distribute",))
    for term in definitions.read()[1]:
        reading = _defined_sharing_banned(text, starts, ends, term, path, index)
        if reading is not None:
            return reading
    return None


def _use_beyond_grant_needs_leave(
    text: str, starts: list[int], ends: list[int], probes: _Probes
) -> tuple[Paragraph, re.Match[str]] | None:
    """The first block (of MAX_DOCUMENT_PARAGRAPHS holding "requir", "request" or "obtain") saying uses beyond
    the grant need leave."""
    holding = ((starts[i], ends[i]) for i, bits in probes.held() if bits & _LEAVE_WORDS and bits & _USE)
    for s, e in islice(holding, MAX_DOCUMENT_PARAGRAPHS):
        para = Paragraph(text[s:e], s)
        found = _BEYOND_GRANT.search(para.low)
        if found:
            return para, found
    return None


# A condition whose list of parties is closed by its consequence, in blocks of their own: "If notified of a consent
# withdrawal by:" / "- The Author" / "You must immediately delete the Weights." The licensor (by any of its names
# here) among those whose notice ends use: the licensor can end use at will. Never a notice of breach.
_NOTICE_LEAD = prebuilt(
    r"\b(?:if|when|once|upon|on)\s(?:you\sare\s|being\s)?(?:notified|asked|requested|told|notice)\b"
    r"(?:(?!breach|violat|non-?complian)[^.;:]){0,120}?\b(?:by|from)\s?:$"
)
_LICENSOR_NAMED = prebuilt(r"\b(?:the\s)?(?:licensor|authors?|owners?|copyright\s(?:holders?|owners?)|we|us)\b")
_CLOSING_DUTY = prebuilt(
    r"^\W*(?:you|licensee|the\slicensee)\s(?:must|shall|will|agree\sto)\s(?:immediately\s|promptly\s)?"
    r"(?:delete|destroy|cease|stop|discontinue)\w{0,3}\s(?:[^.;]{0,40}?\s)?(?:model|weights|materials|software|checkpoints|copies|using)\b"
)
_ENDS_USE_SUMMARY = "The licensor can end your use by notice (you must then delete or stop using the model)."
MAX_LISTED = 12  # blocks of the list between a condition and its consequence


def _notice_list_ends_use(
    text: str, starts: list[int], ends: list[int], probes: _Probes
) -> tuple[Paragraph, re.Match[str]] | None:
    """The consequence closing a list of parties whose notice ends use, the licensor among them (the first such)."""
    holding = (i for i, bits in probes.held() if bits & _NOTICE_WORDS)
    for i in islice(holding, MAX_DOCUMENT_PARAGRAPHS):
        lead = Paragraph(text[starts[i] : ends[i]], starts[i])
        if _NOTICE_LEAD.search(lead.low.rstrip()) is None:
            continue
        named = _LICENSOR_NAMED.search(lead.low) is not None
        j = i + 1
        while j < len(starts) and j <= i + MAX_LISTED:
            block = Paragraph(text[starts[j] : ends[j]], starts[j])
            if MARK.match(block.low) is None:
                duty = _CLOSING_DUTY.search(block.low)
                if duty is not None and named:
                    return block, duty
                break
            named = named or _LICENSOR_NAMED.search(block.low) is not None
            j += 1
    return None


_QUOTES = ('"', "\u201c", "'", "\u2018", "&quot", "&#")  # a quote, or one an HTML page escapes


# What a block's view holds a quotation mark from (the marks a definition or a term's heading opens with, or an
# entity the view reads as one): a block holding none defines no term and heads none.
_QUOTED = ('"', "'", "\u201c", "\u2018", "&quot", "&apos", "&#")


def _defining(text: str, starts: list[int], ends: list[int], probes: _Probes) -> Iterator[Paragraph | None]:
    """The view of each block that may define a term ("means", "refers to", "excludes"), or that states alone the
    term its next block defines. Only these count toward MAX_DOCUMENT_PARAGRAPHS: short quoted lines
    that head nothing ("Item 3 isn't listed.") must not use up the bound before a definition. None for
    a block with "means" that holds no quotation mark and does not follow a possible heading: it
    counts, but defines nothing (document.LimitTerms, SharingTerms), so its view is not built."""
    after_heading = False  # whether the last view yielded may head the next block's definition
    for i, bits in probes.held():
        s, e = starts[i], ends[i]
        if bits & _DEFINING:
            if not after_heading and not bits & _QUOTED_BITS:
                entry = _colon_entry_at(text, s, e, bits)
                yield entry
                if entry is not None:
                    after_heading = False
                continue
            para = Paragraph(text[s:e], s)
            after_heading = len(para.low) <= 60  # (a heading is a term alone: term_alone's bound)
            yield para
        elif e - s <= 80 and bits & _QUOTES_BITS:
            para = Paragraph(text[s:e], s)
            if term_alone(para.low):
                after_heading = True
                yield para
        elif (entry := _colon_entry_at(text, s, e, bits)) is not None:
            after_heading = False
            yield entry


def _colon_entry_at(text: str, s: int, e: int, bits: int) -> Paragraph | None:
    """The view of block text[s:e] when it is a glossary entry by colon ("* Research Purpose: use solely ...")."""
    if not bits & _COLON or text.find(":", s, min(e, s + 64)) == -1:
        return None
    para = Paragraph(text[s:e], s)
    return para if colon_entry(para) else None


class _Definitions:
    """The terms the first MAX_DOCUMENT_PARAGRAPHS defining blocks define as limits of use and as sharing
    verbs, found in one pass over them when first asked for (two readings ask)."""

    __slots__ = ("_found", "ends", "probes", "starts", "text")

    def __init__(self, text: str, starts: list[int], ends: list[int], probes: _Probes) -> None:
        self.text, self.starts, self.ends, self.probes = text, starts, ends, probes
        self._found: tuple[dict[str, list[str]], list[str]] | None = None

    def read(self) -> tuple[dict[str, list[str]], list[str]]:
        if self._found is None:
            limits, sharing = LimitTerms(), SharingTerms()
            for para in islice(_defining(self.text, self.starts, self.ends, self.probes), MAX_DOCUMENT_PARAGRAPHS):
                if not limits.done:
                    limits.feed(para)
                if not sharing.done:
                    sharing.feed(para)
                del para  # not held while the next block's view is built
                if limits.done and sharing.done:
                    break
            self._found = limits.terms, sharing.terms
        return self._found


# What the whole-document readings look for in a block's lower case before its view is built: one pass over the
# document finds which blocks hold which (`_Probes`), where each reading lowered the whole text again.
_PROBES = tuple(
    dict.fromkeys(
        (
            "mean",
            "refer",
            "exclud",
            ":",
            "distribut",
            "except",
            "requir",
            "request",
            "obtain",
            " use",
            "notif",
            "ask",
            *_QUOTED,
            *_QUOTES,
        )
    )
)
_PROBE_BITS = {probe: 1 << j for j, probe in enumerate(_PROBES)}
_PROBE_TABLE: Needles = {probe: (frozenset(), bit) for probe, bit in _PROBE_BITS.items()}


def _bits(*probes: str) -> int:
    return sum(_PROBE_BITS[probe] for probe in probes)


_DEFINING = _bits("mean", "refer", "exclud")
_COLON = _bits(":")
_QUOTED_BITS = _bits(*_QUOTED)
_QUOTES_BITS = _bits(*_QUOTES)
_DISTRIBUT = _bits("distribut")
_LEAVE_WORDS = _bits("requir", "request", "obtain")
_USE = _bits(" use")
_NOTICE_WORDS = _bits("notif", "ask")


class _Probes:
    """Which `_PROBES` each block's lower case holds (the lower case `_lowered_blocks` slices: a window of blocks
    lowered at a time, the same windows), for every block in one pass when first asked for; and a block's lower
    case when a reading needs it (its window lowered again, one window held)."""

    __slots__ = ("_held", "_low", "_window", "ends", "firsts", "starts", "text")

    def __init__(self, text: str, starts: list[int], ends: list[int]) -> None:
        self.text, self.starts, self.ends = text, starts, ends
        self._held: list[tuple[int, int]] | None = None
        self.firsts: list[int] = []  # the first block of each window
        self._window = -1
        self._low = ""

    def held(self) -> list[tuple[int, int]]:
        """(block, bits of the probes it holds), in order, for the blocks holding any."""
        if self._held is None:
            found = block_hits(self.text, self.starts, self.ends, _PROBE_TABLE, by_find=True)
            self._held = [(i, bits) for i, _, bits in found]
        return self._held

    def low(self, i: int) -> str:
        """Block i's lower case, as `_lowered_blocks` gives it."""
        starts, ends = self.starts, self.ends
        if not self.firsts:
            window, first = window_of(self.text), 0
            while first < len(starts):
                self.firsts.append(first)
                first = max(first + 1, bisect_left(starts, starts[first] + window))
        at = bisect_right(self.firsts, i) - 1
        first = self.firsts[at]
        if at != self._window:
            last = self.firsts[at + 1] if at + 1 < len(self.firsts) else len(starts)
            self._low = ""  # (one window held)
            self._low = lower(self.text, starts[first], ends[last - 1])
            self._window = at
        base = starts[first]
        return self._low[starts[i] - base : ends[i] - base]


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
