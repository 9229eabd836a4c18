"""Obligations read from a license's wording, each citing the lines of the file that create it.

Patterns describe how licenses phrase duties, not which licenses exist, so custom and unseen
terms are read too. Every regex is bounded and runs per paragraph (capped), so the work per
input is linear in its size.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from openlint.obligations import Obligation, ObligationKind, Source, Trigger
from openlint.text.numbers import AMOUNT, TERRITORIES, TERRITORY_RE, amount_near

MAX_PARAGRAPH = 4000
Q_OPEN = "[\u201c\"'\u2018]"
Q_CLOSE = "[\u201d\"'\u2019]"
URL = re.compile(
    r"https?://[^\s)\]>\"\u201d]{3,300}"
    r"|(?<![\w.-])[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,6}\.(?:com|dev|ai|org|io)/[^\s)\]>\"\u201d]{1,300}",
    re.I,
)
DISCLAIMER = re.compile(r"\bas is\b|without warrant|be liable|limitation of liability|disclaim", re.I)
INVITATION = re.compile(r"\bencouraged\b|\bmay\b(?!\s+not)", re.I)


class Paragraph:
    """A bounded block of text and where it starts; what several matches in it need is found once."""

    __slots__ = ("_spans", "_url", "low", "offset", "text")

    def __init__(self, text: str, offset: int, low: str | None = None) -> None:
        self.text, self.offset = text, offset
        self.low = low if low is not None else lower(text)  # what patterns run on (same offsets)
        self._url: str | bool | None = False
        self._spans: dict[re.Pattern[str], tuple[list[int], list[int]]] = {}

    def spans(self, regex: re.Pattern[str]) -> tuple[list[int], list[int]]:
        """Starts and ends of `regex`'s matches in the lower-cased paragraph, found once."""
        found = self._spans.get(regex)
        if found is None:
            matches = list(regex.finditer(self.low))
            found = self._spans[regex] = ([m.start() for m in matches], [m.end() for m in matches])
        return found

    def has(self, regex: re.Pattern[str], lo: int, hi: int) -> bool:
        """Does a match of `regex` lie wholly within text[lo:hi]?"""
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


def lower(text: str) -> str:
    """Lower case with the same offsets (a few letters lower to two characters: those stay)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


# A block ends at a blank line or before a line opening a numbered or bulleted clause.
_CLAUSE_START = r"[ \t]*(?:\d+(?:\.\d+)*[.)]|[a-zA-Z][.)]|\(?[ivxIVX]+[.)]|\([a-z0-9]+\)|[-*\u2022])\s"
_BLOCK = re.compile(rf"[^\n]+(?:\n(?![ \t]*\n)(?!{_CLAUSE_START})[^\n]*)*")


def blocks(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the blank-line separated blocks, long ones cut into bounded chunks."""
    starts: list[int] = []
    ends: list[int] = []
    for match in _BLOCK.finditer(text):
        start, end = match.span()
        while end - start > MAX_PARAGRAPH:
            starts.append(start)
            ends.append(start + MAX_PARAGRAPH)
            start += MAX_PARAGRAPH
        starts.append(start)
        ends.append(end)
    return starts, ends


def paragraphs(text: str, low: str | None = None) -> Iterator[Paragraph]:
    """Blank-line separated blocks, long ones cut into bounded chunks."""
    low = low if low is not None else lower(text)
    for start, end in zip(*blocks(text), strict=True):
        yield Paragraph(text[start:end], start, low[start:end])


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


Builder = Callable[[re.Match[str], Paragraph], dict[str, Any] | None]


class Span:
    """Where a `Near` chain matched (the part of re.Match that extraction uses)."""

    __slots__ = ("_end", "_start")

    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


SENTENCE_END = re.compile(r"\.(?!\d)")
PERIOD = re.compile(r"\.")


