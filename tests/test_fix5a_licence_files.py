"""A model licence file named for the model or its weights (MODEL_LICENSE, LICENSE-MODEL, WEIGHTS_LICENSE ...) is
found by the one licence-text search and comes before a plain LICENSE and a code licence (LICENSE-CODE): in a
repository holding both, the weights are licensed by the model's file (fix5a, scenarios-blind5 class)."""

from __future__ import annotations

import fnmatch
from pathlib import Path

import pytest

from openlint.checking.checker import load_project, run_check
from openlint.sources.license_text import licence_files, license_text
from openlint.text.read import license_files

REPO = Path(__file__).resolve().parents[1]
MIT = (REPO / "fixtures" / "rules" / "OL410" / "positive-apache-tag-mit-text" / "models" / "m" / "LICENSE").read_text(
    encoding="utf-8"
)
NON_COMMERCIAL = (
    "PLOVER MODEL LICENSE\n\n1. Licence. You may use, copy and modify the Model for non-commercial purposes only.\n"
    "You may not use the Model for any commercial purpose.\n\n2. The Model is provided as is.\n"
)


@pytest.mark.parametrize(
    ("name", "rank"),
    [
        ("MODEL_LICENSE", 0),
        ("LICENSE-MODEL", 0),
        ("LICENSE_MODEL.md", 0),
        ("MODEL-LICENSE.txt", 0),
        ("WEIGHTS_LICENSE", 0),
        ("model_licence.txt", 0),
        ("LICENSE", 1),
        ("LICENSE.md", 1),
        ("License.txt", 1),
        ("COPYING", 1),
        ("LICENSE-CODE", 2),
        ("LICENSE_SOURCE.txt", 2),
        ("NOTICE", 3),
        ("USE_POLICY.md", 4),
        # near misses: no licence word, or a licence list that is not the model's
        ("MODEL_CARD.md", None),
        ("model.safetensors", None),
        ("MODELS.md", None),
        ("THIRD_PARTY_LICENSES.txt", None),
        ("README.md", None),
    ],
)
def test_licence_file_rank(name: str, rank: int | None) -> None:
    from openlint.core.model_files import licence_file_rank

    assert licence_file_rank(name) == rank


def test_model_licence_file_comes_before_the_code_licence(tmp_path: Path) -> None:
    (tmp_path / "LICENSE").write_text(MIT, encoding="utf-8")
    (tmp_path / "MODEL_LICENSE").write_text(NON_COMMERCIAL, encoding="utf-8")
    (tmp_path / "NOTICE").write_text("Copyright 2026 Plover Labs.\n", encoding="utf-8")
    assert [p.name for p in licence_files(tmp_path)] == ["MODEL_LICENSE", "LICENSE", "NOTICE"]
    found = license_text(tmp_path)
    assert found is not None and found.path.name == "MODEL_LICENSE"
    assert found.entry is not None and "non_commercial" in {str(o.kind) for o in found.entry.obligations}


def test_license_model_beats_license_code_whatever_the_alphabet(tmp_path: Path) -> None:
    (tmp_path / "LICENSE-CODE").write_text(MIT, encoding="utf-8")
    (tmp_path / "LICENSE-MODEL").write_text(NON_COMMERCIAL, encoding="utf-8")
    found = license_text(tmp_path)
    assert found is not None and found.path.name == "LICENSE-MODEL"
    # a code licence alone is still the repository's licence text (after any plain LICENSE)
    (tmp_path / "LICENSE-MODEL").unlink()
    found = license_text(tmp_path)
    assert found is not None and (found.query, found.path.name) == ("MIT", "LICENSE-CODE")


def test_a_model_card_file_is_no_licence_file(tmp_path: Path) -> None:
    (tmp_path / "MODEL_CARD.md").write_text(NON_COMMERCIAL, encoding="utf-8")
    (tmp_path / "THIRD_PARTY_LICENSES.txt").write_text(NON_COMMERCIAL, encoding="utf-8")
    assert licence_files(tmp_path) == []
    assert license_text(tmp_path) is None


def test_explain_reads_the_same_files_in_the_same_order(tmp_path: Path) -> None:
    for name in ("README.md", "LICENSE-CODE", "NOTICE", "LICENSE", "WEIGHTS_LICENSE", "MODEL_CARD.md"):
        (tmp_path / name).write_text("x\n", encoding="utf-8")
    assert [p.name for p in license_files(tmp_path)] == [
        "WEIGHTS_LICENSE",
        "LICENSE",
        "LICENSE-CODE",
        "NOTICE",
        "README.md",
    ]


def test_the_hub_download_list_names_model_licence_files() -> None:
    from openlint.sources.hub import TEXT_PATTERNS

    for name in ("MODEL_LICENSE", "LICENSE-MODEL", "LICENSE_MODEL.md", "MODEL-LICENSE.txt", "WEIGHTS_LICENSE"):
        assert any(fnmatch.fnmatchcase(name, pattern) for pattern in TEXT_PATTERNS), name


def test_a_model_licence_file_contradicting_the_card_tag_is_ol410_at_that_file() -> None:
    scenario = REPO / "fixtures" / "scenarios" / "apache-tag-model-license-file-restricts"
    report = run_check(load_project(scenario, environ={}), use_baseline=False, relative_to=scenario)
    (finding,) = [f for f in report.findings if f.rule == "OL410"]
    assert finding.severity == "error" and finding.location is not None
    assert Path(finding.location.path).name == "MODEL_LICENSE"
    assert not [f for f in report.findings if f.rule == "OL209"]  # checked under the file, not the apache tag


def test_a_model_licence_file_shipped_with_the_weights_is_the_licence_copy(tmp_path: Path) -> None:
    model = tmp_path / "models" / "plover"
    model.mkdir(parents=True)
    (model / "MODEL_LICENSE").write_text(NON_COMMERCIAL, encoding="utf-8")
    (model / "README.md").write_text("---\nlicense: other\nlicense_name: plover\n---\n# plover\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "p"\nversion = "0"\n\n[tool.openlint]\n\n[tool.openlint.use]\ncommercial = false\n'
        'production = false\ndistribution = ["weights"]\n\n[[tool.openlint.models]]\nid = "plover/m"\n'
        'path = "models/plover"\n',
        encoding="utf-8",
    )
    report = run_check(load_project(tmp_path, environ={}), use_baseline=False, relative_to=tmp_path)
    assert "OL414" in {f.rule for f in report.findings}  # the terms were read from MODEL_LICENSE
    assert not [f for f in report.findings if f.rule == "OL202"]  # and the weights travel with it
