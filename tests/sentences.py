"""Reading one hand-written clause as a licence of its own (used by the wording-class tests)."""

from __future__ import annotations

from openlint.core.obligations import Obligation
from openlint.text import clauses
from openlint.text.read import DocumentReading, read_text
from openlint.text.view import LineIndex, blocks
from rewrap import rewrap

HEAD = "Sample Terms\n\n"


def read_clause(clause: str, width: int | None = None) -> DocumentReading:
    """`clause` under a title, as published or re-wrapped at `width` columns."""
    text = HEAD + clause + "\n"
    return read_text(rewrap(text, width) if width else text, "LICENSE")


def kinds_read(clause: str, width: int | None = None) -> set[str]:
    """The kinds read from `clause`; every reading cites the clause (line 3 on), never the title."""
    reading = read_clause(clause, width)
    for ob in reading.obligations:
        assert ob.source.start_line is not None and ob.source.start_line >= 3
    return {ob.kind for ob in reading.obligations}


def layer_alone(text: str) -> list[Obligation]:
    """The clause layer's readings of a whole text with no pattern reading at all (every kind wanted)."""
    starts, ends = blocks(text)
    return list(clauses.clause_readings(text, starts, ends, set(), "LICENSE", LineIndex(text)))


Cited = tuple[str, int, int, dict[str, object]]


def cited(clause: str, width: int | None = None) -> list[Cited]:
    """Each reading of `clause` (as `read_clause`): kind, first and last line cited, parameters; sorted.
    Each reading's quote lies within its cited lines and needs the first and the last of them (an
    off-by-one citation fails). Re-wrapping only turns spaces into line breaks, so a line cited in the
    re-wrapped text is given as the line of the published text it is part of: the same at every width."""
    text = HEAD + clause + "\n"
    shown = rewrap(text, width) if width else text
    lines = shown.split("\n")
    at = [0]
    for line in lines:
        at.append(at[-1] + len(line) + 1)

    def published(line: int) -> int:
        return text.count("\n", 0, at[line - 1]) + 1

    out: list[Cited] = []
    for ob in read_text(shown, "LICENSE").obligations:
        first, last = ob.source.start_line or 0, ob.source.end_line or 0
        quote = " ".join((ob.source.text or "").split())

        assert quote and _holds(lines, first, last, quote), (ob.kind, first, last, quote)
        tight = first == last or not (_holds(lines, first + 1, last, quote) or _holds(lines, first, last - 1, quote))
        assert tight, (ob.kind, first, last)
        out.append((ob.kind, published(first), published(last), ob.parameters()))
    return sorted(out, key=lambda reading: reading[:3])


def _holds(lines: list[str], first: int, last: int, quote: str) -> bool:
    return quote in " ".join(" ".join(lines[first - 1 : last]).split())
