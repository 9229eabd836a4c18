"""What each pattern reads from a match (thresholds, currencies, quoted texts, places) and the
regex fragments several pattern modules share (grants, bans, purposes)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import Any

from openlint.text.bounds import inclusive_bound
from openlint.text.numbers import amount_near, codes_of, currency_code, territory_re
from openlint.text.patterns.base import (
    Builder,
    Pattern,
    Span,
    _group,
    sentence_bounds,
)
from openlint.text.programs import prebuilt
from openlint.text.regex import Regex
from openlint.text.view import Paragraph

# (a licence, not the licensee or licensor: "the Licensee's products that have more than 100 million monthly active
# users must display X" only triggers a credit)
_CAP_CONSEQUENCE = prebuilt(
    r"licen[cs](?!ee|or)|permission|authori[sz]|approv|agreement|request|contact|register", re.I
)
_DISPLAY_DUTY = prebuilt(r"\bdisplay|\battribut|\bcredit|\bbe\s(?:\w+\s)?shown\b", re.I)


def _cap(match: re.Match[str], para: Paragraph) -> dict[str, Any] | None:
    amount = amount_near(match.group("amount"))
    if amount is None:
        return None
    lo, hi = sentence_bounds(para.text, match.start(), match.end())
    if _DISPLAY_DUTY.search(para.text, lo, hi) and not _CAP_CONSEQUENCE.search(para.text, lo, hi):
        return None  # above the threshold a credit is due, not a separate license
    metric = "daily_active_users" if (match.group("metric") or "").lower().startswith("d") else "monthly_active_users"
    out: dict[str, Any] = {"threshold": amount, "metric": metric}
    if inclusive_bound(para.text, match.start("amount"), match.end("amount")):
        out["inclusive"] = True
    if re.search(r"commercial(?:ly)? us", para.text, re.I) and not re.search(r"non-?commercial", para.text, re.I):
        out["scope"] = "commercial use only"
    return out


# The cap's subject named commercial before the figure: "Commercial entities with annual gross revenue of ...",
# "for-profit organisations whose revenue ...", "If you are commercially using the Model and your revenue ...": the cap
# binds commercial use only (condition `commercial`, as the catalog's Tongyi and Stability caps). A sentence that also
# names non-profits or non-commercial use ("any entity, commercial or non-profit") keeps the cap on every use.
_COMMERCIAL_SUBJECT = prebuilt(
    r"(?<!non-)(?<!non\s)\b(?:commercial|for-profit)\s(?:entit(?:y|ies)|compan(?:y|ies)|organi[sz]ations?|businesses|"
    r"enterprises?|users?|licensees?|uses?|usage|purposes?|deployments?)\b"
    r"|\bcommercially\s(?:using|use|deploy\w{0,3}|exploit\w{0,3})\b"
)
_ALSO_NOT_COMMERCIAL = prebuilt(r"\bnon-?\s?(?:commercial|profit)|\bnot-for-profit\b|\bregardless\b|\bwhether\b")


def _commercial_only(para: Paragraph, lo: int, at: int, hi: int) -> bool:
    """Whether the cap's sentence names a commercial subject before its figure, and no other."""
    return bool(_COMMERCIAL_SUBJECT.search(para.low, lo, at)) and not _ALSO_NOT_COMMERCIAL.search(para.low, lo, hi)


# A quantity whose consequence is a fee ("organisations with more than 50 employees pay an annual fee"), with no
# licence or permission needed above it: a payment, not a cap on what is licensed.
_FEE_ONLY = prebuilt(r"\bpay(?:s|ing)?\b[^.;]{0,40}?\b(?:fees?|royalt(?:y|ies)|charges?)\b")
_LICENCE_NEEDED = prebuilt(r"\b(?:licen[cs]\w{0,3}|agreement|permission|consent|authori[sz]ation)\b")


