"""Red-team class (redB): a non-commercial grant that another clause widens to commercial use below a revenue figure
("an organisation whose annual revenue ... is below USD 1,000,000 may also use the Model for commercial purposes")
is no ban on commerce: the revenue cap alone decides (OL103), as for 'Commercial Use' defined by a threshold. A clause
that exempts small organisations from something else keeps the grant non-commercial."""

from __future__ import annotations

import pytest

from sentences import read_clause

GRANT = "1. Grant. Acme grants you a licence to use, modify and distribute the Model for non-commercial purposes.\n\n"

WIDENED = [
    (
        "2. In addition, an organisation whose annual revenue, together with its affiliates, is below USD 1,000,000 "
        "may also use the Model for commercial purposes under this license.",
        (1_000_000, "USD"),
    ),
    (
        "2. Commercial use is also permitted for organisations with annual revenue of less than EUR 2 million.",
        (2_000_000, "EUR"),
    ),
    ("2. Businesses whose annual sales are under USD 500,000 may use the Model commercially.", (500_000, "USD")),
]

NOT_WIDENED = [
    "2. Organisations with annual revenue below USD 1,000,000 may use the Model without reporting their usage to Acme.",
    "2. Organisations with annual revenue above USD 1,000,000 may not use the Model for commercial purposes.",
]


@pytest.mark.parametrize("width", [None, 40, 76])
@pytest.mark.parametrize(("clause", "cap"), WIDENED, ids=lambda v: str(v)[:40])
def test_commercial_use_granted_below_a_revenue_leaves_only_the_cap(
    clause: str, cap: tuple[int, str], width: int | None
) -> None:
    reading = read_clause(GRANT + clause, width)
    assert [(ob.kind, ob.threshold, ob.currency, ob.inclusive) for ob in reading.obligations] == [
        ("revenue_cap", *cap, True)  # "below" / "less than" / "under": the named value itself is outside the grant
    ]


@pytest.mark.parametrize("clause", NOT_WIDENED, ids=lambda v: v[:40])
def test_a_clause_that_grants_no_commercial_use_keeps_the_grant_non_commercial(clause: str) -> None:
    assert "non_commercial" in {ob.kind for ob in read_clause(GRANT + clause).obligations}
