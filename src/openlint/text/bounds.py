"""Whether a cap's named value is itself over the cap: "USD 10,000,000 or more", "at least 1 million users",
"reaches 50 million", "fewer than 1 million users" (allowed below it) are inclusive; "more than", "exceeds",
"in excess of", "not more than", "up to" are not. The words nearest the figure decide; none: not inclusive."""

from __future__ import annotations

import re

from openlint.text.programs import prebuilt

# Just before the figure (up to a currency and "a total of"). Inclusive first where both could match
# ("greater than or equal to" holds "greater than").
_BEFORE = prebuilt(
    r"(?:(?P<inclusive>at\s+least|not\s+less\s+than|no\s+less\s+than|not\s+fewer\s+than|no\s+fewer\s+than"
    r"|(?:equal\s+to|equals?)\s+or\s+(?:greater|more|higher|larger)\s+than|(?:greater|more|higher)\s+than\s+or\s+equal\s+to"
    r"|(?:a\s+)?minimum\s+of|reach\w{0,3}|attain\w{0,3}|hit(?:s|ting)?|≥|>=|(?<!or\s)(?<!or\s\s)(?:less|fewer)\s+than|below|under)"
    r"|(?P<exclusive>(?:more|greater|higher)\s+than|exceed\w{0,3}|in\s+excess\s+of|above|over|up\s+to|not\s+exceed\w{0,3}"
    r"|(?:less|fewer)\s+than\s+or\s+equal\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than|maximum\s+of))"
    r"\s{1,3}(?:(?:a\s+total\s+of|the\s+amount\s+of|the\s+equivalent\s+of)\s{1,3})?[^\s\d]{0,12}\s{0,2}$",
)
# Just after the figure (and its unit, currency or bracketed digits): "or more", "and above", "or higher".
_AFTER = prebuilt(
    r"^(?:\s{0,3}\([^)]{0,30}\))?(?:\s{0,3}[a-z$€£¥]{1,12}){0,3}?\s{0,3}(?:,\s{0,2})?"
    r"(?:or|and)\s{1,3}(?:more|above|greater|higher|over|upwards?|beyond)\b(?!\s{1,3}than\b)",
    re.IGNORECASE,
)


def inclusive_bound(text: str, start: int, end: int) -> bool:
    """True when the figure at text[start:end] is a threshold reached at its own value. A comparison word
    before the figure decides ("more than 700 million users or more than USD 1 billion" is strict); else
    one after it ("700 million or more")."""
    before = _BEFORE.search(text[max(0, start - 60) : start].lower())
    if before is not None:
        return before.group("inclusive") is not None
    return _AFTER.search(text[end : end + 40]) is not None
