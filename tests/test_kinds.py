"""One vocabulary of obligation kinds (openlint.core.kinds): every set of kinds is derived from its table."""

from __future__ import annotations

import ast
from pathlib import Path

from openlint.core import kinds
from openlint.core.explanation import explain
from openlint.openness.licensing import judge
from openlint.sources.lineage import restrictive_kinds
from openlint.text.patterns import KIND_NEEDLES, PATTERNS

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "openlint"

USE_LIMITING = {
    "non_commercial",
    "research_only",
    "no_derivatives",
    "user_cap",
    "revenue_cap",
    "acceptable_use",
    "flow_down",
    "no_training_other_models",
    "territory",
    "individuals_only",
}


def test_every_kind_has_one_row() -> None:
    assert set(kinds.KINDS) == kinds.ALL_KINDS
    assert len(kinds.ALL_KINDS) == 25  # redB: individuals_only; expiry: term_expires
    assert all(kind.label and kind.restrictiveness > 0 for kind in kinds.KINDS.values())
    for required, optional in kinds.KIND_PARAMETERS.values():
        assert not required & optional and (required | optional) <= set(kinds.PARAMETER_NAMES)


def test_the_restrictive_sets_nest() -> None:
    """Limiting use implies counting for drift; both imply being a restriction, not a duty."""
    assert kinds.USE_RESTRICTING_KINDS == USE_LIMITING
    assert USE_LIMITING | {"naming", "share_alike"} == kinds.DRIFT_KINDS
    assert kinds.USE_RESTRICTING_KINDS <= kinds.DRIFT_KINDS <= kinds.RESTRICTION_KINDS
    assert {
        "network_disclosure",
        "source_disclosure",
        "terms_may_change",
        "no_hosting",
        "revocable",
        "term_expires",
    } == kinds.RESTRICTION_KINDS - kinds.DRIFT_KINDS


def test_openness_and_drift_read_the_same_table() -> None:
    """Copyleft is drift (a derivative that drops it changed the terms) but does not fail the OSD."""
    assert restrictive_kinds("cc-by-sa-4.0") == {"share_alike"}
    assert judge("cc-by-sa-4.0", "data").verdict == "open"
    assert judge("cc-by-nc-4.0", "data").verdict == "not-open"
    assert restrictive_kinds("cc-by-nc-4.0") == {"non_commercial"}


def test_ranking_uses_the_table() -> None:
    """OR-alternatives rank by the table's restrictiveness: MIT is chosen over CC-BY-NC."""
    scores = {alt.licenses[0].id: alt.restrictiveness for alt in explain("cc-by-nc-4.0 OR mit").alternatives}
    # sums over each licence's kinds: 3 + 1 + 2 + 100 and 2 + 1
    assert scores == {"CC-BY-NC-4.0": 106, "MIT": 3}
    assert [lic.id for lic in explain("cc-by-nc-4.0 OR mit").least_restrictive.licenses] == ["MIT"]


def test_every_pattern_kind_has_needles() -> None:
    """A kind whose patterns have no needle would never be read from a licence text."""
    assert {p.kind for p in PATTERNS} <= set(KIND_NEEDLES) <= kinds.ALL_KINDS


def _kind_sets(tree: ast.AST) -> list[int]:
    """Lines of set / frozenset / tuple literals of three or more obligation kind names."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)) and len(node.elts) >= 3:
            values = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(values) == len(node.elts) and set(values) <= kinds.ALL_KINDS:
                found.append(node.lineno)
    return found


def test_no_module_keeps_its_own_set_of_kinds() -> None:
    """Outside the table (and the text reader's wording-level sets), no literal lists kinds."""
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative == "core/kinds.py" or relative.startswith("text/"):
            continue
        lines = _kind_sets(ast.parse(path.read_text(encoding="utf-8")))
        if lines:
            offenders[relative] = lines
    assert offenders == {}


def test_the_scan_finds_a_set_of_kinds() -> None:
    assert _kind_sets(ast.parse('X = frozenset({"naming", "share_alike", "territory"})')) == [1]
