"""How licenses phrase each obligation kind: the pattern table extraction runs.

Patterns describe wording, not licenses, so custom and unseen terms are read too. Each is bounded
and runs on one paragraph's view (lower-cased, one space between words), so work is linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from openlint.core.kinds import ObligationKind, Trigger
from openlint.text.numbers import AMOUNT, amount_near, codes_of, territory_re
from openlint.text.regex import Regex
from openlint.text.view import Paragraph

Q_OPEN = "[\u201c\"'\u2018]"
Q_CLOSE = "[\u201d\"'\u2019]"
DISCLAIMER = re.compile(
    r"\bas is\b|without warrant|be liable|limitation of liability|(?<!and\sthe\s)(?<!and\s)(?<!following\s)disclaim(?!ers\b)",
    re.I,
)
# Invitations are not duties: "we encourage", "we recommend", "you should", "we would appreciate".
# "(d) not suggest any association with us" is a ban, no invitation.
INVITATION = re.compile(
    r"(?<!\bnot\s)(?<!\bnever\s)\b(?:encourag\w{0,4}|recommend\w{0,4}|should(?!\s+be\s+included\s+in\s+all\s+copies)|appreciate[ds]?|welcome[ds]?|invited?|suggest\w{0,4}|"
    r"feel free|optional(?:ly)?|if you (?:wish|like|want)|(?:would|will) be (?:grateful|glad|happy)|please consider|are free to)\b",
    re.I,
)
# "If you violate the terms, the Licensor reserves the right to terminate": termination for breach, not at will.
FOR_BREACH = re.compile(
    r"\b(?:if|where|should|in\s+case|in\s+the\s+event)\s+(?:that\s+)?(?:you|the\s+licensee|licensee)\s+(?:breach|violat|fail)"
)
MAY = re.compile(r"\bmay\b(?!\s+not)", re.I)  # "may" invites credit; it also grants, so only credit is read so
INVITED_KINDS = frozenset(
    {"attribution", "naming", "user_cap", "revenue_cap", "notice", "state_changes", "include_license"}
)


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


SENTENCE_END = re.compile(r"\.(?!\S)")  # "LTX-2.x", "FLUX.1": a period inside a name ends no sentence
PERIOD = re.compile(r"\.")


class Near:
    """`first`, then each step's regex within so many characters of the previous one, with no `stop`
    between. Found by joining the positions of each part's matches in the paragraph, which is linear;
    a lazy regex scan ('A[^.]{0,600}?B') rescans its window from every A, quadratic when As are dense."""

    def __init__(self, first: str, steps: tuple[tuple[str, int], ...], stop: re.Pattern[str] = PERIOD) -> None:
        self.first = _p(first)
        self.steps = tuple((_p(regex).compiled, within) for regex, within in steps)
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


def finditer(pattern: Pattern, para: Paragraph) -> Iterator[re.Match[str] | Span]:
    if isinstance(pattern.regex, Near):
        return pattern.regex.finditer(para)
    return pattern.regex.finditer(para.low)


@dataclass(frozen=True)
class Pattern:
    kind: ObligationKind
    regex: re.Pattern[str] | Regex | Near
    triggers: tuple[Trigger, ...]
    confidence: float
    summary: str
    build: Builder | None = None
    skip_disclaimers: bool = True
    # A parameterless reading kept beside one with a text: "do not remove copyright notices" is a duty
    # of its own next to "ship this Notice text".
    beside_text: bool = False
    # Says a match is no reading of the kind after all (a case exempted from a condition, not a limit).
    veto: Callable[[re.Match[str] | Span, Paragraph], bool] | None = None


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around a match starts and ends (bounded), for context checks."""
    left = max(
        text.rfind(". ", max(0, start - 400), start), text.rfind("\n\n", max(0, start - 400), start), start - 400
    )
    right_candidates = [i for i in (text.find(". ", end, end + 400), text.find("\n\n", end, end + 400)) if i != -1]
    right = min([*right_candidates, end + 400])
    return max(0, left), right


_ITEM_MARKS = ("; (", "; and (", "; or (")