class Near:
    """`first`, then each step's regex within so many characters of the previous one, with no `stop`
    between. Found by joining the positions of each part's matches in the paragraph, which is linear;
    a lazy regex scan ('A[^.]{0,600}?B') rescans its window from every A, quadratic when As are dense."""

    def __init__(self, first: str, steps: tuple[tuple[str, int], ...], stop: re.Pattern[str] = PERIOD) -> None:
        self.first = _p(first)
        self.steps = tuple((_p(regex), within) for regex, within in steps)
        self.stop = stop

    def finditer(self, para: Paragraph) -> Iterator[Span]:
        stops, _ = para.spans(self.stop)
        after = 0
        for first in self.first.finditer(para.low):
            if first.start() < after:
                continue
            position = first.end()
            for regex, within in self.steps:
                starts, ends = para.spans(regex)
                i = bisect_left(starts, position)
                if i == len(starts) or starts[i] - position > within:
                    break
                j = bisect_left(stops, position)
                if j < len(stops) and stops[j] < starts[i]:
                    break  # the sentence ends first
                position = ends[i]
            else:
                after = position
                yield Span(first.start(), position)


def _finditer(pattern: Pattern, para: Paragraph) -> Iterator[re.Match[str] | Span]:
    if isinstance(pattern.regex, Near):
        return pattern.regex.finditer(para)
    return pattern.regex.finditer(para.low)


@dataclass(frozen=True)
class Pattern:
    kind: ObligationKind
    regex: re.Pattern[str] | Near
    triggers: tuple[Trigger, ...]
    confidence: float
    summary: str
    build: Builder | None = None
    skip_disclaimers: bool = True


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around a match starts and ends (bounded), for context checks."""
    left = max(
        text.rfind(". ", max(0, start - 400), start), text.rfind("\n\n", max(0, start - 400), start), start - 400
    )
    right_candidates = [i for i in (text.find(". ", end, end + 400), text.find("\n\n", end, end + 400)) if i != -1]
    right = min([*right_candidates, end + 400])
    return max(0, left), right


def _p(expr: str) -> re.Pattern[str]:
    """Patterns run on lower-cased text, compiled without IGNORECASE (3-8x faster: the engine can
    skip ahead to a literal prefix); groups that keep their case are read from the original text."""
    return re.compile(
        re.sub(r"\\.|\(\?P|[A-Z]", lambda m: m.group(0).lower() if len(m.group(0)) == 1 else m.group(0), expr), re.S
    )


def _group(match: re.Match[str] | Span, para: Paragraph, name: str) -> str:
    """A group's text in its original case."""
    assert isinstance(match, re.Match)
    return para.text[match.start(name) : match.end(name)]


def _cap(match: re.Match[str], para: Paragraph) -> dict[str, Any] | None:
    amount = amount_near(match.group("amount"))
    if amount is None:
        return None
    metric = "daily_active_users" if match.group("metric").lower().startswith("daily") else "monthly_active_users"
    out: dict[str, Any] = {"threshold": amount, "metric": metric}
    if re.search(r"commercial(?:ly)? us", para.text, re.I) and not re.search(r"non-?commercial", para.text, re.I):
        out["scope"] = "commercial use only"
    return out


def _revenue(match: re.Match[str], para: Paragraph) -> dict[str, Any] | None:
    amount = amount_near(match.group("amount"))
    cur = match.group("cur").upper().replace(" ", "")
    currency = {
        "$": "USD",
        "US$": "USD",
        "USD": "USD",
        "€": "EUR",
        "EUR": "EUR",
        "£": "GBP",
        "GBP": "GBP",
        "RMB": "CNY",
        "CNY": "CNY",
    }.get(cur.rstrip("$") or "$", "USD")
    return {"threshold": amount, "currency": currency} if amount else None


def _quoted(name: str) -> Builder:
    def build(match: re.Match[str], para: Paragraph) -> dict[str, Any] | None:
        value = " ".join(_group(match, para, name).split()).strip(" .")
        return {name: value} if value else None

    return build


