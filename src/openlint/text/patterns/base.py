"""The machinery of the pattern table: a Pattern, the `Near` chain, the shared context checks
(disclaimers, invitations, termination for breach) and the bounds of a match's sentence and item.

Patterns run on one paragraph's view (lower-cased, one space between words), so work is linear.
Names starting with an underscore are private to the package (the pattern modules share them).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from openlint.core.kinds import ObligationKind, Trigger
from openlint.text.programs import prebuilt
from openlint.text.regex import Chain, Regex
from openlint.text.view import Paragraph

Q_OPEN = "[\u201c\"'\u2018]"
Q_CLOSE = "[\u201d\"'\u2019]"
DISCLAIMER = prebuilt(
    # ("as is or as part of other data", "as is or modified": the form a banned copy takes, no warranty term)
    r"\bas is\b(?!\s+or\s+(?:as\s+part|in\s+part|modified|altered|combined|adapted))|without warrant|be liable|limitation of liability|(?<!and\sthe\s)(?<!and\s)(?<!following\s)disclaim(?!ers\b)",
    re.I,
)
# The occasions a ban says it never holds on, its modal after them ("In no case should ...", "Under no circumstances may
# ..."): a ban to the clause layer (NEVER_BANS), and its "should" no invitation (INVITATION).
NEVER_OCCASIONS = (
    ("in", ("case", "event", "circumstances", "circumstance")),
    ("under", ("circumstances", "circumstance")),
    ("at", ("time",)),
    ("on", ("account",)),
)
NEVER_BANS = (
    r"\b(?:"
    + "|".join(rf"{preposition}\sno\s(?:{'|'.join(nouns)})" for preposition, nouns in NEVER_OCCASIONS)
    + r")\s(?:should|shall|may|will|can|must)\b"
)
_NOT_AFTER_NEVER = "".join(
    rf"(?<!\bno\s{noun}\s)" for noun in dict.fromkeys(noun for _, nouns in NEVER_OCCASIONS for noun in nouns)
)
# Invitations are not duties: "we encourage", "we recommend", "you should", "we would appreciate".
# "(d) not suggest any association with us" is a ban, no invitation.
INVITATION = prebuilt(
    r"(?<!\bnot\s)(?<!\bnever\s)\b(?:encourag\w{0,4}|recommend\w{0,4}|"
    # "should" recommends, but not inverted after a negation ("In no case should it be used ...": a ban) nor with the
    # material or its citation as the subject of a credit owed ("X should be acknowledged as: ...", "a citation of it
    # should be added to the references")
    + _NOT_AFTER_NEVER
    + r"should(?!\s+be\s+included\s+in\s+all\s+copies|\s+(?:always\s+|also\s+)?be\s+(?:[a-z]{1,12}ly\s+)?(?:acknowledged|cited|credited|attributed)"
    r"\s+(?:as|in|by|with|using)\b|\s+be\s+added\s+(?:in|into|to)\s+(?:the\s+|its\s+|their\s+|your\s+)?(?:references|bibliography)\b)|"
    r"appreciate[ds]?|welcome[ds]?|invited?|suggest\w{0,4}|"
    r"feel free|optional(?:ly)?|if you (?:wish|like|want)|(?:would|will) be (?:grateful|glad|happy)|please consider|are free to"
    # a credit asked for: "Please keep the credit "X"" (a request, as "We only ask")
    r"|please\s+(?:do\s+)?(?:keep|retain|preserve|include|credit|cite|acknowledge|attribute|mention))\b",
    re.I,
)
# "If you violate the terms, the Licensor reserves the right to terminate": termination for breach, not at will.
FOR_BREACH = prebuilt(
    r"\b(?:if|where|should|in\s+case|in\s+the\s+event)\s+(?:that\s+)?(?:you|the\s+licensee|licensee)\s+(?:breach|violat|fail)"
)
MAY = prebuilt(r"\bmay\b(?!\s+not)", re.I)  # "may" invites credit; it also grants, so only credit is read so
# A duty or a condition after the "may" ("you may share it, and must indicate the source"): the credit is owed.
_DUTY_AFTER_MAY = prebuilt(
    r"\b(?:must|shall|(?:is|are)\s+required\s+to)\b(?!\s+not)"
    # or a condition on the permission: "may adapt it only if they give the authors credit", "provided you credit"
    r"|\b(?:only\s+if|only\s+when|provided\s+that|on\s+condition\s+that|as\s+long\s+as|so\s+long\s+as)\b"
    r"|\bprovided,?\s+(?:you|licensees?|the\s+licensee|they|recipients?|users?)\b"
    # or the credit as the manner of sharing: "may be shared, including commercially, with attribution to Jane Doe"
    r"|\bwith\s+(?:(?:proper|appropriate|clear|due|full|visible)\s+)?(?:attribution|credit)(?:\s+(?:given\s+)?to\b|(?=\s*[.;)]|\s*$))"
)
# A condition on a permission: what follows it is owed ("You are free to share it, provided you give credit").
PROVISO = prebuilt(
    r"\bprovided,?\s+(?:always\s+)?(?:that\s+|(?=(?:you|licensees?|the\s+licensee|they|recipients?|users?)\b))"
    r"|\b(?:so|as)\s+long\s+as\b|\bon\s+(?:the\s+)?condition\s+that\b|\bonly\s+if\b"
)
# The permission an invitation word can be: "you are free to share ..." grants; a proviso after it sets duties.
_GRANT = prebuilt(r"\bare\s+free\s+to\b|\bfeel\s+free\b")


def invited(para: Paragraph, lo: int, upto: int, hi: int) -> bool:
    """Whether an invitation in view[lo:hi] makes the duty matched up to `upto` none: not when the only invitation
    words before a proviso in the sentence up to there grant ("You are free to adapt it, provided you credit us")."""
    if not para.has(INVITATION, lo, hi):
        return False
    cut = None
    for found in PROVISO.finditer(para.low, lo, upto):
        cut = found.end()
    if cut is None:
        return True
    if any(_GRANT.match(para.low, found.start()) is None for found in INVITATION.finditer(para.low, lo, cut)):
        return True
    return any(found.end() <= hi for found in INVITATION.finditer(para.low, cut, hi))


def invites(clause: str) -> bool:
    """Whether a clause (lower-cased) is an invitation, not a duty: as `invited`, a grant before a proviso
    ("you are free to share it, provided you link to the licence") invites nothing."""
    cut = None
    for found in PROVISO.finditer(clause):
        cut = found.end()
    for found in INVITATION.finditer(clause):
        if cut is None or found.start() >= cut or _GRANT.match(clause, found.start()) is None:
            return True
    return False


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


SENTENCE_END = prebuilt(r"\.(?!\S)")  # "LTX-2.x", "FLUX.1": a period inside a name ends no sentence
PERIOD = prebuilt(r"\.")


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
    # The builder adds a parameter only sometimes (a hosting ban's `covers`): a reading without it is as sure.
    params_optional: bool = False
    # Run on a block whose needles announce this pseudo-kind instead of the pattern's kind (the clauses of
    # other languages: openlint.text.patterns.foreign_clauses, run only on blocks in another language).
    gate: str = ""


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around a match starts and ends (bounded), for context checks."""
    left = max(
        text.rfind(". ", max(0, start - 400), start), text.rfind("\n\n", max(0, start - 400), start), start - 400
    )
    right_candidates = [i for i in (text.find(". ", end, end + 400), text.find("\n\n", end, end + 400)) if i != -1]
    right = min([*right_candidates, end + 400])
    return max(0, left), right


