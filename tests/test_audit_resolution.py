"""How `openlint audit` resolves a card's licence: the way `check` resolves it (an unknown term beside
known ones keeps the known terms' duties)."""

from __future__ import annotations

from pathlib import Path

import pytest

from openlint.audit.run import audit_card
from openlint.checking.rule_decision import alternatives_of


def _card(tmp_path: Path, name: str, front: str) -> str:
    path = tmp_path / name / "README.md"
    path.parent.mkdir(parents=True)
    path.write_text(f"---\n{front}\n---\n# {name}\n", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("operator", ["AND", "OR"])
def test_unknown_term_keeps_the_known_terms_restrictions(tmp_path: Path, operator: str) -> None:
    record = audit_card(_card(tmp_path, "m", f"license: acme-x {operator} cc-by-nc-4.0"))
    # Still marked unknown (OL405), but cc-by-nc-4.0's restriction is on the record, as `check` keeps it.
    assert record["status"] == "unknown"
    assert record["restrictive"] == ["non_commercial"]
    assert record["expression"] == f"acme-x {operator} CC-BY-NC-4.0"
    # `AND` binds the unknown term too (OL405); `OR` lets the known one be chosen, as `check` chooses.
    assert record["findings"] == (["OL405"] if operator == "AND" else [])


def test_no_known_term_is_unknown_with_nothing_kept(tmp_path: Path) -> None:
    record = audit_card(_card(tmp_path, "m", "license: acme-x AND acme-y"))
    assert (record["status"], record["expression"], record["restrictive"]) == ("unknown", None, [])
    assert record["findings"] == ["OL405"]


def test_audit_and_check_resolve_through_one_function() -> None:
    # `check`'s alternatives are those of the explanation audit's record is made from.
    from openlint.checking.rule_decision import stated_explanation

    query = "acme-x AND cc-by-nc-4.0"
    alternatives, resolved = alternatives_of(query, None)
    assert resolved and alternatives == stated_explanation(query).alternatives
    assert [lic.status for lic in alternatives[0].licenses] == ["unknown", "catalogued"]


def test_a_derivative_keeping_its_base_restriction_beside_an_unknown_term_has_no_drift(tmp_path: Path) -> None:
    """Its record's restrictive terms feed lineage: cc-by-nc-4.0 kept is not dropped (no OL408)."""
    import io
    import json

    from openlint.audit.run import run

    _card(tmp_path, "base/nc", "license: cc-by-nc-4.0")
    _card(tmp_path, "acme/d", "license: acme-x AND cc-by-nc-4.0\nbase_model: base/nc")
    out = io.StringIO()
    run(str(tmp_path), out, jobs=1)
    record = next(r for r in map(json.loads, out.getvalue().splitlines()) if r["id"] == "acme/d")
    assert (record["drift"], record["findings"]) == ([], ["OL405"])