def _quantity(metrics: dict[str, str]) -> Callable[[re.Match[str], Paragraph], dict[str, Any] | None]:
    """A cap on a quantity other than active users (OL113): registered users, API requests a month,
    employees; the metric is the named group of `metrics` that matched ("headcount ..." is employees). Read
    only after a comparison ("more than", "fewer than", "exceeds", "up to", "... or more"), so a count the
    licence merely mentions ("our 200 employees") is no cap."""

    def build(match: re.Match[str], para: Paragraph) -> dict[str, Any] | None:
        if match.group("headcount") is not None:
            metric, group = "employees", "headcount"
        else:
            metric = next((name for name in metrics if match.group(name) is not None), "")
            group = "amount"
            if not metric or not (match.group("compared") or match.group("more")):
                return None
        amount = amount_near(match.group(group))
        if not amount:
            return None
        lo, hi = sentence_bounds(para.low, match.start(), match.end())
        if _FEE_ONLY.search(para.low, lo, hi) and not _LICENCE_NEEDED.search(para.low, lo, hi):
            return None
        out: dict[str, Any] = {"threshold": amount, "metric": metric}
        if inclusive_bound(para.text, match.start(group), match.end(group)):
            out["inclusive"] = True
        return out

    return build


def _revenue(match: re.Match[str], para: Paragraph) -> dict[str, Any] | None:
    first = match.group("amount_first") is not None
    amount = amount_near(match.group("amount_first") if first else match.group("amount"))
    lo, hi = sentence_bounds(para.text, match.start(), match.end())
    currency = currency_code(match.group("cur_after") if first else match.group("cur"), para.text[lo:hi])
    if not amount:
        return None
    group = "amount_first" if first else "amount"
    out: dict[str, Any] = {"threshold": amount, "currency": currency}
    if inclusive_bound(para.text, match.start(group), match.end(group)):
        out["inclusive"] = True
    if _commercial_only(para, lo, match.start(group), hi):
        out["conditions"] = ("commercial",)
    return out


# "we earn", "our revenue", "the Licensor's turnover": the licensor's own figures, no cap on the reader.
_LICENSORS_OWN = prebuilt(
    r"\b(?:we|our|the\s+licensor(?:'s|\u2019s)?|licensor(?:'s|\u2019s))\s+(?:[a-z-]{1,15}\s+){0,2}$"
)


_LICENSORS_FIGURE = prebuilt(
    r"\b(?:we|our|(?:the\s+)?licensor(?:'s|\u2019s))\s+(?:[a-z-]{1,15}\s+){0,2}?(?:revenues?|turnover|sales|income|earn\w{0,3}|generat\w{1,4})\b"
)


def _licensors_own(match: re.Match[str] | Span, para: Paragraph) -> bool:
    if _LICENSORS_OWN.search(para.low, max(0, match.start() - 60), match.start()):
        return True
    return _LICENSORS_FIGURE.search(para.low, match.start(), match.end()) is not None


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


def _statement(match: re.Match[str], para: Paragraph) -> dict[str, Any] | None:
    """A quoted statement, or an unquoted copyright line or license statement with its markdown emphasis and
    stray quotes dropped ("**Copyright (c) X**"), always as "text"."""
    groups = match.groupdict()
    for quoted in ("text", "text2"):
        if groups.get(quoted) is not None:
            value = " ".join(_group(match, para, quoted).split()).strip(" .")
            return {"text": value} if value else None
    line = next(name for name in ("line", "line2", "line3") if groups.get(name) is not None)
    value = " ".join(re.sub(r"[*_`]+", "", _group(match, para, line)).split()).strip(' .\u201c\u201d"')
    if line == "line3" and not value[:1].isupper():
        return None  # an unquoted notice starts a sentence of its own ("... the following notice: see below" is none)
    return {"text": value} if len(value) >= 10 else None


def _policy(match: re.Match[str], para: Paragraph) -> dict[str, Any] | None:
    return {"policy_url": para.url} if para.url else {}


def _use_ban(expr: Regex) -> Pattern:
    """A prohibited use stated in the license's own words (confidence 0.9, read as a use policy)."""
    return Pattern("acceptable_use", expr, ("use",), 0.9, "Prohibited uses are part of the license.", _policy)


# "... except where your use is limited to personal or research purposes": a case exempted from a
# condition (a cap, a fee), not a limit on the grant.
_EXEMPTED = prebuilt(
    r"\b(?:except|unless|save|other\s+than)\s+(?:where|when|if|in\s+cases?\s+where|to\s+the\s+extent(?:\s+that)?)\b[^.;]{0,60}$"
)
# "... unless your use is limited to research": an exemption when nothing before it in the sentence bans
# or limits ("you may not use it unless ..." is a limit).
_UNLESS = prebuilt(r"\bunless\b[^.;]{0,60}$")
_LIMITING = prebuilt(r"\b(?:not|no|never|cannot|prohibit\w{0,4}|forbid\w{0,4}|only|solely|exclusively)\b")