def item_bounds(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The enumerated item ("(i) ...; (ii) ...") around a match within its sentence: a disclaimer in
    item (ii) does not void item (i). (An invitation's lead-in still governs every item.)"""
    left = max([lo, *(text.rfind(mark, lo, start) for mark in _ITEM_MARKS)])
    right = min([hi, *(i for i in (text.find(mark, end, hi) for mark in _ITEM_MARKS) if i != -1)])
    return left, right


def _p(expr: str) -> Regex:
    """Patterns run on lower-cased text, compiled without IGNORECASE (3-8x faster: the engine can
    skip ahead to a literal prefix), when first run; groups that keep their case are read from the
    original text."""
    return Regex(
        re.sub(r"\\.|\(\?P|[A-Z]", lambda m: m.group(0).lower() if len(m.group(0)) == 1 else m.group(0), expr), re.S
    )


def _group(match: re.Match[str] | Span, para: Paragraph, name: str) -> str:
    """A group's text in its original case."""
    assert isinstance(match, re.Match)
    return para.text[match.start(name) : match.end(name)]


_CAP_CONSEQUENCE = re.compile(r"licen[cs]|permission|authori[sz]|approv|agreement|request|contact|register", re.I)
_DISPLAY_DUTY = re.compile(r"\bdisplay|\battribut|\bcredit", re.I)


def _cap(match: re.Match[str], para: Paragraph) -> dict[str, Any] | None:
    amount = amount_near(match.group("amount"))
    if amount is None:
        return None
    lo, hi = sentence_bounds(para.text, match.start(), match.end())
    if _DISPLAY_DUTY.search(para.text, lo, hi) and not _CAP_CONSEQUENCE.search(para.text, lo, hi):
        return None  # above the threshold a credit is due, not a separate license
    metric = (
        "daily_active_users" if (match.group("metric") or "").lower().startswith("daily") else "monthly_active_users"
    )
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


def _use_ban(expr: Regex) -> Pattern:
    """A prohibited use stated in the license's own words (confidence 0.9, read as a use policy)."""
    return Pattern("acceptable_use", expr, ("use",), 0.9, "Prohibited uses are part of the license.", _policy)


# "... except where your use is limited to personal or research purposes": a case exempted from a
# condition (a cap, a fee), not a limit on the grant.
_EXEMPTED = re.compile(
    r"\b(?:except|unless|save|other\s+than)\s+(?:where|when|if|in\s+cases?\s+where|to\s+the\s+extent(?:\s+that)?)\b[^.;]{0,60}$"
)
# "... unless your use is limited to research": an exemption when nothing before it in the sentence bans
# or limits ("you may not use it unless ..." is a limit).
_UNLESS = re.compile(r"\bunless\b[^.;]{0,60}$")
_LIMITING = re.compile(r"\b(?:not|no|never|cannot|prohibit\w{0,4}|forbid\w{0,4}|only|solely|exclusively)\b")


def _exempted(match: re.Match[str] | Span, para: Paragraph) -> bool:
    start = match.start()
    if _EXEMPTED.search(para.low, max(0, start - 80), start):
        return True
    unless = _UNLESS.search(para.low, max(0, start - 80), start)
    if unless is None:
        return False
    lo, _ = sentence_bounds(para.low, unless.start(), unless.end())
    return not _LIMITING.search(para.low, lo, unless.start())


def _no_sharing(expr: Regex) -> Pattern:
    """Adapted (or any) material may not be passed on, in the license's own words (confidence 0.85)."""
    return Pattern("no_derivatives", expr, ("distribute", "serve"), 0.85, "Adapted material may not be shared.")


def _territory(match: re.Match[str], para: Paragraph) -> dict[str, Any] | None:
    base, end = max(0, match.start() - 40), match.end() + 300
    starts, ends = para.spans(territory_re())
    codes: list[str] = []
    last_end = 0
    for i in range(bisect_left(starts, base), len(starts)):
        if ends[i] > end:
            break
        for code in codes_of(para.text[starts[i] : ends[i]]):
            if code not in codes:
                codes.append(code)
        last_end = ends[i]
    if not codes:
        return None
    out: dict[str, Any] = {"excluded": tuple(codes), "_span_end": last_end}  # the field is a tuple
    if re.search(r"multimodal", para.text, re.I):
        out["scope"] = "multimodal models only"
    return out


def _territory_near(match: re.Match[str], para: Paragraph) -> dict[str, Any] | None:
    """A ban in prose ("may not use the Model in"): only the places named right after it."""
    starts, ends = para.spans(territory_re())
    i = bisect_left(starts, match.end())
    if i == len(starts) or starts[i] - match.end() > 6:
        return None
    codes: list[str] = []
    last_end = ends[i]
    for j in range(i, len(starts)):
        if starts[j] - last_end > 12:  # "X, Y or Z": separators only
            break
        for code in codes_of(para.text[starts[j] : ends[j]]):
            if code not in codes:
                codes.append(code)
        last_end = ends[j]
    return {"excluded": tuple(codes), "_span_end": last_end}


_ZH_UNITS = {"亿": 10**8, "万": 10**4, "千万": 10**7, "百万": 10**6}


def _cap_zh(match: re.Match[str], para: Paragraph) -> dict[str, Any] | None:
    """'月活跃用户数超过1亿' -> 100,000,000 monthly active users."""
    number = match.group("number").replace(",", "")
    if not number or len(number) > 15:
        return None
    value = float(number) * _ZH_UNITS.get(match.group("unit") or "", 1)
    return {"threshold": round(value), "metric": "monthly_active_users"} if value >= 1 else None


# Purposes a grant may be limited to besides research ("for your internal, non-profit, non-commercial
# research use"): none of them allows commercial use.
_PURPOSE = (
    r"(?:(?:internal|non-?profit|not-for-profit|non-?commercial|academic|scientific|educational|personal|private|own|teaching|evaluation)"
    r",?\s+(?:and\s+|or\s+)?)"
)
_GRANT = r"\b(?:grant\w{0,2}|licen[cs]e[ds]?|made\s+available|provided|permitted|authori[sz]ed|allow(?:s|ed)?|may\s+(?:only\s+)?use)\b"
# "for non-commercial use as well as commercial use" grants commercial use too.
_NOT_ALSO_COMMERCIAL = r"(?![^.;]{0,80}?\b(?:and|or|as\s+well\s+as)\s+(?:for\s+)?(?:any\s+)?commercial\b)"


# Rights ending: "terminate", "ends immediately", "will cease", "are revoked".
_RIGHTS_END = (
    r"terminat|\b(?:end|cease|lapse)s?\s+(?:immediately|automatically|on\s+the\s+date|as\s+of)"
    r"|\b(?:will|shall)\s+(?:immediately\s+|automatically\s+)?(?:end|cease|lapse)\b|\brevoked\b"
)
# A ban on the reader: "may not", "shall not", "cannot", "agree not to", "is not permitted to".
_BAN = (
    r"(?:(?:may|shall|must|will|can|could)\s*not|cannot|agrees?\s+not\s+to|"
    r"(?:is|are)\s+(?:not\s+(?:permitted|allowed|authori[sz]ed|licensed)|prohibited|forbidden)\s+(?:to|from))"
)
# "... is not permitted / is (strictly) prohibited" closing a clause.
_BANNED = (
    r"(?:is|are|shall\s+be|will\s+be)\s+(?:strictly\s+|expressly\s+)?"
    r"(?:not\s+(?:permitted|allowed|authori[sz]ed|licensed|granted)|prohibited|forbidden|excluded)\b"
)
_COMMERCIAL = r"(?<!non-)(?<!non)(?<!non\s)\bcommercial"
# "... without a separate license": commercial use gated, not banned (registration reads it).
_NOT_GATED = r"(?![^.;]{0,60}?\b(?:without|unless|except)\b)"


PATTERNS: tuple[Pattern, ...] = (
    Pattern(
        "user_cap",
        _p(
            rf"(?P<amount>{AMOUNT})(?:\s{{0,3}}\([\d,]{{1,30}}\))?\s++(?P<metric>monthly|daily)\s++(?:active\s++)?users"
        ),
        ("use",),
        0.9,
        "Above this number of active users a separate license is needed.",
        _cap,
    ),
    Pattern(
        "user_cap",
        _p(
            rf"(?:must|shall|may|can|does|do|will)\s+not\s+exceed\s+(?P<amount>{AMOUNT})\s+(?:visits|visitors|users|active\s+users)"
            r"\s+(?:per|a|each|every)\s+(?P<metric>month)"
        ),
        ("use",),
        0.8,
        "Above this number of users or visits a month a separate license is needed.",
        _cap,
    ),
    Pattern(
        "user_cap",
        _p(
            r"(?P<metric>monthly|daily)\s++active\s++users?\b(?:\s(?:count|number|base))?(?:\s\([a-z]{2,4}\))?"
            r"\s(?:of\s(?:your|the|its|their|such|any)\s(?:[a-z-]{1,20}\s){0,3}?)?(?:is\s|are\s|of\s|number\s|numbers\s|totals?\s){0,2}(?:less|fewer|more|greater|below|above|over|under|exceed\w{0,3})"
            rf"(?:\s+than)?(?:\s+or\s+equal\s+to)?\s+(?P<amount>{AMOUNT})"
        ),
        ("use",),
        0.85,
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
            r"|\bmaintain\s+(?:all|any|the)\s+(?:[a-z-]{1,20},?\s+){0,3}?(?:copyright|attribution)\s+(?:[a-z-]{1,20},?\s+(?:and\s+)?){0,3}?notices?\b"
            # the object after a long place: "retain, in the Model and Derivatives that you distribute, all copyright ... notices"
            r"|\b(?:retain|keep|preserve|maintain)\w{0,2},\s[^.;]{0,200}?,\s(?:all|any)\s(?:[a-z-]{1,20},?\s(?:and\s|or\s)?){0,4}?(?:copyright|attribution)\s(?:[a-z-]{1,20},?\s(?:and\s|or\s)?){0,3}?notices\b"
            # a duty stated as a noun: "redistribution requires attribution and a license notice"
            r"|\brequires?\s(?:(?:proper|appropriate|clear)\s)?(?:attribution|credit)\s(?:and|as\swell\sas)\s(?:a\s|the\s)?(?:licen[cs]e|copyright)\snotices?\b"
            r"|\bkeep\s+(?:all\s+|any\s+|the\s+)?(?:copyright|attribution|legal|proprietary)\b[^.;]{0,40}?\bnotices?\s+intact\b"
            r"|notices? may not be removed|notice\s+shall\s+be\s+included\s+in\s+all\s+copies"
            r"|copyright\s+(?:statement|notice)[^.]{0,80}?\b(?:shall|should|must)\s+be\s+included\s+in\s+all\s+copies"
            r"|\b(?:must|shall|you)\s+(?:include|retain|reproduce)\s+the\s+above\s+copyright\s+notice"
            # the document's own notice: "you must retain this notice and the following text"
            r"|(?<!not\s)(?<!may\s)\b(?:retain|keep|preserve|reproduce)\w{0,2}\s+(?:intact\s+)?(?:this|these|the\s+above)\s+(?:(?:licen[cs]e|legal)\s+)?notices?\b"
        ),
        ("distribute",),
        0.8,
        "Keep copyright and attribution notices.",
    ),
    Pattern(
        "attribution",
        _p(
            rf"\b(?:display|include|state|show|mark|label|feature|bear|carry)\w{{0,4}}+[^.\u201c\"]{{0,120}}?{Q_OPEN}"
            rf"(?P<text>(?:Built|Powered|Made|Created|Developed|Improved)\s++(?:with|by|using|on|upon)\s[^\u201d\"]{{1,60}}|[^\u201d\"]{{1,40}}\sInside){Q_CLOSE}"
        ),
        ("distribute", "serve"),
        0.95,
        "Display this exact phrase.",
        _attribution,
    ),
    Pattern(
        "attribution",
        _p(
            rf"following\s(?:attribution|credit|acknowledgm?e?ment)(?:(?:\s(?:notice|statement|line|text))?(?:\s+be provided)?|\s(?:in|on|with|to)\s[^:.;\u201c\"]{{1,60}}?)\s*+:\s*+{Q_OPEN}(?P<text>.{{10,300}}?)(?:(?<=\.){Q_CLOSE}|{Q_CLOSE}\s*+(?=[.;,]|and\b|$|\n|\(?[a-z0-9]\)\s))"
        ),
        ("distribute",),
        0.9,
        "Provide this exact attribution notice.",
        _quoted("text"),
    ),
    Pattern(
        "notice",
        _p(
            rf"\bfollowing\s(?!attribution\snotice)(?:[a-z]{{1,12}}\s){{0,2}}?(?:statement|legend|notice)\b[^:]{{0,120}}?:\s*+{Q_OPEN}"
            rf"(?P<text>.{{10,400}}?)(?:(?<=\.){Q_CLOSE}|{Q_CLOSE}\s*+(?=[.;,]|and\b|$|\n))"
        ),
        ("distribute",),
        0.9,
        "Keep this exact statement with every copy.",
        _quoted("text"),
    ),
    # A quoted notice named inline, no colon: 'include a trademark notice "X is a trademark of Y."'.
    Pattern(
        "notice",
        _p(
            r"\b(?:include|display|retain|add|reproduce|carry|place|show|provide|keep|bear)\w{0,3}\s+(?:a|an|the|this|such\s+a)\s+"
            rf"(?:(?!attribution\b|credit\b|acknowledge?ment\b)[a-z-]{{1,20}}\s+){{0,2}}?(?:notice|statement|legend)\s*+{Q_OPEN}"
            rf"(?!(?:built|powered|made|created|developed|improved)\s)(?P<text>[^\u201d\"\n]{{10,300}}?)"
            rf"(?:(?<=\.){Q_CLOSE}|{Q_CLOSE}\s*+(?=[.;,)]|and\b|on\b|in\b|$|\n))"
        ),
        ("distribute",),
        0.9,
        "Keep this exact statement with every copy.",
        _quoted("text"),
    ),
    # The same for a credit: 'display the attribution line "Model by Acme Labs" in your app'.
    Pattern(
        "attribution",
        _p(
            r"\b(?:include|display|retain|add|reproduce|carry|place|show|provide|keep|bear)\w{0,3}\s+(?:a|an|the|this|such\s+a)\s+"
            r"(?:[a-z-]{1,20}\s+){0,1}?(?:acknowledge?ments?|attributions?|credits?)(?:\s+(?:notice|statement|line|text))?"
            rf"\s*+{Q_OPEN}(?P<text>[^\u201d\"\n]{{4,200}}?)(?:(?<=\.){Q_CLOSE}|{Q_CLOSE}\s*+(?=[.;,)]|and\b|on\b|in\b|$|\n))"
        ),
        ("distribute", "serve"),
        0.9,
        "Display this exact credit.",
        _attribution,
    ),
    # A quoted license statement set apart as its own paragraph, after "... the following notice (the "X"):".
    Pattern(
        "notice",
        _p(
            rf"(?:(?<=^)|(?<=^\s)|(?<=^[-*]\s)|(?<=^\s[-*]\s)){Q_OPEN}(?P<text>[^\u201d\"\n]{{2,160}}?\sis\slicensed\s(?:by\s[^\u201d\"]{{2,80}}?\s)?under\s"
            rf"[^\u201d\"]{{2,120}}?(?:licen[cs]e|agreement)\b[^\u201d\"]{{0,80}}?)(?:\.\s|{Q_CLOSE}|$)"
        ),
        ("distribute",),
        0.85,
        "Keep this exact license statement with every copy.",
        _quoted("text"),
    ),
    # A quoted name credited: 'give clear, visible attribution to "Acme" in any publication'.
    Pattern(
        "attribution",
        _p(rf"\b(?:attribution|credit)\s+to\s+{Q_OPEN}(?P<text>[^\u201d\"\n]{{1,60}}?){Q_CLOSE}"),
        ("distribute", "serve"),
        0.9,
        "Credit this exact name.",
        _attribution,
    ),
    # Credit in publications: "you must acknowledge the use of X in your publication [as follows: "..."]".
    Pattern(
        "attribution",
        _p(
            rf"\backnowledge\w{{0,2}}\s[^.:]{{0,80}}?\b(?:in|within)\s(?:your|any|the|that|such|each)\s(?:resulting\s)?(?:publications?|papers?|articles?)\b"
            rf"(?:[^:\n]{{0,80}}?:\s*+{Q_OPEN}(?P<text>.{{10,300}}?)(?:(?<=\.){Q_CLOSE}|{Q_CLOSE}\s*+(?=[.;,]|and\b|$|\n)))?"
        ),
        ("distribute",),
        0.85,
        "Acknowledge the model in publications.",
        lambda m, p: _quoted("text")(m, p) if m.group("text") else {},
    ),
    Pattern(
        "attribution",
        _p(
            rf"\bdisplay\w{{0,2}}\s+{Q_OPEN}(?P<text>[^\u201d\"\n]{{1,40}}){Q_CLOSE}\s+(?:on|in|within)\s+(?:the\s+|a\s+|its\s+|your\s+|any\s+)?"
            r"(?:[a-z]{1,12}\s+){0,2}?(?:user\s+interface|website|web\s+page|about\s+page|product|service|documentation|app)"
        ),
        ("distribute", "serve"),
        0.9,
        "Display this exact name.",
        _attribution,
    ),
    # Credit in publications as a citation: "any publication based on the Materials must include a citation to them".
    Pattern(
        "attribution",
        _p(
            r"\b(?:publications?|papers?|articles?)\b[^.]{0,200}?\b(?:must|shall|(?:is|are)\s+required\s+to)\s+(?:include|contain|provide|give)\s+"
            r"(?:a\s+|an\s+|appropriate\s+|proper\s+)?(?:citation|reference)\s+to\b"
            r"|\b(?:publications?|papers?|articles?)\b[^.;]{0,120}?\b(?:must|shall|(?:is|are)\s+required\s+to)\s+(?:also\s+)?(?:cite|reference|acknowledge)\b"
            r"|\b(?:must|shall|(?:is|are)\s+required\s+to|agrees?\s+to)\s+(?:also\s+)?(?:clearly\s+|prominently\s+|appropriately\s+)?(?:credit|attribute)\s+(?!that\b)[^.;]{1,80}?"
            r"\b(?:in|within|on)\s+(?:the\s+|your\s+|any\s+|its\s+|their\s+|each\s+)?(?:[a-z-]{1,20}\s+)?(?:documentation|publications?|papers?|websites?|products?|about\s+page|credits|readme|model\s+card)\b"
            r"|\b(?:must|shall)\s+cite\s+(?:the|this|our)\b[^.]{0,80}?\b(?:in|within)\s+(?:any|your|all|each)\s+(?:resulting\s+)?(?:publications?|papers?)"
            # the duty verb ahead: "you agree to acknowledge ... and cite appropriate references ... in your publications"
            r"|(?<!we\s)\b(?:must|shall|agrees?\s+to|(?:is|are)\s+required\s+to|will)\s+(?:[^.;]{0,120}?\b(?:and|also)\s+(?:to\s+)?)?"
            r"(?:(?:appropriately|properly|duly)\s+)?(?:acknowledge|cite|credit|reference)\w{0,2}\b[^.;]{0,120}?\b(?:in|within)\s+(?:your|any|all|each|the|resulting|such)\s+"
            r"(?:resulting\s+|related\s+|scientific\s+)?(?:publications?|papers?|articles?|presentations?|reports?)\b"
        ),
        ("distribute",),
        0.85,
        "Cite the model in publications.",
    ),
    Pattern(
        "attribution",
        _p(
            r"appropriate credit|appropriate attribution|identification of the creator|give credit to|attribute the (?:work|source)"
            # a duty stated as a noun: "publishing a tuned checkpoint requires attribution"
            r"|\b(?:requires?|conditioned\son|subject\sto)\s(?:(?:proper|appropriate|clear|visible)\s)?(?:attribution|credit)\b(?!\s(?:notices?|requirements?)\b)"
            r"|\b(?:must|shall|(?:is|are)\s+required\s+to|agrees?\s+to)\s+(?:[a-z-]{1,15}\s+){0,4}?(?:state|stating|mention|disclose|indicate|indicating|acknowledge|note|make\s+clear|saying)\b"
            r"[^.;]{0,80}?\bthat\b[^.;]{0,80}?\b(?:uses?|is\s+based\s+on|(?:was|is|were|are)\s+(?:built|developed|created|derived|trained|made)\s+(?:with|on|using|from|upon)|incorporates?|is\s+powered\s+by)\b"
            # Chinese: 标注……系基于X开发 (beside any quoted label)
            r"|(?:标注|标明|注明)[^。\uff1b\u201c\"]{0,40}?(?:系|是|为)?基于[^。\uff1b]{1,60}?(?:开发|构建|训练|衍生|改进)"
        ),
        ("distribute", "serve"),
        0.8,
        "Credit the licensor as the license describes.",
        beside_text=True,
    ),
    Pattern(
        "naming",
        _p(
            rf"{Q_OPEN}(?P<prefix>[^\u201d\"\u2019'\n]{{1,30}}){Q_CLOSE}\s+(?:at|to)\s+the\s+beginning\s+of[^.]{{0,40}}?name"
            rf"|name[^.]{{0,80}}?(?:(?:must|shall)\s+(?:begin|start)|that\s+(?:begins|starts))\s+with\s+{Q_OPEN}(?P<prefix2>[^\u201d\"]{{1,30}}){Q_CLOSE}"
            # "you must prefix the name of any derivative model with "X""
            rf"|\bprefix\w{{0,3}}\s+(?:the\s+|its\s+|their\s+|your\s+|each\s+|every\s+)?names?\s+(?:of\s+[^.;\u201c\"]{{1,60}}?\s+)?with\s+{Q_OPEN}(?P<prefix3>[^\u201d\"]{{1,30}}){Q_CLOSE}"
        ),
        ("modify", "distribute", "serve"),
        0.95,
        "Derivative model names must begin with this prefix.",
        lambda m, p: {
            "prefix": " ".join(_group(m, p, next(g for g in ("prefix", "prefix2", "prefix3") if m.group(g))).split())
        },
    ),
    # A name required anywhere in the derivative's name: 'the model must include "X" in its name'.
    Pattern(
        "naming",
        _p(
            r"\b(?:must|shall|(?:is|are)\s+required\s+to|agrees?\s+to)\s+(?:also\s+)?(?:[a-z]{1,12}\s+){0,2}?"
            r"(?:include|contain|carry|bear|feature|incorporate|retain|keep)\w{0,1}\s+(?:the\s+(?:word|term|string|name|mark)\s+)?"
            rf"{Q_OPEN}(?P<contains>[^\u201d\"\u2019'\n]{{1,30}}){Q_CLOSE}\s+(?:in|within|as\s+part\s+of)\s+"
            r"(?:the\s+|its\s+|their\s+|such\s+|any\s+such\s+|each\s+|every\s+|your\s+)?(?:[a-z-]{1,20}\s+){0,2}?names?\b"
            r"|\bnames?\b[^.]{0,80}?\b(?:must|shall|(?:is|are)\s+required\s+to)\s+(?:also\s+)?(?:include|contain|incorporate|feature|carry)\w{0,1}\s+"
            rf"(?:the\s+(?:word|term|string|name|mark)\s+)?{Q_OPEN}(?P<contains2>[^\u201d\"\u2019'\n]{{1,30}}){Q_CLOSE}"
        ),
        ("modify", "distribute", "serve"),
        0.9,
        "Derivative model names must contain this name.",
        lambda m, p: {"contains": " ".join(_group(m, p, "contains" if m.group("contains") else "contains2").split())},
    ),
    Pattern(
        "include_license",
        _p(
            r"(?<!obtain )(?:a|one)\s+(?:(?:complete|full|unmodified|unaltered|verbatim|exact),?\s+){0,3}copy\s+of\s+(?:this|the)\s+(?:agreement|license|licence)(?!\s+at\b)"
            # passive: "provided that this license text is included with every copy you share"
            r"|\bthis\s+licen[cs]e(?:\s+(?:text|file|document))?\s+(?:is|be|must\s+be|shall\s+be)\s+(?:included|distributed|shipped|provided)\s+(?:together\s+)?with\s+(?:any|all|each|every)\s"
            r"|\bprovide\s+a\s+link\s+to\s+the\s+licen[cs]e\b"
            r"|\b(?:give|provide|include|supply|deliver|furnish|send)\w{0,2}\s+(?:all\s+|any\s+|every\s+|each\s+)?(?:recipients?\s+|licensees?\s+|users?\s+)?(?:with\s+)?"
            r"(?:a|one)\s+(?:complete\s+)?copy\s+of\s+these\s+(?:terms|conditions)\b"
            r"|\b(?:must|shall|(?:is|are)\s+required\s+to)\s+(?:also\s+)?(?:include|provide|supply|distribute|ship|accompany)\w{0,2}\s+(?:it\s+with\s+|them\s+with\s+)?"
            r"(?:this|these)\s+(?:licen[cs]e|agreement|terms)\b(?!\s+(?:to|by|applies|governs)\b)"
            r"|\b(?:must|shall)\s+(?:also\s+)?be\s+(?:accompanied|distributed|provided|shipped|delivered)\s+(?:together\s+)?(?:by|with)\s+(?:a\s+copy\s+of\s+)?(?:this|these)\s+(?:agreement|licen[cs]e|terms)\b"
            r"|\bpass\s+(?:on\s+)?(?:this|these)\s+(?:agreement|licen[cs]e|terms)\s+(?:on\s+)?to\b"
            r"|\b(?:must|shall|(?:is|are)\s+required\s+to)\s+(?:also\s+)?(?:provide|include|give)\s+(?:a\s+)?(?:link|url|uri|hyperlink)\s+to\s+(?:this|these)\s+(?:licen[cs]e|agreement|terms)\b"
            # the recipient's side: "ensure that anyone who gets a copy of the model also gets a copy of these terms"
            r"|\b(?:ensure|make\s+sure)\b[^.;]{0,200}?\b(?:gets?|receives?|obtains?|(?:is|are)\s+(?:also\s+)?(?:given|provided\s+with|sent))\s+"
            r"(?:a|one)\s+(?:complete\s+)?copy\s+of\s+(?:this|these|the)\s+(?:terms|conditions|licen[cs]e|agreement)\b"
            r"|include the text of, or the URI|copy of, or the Uniform Resource Identifier for, this License"
            r"|this license text must be included|text of this license or a link"
            r"|this\s+(?:permission|licen[cs]e)\s+(?:notice|statement)\s+(?:shall|should|must)\s+be\s+included"
            r"|\b(?:retain|reproduce)\s+(?:or\s+(?:retain|reproduce)\s+)?this\s+licen[cs]e\s+text"
            r"|\b(?:retain|include|reproduce)\w{0,2}\s[^.]{0,60}?\bthis\s+list\s+of\s+conditions"
            # Chinese: 提供……本协议的副本
            r"|(?:提供|附上|附带|随附|包含|附有)[^。\uff1b]{0,60}?本(?:许可)?(?:协议|许可证?)的?(?:副本|文本|复本|全文)"
            # 本许可声明应包含在所有副本中
            r"|本(?:许可|协议)(?:证|协议)?声明[^。\uff1b]{0,20}?(?:应|须|必须|应当)(?:被)?(?:包含|包括)在[^。\uff1b]{0,30}?副本"
        ),
        ("distribute",),
        0.85,
        "Give recipients a copy of the license.",
    ),
    Pattern(
        "state_changes",
        _p(
            r"carry prominent notices stating that (?:you|You) (?:changed|modified|have modified)"
            r"|indicate if you modified|\bindicate\w{0,2}\s+(?:if|whether)\s+(?:any\s+)?(?:changes|modifications|alterations)\s+(?:were|have\s+been|are)\s+made\b"
            r"|plainly marked as such|clearly (?:document|describe)[^.]{0,60}?(?:differs|changes)"
            r"|disclosure of modifications|stating that you have modified it|that you changed the .{0,40}?and how"
            r"|\b(?:notice|statement|note)s?,?\s+(?:[a-z]{1,12},?\s+){0,3}?(?:stating|describing|explaining|indicating|saying)\s+how\s+(?:you|it|they)\s+(?:have\s+|has\s+)?(?:been\s+)?(?:modified|changed|altered)\b"
            r"|(?:clearly|prominently|conspicuously|plainly)\s++(?:indicate|state|mark|identify|describe|document|note|disclose)\w{0,4}+"
            r"\s++(?:[a-z-]{1,20}\s){0,6}?(?:modifications|changes|alterations)\b"
            r"|(?:must|shall|are required to|agree to)\s(?:[a-z-]{1,20}\s){0,2}?(?:indicate|state|mark|identify|describe|document|note|disclose)\w{0,4}+"
            r"\s++(?:[a-z-]{1,20}\s){0,6}?(?:modifications|changes|alterations)\b"
            r"|\b(?:provide|give|include|add)\w{0,2}\s+(?:a\s+)?(?:(?:clear|prominent|conspicuous)\s+)?notice\s+of\s+(?:any\s+|the\s+|all\s+)?"
            r"(?:modifications|changes|alterations)\b"
            r"|\b(?:statement|note|notice|notation|indication)\s(?:stating\s|saying\s)?that\s(?:you\s(?:have\s)?|it\s(?:has\s)?been\s|"
            r"(?:the\s)?[a-z0-9.\[\] -]{1,40}?\s(?:was|were|has\sbeen|have\sbeen)\s)(?:modified|changed|altered)\b"
            r"|\bmark\w{0,3}\s+(?:the\s+|any\s+|such\s+|your\s+|each\s+)?(?:modified|changed|altered|derivative)\s+(?:[a-z-]{1,20}\s+){0,2}?as\s+such\b"
            # "mark any files you changed with a prominent notice"
            r"|\b(?:must|shall|agrees?\s+to|(?:is|are)\s+required\s+to)\s+(?:clearly\s+|prominently\s+)?(?:mark|label|flag|identify)\s+(?:any\s+|all\s+|the\s+|each\s+)?"
            r"(?:files?|parts?|portions?|components?|sections?)\s+(?:that\s+)?you\s+(?:have\s+)?(?:changed|modified|altered)\b"
            r"|\b(?:statement|notice|note|description|summary|log)\s+(?:describing|detailing|listing|explaining|identifying|of)\s+(?:the\s+|any\s+|all\s+|your\s+|such\s+)?(?:modifications|changes|alterations)\b"
            r"|\b(?:modified|changed|altered)\s+(?:versions?|copies|files)\s+(?:must|shall)\s+be\s+(?:clearly\s+|plainly\s+|prominently\s+)?(?:marked|identified|labell?ed)\b"
            # Chinese: 说明修改的内容
            r"|(?:说明|标明|注明|标注|声明|指明)[^。\uff1b]{0,8}?(?:修改|更改|变更|改动)(?:的)?(?:内容|部分|之处|情况|位置)"
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
            r"|\b(?:solely|only|exclusively)\s+for\s+(?:[a-z]{1,12},?\s+){0,3}?research(?:\s+(?:and|or)\s+(?:education(?:al)?|teaching|academic))?\s+purposes"
            r"|\b(?:uses?|purposes?)\s+other\s+than\s+(?:for\s+)?(?:your\s+)?(?:non-?commercial\s+)?(?:academic\s+|scientific\s+)?research\b"
            # research beside purposes that exclude commercial use: "solely for non-commercial and research purposes"
            rf"|\b(?:solely|only|exclusively)\s+for\s+(?:your\s+|their\s+|its\s+)?{_PURPOSE}{{1,4}}research\s+(?:purposes?|uses?)\b"
            # "for research and evaluation purposes only", "solely to conduct academic research", "may only be used
            # for research", "(use is) limited to research purposes"
            r"|(?<!means\sfor\s)(?<!mean\sfor\s)(?<!means\s)(?<!mean\s)\bresearch\s+(?:(?:and|or)\s+(?:evaluation|educational|academic|teaching|non-?commercial|testing)\s+)?(?:purposes?\s+|uses?\s+)?only\b"
            r"|\b(?:solely|only|exclusively)\s+(?:to|in\s+order\s+to)\s+(?:conduct|perform|carry\s+out|undertake|support|pursue)\s+(?:your\s+)?(?:[a-z-]{1,15}\s+){0,2}?research\b"
            r"|\b(?:only|solely|exclusively)\s+(?:be\s+)?(?:used|use|usable|deployed|accessed)\s+for\s+(?:[a-z-]{1,15},?\s+){0,3}?research\b"
            r"|\b(?<!not\s)(?:restricted|limited|confined)\s+to\s+(?:your\s+|the\s+)?(?:[a-z-]{1,15},?\s+(?:and\s+|or\s+)?){0,3}?research\b"
            r"|\b(?:academic|scientific|scholarly)\s+(?:research\s+)?(?:purposes?|uses?)\s+only\b"
            rf"|{_GRANT}[^.;]{{0,120}}?\bfor\s+(?:[a-z-]{{1,15}}\s+){{0,2}}?research\s+(?:purposes?|uses?)\b,?\s+(?:and\s+|but\s+)?not\s+for\s+(?:any\s+)?commercial"
            r"|\b(?:solely|only|exclusively)\s+for\s+(?:your\s+|the\s+)?(?:internal\s+)?(?:evaluation|testing|benchmarking)(?:\s+(?:and|or)\s+(?:evaluation|testing|benchmarking|research))?(?:\s+(?:purposes?|uses?))?\b"
        ),
        ("use", "modify", "distribute", "serve"),
        0.85,
        "The grant covers research only.",
        veto=_exempted,
    ),
    Pattern(
        "non_commercial",
        _p(
            r"(?:solely|only|exclusively)\s+(?:(?:available|licensed|provided|offered|granted|permitted)\s+)?for\s+(?:your\s+)?non-?commercial|non-?commercial\s+(?:research\s+)?(?:purposes|uses?)\s+only"
            r"|(?:may|can|shall)\s+only\s+(?:use|be\s+used)\b[^.]{0,100}?\bfor\s+(?:your\s+)?non-?commercial"
            r"|does not include any commercial|for\s+\(i\)\s+any commercial or production purposes"
            r"|not primarily intended for or directed towards commercial advantage"
            r"|\bfor (?:any )?purposes? other than (?:any )?commercial"
            # "for the sole purpose of performing non-commercial research"; "any use for commercial purposes, is prohibited"
            r"|\b(?:sole|only|exclusive)\s+purposes?\s+of\s+(?:[a-z-]{1,15}\s+){0,2}?non-?commercial\b"
            rf"|\buse\s+for\s+(?:any\s+)?{_COMMERCIAL}\s+(?:purposes?|gain|ends)\b,?\s+{_BANNED}"
            # a ban on bundling into commercial offerings: "you may not: ... bundle the Model with commercial products"
            rf"|{_BAN}\s+(?:bundle|integrate|incorporate|embed)\w{{0,2}}\s+(?:(?:or|and)\s+(?:bundle|integrate|incorporate|embed)\w{{0,2}}\s+)?[^.;]{{0,40}}?\b(?:with|into|in)\s+(?:any\s+)?{_COMMERCIAL}\s+(?:products?|services?|offerings?)\b"
            # the grant's scope stated with "only": "this license allows only non-commercial use of the model"
            r"|\b(?:allows?|permits?|authori[sz]es?|covers?|grants?)\s+(?:you\s+)?only\s+(?:your\s+)?non-?commercial\s+(?:use|uses|usage|purposes?)\b"
            r"|\brefrain\s+from\s+using\b[^.]{0,60}?\bfor\s+(?:any\s+)?commercial"
            r"|\bno\s+commercial\s+(?:rights|use\s+rights)\s+(?:are|is)\s+granted"
            r"|\bprohibited\s+from\s+(?:using|exploiting)\b[^.]{0,100}?\bfor\s+(?:any\s+)?commercial\s+(?:purposes?|uses?|activities)"
            r"|(?:(?:may|can|shall)\s+only|only\s+(?:may|can|shall))\s+(?:be\s+)?(?:used?|exploited|distributed)\b[^.]{0,100}?\bnon-?commercially\b"
            # a ban of commercial use in any words: "may not use the Model for any commercial purpose", "must not be
            # used commercially", "commercial use ... is not permitted", "does not grant any right to ... commercial"
            rf"|{_BAN}\s+(?:be\s+)?(?:use|used|exploit\w{{0,3}}|deploy\w{{0,3}})\b[^.;]{{0,80}}?\b(?:for|in)\s+(?:any\s+|a\s+)?{_COMMERCIAL}"
            rf"\s+(?:purposes?|uses?|gain|advantage|activit\w{{1,3}}|settings?|products?|applications?|ventures?|exploitation)\b(?!\s*only\b){_NOT_GATED}"
            rf"|{_BAN}\s+(?:be\s+)?(?:use|used|exploit\w{{0,3}})\b[^.;]{{0,60}}?\b(?:for\s+(?:any\s+)?(?:monetary|financial)\s+(?:gain|compensation|benefit)|to\s+(?:generate|earn|make)\s+(?:revenue|money|profits?))\b{_NOT_GATED}"
            rf"|{_BAN}\s+(?:be\s+)?(?:use|used|exploit\w{{0,3}})\b[^.;]{{0,60}}?\bcommercially\b{_NOT_GATED}"
            rf"|{_BAN}\s+(?:be\s+)?(?:use|used)\b[^.;]{{0,60}}?{_COMMERCIAL}\s+(?:uses?|usage|exploitation)\b(?!\s*only\b){_NOT_GATED}"
            rf"|{_COMMERCIAL}\s+(?:use|usage|exploitation)\s+(?:of\s+[^.;]{{1,60}}?\s+)?{_BANNED}{_NOT_GATED}"
            rf"|\b(?:does|do)\s+not\s+(?:grant|give|include|confer)\b[^.;]{{0,60}}?\b(?:right|licen[cs]e|permission)s?\b[^.;]{{0,60}}?{_COMMERCIAL}"
            r"|\b(?<!not\s)(?:restricted|limited|confined)\s+to\s+(?:your\s+|the\s+)?(?:[a-z-]{1,15},?\s+(?:and\s+|or\s+)?){0,3}?non-?commercial\b"
            r"|\b(?:purposes?|uses?)\s+other\s+than\s+(?:for\s+)?(?:your\s+|the\s+)?(?:[a-z-]{1,15},?\s+){0,2}?non-?commercial\b"
            rf"|\b(?:and\s+|but\s+)?not\s+for\s+(?:any\s+)?{_COMMERCIAL}\s+(?:purposes?|uses?|gain|exploitation)\b"
        ),
        ("use", "modify", "distribute", "serve"),
        0.85,
        "No commercial use.",
        veto=_exempted,
    ),
    _no_sharing(
        _p(
            r"but not Share, Adapted Material|may not (?:distribute|share|publish) (?:any )?(?:modified|derivative|adapted)"
            r"|\b(?:may|shall|must)\s+not\s+be\s+(?:[a-z]{1,12},?\s+(?:and/or\s+|and\s+|or\s+)?){0,2}?(?:modified|altered|adapted|changed),?\s+(?:and/or|and|or)\s+"
            r"(?:made\s+available|distributed|shared|passed\s+on|published|transferred)\b"
        )
    ),
    Pattern(
        "flow_down",
        _p(
            r"(?:use-based restrictions|use restrictions)(?:[^.]|\.\d){0,300}?enforceable provision"
            r"|(?:use-based restrictions|use restrictions)(?:[^.]|\.\d){0,300}?condition precedent"
            r"|\bprovided\s+that\s+(?:such|those|your|the)\s+(?:licen[cs]e\s+)?terms\s+(?:limit|restrict)\b"
            r"|\bterms\s(?:[a-z]{1,12}\s){0,6}?(?:(?:must|shall)\s+|only\s+if\s+[^.]{0,40}?\bterms\s+)?provide\s+that\s+the\s+(?:use\s+|usage\s+)?(?:limitations?|restrictions?|limits?)\b"
            r"|\brequire\s+(?:all|any|every|each)\s+(?:of\s+your\s+)?(?:users?|recipients?|licensees?)\b[^.]{0,80}?\bto\s+comply\s+with\s+"
            r"(?:the\s+(?:terms|restrictions)\s+(?:of|in)\s+)?(?:this\s+(?:section|paragraph|clause)|(?:these|the|such)\s+(?:use\s+|usage\s+)?restrictions)"
            r"|\b(?:ensure|require|make\s+sure)\b[^.;]{0,30}?\b(?:anyone|any\s+(?:third\s+part(?:y|ies)|recipients?|users?|persons?|licensees?)|all\s+(?:recipients|users|licensees|third\s+parties)|"
            r"(?:your|downstream|end)\s+(?:users|recipients|customers|licensees))\b[^.;]{0,60}?\b(?:agrees?|complies|comply|is\s+bound|are\s+bound|abides?|abide)\s+(?:to|with|by)\s+"
            r"(?:the\s+|these\s+|such\s+|all\s+|its\s+)?(?:use\s+|usage\s+)?(?:restrictions|limitations|use\s+polic(?:y|ies)|acceptable\s+use)"
            r"|\b(?:must|shall|agrees?\s+to|(?:is|are)\s+required\s+to)\s+(?:also\s+)?(?:impose|pass\s+on|include|incorporate|flow\s+down|extend|carry\s+over)\w{0,2}\s+"
            r"(?:the\s+|these\s+|such\s+|all\s+|its\s+|at\s+least\s+the\s+)?(?:same\s+)?(?:use\s+|usage\s+)?(?:restrictions|limitations)\b[^.;]{0,80}?\b(?:on|upon|to|in|into)\b"
            r"|\b(?:use|usage)\s+(?:restrictions|limitations)\b[^.;]{0,60}?\b(?:must|shall)\s+(?:also\s+)?be\s+(?:included|incorporated|passed\s+on|imposed|reproduced)\b"
            # "any redistribution ... must include this license text and retain the same restrictions"
            r"|\b(?:must|shall|(?:is|are)\s+required\s+to|agrees?\s+to)\b[^.;]{0,80}?\b(?:retain|keep|preserve|carry|maintain|impose|apply)\w{0,3}\s+"
            r"(?:the\s+|these\s+|all\s+)?same\s+(?:use\s+|usage\s+)?(?:restrictions|limitations)\b"
            # "you must limit the use of any copies you distribute to non-commercial purposes"
            r"|\b(?:must|shall|agrees?\s+to|(?:is|are)\s+required\s+to)\s+(?:restrict|limit|confine)\s+(?:the\s+)?(?:use|usage)\s+of\s+(?:any\s+|all\s+|the\s+|such\s+)?"
            r"(?:copies|reproductions|redistributed|distributed|derivatives?|modified)\b[^.;]{0,200}?\bto\s+(?:usage\s+for\s+|use\s+for\s+)?(?:[a-z-]{1,20}\s+){0,3}?(?:purposes?|uses?|research)\b"
        ),
        ("distribute", "serve"),
        0.95,
        "Write the use restrictions into the terms you give downstream.",
    ),
    Pattern(
        "share_alike",
        _p(
            r"must be (?:licensed|released|distributed|made available)\s+(?:as a whole\s+)?(?:at no charge to all third parties\s+)?under\s+(?:the terms of\s+)?this\s+(?:same\s+)?(?:License|Licence|Agreement)"
            # "you must license it under the terms of this Agreement", "... under the same license"
            r"|\b(?:must|shall)\s+(?:also\s+)?(?:license|release|distribute|make\s+available)\s+(?:it|them|such\s+[a-z-]{1,20}|(?:the|your|any)\s+(?:[a-z-]{1,20}\s+)?[a-z-]{1,20})\s+"
            r"(?:available\s+)?under\s+(?:the\s+terms\s+of\s+)?(?:this|these|the\s+same)\s+(?:same\s+)?(?:licen[cs]e|agreement|terms)\b"
            r"|\bmust\s+be\s+(?:licensed|released|distributed|made\s+available)\s+under\s+the\s+same\s+(?:licen[cs]e|terms)\b"
            r"|\b(?:must|shall)\s+(?:also\s+)?make\s+[^.;]{1,80}?\bavailable\s+under\s+(?:the\s+terms\s+of\s+)?(?:this|these|the\s+same)\s+(?:same\s+)?(?:licen[cs]e|agreement|terms)\b"
            r"|license the entire work, as a whole, under this|under precisely this License|with the same License Elements"
            r"|shall be licensed under this Open Software License|distributed entirely under this license"
            r"|will be done under the terms of this Licence|only under this license by including"
            r"|licen[cs]e the (?:modified|derivative|resulting)[^.]{0,60}?under the terms and conditions of this licen[cs]e"
            r"|apply this (?:License|Licence|Agreement)\s*(?:\([^)]{0,40}\)\s*)?to\s+(?:any\s+and\s+)?all\s+copies"
            r"|\b(?:distribut\w{0,5}|redistribut\w{0,5}|shar(?:e|es|ing)|reproduc\w{1,4}|hand\son|pass\w{0,2}|available)\b[^.]{0,160}?"
            r"\b(?:only|exclusively)\s+(?:(?:do\s+so\s+)?under|if\s+(?:\([a-z0-9]\)\s+)?you\s+do\s+so\s+under)\s+(?:the\s+terms\s+of\s+)?this\s+(?:agreement|licen[cs]e)"
            r"|\b(?:distribut\w{0,5}|redistribut\w{0,5}|make\s+available|shar(?:e|ing))\b[^.;]{0,160}?\bexcept\s+(?:\([a-z0-9]\)\s+)?"
            r"(?:pursuant\s+to|under|in\s+accordance\s+with)\s+(?:the\s+terms\s+of\s+)?this\s+(?:agreement|licen[cs]e)"
            # the negative: "you cannot sublicense or distribute the Models under any other terms"
            r"|\b(?:(?:may|shall|must|will|can)\s*not|cannot|agrees?\s+not\s+to)\s+(?:[a-z-]{1,15},?\s+(?:or\s+|and\s+)?){0,3}?"
            r"(?:sublicen[cs]e|distribute|redistribute|share|convey|license|release|make\s+available)\b[^.;]{0,120}?"
            r"\bunder\s+(?:any\s+)?(?:other|different|additional|separate|more\s+permissive)\s+(?:licen[cs]e\s+)?(?:terms|licen[cs]es?|conditions|agreements?)\b"
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
            # a duty verb and the source: "if you distribute the Model, you must provide corresponding source code"
            r"|\b(?:must|shall|agrees?\s+to|(?:is|are)\s+required\s+to)\s+(?:also\s+)?(?:provide|make\s+available|offer|include|supply|disclose|publish|release)"
            r"\w{0,2}\s+(?:the\s+|a\s+|all\s+|any\s+|its\s+|their\s+)?(?:complete\s+|full\s+)?(?:corresponding\s+)?source\s+code\b"
            r"|\bsource\s+code\b[^.;]{0,80}?\b(?:must|shall)\s+(?:also\s+)?be\s+(?:made\s+available|provided|disclosed|published|released|offered)\b"
            r"|\b(?:must|shall|agrees?\s+to|(?:is|are)\s+required\s+to)\s+(?:also\s+)?make\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:complete\s+)?(?:corresponding\s+)?source\s+code\b[^.;]{0,80}?\bavailable\b"
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
    _use_ban(
        _p(
            r"acceptable use policy|prohibited use policy|you agree not to use the model|use-based restrictions"
            r"|you (?:will|agree) not (?:to )?use, or (?:allow|permit) others to use"
            r"|\b(?:shall|must|may)\s+not\s+be\s+(?:used|employed)\s+to\s+(?:generate|create|produce|propagate|spread|promote)\b"
            r"|\b(?:shall|must|may|will)\s+not\s+use\b[^.]{0,80}?\b(?:for|in)\s+(?:any\s+)?(?:illegal|unlawful|fraudulent|malicious|military|weapons?)\b"
            r"|\b(?:for|in)\s++(?:\([ivx]{1,6}\)\s++)?(?:any\s++)?(?:\w{1,30}+,\s++)?military,?(?:\s+(?:or|and)\s+(?:illegal|unlawful|warfare))?\s+(?:purposes?|uses?)"
            r"|\brelated\s+to\s+military\s+(?:or|and)\s+warfare\b"
            r"|purposes of surveillance|\bnot\s+(?:be\s+)?us(?:e|ed|ing)\b[^.]{0,120}?\bfor\s+(?:any\s+)?purposes?\s+prohibited\s+by"
        )
    ),
    # A field-of-use limit: "not to use the model on a standalone basis / with any framework other than X".
    _use_ban(
        _p(
            r"\bnot\s+(?:to\s+)?use\b[^.;]{0,80}?\b(?:on\s+a\s+standalone\s+basis|stand-?alone\b"
            r"|(?:frameworks?|toolkits?|software|products?|platforms?|services?|applications?)\s+other\s+than)"
        )
    ),
    # Harmful use: "you may not use the Materials in any way that defames ... or harms".
    _use_ban(
        _p(
            r"\b(?:shall|must|may|will)\s+not\s+use\b[^.;]{0,80}?\bin\s+any\s+(?:way|manner)\s+that\s+[^.;]{0,80}?"
            r"\b(?:defames?|harass\w{0,3}|discriminat\w{0,5}|deceives?|endangers?)\b"
        )
    ),
    # A declared prohibition: "should not be used for any activity that is unlawful".
    _use_ban(
        _p(
            r"\b(?:shall|must|may|should|will)\s+not\s+be\s+(?:used|employed|deployed)\s+(?:for|in)\s+(?:any\s+)?[^.;]{0,80}?"
            r"\b(?:unlawful|illegal|criminal|threat\w{0,2}\s+to\s+(?:national|public|societal)|military|weapons?|pornograph\w{1,4}|sexually\s+explicit)\b"
        )
    ),
    Pattern(
        "no_training_other_models",
        Near(
            r"(?:will|shall|may|must|can|agree)\s*not\s+use|\bnot\s+to\s+use|(?:will|shall|may|must|can)\s*not\s+be\s+used",
            (
                (
                    r"to\s+(?:(?:create|distil+|fine-tune|build)\s*,?\s+(?:or\s+|and\s+)?)?(?:train|improve|develop|enhance|distil+)"
                    r"|(?:for|in)\s+(?:training|improving)|to\s+improve\s+or\s+otherwise\s+develop",
                    250,
                ),
                (r"\bother\b|another|competing|compet(?:e|es|itive|itor)\b|foundational", 120),
                (r"model|LLM|AI", 60),
            ),
            SENTENCE_END,
        ),
        ("use",),
        0.9,
        "Do not use the model or its outputs to improve other models.",
    ),
    Pattern(
        "no_training_other_models",
        Near(
            r"(?:will|shall|may|must|can|agree)\s*not\s+use",
            ((r"to\s+train", 250), (r"models?\b", 80), (r"similar\s+to|competitive\s+with|competing\s+with", 120)),
            SENTENCE_END,
        ),
        ("use",),
        0.85,
        "Do not use the model or its outputs to train similar models.",
    ),
    Pattern(
        "no_training_other_models",
        Near(
            r"(?:will|shall|may|must|can)\s*not\s+be\s+used|(?:will|shall|may|must|can|agree)\s*not\s+use|\bnot\s+to\s+use",
            (
                (r"to\s+(?:train|fine-tune|distil+|optimi[sz]e|improve)", 250),
                (r"\bany\b", 120),
                # or a list of what may not be trained follows ("... of any:" and a re-wrap cut the list off)
                (
                    r"neural\s+networks?|(?:machine\s+learning|ml|ai|artificial\s+intelligence|language)\s+models?|:\s*$",
                    150,
                ),
            ),
            SENTENCE_END,
        ),
        ("use",),
        0.85,
        "Do not use the model or its outputs to train other models.",
    ),
    # The ban as a noun: "distillation intended to recreate similar weights is prohibited".
    Pattern(
        "no_training_other_models",
        _p(
            r"\b(?:distillation|model\s+extraction|extraction|cloning)\b(?:,?\s+(?:or\s+|and\s+)?(?:distillation|extraction|cloning|replication)\b){0,3}"
            rf"[^.;]{{0,120}}?\b(?:{_BANNED}|strictly\s+(?:prohibited|forbidden))"
        ),
        ("use",),
        0.85,
        "Do not distil or extract the model into another.",
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
            # "file, maintain, or voluntarily participate in a lawsuit": the suit verbs may come as a list
            r"\b(?:institute|initiate|commence|bring|file|maintain|pursue)s?,?\s+(?:(?:any|an?|the)\s+)?(?:[a-z-]{1,20},?\s+){0,8}?"
            r"(?:litigation|lawsuits?|proceedings?|actions?|claims?|suits?)\b|\bsues?\b"
            # a claim made, not a suit filed: "if you make any written claim that the model infringes a patent"
            r"|\b(?:make|assert|raise|allege)s?\s+(?:any\s+|a\s+|an\s+)?(?:[a-z-]{1,20}\s+){0,2}?claims?\b[^.]{0,200}?(?:infring|\bpatent)"
            r"|\ballege\w{0,2}\s+(?:in\s+(?:any|a)\s+(?:[a-z-]{1,20}\s+){0,2}?)?that\b[^.]{0,120}?\binfring",
            ((_RIGHTS_END, 600),),
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
            # the terms, not the model: "reserves the right to update, modify or withdraw the model" changes no term
            r"reserves? the right to (?:update|modify|change|amend)\b(?!(?:,?\s(?:or\s|and\s)?[a-z]{1,12}){0,3},?\s(?:the\s|its\s|this\s|our\s)?(?:model|software|weights|materials|services?|products?|website)\b)"
            r"|may (?:(?:update|modify|change|amend|revise|alter|replace),? (?:or |and )?){0,2}(?:update|modify|change|amend|revise|alter|replace) (?:this|these|the) (?:policy|agreement|terms|license|licence)"
            r"|\b(?:this|these|the)\s+(?:policy|agreement|terms|licen[cs]e)\s+may\s+be\s+(?:updated|modified|changed|amended|revised|replaced)\b"
            r"(?=[^.;]{0,40}?\b(?:from\s+time\s+to\s+time|at\s+any\s+time|periodically|without\s+(?:prior\s+)?notice))"
            r"|as may be updated from time to time"
            r"|efforts to use the latest version"
            r"|(?:license|licence|agreement|terms|policy)\s+(?:is|are|may\s+be)\s+subject\s+to\s+(?:updates?|changes?|revisions?|amendments?)"
        ),
        ("use",),
        0.85,
        "The licensor may change the terms.",
    ),
    # Common clauses of Chinese (bilingual) licenses.
    Pattern(
        "non_commercial",
        _p(r"(?:仅|只)(?:限|能|可)?(?:用于)?非商业|不得(?:将[^。\uff1b]{0,30})?用于(?:任何)?商业"),
        ("use", "modify", "distribute", "serve"),
        0.8,
        "No commercial use.",
    ),
    Pattern(
        "research_only",
        _p(r"(?:仅|只)(?:限|能|可)?(?:用于)?(?:学术|科学)?研究(?:用途|目的)?"),
        ("use", "modify", "distribute", "serve"),
        0.8,
        "The grant covers research only.",
    ),
    Pattern(
        "user_cap",
        _p(
            r"月活跃用户(?:数|数量)?(?:超过|大于|高于|达到|多于)\s?(?P<number>\d[\d,]{0,14}(?:\.\d{1,4})?)\s?(?P<unit>千万|百万|亿|万)?"
        ),
        ("use",),
        0.85,
        "Above this number of active users a separate license is needed.",
        _cap_zh,
    ),
    Pattern(
        "notice",
        _p(
            r"(?:保留|不得(?:删除|修改|移除|更改))[^。\uff1b]{0,20}?版权(?:声明|信息|标识)"
            # 保留……所有著作权、商标及归属声明; 上述版权声明……应包含在所有副本中
            r"|保留[^。\uff1b]{0,40}?(?:著作权|版权|归属)[^。\uff1b]{0,30}?声明"
            r"|(?:版权|著作权)声明[^。\uff1b]{0,20}?(?:应|须|必须|应当)(?:被)?(?:包含|包括|保留)在[^。\uff1b]{0,30}?副本"
        ),
        ("distribute",),
        0.8,
        "Keep copyright and attribution notices.",
    ),
    Pattern(
        "no_training_other_models",
        _p(r"不得[^。\uff1b]{0,40}?(?:训练|改进|提升)[^。\uff1b]{0,30}?(?:其他|其它|任何)[^。\uff1b]{0,20}?模型"),
        ("use",),
        0.85,
        "Do not use the model or its outputs to improve other models.",
    ),
    # Chinese brand labels: 标注内容包括 "X Inside" / 注明 "基于X开发".
    Pattern(
        "attribution",
        _p(
            r"(?:标注|标明|注明|显示|展示)[^。\uff1b\u201c\"]{0,60}?[\u201c\"](?P<text>[^\u201d\"\n]{1,40}?\sInside)[\u201d\"]"
        ),
        ("distribute", "serve"),
        0.85,
        "Display this exact phrase.",
        _attribution,
    ),
    # Brand labels without quotes: "prominently label ... as developed based on X".
    Pattern(
        "attribution",
        _p(
            r"\b(?:label|mark|identify|present|describe|display)\w{0,3}\s(?:[^.;]{0,80}?\s)?as\s(?:being\s)?"
            r"(?P<text>(?:developed|built|created|made|powered|derived)\s(?:based\s)?(?:on|upon|with|using|by|from)\s[^.;,\"\u201c\u201d()]{1,60})"
        ),
        ("distribute", "serve"),
        0.85,
        "Label your product with this phrase.",
        _attribution,
    ),
    # Use policies under other names, incorporated by reference or found at a URL; guardrails.
    Pattern(
        "acceptable_use",
        _p(
            r"\b(?:use|usage|uses|conduct|responsible|trustworthy|safety|ethics|ethical|ai)\s(?:[a-z-]{1,20}\s){0,1}?"
            r"(?:terms|policy|policies|guidelines|rules|restrictions|principles)\s(?:[a-z-]{1,20}\s){0,2}?"
            r"(?:found|available|located|posted|published|set (?:out|forth))\s(?:at|on)\s(?:https?://|www\.|[a-z0-9-]{1,63}\.[a-z])"
            r"|\b(?:use|usage|uses|conduct|acceptable|prohibited|responsible|trustworthy)\s(?:[a-z-]{1,20}\s){0,1}?"
            r"(?:policy|policies|terms|guidelines)\b[^.]{0,120}?\bincorporated (?:herein |into this [a-z]{1,12} )?by reference"
            r"|\b(?:bypass|circumvent|disable|defeat|remove|evade)\w{0,3}\s(?:or\s[a-z]{1,12}\s)?(?:any\s|the\s)?"
            r"(?:(?:safety|security|technical|content|usage)\s)?(?:guardrails?|safeguards?|safety\s(?:features?|mechanisms?|filters?|measures?|checkers?))"
        ),
        ("use",),
        0.85,
        "Prohibited uses are part of the license.",
        _policy,
    ),
    # "You will not: ... (c) alter or remove copyright notices" (a list item without its negation).
    Pattern(
        "notice",
        _p(
            r"(?<!may )\b(?:alter|remove|obscure|delete)\w{0,2}(?:,?\s(?:or\s|and\s)?(?:alter|remove|obscure|delete|modify|change|hide)\w{0,2}){0,3}"
            r"\s(?:any\s|the\s|all\s)?(?:copyright|attribution|proprietary|legal|licen[cs]e)[^.;]{0,60}?notices?"
            # every notice kept, a duty of its own beside a notice text to ship: "retain in your distribution
            # all copyright notices and other notices of origin"
            r"|\b(?:retain|keep|preserve|reproduce)\w{0,2}\b[^.;]{0,80}?\b(?:all|any)\s+(?:[a-z-]{1,20},?\s+(?:and\s+|or\s+)?){0,4}?"
            r"(?:copyright|attribution|proprietary)\s+(?:[a-z-]{1,20},?\s+){0,3}?notices\b"
        ),
        ("distribute",),
        0.8,
        "Keep copyright and attribution notices.",
        beside_text=True,
    ),
    Pattern(
        "acceptable_use",
        _p(
            r"不得[^。\uff1b]{0,40}?(?:军事|非法)(?:或(?:军事|非法))?(?:目的|用途)"
            r"|(?:不得|不要|禁止|请勿)[^。\uff1b]{0,40}?(?:危害国家|违法|非法)[^。\uff1b]{0,10}?(?:活动|行为|用途|目的)"
        ),
        ("use",),
        0.8,
        "Prohibited uses are part of the license.",
    ),
    Pattern(
        "patent_termination",
        _p(
            r"(?:提起|发起)[^。\uff0c,\uff1b]{0,12}?(?:诉讼|法律程序|维权行动)[^。]{0,150}?(?:许可|授权)[^。]{0,40}?终止"
        ),
        ("use",),
        0.8,
        "Rights end if you sue the licensor over IP.",
    ),
    Pattern(
        "terms_may_change",
        _p(
            r"(?:协议|许可证?|条款)(?:可能会?|将|会)(?:不时)?(?:更新|修改|变更)|(?:有权|保留)[^。]{0,10}?(?:更新|修改|变更)[^。]{0,10}?(?:协议|条款)"
        ),
        ("use",),
        0.8,
        "The licensor may change the terms.",
    ),
    # Common clauses of Korean and Japanese (bilingual) licenses: non-commercial, research-only,
    # military or unlawful use, copyright notices.
    Pattern(
        "non_commercial",
        _p(
            r"(?<!비)상업적\s?(?:이용|사용|목적)[^.。]{0,20}?(?:허용되지\s?않|금지|할\s?수\s?없)"
            r"|비상업적\s?(?:목적|용도|이용)(?:으로|에)?\s?(?:만|한하여|한정)"
            r"|(?<!非)(?:商用|商業)(?:利用|目的|用途)[^。]{0,15}?(?:禁止|できません|不可|認められません)|非商用(?:目的|利用)?(?:に限|のみ)"
        ),
        ("use", "modify", "distribute", "serve"),
        0.8,
        "No commercial use.",
    ),
    Pattern(
        "research_only",
        _p(r"연구\s?목적(?:으로만|에\s?한하여|에\s?한정)|研究目的(?:に限|のみ)"),
        ("use", "modify", "distribute", "serve"),
        0.8,
        "The grant covers research only.",
    ),
    Pattern(
        "acceptable_use",
        _p(
            r"(?:군사|불법)[^.。]{0,20}?(?:목적|용도)[^.。]{0,20}?(?:금지|사용(?:해서는|하여서는)\s?안|사용할\s?수\s?없)"
            r"|(?:軍事|違法)[^。]{0,20}?(?:目的|用途)[^。]{0,20}?(?:禁止|使用してはな|使用することはでき)"
        ),
        ("use",),
        0.8,
        "Prohibited uses are part of the license.",
    ),
    Pattern(
        "notice",
        _p(
            r"저작권\s?(?:표시|고지)[^.。]{0,20}?(?:유지|삭제(?:하지|해서는)|제거(?:하지|해서는))"
            r"|著作権表示[^。]{0,20}?(?:保持|削除(?:しない|してはな)|除去)"
        ),
        ("distribute",),
        0.8,
        "Keep copyright and attribution notices.",
    ),
    # Commercial use only after registering or obtaining a separate license.
    Pattern(
        "registration",
        _p(
            r"\b(?:if|where|should|when)\s(?:you|licensee)\s(?:plan|intend|wish|want|would like|are using|use)\w{0,2}\s[^.]{0,120}?\bcommercial[^.]{0,200}?"
            r"(?:\b(?:register|registration)\b|\b(?:apply|obtain|request|contact|sign)\w{0,4}\b[^.]{0,120}?(?:licen[cs]e|permission|authori[sz]ation|form|agreement))"
            r"|\bcommercial\s+(?:purposes?|uses?)\b[^.]{0,40}?\bwithout\s+(?:first\s+)?obtaining\s+(?:a\s+)?(?:separate|written|commercial)\b"
            r"|\bno\s+commercial\s+licen[cs]e\b[^.]{0,120}?\bunless\b[^.]{0,80}?\bseparate\s+(?:agreement|licen[cs]e)"
            r"|\b(?:users?|anyone|those|licensees?|entities)\s(?:who|that)\s(?:wish|want|plan|intend)\w{0,2}\s[^.]{0,80}?\bcommercial[^.]{0,80}?"
            r"\b(?:must|shall|need to|are required to)\s(?:first\s)?(?:register|apply|obtain|request|contact)"
            r"|\bcommercial\s(?:use|purposes?|usage|exploitation|deployment|application)[^.]{0,60}?\brequires?\s(?:a\s|an\s|prior\s)?(?:separate|additional|commercial|written)\s(?:(?:separate|commercial|written)\s)?(?:licen[cs]e|registration|permission|authori[sz]ation)"
            r"|\b(?:if|where|when)\s(?:you|licensee)\s(?:are|is)\scommercially\susing\b(?![^.]{0,200}?\bactive\susers)[^.]{0,200}?\b(?:apply|obtain|request|ask|contact|register)\w{0,4}\b[^.]{0,120}?"
            r"(?:licen[cs]e|permission|authori[sz]ation|form|agreement)"
            r"|\b(?:if|where|should|when)\s(?:you|licensee)\s(?:plan|intend|wish|want|would like)\w{0,2}\s[^.]{0,120}?\bcommercial[^.]{0,200}?"
            r"\b(?:contact|get in touch with|reach out to|write to|email)\b[^.]{0,60}?\b(?:at|via|on)\s(?:https?://|www\.|[a-z0-9._-]{1,64}@)"
            r"|\bcommercial(?:ly)?\s(?:use|usage|purposes?)?[^.]{0,80}?\b(?:allowed|permitted|possible|granted|available)\s(?:only\s)?"
            r"(?:after|once|upon|when|subject to)\s[^.]{0,80}?\b(?:registration|register\w{0,3}|questionnaire|application form)\b"
            r"|\b(?:after|once|upon)\s(?:filling\sout|completing|submitting)\s[^.]{0,60}?\b(?:registration|questionnaire|application)\b[^.]{0,80}?\bcommercial"
            # the subject named ("If the Licensee ... wishes to use the Model for Commercial Use, the Licensee
            # must first contact ..."), the deal executed ("you will need to execute a separate licensing agreement")
            r"|\b(?:if|where|should|when)\s(?:the\s|an?\s|any\s)?(?:you|licensee|user|recipient|company|entity|organi[sz]ation|party)\b[^.]{0,80}?"
            r"\b(?:plan|intend|wish|want|would\slike|seek)\w{0,2}\s[^.]{0,120}?\bcommercial[^.]{0,200}?"
            r"\b(?:apply|obtain|request|contact|sign|execute|enter\sinto|negotiate|conclude|purchase|acquire|buy|receive)\w{0,4}\b[^.]{0,120}?"
            r"(?:licen[cs]|permission|authori[sz]ation|agreement)"
            # conditions listed after the lead-in: "you may not use it for Commercial Use without:"
            r"|\bcommercial\s(?:purposes?|uses?|usage)\b[^.;:]{0,20}?\bwithout\s?:\s*$"
            r"|\bcommercial\s(?:purposes?|uses?|use\scases|activities|applications?)\b[^.]{0,40}?\bwithout:?\s(?:\(?[a-z0-9]\)\s)?(?:first\s)?"
            r"(?:(?:obtaining|receiving|acquiring|securing|having|executing|purchasing|entering\sinto)\s)?(?:a\s|an\s)?(?:prior\s)?(?:separate|written|commercial|paid)\b"
            r"|\bfor\s(?:any\s)?commercial\s(?:uses?|usage|purposes?|licen[cs]\w{0,3}|deployment|inquiries|enquiries)\b[^.;]{0,40}?(?:please\s)?(?:contact|email|e-mail|send\s(?:an?\s)?e-?mail|write\sto|reach\sout|apply|visit|see|refer\sto)\b"
            r"|\bcommercial\slicen[cs]es?\s(?:are|is)\s(?:also\s|separately\s)?available\b"
            r"|\b(?:must|shall|need\sto|(?:is|are)\srequired\sto)\s(?:first\s)?(?:obtain|purchase|acquire|buy|secure|get)\s(?:a\s|an\s)?(?:separate\s|paid\s|written\s)?commercial\slicen[cs]e\b"
            r"[^.;]{0,60}?\b(?:before|prior\sto|in\sorder\sto)\s(?:any\s)?(?:deploy|use|using|offer|distribut|commerciali|production|sell)"
            r"|\b(?:production|commercial)\s(?:use|usage|deployment)s?\b[^.;]{0,40}?\brequires?\s(?:a\s|an\s)?(?:separate\s|paid\s)?commercial\slicen[cs]e"
            r"|\bcommercial\s(?:purposes?|uses?)\b[^.;]{0,40}?\bunless\b[^.;]{0,60}?\b(?:licen[cs]e|agreement|permission)"
            r"|\b(?:must|shall|(?:is|are)\srequired\sto)\s(?:first\s)?(?:register|sign\sup|apply)\b(?:[^.;]|\.(?=\S)){0,120}?\b(?:before|prior\sto|in\sorder\sto|to)\b[^.;]{0,40}?\bcommercial"
            r"|\bto\s(?:use|deploy|exploit|distribute|offer)\b[^.;]{0,60}?\bcommercially\b[^.;]{0,40}?\b(?:must|shall|need\sto|have\sto)\s(?:first\s)?"
            r"(?:obtain|request|get|secure|apply|register|contact|sign|purchase|buy)\b"
            # Chinese: 如您计划……用作商业用途 ... 应当……登记并获得……书面授权
            r"|(?:如果|如|若|倘若)您?(?:计划|希望|期望|打算|想要?|需要|拟)[^。\uff1b]{0,80}?商业(?:用途|使用|目的|化)[^。]{0,80}?"
            r"(?:登记|注册|申请|获得|取得)[^。\uff1b]{0,20}?(?:授权|许可)"
            # 若需将本模型用于商业用途(逗号)请……联系我们进行登记 / 请填写问卷进行申请
            r"|(?:如果|如|若|倘若)您?(?:计划|希望|期望|打算|想要?|需要?|拟)[^。]{0,80}?商业(?:用途|使用|目的|化)(?![^。]{0,40}?(?:无需|无须|不需|不必|毋须)[^。]{0,8}?(?:登记|注册|申请))[^。]{0,120}?(?<![无不毋])(?:请|须|需|应)[^。]{0,160}?(?:登记|注册|申请)"
            r"|商业(?:用途|使用|目的)[^。\uff1b]{0,30}?(?:须|需|需要|必须|应当?)[^。\uff1b]{0,40}?(?:登记|注册|申请|获得|取得)[^。\uff1b]{0,20}?(?:授权|许可)"
        ),
        ("use", "distribute", "serve"),
        0.8,
        "Commercial use needs registration with the licensor or a separate license.",
        lambda m, p: {"where": p.url} if p.url else {},
    ),
    # The license persists on derivatives.
    Pattern(
        "share_alike",
        _p(
            r"\b(?:derivative|modification|modified|adaptation|fine-tun)[^.]{0,120}?(?:(?:will|shall|must)\s(?:remain|continue to be|be)|remains?|continues? to be)\s"
            r"(?:subject to|governed by|licensed under|bound by)\s(?:the\s(?:terms|conditions)\sof\s)?this\s(?:agreement|licen[cs]e)"
            r"|\b(?:this|these)\s(?:agreement|licen[cs]e|terms)\s(?:also\s|shall\s|will\s)?appl(?:y|ies)\sto\s(?:all\s|any\s|each\s)?(?:derivatives|derivative\sworks|modifications|modified\sversions|adaptations)\b"
            r"|\bterms\sof\sthis\s(?:agreement|licen[cs]e)\s(?:also\s|shall\s|will\s)?apply\sto\s(?:all\s|any\s|each\s)?(?:derivatives|derivative\sworks|modifications|modified\sversions|adaptations)\b"
            # recipients bound to this license: "you ensure recipients agree to this License"
            r"|\b(?:ensure|require|make\ssure)\w{0,2}\s(?:that\s)?(?:all\s|any\s|every\s|each\s|your\s)?recipients?\s"
            r"(?:also\s)?(?:agree|accept|are\sbound|is\sbound|abide)\w{0,2}\s(?:to|by)\s(?:the\sterms\sof\s)?(?:this|these)\s(?:agreement|licen[cs]e|terms)\b"
        ),
        ("distribute",),
        0.8,
        "Derivatives must carry the same license.",
    ),
    # Enforcement and termination at will: the licensor can take the grant back.
    Pattern(
        "revocable",
        _p(
            r"reserves? the right to (?:restrict|suspend|revoke|terminate|disable|limit)\b"
            r"(?![^.]{0,200}?\bif\s(?:the\s)?(?:licensee|you)\s(?:breach|violat|fail))"
            r"|\bmay (?:(?:terminate|revoke|suspend|cancel|withdraw|restrict),?\s(?:or\s|and(?:/or)?\s)?){0,2}(?:terminate|revoke|suspend|cancel|withdraw|restrict) (?:this|these|the|your) (?:license|licence|agreement|terms|rights?|access)"
            r"(?:[^.]{0,60}?\b(?:at any time|at (?:its|our) (?:sole )?discretion|for any reason|without cause|upon notice|with or without))"
            r"(?![^.]{0,80}?\b(?:breach|violat|fail))"  # termination for breach is not at will
            r"|\bmay (?:at any time|at (?:its|our) (?:sole )?discretion) (?:terminate|revoke|suspend|restrict)"
            r"|\bterminated\s+by\s+either\s+party\b(?![^.]{0,80}?\b(?:breach|violat|fail))"
            r"|\beither\s+party\s+may\s+terminate\b(?![^.]{0,120}?\b(?:breach|violat|fail))"
        ),
        ("use",),
        0.85,
        "The licensor can restrict or end your use at will.",
    ),
    # Hosting for third parties: "you may not offer the Model as a hosted service / via an API".
    Pattern(
        "no_hosting",
        _p(
            r"\b(?:(?:may|shall|must|will|can|do|does)\s+not|agrees?\s+not\s+to|cannot|(?:is|are)\s+(?:not\s+permitted|prohibited)\s+(?:to|from))\s"
            r"(?:[a-z-]{1,20},?\s){0,3}?(?:use|offer|provide|make|host|deploy|serve|sell|enable|permit|allow|license|sublicense|distribute|commerciali[sz]e|create|build|launch|operate|run)"
            r"\w{0,4}\b[^.]{0,200}?(?:\b(?:hosted|managed|cloud)\s(?:inference\s)?(?:services?|offerings?|apis?|platforms?)\b"
            r"|\bas\sa\s(?:hosted\s|managed\s|cloud\s|web\s)?service\b|\bmaas\b|\bmodel[- ]as[- ]a[- ]service\b|\bsaas\b|\bsoftware[- ]as[- ]a[- ]service\b"
            r"|\b(?:via|through|over)\s(?:an?\s|your\s|any\s|its\s|their\s)?(?:public\s|hosted\s|own\s)?(?:apis?|application\sprogramming\sinterfaces?)\b)"
            r"|\bhosting\suse\b[^.]{0,200}?\b(?:requires?\s(?:a\s)?(?:separate|additional|commercial)|is\snot\s(?:permitted|granted|licensed|allowed)|excluded|prohibited)"
            rf"|{_BAN}\s(?:host|serve)\w{{0,3}}\b[^.;]{{0,60}}?\b(?:for|to)\s(?:use\sby\s|access\sby\s)?(?:third[\s-]parties|others|any\sthird[\s-]party|the\spublic)\b"
            r"|\b(?:providing|offering|hosting|serving|making)\b[^.;]{0,60}?\b(?:through|via|over|as)\s(?:an?\s)?(?:online\s|hosted\s|web\s|cloud\s|managed\s)?(?:apis?|services?|saas|platforms?)\b"
            rf"[^.;]{{0,60}}?(?:\b{_BANNED}|\brequires?\s(?:a\s|an\s)?(?:separate|additional|commercial|written)\b)"
        ),
        ("serve",),
        0.85,
        "Offering the model to third parties as a hosted service or API needs a separate license.",
    ),
    # Territorial bans in plain prose: "You may not use the Model in the European Union".
    Pattern(
        "territory",
        _p(
            r"\b(?:may|shall|must|will|can)\s(?:not|never),?\s(?:be\s)?(?:[a-z-]{1,20}(?:,\s(?:or\s|and\s)?|\s(?:or|and)\s)){0,8}?(?:otherwise\s)?(?:use|used|deploy|deployed|distribut\w{0,3}|offer\w{0,3}|provide\w{0,1}|"
            r"make\savailable|made\savailable|access\w{0,2}|host\w{0,3})\b[^.]{0,80}?\b(?:in|within|into|to (?:users|persons|residents) (?:in|of))\s"
            r"|\b(?:may|shall|must|will|can)\s(?:not|never)\s(?:be\s)?(?:re-?)?export\w{0,3}\b[^.;]{0,60}?\bto\s"
            r"|\bis not (?:available|licensed|offered|permitted) (?:for use )?(?:in|within)\s"
            r"|\b(?:does|do|shall|will)\s+not\s+(?:extend|apply)\s+to\s+(?:any\s+)?(?:(?:users?|persons?|people|entities|individuals|customers|anyone|you)\s+)?"
            r"(?:(?:who\s+(?:are|is)\s+)?(?:located|resident|residing|domiciled|based|established)\s+)?(?:in|within)\s"
            r"|\b(?:use|usage|deployment|distribution)\s+of\s+(?:the\s+|this\s+|any\s+)?[^.;]{1,40}?\s(?:in|within)\s"
            rf"(?=[^.;]{{1,60}}?\b{_BANNED})"
            r"|\b(?:users?|persons?|people|entities|individuals|residents|anyone|customers)\s+(?:(?:located|resident|residing|based|domiciled)\s+)?(?:in|within)\s"
            r"(?=[^.;]{1,60}?\b(?:(?:are|is)\s+not\s+(?:permitted|allowed|licensed|authori[sz]ed)|(?:may|shall|must|can)\s*not|cannot)\b)"
        ),
        ("use", "modify", "distribute", "serve"),
        0.8,
        "Not licensed in these regions.",
        _territory_near,
    ),
    # A grant whose purpose is non-commercial (research), without "only": "grant you a license to use
    # ... for non-commercial use"; "made available ... for your internal, non-profit, non-commercial
    # research use" (also research-only).
    Pattern(
        "non_commercial",
        _p(
            rf"{_GRANT}[^.;]{{0,250}}?\bfor\s+(?:your\s+|their\s+|its\s+|the\s+|any\s+)?{_PURPOSE}{{0,4}}?non-?commercial,?\s+"
            rf"(?:(?:research|academic|scientific|educational|evaluation)\s+)?(?:purposes?|uses?|use\s+cases|activities)\b{_NOT_ALSO_COMMERCIAL}"
        ),
        ("use", "modify", "distribute", "serve"),
        0.8,
        "No commercial use.",
    ),
    Pattern(
        "research_only",
        _p(
            rf"{_GRANT}[^.;]{{0,250}}?\bfor\s+(?:your\s+|their\s+|its\s+|the\s+|any\s+)?{_PURPOSE}{{0,4}}?"
            rf"non-?commercial,?\s+(?:(?:academic|scientific|educational)\s+)?research\s+(?:purposes?|uses?|only)\b{_NOT_ALSO_COMMERCIAL}"
        ),
        ("use", "modify", "distribute", "serve"),
        0.8,
        "The grant covers research only.",
    ),
    # A gerund subject banned: "using the Model's outputs to develop competing models is prohibited".
    Pattern(
        "no_training_other_models",
        _p(
            r"\b(?:using|use\s+of)\b[^.;]{0,60}?\b(?:to|for)\s+(?:train\w{0,3}|improv\w{1,3}|develop\w{0,3}|distil\w{0,4}|fine-?tun\w{1,3}|build\w{0,3}|creat\w{1,3})\b"
            r"[^.;]{0,60}?\b(?:other|another|competing|competitive|rival)\b[^.;]{0,40}?\bmodels?\b"
            rf"[^.;]{{0,40}}?\b{_BANNED}"
        ),
        ("use",),
        0.85,
        "Do not use the model or its outputs to improve other models.",
    ),
    # Revenue over a past year, the amount after it: "revenue in the last fiscal year exceeded $100 million".
    Pattern(
        "revenue_cap",
        _p(
            r"\brevenues?\b[^.;]{0,60}?\b(?:in|during|for|over)\s+(?:the\s+|its\s+|your\s+)?(?:last|prior|preceding|previous|most\s+recent)\s+"
            r"(?:fiscal\s+|calendar\s+|financial\s+)?(?:year|twelve\s+months|12\s+months)\b[^.;]{0,40}?"
            rf"(?=[$€£uegrc])(?P<cur>US\s?\$|USD|EUR|GBP|RMB|CNY|\$|€|£)(?>\s*\$?\s*)(?P<amount>{AMOUNT})"
        ),
        ("use",),
        0.85,
        "Above this annual revenue a separate license is needed.",
        _revenue,
    ),
    # No passing on at all, no derivatives made, no redistribution (round 5), each its own pattern so its
    # anchors skip the paragraphs it cannot match: "is not ... made available to anyone", "may not ... create
    # derivative works", "may not redistribute the weights", "redistribution ... is prohibited".
    _no_sharing(
        _p(
            r"\b(?:(?:is|are|be|shall|may|must|will|can|do|does)\s+not|cannot|agrees?\s+not\s+to)\s+(?:be\s+)?"
            r"(?:(?:published|distributed|redistributed|transferred|shared|given|provided|made\s+available|sold|leased|rented|lent|disclosed|"
            r"publish|distribute|redistribute|transfer|share|give|provide|make\s+available|disclose|otherwise|or|and)\b,?\s+){1,8}"
            r"(?![^.;]{0,60}?\b(?:confidential|results?|benchmarks?|reviews?|information|credentials|passwords?|outputs?)\b)[^.;]{0,60}?\bto\s+(?:anyone|any\s+(?:other\s+)?third[\s-]+part(?:y|ies)|(?:any\s+)?(?:other\s+)?third[\s-]+parties|others)\b"
            r"(?![^.;]{0,120}?\b(?:except|unless|pursuant\s+to|under\s+(?:the\s+terms\s+of\s+)?this|hosted|as\s+a\s+service|apis?\b|who|whom|which|that\s+(?:has|have|do|does|is|are)\b))"
        )
    ),
    _no_sharing(
        _p(
            rf"{_BAN}\s+(?:[a-z-]{{1,12}},?\s+(?:or\s+|and\s+)?){{0,3}}?(?:create|make|prepare|produce|develop|build)\s+(?:any\s+)?derivative\s+works?\b"
            r"(?![^.;]{0,80}?\b(?:except|unless)\b)"
        )
    ),
    _no_sharing(
        _p(
            rf"{_BAN}\s+(?:[a-z-]{{1,12}},?\s+(?:or\s+|and\s+)?){{0,3}}?(?:redistribute|distribute|share|publish|disseminate)\s+"
            r"(?:the\s+|this\s+|any\s+|its\s+|such\s+)?(?:[a-z0-9-]{1,20}\s+){0,2}?(?:model|software|weights|materials|checkpoints?|parameters|work)s?\b"
            # gated ("without explicit permission"), as "redistribution without ... is prohibited" below: no ban of the kind
            r"(?![^.;]{0,120}?\b(?:except|unless|under|only|pursuant|outside|hosted|service|apis?|provided\s+that|if|for|as\s+long\s+as|so\s+long\s+as|who|whom|which|without)\b)"
        )
    ),
    _no_sharing(
        _p(
            r"\b(?:re)?distribution\s+(?![^.;]{0,60}?\b(?:without|unless|except)\b)[^.;]{0,60}?\b(?:is|are)\s+(?:strictly\s+|expressly\s+)?(?:prohibited|forbidden|not\s+(?:permitted|allowed))\b"
            r"(?![^.;]{0,60}?\b(?:without|unless|except)\b)"
        )
    ),
    _no_sharing(
        _p(
            r"\b(?:sharing|distributing|redistributing|publishing|transferring)\s+(?:the\s+|this\s+|any\s+)?[^.;]{0,40}?\b(?:with|to)\s+(?:any\s+)?(?:third[\s-]+parties|third[\s-]+party|others|anyone)\b"
            rf"[^.;]{{0,30}}?{_BANNED}"
        )
    ),
    _no_sharing(
        _p(
            r"\b(?:modified|derivative|adapted|fine-?tuned)\s+(?:[a-z-]{1,20}\s+){0,2}?(?:may|shall|must|can)\s*not\s+be\s+(?:distributed|shared|published|redistributed|released)\b"
            r"(?![^.;]{0,60}?\b(?:except|unless|under|without)\b)"
        )
    ),
    # A ban + use + a harmful aim ("you will not use the Model to create weapons or to harm people"); a use
    # policy by name to comply with ("in compliance with ... our Responsible AI Policy").
    _use_ban(
        _p(
            rf"{_BAN}\s+(?:be\s+)?us(?:e|ed)\b(?![^.;]{{0,80}}?\b(?:names?|trademarks?|logos?|marks)\b)[^.;]{{0,80}}?\b(?:weapons?|military|illegal|unlawful|harm(?:s|ing)?|"
            r"violen\w{1,4}|surveillance|discriminat\w{1,5}|harass\w{0,4}|defam\w{1,6}|fraud\w{0,5}|malware|terroris\w{1,3}|disinformation|misinformation|"
            r"sexual|minors|children|infring\w{1,4}|medical\s+advice|legal\s+advice|impersonat\w{1,4}|spam|phishing|hate\w{0,3}|self-harm|deceptive|manipulat\w{1,5}|"
            r"(?:automated\s+)?decisions?\s+(?:about|on|regarding|affecting)\s+(?:[a-z]{1,15}\s+){0,2}?(?:employment|credit|housing|insurance|eligibility|individuals|people))\b"
        )
    ),
    _use_ban(
        _p(
            r"\b(?:comply\w{0,3}|compliance|accordance|consistent)\s+with\b[^.;]{0,80}?\b(?:(?:acceptable|responsible|prohibited|permitted|trustworthy)\s+(?:ai\s+)?(?:use|usage)|responsible\s+ai|usage|use)\s+(?:polic(?:y|ies)|guidelines)\b"
        )
    ),
)

# Cheap substring pre-checks per kind: a paragraph containing none of them cannot match.

KIND_NEEDLES: dict[str, tuple[str, ...]] = {
    # Single words: a line break can fall between any two words (needles are searched in the
    # document, before a paragraph's view joins its lines).
    "user_cap": ("active", "月活跃", "exceed", "monthly", "daily"),  # also "daily active user count is below N"
    "revenue_cap": ("revenue",),
    "notice": (
        "notice",
        "版权",
        "著作权",
        "归属",
        "statement",
        "licensed",
        "copyright",
        "저작권",
        "著作権",
    ),  # also "alter or remove copyright notices"
    "attribution": (
        "state",  # also "must state ... that your product uses X"
        "stating",
        "label",
        "identify",
        "present",
        "describe",
        '"',
        "\u201c",
        "'",
        "\u2018",
        "&quot",
        "&#",
        "attribution",
        "acknowledge",
        "display",
        "credit",
        "creator",
        "attribute",
        "citation",
        "cite",
        "publication",
        "标注",
        "标明",
        "注明",
    ),
    "naming": ("name",),  # also "prefix the name"
    "include_license": ("copy", "uri", "text", "permission", "statement", "include", "link", "副本", "文本", "全文"),
    "state_changes": ("modif", "changed", "marked", "differs", "changes", "altered", "修改", "更改", "变更", "改动"),
    "research_only": ("research", "academic", "scientific", "evaluation", "研究", "연구"),
    "non_commercial": ("commercial", "monetary", "revenue", "商业", "상업", "商用", "商業"),
    "no_derivatives": (
        "adapted",
        "modified",
        "derivative",
        "anyone",
        "third",
        "others",
        "distribut",
        "share",
        "publish",
    ),  # "... to anyone/third parties", "may not redistribute the weights", "redistribution ... is prohibited"
    "flow_down": (
        "enforceable",
        "provide",
        "comply",
        "precedent",
        "agree",
        "bound",
        "abide",
        "impose",
        "restrict",
    ),
    "share_alike": (
        "under",
        "elements",
        "apply",
        "subject",
        "governed",
        "bound",
        "pursuant",
        "accordance",
        "recipient",
    ),
    "source_disclosure": ("source",),  # also "source code"
    "network_disclosure": ("network", "external", "functionalities"),
    "acceptable_use": (
        "policy",
        "use-based",
        "agree",
        "allow",
        "military",
        "surveillance",
        "prohibited",
        "terms",
        "guidelines",
        "rules",
        "restrictions",
        "principles",
        "incorporated",
        "guardrail",
        "safeguard",
        "safety",
        "generate",
        "fraudulent",
        "illegal",
        "unlawful",
        "warfare",
        "sexual",
        "minors",
        "infring",
        "medical",
        "decisions",
        "weapon",
        "harm",
        "violen",
        "fraud",
        "malware",
        "terroris",
        "disinformation",
        "misinformation",
        "standalone",
        "stand-alone",
        "framework",
        "toolkit",
        "defam",
        "harass",
        "discriminat",
        "endanger",
        "军事",
        "非法",
        "违法",
        "危害",
        "군사",
        "불법",
        "軍事",
        "違法",
    ),
    "no_training_other_models": ("train", "improv", "develop", "enhanc", "模型", "distil", "extraction", "cloning"),
    # A territory reading needs a place named in its paragraph: the places' words are rarer than the
    # exclusion wordings ("not", "excluding").
    "territory": (
        "union",
        "kingdom",
        "britain",
        "korea",
        "china",
        "russia",
        "iran",
        "cuba",
        "syria",
        "states",
        "japan",
        "india",
        "switzerland",
        "brazil",
        "canada",
        "economic",
        "eea",
        "eu",
        "uk",
        "norway",
        "iceland",
        "liechtenstein",
    ),
    "patent_termination": ("litigation", "lawsuit", "proceedings", "action", "patent", "allege", "诉讼", "法律程序"),
    "terms_may_change": (
        "subject",
        "right",
        "update",
        "modif",
        "chang",
        "amend",
        "time",
        "latest",
        "更新",
        "修改",
        "变更",
    ),
    "revocable": ("right", "terminat", "revoke", "suspend", "cancel", "withdraw"),  # also "either party"
    "registration": ("commercial", "商业"),  # also "commercially"
    "no_hosting": ("hosted", "hosting", "service", "api", "maas", "saas", "interface", "host"),
}

# Duties that follow the product when the text says "make available" or names hosted services.
WIDEN_TO_SERVE = frozenset({"include_license", "flow_down", "attribution"})
SERVE_WORDS = re.compile(r"make available|made available|product or service|hosted service|remote access|via API", re.I)

# Keys that make two obligations of one kind different (others are wording).
IDENTITY_KEYS = ("threshold", "metric", "currency", "prefix", "contains", "text", "excluded")


def key_of(kind: str, params: dict[str, Any]) -> tuple[Any, ...]:
    return (kind, *(str(params.get(k)) if k != "text" else str(params.get(k, "")).lower() for k in IDENTITY_KEYS))


# Each needle, and the kinds it announces (with those of the needles inside it).
NEEDLE_KINDS: dict[str, frozenset[str]] = {
    needle: frozenset(kind for kind, others in KIND_NEEDLES.items() for other in others if other in needle)
    for needles in KIND_NEEDLES.values()
    for needle in needles
}
