"""Every obligation kind of the vocabulary is either read from licence texts, with a fixture that pins a
reading of it (fixtures/licenses/*/expected.json), or named here as one only the catalog records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import get_args

import pytest

from openlint.core.obligations import ObligationKind
from openlint.text.extract import extract
from openlint.text.patterns import KIND_NEEDLES, PATTERNS

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures" / "licenses"
# Kinds only the catalog (rules/licenses) records, never found by the text reader: none since round 9, when
# outputs_make_derivatives became read from a definition of derivatives that takes in distilled models or
# models trained on outputs (fixtures/licenses/rc01-derivatives-include-distillation). (A ban on hosting for
# third parties is read since round 4: fixtures/licenses/c53-no-hosting.)
CATALOG_ONLY: frozenset[str] = frozenset()


def _fixture_kinds() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for expected in sorted(FIXTURES.glob("*/expected.json")):
        for ob in json.loads(expected.read_text(encoding="utf-8"))["obligations"]:
            found.setdefault(ob["kind"], []).append(expected.parent.name)
    return found


def test_every_kind_is_read_or_catalog_only() -> None:
    vocabulary = set(get_args(ObligationKind))
    assert vocabulary >= CATALOG_ONLY
    assert {p.kind for p in PATTERNS} == vocabulary - CATALOG_ONLY
    assert set(KIND_NEEDLES) == vocabulary - CATALOG_ONLY


def test_every_readable_kind_has_an_extraction_fixture() -> None:
    readable = set(get_args(ObligationKind)) - CATALOG_ONLY
    missing = sorted(readable - set(_fixture_kinds()))
    assert missing == [], f"add a fixtures/licenses/<case>/ pinning a reading of: {missing}"


def test_catalog_only_kinds_are_never_read_from_text() -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(FIXTURES.glob("*/LICENSE"))]
    kinds = {ob.kind for text in texts for ob in extract(text, "LICENSE")}
    assert kinds and not kinds & CATALOG_ONLY


def test_no_derivatives_cites_both_lines_of_a_wrapped_sentence() -> None:
    # The wording "may / not distribute modified" is split over two lines: the citation spans both.
    text = "Terms\n\n1. You may adapt the model in house, but you may\nnot distribute modified weights.\n"
    (ob,) = extract(text, "LICENSE")
    assert (ob.kind, ob.source.start_line, ob.source.end_line) == ("no_derivatives", 3, 4)


def test_a_citation_of_one_line_is_that_line() -> None:
    text = "Terms\n\nPreamble.\n\nYou must provide recipients the source code of your version.\n"
    (ob,) = extract(text, "LICENSE")
    assert (ob.kind, ob.source.start_line, ob.source.end_line) == ("source_disclosure", 5, 5)


def test_naming_needs_a_prefix_or_a_contained_name() -> None:
    from openlint.core.obligations import Obligation, Source

    source = Source(path="LICENSE", start_line=1, end_line=1)
    assert Obligation(kind="naming", triggers=("distribute",), source=source, contains="Tern").contains == "Tern"
    assert Obligation(kind="naming", triggers=("distribute",), source=source, prefix="Llama").prefix == "Llama"
    with pytest.raises(ValueError, match="needs one of contains, prefix"):
        Obligation(kind="naming", triggers=("distribute",), source=source)