# "'Research Use' means use solely for academic research": a definition limits nothing by itself (where the
# term limits the grant, document.research_only_terms reads it).
_DEFINING = prebuilt(r"\b(?:means|shall\smean|refers?\sto|is\sdefined\sas)\b")


def _exempted(match: re.Match[str] | Span, para: Paragraph) -> bool:
    start = match.start()
    if _EXEMPTED.search(para.low, max(0, start - 80), start):
        return True
    lo, _ = sentence_bounds(para.low, start, match.end())
    if _DEFINING.search(para.low, lo, start):
        return True
    unless = _UNLESS.search(para.low, max(0, start - 80), start)
    if unless is None:
        return False
    lo, _ = sentence_bounds(para.low, unless.start(), unless.end())
    return not _LIMITING.search(para.low, lo, unless.start())


# "If the Licensee does not agree to these terms, it must not use or distribute the Software": what follows
# from not accepting the licence at all, no limit on a licensee.
_NOT_ACCEPTED = prebuilt(
    r"\b(?:if|unless|where|should)\s+(?:you|the\s+licensee|licensee|the\s+user|users?)\s+(?:(?:do|does|did)\s+not|don't|doesn't|cannot|fail\s+to)\s+"
    r"(?:agree|accept|consent)|\bunless\s+(?:you|the\s+licensee|licensee)\s+(?:agree|accept|consent)"
)


def _not_accepted(match: re.Match[str] | Span, para: Paragraph) -> bool:
    lo, _ = sentence_bounds(para.low, match.start(), match.end())
    return _NOT_ACCEPTED.search(para.low, lo, match.start()) is not None


def _not_accepted_or_defined(match: re.Match[str] | Span, para: Paragraph) -> bool:
    """Not accepting the licence, or a definition ("'Prohibited Derivative' means the making of ..."), bans nothing."""
    lo, _ = sentence_bounds(para.low, match.start(), match.end())
    return _not_accepted(match, para) or _DEFINING.search(para.low, lo, match.start()) is not None


# Sharing banned only into some places: export control ("to any country subject to sanctions", "into any
# jurisdiction where ... prohibited") or a territorial exclusion ("in Cuba, Iran or Syria": territory reads it).
_INTO_PLACES = prebuilt(
    r"\b(?:in|into|to|within|from)\s(?:any\s|the\s|a\s|an\s)?(?:[a-z-]{1,20}\s){0,3}?(?:countr(?:y|ies)|territor(?:y|ies)"
    r"|jurisdictions?|nations?|embargoed|sanctioned)\b"
    r"|\b(?:to|into)\s(?:any\s|a\s)?(?:persons?|entit(?:y|ies)|part(?:y|ies)|individuals?)\b[^.;,]{0,60}?\b(?:export|sanction|embargo|denied)"
)
_PLACE_PREPOSITION = prebuilt(r"\s(?:in|into|to|within)\b")


def _into_places(match: re.Match[str] | Span, para: Paragraph) -> bool:
    lo, hi = sentence_bounds(para.low, match.start(), match.end())
    # the places may come first: "into any country where such distribution is prohibited"
    if _INTO_PLACES.search(para.low, max(lo, match.start() - 80), min(hi, match.end() + 80)):
        return True
    at = _PLACE_PREPOSITION.match(para.low, match.end())
    return at is not None and bool(_places_at(para, at.end() + 1, hi)[0])


# A sharing ban confined to the material as released ("Redistribution of the dataset in its original form is not
# permitted", "may not redistribute unmodified copies"): what is adapted may be shared, the opposite of no_derivatives.
_AS_RELEASED = prebuilt(
    r"\bin\s(?:its|their|the)\s(?:original|unmodified|unaltered|unchanged|raw)\s(?:form|state|format|condition)\b"
    r"|\b(?:unmodified|unaltered|verbatim)\s(?:form|cop(?:y|ies)|versions?)\b"
)


def _as_released(match: re.Match[str] | Span, para: Paragraph) -> bool:
    lo, hi = sentence_bounds(para.low, match.start(), match.end())
    return _AS_RELEASED.search(para.low, lo, hi) is not None


