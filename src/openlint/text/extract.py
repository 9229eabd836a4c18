"""Obligations read from a license's wording, each citing the lines of the file that create it.

Patterns describe how licenses phrase duties, not which licenses exist, so custom and unseen
terms are read too. Every regex is bounded and runs per paragraph (capped), so the work per
input is linear in its size.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from openlint.obligations import Obligation, ObligationKind, Source, Trigger
from openlint.text.numbers import AMOUNT, TERRITORY_PATTERN, amount_near, territories_in

MAX_PARAGRAPH = 4000
Q_OPEN = "[\u201c\"'\u2018]"
Q_CLOSE = "[\u201d\"'\u2019]"
URL = re.compile(
    r"https?://[^\s)\]>\"\u201d]{3,300}|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|dev|ai|org|io)/[^\s)\]>\"\u201d]{1,300}",
    re.I,
)
DISCLAIMER = re.compile(r"\bas is\b|without warrant|be liable|limitation of liability|disclaim", re.I)


@dataclass(frozen=True)
class Paragraph:
    text: str
    offset: int


def paragraphs(text: str) -> Iterator[Paragraph]:
    """Blank-line separated blocks, long ones cut into bounded chunks."""
    # A block ends at a blank line or before a line opening a numbered or bulleted clause.
    clause_start = r"[ \t]*(?:\d+(?:\.\d+)*[.)]|[a-zA-Z][.)]|\(?[ivxIVX]+[.)]|\([a-z0-9]+\)|[-*\u2022])\s"
    for match in re.finditer(rf"[^\n]+(?:\n(?![ \t]*\n)(?!{clause_start})[^\n]*)*", text):
        block, start = match.group(0), match.start()
        for i in range(0, len(block), MAX_PARAGRAPH):
            yield Paragraph(block[i : i + MAX_PARAGRAPH], start + i)


class LineIndex:
    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line(self, offset: int) -> int:
        return bisect_right(self.starts, offset)


Builder = Callable[[re.Match[str], Paragraph], dict[str, Any] | None]


@dataclass(frozen=True)
class Pattern:
    kind: ObligationKind
    regex: re.Pattern[str]
    triggers: tuple[Trigger, ...]
    confidence: float
    summary: str
    build: Builder | None = None
    skip_disclaimers: bool = True


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a match (bounded), for context checks."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n\n", 0, start), start - 400)
    right_candidates = [i for i in (text.find(". ", end), text.find("\n\n", end)) if i != -1]
    right = min([*right_candidates, end + 400])
    return text[max(0, left) : right]


def _p(expr: str) -> re.Pattern[str]:
    return re.compile(expr, re.I | re.S)


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
        value = " ".join(match.group(name).split()).strip(" .")
        return {name: value} if value else None

    return build


def _attribution(match: re.Match[str], para: Paragraph) -> dict[str, Any] | None:
    out = _quoted("text")(match, para) or {}
    where = re.search(r"\bon (?:a |the )?(related website[^.;]{0,120}|[^.;]{0,40}documentation)", para.text, re.I)
    if where:
        out["where"] = " ".join(where.group(1).split())
    return out


def _policy(match: re.Match[str], para: Paragraph) -> dict[str, Any] | None:
    url = URL.search(para.text)
    return {"policy_url": url.group(0).rstrip(".,;")} if url else {}


def _territory(match: re.Match[str], para: Paragraph) -> dict[str, Any] | None:
    base = max(0, match.start() - 40)
    window = para.text[base : match.end() + 300]
    codes = territories_in(window)
    if not codes:
        return None
    last = list(re.finditer(TERRITORY_PATTERN, window, re.IGNORECASE))[-1]
    out: dict[str, Any] = {"excluded": codes, "_span_end": base + last.end()}
    if re.search(r"multimodal", para.text, re.I):
        out["scope"] = "multimodal models only"
    return out


PATTERNS: tuple[Pattern, ...] = (
    Pattern(
        "user_cap",
        _p(rf"(?P<amount>{AMOUNT})(?:\s*\([\d,]+\))?\s+(?P<metric>monthly|daily)\s+active\s+users"),
        ("use",),
        0.9,
        "Above this number of active users a separate license is needed.",
        _cap,
    ),
    Pattern(
        "revenue_cap",
        _p(
            rf"(?:annual|yearly)\s+(?:gross\s+)?revenues?[^.]{{0,200}}?(?P<cur>US\s?\$|USD|EUR|GBP|RMB|CNY|\$|€|£)\s*\$?\s*(?P<amount>{AMOUNT})"
        ),
        ("use",),
        0.85,
        "Above this annual revenue a separate license is needed.",
        _revenue,
    ),
    Pattern(
        "revenue_cap",
        _p(
            rf"(?P<cur>US\s?\$|USD|EUR|GBP|RMB|CNY|\$|€|£)\s*\$?\s*(?P<amount>{AMOUNT})[^.]{{0,120}}?(?:in\s+)?(?:annual|yearly)\s+(?:gross\s+)?revenue"
        ),
        ("use",),
        0.85,
        "Above this annual revenue a separate license is needed.",
        _revenue,
    ),
    Pattern(  # "... ($2,000,000) in gross revenue in the prior year"
        "revenue_cap",
        _p(
            rf"(?P<cur>US\s?\$|USD|EUR|GBP|RMB|CNY|\$|€|£)\s*\$?\s*(?P<amount>{AMOUNT})[^.]{{0,60}}?(?:gross\s+)?revenues?"
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
            rf"{Q_OPEN}?Notice{Q_CLOSE}?\s+text\s+file[^:]{{0,200}}:\s*{Q_OPEN}(?P<text>.{{10,400}}?)(?:(?<=\.){Q_CLOSE}|{Q_CLOSE}\s*(?=[.;,]|and\b|$|\n))"
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
            rf"(?:display|include|state|show|mark)\w*[^.\u201c\"]{{0,120}}?{Q_OPEN}(?P<text>(?:Built|Powered|Made|Created|Developed|Improved)\s+(?:with|by|using)\s[^\u201d\"]{{1,60}}){Q_CLOSE}"
        ),
        ("distribute", "serve"),
        0.95,
        "Display this exact phrase.",
        _attribution,
    ),
    Pattern(
        "attribution",
        _p(
            rf"following attribution notice(?:\s+be provided)?\s*:\s*{Q_OPEN}(?P<text>.{{10,300}}?)(?:(?<=\.){Q_CLOSE}|{Q_CLOSE}\s*(?=[.;,]|and\b|$|\n))"
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
            rf"{Q_OPEN}(?P<prefix>[^\u201d\"]{{1,30}}){Q_CLOSE}\s+(?:at|to)\s+the\s+beginning\s+of[^.]{{0,40}}?name"
            rf"|name[^.]{{0,80}}?(?:(?:must|shall)\s+(?:begin|start)|that\s+(?:begins|starts))\s+with\s+{Q_OPEN}(?P<prefix2>[^\u201d\"]{{1,30}}){Q_CLOSE}"
        ),
        ("modify", "distribute", "serve"),
        0.95,
        "Derivative model names must begin with this prefix.",
        lambda m, p: {"prefix": " ".join((m.group("prefix") or m.group("prefix2")).split())},
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
            r"|(?:clearly|prominently|conspicuously)\s+(?:indicate|state|mark|identify|describe)\w*\s+(?:the\s+|any\s+|all\s+)?"
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
            r"|(?:for|in)\s+(?:\([ivx]+\)\s+)?(?:any\s+)?(?:\w+,\s+)?military,?(?:\s+(?:or|and)\s+(?:illegal|unlawful))?\s+(?:purposes?|uses?)"
            r"|purposes of surveillance|\bnot\s+(?:be\s+)?us(?:e|ed|ing)\b[^.]{0,120}?\bfor\s+(?:any\s+)?purposes?\s+prohibited\s+by"
        ),
        ("use",),
        0.9,
        "Prohibited uses are part of the license.",
        _policy,
    ),
    Pattern(
        "no_training_other_models",
        _p(
            r"(?:will|shall|may|must|can|agree)\s*not\s+use[^.]{0,250}?"
            r"(?:to\s+(?:create\s+or\s+)?(?:train|improve|develop|enhance)|(?:for|in)\s+(?:training|improving))"
            r"[^.]{0,120}?(?:other|another|competing|foundational)[^.]{0,60}?(?:model|LLM|AI)"
            r"|cannot use[^.]{0,200}?to improve any other"
        ),
        ("use",),
        0.9,
        "Do not use the model or its outputs to improve other models.",
    ),
    Pattern(
        "territory",
        _p(
            r"exclud\w*|not (?:being )?granted|does not apply in|outside (?:of )?the territory|not licensed in|domiciled in"
        ),
        ("use", "modify", "distribute", "serve"),
        0.8,
        "Not licensed in these regions.",
        _territory,
    ),
    Pattern(
        "patent_termination",
        _p(
            r"(?:institute|initiate|commence|bring)s?\s+(?:patent\s+)?(?:litigation|a lawsuit|lawsuit|proceedings|an action)(?:[^.]|\.\d){0,600}?terminat"
            r"|you may not initiate litigation"
        ),
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


def _kinds_per_paragraph(text: str, paras: list[Paragraph]) -> list[frozenset[str]]:
    """The kinds whose needles occur in each paragraph: one search of the document per needle
    (paragraph by paragraph, it would be one search per needle per paragraph)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # lower() changed offsets (rare letters): fall back to per paragraph
        return [
            frozenset(k for k, needles in KIND_NEEDLES.items() if any(n in p.text.lower() for n in needles))
            for p in paras
        ]
    starts = [p.offset for p in paras]
    kinds: list[set[str]] = [set() for _ in paras]
    for needle, needle_kinds in NEEDLE_KINDS.items():
        at = lowered.find(needle)
        while at != -1:
            i = bisect_right(starts, at) - 1
            if i >= 0 and at + len(needle) <= starts[i] + len(paras[i].text):
                kinds[i] |= needle_kinds
            at = lowered.find(needle, at + 1)
    return [frozenset(k) for k in kinds]


