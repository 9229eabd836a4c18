"""Patterns of user and revenue caps, notices, attribution and naming (the first part of the
table: `openlint.text.patterns.PATTERNS` joins the parts in order)."""

from __future__ import annotations

import re

from openlint.text.numbers import AMOUNT, MONEY
from openlint.text.patterns.base import (
    Q_CLOSE,
    Q_OPEN,
    Pattern,
    Span,
    _group,
    _p,
    sentence_bounds,
)
from openlint.text.patterns.builders import (
    _attribution,
    _cap,
    _licensors_own,
    _quantity,
    _quoted,
    _revenue,
    _statement,
)
from openlint.text.patterns.plain_clauses import CITE_IMPERATIVE, requested
from openlint.text.programs import prebuilt
from openlint.text.view import Paragraph

# "retain ... the following attribution notice: "X is licensed under ..."": the notice owed is that text (read
# with it by the statement patterns), not a second, parameterless duty.
_FOLLOWING = prebuilt(r"\bthe\sfollowing\s(?:[\w-]+\s){0,2}?notices?$")


def _following_text(match: re.Match[str] | Span, para: Paragraph) -> bool:
    if _FOLLOWING.search(para.low, match.start(), match.end()) is None:
        return False
    _, hi = sentence_bounds(para.low, match.start(), match.end())
    return para.low.find(":", match.end(), hi) != -1


# "You may not use "Acme" at the beginning of the name of any derivative": a name banned, no name required (the
# last modal before the name decides: "you may not remove notices, and must prefix the name with "X"" requires it).
_NAME_MODAL = prebuilt(r"\b(?:(?:may|must|shall|will|can)(?:\snot)?|cannot|never|required|agrees?)\b")
# A duty to name: "must", "shall", "is required to", "agrees to".
_NAME_DUTY = r"\b(?:must|shall|(?:is|are)\s+required\s+to|agrees?\s+to)\b"
_NAME_BANNED = prebuilt(r"\bnot\b|\bcannot\b|\bnever\b")
_NAME_GATED = prebuilt(r"\b(?:unless|except|without)\b")


def _name_banned(match: re.Match[str] | Span, para: Paragraph) -> bool:
    lo, _ = sentence_bounds(para.low, match.start(), match.end())
    lo = max(lo, match.start() - 80, para.low.rfind(";", lo, match.start()) + 1)  # this clause's modal only
    last = None
    for found in _NAME_MODAL.finditer(para.low, lo, match.end()):
        last = found
    if last is None or not _NAME_BANNED.search(last.group(0)):
        return False
    return _NAME_GATED.search(para.low, last.end(), min(len(para.low), last.end() + 60)) is None


# The licensor telling how it shares the work itself ("The adapter weights are distributed here, under CC BY-NC 4.0
# with attribution to Acme", "We release the checkpoints with credit to the dataset's authors"): a credit the
# licensor gives, no duty on the reader (with no permission or duty word before it in the sentence).
_OWN_SHARING = prebuilt(
    r"\b(?:distributed|released|published|shared|provided|made\savailable|hosted)\s(?:here|in\sthis\s(?:repository|repo|project))\b"
    r"|\bwe\s(?:(?:hereby|also)\s)?(?:distribute|release|publish|share|provide)\b"
)
_SHARING_MODAL = prebuilt(r"\b(?:may|must|shall|can|only|provided|required|need|condition)\b")


def _licensors_own_sharing(match: re.Match[str] | Span, para: Paragraph) -> bool:
    if not para.low.startswith("with", match.start()):
        return False
    lo, _ = sentence_bounds(para.low, match.start(), match.end())
    return (
        _OWN_SHARING.search(para.low, lo, match.start()) is not None
        and _SHARING_MODAL.search(para.low, lo, match.start()) is None
    )


# A quoted name displayed with no place after it is owed only after a duty's modal: 'must display "Acme-7".'
_OWED_BEFORE = prebuilt(
    r"\b(?:must|shall|(?:is|are)\s+required\s+to|agrees?\s+to)\s+(?:also\s+)?"
    r"(?:(?:clearly|prominently|conspicuously|visibly)\s+)?$"
)


def _display_unowed(match: re.Match[str] | Span, para: Paragraph) -> bool:
    """Not a display duty: "redisplay" (a word before it), or a name displayed with no place and no duty's modal."""
    if not isinstance(match, re.Match) or match.group("first") is not None:
        return False
    if match.start() and para.low[match.start() - 1].isalnum():
        return True
    return (
        match.group("place") is None
        and _OWED_BEFORE.search(para.low, max(0, match.start() - 60), match.start()) is None
    )