def _no_sharing_veto(match: re.Match[str] | Span, para: Paragraph) -> bool:
    return _not_accepted_or_defined(match, para) or _into_places(match, para) or _as_released(match, para)


def _no_sharing(expr: Regex) -> Pattern:
    """Adapted (or any) material may not be passed on, in the license's own words (confidence 0.85)."""
    return Pattern(
        "no_derivatives",
        expr,
        ("distribute", "serve"),
        0.85,
        "Adapted material may not be shared.",
        veto=_no_sharing_veto,
    )


# "the laws and administrative regulations of the mainland of the People's Republic of China (excluding Hong Kong,
# Macau, and Taiwan)": which law governs, not where the grant runs.
_WHICH_LAW = prebuilt(r"\blaws?\b|\bregulations\b|\bgovern(?:ed|ing)\b|\bcourts?\b|\bjurisdiction\sof\b")
# A concession before the place: "you shall comply with GDPR, even if you are located outside the territory of the EU",
# "regardless of whether you are based outside the EU": the duty reaches beyond the place, no place is excluded.
_CONCEDED = prebuilt(
    r"\b(?:even\s(?:if|when|where|though)|regardless\sof\s(?:whether|where)|irrespective\sof\s(?:whether|where)|whether\sor\snot|wherever)\b"
    r"[^.;]{0,50}$"
)


def _territory(match: re.Match[str], para: Paragraph) -> dict[str, Any] | None:
    lo, hi = sentence_bounds(para.low, match.start(), match.end())
    if _WHICH_LAW.search(para.low, lo, hi) or _CONCEDED.search(para.low, max(lo, match.start() - 60), match.start()):
        return None
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


_PLACES_OF = prebuilt(
    r"(?:the\s|any\s|all\s)?(?:(?:member\s)?states?|countr(?:y|ies)|territor(?:y|ies)|jurisdictions?|nations?|regions?|parts?)\s(?:of|in)\s"
    # places named in brackets after the kind: "any sanctioned jurisdiction (currently X, Y and Z)", "countries
    # subject to sanctions (at present X or Y)"
    r"|(?:the\s|any\s|all\s|a\s)?(?:[a-z-]{1,20}\s){0,3}?(?:countr(?:y|ies)|territor(?:y|ies)|jurisdictions?|nations?|regions?)"
    r"(?:\s[^;()]{1,120}?)?\s?\(\s?(?:(?:currently|presently|at\spresent|now|including|e\.g\.|i\.e\.|such\sas|namely)\s?[,:]?\s)?"
    # places named by their sanctions: "in any country or region subject to comprehensive United States sanctions"
    r"|(?:the\s|any\s|all\s|a\s)?(?:countr(?:y|ies)|territor(?:y|ies)|jurisdictions?|nations?|regions?|destinations?)"
    r"(?:\s(?:or|and|and/or)\s(?:countr(?:y|ies)|territor(?:y|ies)|jurisdictions?|nations?|regions?|destinations?))?"
    r"\s(?:that\s(?:is|are)\s|which\s(?:is|are)\s)?(?:subject\sto|under|targeted\sby)\s(?:a\s|an\s|any\s)?"
    # a list announced: "in (any of) the following countries: X, Y or Z", "in these territories -"
    r"|(?:any\s(?:of\s)?)?(?:the\s(?:following|listed)|these|those)\s(?:countries|territories|jurisdictions|regions)\s?[:\-\u2013]?\s?"
)


def _territory_near(match: re.Match[str], para: Paragraph) -> dict[str, Any] | None:
    """A ban in prose ("may not use the Model in"): only the places named right after it (or after "the
    member states of", "any country of")."""
    starts, ends = para.spans(territory_re())
    at = match.end()
    filler = _PLACES_OF.match(para.low, at)
    if filler:
        at = filler.end()
    i = bisect_left(starts, at)
    if i == len(starts) or starts[i] - at > 6:
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


