"""Wording classes generalised from the misses and spurious readings of held-out sets r15 and r16 (fix sources
since round 10) of the notice, attribution, include_license and share_alike kinds, continuing fixA's
(test_text_clause_classes_r15a.py): each class in hand-written paraphrases (none is a real licence's wording),
read unwrapped and re-wrapped at 40, 60 and 76 columns, and negatives that share the words but state no duty of
the kind. Every positive here was not read (or read as another kind) on 2ea8bdf."""

from __future__ import annotations

import pytest

from sentences import cited, kinds_read, read_clause

# (text, the kinds it states: exactly these are read)
POSITIVE = [
    # notice: the credit itself as what may not be removed, in a ban or as an item under a ban lead-in
    ("You must not remove attribution or claim the weights as your own.", {"notice"}),
    ("You may not remove or alter any attribution.", {"notice"}),
    ("Do not strip or remove the credits from the weights.", {"notice"}),
    ("YOU MUST NOT:\n- Remove attribution or pass the adapter off as your own work\n- Sell the adapter", {"notice"}),
    # notice: the notices carried onto the copies made, as a condition or a duty (passive)
    (
        "You may make backup copies, provided that the copyright and trademark notices of the original are copied "
        "onto each of the copies.",
        {"notice"},
    ),
    ("Copies are allowed so long as every proprietary notice is reproduced on the copies.", {"notice"}),
    (
        "Archival copies are permitted on condition that the licensor's legal notices are placed on all copies.",
        {"notice"},
    ),
    ("Ownership notices shall be affixed to any copies of the checkpoints.", {"notice"}),
]

# (text, the readings: kind, first and last line cited, parameters)
CITED = [
    # a brand display ("Powered by X") after "the following statement" is a credit, never a notice too
    (
        'If you publish a fine-tuned model, you must show the following statement on its model card: "Powered by '
        'Finch-7B."',
        [("attribution", 3, 3, {"text": "Powered by Finch-7B"})],
    ),
    # the copyright line kept in all copies (an MIT section) is a notice of its own beside a notice text to ship
    (
        "The copyright notice above shall be included in all copies of the weights.\n\nIf you distribute the adapter, "
        'you must also retain the following notice: "Finch Adapter is licensed under the Finch Terms."',
        [("notice", 3, 3, {}), ("notice", 5, 5, {"text": "Finch Adapter is licensed under the Finch Terms"})],
    ),
    # a credit or notice under a label of its own (to reproduce, or required), its text the next block or the rest of
    # the label's; a bare credit pointing at it ("see the credit line below") is the same duty
    (
        "When you share the weights you must give appropriate credit (see the credit line below).\n\n"
        "Credit line to include in your README:\n\n    Finch checkpoints by Kim Lee, CC BY 4.0.",
        [("attribution", 7, 7, {"text": "Finch checkpoints by Kim Lee, CC BY 4.0"})],
    ),
    (
        'Required attribution:\n\n"Weights by the Heron Lab (heron.example)"',
        [("attribution", 5, 5, {"text": "Weights by the Heron Lab (heron.example)"})],
    ),
    (
        "Copyright notice to retain in every copy: (c) 2025 Heron Lab, all rights reserved.",
        [("notice", 3, 3, {"text": "(c) 2025 Heron Lab, all rights reserved"})],
    ),
    # ... but the notice "included in all copies" that is the quoted text is that one notice (a guard, read the same
    # on 2ea8bdf: no second reading)
    (
        'The following notice shall be included in all copies: "Finch Adapter is licensed under the Finch Terms."',
        [("notice", 3, 3, {"text": "Finch Adapter is licensed under the Finch Terms"})],
    ),
]

NEGATIVE = [
    # removing a credit allowed, not needed, or done by the licensor
    "You may remove attribution from outputs.",
    "You need not remove attribution.",
    "If you ask, we will remove the attribution.",
    # the requirement, not the credit, is what is removed
    "Remove the attribution requirement from derivatives if you relicense them.",
    # notices that need not be, or are not said to be, on the copies
    "Backup copies may be made; notices need not be copied onto the copies.",
    "The notices are reproduced in the copies we ship.",
    # a label of a suggested credit, or of no text to reproduce, is no duty
    "Suggested attribution:\n\nWeights by the Heron Lab.",
    "Attribution:\n\nWe thank the Heron Lab for the data.",
    "Credit to include if you like:\n\nWeights by the Heron Lab.",
]


@pytest.mark.parametrize("width", [None, 40, 60, 76])
@pytest.mark.parametrize(("sentence", "kinds"), POSITIVE, ids=lambda v: str(v)[:40])
def test_a_paraphrase_of_each_r15c_class_is_read(sentence: str, kinds: set[str], width: int | None) -> None:
    assert kinds_read(sentence, width) == kinds


@pytest.mark.parametrize("width", [None, 40, 60, 76])
@pytest.mark.parametrize(("clause", "readings"), CITED, ids=lambda v: str(v)[:40])
def test_an_r15c_reading_cites_its_lines_and_parameters(clause: str, readings: list[object], width: int | None) -> None:
    assert cited(clause, width) == readings


@pytest.mark.parametrize("width", [None, 40, 76])
@pytest.mark.parametrize("sentence", NEGATIVE, ids=lambda v: v[:40])
def test_r15c_look_alikes_state_no_duty_of_the_class(sentence: str, width: int | None) -> None:
    assert {ob.kind for ob in read_clause(sentence, width).obligations} == set()
