"""A grant for a fixed term (`term_expires`): the licence ends on a date, or a period after acceptance.

Read: "This Agreement ... expires on 31 December 2025", "valid until December 31, 2025", "This License
terminates automatically on 2025-12-31", "Licence period: 1 January 2025 to 31.12.2025", "有效期至2025年12月31日"
(`date`, ISO 8601, the last day of the term; a slashed date is month first or day first, whichever is a real date, the
earlier when both are); "for one (1) year from the Effective Date", "a term of 12 months"
(`duration`, ISO 8601: P1Y, P12M; only the date the licence was accepted makes it a date).

Not read: "effective until terminated" (no date), termination for breach (no date), a date the text was published
or updated ("Last updated: 1 March 2025", "Effective Date: ..."), a date from which the licensor may change the
terms, copyright years (no day), "perpetual", a term that renews by itself ("renews automatically for successive
one-year terms unless either party gives notice": no last day).
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from openlint.text.patterns.base import Pattern, Span, _p
from openlint.text.programs import prebuilt
from openlint.text.view import Paragraph

_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH = (
    r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?"
    r"|sep(?:tember|t\.?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_SLASHED = r"(?:[12]\d|3[01]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])/"  # 12/31/2025 or 31/12/2025: which is the day, _date_of
# A calendar date as licences write it (on the lower-cased view): 31 December 2025, December 31, 2025, 2025-12-31,
# 31.12.2025 (day first), 12/31/2025 or 31/12/2025, 2025年12月31日.
DATE = (
    rf"(?:{_DAY}\s(?:day\sof\s)?{_MONTH},?\s{_YEAR}|{_MONTH}\s{_DAY},?\s{_YEAR}|{_YEAR}-[01]\d-[0-3]\d"
    rf"|(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.{_YEAR}|{_SLASHED}{_YEAR}"
    rf"|{_YEAR}\s?年\s?[01]?\d\s?月\s?[0-3]?\d\s?日)"
)
_DATE_PARTS = prebuilt(
    rf"(?P<d1>{_DAY})\s(?:day\sof\s)?(?P<m1>{_MONTH}),?\s(?P<y1>{_YEAR})"
    rf"|(?P<m2>{_MONTH})\s(?P<d2>{_DAY}),?\s(?P<y2>{_YEAR})"
    rf"|(?P<y3>{_YEAR})-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)"
    rf"|(?P<d4>[12]\d|3[01]|0?[1-9])\.(?P<m4>1[0-2]|0?[1-9])\.(?P<y4>{_YEAR})"
    rf"|(?P<y5>{_YEAR})\s?年\s?(?P<m5>[01]?\d)\s?月\s?(?P<d5>[0-3]?\d)\s?日"
    rf"|(?P<first>\d\d?)/(?P<second>\d\d?)/(?P<y6>{_YEAR})"
)
_DATE_IN = prebuilt(DATE)
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "eighteen": 18,
    "twenty-four": 24,
    "thirty": 30,
    "sixty": 60,
    "ninety": 90,
}
_COUNT = r"(?:\d{1,3}|" + "|".join(_NUMBER_WORDS) + ")"  # the words a count is read from, as written
_UNIT = r"(?:years?|months?|weeks?|days?|calendar\smonths?)"
_PERIOD = rf"{_COUNT}\s(?:\(\d{{1,3}}\)\s)?{_UNIT}"
_PERIOD_PARTS = prebuilt(
    rf"(?P<n>{_COUNT})\s(?:\((?P<digits>\d{{1,3}})\)\s)?(?:calendar\s)?(?P<unit>year|month|week|day)"
)
# What a relative term runs from: the licence's start, its acceptance, the download or the first use.
_FROM_START = (
    r"(?:(?:from|after|following|of|commencing\son|starting\son|beginning\son)\s(?:the\s|your\s|licensee'?s\s)?"
    r"(?:effective\sdate|date\s(?:of|on\swhich|that|you|licensee)|acceptance|download|first\s(?:use|download|access)|execution"
    r"|commencement|start|(?:your\s)?accept\w{0,5}|receipt|(?:its\s|the\s)?(?:approval|signature))"
    # the start named before and pointed back to: "effective as of the date of approval ... for one year from such date"
    r"|(?:from|after|following)\s(?:such|that|this|said|the\ssaid)\s(?:date|day)\b)"
)
# The licence, agreement or grant as the subject whose term ends (not a notice period, a cure period, a warranty).
_LICENCE = r"(?:licen[cs]e|agreement|terms|grant|rights?|permission|subscription)"

TERM_SUMMARY = "The license is granted for a fixed term; using the model after it ends is unlicensed."

_FIXED_TERM = (
    # "expires on 31 December 2025", "will expire at the end of December 31, 2025", "expiry date: 2025-12-31",
    # "terminates automatically on 31.12.2025", "shall lapse on", "ends on"
    r"\b(?:expir(?:es|e|ing|y|ation)|terminat(?:es|e|ing)|lapses?|ends|shall\send|will\send|ceases?\sto\s(?:be\sin\s(?:force|effect)|have\seffect))\s"
    r"(?:automatically\s|by\sitself\s)?(?:date\s(?:is\s|shall\sbe\s)?|date:\s)?"
    r"(?:on|at|upon|as\sof|at\s(?:the\s)?(?:end|close)\sof(?:\sthe\sday)?(?:\son)?|at\s(?:midnight|23:59)\s(?:\(?utc\)?\s)?(?:on\s)?|:)?\s?"
    r"(?:the\s)?"
    + DATE
    # "valid until 31 December 2025", "in force until", "remains effective through", "licensed until"
    + r"|\b(?:valid|in\s(?:force|effect)|effective|licen[cs]ed|granted|permitted|available\sto\syou)\s"
    r"(?:only\s)?(?:until|till|through|to|up\sto(?:\sand\sincluding)?)\s(?:and\sincluding\s)?(?:the\s)?"
    + DATE
    # "the licence period: 1 January 2025 to 31.12.2025", "term: from 2025-01-01 until 2025-12-31"
    + r"|\b(?:licen[cs]e|agreement|subscription|validity|grant)?\s?(?:period|term)(?:\sof\s(?:this\s|the\s)?"
    + _LICENCE
    + r")?"
    r"\s?(?::|is|shall\sbe|runs)?\s?(?:from\s)?"
    + DATE
    + r"\s?(?:to|until|till|through|-|\u2013|\u2014)\s(?:and\sincluding\s)?"
    + DATE
    # "You may use the Model until 31 December 2025"
    + r"|\b(?:you|licensee)\s(?:may|can|are\s(?:permitted|licensed|allowed)\sto)\suse\b[^.;]{0,60}?\buntil\s(?:the\s)?"
    + DATE
    # Chinese: "有效期至2025年12月31日", "本协议于2025年12月31日到期/终止"
    + r"|有效期\s?(?:为|:|:)?\s?(?:自[^。;]{0,20}?)?(?:至|到|截至|截止)\s?"
    + DATE
    + r"|"
    + DATE
    + r"\s?(?:到期|届满|终止|失效)"
)
_RELATIVE_TERM = (
    # "for one (1) year from the Effective Date", "for a period of 12 months after your acceptance"
    r"\bfor\s(?:an?\s(?:initial\s)?(?:term|period)\sof\s)?"
    + _PERIOD
    + r"\s"
    + _FROM_START
    # "a term of 12 months", "the term of this Agreement is one (1) year", "the licence period is 90 days"
    + r"|\b(?:an?|the|its)\s(?:initial\s|fixed\s|limited\s)?(?:term|licen[cs]e\s(?:term|period))\s(?:of\s(?:this\s|the\s)?"
    + _LICENCE
    + r"\s)?(?:of|is|shall\sbe|will\sbe)\s(?:limited\sto\s)?"
    + _PERIOD
    + r"\b(?!\sof\s(?:written\s)?notice)(?!\s(?:prior\s|written\s|advance\s)?notice)"
)
# Not a fixed term of the grant: a date or period of something else in the sentence before the match.
_NOT_THE_GRANT = prebuilt(
    r"\b(?:warrant\w*|support|notice|cure|maintenance|updates?|trial\sof\sthe\sservice|payment|invoice|offer|promotion"
    r"|discount|confidential\w*|survive\w*|retain\w*|retention|last\supdated|published|version|released?)\b[^.;]{0,40}$"
)

# A term that renews by itself: "renews automatically", "shall automatically renew", "auto-renews", "is renewed
# automatically", "automatic renewal" (a renewal only on request or by a new agreement is no such term).
_RENEWS = prebuilt(
    r"\b(?:(?:renew(?:s|ed|al)?|extend(?:s|ed)?)\s(?:automatically|itself|by\sitself)"
    r"|(?:automatically|tacitly)\s(?:be\s)?(?:renew|extend)|auto-?renew|automatic\s(?:renewal|extension))"
)


def _date_of(text: str) -> str | None:
    """The last calendar date in `text` (a period's end) as YYYY-MM-DD, or None when none is a real date."""
    found = None
    for match in _DATE_PARTS.finditer(text):
        found = match
    if found is None:
        return None
    groups = {k: v for k, v in found.groupdict().items() if v is not None}
    year = int(next(v for k, v in groups.items() if k.startswith("y")))
    if "first" in groups:
        return _slashed(int(groups["first"]), int(groups["second"]), year)
    month_text = next(v for k, v in groups.items() if k.startswith("m"))
    day = int(re.sub(r"\D", "", next(v for k, v in groups.items() if k.startswith("d"))))
    if month_text.isdigit():
        month = int(month_text)
    else:
        month = next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(month_text.rstrip(".")[:3]))
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _slashed(first: int, second: int, year: int) -> str | None:
    """A slashed date: month first (12/31/2025) or day first (31/12/2025), whichever is a real date; when both are
    (06/07/2025), the earlier, so that a gate does not let a licence run past the day it may end."""
    dates = []
    for month, day in ((first, second), (second, first)):
        try:
            dates.append(datetime.date(year, month, day))
        except ValueError:
            continue
    return min(dates).isoformat() if dates else None