def _attribution(match: re.Match[str], para: Paragraph) -> dict[str, Any] | None:
    out = _quoted("text")(match, para) or {}
    where = re.search(r"\bon (?:a |the )?(related website[^.;]{0,120}|[^.;]{0,40}documentation)", para.text, re.I)
    if where:
        out["where"] = " ".join(where.group(1).split())
    return out


def _policy(match: re.Match[str], para: Paragraph) -> dict[str, Any] | None:
    return {"policy_url": para.url} if para.url else {}


def _territory(match: re.Match[str], para: Paragraph) -> dict[str, Any] | None:
    base, end = max(0, match.start() - 40), match.end() + 300
    starts, ends = para.spans(TERRITORY_RE)
    codes: list[str] = []
    last_end = 0
    for i in range(bisect_left(starts, base), len(starts)):
        if ends[i] > end:
            break
        code = TERRITORIES[" ".join(para.text[starts[i] : ends[i]].lower().split())]
        if code not in codes:
            codes.append(code)
        last_end = ends[i]
    if not codes:
        return None
    out: dict[str, Any] = {"excluded": codes, "_span_end": last_end}
    if re.search(r"multimodal", para.text, re.I):
        out["scope"] = "multimodal models only"
    return out


PATTERNS: tuple[Pattern, ...] = (
    Pattern(
        "user_cap",
        _p(rf"(?P<amount>{AMOUNT})(?:\s{{0,3}}\([\d,]{{1,30}}\))?\s++(?P<metric>monthly|daily)\s++active\s++users"),
        ("use",),
        0.9,
        "Above this number of active users a separate license is needed.",
        _cap,
    ),
    Pattern(
        "revenue_cap",
        _p(
            rf"\b(?:annual|yearly)\s++(?:gross\s++)?revenues?[^.]{{0,200}}?(?=[$€£uegrc])(?P<cur>US\s?\$|USD|EUR|GBP|RMB|CNY|\$|€|£)(?>\s*\$?\s*)(?P<amount>{AMOUNT})"
        ),
        ("use",),
        0.85,
        "Above this annual revenue a separate license is needed.",
        _revenue,
    ),
    Pattern(
        "revenue_cap",
        _p(
            rf"(?=[$€£uegrc])(?P<cur>US\s?\$|USD|EUR|GBP|RMB|CNY|\$|€|£)(?>\s*\$?\s*)(?P<amount>{AMOUNT})[^.]{{0,120}}?\b(?:annual|yearly)\s++(?:gross\s++)?revenue"
        ),
        ("use",),
        0.85,
        "Above this annual revenue a separate license is needed.",
        _revenue,
    ),
    Pattern(  # "... ($2,000,000) in gross revenue in the prior year"
        "revenue_cap",
        _p(
            rf"(?=[$€£uegrc])(?P<cur>US\s?\$|USD|EUR|GBP|RMB|CNY|\$|€|£)(?>\s*\$?\s*)(?P<amount>{AMOUNT})[^.]{{0,60}}?(?:gross\s++)?revenues?"
            r"\s+(?:in|during|for|over)\s+(?:the\s+|its\s+|your\s+)?(?:prior|preceding|previous|last|most\s+recent)"
            r"\s+(?:twelve\s+months|12\s+months|(?:fiscal\s+|calendar\s+)?year)"
        ),
        ("use",),
        0.85,
        "Above this annual revenue a separate license is needed.",
        _revenue,
    ),
    Pattern(
        "notice",
        _p(
            rf"{Q_OPEN}?Notice{Q_CLOSE}?\s++text\s++file[^:]{{0,200}}:\s*+{Q_OPEN}(?P<text>.{{10,400}}?)(?:(?<=\.){Q_CLOSE}|{Q_CLOSE}\s*+(?=[.;,]|and\b|$|\n))"
        ),
        ("distribute",),
        0.95,
        "Ship a Notice file with this exact text.",
        _quoted("text"),
    ),
    Pattern(
        "notice",
        _p(
            r"(?:retain|keep intact|must not remove)[^.]{0,80}?(?:copyright|attribution)[^.]{0,40}?notices?"
            r"|notices? may not be removed|notice\s+shall\s+be\s+included\s+in\s+all\s+copies"
        ),
        ("distribute",),
        0.8,
        "Keep copyright and attribution notices.",
    ),
    Pattern(
        "attribution",
        _p(
            rf"\b(?:display|include|state|show|mark)\w{{0,4}}+[^.\u201c\"]{{0,120}}?{Q_OPEN}(?P<text>(?:Built|Powered|Made|Created|Developed|Improved)\s++(?:with|by|using)\s[^\u201d\"]{{1,60}}){Q_CLOSE}"
        ),
        ("distribute", "serve"),
        0.95,
        "Display this exact phrase.",
        _attribution,
    ),
    Pattern(
        "attribution",
        _p(
            rf"following attribution notice(?:\s+be provided)?\s*+:\s*+{Q_OPEN}(?P<text>.{{10,300}}?)(?:(?<=\.){Q_CLOSE}|{Q_CLOSE}\s*+(?=[.;,]|and\b|$|\n))"
        ),
        ("distribute",),
        0.9,
        "Provide this exact attribution notice.",
        _quoted("text"),
    ),
    Pattern(
        "attribution",
        _p(r"appropriate credit|identification of the creator|give credit to|attribute the (?:work|source)"),
        ("distribute", "serve"),
        0.8,
        "Credit the licensor as the license describes.",
    ),
    Pattern(
        "naming",
        _p(
            rf"{Q_OPEN}(?P<prefix>[^\u201d\"\u2019'\n]{{1,30}}){Q_CLOSE}\s+(?:at|to)\s+the\s+beginning\s+of[^.]{{0,40}}?name"
            rf"|name[^.]{{0,80}}?(?:(?:must|shall)\s+(?:begin|start)|that\s+(?:begins|starts))\s+with\s+{Q_OPEN}(?P<prefix2>[^\u201d\"]{{1,30}}){Q_CLOSE}"
        ),
        ("modify", "distribute", "serve"),
        0.95,
        "Derivative model names must begin with this prefix.",
        lambda m, p: {"prefix": " ".join(_group(m, p, "prefix" if m.group("prefix") else "prefix2").split())},
    ),
    Pattern(
        "include_license",
        _p(
            r"(?<!obtain )(?:a|one)\s+(?:complete\s+)?copy\s+of\s+(?:this|the)\s+(?:agreement|license|licence)(?!\s+at\b)"
            r"|include the text of, or the URI|copy of, or the Uniform Resource Identifier for, this License"
            r"|this license text must be included|text of this license or a link"
        ),
        ("distribute",),
        0.85,
        "Give recipients a copy of the license.",
    ),
    Pattern(
        "state_changes",
        _p(
            r"carry prominent notices stating that (?:you|You) (?:changed|modified|have modified)"
            r"|indicate if you modified|plainly marked as such|clearly (?:document|describe)[^.]{0,60}?(?:differs|changes)"
            r"|disclosure of modifications|stating that you have modified it|that you changed the .{0,40}?and how"
            r"|(?:clearly|prominently|conspicuously)\s++(?:indicate|state|mark|identify|describe)\w{0,4}+\s++(?:the\s+|any\s+|all\s+)?"
            r"(?:substantial\s+|material\s+)?(?:modifications|changes)"
        ),
        ("distribute",),
        0.9,
        "Mark what you changed.",
    ),
    Pattern(
        "research_only",
        _p(
            r"(?:solely|only|exclusively)\s+for\s+(?:your\s+)?(?:non-?commercial\s+)?(?:scientific\s+)?research(?:\s+purposes)?"
            r"|research purposes only"
        ),
        ("use", "modify", "distribute", "serve"),
        0.85,
        "The grant covers research only.",
    ),
    Pattern(
        "non_commercial",
        _p(
            r"(?:solely|only|exclusively)\s+for\s+(?:your\s+)?non-?commercial|non-?commercial\s+(?:research\s+)?purposes\s+only"
            r"|(?:may|can|shall)\s+only\s+(?:use|be\s+used)\b[^.]{0,100}?\bfor\s+(?:your\s+)?non-?commercial"
            r"|does not include any commercial|for\s+\(i\)\s+any commercial or production purposes"
            r"|not primarily intended for or directed towards commercial advantage"
        ),
        ("use", "modify", "distribute", "serve"),
        0.85,
        "No commercial use.",
    ),
    Pattern(
        "no_derivatives",
        _p(
            r"but not Share, Adapted Material|may not (?:distribute|share|publish) (?:any )?(?:modified|derivative|adapted)"
        ),
        ("distribute", "serve"),
        0.85,
        "Adapted material may not be shared.",
    ),
    Pattern(
        "flow_down",
        _p(r"(?:use-based restrictions|use restrictions)(?:[^.]|\.\d){0,300}?enforceable provision"),
        ("distribute", "serve"),
        0.95,
        "Write the use restrictions into the terms you give downstream.",
    ),
    Pattern(
        "share_alike",
        _p(
            r"must be (?:licensed|released|distributed|made available)\s+(?:as a whole\s+)?(?:at no charge to all third parties\s+)?under\s+(?:the terms of\s+)?this\s+(?:License|Licence|Agreement)"
            r"|license the entire work, as a whole, under this|under precisely this License|with the same License Elements"
            r"|shall be licensed under this Open Software License|distributed entirely under this license"
            r"|will be done under the terms of this Licence|only under this license by including"
            r"|under the terms and conditions of this Licence"
            r"|apply this (?:License|Licence|Agreement)\s*(?:\([^)]{0,40}\)\s*)?to\s+(?:any\s+and\s+)?all\s+copies"
        ),
        ("distribute",),
        0.85,
        "Derivatives must carry the same license.",
    ),
    Pattern(
        "source_disclosure",
        _p(
            r"complete corresponding (?:machine-readable )?source|machine-readable Corresponding Source"
            r"|must also be made available in Source Code|machine-readable copy of the Source Code"
            r"|copy of the Complete Source|acc\u00e8s effectif au Code Source|provide recipients the source code"
        ),
        ("distribute",),
        0.85,
        "Offer the source of what you distribute.",
    ),
    Pattern(
        "network_disclosure",
        _p(
            r"interacting with it remotely through a computer network|External Deployment"
            r"|providing access to its essential functionalities"
        ),
        ("serve",),
        0.9,
        "Offering the work over a network triggers the source duties.",
    ),
    Pattern(
        "acceptable_use",
        _p(
            r"acceptable use policy|prohibited use policy|you agree not to use the model|use-based restrictions"
            r"|you will not use, or allow others to use"
            r"|\b(?:for|in)\s++(?:\([ivx]{1,6}\)\s++)?(?:any\s++)?(?:\w{1,30}+,\s++)?military,?(?:\s+(?:or|and)\s+(?:illegal|unlawful))?\s+(?:purposes?|uses?)"
            r"|purposes of surveillance|\bnot\s+(?:be\s+)?us(?:e|ed|ing)\b[^.]{0,120}?\bfor\s+(?:any\s+)?purposes?\s+prohibited\s+by"
        ),
        ("use",),
        0.9,
        "Prohibited uses are part of the license.",
        _policy,
    ),
    Pattern(
        "no_training_other_models",
        Near(
            r"(?:will|shall|may|must|can|agree)\s*not\s+use",
            (
                (r"to\s+(?:create\s+or\s+)?(?:train|improve|develop|enhance)|(?:for|in)\s+(?:training|improving)", 250),
                (r"other|another|competing|foundational", 120),
                (r"model|LLM|AI", 60),
            ),
        ),
        ("use",),
        0.9,
        "Do not use the model or its outputs to improve other models.",
    ),
    Pattern(
        "no_training_other_models",
        Near(r"cannot use", ((r"to improve any other", 200),)),
        ("use",),
        0.9,
        "Do not use the model or its outputs to improve other models.",
    ),
    Pattern(
        "territory",
        _p(
            r"\bexclud|not (?:being )?granted|does not apply in|outside (?:of )?the territory|not licensed in|domiciled in"
        ),
        ("use", "modify", "distribute", "serve"),
        0.8,
        "Not licensed in these regions.",
        _territory,
    ),
    Pattern(
        "patent_termination",
        Near(
            r"(?:institute|initiate|commence|bring)s?\s+(?:patent\s+)?(?:litigation|a lawsuit|lawsuit|proceedings|an action)",
            ((r"terminat", 600),),
            SENTENCE_END,
        ),
        ("use",),
        0.85,
        "Rights end if you sue the licensor over IP.",
    ),
    Pattern(
        "patent_termination",
        _p(r"you may not initiate litigation"),
        ("use",),
        0.85,
        "Rights end if you sue the licensor over IP.",
    ),
    Pattern(
        "terms_may_change",
        _p(
            r"reserves? the right to (?:update|modify|change|amend|restrict \(remotely)"
            r"|may (?:update|modify|change|amend) (?:this|these|the) (?:policy|agreement|terms|license)"
            r"|as may be updated from time to time|terminate this License, in whole or in part, at any time"
            r"|(?:license|licence|agreement|terms|policy)\s+(?:is|are|may\s+be)\s+subject\s+to\s+(?:updates?|changes?|revisions?|amendments?)"
        ),
        ("use",),
        0.85,
        "The licensor may change the terms or restrict use.",
    ),
)

