"""Conditions on sharing said in passing, read over the whole document for the kinds no clause read: several
things kept with the copies one shares, named in one list after one owed verb ("Redistribution must preserve this
license, the attribution to X, and any additional restrictions that came with the upstream weights"; "If you share
the weights, include a copy of the X License, this repository's NOTICE file, and terms at least as protective as
Section 5"), each item read as its kind (the licence: include_license; a notice file or notices: notice; the credit
to someone: attribution; restrictions or terms passed on: flow_down); and credit as the bare condition closing a
permission ("you may share and adapt them for non-commercial purposes with attribution.").

The verb is owed: after "must"/"shall" with the sharing named before it ("Copies you pass on must keep ..."), or
as the imperative after "If you share/distribute ...,". A list item is what stands between commas and "and". A
permission's credit needs the permission in its sentence and no invitation ("we would be happy if ...")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from openlint.core.kinds import ObligationKind
from openlint.core.obligations import Obligation
from openlint.text.block_needles import Needles, block_hits
from openlint.text.cite import cite
from openlint.text.patterns import invites, sentence_bounds
from openlint.text.programs import prebuilt
from openlint.text.view import LineIndex, Paragraph

MAX_TEXT = 200_000  # characters of a text searched at all (a licence is far shorter; a 2 MB input costs nothing)
MAX_BLOCKS = 400  # blocks looked at (bounded work on a long text)
MAX_LIST = 400  # characters of a list read after its verb
# The words a block must hold to be looked at (found a window of lower-cased blocks at a time, as the patterns' are).
_NEEDLES: Needles = {
    word: (frozenset({"kept"}), 0)
    for word in ("preserve", "keep", "retain", "include", "carry", "reproduce", "ship", "attribution", "credit")
}

_SHARING = r"(?:re)?distribut\w*|cop(?:y|ies)|shar(?:e|es|ed|ing)|pass\w*\s+on|publish\w*|derivatives?"
# The owed verb: "Redistribution must preserve", "copies you pass on shall keep", "If you share X, include".
_HEAD = prebuilt(
    rf"(?:\b(?:{_SHARING})\b[^.;]{{0,80}}?\b(?:must|shall|(?:is|are)\s+required\s+to)\s+(?:also\s+)?"
    rf"|\b(?:if|when|whenever)\s+you\s+(?:{_SHARING})\b[^.;]{{0,120}}?,\s+(?:you\s+(?:must|shall)\s+(?:also\s+)?)?)"
    r"(?:preserve|keep|retain|include|carry|reproduce|ship)\s+"
)
_LIST_END = prebuilt(r"[.;](?!\S)|[.;]$|:")
_SPLIT = prebuilt(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_ITEMS: dict[ObligationKind, re.Pattern[str]] = {
    "include_license": prebuilt(
        r"(?:a\s+(?:full\s+|complete\s+)?copy\s+of\s+|the\s+(?:full\s+)?text\s+of\s+)?(?:this|the|that)\s+"
        r"(?:[\w.-]+\s+){0,5}?(?:licen[cs]e|agreement)(?:\s+(?:text|file))?\s*+$"
    ),
    # (a markdown link kept in the view: "this repository's [NOTICE](NOTICE) file")
    "notice": prebuilt(
        r"(?:this|the|that|all|any|its)\s+(?:[\w.'\u2019-]+\s+){0,4}?\[?notices?(?:\]\([^()\s]{1,100}\))?(?:\s+files?)?"
        r"(?:\s+(?:of|from|in)\s+(?:this|the)\s+[\w-]+)?\s*+$"
    ),
    "attribution": prebuilt(
        r"(?:the|any|all|its)\s+(?:[\w-]+\s+)?(?:attributions?|credits?|acknowledge?ments?)\s+(?:to|of|for)\s"
    ),
    "flow_down": prebuilt(
        r"(?:any\s+|all\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:restrictions|terms|conditions)\s+"
        r"(?:that\s+(?:accompan|came|come|appl)\w*|at\s+least\s+as\s+(?:protective|restrictive)|of\s+the\s+(?:upstream|original|base))"
    ),
}
_SUMMARIES: dict[ObligationKind, str] = {
    "include_license": "A copy of the licence must accompany what you distribute.",
    "notice": "Keep the notices (or the NOTICE file) with what you distribute.",
    "attribution": "Keep the credit the license names with what you distribute.",
    "flow_down": "Pass the upstream restrictions on with what you distribute.",
}
_BARE_CREDIT = prebuilt(
    r"\bwith\s+(?:(?:proper|appropriate|clear|due|full|visible)\s+)?(?:attribution|credit)\s*+(?=[.;]|$)"
)
_PERMITS = prebuilt(r"\bmay\b(?!\s+not\b)|\bare\s+free\s+to\b|\b(?:is|are)\s+(?:permitted|allowed)\b")
_CREDIT_SUMMARY = "Credit the licensor as the license describes (the condition of the permission)."


def kept_list_readings(
    text: str, starts: list[int], ends: list[int], kinds: set[str], path: str, index: LineIndex
) -> Iterator[Obligation]:
    """Each kind of _ITEMS no clause read that a kept list names, and a permission's bare credit (the first of each)."""
    wanted = {kind for kind in _ITEMS if kind not in kinds}
    if not wanted or len(text) > MAX_TEXT:
        return
    for looked, (i, _, _) in enumerate(block_hits(text, starts, ends, _NEEDLES)):
        if not wanted or looked >= MAX_BLOCKS:
            return
        para = Paragraph(text[starts[i] : ends[i]], starts[i])
        for head in _HEAD.finditer(para.low):
            for kind, stop in _listed(para.low, head.end(), wanted):
                wanted.discard(kind)
                yield cite(kind, _SUMMARIES[kind], 0.75, para, head.start(), stop, path, index, ("distribute",))
        if "attribution" in wanted and (credit := _bare_credit(para.low)) is not None:
            wanted.discard("attribution")
            yield cite("attribution", _CREDIT_SUMMARY, 0.75, para, *credit, path, index, ("distribute", "serve"))


def _listed(low: str, at: int, wanted: set[ObligationKind]) -> Iterator[tuple[ObligationKind, int]]:
    """The wanted kinds the list after an owed verb names, each with where its item ends."""
    close = _LIST_END.search(low, at, at + MAX_LIST)
    stop = close.start() if close is not None else min(len(low), at + MAX_LIST)
    begin = at
    for cut in [*_SPLIT.finditer(low, at, stop), None]:
        until = cut.start() if cut is not None else stop
        for kind in [kind for kind in _ITEMS if kind in wanted]:
            if _ITEMS[kind].match(low, begin, until) is not None:
                yield kind, until
                break
        if cut is not None:
            begin = cut.end()


def _bare_credit(low: str) -> tuple[int, int] | None:
    """Credit as the bare condition closing a permission, in a sentence that invites nothing."""
    for found in _BARE_CREDIT.finditer(low):
        lo, hi = sentence_bounds(low, found.start(), found.end())
        if _PERMITS.search(low, lo, found.start()) and not invites(low[lo:hi]):
            return found.start(), found.end()
    return None
