"""Common duty clauses of licences written in French, Spanish, German, Portuguese, Italian, Russian or
Ukrainian, Japanese, Korean (and Chinese, beside cjk_labels): no commercial use, commercial use only with the licensor's leave
(registration), credit, the same licence for what is shared, no modifying or sharing, a copy of the
licence, no training of other models.

Each language is a small lexicon of clause parts (openlint.text.patterns.foreign_lexicon) (a ban, a duty, what a ban lifts "without a licence",
the objects each kind names); a kind's pattern joins them in that language's clause order (a ban on an
object, or an object declared banned; a duty to do a thing), within one sentence, and a veto reads what
undoes a clause in any of the languages (a ban negated, a duty waived, an invitation). The reader's
English patterns are never given these words: a text reads as before unless it is written in one of
these languages (openlint.text.language names the parts of a text no lexicon reads)."""

from __future__ import annotations

import re
from dataclasses import replace

from openlint.core.kinds import Trigger
from openlint.text.patterns.base import Q_CLOSE, Q_OPEN, Pattern, Span, _p
from openlint.text.patterns.builders import _quoted
from openlint.text.patterns.foreign_lexicon import CJK, CJK_GATE, GATE, GATE_NEEDLES, HARM, LATIN, TAMPER, UNDONE
from openlint.text.programs import prebuilt
from openlint.text.view import Paragraph

__all__ = ["FOREIGN_CLAUSES", "GATE", "GATE_NEEDLES", "foreign_block"]

_UNDONE_RE = prebuilt(UNDONE)


def _alternatives(parts: list[str]) -> str:
    return "|".join(f"(?:{part})" for part in parts)


