"""A licence granted for a fixed term (`term_expires`): a last day (`date`, ISO 8601) in the usual written forms,
or a period after acceptance (`duration`, ISO 8601). Hand-written wording (none is the red-team licence's), read
unwrapped and re-wrapped at 40 and 76 columns, and near misses that share the words but state no fixed term of
the grant. Every positive here read no `term_expires` on 9734322 (the kind did not exist)."""

from __future__ import annotations

import pytest

from sentences import cited, kinds_read

# (text, the readings: kind, first and last line cited, parameters)
CITED = [
    (
        "This Licence is granted to you until it expires on 30 June 2027, after which you may no longer use the "
        "Weights.",
        [("term_expires", 3, 3, {"date": "2027-06-30"})],
    ),
    ("The rights in this Agreement are valid until March 31, 2026.", [("term_expires", 3, 3, {"date": "2026-03-31"})]),
    (
        "This License terminates automatically on 2026-01-15 unless renewed in writing by Kestrel AI.",
        [("term_expires", 3, 3, {"date": "2026-01-15"})],
    ),
    ("Licence period: 1 January 2025 to 31.12.2025.", [("term_expires", 3, 3, {"date": "2025-12-31"})]),
    (
        "The term of this agreement runs from 2025-02-01 until 2026-01-31, both days included.",
        [("term_expires", 3, 3, {"date": "2026-01-31"})],
    ),
    (
        "Your permission to use the Model remains in force until the 1st of never; in any case this grant shall "
        "lapse on 15 Sept 2026.",
        [("term_expires", 3, 3, {"date": "2026-09-15"})],
    ),
    ("本许可的有效期至2026年6月30日。", [("term_expires", 3, 3, {"date": "2026-06-30"})]),
    (
        "You may use the Model for any lawful purpose until 31 December 2026, when this Licence ends.",
        [("term_expires", 3, 3, {"date": "2026-12-31"})],
    ),
    # slashed dates: month first or day first, whichever is a real date; the earlier when both are
    ("This Licence is valid until 12/31/2026.", [("term_expires", 3, 3, {"date": "2026-12-31"})]),
    ("The Agreement expires on 31/03/2027 for every licensee.", [("term_expires", 3, 3, {"date": "2027-03-31"})]),
    ("Your rights are granted until 06/07/2026 only.", [("term_expires", 3, 3, {"date": "2026-06-07"})]),
    # a term relative to acceptance: a duration, no date
    (
        "This Agreement is granted for one (1) year from the Effective Date.",
        [("term_expires", 3, 3, {"duration": "P1Y"})],
    ),
    (
        "The licence has a term of 12 months, after which your rights to use the Model end.",
        [("term_expires", 3, 3, {"duration": "P12M"})],
    ),
    (
        "You may evaluate the Weights for ninety (90) days from your acceptance of these terms.",
        [("term_expires", 3, 3, {"duration": "P90D"})],
    ),
]


@pytest.mark.parametrize("width", [None, 40, 76])
@pytest.mark.parametrize(("clause", "readings"), CITED, ids=lambda v: str(v)[:40])
def test_a_fixed_term_reads_its_date_or_duration(clause: str, readings: list[object], width: int | None) -> None:
    got = [reading for reading in cited(clause, width) if reading[0] == "term_expires"]
    assert got == readings


NEGATIVE = [
    "This License is effective until terminated.",
    "This Agreement remains in effect until terminated by either party in accordance with its terms.",
    "The Licensor may terminate this License if you breach any of its terms and fail to cure within 30 days.",
    "Last updated: 31 December 2025.",
    "Version 2.0, published on 1 March 2025.",
    "Effective Date: January 1, 2025.",
    "Acme may change these terms on 1 January 2026 by posting a new version.",
    "Copyright 2023-2025 Kestrel AI. All rights reserved.",
    "Subject to this License, Kestrel AI grants you a perpetual, worldwide, royalty-free license to use the Model.",
    "The warranty is valid until 31 December 2026.",
    "Support for version 1 ends on 30 June 2026.",
    "You must give thirty (30) days written notice of termination.",
    "Sections 4 and 5 survive for five (5) years after termination of this Agreement.",
    "This license expires only if you breach it.",
    # a term that renews by itself has no last day
    "This Agreement has an initial term of one (1) year and renews automatically for successive one-year terms "
    "unless either party gives notice of non-renewal.",
    "The licence is valid until 31 December 2026 and shall automatically be extended by one year unless terminated.",
    "The subscription term of 12 months is subject to automatic renewal.",
    # no such day, either way round
    "This Licence is valid until 13/13/2026.",
]


@pytest.mark.parametrize("width", [None, 40, 76])
@pytest.mark.parametrize("sentence", NEGATIVE, ids=lambda v: v[:40])
def test_look_alikes_state_no_fixed_term(sentence: str, width: int | None) -> None:
    assert "term_expires" not in kinds_read(sentence, width)
