"""Limits a sentence names but does not impose: a cap negated ("this license has no threshold such as 700 million
monthly active users"), a limit an earlier licence had and this one lifts ("Previous licences required ... This
license has no such requirement"; "Version 1 allowed non-commercial use only. That restriction has been removed"),
and the licensor's own standing ("its models are used by over 500 million monthly active users")."""

from __future__ import annotations

from openlint.text.programs import prebuilt

# The kinds a sentence may name without imposing (caps and the commerce and research limits).
LIMIT_KINDS = frozenset({"user_cap", "revenue_cap", "non_commercial", "research_only"})
_CAPS = frozenset({"user_cap", "revenue_cap"})

_LIMIT_NOUN = r"(?:thresholds?|caps?|ceilings?|limits?|limitations?|restrictions?|requirements?)"
# "has no threshold such as", "there is no cap of", "imposes no limit on" (before the figure, nothing between that
# turns the sentence: "but", ";")
_NEGATED = prebuilt(
    r"\b(?:has|have|contains?|imposes?|sets?|includes?|there\s(?:is|are))\sno\s(?:[a-z-]{1,15}\s){0,2}?"
    rf"{_LIMIT_NOUN}\b(?:(?!\bbut\b|;)[^.]){{0,80}}$"
)
# What an earlier licence or version did, and the next sentence lifting it.
_EARLIER = prebuilt(
    r"\b(?:previous|earlier|prior|former|older|past)\s(?:[a-z0-9-]{1,20}\s){0,2}?(?:versions?|licen[cs]es?|terms|releases?|editions?)\b"
    r"|\bversions?\s[0-9][0-9.]{0,5}\s(?:of\s(?:this|the)\s(?:licen[cs]e|agreement|terms)\s)?"
    r"(?:allowed|required|permitted|limited|restricted|imposed|had|contained|was|were)\b"
)
_LIFTED = prebuilt(
    r"[\s.]{0,4}(?:(?:that|this|the|these|those|such)\s(?:[a-z-]{1,15}\s){0,2}?"
    rf"(?:{_LIMIT_NOUN}|conditions?)\s(?:has|have)\s(?:since\s|now\s)?been\s(?:removed|lifted|dropped|deleted|eliminated|withdrawn|waived)"
    r"|(?:this|the\scurrent|the\snew|the\spresent)\s(?:licen[cs]e|version|agreement)\s(?:has|contains|imposes|sets)\sno\ssuch\b)"
)
_NO_LONGER = prebuilt(r"\bno\slonger\b")
# The licensor's own reach, told and not imposed: "are used by over", "serves more than" (with no condition at all).
_DESCRIBED = prebuilt(
    r"\b(?:(?:are|is|were|was)\s(?:already\s|now\s|currently\s)?(?:used|trusted|relied\s(?:up)?on|loved|chosen)\sby"
    r"|(?:serves?|served|reach(?:es|ed)?)\s(?:over|more\sthan)\b)"
)
_CONDITION = prebuilt(
    r"\b(?:if|when|whenever|where|whose|unless|once|must|shall|need|needs|requires?|required|licen[cs]e\w?|exceed\w{0,3}|only)\b"
)


def not_in_force(low: str, lo: int, hi: int, start: int, kind: str) -> bool:
    """Whether the sentence low[lo:hi], with a reading of `kind` starting at `start`, names that limit without
    imposing it."""
    if _LIFTED.match(low, hi) is not None:
        return True
    if _EARLIER.search(low, lo, hi) is not None and _NO_LONGER.search(low, lo, hi) is not None:
        return True
    if kind not in _CAPS:
        return False
    if _NEGATED.search(low, lo, start) is not None:
        return True
    return _DESCRIBED.search(low, lo, hi) is not None and _CONDITION.search(low, lo, hi) is None
