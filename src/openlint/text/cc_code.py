"""A Creative Commons licence applied by its short code ("CC BY-SA 4.0") or its legal-code address in prose
written in another language than English: the duties of its elements are read (BY: credit and a link to the
licence; SA: the same licence for adaptations; NC: no commercial use; ND: no adaptations shared), since the
prose that applies it is not. Only a text that names one Creative Commons licence and no other: a text
naming several (its own and its upstream material's) says by code alone which is whose, and none that names
it in English prose too (a bilingual text: its English part is read). An element whose own duty the text's prose
already states (a summary of its own, a line under "署名 (BY)") is read from that prose alone: BY's link to the licence
is not added to a credit the summary words without one."""

from __future__ import annotations

import re
from collections.abc import Iterator

from openlint.core.kinds import ObligationKind, Trigger
from openlint.core.obligations import Obligation
from openlint.text.cite import cite
from openlint.text.language import english_prose, foreign_line
from openlint.text.programs import prebuilt
from openlint.text.view import LineIndex, Paragraph

MAX_CODES = 20  # codes looked at in a text (a list of upstream licences names a few)
CC_CODE = prebuilt(  # (both ways start with "c": asked first, the engine fails at once at any other letter)
    r"(?=c)(?:\bcc[\s-]by((?:[\s-](?:nc|nd|sa)){0,2})[\s-]v?(\d\.\d)\b"
    r"|creativecommons\.org/licenses/(by(?:-(?:nc|nd|sa)){0,2})/(\d\.\d)\b)",
    re.IGNORECASE,
)
_ELEMENTS: dict[str, tuple[tuple[ObligationKind, str], ...]] = {  # (kind, summary) per licence element
    "by": (
        ("attribution", "Credit the creator (the Creative Commons licence named by its code)."),
        ("include_license", "Name the licence and give a link to it (the Creative Commons licence named by its code)."),
    ),
    "sa": (("share_alike", "Adaptations you share must carry the same licence (Creative Commons ShareAlike)."),),
    "nc": (("non_commercial", "No commercial use (Creative Commons NonCommercial)."),),
    "nd": (("no_derivatives", "Do not share adaptations (Creative Commons NoDerivatives)."),),
}

_TRIGGERS: dict[str, tuple[Trigger, ...]] = {
    "non_commercial": ("use", "modify", "distribute", "serve"),
    "no_derivatives": ("modify", "distribute"),
}


def code_of(found: re.Match[str]) -> str:
    """The licence a CC_CODE match names, as "by-nc-sa/4.0" (elements sorted, as SPDX ids order them)."""
    groups = found.groups()
    elements = groups[0] if groups[1] is not None else groups[2][2:]
    parts = sorted(part for part in elements.lower().replace("-", " ").split() if part)
    return "by" + "".join(f"-{part}" for part in parts) + "/" + (groups[1] or groups[3])


def _block(text: str, start: int, end: int) -> str:
    """The lines between blank lines around text[start:end] (at most a few hundred characters each way)."""
    lo = text.rfind("\n\n", max(0, start - 600), start)
    hi = text.find("\n\n", end, end + 600)
    return text[max(lo, start - 600, 0) : end + 600 if hi == -1 else hi]


def cc_code_readings(text: str, kinds: set[str], path: str, index: LineIndex) -> Iterator[Obligation]:
    """The element duties of the one Creative Commons licence a non-English text applies by code."""
    if text.isascii():
        return
    codes: set[str] = set()
    first = None
    for count, found in enumerate(CC_CODE.finditer(text)):
        if count >= MAX_CODES:
            return
        codes.add(code_of(found))
        if len(codes) > 1:
            return
        block = _block(text, found.start(), found.end())
        if foreign_line(" ".join(block.split())) or any(foreign_line(line) for line in block.split("\n")):
            first = found if first is None else first
        elif english_prose(block):
            return  # applied in English too: the English prose is read (a bilingual text)
    if first is None:
        return
    para = Paragraph(text[first.start() : first.end()], first.start())
    elements = ["by", *code_of(first).split("/")[0].split("-")[1:]]
    for element in elements:
        if _ELEMENTS[element][0][0] in kinds:
            continue  # the text's own words state this element (its summary, read): they say all it asks here
        for kind, summary in _ELEMENTS[element]:
            if kind not in kinds:
                yield cite(
                    kind, summary, 0.7, para, 0, len(para.low), path, index, _TRIGGERS.get(kind, ("distribute",))
                )
