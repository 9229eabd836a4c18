"""Red-team class (redB): a trademark term ("no rights to Acme's trademarks, and you may not use them to promote any
commercial product") is not a ban on commercial use of the model; a ban on commercial use beside it still is."""

from __future__ import annotations

import pytest

from sentences import kinds_read

WIDTHS = [None, 40, 76]

TRADEMARK_TERMS = [
    "This license grants no rights to Elk AI's trademarks, and you may not use them to promote any commercial product "
    "or service.",
    "No right is granted to the Wren name, logos or trademarks, which you may not use to advertise or endorse any "
    "commercial product or service.",
    "You may not use our trade names or service marks in marketing any commercial offering.",
]

COMMERCE_BANS = [
    "You may not use the Model for any commercial purpose, and you may not use the Wren trademarks to promote any "
    "product or service.",
    "You may not use Elk AI's logos in advertising, and you may not offer the Model in any commercial product or "
    "service.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", TRADEMARK_TERMS, ids=lambda v: v[:40])
def test_a_trademark_term_is_no_commercial_ban(clause: str, width: int | None) -> None:
    assert "non_commercial" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", COMMERCE_BANS, ids=lambda v: v[:40])
def test_a_commercial_ban_beside_a_trademark_term_is_read(clause: str, width: int | None) -> None:
    assert "non_commercial" in kinds_read(clause, width)
