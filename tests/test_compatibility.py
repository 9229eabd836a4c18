"""The compatibility model: one-way paths, conflicts, use restrictions against share-alike, and OL411."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from openlint._data import data_dir
from openlint.checking.checker import load_project, run_check
from openlint.core.catalog import default_catalog
from openlint.core.compatibility import combine, combine_licenses, default_table, merge_conflicts, merge_undecided

REPO = Path(__file__).resolve().parents[1]
OL411 = REPO / "fixtures" / "rules" / "OL411"


@pytest.mark.parametrize("order", [("CC-BY-SA-4.0", "GPL-3.0-only"), ("GPL-3.0-only", "CC-BY-SA-4.0")])
def test_by_sa_goes_into_gplv3_one_way_in_either_order(order: tuple[str, str]) -> None:
    result = combine(order)
    assert result.possible is True
    assert result.outbound == ("GPL-3.0-only",)
    assert [(e.source, e.target) for e in result.steps] == [("CC-BY-SA-4.0", "GPL-3.0-only")]


@pytest.mark.parametrize(
    ("licenses", "outbound"),
    [
        (("Apache-2.0", "GPL-3.0-only"), ("GPL-3.0-only",)),
        (("Apache-2.0", "GPL-2.0-or-later"), ("GPL-3.0-only", "GPL-3.0-or-later")),
        (("GPL-2.0-or-later", "GPL-3.0-only"), ("GPL-3.0-only",)),
        (("MPL-2.0", "GPL-2.0-only"), ("GPL-2.0-only",)),
        (("MPL-2.0", "LGPL-3.0-only"), ("GPL-3.0-only", "LGPL-3.0-only")),
        (("MPL-2.0", "MIT"), ("MPL-2.0",)),  # a secondary licence only with material under it
        (("LGPL-2.1-only", "GPL-2.0-only"), ("GPL-2.0-only",)),
        (("LGPL-3.0-only", "GPL-3.0-only"), ("GPL-3.0-only",)),
        (("GPL-3.0-only", "AGPL-3.0-only"), ("AGPL-3.0-only",)),
        (("CC-BY-SA-3.0", "CC-BY-SA-4.0"), ("CC-BY-SA-4.0",)),
        (("EUPL-1.2", "GPL-3.0-only"), ("GPL-3.0-only",)),
        (("MIT", "GPL-2.0-only"), ("GPL-2.0-only",)),  # permissive -> copyleft
    ],
)
def test_the_whole_goes_under_the_licences_the_texts_allow(
    licenses: tuple[str, ...], outbound: tuple[str, ...]
) -> None:
    for order in (licenses, licenses[::-1]):
        result = combine(order)
        assert result.possible is True, result.describe()
        assert result.outbound == outbound


@pytest.mark.parametrize(
    "licenses",
    [
        ("Apache-2.0", "GPL-2.0-only"),
        ("GPL-2.0-only", "GPL-3.0-only"),
        ("MPL-2.0-no-copyleft-exception", "GPL-3.0-only"),
        ("CC-BY-SA-4.0", "creativeml-openrail-m"),  # no additional restrictions vs RAIL 4(a)
        ("CC-BY-SA-4.0", "bigscience-openrail-m"),
        ("GPL-3.0-only", "llama3.1"),  # GPL 10 vs the Llama AUP
        ("GPL-3.0-only", "creativeml-openrail-m"),  # GPL 7/10 vs RAIL 4(a)
        ("GPL-2.0-only", "gemma"),
        ("CC-BY-SA-4.0", "CC-BY-NC-SA-4.0"),
        ("CC-BY-ND-4.0", "MIT"),  # no-derivatives parent
        ("CC-BY-NC-ND-4.0", "CC-BY-NC-ND-4.0"),
        ("ECL-2.0", "GPL-2.0-only"),
        ("BSD-4-Clause", "GPL-3.0-only"),
        ("CC-BY-NC-SA-3.0", "llama3"),
        ("EPL-2.0", "OSL-3.0"),  # two share-alike licences with no recorded path
    ],
)
def test_combinations_no_licence_can_cover(licenses: tuple[str, ...]) -> None:
    for order in (licenses, licenses[::-1]):
        result = combine(order)
        assert result.possible is False
        assert result.reasons and not result.outbound


def test_use_restricted_licences_stack_and_carry_their_terms() -> None:
    result = combine(["llama3.1", "gemma", "MIT"])
    assert result.possible is True
    assert result.outbound == () and result.carried == ("llama3.1", "gemma")
    assert combine(["MIT", "Apache-2.0"]).carried == ()


def test_raw_strings_resolve_to_one_licence() -> None:
    result = combine_licenses(["gpl-3.0", "GPL-3.0-only"])
    assert result is not None and result.licenses == ("GPL-3.0-only",) and result.outbound == ("GPL-3.0-only",)


def test_merge_undecided_walks_the_lineage() -> None:
    from openlint.sources.lineage import Node

    parents = (Node("a", "EPL-2.0"), Node("b", "llama3.1"))
    inner = Node("inner", "EPL-2.0", "merge", parents)
    top = Node("top", "MIT", "finetune", (inner,))
    assert len(merge_undecided(top)) == 1  # found one level down
    assert merge_undecided(Node("m", "MIT", "merge", (Node("a", "MIT"), Node("b", "Apache-2.0")))) == []


def test_unknown_terms_are_undecided_not_compatible() -> None:
    assert combine(["LicenseRef-acme", "MIT"]).possible is None
    # a share-alike licence whose stance on further restrictions is not recorded, with a use restriction
    assert combine(["EPL-2.0", "llama3.1"]).possible is None
    assert combine_licenses(["not-a-licence-at-all", "MIT"]) is None
    assert merge_conflicts("m", [("a", "not-a-licence-at-all"), ("b", "GPL-3.0-only")], own="MIT") == []


def test_or_alternatives_pick_a_workable_choice() -> None:
    result = combine_licenses(["GPL-2.0-only OR Apache-2.0", "GPL-3.0-only"])
    assert result is not None and result.possible and result.outbound == ("GPL-3.0-only",)


def test_or_alternatives_prefer_the_declared_licence() -> None:
    parents = [("a", "GPL-2.0-only OR GPL-3.0-only"), ("b", "MIT")]
    assert merge_conflicts("m", parents, own="GPL-3.0-only") == []
    assert merge_conflicts("m", parents, own="GPL-2.0-only") == []
    assert len(merge_conflicts("m", parents, own="MIT")) == 1
    undecided_or_not = combine_licenses(["EPL-2.0 OR GPL-3.0-only", "llama3.1"])
    assert undecided_or_not is not None and undecided_or_not.possible is None  # undecided beats impossible


def test_merge_conflicts_checks_the_declared_licence() -> None:
    parents = [("a", "cc-by-sa-4.0"), ("b", "gpl-3.0")]
    assert merge_conflicts("m", parents, own="gpl-3.0") == []
    assert len(merge_conflicts("m", parents, own="cc-by-sa-4.0")) == 1
    assert merge_conflicts("m", parents[:1], own="MIT") == []  # one parent is not a combination


def test_a_misspelt_key_is_an_error() -> None:
    from openlint.core.compatibility import parse_table
    from openlint.errors import CatalogError

    edge = {"from": ["A"], "to": ["B"], "document": "A", "section": "1", "quote": "q", "partnr": True}
    with pytest.raises(CatalogError, match="partnr"):
        parse_table({"edge": [edge]})
    with pytest.raises(CatalogError, match="edges"):
        parse_table({"edges": []})


def test_every_table_id_is_catalogued_or_spdx() -> None:
    catalog = default_catalog()
    table = default_table()
    ids = set(table.listed) | {e.source for e in table.edges + table.conflicts}
    ids |= {e.target for e in table.edges + table.conflicts}
    unknown = sorted(i for i in ids if i not in catalog and i != "MPL-2.0-no-copyleft-exception")
    assert unknown == []


# Citations of texts not in the shared corpus (checked by hand against the published texts).
UNVERIFIED = {"CC-BY-NC-SA-4.0", "CC-BY-NC-SA-3.0", "CC-BY-SA-3.0", "CC-BY-ND-4.0"}


def _words(text: str) -> str:
    return " ".join(text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").split())


def test_citations_quote_the_licence_texts(corpus: Path) -> None:
    raw = tomllib.loads((data_dir() / "compatibility.toml").read_text(encoding="utf-8"))
    catalog = default_catalog()
    cites = [item for key in ("edge", "conflict") for item in raw[key]]
    cites += [item[k] for item in raw["license"] for k in ("exclusive", "forbid") if k in item]
    checked = 0
    for cite in cites:
        entry = catalog[cite["document"]]
        if entry.text_in_corpus is None:
            assert cite["document"] in UNVERIFIED | {"CC-BY-NC-ND-3.0"}, cite
            continue
        text = _words((corpus / "licenses" / entry.text_in_corpus).read_text(encoding="utf-8"))
        assert _words(cite["quote"]) in text, cite
        checked += 1
    assert checked >= 15


def _ol411(case: Path) -> list[tuple[str, int | None, str]]:
    report = run_check(load_project(case, environ={}), use_baseline=False, relative_to=case)
    return [
        (f.location.path, f.location.line, "undecided" if f.undecided else f.severity)
        for f in report.findings
        if f.rule == "OL411" and f.location
    ]


CARD = "models/merged/README.md"


PINNED: list[tuple[str, list[tuple[str, int, str]]]] = [
    ("positive-declared-outside-reachable", [(CARD, 2, "error")]),  # BY-SA + GPL declared MIT
    ("positive-bysa-then-gpl-declared-bysa", [(CARD, 2, "error")]),  # one way: not into BY-SA
    ("positive-gpl-then-bysa-declared-bysa", [(CARD, 2, "error")]),
    ("negative-bysa-then-gpl-declared-gpl", []),
    ("negative-gpl-then-bysa-declared-gpl", []),
    ("positive-gpl2-only-with-gpl3-only", [(CARD, 2, "error")]),
    ("positive-bysa-with-rail", [(CARD, 2, "error")]),
    ("positive-gpl-with-llama", [(CARD, 2, "error")]),
    ("positive-no-derivatives-parent", [(CARD, 2, "error")]),
    ("positive-apache-with-gpl2-only", [(CARD, 2, "error")]),
    ("negative-apache-with-gpl2-or-later-declared-gpl3", []),
    ("negative-mpl-with-gpl2-only", []),
    ("negative-lgpl-with-gpl", []),
    ("negative-llama-with-mit-carries-llama", []),
    ("negative-permissive-parents", []),
    # the table does not record EPL's stance on further restrictions: a note, not a pass and not a blocker
    ("negative-undecided-epl-with-llama", [(CARD, 2, "undecided")]),
    ("negative-incompatible-but-only-served", []),  # serving a merge is not sharing its weights
    ("negative-incompatible-distribution-undeclared", [(CARD, 2, "undecided")]),  # asks for distribution
]


@pytest.mark.parametrize(("case", "expected"), PINNED)
def test_ol411_fixtures_pin_rule_count_and_line(case: str, expected: list[tuple[str, int, str]]) -> None:
    assert _ol411(OL411 / case) == expected


def test_every_ol411_fixture_is_pinned() -> None:
    assert sorted(p.name for p in OL411.iterdir() if p.is_dir()) == sorted(name for name, _ in PINNED)


def _cli(*args: str) -> tuple[int, str, str]:
    import contextlib
    import io

    from openlint.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def test_combine_command_exit_codes_and_json() -> None:
    code, out, _ = _cli("combine", "cc-by-sa-4.0", "gpl-3.0", "--format", "json")
    doc = json.loads(out)
    assert code == 0 and doc["possible"] is True and doc["outbound"] == ["GPL-3.0-only"]
    assert [(s["from"], s["to"]) for s in doc["steps"]] == [("CC-BY-SA-4.0", "GPL-3.0-only")]
    assert doc["legal_notice"]
    code, out, _ = _cli("combine", "GPL-3.0-only", "llama3.1")
    assert code == 1 and out.splitlines()[0].endswith("not combinable")
    code, out, _ = _cli("combine", "EPL-2.0", "llama3.1", "--format", "json")
    assert code == 1 and json.loads(out)["possible"] is None  # undecided never exits 0
    code, out, err = _cli("combine", "not-a-licence-at-all", "MIT")
    assert code == 2 and out == "" and len(err.splitlines()) == 1