@lru_cache(maxsize=256)
def _patterns_for(kinds: frozenset[str]) -> tuple[Pattern, ...]:
    return tuple(p for p in PATTERNS if p.kind in kinds)


def extract(text: str, path: str) -> list[Obligation]:
    """Every obligation the wording creates, with the lines that create it."""
    index = LineIndex(text)
    found: dict[tuple[Any, ...], Obligation] = {}
    kinds_with_params: set[str] = set()
    paras = list(paragraphs(text))
    for para, kinds in zip(paras, _kinds_per_paragraph(text, paras), strict=True):
        for pattern in _patterns_for(kinds):
            if pattern.kind == "share_alike" and re.search(r"use-based restrictions|use restrictions", para.text, re.I):
                continue  # RAIL: restrictions flow down, terms need not be the same (not copyleft)
            for match in pattern.regex.finditer(para.text):
                if pattern.skip_disclaimers and DISCLAIMER.search(_sentence(para.text, match.start(), match.end())):
                    continue
                if pattern.kind == "attribution" and re.search(
                    r"\bencouraged\b|\bmay\b(?!\s+not)", _sentence(para.text, match.start(), match.end())[:200]
                ):
                    continue  # an invitation to credit, not a duty
                params = pattern.build(match, para) if pattern.build else {}
                if params is None:
                    continue
                scope = params.pop("scope", None)
                span_end = params.pop("_span_end", match.end())
                key = _key(pattern.kind, params)
                if key in found:
                    continue
                if not params and pattern.kind in kinds_with_params:
                    continue  # a parameterised reading of this kind already exists
                start, end = para.offset + match.start(), para.offset + max(match.end(), span_end)
                triggers = pattern.triggers
                if (
                    pattern.kind in WIDEN_TO_SERVE
                    and "serve" not in triggers
                    and SERVE_WORDS.search(_sentence(para.text, match.start(), match.end()))
                ):
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
                    for other in [k for k, ob in found.items() if ob.kind == pattern.kind and not ob.parameters()]:
                        del found[other]
    return sorted(found.values(), key=lambda ob: (ob.source.start_line or 0, ob.kind))