def _term(match: re.Match[str], para: Paragraph) -> dict[str, Any] | None:
    """A last day (`date`) when the match names one, else the period after acceptance (`duration`)."""
    if _DATE_IN.search(para.low, match.start(), match.end()):
        date = _date_of(para.low[match.start() : match.end()])
        return {"date": date} if date else None
    found = _PERIOD_PARTS.search(para.low, match.start(), match.end())
    if found is None:
        return None
    count = int(found.group("digits") or (found.group("n") if found.group("n").isdigit() else 0)) or _NUMBER_WORDS.get(
        found.group("n"), 0
    )
    if not 0 < count < 10000:
        return None
    return {"duration": f"P{count}{found.group('unit')[0].upper()}"}


def _of_something_else(match: re.Match[str] | Span, para: Paragraph) -> bool:
    """A term of a warranty, support, a notice or cure period, or a date of publication: not the grant's; nor a term
    that renews by itself (its end is no last day of the licence)."""
    lo = max(0, match.start() - 60)
    return _NOT_THE_GRANT.search(para.low[lo : match.start() + 20]) is not None or _RENEWS.search(para.low) is not None


# One pattern for both (each pattern run on a paragraph costs the reading's work budget).
FIXED_TERM: tuple[Pattern, ...] = (
    Pattern(
        "term_expires",
        _p(_FIXED_TERM + "|" + _RELATIVE_TERM),
        ("use",),
        0.85,
        TERM_SUMMARY,
        _term,
        veto=_of_something_else,
    ),
)
