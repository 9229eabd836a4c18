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
