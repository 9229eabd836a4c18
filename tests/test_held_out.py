"""Real licenses kept out of the pattern changes (benchmarks/held_out.json): what each is identified
as (never a wrong licensor) and the obligations read from it, pinned without shipping their texts.

The texts are not in this repository. Tests that need them read the directory named by
OPENLINT_HELD_OUT (write it with `python benchmarks/fetch_held_out.py DIR`) and skip when it is
not set. What can be checked without them (the record itself, titles, a modified MIT text built
from ../shared) always runs.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from conftest import REPO
from openlint.core.obligations import KIND_PARAMETERS
from openlint.text.read import DocumentReading, fold_parameter, read_text
from rewrap import rewrap

SPEC = json.loads((REPO / "benchmarks" / "held_out.json").read_text(encoding="utf-8"))["texts"]
SOURCE = re.compile(r"^github\.com/[\w.-]+/[\w.-]+ [0-9a-f]{40}:.+$")
BODY = (
    "\n\nThese terms govern the weights described in the accompanying model card.\n\n"
    "1. You may use and study the weights.\n\n2. Keep this document with every copy you give to others.\n"
)


def test_every_record_names_its_source_and_known_kinds() -> None:
    assert len(SPEC) >= 19
    for name, case in SPEC.items():
        assert SOURCE.match(case["source"]), name
        assert case["set"] in ("r2", "r3", "r4", "r5"), name
        assert isinstance(case["in_sample"], str) and case["in_sample"], name
        for want in case["obligations"]:
            kinds = want["kind"] if isinstance(want["kind"], list) else [want["kind"]]
            for kind in kinds:
                assert kind in KIND_PARAMETERS, (name, kind)
                required, optional = KIND_PARAMETERS[kind]
                assert set(want) - {"kind"} <= required | optional, (name, want)
    # Each later set has at least six texts unseen in every respect when it was measured.
    for label in ("r3", "r4"):
        unseen = [n for n, c in SPEC.items() if c["set"] == label and c["unseen_when_labelled"]]
        assert len(unseen) >= 6, label


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("DEEPFLOYD IF LICENSE AGREEMENT", "deepfloyd-if-license"),
        ("FAIR Noncommercial Research License", "fair-noncommercial-research-license"),
        ("Databricks Open Model License", "databricks-open-model"),
        ("NVIDIA Open Model License Agreement", "nvidia-open-model"),
        # Same licensor, another license: never the catalogued one.
        ("NVIDIA Source Code License for StyleGAN3", None),
        ("STABILITY AI NON-COMMERCIAL RESEARCH COMMUNITY LICENSE AGREEMENT", None),
        ("ALPHAFOLD 3 MODEL PARAMETERS TERMS OF USE", None),
        ("Chameleon Research License", None),
        ("Tongyi Qianwen RESEARCH LICENSE AGREEMENT", None),
    ],
)
def test_a_title_names_its_license_or_none(title: str, expected: str | None) -> None:
    reading = read_text(title + BODY, "LICENSE")
    assert reading.license_id == expected
    assert reading.by_title is (expected is not None)


def test_mit_plus_a_clause_is_mit_with_differences(corpus: Path) -> None:
    mit = (corpus / "licenses" / "spdx" / "MIT.txt").read_text(encoding="utf-8")
    assert read_text(mit, "LICENSE").verdict == "known"
    added = mit + (
        "\n\nOne addition: products built on this software that serve more than 10 million monthly active\n"
        'users must prominently display "Gannet Inside" on their user interface.\n'
    )
    reading = read_text(added, "LICENSE")
    assert (reading.verdict, reading.license_id) == ("known-with-differences", "MIT")
    assert [(d.kind, d.status) for d in reading.differences] == [("attribution", "only_in_text")]
    assert [ob.kind for ob in reading.obligations].count("user_cap") == 0  # the cap only triggers the credit


def _held_out_dir() -> Path:
    where = os.environ.get("OPENLINT_HELD_OUT")
    if not where or not Path(where).is_dir():
        pytest.skip("OPENLINT_HELD_OUT is not set (python benchmarks/fetch_held_out.py DIR writes the texts)")
    return Path(where)


def _matches(want: dict[str, object], reading: DocumentReading) -> list[int]:
    kinds = want["kind"] if isinstance(want["kind"], list) else [want["kind"]]
    hits = []
    for i, ob in enumerate(reading.obligations):
        params = ob.parameters()
        if ob.kind not in kinds:
            continue
        if all(
            fold_parameter(params.get(k, "")).startswith(fold_parameter(v)) if k == "text" else params.get(k) == v
            for k, v in want.items()
            if k != "kind"
        ):
            hits.append(i)
    return hits


@pytest.mark.parametrize("width", [None, 40, 76])
@pytest.mark.parametrize("name", sorted(SPEC))
def test_held_out_text(name: str, width: int | None) -> None:
    path = _held_out_dir() / name
    if not path.is_file():
        pytest.skip(f"{name} is not in OPENLINT_HELD_OUT")
    case = SPEC[name]
    text = path.read_bytes().decode("utf-8", errors="replace")
    reading = read_text(rewrap(text, width) if width else text, name)
    assert reading.license_id == case["identify"]["license"]  # never a wrong licensor
    used: set[int] = set()
    missed = []
    for want in sorted(case["obligations"], key=len, reverse=True):
        free = [i for i in _matches(want, reading) if i not in used]
        if free:
            used.add(free[0])
        else:
            missed.append(want["kind"])
    assert sorted(map(str, missed)) == sorted(str(m["kind"]) for m in case.get("known_misses", []))
    assert len(reading.obligations) == len(used), "a spurious obligation"