# A grant limited to places: "may use the Model only within the Territory", "solely in the European Union",
# "No right is granted ... outside the United States". The sentence before must use or grant something (and
# for "outside", deny it); a venue ("courts ... exclusively in England") or governing law limits nothing.
_USE_OR_GRANT = prebuilt(
    r"\b(?:use[sd]?|using|deploy\w{0,3}|distribut\w{0,4}|licen[cs]\w{0,3}|grant\w{0,3}|available|operat\w{0,3}"
    r"|provid\w{0,3}|offer\w{0,3}|rights?|permitted|authori[sz]ed|access\w{0,3}|run|install\w{0,3})\b"
)
_DENIED = prebuilt(r"\bno\s(?:rights?|licen[cs]e|permission)\b|\bnot\b|\bnever\b|\bprohibit|\bforbid")
_VENUE = prebuilt(r"\bcourts?\b|tribunal|arbitrat|\bvenue\b|\bgovern(?:ed|ing)\b|\blaws?\s+of\b|\bdata\b|\bstored?\b")
_TERM_AFTER = prebuilt(r"(?:the\s)?[\"\u201c]?([A-Z][a-z]{2,20}(?:\s[A-Z][a-z]{2,20})?)\b")


def _places_at(para: Paragraph, at: int, last: int) -> tuple[list[str], int]:
    """The codes of the places named from `at` on (a list "X, Y or Z"), and where the list ends."""
    starts, ends = para.spans(territory_re())
    filler = _PLACES_OF.match(para.low, at)
    if filler:
        at = filler.end()
    i = bisect_left(starts, at)
    if i == len(starts) or starts[i] - at > 6 or starts[i] > last:
        return [], at
    codes: list[str] = []
    end = ends[i]
    for j in range(i, len(starts)):
        if starts[j] - end > 12 or starts[j] > last:
            break
        codes += [c for c in codes_of(para.text[starts[j] : ends[j]]) if c not in codes]
        end = ends[j]
    return codes, end


# ("only if you register", "only with our consent": a condition, not the places)
_ONLY_AFTER = prebuilt(
    r"\s(?:only|exclusively|solely)\b(?!\s(?:if|when|with|after|upon|under|where|as|unless|once|through|via)\b)"
)


def _territory_named_only(match: re.Match[str], para: Paragraph) -> dict[str, Any] | None:
    """The places named after a permission's "to residents of", "in", closed by "only": the places allowed."""
    _, hi = sentence_bounds(para.low, match.start(), match.end())
    codes, end = _places_at(para, match.end(), hi)
    only = _ONLY_AFTER.match(para.low, end) if codes else None
    if only is None or _VENUE.search(para.low, match.start(), end):
        return None
    return {"allowed": tuple(codes), "_span_end": only.end()}


def _territory_only(match: re.Match[str], para: Paragraph) -> dict[str, Any] | None:
    lo, hi = sentence_bounds(para.text, match.start(), match.end())
    before = para.low[lo : match.start()]
    if not _USE_OR_GRANT.search(before) or _VENUE.search(para.low, lo, hi):
        return None
    if match.group(0).startswith("outside") and not _DENIED.search(before):
        return None
    codes, end = _places_at(para, match.end(), hi)
    if not codes:  # a defined term: "only within the Territory", '"Territory" means the member states of the EU'
        term = _TERM_AFTER.match(para.text, match.end())
        if term is None:
            return None
        defined = re.search(
            rf"[\"\u201c]{re.escape(term.group(1))}[\"\u201d],?\s(?:means|shall\smean|refers\sto|is\sdefined\sas)\s",
            para.text,
        )
        if defined is None:
            return None
        codes, _ = _places_at(para, defined.end(), sentence_bounds(para.text, defined.start(), defined.end())[1])
        end = term.end()
        if not codes:
            return None
    return {"allowed": tuple(codes), "_span_end": end}


