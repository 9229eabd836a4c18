"""Conditions a grant sets out as imperatives in brackets or after a colon ("use, copy and share it under the
Apache-2.0 conditions (keep the notices; state your changes)", "on these conditions: retain ...; mark ..."): the
structural layer (openlint.text.clauses) reads them as duties, and an item cut from the list at a semicolon is read
with the words that open the list, as an inline item is read with its sentence's lead-in."""

from __future__ import annotations

from openlint.text.programs import prebuilt

# The verbs of duty an imperative opens with ("Cite ...", "Retain ...", "State ...").
DUTY_VERBS = (
    r"(?:cite|credit|include|retain|keep|reproduce|acknowledge|attribute|give|provide|mark|state|"
    r"indicate|pass|ensure|attach|display|preserve|maintain|carry|accompany|distribute|comply|abide|adhere|share|redistribute)\s"
)
# A list of conditions opening with an imperative ("conditions (keep", "requirements: cite"); "no conditions (...)" and
# "without conditions:" bind nothing.
CONDITIONS = r"(?<!\bno\s)(?<!\bwithout\s)\b(?:conditions?|requirements?|obligations?)\s?[(:]\s?(?=" + DUTY_VERBS + ")"
_OPENS = prebuilt(CONDITIONS)
_SENTENCE_END = prebuilt(r"[.!?](?=\s)")


def condition_lead(low: str, lo: int, reach: int) -> str:
    """The words of the sentence up to the list of conditions that the clause starting at `lo` continues (from at most
    `reach` characters back, ending with the bracket or colon that opens the list), when the clause is a later item
    of it, cut from it at a semicolon; "" otherwise (no such list, its bracket closed before `lo`, or the clause is
    the list's first item and holds the opening itself)."""
    start = max((end.end() for end in _SENTENCE_END.finditer(low, max(0, lo - reach), lo)), default=max(0, lo - reach))
    last = None
    for found in _OPENS.finditer(low, start, lo):
        last = found
    if last is None or ";" not in low[last.end() : lo]:
        return ""
    if "(" in low[last.start() : last.end()] and ")" in low[last.end() : lo]:
        return ""
    return low[start : last.end()].lstrip()