def _latin(kind: str) -> str:
    """The kind's clause shapes in every Latin-script or Cyrillic lexicon, as one alternation."""
    shapes: list[str] = []
    for words in LATIN.values():
        ban, duty, only, comm, nc = (words[key] for key in ("ban", "duty", "only", "comm", "nc"))
        w = r"[^.;:!?]"  # within the clause
        if (
            "cond" in words
        ):  # a permission on condition that ... states a duty ("à condition que la licence soit jointe")
            duty = f"{duty}|{words['cond']}"
        if kind == "non_commercial":
            shapes += [
                rf"\b(?:{ban}){w}{{0,80}}?\b(?:{comm})",
                rf"\b(?:{comm}){w}{{0,50}}?\b(?:{ban})",
                rf"\b(?:{only})\b{w}{{0,40}}?\b(?:{nc})",
                rf"\b(?:{nc})\s(?:{only})\b",
            ]
        elif kind == "registration":
            gate, requires, leave = words["gate"], words["requires"], words["leave"]
            shapes += [
                rf"\b(?:{comm}){w}{{0,80}}?\b(?:{gate})",
                rf"\b(?:{gate}){w}{{0,80}}?\b(?:{comm})",
                rf"\b(?:{ban})\b{w}{{0,40}}?\b(?:{words['without']})\s(?:[^\s.;]{{1,4}}\s)?(?:{words['commlic']})",
                rf"\b(?:{comm}){w}{{0,60}}?\b(?:{requires})\b{w}{{0,40}}?\b(?:{leave})",
                rf"\b(?:{words['commlic']}){w}{{0,30}}?\b(?:{words['needed']})",
                rf"\b(?:{comm}){w}{{0,60}}?\b(?:{words['contact']})",
            ]
        elif kind == "attribution":
            shapes += [rf"\b(?:{duty})\b{w}{{0,80}}?\b(?:{words['credit']})"]
        elif kind == "share_alike":
            shapes += [rf"\b(?:{duty}|{words['share']})\b{w}{{0,100}}?\b(?:{words['same']})"]
        elif kind == "no_derivatives":
            deriv = words["deriv"]
            shapes += [rf"\b(?:{ban})\b{w}{{0,60}}?\b(?:{deriv})", rf"\b(?:{deriv}){w}{{0,40}}?\b(?:{ban})"]
        elif kind == "include_license":
            shapes += [rf"\b(?:{duty})\b{w}{{0,80}}?\b(?:{words['copy']})"]
            if "attached" in words:  # the licence itself attached ("à condition que la présente licence soit jointe")
                shapes += [rf"\b(?:{duty})\b{w}{{0,40}}?\b(?:{words['attached']})"]
        elif kind == "no_training_other_models":
            train = words["train"]
            shapes += [rf"\b(?:{ban})\b{w}{{0,80}}?\b(?:{train})", rf"\b(?:{train}){w}{{0,60}}?\b(?:{ban})"]
        elif kind == "terms_may_change":
            shapes += [words["changes"]]
        elif kind == "acceptable_use":
            shapes += [rf"\b(?:{ban}){w}{{0,60}}?{HARM}"]
        elif "grant" not in words:
            continue  # (the kinds below are not in every lexicon)
        elif kind == "research_only":
            shapes += [rf"\b(?:{words['grant']}){w}{{0,80}}?\b(?:{words['research']})\b"]
            # round 14 (fix24): research confined by "only", before it or after ("apenas para pesquisa", "para uso em
            # pesquisa e educação apenas")
            shapes += [
                rf"\b(?:{only})\s(?:[^\s.;:!?]{{1,20}}\s){{0,2}}?(?:{words['research']})\b",
                rf"\b(?:{words['research']})\b{w}{{0,40}}?\b(?:{only})\b",
            ]
        elif kind == "grant_non_commercial":
            shapes += [rf"\b(?:{words['grant']}){w}{{0,120}}?\b(?:{nc})"]
        elif kind == "notice":
            notices, keep = words["notices"], words["keep"]
            shapes += [
                rf"\b(?:{duty})\b{w}{{0,80}}?\b(?:{notices}){w}{{0,60}}?\b(?:{keep})",
                rf"\b(?:{duty})\b{w}{{0,40}}?\b(?:{keep}){w}{{0,40}}?\b(?:{notices})",
                rf"\b(?:{notices}){w}{{0,40}}?\b(?:{duty})\b{w}{{0,40}}?\b(?:{keep})",
            ]
        elif kind == "flow_down":
            shapes += [
                rf"\b(?:{duty})\b{w}{{0,60}}?\b(?:{words['recipients']}){w}{{0,30}}?\b(?:{words['bound']})",
                rf"\b(?:{duty})\b{w}{{0,100}}?\b(?:{words['same_limits']})",
            ]
        elif kind == "state_changes":
            shapes += [rf"\b(?:{duty})\b{w}{{0,80}}?\b(?:{words['changed']})"]
        elif kind == "share_alike_remains":
            shapes += [rf"\b(?:{words['remains']})"]
        elif kind == "registration_obtained":
            obtain, commlic = words["obtain"], words["commlic"]
            shapes += [
                rf"\b(?:{duty})\b{w}{{0,40}}?\b(?:{obtain})\s(?:[^\s.;]{{1,12}}\s){{0,2}}?(?:{commlic})",
                rf"\b(?:{duty})\b{w}{{0,40}}?\b(?:{commlic}){w}{{0,30}}?\b(?:{obtain})",
            ]
    return _alternatives(shapes)


def _credit_text() -> str:
    """A duty to give "the following credit:" and its quoted text, in any of the Latin-script or Cyrillic lexicons
    (one group for the text, so the languages' duties and labels are joined as one alternation each); a verb may
    end the clause before the colon ("folgende Namensnennung angeben:")."""
    duty = _alternatives([words["duty"] for words in LATIN.values()])
    following = _alternatives([words["following"] for words in LATIN.values()])
    return rf"\b(?:{duty})\b[^.;:!?]{{0,80}}?\b(?:{following})(?:\s[^\s:.;\"]{{1,20}}){{0,2}}\s?:\s*+{Q_OPEN}(?P<text>[^\"\u201d\n]{{4,300}}?){Q_CLOSE}"