# A hosting ban that names any product or service using the model, inside the banned phrase ("shall not offer
# the Model, or any product or service that uses them, as a hosted offering") or as what it includes after it
# ("this includes applications built on the Model"): a hosted application is covered, nothing left to review.
_ANY_SERVICE = prebuilt(
    r"\b(?:products?|services?|applications?|apps?|software|solutions?|offerings?)\s(?:or\s(?:a\s|an\s)?(?:products?|services?"
    r"|applications?)\s)?(?:that|which)\s(?:use|uses|incorporates?|includes?|embeds?|relies|rely|(?:is|are)\s(?:built|based|powered))"
    r"|\b(?:products?|services?|applications?|apps?)\s(?:or\s(?:products?|services?|applications?)\s)?(?:using|incorporating|embedding"
    r"|built\s(?:on|with|upon)|powered\sby)\s(?:the\s|this\s|any\s|a\s)?(?:model|work|materials?|derivative|them|it)"
)
_INCLUDES_SERVICES = prebuilt(r"\b(?:including|includes|applies\sto|whether\sor\snot)\b")
# A ban reaching every service of the licensee's own: "shall not allow any third party to access or use the Model or
# its Output, whether directly or through an API, website or any other service you provide" (a hosted application
# is one of them). Not past a permission or an exception in the sentence ("..., but may use it in any service you
# offer").
_OWN_SERVICES = prebuilt(
    r"\b(?:any|every|all)\s(?:other\s|of\syour\s)?(?:products?|services?|applications?|apps?|websites?|platforms?|offerings?)"
    r"(?:,?\s(?:or\s|and\s)?(?:products?|services?|applications?|apps?|websites?|platforms?)){0,3}\s(?:that\s|which\s)?"
    r"(?:you|licensee|the\slicensee)\s(?:provide|offer|operate|run|host|deploy|make\savailable|build|develop)s?\b"
)
_LIFTED = prebuilt(r"\b(?:but|except|unless|however|other\sthan)\b|\b(?:you|licensee)\s(?:may|can)\s(?!not\b)")


def _hosting(match: re.Match[str], para: Paragraph) -> dict[str, Any] | None:
    return hosting_covers(para, match.start(), match.end())


def hosting_covers(para: Paragraph, start: int, end: int) -> dict[str, Any]:
    """What a hosting ban read at para.low[start:end] covers: {"covers": "any-service"} when it names any product
    or service using the model, or every service of the licensee's own (the pattern reader's and the clause
    layer's readings alike); else nothing."""
    if _ANY_SERVICE.search(para.low, start, end):
        return {"covers": "any-service"}
    _, hi = sentence_bounds(para.text, start, end)
    after = _INCLUDES_SERVICES.search(para.low, end, hi)
    if after and _ANY_SERVICE.search(para.low, after.end(), hi):
        return {"covers": "any-service"}
    own = _OWN_SERVICES.search(para.low, start, hi)
    if own and not _LIFTED.search(para.low, min(end, own.start()), own.start()):
        return {"covers": "any-service"}
    return {}


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


# A grant's purposes as a list after "solely / only (by whom) for": "solely by Licensee for academic, research,
# and non-commercial purposes", "solely for non-commercial, non-revenue generating, research purposes". No item
# may be "commercial" itself ("for research and commercial purposes" limits nothing).
_PURPOSE_WORD = r"(?!(?:commercial|any|purposes?|uses?|including|includes|such|as|other|than|not|except|but|the|a|an|and|or|for)\b)[a-z-]{1,20}"
_PURPOSE_ITEM = rf"{_PURPOSE_WORD}(?:\s{_PURPOSE_WORD})?"
_PURPOSE_SEP = r",?\s(?:and\s|or\s|and/or\s)?"
# (the possessor may be named: "solely for that person's own private use", "for the Licensee's own use")
_SOLELY_FOR = (
    r"\b(?:solely|only|exclusively|strictly)\s(?:(?:by|to)\s[^.;,]{1,40}?\s)?for\s"
    r"(?:your\s|the\s|their\s|its\s|his\s|her\s|(?:(?:that|the|such|each)\s)?[a-z]{2,20}(?:'|\u2019)s\s)?"
)
_PURPOSES_BEFORE = rf"{_SOLELY_FOR}(?:{_PURPOSE_ITEM}{_PURPOSE_SEP}){{0,4}}?"


# Rights ending: "terminate", "ends immediately", "will cease", "are revoked".
_RIGHTS_END = (
    r"terminat|\b(?:end|cease|lapse)s?,?\s+(?:immediately|automatically|on\s+the\s+(?:date|day)|as\s+of)"
    # the condition next: "This patent licence ends if you ..." (the condition left for the step after)
    r"|\b(?:end|cease|lapse)s(?=,?\s+(?:if|when|should)\b)"
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
# (a for-profit purpose is a commercial one: "for any for-profit purpose"; not "not-for-profit")
_COMMERCIAL = r"(?:(?<!non-)(?<!non)(?<!non\s)\bcommercial|(?<!not-)(?<!not\s)\bfor-profit)"
# "... without a separate license": commercial use gated, not banned (registration reads it).
_NOT_GATED = r"(?![^.;]{0,60}?\b(?:without|unless|except)\b)"