# Cheap substring pre-checks per kind: a paragraph containing none of them cannot match.
KIND_NEEDLES: dict[str, tuple[str, ...]] = {
    "user_cap": ("active users",),
    "revenue_cap": ("revenue",),
    "notice": ("notice",),
    "attribution": ('"', "\u201c", "'", "\u2018", "attribution notice", "credit", "creator", "attribute"),
    "naming": ("name",),
    "include_license": ("copy of", "uri", "license text", "text of this"),
    "state_changes": ("modif", "changed", "marked", "differs", "changes"),
    "research_only": ("research",),
    "non_commercial": ("commercial",),
    "no_derivatives": ("adapted", "modified", "derivative"),
    "flow_down": ("enforceable",),
    "share_alike": ("under", "license elements", "apply this"),
    "source_disclosure": ("source",),
    "network_disclosure": ("network", "external deployment", "functionalities"),
    "acceptable_use": (
        "policy",
        "use-based",
        "not to use",
        "allow others",
        "military",
        "surveillance",
        "prohibited by",
    ),
    "no_training_other_models": ("not use", "cannot use"),
    "territory": ("exclud", "granted", "apply in", "outside", "licensed in", "domiciled"),
    "patent_termination": ("litigation", "lawsuit", "proceedings", "action"),
    "terms_may_change": (
        "subject to",
        "right to",
        "may update",
        "may modify",
        "may change",
        "may amend",
        "from time to time",
        "at any time",
    ),
}