_CLAUSE_MARKS = (". ", "; ", "\u3002")  # what ends a clause in the block's view (a sentence, a semicolon's clause)


def _clause_start(match: re.Match[str] | Span, para: Paragraph, lines: bool = True) -> int:
    """Where the match's clause starts in the block's view: after the last clause mark before it (or a line break,
    with `lines`), the block's start when none; the mark itself is kept, as a search from here may need it."""
    marks = (*_CLAUSE_MARKS, "\n") if lines else _CLAUSE_MARKS
    return max(0, *(para.low.rfind(mark, 0, match.start()) for mark in marks))


def _clause_end(match: re.Match[str] | Span, para: Paragraph) -> int:
    """Where the match's sentence or clause ends in the block's view (its end when no mark follows)."""
    return min([i for i in (para.low.find(mark, match.end()) for mark in _CLAUSE_MARKS) if i != -1] or [len(para.low)])


def _undone(match: re.Match[str] | Span, para: Paragraph) -> bool:
    """A ban negated, a duty waived or an invitation in the match's clause."""
    lo = _clause_start(match, para)
    return _UNDONE_RE.search(para.low, lo, _clause_end(match, para)) is not None


_GATED = prebuilt(_alternatives([*(words["gate"] for words in LATIN.values()), CJK_GATE]))
_COMMERCIAL = prebuilt(_alternatives([words["comm"] for words in LATIN.values()]))


def _gated(match: re.Match[str] | Span, para: Paragraph) -> bool:
    """A ban lifted by a licence or the licensor's leave ("interdit sans autorisation", "未经许可 ... 不得再分发"), in its
    clause before or after it: gated, no ban (as English bans "without our consent" are)."""
    lo = _clause_start(match, para, lines=False)
    return _undone(match, para) or _GATED.search(para.low, lo, match.end() + 60) is not None


# A purpose a ban names ("... à des fins militaires", "不得出于任何军事目的使用、复制、修改"): a use policy, no sharing ban.
_PURPOSE = prebuilt(
    r"\b(?:à|a)\sdes\sfins\b|\bdans\sle\sbut\b|\b(?:con|para)\s(?:fines|el\sfin)\b|\bzwecke?n?\b|\b(?:para|com)\s(?:fins|o\sfim)\b"
    r"|\ba\sfini\b|\bper\s(?:scopi|fini)\b|\ballo\sscopo\b|\bв\sцелях\b|\bс\sцелью\b|\bз\sметою\b|\bу\sцілях\b"
    r"|目的|用途|出于|为了|목적"
)


def _not_sharing_ban(match: re.Match[str] | Span, para: Paragraph) -> bool:
    """A sharing ban that is gated, names commercial use (non_commercial reads it) or a purpose (a use policy)."""
    if _gated(match, para) or _COMMERCIAL.search(para.low, match.start(), match.end()) is not None:
        return True
    return _PURPOSE.search(para.low, max(0, match.start() - 40), _clause_end(match, para)) is not None


_TAMPER = prebuilt(TAMPER)


def _not_sharing_or_tampering(match: re.Match[str] | Span, para: Paragraph) -> bool:
    """`_not_sharing_ban`, or a ban on tampering ("tentar descompilar, modificar ou acessar o código-fonte da plataforma"):
    an anti-tampering clause, no ban on modifying or sharing what is licensed."""
    if _not_sharing_ban(match, para):
        return True
    lo = _clause_start(match, para, lines=False)
    return _TAMPER.search(para.low, lo, _clause_end(match, para)) is not None


# What leaves a grant open to other purposes: "pas limité à", "y compris commerciales", "no limitado a".
_OPEN_GRANT = prebuilt(
    r"\b(?:pas|non|no|não|nao|nicht)\s(?:[a-zãõáéíóúç]{1,8}\s)?(?:seulement|uniquement|limit|solo|sólo|solamente|apenas|somente|nur"
    r"|beschränkt)\w*"
    r"|\by\scompris\b|\bincluso\b|\bincluindo\b|\beinschließlich\b|\bcompres[oi]\b"
)


