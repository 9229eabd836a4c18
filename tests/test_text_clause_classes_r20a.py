"""A licensor's power to end the licence, read with the inline items that follow its lead-in (round 13).

"Acme may terminate this Agreement without notice (i) if you breach ..., or (ii) if you sue Acme" is a power to
end the licence for cause, not at will: the causes sit in the items after the lead-in clause, where the clause
reader did not look, so the lead-in alone read as revocable (0.55). The power's vetoes (a breach, a suit, a
violation) now also apply to those items. Items that name no cause ("(i) at any time, or (ii) for any reason")
still read revocable. Hand-written paraphrases, unwrapped and re-wrapped at 40, 60 and 76 columns."""

from __future__ import annotations

import pytest

from sentences import kinds_read

WIDTHS = [None, 40, 60, 76]

# causes in the items after the lead-in: read as revocable before this change (a patent suit among the causes is
# still the patent termination it states)
FOR_CAUSE_IN_ITEMS = [
    (
        "Acme may terminate this Agreement without notice (i) if you breach any of its terms, or (ii) if you sue Acme.",
        set(),
    ),
    (
        "The Licensor may revoke this License immediately (a) upon your violation of Section 3, or (b) if you commence "
        "patent litigation against the Licensor.",
        {"patent_termination"},
    ),
]

# no cause in the items: the power at will still reads
AT_WILL_IN_ITEMS = [
    "Acme may terminate this Agreement without notice (i) at any time, or (ii) for any reason.",
    "The Licensor may revoke this License (a) at any time, or (b) at its sole discretion.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "kinds"), FOR_CAUSE_IN_ITEMS, ids=[c[:50] for c, _ in FOR_CAUSE_IN_ITEMS])
def test_a_power_to_terminate_for_causes_listed_as_items_is_not_revocable(
    clause: str, kinds: set[str], width: int | None
) -> None:
    assert kinds_read(clause, width) == kinds


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", AT_WILL_IN_ITEMS, ids=lambda v: v[:50])
def test_a_power_at_will_listed_as_items_is_still_revocable(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"revocable"}


# One item naming a ground that is no breach or suit keeps the power (r20's NTT licence: terminate "(i) if User
# breaches ..., (ii) ..., and (iii) if NTT receives a notice ... that the research paper would not be published").
ONE_GROUND_IS_NO_BREACH = [
    "Acme may terminate this Agreement without notice (i) if you breach any of its terms, or (ii) if Acme decides to "
    "withdraw the Model from distribution.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", ONE_GROUND_IS_NO_BREACH, ids=lambda v: v[:50])
def test_a_power_with_one_ground_that_is_no_breach_is_revocable(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"revocable"}
