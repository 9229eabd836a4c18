"""`license: other` end to end: check, explain DIR, audit and openness find a model's licence text the
same way (openlint.sources.license_text), and a readable text beside the card is never OL405."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from openlint.audit.run import audit_card
from openlint.checking.checker import load_project, run_check
from openlint.output import check_json

REPO = Path(__file__).resolve().parents[1]
PROJECT = REPO / "fixtures" / "projects" / "license-other-named"
MODEL = PROJECT / "models" / "heron"


def test_check_reads_the_license_beside_an_unknown_license_name() -> None:
    report = run_check(load_project(PROJECT, environ={}), use_baseline=False, relative_to=PROJECT)
    found = [
        (
            f.rule,
            f.severity,
            f.location.path if f.location else None,
            f.location.line if f.location else None,
            f.basis.clause,
        )
        for f in report.findings
    ]
    # each obligation cites the lines of the LICENSE it was read from (the finding's basis)
    assert sorted(found, key=lambda x: x[0]) == [
        ("OL101", "error", "openlint.toml", 6, "models/heron/LICENSE:15-16"),
        ("OL105", "error", "openlint.toml", 7, "models/heron/LICENSE:19"),  # confidence 0.80: an error to review
        ("OL108", "error", "openlint.toml", 5, "models/heron/LICENSE:13"),
        ("OL201", "warning", "openlint.toml", 5, "models/heron/LICENSE:10"),
        ("OL403", "warning", "models/heron/LICENSE", 1, None),
        ("OL414", "note", "models/heron/LICENSE", 1, None),
    ]
    assert report.models[0].query == "LicenseRef-text-models-heron-a818077f"
    assert not [f for f in report.findings if f.rule == "OL405"]
    # the JSON report carries where each obligation was read
    data = json.loads(check_json.render(report))
    assert {f["rule"]: f["basis"]["clause"] for f in data["findings"]}["OL101"] == "models/heron/LICENSE:15-16"


def test_without_the_text_the_unknown_name_is_still_ol405(tmp_path: Path) -> None:
    project = tmp_path / "p"
    shutil.copytree(PROJECT, project)
    (project / "models" / "heron" / "LICENSE").unlink()
    report = run_check(load_project(project, environ={}), use_baseline=False, relative_to=project)
    assert sorted({f.rule for f in report.findings if not f.undecided}) == ["OL405"]


def test_a_text_with_no_recognised_terms_is_uncatalogued_not_unknown(tmp_path: Path) -> None:
    project = tmp_path / "p"
    shutil.copytree(PROJECT, project)
    (project / "models" / "heron" / "LICENSE").write_text("Heron license. Ask us before anything.\n", encoding="utf-8")
    report = run_check(load_project(project, environ={}), use_baseline=False, relative_to=project)
    assert sorted({f.rule for f in report.findings if not f.undecided}) == ["OL403", "OL414"]


def test_audit_reads_the_same_text() -> None:
    record = audit_card(str(MODEL / "README.md"))
    assert record["findings"] == ["OL403", "OL414"]  # code order
    assert record["license"] == "LicenseRef-text-heron-8bf140db" and record["license_file"] == "LICENSE"
    assert record["restrictive"] == ["naming", "territory", "user_cap"]


def test_explain_directory_reads_the_card_and_the_linked_text(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "openlint", "explain", str(MODEL), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    documents = data["documents"] if isinstance(data, dict) else data
    paths = [Path(d["path"]).name for d in documents]
    assert paths[0] == "LICENSE"
    kinds = sorted({o["kind"] for o in documents[0]["obligations"]})
    assert kinds == ["attribution", "naming", "territory", "user_cap"]


@pytest.mark.parametrize("tag", ["other", "Other"])
def test_openness_uses_the_same_licence(tmp_path: Path, tag: str) -> None:
    from openlint.openness.repo import release_from_repo

    model = tmp_path / "m"
    shutil.copytree(MODEL, model)
    readme = (model / "README.md").read_text(encoding="utf-8").replace("license: other", f"license: {tag}")
    (model / "README.md").write_text(readme, encoding="utf-8")
    release = release_from_repo(model)
    assert any("LICENSE" in note for note in release.notes)


@pytest.mark.parametrize("tag", ["other", "Other", "OTHER"])
def test_openness_reads_license_name_whatever_the_case_of_other(tmp_path: Path, tag: str) -> None:
    from openlint.openness.repo import release_from_repo

    (tmp_path / "README.md").write_text(f"---\nlicense: {tag}\nlicense_name: llama3.1\n---\n", encoding="utf-8")
    (tmp_path / "model.safetensors").write_bytes(b"")
    weights = next(c for c in release_from_repo(tmp_path).components if c.name == "Model parameters (Final)")
    assert weights.license_name == "llama3.1"
    assert weights.judgment.license == "llama3.1"


def _cached_heron(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The heron model (card `license: other` + LICENSE) in a local HF cache; returns an empty project dir."""
    from hf_cache import cache_repo

    cache = tmp_path / "cache"
    monkeypatch.setenv("HF_HUB_CACHE", str(cache))
    files = {name: (MODEL / name).read_text(encoding="utf-8") for name in ("README.md", "LICENSE")}
    cache_repo(cache, "heron-ai/heron-7b", files)
    project = tmp_path / "p"
    project.mkdir()
    return project


