"""A notice or credit given under a label of its own: "Attribution notice to reproduce:" closing a block, the
text to reproduce set apart as the next block (an indented or quoted paragraph), or following the label in the
same block. The patterns read one block at a time and never see the label and its text together."""

from __future__ import annotations

from collections.abc import Callable, Iterator

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
    r"(?P<noun>attribution|credit|acknowledge?ment|copyright|licen[cs]e|legal|(?:(?<=required\s)|(?<=mandatory\s))notice)(?:\s(?:notice|line|text|statement))?"
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


# A duty to show a text set apart below: the block's last sentence ends with a colon after a verb of showing that a
# duty governs ("... and, for a Derivative Model, state prominently in its model card:", "Each copy must display:"),
# and the next block is one quoted text. A verb after "must"/"shall" in its sentence, or the item's own verb (a
# marked item: "(d) clearly identify ... and state ...:", under a duty lead-in that the patterns read).
_SHOW = (
    r"(?:state|display|show|include|reproduce|carry|print|add|place|bear|contain|put|affix|retain|keep|preserve)\w{0,2}"
)
_SHOW_OWED = prebuilt(
    rf"\b(?:must|shall|(?:is|are)\srequired\sto|agrees?\sto)\s(?:[\w,-]+\s){{0,12}}?{_SHOW}\b[^:.;]{{0,160}}:$"
    rf"|^\s?(?:and\s|or\s)?\(?[a-z0-9]{{1,3}}[.)]\s(?:[\w,-]+\s){{0,20}}?(?:and\s|then\s)?{_SHOW}\b[^:.;]{{0,160}}:$"
    # an imperative sentence that names what it shows: "Display the following line in your application:"
    rf"|^\s?(?:also\s)?(?:clearly\s|prominently\s|always\s)?{_SHOW}\b[^:.;]{{0,60}}?"
    r"\b(?:notice|credit|attribution|acknowledge?ment|line|statement|legend|sentence|wording)\b[^:.;]{0,120}:$"
)
# (nor what the licensor will show: "Licensor shall display on its website:")
_NOT_OWED = prebuilt(
    r"\b(?:not|never|may|can|should|recommend\w*|encourag\w*|suggest\w*|optional\w*|example|e\.g)\b"
    r"|\b(?:we|licensor|the\slicensor)\s(?:must|shall|will)\b"
)
_WHOLE_QUOTE = prebuilt(r"^\s*[\"\u201c]([^\"\u201c\u201d]{10,300}?)[\"\u201d][.;,]?\s*$")
# A markdown blockquote's markers ("> " opening each line), blanked to spaces of the same length before the quote is
# matched (the quoted text set apart as a blockquote: "> \u201cThis product includes X ...\u201d").
_QUOTE_MARKS = prebuilt(r"(?m)^[ \t]{0,3}>[ \t]?")
_NOTICE_WORDS = prebuilt(r"\blicensed\sunder\b|\bcopyright\b|\(c\)|\u00a9|\ball\srights\sreserved\b")


def _text_owed(
    text: str, start: int, end: int, i: int, starts: list[int], ends: list[int]
) -> Callable[[str, LineIndex], Obligation] | None:
    """When block i owes the quoted text of block i + 1 (see _SHOW_OWED), how to cite it; else None."""
    para = Paragraph(text[start:end], start)
    low = para.low.rstrip()
    sentence = low[max(low.rfind(". "), low.rfind("; ")) + 1 :]
    if _SHOW_OWED.search(sentence) is None or _NOT_OWED.search(sentence) is not None:
        return None
    holder = Paragraph(text[starts[i + 1] : ends[i + 1]], starts[i + 1])
    shown = _QUOTE_MARKS.sub(lambda mark: " " * len(mark.group()), holder.text)
    quoted = _WHOLE_QUOTE.match(shown)
    if quoted is None:
        return None
    value = " ".join(quoted.group(1).split()).rstrip(" .")
    kind: ObligationKind = "notice" if _NOTICE_WORDS.search(holder.low) else "attribution"

    def owed(path: str, index: LineIndex) -> Obligation:
        summary = "Keep this exact notice with every copy." if kind == "notice" else "Reproduce this exact credit."
        return cite(
            kind, summary, 0.85, holder, quoted.start(1), quoted.end(1), path, index, ("distribute",), text=value
        )

    return owed


def labelled_texts(
    text: str, starts: list[int], ends: list[int], path: str, index: LineIndex
) -> Iterator[tuple[Obligation, bool]]:
    """A credit (attribution) or notice with its text, for each label of a text to reproduce, cited at the text;
    and whether the label is bare (it gives the text of a credit owed elsewhere, and says nothing alone)."""
    read = 0
    for i, (start, end) in enumerate(zip(starts, ends, strict=True)):
        if text.find(":", start, end) == -1:
            continue  # a label ends in a colon (lowering makes none)
        raw = lower(text, start, end)
        if (
            raw.rstrip().endswith(":")
            and i + 1 < len(starts)
            and (owed := _text_owed(text, start, end, i, starts, ends))
        ):
            read += 1
            yield owed(path, index), False
            if read >= MAX_LABELS:
                return
            continue
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
    """Whether a parameterless reading's sentence points at a text given below ("see the notice below", or a
    sentence closing its block with a colon: "You must retain this notice in every copy:")."""
    line = ob.source.start_line or 1
    at = 0
    for _ in range(line - 1):
        at = text.find("\n", at) + 1
        if at == 0:
            return False
    window = text[at : at + 400]
    stop = min((i for i in (window.find(". "), window.find("\n\n")) if i != -1), default=len(window))
    # (a sentence that ends with a colon at its block's end leads in the text set apart below it)
    return _BELOW.search(" ".join(window[:stop].lower().split())) is not None or (
        window[:stop].rstrip().endswith(":") and window.startswith("\n\n", stop)
    )
