"""How sure a reading is, from the evidence around it (documented in docs/text-reading.md).

Each pattern has a base confidence: how reliably its wording means its kind. The sentence around a
match then adds evidence: an explicit duty verb ("must", "shall", "may not", "agree not to"), a
term the document defines ('"Territory" means ...'), a section heading naming the subject
("EXHIBIT A ACCEPTABLE USE POLICY", "3. Territory"), and for policies and registration a URL. A
reading that should carry a parameter but was found without one (a policy with no URL) loses 0.2.
"""

from __future__ import annotations

from openlint.text.patterns import Pattern
from openlint.text.programs import prebuilt
from openlint.text.view import URL, Paragraph

STEP = 0.05  # each piece of evidence
MISSING_PARAMETER = 0.2
CEILING = 0.98
FLOOR = 0.5
DUTY = prebuilt(
    r"\b(?:must|shall|(?:will|may|can) not|cannot|agrees? (?:not )?to|(?:is|are) (?:required|prohibited|not permitted)|"
    r"required to|prohibited|only|solely|exclusively)\b|不得|必须|应当|仅限|禁止"
)
# A heading: the paragraph opens, after an optional clause number ("3.", "4.2"), with a run of
# capitals or with a part's name in any case ("Exhibit A", "Section 3").
HEADING = prebuilt(
    r"(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?\s{1,3})?"
    r"(?:(?i:exhibit|schedule|appendix|attachment|annex|section|article)\b|[A-Z][A-Z0-9 &/-]{6,80}(?:\s|$))"
)
URL_KINDS = frozenset({"acceptable_use", "registration"})


def evidence_confidence(
    pattern: Pattern, has_params: bool, para: Paragraph, lo: int, hi: int, terms: frozenset[str]
) -> float:
    confidence = pattern.confidence
    if pattern.build is not None and not has_params and not pattern.params_optional:
        confidence -= MISSING_PARAMETER
    sentence = para.low[lo:hi]
    if DUTY.search(sentence):
        confidence += STEP
    if terms and any(term in para.text[lo:hi] for term in terms):
        confidence += STEP
    if HEADING.match(para.text):
        confidence += STEP
    if pattern.kind in URL_KINDS and URL.search(para.text, lo, hi):
        confidence += STEP
    return round(min(CEILING, max(FLOOR, confidence)), 2)