def _open_grant(match: re.Match[str] | Span, para: Paragraph) -> bool:
    """A grant for research that does not confine use to it: undone, commercial use named beside research, or the grant
    said not to be limited to it."""
    lo = _clause_start(match, para)
    end = _clause_end(match, para)
    return (
        _undone(match, para)
        or _COMMERCIAL.search(para.low, match.start(), min(end, match.end() + 40)) is not None
        or _OPEN_GRANT.search(para.low, lo, end) is not None
    )


# What makes a harm named a disclaimer, not a use policy: "... により生じた損害について責任を負いません" (round 15, fix27).
_DISCLAIMER = prebuilt(r"責任|保証|免責|賠償|负责|担保|책임|보증")


def _disclaimed(match: re.Match[str] | Span, para: Paragraph) -> bool:
    """`_undone`, or a harm named in a disclaimer of liability."""
    lo = _clause_start(match, para)
    return _undone(match, para) or _DISCLAIMER.search(para.low, lo, _clause_end(match, para)) is not None


def _kind(kind: str) -> str:
    return _alternatives([_latin(kind), *CJK.get(kind, ())])


_TRIGGERS: dict[str, tuple[Trigger, ...]] = {
    "non_commercial": ("use", "modify", "distribute", "serve"),
    "registration": ("use",),
    "attribution": ("distribute",),
    "share_alike": ("distribute",),
    "no_derivatives": ("modify", "distribute"),
    "include_license": ("distribute",),
    "no_training_other_models": ("use",),
    "flow_down": ("distribute",),
    "outputs_make_derivatives": ("use",),
    "terms_may_change": ("use",),
    "no_hosting": ("serve",),
    "research_only": ("use", "modify", "distribute", "serve"),
    "notice": ("distribute",),
    "state_changes": ("distribute",),
    "acceptable_use": ("use",),
}

# What leaves models made from the outputs out of a definition of derivatives: "不包括", "含まない", "포함하지 않".
_LEFT_OUT = prebuilt(r"不包括|不包含|不属于|除外|含ま(?:ない|ず|れない|れません)|除く|포함하지\s?않|제외")


def _left_out(match: re.Match[str] | Span, para: Paragraph) -> bool:
    return _LEFT_OUT.search(para.low, match.start(), match.end()) is not None


_ENGLISH_WORDS = prebuilt(r"\b(?:the|and|of|you|your|shall|this|that|with|any|must|may|not|for)\b")


def foreign_block(low: str) -> bool:
    """A block's view holds none of English's commonest words (a bilingual block is read in English)."""
    return _ENGLISH_WORDS.search(low) is None