# Duties that follow the product when the text says "make available" or names hosted services.
WIDEN_TO_SERVE = frozenset({"include_license", "flow_down", "attribution"})
SERVE_WORDS = re.compile(r"make available|made available|product or service|hosted service|remote access|via API", re.I)

# Keys that make two obligations of one kind different (others are wording).
IDENTITY_KEYS = ("threshold", "metric", "currency", "prefix", "text", "excluded")


def _key(kind: str, params: dict[str, Any]) -> tuple[Any, ...]:
    return (kind, *(str(params.get(k)) if k != "text" else str(params.get(k, "")).lower() for k in IDENTITY_KEYS))


# Each needle, and the kinds it announces (with those of the needles inside it).
NEEDLE_KINDS: dict[str, frozenset[str]] = {
    needle: frozenset(kind for kind, others in KIND_NEEDLES.items() for other in others if other in needle)
    for needles in KIND_NEEDLES.values()
    for needle in needles
}


def _kinds_per_block(lowered: str, starts: list[int], ends: list[int]) -> dict[int, frozenset[str]]:
    """The kinds whose needles occur in each block that has any: one search of the document per
    needle (block by block, it would be one search per needle per block); after a hit the search
    resumes at the next block, so a needle repeated everywhere costs one step per block."""
    kinds: dict[int, set[str]] = {}
    for needle, needle_kinds in NEEDLE_KINDS.items():
        at = lowered.find(needle)
        while at != -1:
            i = bisect_right(starts, at) - 1
            if i >= 0 and at + len(needle) <= ends[i]:
                kinds.setdefault(i, set()).update(needle_kinds)
                at = lowered.find(needle, ends[i])
            else:
                at = lowered.find(needle, at + 1)
    return {i: frozenset(found) for i, found in sorted(kinds.items())}