def test_a_cached_model_with_license_other_is_read_from_its_cached_license(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = _cached_heron(tmp_path, monkeypatch)
    config = (PROJECT / "openlint.toml").read_text(encoding="utf-8").replace('path = "models/heron"\n', "")
    (project / "openlint.toml").write_text(config, encoding="utf-8")
    report = run_check(load_project(project, environ={}), use_baseline=False, relative_to=project)
    assert report.models[0].query == "LicenseRef-text-heron-ai-heron-7b-a33cf60c"
    assert sorted({f.rule for f in report.findings}) == ["OL101", "OL105", "OL108", "OL201", "OL403", "OL414"]


def test_a_discovered_model_with_license_other_is_read_the_same_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = _cached_heron(tmp_path, monkeypatch)
    (project / "src").mkdir()
    (project / "src" / "app.py").write_text(
        'from transformers import AutoModel\nmodel = AutoModel.from_pretrained("heron-ai/heron-7b")\n', encoding="utf-8"
    )
    report = run_check(load_project(project, environ={}), use_baseline=False, relative_to=project)
    assert report.models[0].query == "LicenseRef-text-heron-ai-heron-7b-a33cf60c"
    # the same findings as the declared model read from the cache (never OL405)
    assert sorted({f.rule for f in report.findings}) == ["OL101", "OL105", "OL108", "OL201", "OL403", "OL414"]


def test_explain_directory_says_what_the_card_tag_resolves_to(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("---\nlicense: Other\nlicense_name: llama3.1\n---\n# m\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "openlint", "explain", str(tmp_path)], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    first = run.stdout.splitlines()[0]
    assert first.endswith("license: Other, license_name: llama3.1 (resolves to llama3.1)")


def test_explain_directory_says_a_card_holds_no_license_terms(tmp_path: Path) -> None:
    """A card whose prose holds no terms is "no license terms found", not an "unidentified custom license"."""
    (tmp_path / "README.md").write_text(
        "---\nlicense: other\nlicense_name: m-terms\n---\n# m\n\nA small model.\n", encoding="utf-8"
    )
    (tmp_path / "LICENSE").write_text(
        "M Terms\n\nYou may not use the model for commercial purposes.\n", encoding="utf-8"
    )
    run = subprocess.run(
        [sys.executable, "-m", "openlint", "explain", str(tmp_path)], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert f"{tmp_path / 'README.md'}: model card: no license terms found in its text" in lines
    assert [line for line in lines if line.startswith(str(tmp_path / "LICENSE") + ": ")] == [
        f"{tmp_path / 'LICENSE'}: unidentified custom license"
    ]
    assert not any("README.md: unidentified" in line for line in lines)


def test_check_explain_audit_and_openness_read_the_same_text_and_terms() -> None:
    """The one way to find a model's licence text: every command reads models/heron/LICENSE and the same
    four kinds of obligation from it."""
    from openlint.openness.repo import release_from_repo

    kinds = ["attribution", "naming", "territory", "user_cap"]
    report = run_check(load_project(PROJECT, environ={}), use_baseline=False, relative_to=PROJECT)
    (read,) = report.models[0].text_terms
    assert sorted({str(o.kind) for o in read.obligations}) == kinds
    assert {Path(str(o.source.path)) for o in read.obligations} == {MODEL / "LICENSE"}
    assert read.name == "license text in models/heron/LICENSE"
    run = subprocess.run(
        [sys.executable, "-m", "openlint", "explain", str(MODEL), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    data = json.loads(run.stdout)
    assert Path(data["documents"][0]["path"]) == MODEL / "LICENSE"
    assert sorted({o["kind"] for o in data["documents"][0]["obligations"]}) == kinds
    assert Path(data["model_cards"][0]["read_from"]) == MODEL / "LICENSE"
    record = audit_card(str(MODEL / "README.md"), str(PROJECT))
    assert record["license"] == read.id and record["license_file"] == "LICENSE"  # same id: same root, same path
    notes = release_from_repo(MODEL).notes
    assert f"custom license text with obligations: {', '.join(kinds)}" in notes


_RESEARCH_AND_TEACHING = """DEPTHWREN MODEL LICENSE

"Model" means the DepthWren weights released by Wren Lab.

1. Grant. You may use, copy and modify the Model only for research and educational purposes.

2. Disclaimer. THE MODEL IS PROVIDED "AS IS".
"""


@pytest.mark.parametrize(
    ("production", "expected"),
    [(True, [("OL110", "error", "models/wren/LICENSE:5")]), (False, [])],
)
def test_a_research_and_teaching_grant_holds_production_use(
    tmp_path: Path, production: bool, expected: list[tuple[str, str, str]]
) -> None:
    # A free production app on weights granted "only for research and educational purposes" is outside the
    # grant (round 9 read such a list as non-commercial only, and `check` passed this project).
    project = tmp_path / "p"
    (project / "models" / "wren").mkdir(parents=True)
    (project / "models" / "wren" / "README.md").write_text(
        "---\nlicense: other\nlicense_name: depthwren\nlicense_link: LICENSE\n---\n# DepthWren\n", encoding="utf-8"
    )
    (project / "models" / "wren" / "LICENSE").write_text(_RESEARCH_AND_TEACHING, encoding="utf-8")
    (project / "openlint.toml").write_text(
        f"[use]\ncommercial = false\nproduction = {str(production).lower()}\ndistribution = []\n"
        'regions = ["US"]\n\n[[models]]\nid = "wren-lab/depthwren"\npath = "models/wren"\n',
        encoding="utf-8",
    )
    report = run_check(load_project(project, environ={}), use_baseline=False, relative_to=project)
    blockers = [(f.rule, f.severity, f.basis.clause) for f in report.findings if f.severity == "error"]
    assert blockers == expected
