"""A notice or credit given under a label of its own: "Attribution notice to reproduce:" closing a block, the
text to reproduce set apart as the next block (an indented or quoted paragraph), or following the label in the
same block. The patterns read one block at a time and never see the label and its text together."""

from __future__ import annotations

from collections.abc import Iterator

from openlint.core.kinds import ObligationKind
from openlint.core.obligations import Obligation
from openlint.text.cite import cite
from openlint.text.programs import prebuilt
from openlint.text.view import LineIndex, Paragraph, lower

__all__ = ["labelled_texts", "points_below"]

MAX_LABELS = 50  # labelled texts read per document (a licence has one or two)
MAX_TEXT = 300  # characters of a notice or credit's text
# The label: what is given (a credit or a notice), and that it is to be reproduced ("to reproduce", "to include
# in your README") or required ("Required attribution:", "Attribution line (required):"). A suggested or
# recommended one is an invitation, not a label of a duty.
LABEL = prebuilt(
    r"(?:^|(?<=[.;!?]\s))(?:(?P<required>required|mandatory)\s)?"
    r"(?P<noun>attribution|credit|acknowledge?ment|copyright|licen[cs]e|legal|(?<=required\s)notice)(?:\s(?:notice|line|text|statement))?"
    r"(?:(?P<purpose>\s(?:to\sbe|to|you\smust|that\smust\sbe)\s(?:reproduce|include|display|retain|keep|show|add|carry|copy|print)d?"
    r"(?:\s(?:in|on|with|within)\s[^:.;]{1,60}?)?)|(?P<marked>\s\((?:required|mandatory)\)))?\s?:(?:\s|$)"
)
_CREDITS = ("attribution", "credit", "acknowledg")
_OPENERS, _CLOSERS = "\"\u201c'\u2018", "\"\u201d'\u2019"
# A bare credit that points at a text given elsewhere ("give appropriate credit (see the notice below)").
_BELOW = prebuilt(r"\bbelow\b|\bthe\sfollowing\b|\bas\sfollows\b")


def _value(view: str) -> str | None:
    """The text to reproduce: quotes around all of it and a closing full stop dropped."""
    value = view.strip().rstrip(" .")
    if len(value) < 4 or len(value) > MAX_TEXT:
        return None
    if value[0] in _OPENERS and value[-1] in _CLOSERS and sum(value.count(q) for q in set(_OPENERS + _CLOSERS)) == 2:
        value = value[1:-1].strip().rstrip(" .")
    return value or None


# A bare credit label opening its block, its text quoted ('Attribution: "Weights by Jane Doe, 2026"'): the text of a
# credit the document owes elsewhere ("provided you give appropriate credit"), never a duty by itself.
_BARE = prebuilt(r"^\s?(?:attribution|credit|acknowledge?ment)(?:\s(?:line|text|statement))?\s?:\s")
_QUOTED = prebuilt(r"[\"\u201c]([^\"\u201c\u201d\n]{4,300}?)[\"\u201d](?![a-z])")


def labelled_texts(
    text: str, starts: list[int], ends: list[int], path: str, index: LineIndex
) -> Iterator[tuple[Obligation, bool]]:
    """A credit (attribution) or notice with its text, for each label of a text to reproduce, cited at the text;
    and whether the label is bare (it gives the text of a credit owed elsewhere, and says nothing alone)."""
    read = 0
    for i, (start, end) in enumerate(zip(starts, ends, strict=True)):
        raw = lower(text, start, end)
        if ":" not in raw or not any(word in raw for word in ("attribution", "credit", "acknowledg", "notice")):
            continue
        para = Paragraph(text[start:end], start)
        label = LABEL.search(para.low)
        if label is None:
            continue
        if not (label.group("required") or label.group("purpose") or label.group("marked")):
            bare = _BARE.match(para.low)
            quoted = _QUOTED.match(para.text, bare.end()) if bare is not None else None
            if quoted is not None:
                read += 1
                yield (
                    cite(
                        "attribution",
                        "Reproduce this exact credit.",
                        0.85,
                        para,
                        quoted.start(1),
                        quoted.end(1),
                        path,
                        index,
                        ("distribute",),
                        text=" ".join(quoted.group(1).split()).rstrip(" ."),
                    ),
                    True,
                )
            continue
        kind: ObligationKind = "attribution" if label.group("noun").startswith(_CREDITS) else "notice"
        rest = para.text[label.end() :]
        if rest.strip():
            holder, lo = para, label.end()
        elif i + 1 < len(starts):
            holder, lo = Paragraph(text[starts[i + 1] : ends[i + 1]], starts[i + 1]), 0
        else:
            continue
        value = _value(holder.text[lo:])
        if value is None:
            continue
        read += 1
        yield (
            cite(
                kind,
                "Reproduce this exact credit." if kind == "attribution" else "Keep this exact notice with every copy.",
                0.85,
                holder,
                lo,
                len(holder.text.rstrip()),
                path,
                index,
                ("distribute",),
                text=value,
            ),
            False,
        )
        if read >= MAX_LABELS:
            return


def points_below(text: str, ob: Obligation) -> bool:
    """Whether a parameterless reading's sentence points at a text given below ("see the notice below")."""
    line = ob.source.start_line or 1
    at = 0
    for _ in range(line - 1):
        at = text.find("\n", at) + 1
        if at == 0:
            return False
    window = text[at : at + 400]
    stop = min((i for i in (window.find(". "), window.find("\n\n")) if i != -1), default=len(window))
    return _BELOW.search(" ".join(window[:stop].lower().split())) is not None