@lru_cache(maxsize=256)
def _patterns_for(kinds: frozenset[str]) -> tuple[Pattern, ...]:
    return tuple(p for p in PATTERNS if p.kind in kinds)


# Work budget per document: real licenses stay far below these; a hostile text stops here. The
# corpus's most demanding text (AGPL-3.0) scans 173k characters in all, 69k for
# one kind (GPL-3.0, attribution), counting RUN_COST; a scan costs 0.05-0.5 us per character and pattern.
MAX_SCAN = 2_000_000  # characters scanned, summed over the patterns run on each paragraph ...
MAX_SCAN_PER_KIND = 500_000
RUN_COST = 200  # ... plus this much per pattern run (many tiny paragraphs cost per paragraph)
MAX_LINES = 60_000  # a license has a few thousand; 2 MB of prose has ~30,000
MAX_MATCHES = 4_000  # matches examined (each costs a context check and a builder; corpus max 21)
MAX_PER_KIND = 50  # distinct obligations of one kind


class Extraction:
    """Obligations found in one document and, when the work budget stopped the reading early, the
    first line some pattern was not run on."""

    __slots__ = ("obligations", "unread_from")

    def __init__(self, obligations: list[Obligation], unread_from: int | None) -> None:
        self.obligations, self.unread_from = obligations, unread_from

    @property
    def budget_exhausted(self) -> bool:
        return self.unread_from is not None


