"""Round 8's widening of the structural reading layer (openlint.text.clauses): general mechanisms
and lexicon concepts, each pinned with hand-written phrasings (none copied from a held-out text) that
the layer did not read on main 9d23fa1, and negatives that must stay unread."""

from __future__ import annotations

import pytest

from openlint.text import clauses
from openlint.text.view import LineIndex, blocks

HEAD = "Sample Terms\n\n"


def _alone(body: str) -> list[tuple[str, str]]:
    """The layer's readings with no pattern reading at all (every kind wanted): kind and cited text."""
    text = HEAD + body + "\n"
    starts, ends = blocks(text)
    return sorted(
        (ob.kind, ob.source.text or "")
        for ob in clauses.clause_readings(text, starts, ends, set(), "LICENSE", LineIndex(text))
    )


# An item of an inline list is read with its sentence's lead-in, and cited at the item's own words.
@pytest.mark.parametrize(
    ("body", "reading"),
    [
        (
            "If You share the Model or a Derivative, You must (a) include a full copy of this License; (b) keep "
            "the model card.",
            ("include_license", "(a) include a full copy of this License;"),
        ),
        (
            "Whenever you redistribute the Weights you shall: (1) hand over a copy of these terms to each "
            "recipient, and (2) mark the files you changed.",
            ("include_license", "(1) hand over a copy of these terms to each recipient, and"),
        ),
        (
            "You agree that you will not (i) offer the Model as a hosted service to third parties or (ii) sell it.",
            ("no_hosting", "(i) offer the Model as a hosted service to third parties or"),
        ),
    ],
)
def test_an_inline_list_item_is_read_with_its_lead_in(body: str, reading: tuple[str, str]) -> None:
    assert reading in _alone(body)


@pytest.mark.parametrize(
    "body",
    [
        # the lead-in is the licensor's conduct: its items are no duty of the licensee
        "We will (a) give you a copy of this License; and (b) keep the weights online.",
        # a sentence end between the lead-in and the item: no lead-in
        "You must keep this file. (a) A copy of this License is available online.",
        # a lead-in that grants: the items are what may be done
        "You may (a) host the Model as a service for your customers; (b) modify it.",
    ],
)
def test_an_item_reads_nothing_its_lead_in_does_not_say(body: str) -> None:
    assert _alone(body) == []