# Caps on quantities other than active users (OL113), each after a comparison: "more than 100,000 registered
# users", "process more than 10,000,000 API requests per month", "has fewer than 250 employees".
_COMPARED = (
    r"(?:(?:more|greater|fewer|less|higher)\s+than|over|above|under|below|exceed(?:s|ing|ed)?|in\s+excess\s+of"
    r"|at\s+least|up\s+to|reach(?:es|ed)?)\s+(?:a\s+total\s+of\s+)?"
)
_FIGURE = rf"(?P<amount>{AMOUNT})(?:\s{{0,3}}\([\d,]{{1,30}}\))?"
_MORE_AFTER = r"\s+or\s+(?:more|greater|above|higher)"  # "50,000 or more registered users"
# What each quantity is called after its figure (the metric, and the words of the summary).
_QUANTITY_NOUNS = (
    (
        "registered_users",
        r"registered\s+(?:users?|accounts?|user\s+accounts?)|signed[-\s]up\s+users|(?:users?|accounts?)\s+in\s+total",
        "registered users",
    ),
    (
        "monthly_api_requests",
        r"(?:(?:monthly\s+)?(?:api|inference|model)\s+)?(?:requests|calls|queries)"
        r"\s+(?:per|a|each|every|in\s+(?:a|any|one))\s+(?:calendar\s+)?month",
        "API requests a month",
    ),
    ("employees", r"(?:full[-\s]time\s+)?(?:employees|staff\s+members|members\s+of\s+staff|personnel)", "employees"),
)
# One pattern for the three quantities (one run a paragraph: the text reader's work budget is per kind): the
# metric is the noun group that matched; "headcount exceeds 1,000" names the quantity before its figure.
QUANTITY_CAPS: tuple[Pattern, ...] = (
    Pattern(
        "user_cap",
        _p(
            rf"(?P<compared>{_COMPARED})?{_FIGURE}(?P<more>{_MORE_AFTER})?\s+(?:"
            + "|".join(f"(?P<{metric}>{noun})" for metric, noun, _ in _QUANTITY_NOUNS)
            + rf")\b|\bheadcount\s+(?:of\s+|is\s+)?{_COMPARED}(?P<headcount>{AMOUNT})"
        ),
        ("use",),
        0.85,
        "Above this number (of registered users, API requests a month or employees) a separate license is needed.",
        _quantity({metric: words for metric, _, words in _QUANTITY_NOUNS}),
    ),
)

# A grant to natural persons only (OL114): "grants to natural persons acting in their own name a licence", "licensed
# to individuals only", "companies and other organisations are not licensed under this license". Not a definition
# of the licensee ("an individual or Legal Entity"), nor a grant to individuals and organisations alike.
_PERSONS = r"(?:natural\s+persons?|individuals|private\s+individuals)"
_NOT_ALSO_ORGS = r"(?![^.;]{0,60}?\b(?:or|and|and/or)\s+(?:other\s+)?(?:legal\s+entit|entit|organi[sz]ation|compan|business|institution|corporat))"
INDIVIDUALS_ONLY = Pattern(
    "individuals_only",
    _p(
        rf"\bgrants?\s+(?:[a-z-]{{1,20}}\s+){{0,3}}?to\s+{_PERSONS}\b{_NOT_ALSO_ORGS}"
        rf"|\b(?:licen[cs]ed|granted|available|offered|provided|open)\s+(?:only\s+|solely\s+|exclusively\s+)?to\s+{_PERSONS}\s+"
        r"(?:only|acting\s+in\s+(?:their|his\s+or\s+her)\s+own\s+(?:name|capacity|right))\b"
        rf"|\b(?:only|solely|exclusively)\s+(?:to|for|by)\s+{_PERSONS}\b{_NOT_ALSO_ORGS}(?!\s+(?:employed|working|acting\s+(?:for|on\s+behalf)))"
        r"|\b(?:companies|corporations|organi[sz]ations|legal\s+entities|businesses)"
        r"(?:\s+(?:and|or)\s+(?:other\s+)?(?:organi[sz]ations|legal\s+entities|entities|companies|businesses|institutions))?"
        r"\s+(?:are|is)\s+not\s+(?:licensed|covered|eligible|granted\s+(?:a\s+|any\s+)?(?:licen[cs]e|rights?))\b"
    ),
    ("use", "modify", "distribute", "serve"),
    0.85,
    "The licence covers natural persons only: an organisation needs another licence.",
)