_CLAUSES: tuple[Pattern, ...] = (
    Pattern(
        "non_commercial",
        _p(_kind("non_commercial")),
        _TRIGGERS["non_commercial"],
        0.8,
        "No commercial use.",
        veto=_gated,
    ),
    Pattern(
        "registration",
        _p(_kind("registration")),
        _TRIGGERS["registration"],
        0.8,
        "Commercial use needs the licensor's permission or a separate licence.",
        veto=_undone,
    ),
    Pattern(
        "attribution",
        _p(_kind("attribution")),
        _TRIGGERS["attribution"],
        0.8,
        "Credit the author or the source.",
        veto=_undone,
    ),
    # "você deve incluir a seguinte atribuição: "X"": the credit owed is that text
    Pattern(
        "attribution",
        _p(_credit_text()),
        _TRIGGERS["attribution"],
        0.85,
        "Reproduce this exact credit.",
        _quoted("text"),
        veto=_undone,
    ),
    Pattern(
        "terms_may_change",
        _p(_kind("terms_may_change")),
        _TRIGGERS["terms_may_change"],
        0.8,
        "The licensor may change the terms.",
        veto=_undone,
    ),
    Pattern(
        "share_alike",
        _p(_kind("share_alike")),
        _TRIGGERS["share_alike"],
        0.8,
        "Share what you derive under the same licence.",
        veto=_undone,
    ),
    Pattern(
        "no_derivatives",
        _p(_kind("no_derivatives")),
        _TRIGGERS["no_derivatives"],
        0.8,
        "Do not modify or share the work.",
        veto=_not_sharing_or_tampering,
    ),
    Pattern(
        "include_license",
        _p(_kind("include_license")),
        _TRIGGERS["include_license"],
        0.8,
        "Include a copy of the licence.",
        veto=_undone,
    ),
    Pattern(
        "flow_down",
        _p(_alternatives([_latin("flow_down"), *CJK["flow_down"]])),
        _TRIGGERS["flow_down"],
        0.8,
        "Pass the licence's conditions on to recipients.",
        veto=_undone,
    ),
    Pattern(
        "outputs_make_derivatives",
        _p(_alternatives(list(CJK["outputs_make_derivatives"]))),
        _TRIGGERS["outputs_make_derivatives"],
        0.8,
        "What the model generates falls under the licence too.",
    ),
    Pattern(
        "outputs_make_derivatives",
        _p(_alternatives(list(CJK["derivatives_defined"]))),
        _TRIGGERS["outputs_make_derivatives"],
        0.85,
        "A model distilled from it or trained on its outputs counts as a derivative and carries this license's terms.",
        veto=_left_out,
    ),
    Pattern(
        "no_hosting",
        _p(_alternatives(list(CJK["no_hosting"]))),
        _TRIGGERS["no_hosting"],
        0.8,
        "Offering the model to third parties as a hosted service or API needs a separate license.",
        veto=_gated,
    ),
    # round 13 (fixQ): a grant for research or non-commercial use, commercial use by a licence obtained, notices kept,
    # changes marked, a derivative that stays under the licence, harmful uses banned
    Pattern(
        "research_only",
        _p(_latin("research_only")),
        _TRIGGERS["research_only"],
        0.8,
        "Use is granted for research only.",
        veto=_open_grant,
    ),
    Pattern(
        "non_commercial",
        _p(_latin("grant_non_commercial")),
        _TRIGGERS["non_commercial"],
        0.8,
        "Use is granted for non-commercial purposes only.",
        veto=_undone,
    ),
    Pattern(
        "registration",
        _p(_latin("registration_obtained")),
        _TRIGGERS["registration"],
        0.8,
        "Commercial use needs a separate licence from the licensor.",
        veto=_undone,
    ),
    Pattern(
        "notice",
        _p(_kind("notice")),
        _TRIGGERS["notice"],
        0.8,
        "Keep the copyright notices.",
        veto=_undone,
    ),
    Pattern(
        "state_changes",
        _p(_kind("state_changes")),
        _TRIGGERS["state_changes"],
        0.8,
        "Mark what you changed.",
        veto=_undone,
    ),
    Pattern(
        "share_alike",
        _p(_latin("share_alike_remains")),
        _TRIGGERS["share_alike"],
        0.8,
        "What you modify stays under this licence.",
        veto=_undone,
    ),
    Pattern(
        "acceptable_use",
        _p(_kind("acceptable_use")),
        _TRIGGERS["acceptable_use"],
        0.8,
        "Harmful uses are banned.",
        veto=_disclaimed,
    ),
    Pattern(
        "no_training_other_models",
        _p(_kind("no_training_other_models")),
        _TRIGGERS["no_training_other_models"],
        0.8,
        "Do not use the model or its outputs to improve other models.",
        veto=_undone,
    ),
)
FOREIGN_CLAUSES: tuple[Pattern, ...] = tuple(replace(pattern, gate=GATE) for pattern in _CLAUSES)