def extract(text: str, path: str) -> list[Obligation]:
    """Every obligation the wording creates, with the lines that create it."""
    return extract_within_budget(text, path).obligations


def _line_limit(text: str) -> int:
    """Where line MAX_LINES + 1 starts (or the end): blocks are found one by one in Python."""
    at = -1
    for _ in range(MAX_LINES):
        at = text.find("\n", at + 1)
        if at == -1:
            return len(text)
    return at + 1


def extract_within_budget(text: str, path: str) -> Extraction:
    """`extract`, saying whether the work budget was exhausted (the reading is then incomplete)."""
    index = LineIndex(text)
    found: dict[tuple[Any, ...], Obligation] = {}
    unparameterised: dict[str, tuple[Any, ...]] = {}  # kind -> key of its parameterless reading
    per_kind: dict[str, int] = {}
    kinds_with_params: set[str] = set()
    retired: set[int] = set()  # patterns whose every further match can only repeat a reading
    matches_left = MAX_MATCHES
    scan_left = MAX_SCAN
    kind_scan_left: dict[str, int] = {}
    unread_from: int | None = None
    exhausted = False
    low = lower(text)
    read_to = _line_limit(text)
    if read_to < len(text):
        unread_from = read_to
    starts, ends = blocks(text[:read_to])
    for i, kinds in _kinds_per_block(low if read_to == len(low) else low[:read_to], starts, ends).items():
        if scan_left < RUN_COST:
            unread_from = starts[i] if unread_from is None else min(unread_from, starts[i])
            break
        para = Paragraph(text[starts[i] : ends[i]], starts[i], low[starts[i] : ends[i]])
        for pattern in _patterns_for(kinds):
            if id(pattern) in retired:
                continue
            cost = len(para.text) + RUN_COST
            kind_left = kind_scan_left.get(pattern.kind, MAX_SCAN_PER_KIND)
            if cost > scan_left or cost > kind_left:
                unread_from = para.offset if unread_from is None else min(unread_from, para.offset)
                continue
            scan_left, kind_scan_left[pattern.kind] = scan_left - cost, kind_left - cost
            if pattern.kind == "share_alike" and (
                "use restrictions" in para.low or "use-based restrictions" in para.low
            ):
                continue  # RAIL: restrictions flow down, terms need not be the same (not copyleft)
            for match in _finditer(pattern, para):
                matches_left -= 1
                if matches_left < 0:
                    exhausted = True
                    unread_from = para.offset if unread_from is None else min(unread_from, para.offset)
                    break
                lo, hi = _sentence_bounds(para.text, match.start(), match.end())
                if pattern.skip_disclaimers and para.has(DISCLAIMER, lo, hi):
                    continue
                if pattern.kind == "attribution" and para.has(INVITATION, lo, min(hi, lo + 200)):
                    continue  # an invitation to credit, not a duty
                params = pattern.build(match, para) if pattern.build and isinstance(match, re.Match) else {}
                if params is None:
                    continue
                scope = params.pop("scope", None)
                span_end = params.pop("_span_end", match.end())
                key = _key(pattern.kind, params)
                if key in found or (not params and pattern.kind in kinds_with_params):
                    # already read (or a parameterised reading of this kind exists)
                    if not any(params.get(k) is not None for k in IDENTITY_KEYS):
                        retired.add(id(pattern))  # its readings all share this key
                        break
                    continue
                if per_kind.get(pattern.kind, 0) >= MAX_PER_KIND:
                    unread_from = para.offset if unread_from is None else min(unread_from, para.offset)
                    retired.add(id(pattern))
                    break
                per_kind[pattern.kind] = per_kind.get(pattern.kind, 0) + 1
                start, end = para.offset + match.start(), para.offset + max(match.end(), span_end)
                triggers = pattern.triggers
                if pattern.kind in WIDEN_TO_SERVE and "serve" not in triggers and para.has(SERVE_WORDS, lo, hi):
                    triggers = (*triggers, "serve")
                quote = " ".join(para.text[match.start() : max(match.end(), span_end)].split())
                found[key] = Obligation(
                    kind=pattern.kind,
                    triggers=triggers,
                    summary=pattern.summary,
                    scope=scope,
                    confidence=pattern.confidence if params or pattern.build is None else pattern.confidence - 0.2,
                    source=Source(
                        path=path,
                        start_line=index.line(start),
                        end_line=index.line(max(start, end - 1)),
                        text=quote[:300],
                    ),
                    **params,
                )
                if params:
                    kinds_with_params.add(pattern.kind)
                    stale = unparameterised.pop(pattern.kind, None)
                    if stale is not None:
                        del found[stale]
                        per_kind[pattern.kind] -= 1
                else:
                    unparameterised[pattern.kind] = key
            if exhausted:
                break
        if exhausted:
            break
    obligations = sorted(found.values(), key=lambda ob: (ob.source.start_line or 0, ob.kind))
    return Extraction(obligations, None if unread_from is None else index.line(unread_from))