CAPS_CREDIT: tuple[Pattern, ...] = (
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
    # The abbreviation: "more than 10 million MAU", "5M DAU".
    Pattern(
        "user_cap",
        _p(rf"(?P<amount>{AMOUNT})(?:\s{{0,3}}\([\d,]{{1,30}}\))?\s{{0,2}}(?P<metric>m|d)aus?\b"),
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
            r"\s(?:of\s(?:your|the|its|their|such|any)\s(?:[a-z'\u2019-]{1,20}\s){0,6}?)?(?:is\s|are\s|of\s|number\s|numbers\s|totals?\s){0,2}(?:(?:equal\sto|equals?)\sor\s)?(?:less|fewer|more|greater|below|above|over|under|exceed\w{0,3}|at\sleast|reach\w{0,3})"
            rf"(?:\s+than)?(?:\s+or\s+equal\s+to)?\s+(?P<amount>{AMOUNT})"
        ),
        ("use",),
        0.85,
        "Above this number of active users a separate license is needed.",
        _cap,
    ),
    # The count named first and what it counts after it: "the total monthly unique users (MUU) of the products or
    # services made available by Licensee or its affiliates is greater than 1 million", "daily active users across
    # all of your apps exceed 50,000" (the comparison's own verb, within the sentence; no other verb of being before it:
    # "are reported ..., and reports are more than 10 pages" compares something else).
    Pattern(
        "user_cap",
        _p(
            r"(?P<metric>monthly|daily)\s++(?:active\s++|unique\s++)?users?\b(?:\s\([a-z]{2,4}\))?"
            r"\s(?:of|for|across|on|in)\s(?:(?!\b(?:is|are|was|were|has|have|had)\b)[^.;]){1,200}?\s(?:(?:is|are|was|were)\s(?:equal\sto\sor\s)?(?:greater|more|higher)\sthan"
            r"(?:\sor\sequal\sto)?|(?:is|are|was|were)\s(?:above|over|in\sexcess\sof)|exceed(?:s|ed)?)"
            rf"\s+(?P<amount>{AMOUNT})"
        ),
        ("use",),
        0.8,
        "Above this number of active users a separate license is needed.",
        _cap,
    ),
    Pattern(
        "revenue_cap",
        _p(rf"\b(?:annual|yearly)\s++(?:gross\s++)?(?:revenues?|turnover|sales)[^.]{{0,200}}?{MONEY}"),
        ("use",),
        0.85,
        "Above this annual revenue a separate license is needed.",
        _revenue,
        veto=_licensors_own,
    ),
    Pattern(
        "revenue_cap",
        _p(rf"{MONEY}[^.]{{0,120}}?\b(?:annual|yearly)\s++(?:gross\s++)?(?:revenue|turnover|sales)"),
        ("use",),
        0.85,
        "Above this annual revenue a separate license is needed.",
        _revenue,
        veto=_licensors_own,
    ),
    Pattern(  # "... ($2,000,000) in gross revenue in the prior year"
        "revenue_cap",
        _p(
            rf"{MONEY}[^.]{{0,60}}?(?:gross\s++)?revenues?"
            r"\s+(?:in|during|for|over)\s+(?:the\s+|its\s+|your\s+)?(?:prior|preceding|previous|last|most\s+recent)"
            r"\s+(?:twelve\s+months|12\s+months|(?:fiscal\s+|calendar\s+)?year)"
        ),
        ("use",),
        0.85,
        "Above this annual revenue a separate license is needed.",
        _revenue,
        veto=_licensors_own,
    ),
    # Revenue over a year without "annual": "usage that generates more than 50,000 USD within a year", "sales
    # above EUR 2 million per calendar year", "earning over 10 million yen annually".
    Pattern(
        "revenue_cap",
        _p(
            r"\b(?:generat\w{1,4}|earn\w{0,3}|revenues?|turnover|income|sales)\b[^.;]{0,60}?"
            r"\b(?:more\s+than|over|above|exceed\w{0,3}|in\s+excess\s+of|at\s+least|less\s+than|under|below|greater\s+than)\s+"
            # (an aside on other currencies and "in total" may stand before the period: "20 million US dollars (or the
            # equivalent in other currencies) in total over any consecutive 12 months")
            rf"(?:a\s+total\s+of\s+)?{MONEY}(?:\s*+\([^()]{{1,60}}\))?(?:\s+in\s+(?:total|aggregate))?"
            r"(?:\s+(?:(?:with)?in|per|a|each|every|in\s+any|over|during\s+(?:a|any|one|the))\s+"
            r"(?:(?:a|one|any|the|each|every|single|given)\s+)?(?:(?:consecutive|rolling|trailing)\s+)?(?:(?:calendar|fiscal|financial)\s+)?"
            r"(?:year|annum|12-month\s+period|twelve-month\s+period|(?:12|twelve)\s+months)\b|\s+(?:annually|yearly)"
            # a past year: "earned more than 20 million US dollars last fiscal year"
            r"|\s+(?:in\s+|during\s+|over\s+|for\s+)?(?:the\s+|its\s+|your\s+)?(?:last|prior|previous|preceding|most\s+recent)\s+"
            r"(?:(?:calendar|fiscal|financial)\s+)?year\b)"
        ),
        ("use",),
        0.85,
        "Above this annual revenue a separate license is needed.",
        _revenue,
        veto=_licensors_own,
    ),
    # Revenue over a month: "whose monthly consolidated revenue is above USD 5 million", "revenue exceeds
    # EUR 1,000,000 per month".
    Pattern(
        "revenue_cap",
        _p(
            r"\bmonthly\s++(?:(?:gross|net|global|consolidated|total|worldwide|group)\s++){0,3}(?:revenues?|turnover|income|sales)\b"
            rf"[^.]{{0,200}}?{MONEY}"
        ),
        ("use",),
        0.85,
        "Above this monthly revenue a separate license is needed.",
        _revenue,
        veto=_licensors_own,
    ),
    Pattern(
        "revenue_cap",
        _p(
            r"\b(?:revenues?|turnover|income|sales)\b[^.;]{0,60}?\b(?:more\s+than|over|above|exceed\w{0,3}|in\s+excess\s+of|greater\s+than)\s+"
            rf"{MONEY}\s+(?:per|a|each|every|in\s+(?:any|a|the)(?:\s+(?:single|given))?)\s+(?:calendar\s+)?month\b"
        ),
        ("use",),
        0.85,
        "Above this monthly revenue a separate license is needed.",
        _revenue,
        veto=_licensors_own,
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
            # the notices carried onto the copies made, as a condition or a duty: "provided that ... the copyright
            # notices are copied onto the labels of the copies", "proprietary notices must be reproduced on every copy"
            r"|\b(?:provided|so\slong\sas|as\slong\sas|on\s(?:the\s)?condition)\b[^.;]{0,200}?\bnotices?\s(?:(?:of|on|in|from)\s(?:the\s)?[a-z-]{1,20}\s)?(?:are|is|(?:shall|must|will)\sbe)\s"
            r"(?:copied|reproduced|included|retained|preserved|kept|placed|affixed)\s(?:on|onto|in|into|upon)\s(?:the\s|all\s|each\s|every\s|any\s)?"
            r"(?:[a-z-]{1,20}\s){0,3}?cop(?:y|ies)\b"
            r"|\bnotices?\s(?:shall|must)\sbe\s(?:copied|reproduced|retained|preserved|placed|affixed)\s(?:on|onto|in|into|upon|to)\s"
            r"(?:the\s|all\s|each\s|every\s|any\s)?(?:[a-z-]{1,20}\s){0,3}?cop(?:y|ies)\b"
            r"|\b(?:retain|preserve|keep|reproduce)\w{0,2}\s+(?:all\s+|any\s+)?(?:the\s+)?notices?\s+(?:of|from|by|identifying)\s+(?:the\s+|its\s+)?"
            r"(?:authors?|licensors?|copyright\s+holders?|owners?|contributors?|creators?|developers?|rights\s+holders?)\b"
            r"|\b(?:keep|leave)\s+intact\s+(?:all\s+|any\s+)?(?:the\s+)?(?:[a-z-]{1,20},?\s+(?:and\s+|or\s+)?){0,3}?notices?\b"
            r"|\b(?:publish|place|put|affix|display|include|reproduce)\w{0,2}\s+(?:on|in)\s+(?:each|every|all)\s+cop(?:y|ies)\s+(?:of\s+[^.;]{1,40}?\s+)?"
            r"(?:an?\s+|the\s+)?(?:appropriate\s+|conspicuous\s+)?copyright\s+notices?\b"
            r"|copyright\s+(?:statement|notice)[^.]{0,80}?\b(?:shall|should|must)\s+be\s+included\s+in\s+all\s+copies"
            r"|\b(?:must|shall|you)\s+(?:include|retain|reproduce)\s+the\s+above\s+copyright\s+notice"
            # the document's own notice: "you must retain this notice and the following text"
            r"|(?<!not\s)(?<!may\s)\b(?:retain|keep|preserve|reproduce)\w{0,2}\s+(?:intact\s+)?(?:this|these|the\s+above)\s+(?:(?:licen[cs]e|legal)\s+)?notices?\b"
        ),
        ("distribute",),
        0.8,
        "Keep copyright and attribution notices.",
        veto=_following_text,
    ),
    Pattern(
        "attribution",
        _p(
            # (a label's own apostrophe, "Meta's", is followed by a letter; its closing quote is not)
            rf"(?<!\bwe\s)(?<!\bwe\swill\s)\b(?:display|include|state|show|mark|label|feature|bear|carry|indicate|mention|print|place|put|add|present)\w{{0,4}}+[^.\u201c\"]{{0,120}}?{Q_OPEN}"
            rf"(?P<text>(?:Built|Powered|Made|Created|Developed|Improved)\s++(?:with|by|using|on|upon)\s(?:[^\u201d\"'\u2019]|['\u2019](?=\w)){{1,300}}|[^\u201d\"]{{1,40}}\sInside){Q_CLOSE}"
            # the source named when passing it on: "must clearly indicate the source as the original repository"
            r"|\b(?:must|shall|(?:is|are)\s+required\s+to|agrees?\s+to)\s+(?:also\s+)?(?:clearly\s+|prominently\s+|conspicuously\s+)?"
            r"(?:indicate|identify|state|name|acknowledge|cite|credit)\s+(?:the\s+|its\s+|their\s+)?(?:source|origin)\s+as\s+(?:the\s+|being\s+)?(?:[a-z-]{1,20}\s+){0,3}?"
            r"(?:repository|repo|release|model|project|work|source|authors?|licensor|publisher)\b"
            # the other way round, also as one of several duties: "must keep this notice, identify Acme as the source"
            r"|\b(?:must|shall|(?:is|are)\s+required\s+to|agrees?\s+to)\s+(?!not\b|never\b)(?:[^.;]{0,120}?,\s+(?:and\s+)?)?"
            r"(?:also\s+)?(?:clearly\s+|prominently\s+)?(?:identify|name|credit|acknowledge|cite|mention)\s+"
            r"(?!(?:yourself|yourselves|themselves|himself|herself|itself|you|it|them|this|that)\b)(?:[a-z0-9][\w.-]*\s+){1,4}?"
            r"as\s+(?:the\s+|its\s+|their\s+)?(?:original\s+)?(?:source|origin|authors?|creators?|developers?)\b"
        ),
        ("distribute", "serve"),
        0.95,
        "Display this exact phrase.",
        _attribution,
    ),
    Pattern(
        "attribution",
        _p(
            # (one of several offered: "provide one of the following attributions in any work: \"...\"")
            rf"following\s(?:attribution|credit|acknowledgm?e?ment)s?(?:(?:\s(?:notice|statement|line|text)s?)?(?:\s+be provided)?|\s(?:in|on|with|to)\s[^:.;\u201c\"]{{1,60}}?)\s*+:\s*+{Q_OPEN}(?P<text>.{{10,300}}?)(?:(?<=\.){Q_CLOSE}|{Q_CLOSE}\s*+(?=[.;,]|and\b|$|\n|\(?[a-z0-9]\)\s))"
        ),
        ("distribute",),
        0.9,
        "Provide this exact attribution notice.",
        _quoted("text"),
    ),
    Pattern(
        "notice",
        _p(
            # (a brand display, "Built with X", is a credit, not a notice: read by the attribution patterns)
            rf"\bfollowing\s(?!attribution\snotice)(?:[a-z]{{1,12}}\s){{0,2}}?(?:statement|legend|notice)\b[^:]{{0,120}}?:\s*+{Q_OPEN}"
            rf"(?!(?:built|powered|made|created|developed|improved)\s(?:with|by|using|on|upon)\s)(?P<text>.{{10,400}}?)(?:(?<=\.){Q_CLOSE}|{Q_CLOSE}\s*+(?=[.;,]|and\b|$|\n))"
            # an unquoted copyright line to the paragraph's end: "the following copyright notice is displayed: Copyright (c) X"
            r"|\bfollowing\s(?:[a-z]{1,12}\s){0,2}?(?:copyright\s)?(?:notice|legend|statement)\b[^:.;]{0,120}?:\s*+(?P<line>[*_]{0,3}(?:copyright|\(c\)|\u00a9)[^\n]{3,200}?)\s*$"
            # a license statement as the notice after a place, quoted, or unquoted to the line's end ("retain the
            # following attribution notice within a LICENSE file: X is licensed under the Y License, Copyright Z.")
            r"|\bfollowing\s(?:attribution|credit|acknowledgm?e?ment|licen[cs]e|copyright)\s(?:notice|statement|line|text),?\s(?:in|on|with|within|inside|to|as)\s[^:.;]{1,160}?:\s*+"
            rf"{Q_OPEN}(?P<text2>[^\u201d\"\n]{{2,160}}?\s(?:is|are)\slicensed\s(?:by\s[^\u201d\"\n]{{2,80}}?\s)?under\s[^\u201d\"\n]{{2,300}}?)(?:{Q_CLOSE}|$)"
            r"|\bfollowing\s(?:attribution|credit|acknowledgm?e?ment|licen[cs]e|copyright)\s(?:notice|statement|line|text)\b[^:.;\n]{0,160}?:[ \t]*+"
            r"(?P<line2>[^\n\u201c\"]{2,160}?\s(?:is|are)\slicensed\s(?:by\s[^\n]{2,80}?\s)?under\s[^\n]{2,300}?)\s*$"
            # a duty to include the following notice, its text unquoted to the sentence's end ("You must include the
            # following notice with each copy: This work was made using the X Materials, provided by Y."); not a
            # copyright line or a credit (read above), nor a quoted text
            r"|\b(?:must|shall|will|agrees?\sto|(?:is|are)\srequired\sto)\s(?:also\s)?(?:include|reproduce|retain|display|provide|add|carry|attach|place)\w{0,2}\s"
            r"(?:the\s)?following\s(?:[a-z]{1,12}\s){0,2}?(?:notice|statement|legend)\b[^:.;]{0,120}?:\s*+"
            # (a license statement, "X is licensed under Y", is read to its line's end above)
            r"(?![\u201c\"'\u2018(*_]|copyright\b|\(c\)|\u00a9|(?:built|powered|made|created|developed|improved)\s(?:with|by|using|on|upon)\s"
            r"|[^.;]{2,160}?\s(?:is|are)\slicensed\s)"
            r"(?P<line3>[^\s\u201c\"](?:[^;:]|:(?!\s)){19,400}?)(?=\.\s|\.$)"
        ),
        ("distribute",),
        0.9,
        "Keep this exact statement with every copy.",
        _statement,
    ),
    # A quoted notice named inline, no colon: 'include a trademark notice "X is a trademark of Y."'.
    Pattern(
        "notice",
        _p(
            r"\b(?:include|display|retain|add|reproduce|carry|place|show|provide|keep|bear)\w{0,3}\s+(?:(?:a|an|the|this|such\s+a)\s+)?"
            rf"(?:(?!attribution\b|credit\b|acknowledge?ment\b)[a-z-]{{1,20}}\s+){{0,2}}?(?:notice|statement|legend)\s*+{Q_OPEN}"
            rf"(?!(?:built|powered|made|created|developed|improved)\s)(?P<text>[^\u201d\"\n]{{10,300}}?)"
            rf"(?:(?<=\.){Q_CLOSE}|{Q_CLOSE}\s*+(?=[.;,)]|and\b|on\b|in\b|$|\n))"
        ),
        ("distribute",),
        0.9,
        "Keep this exact statement with every copy.",
        _quoted("text"),
    ),
    # A quoted licence statement as the object of a duty, no noun before it: 'the NOTICE file must include "X Models
    # are licensed under the Y Agreement."', 'each copy shall state "This model is released under Z."'.
    Pattern(
        "notice",
        _p(
            r"\b(?:must|shall|(?:is|are)\s+required\s+to|agrees?\s+to)\s+(?:also\s+)?(?:always\s+)?"
            r"(?:include|contain|state|display|show|carry|bear|reproduce|read)\w{0,2}\s+(?:the\s+(?:words|text|sentence|line)\s+)?"
            rf"{Q_OPEN}(?P<text>[^\u201d\"\n]{{2,160}}?\s(?:is|are)\s(?:licensed|released|distributed|made\savailable|provided)\s[^\u201d\"\n]{{2,240}}?)"
            rf"(?:(?<=\.){Q_CLOSE}|{Q_CLOSE}\s*+(?=[.;,)]|and\b|$|\n))"
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
            rf"(?:(?<=^)|(?<=^\s)|(?<=^[-*]\s)|(?<=^\s[-*]\s)){Q_OPEN}(?P<text>[^\u201d\"\n]{{2,160}}?\s(?:is|are)\slicensed\s(?:by\s[^\u201d\"]{{2,80}}?\s)?under\s"
            # the whole quote when the paragraph is the quote ("X is licensed under Y. Copyright (c) Z.";), else
            # to the first sentence's end
            rf"[^\u201d\"]{{2,120}}?(?:licen[cs]e|agreement)\b(?:[^\u201d\"]{{0,160}}(?=[\u201d\"][.;,]?\s*$)|[^\u201d\"]{{0,80}}?))(?:\.\s|{Q_CLOSE}|$)"
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
            # (owed, the place may be left out: 'commercial products must display "Acme-7"' (`_display_unowed`); in the
            # passive the name comes first: '"Acme-7" must be prominently displayed on the user interface of such product')
            # (no zero-width test before either branch: the engine skips ahead to a first character)
            rf"(?:display\w{{0,2}}\s+{Q_OPEN}|(?P<first>{Q_OPEN})(?=\w)(?:(?<=[\s(]{Q_OPEN})|(?<![\s\S]{{2}})))"
            rf"(?P<text>[^\u201d\"\n]{{1,40}}){Q_CLOSE}"
            r"(?(first)\s+(?:must|shall)\s+(?:also\s+)?(?:always\s+)?be\s+(?:(?:clearly|prominently|conspicuously|visibly)\s+)?"
            r"(?:displayed|shown))"
            r"(?P<place>\s+(?:on|in|within)\s+(?:the\s+|a\s+|its\s+|your\s+|any\s+)?(?:[a-z]{1,12}\s+){0,2}?"
            r"(?:user\s+interface|website|web\s+page|about\s+page|product|service|documentation|app))?"
            r"(?(place)|(?=\s*+[.;,]))"
        ),
        ("distribute", "serve"),
        0.9,
        "Display this exact name.",
        _attribution,
        veto=_display_unowed,
    ),
    Pattern(
        "attribution",
        _p(
            r"\b(?:publications?|papers?|articles?)\b[^.]{0,200}?\b(?:must|shall|(?:is|are)\s+required\s+to)\s+(?:include|contain|provide|give)\s+"
            r"(?:a\s+|an\s+|appropriate\s+|proper\s+)?(?:citation|reference)\s+to\b"
            r"|\b(?:publications?|papers?|articles?)\b[^.;]{0,120}?\b(?:must|shall|(?:is|are)\s+required\s+to)\s+(?:also\s+)?"
            r"(?:(?:appropriately|properly|duly|clearly|always)\s+)?(?:cite|reference|acknowledge)\b"
            r"|\b(?:must|shall|(?:is|are)\s+required\s+to|agrees?\s+to)\s+(?:also\s+)?(?:clearly\s+|prominently\s+|appropriately\s+)?(?:credit|attribute)\s+(?!that\b)[^.;]{1,80}?"
            r"\b(?:in|within|on)\s+(?:the\s+|your\s+|any\s+|its\s+|their\s+|each\s+)?(?:[a-z-]{1,20}\s+)?(?:documentation|publications?|papers?|websites?|products?|about\s+page|credits|readme|model\s+card)\b"
            r"|\b(?:must|shall)\s+cite\s+(?:the|this|our)\b[^.]{0,80}?\b(?:in|within)\s+(?:any|your|all|each)\s+(?:resulting\s+)?(?:publications?|papers?)"
            # the duty verb ahead: "you agree to acknowledge ... and cite appropriate references ... in your publications"
            r"|\b(?:must|shall|agrees?\s+to|(?:is|are)\s+required\s+to|will)\s+(?:[^.;]{0,120}?\b(?:and|also)\s+(?:to\s+)?)?"
            r"(?:(?:appropriately|properly|duly)\s+)?(?:acknowledge|cite|credit|reference)\w{0,2}\b[^.;]{0,120}?\b(?:in|within)\s+(?:your|any|all|each|the|resulting|such)\s+"
            r"(?:resulting\s+|related\s+|scientific\s+)?(?:publications?|papers?|articles?|presentations?|reports?)\b"
            # a citation owed with what you pass on: "you must include a prominent citation to the research paper"
            r"|\b(?:must|shall|(?:is|are)\s+required\s+to|agrees?\s+to)\s+(?:also\s+)?(?:include|provide|give|add|display|retain|keep|carry)\s+"
            r"(?:(?:a|an|the|appropriate|proper)\s+)?(?:[a-z-]{1,15},?\s+(?:and\s+)?){0,3}?(?:citations?|references?|acknowledge?ments?)\s+(?:to|of)\s+"
            r"(?!(?:this|these|the|our)\s+(?:[a-z-]{1,15}\s+)?(?:licen[cs]e|agreement|terms)\b)"
            r"|\b(?:must|shall|(?:is|are)\s+required\s+to|agrees?\s+to)\s+(?:also\s+)?(?:(?:appropriately|properly|duly|clearly|always)\s+)?"
            r"cite\s+(?:the|this|our|its)\s+(?:[a-z-]{1,20}\s+){0,3}?(?:paper|manuscript|preprint|model|work|publication|article|project|repository|dataset)\b"
            # a condition listed as "that you ...": "1. That you include a reference to the Corpus in any work that makes
            # use of it", "provided that you include a citation of the paper" (not "we ask that you", "we recommend that")
            r"|(?:\bthat(?<![a-z]\sthat)|\b(?:provided|on\s+(?:the\s+)?condition|subject\s+to\s+the\s+condition)\s+that)\s+(?:you|the\s+licensee|licensee|the\s+user)\s+"
            r"(?:(?:must|shall|will)\s+)?(?:also\s+)?(?:include|provide|give|add|make)s?\s+(?:(?:a|an|the|appropriate|proper)\s+)?"
            r"(?:citations?|references?|acknowledge?ments?)\s+(?:to|of)\s+"
            r"(?!(?:this|these|the|our)\s+(?:[a-z-]{1,15}\s+)?(?:licen[cs]e|agreement|terms)\b)"
            # an imperative after a heading: "4) Attribution. Cite this repository in derived works or publications."
            rf"|{CITE_IMPERATIVE}"
        ),
        ("distribute",),
        0.85,
        "Cite the model in publications.",
        veto=requested,
    ),
    Pattern(
        "attribution",
        _p(
            r"appropriate credit|appropriate attribution|identification of the creator|give credit to|attribute the (?:work|source)"
            # credit given to its authors: "give the author or licensor the credits (attribution)"
            r"|\bgive\s+(?:the\s+)?(?:original\s+)?(?:authors?|licensors?|creators?|developers?)(?:\s+(?:or|and)\s+(?:the\s+)?(?:authors?|licensors?|creators?|developers?))?"
            r"\s+(?:the\s+|due\s+|proper\s+|appropriate\s+)?credits?\b"
            # a duty stated as a noun: "publishing a tuned checkpoint requires attribution"
            r"|\b(?:requires?|conditioned\son|subject\sto)\s(?:(?:proper|appropriate|clear|visible)\s)?(?:attribution|credit)\b(?!\s(?:notices?|requirements?)\b)"
            r"|\b(?:must|shall|(?:is|are)\s+required\s+to|agrees?\s+to)\s+(?:[a-z-]{1,15}\s+){0,8}?(?:(?:state|stating|mention|disclose|indicate|indicating|acknowledge|note|make\s+clear|saying)\b"
            # a notice displayed where the work is made public: "shall cause to be displayed in all public materials ...
            # a notice that the research was conducted using X" (the notice named: "display X in any publication that
            # uses" is a relative clause, not what is displayed)
            r"|(?:displayed|display)\b[^.;]{0,120}?\b(?:notice|statement|acknowledge?ments?)\s)"
            r"[^.;]{0,120}?\bthat\b[^.;]{0,80}?\b(?:uses?|is\s+based\s+on|(?:was|is|were|are|has\s+been|have\s+been)\s+(?:wholly\s+or\s+partially\s+|partly\s+)?"
            r"(?:built|developed|created|derived|trained|made|generated|produced|obtained|synthesi[sz]ed|conducted|performed|carried\s+out|done)\s+(?:with|on|using|from|upon|by)|incorporates?|is\s+powered\s+by)\b"
            # Chinese: 标注……系基于X开发 (beside any quoted label)
            # credit as the condition of sharing: "may be shared ..., with attribution to Jane Doe"
            r"|\bwith\s+(?:(?:proper|appropriate|clear|due|full|visible)\s+)?(?:attribution|credit)\s+(?:given\s+)?to\s+(?!(?:this|the)\s+(?:licen|agreement|terms))"
            # (or the credit alone ending the permission: "may quote short excerpts in academic work with attribution")
            r"|\b(?:may|can)\s(?!not\b)[^.;]{0,120}?\bwith\s+(?:(?:proper|appropriate|clear|due|full|visible)\s+)?(?:attribution|credit)(?=\s*[.;)]|\s*$)"
            # an imperative opening a clause (after a heading label such as "Attribution."): "Credit this project ..."
            r"|(?:(?<![\s\S])|(?<=^\s)|(?<=[.:;]\s))(?:credit|attribute)\s+(?:this|the|our)\s+(?:original\s+)?"
            r"(?:project|authors?|licensors?|creators?|developers?|work|model|weights|source|team)\b"
            r"|(?:标注|标明|注明)[^。\uff1b\u201c\"]{0,40}?(?:系|是|为)?基于[^。\uff1b]{1,60}?(?:开发|构建|训练|衍生|改进)"
            # 须注明出处 / 应当署名 / 必须标明原作者 (a duty word first: 建议注明出处 only recommends)
            # (无需注明出处 / 无须 / 不需要: no duty)
            r"|(?<![无不])(?:须|必须|应|应当|需要?|务必)(?:在[^。\uff1b]{0,30}?)?(?:注明|标明|标注|说明|显示)[^。\uff1b]{0,10}?(?:出处|来源|原作者|作者|版权方)"
            r"|(?<![无不])(?:须|必须|应|应当|需要?|务必)(?:在[^。\uff1b]{0,30}?)?署名"
        ),
        ("distribute", "serve"),
        0.8,
        "Credit the licensor as the license describes.",
        beside_text=True,
        veto=_licensors_own_sharing,
    ),
    Pattern(
        "naming",
        _p(
            # "include "X" at the beginning of the title of any Derivative Works": a work's title is its name
            rf"{Q_OPEN}(?P<prefix>[^\u201d\"\u2019'\n]{{1,30}}){Q_CLOSE}\s+(?:at|to)\s+the\s+(?:beginning|start)\s+of[^.]{{0,40}}?(?:name|title)"
            rf"|(?:name|title)[^.]{{0,80}}?(?:(?:must|shall)\s+(?:begin|start)|that\s+(?:begins|starts))\s+with\s+{Q_OPEN}(?P<prefix2>[^\u201d\"]{{1,30}}){Q_CLOSE}"
            # "you must prefix the name of any derivative model with "X""
            rf"|\bprefix\w{{0,3}}\s+(?:the\s+|its\s+|their\s+|your\s+|each\s+|every\s+)?(?:names?|titles?)\s+(?:of\s+[^.;\u201c\"]{{1,60}}?\s+)?with\s+{Q_OPEN}(?P<prefix3>[^\u201d\"]{{1,30}}){Q_CLOSE}"
            # the prefix as a noun, the name before it: "must be named with the prefix "X"", "names must carry the
            # prefix "X"", "titled using the prefix "X"", "a name prefixed with "X""
            # (a duty word before the prefix: the licensor naming its own releases requires nothing)
            rf"|(?:{_NAME_DUTY}[^.;]{{0,60}}?\b(?:names?|named|titles?|titled|called)\b|\b(?:names?|named|titles?|titled|called)\b[^.;]{{0,60}}?{_NAME_DUTY})"
            rf"[^.;]{{0,60}}?\bprefix(?:ed)?\s+(?:(?:by|with)\s+)?(?:the\s+(?:word|string|term|name)\s+)?"
            rf"{Q_OPEN}(?P<prefix4>[^\u201d\"\u2019'\n]{{1,30}}){Q_CLOSE}"
            # ... or after it: "must use the prefix "X" in its name", "carry the prefix "X" at the start of their titles"
            rf"|{_NAME_DUTY}[^.;]{{0,60}}?\bprefix\s+{Q_OPEN}(?P<prefix5>[^\u201d\"\u2019'\n]{{1,30}}){Q_CLOSE}\s+(?:in|for|on|before|at\s+the\s+(?:start|beginning)\s+of)\s+"
            r"(?:the\s+|its\s+|their\s+|your\s+|each\s+|every\s+|any\s+|such\s+)?(?:[a-z-]{1,20}\s+){0,2}?(?:names?|titles?)\b"
            # "must use "X" as a prefix in their names", "must have "X" as the first word of its name"
            rf"|{_NAME_DUTY}[^.;]{{0,60}}?{Q_OPEN}(?P<prefix6>[^\u201d\"\u2019'\n]{{1,30}}){Q_CLOSE}\s+as\s+(?:a|the|its|their)\s+"
            r"(?:(?:name\s+)?prefix\b|first\s+(?:word|part|element)\s+of\s+(?:its|their|the|each|every|any)\s+(?:[a-z-]{1,20}\s+)?(?:names?|titles?)\b)"
            # "you shall prefix "X" to the name of any Derivative"
            rf"|\bprefix\s+{Q_OPEN}(?P<prefix7>[^\u201d\"\u2019'\n]{{1,30}}){Q_CLOSE}\s+to\s+(?:the\s+|its\s+|their\s+|each\s+|every\s+|any\s+)?(?:names?|titles?)\b"
        ),
        ("modify", "distribute", "serve"),
        0.95,
        "Derivative model names must begin with this prefix.",
        lambda m, p: {
            "prefix": " ".join(
                _group(
                    m,
                    p,
                    next(
                        g
                        for g in ("prefix", "prefix2", "prefix3", "prefix4", "prefix5", "prefix6", "prefix7")
                        if m.group(g)
                    ),
                ).split()
            )
        },
        veto=_name_banned,
    ),
    # A name required anywhere in the derivative's name: 'the model must include "X" in its name'.
    Pattern(
        "naming",
        _p(
            r"\b(?:must|shall|(?:is|are)\s+required\s+to|agrees?\s+to)\s+(?:also\s+)?(?:[a-z]{1,12}\s+){0,2}?"
            r"(?:include|contain|carry|bear|feature|incorporate|retain|keep)\w{0,1}\s+(?:the\s+(?:word|term|string|name|mark)\s+)?"
            rf"{Q_OPEN}(?P<contains>[^\u201d\"\u2019'\n]{{1,30}}){Q_CLOSE}\s+(?:in|within|as\s+part\s+of)\s+"
            r"(?:the\s+|its\s+|their\s+|such\s+|any\s+such\s+|each\s+|every\s+|your\s+)?(?:[a-z-]{1,20}\s+){0,2}?(?:names?|titles?)\b"
            r"|\bnames?\b[^.]{0,80}?\b(?:must|shall|(?:is|are)\s+required\s+to)\s+(?:also\s+)?(?:include|contain|incorporate|feature|carry)\w{0,1}\s+"
            rf"(?:the\s+(?:word|term|string|name|mark)\s+)?{Q_OPEN}(?P<contains2>[^\u201d\"\u2019'\n]{{1,30}}){Q_CLOSE}"
        ),
        ("modify", "distribute", "serve"),
        0.9,
        "Derivative model names must contain this name.",
        lambda m, p: {"contains": " ".join(_group(m, p, "contains" if m.group("contains") else "contains2").split())},
        veto=_name_banned,
    ),
    # (last: the anchor tests take the first split pattern of the table to be a notice pattern)
    *QUANTITY_CAPS,
    INDIVIDUALS_ONLY,
)