_ITEM_MARKS = ("; (", "; and (", "; or (")
# An escape, a named group's opening or a capital letter: `_p` lowers capitals, escapes and groups stay as written.
_ESCAPE_GROUP_OR_CAPITAL = prebuilt(r"\\.|\(\?P|[A-Z]")


def item_bounds(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The enumerated item ("(i) ...; (ii) ...") around a match within its sentence: a disclaimer in
    item (ii) does not void item (i). (An invitation's lead-in still governs every item.)"""
    left = max([lo, *(text.rfind(mark, lo, start) for mark in _ITEM_MARKS)])
    right = min([hi, *(i for i in (text.find(mark, end, hi) for mark in _ITEM_MARKS) if i != -1)])
    return left, right


def _p(expr: str, chains: tuple[Chain, ...] = ()) -> Regex:
    """Patterns run on lower-cased text, compiled without IGNORECASE (3-8x faster: the engine can
    skip ahead to a literal prefix), when first run; groups that keep their case are read from the
    original text. `chains` are alternatives of `expr` run as chains (written in lower case)."""
    # ("non commercial" needs no alternative: view.lower spells it "non-commercial")
    return Regex(
        _ESCAPE_GROUP_OR_CAPITAL.sub(lambda m: m.group(0).lower() if len(m.group(0)) == 1 else m.group(0), expr),
        re.S,
        chains,
    )


def _group(match: re.Match[str] | Span, para: Paragraph, name: str) -> str:
    """A group's text in its original case."""
    assert isinstance(match, re.Match)
    return para.text[match.start(name) : match.end(name)]


def invites_credit(para: Paragraph, lo: int, hi: int, end: int) -> bool:
    """A "may" in the sentence (to `hi`) invites the credit, unless every "may" is before the end of the
    match at `end` and a duty verb follows the last of them ("you may share it, and must credit us")."""
    if MAY.search(para.low, end, hi):
        return True
    last = None
    for found in MAY.finditer(para.low, lo, end):
        last = found
    return last is not None and _DUTY_AFTER_MAY.search(para.low, last.end(), end) is None
