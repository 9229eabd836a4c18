"""Licences read from texts end to end: two custom licences in folders of one name keep their own ids
(stable: made from the path relative to the project) and terms, and a fine-tune carries the terms read
from its base model's LICENSE in `check`, in the BOM and in `check --bom` alike."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from openlint.bom import FORMATS
from openlint.bom.build import build_bom
from openlint.bom.inventory import given_models
from openlint.bom.read import parse
from openlint.checking.checker import load_project, run_check
from openlint.checking.engine import Report
from openlint.cli.bom import render
from openlint.sources.license_text import entry_id, text_key

PROJECT = Path(__file__).resolve().parents[1] / "fixtures" / "projects" / "text-licences-same-folder"
HERON = "LicenseRef-text-models-heron-weights-2796336b"
OSPREY = "LicenseRef-text-models-osprey-weights-8d55c36f"


def _check(project: Path) -> Report:
    return run_check(load_project(project, environ={}), use_baseline=False, relative_to=project)


def _cited(report: Report) -> Counter[tuple[str | None, str | None, str | None, str | None]]:
    """(rule, model, licence, the LICENSE file cited) of every finding."""
    out: Counter[tuple[str | None, str | None, str | None, str | None]] = Counter()
    for f in report.findings:
        clause = f.basis.clause if f.basis is not None else None
        cited = clause.split(":", 1)[0] if clause and "LICENSE" in clause else None
        out[(f.rule, f.model, f.license, cited)] += 1
    return out


def test_same_named_folders_get_their_own_ids_and_terms() -> None:
    report = _check(PROJECT)
    assert {m.label: m.query for m in report.models} == {
        "heron": HERON,
        "osprey": OSPREY,
        "acme-chat": f"(apache-2.0) AND ({HERON})",
    }
    cited = _cited(report)
    heron_file, osprey_file = "models/heron/weights/LICENSE", "models/osprey/weights/LICENSE"
    assert {k: n for k, n in cited.items() if k[1] == "osprey" and k[3]} == {
        ("OL104", "osprey", OSPREY, osprey_file): 1,  # one blocker naming both clauses (engine._fires)
        ("OL110", "osprey", OSPREY, osprey_file): 1,
        ("OL201", "osprey", OSPREY, osprey_file): 1,
        ("OL203", "osprey", OSPREY, osprey_file): 1,
    }
    for model in ("heron", "acme-chat"):  # the fine-tune is bound by the terms read from its base's text
        assert {k: n for k, n in cited.items() if k[1] == model and k[3]} == {
            ("OL101", model, HERON, heron_file): 1,
            ("OL105", model, HERON, heron_file): 1,
            ("OL108", model, HERON, heron_file): 1,
            ("OL201", model, HERON, heron_file): 1,
        }


def test_the_id_is_the_path_relative_to_the_project_wherever_the_project_is(tmp_path: Path) -> None:
    copy = tmp_path / "elsewhere" / "p"
    shutil.copytree(PROJECT, copy)
    assert {m.query for m in _check(copy).models} == {m.query for m in _check(PROJECT).models}
    assert entry_id(copy / "models/heron/weights", copy) == HERON
    assert text_key(copy, copy) == "." and entry_id(copy, copy).startswith("LicenseRef-text-p-")
    snapshot = tmp_path / "hub" / "models--heron-ai--heron-7b" / "snapshots" / ("a" * 40)
    assert text_key(snapshot, copy) == "heron-ai/heron-7b"  # the repository, not the commit or the cache
    beside = tmp_path / "elsewhere" / "weights"
    beside.mkdir()
    assert text_key(beside, copy) == "../weights"
    assert entry_id(beside, copy) == entry_id(tmp_path / "x" / "weights", tmp_path / "x" / "p")


def test_the_bom_names_each_text_with_its_own_terms_and_file() -> None:
    config = load_project(PROJECT, environ={})
    bom = build_bom(config, run_check(config, use_baseline=False))
    heron, osprey = bom.licenses[HERON], bom.licenses[OSPREY]
    assert heron.name == "license text in models/heron/weights/LICENSE"
    assert osprey.name == "license text in models/osprey/weights/LICENSE"
    assert heron.text is not None and heron.text.startswith("HERON COMMUNITY LICENSE")
    assert osprey.text is not None and osprey.text.startswith("OSPREY RESEARCH LICENSE")
    assert {str(r.obligation.kind) for r in osprey.obligations} >= {"non_commercial"}
    assert "non_commercial" not in {str(r.obligation.kind) for r in heron.obligations}
    chat = next(c for c in bom.components if c.name == "acme-chat")
    assert chat.licenses == ("Apache-2.0", HERON)  # the base's text-read licence, with its obligations
    base = next(c for c in bom.components if c.name == "./models/heron/weights")
    assert base.licenses == (HERON,)


def _findings(report: Report) -> list[tuple[object, ...]]:
    return sorted((f.rule, f.severity, f.model, f.license, f.kind, f.message, f.undecided) for f in report.findings)


@pytest.mark.parametrize("fmt", FORMATS)
def test_check_bom_carries_terms_read_from_a_base_models_text(fmt: str) -> None:
    config = load_project(PROJECT, environ={})
    report = run_check(config, use_baseline=False)
    doc = parse(render(fmt, build_bom(config, report)).encode("utf-8"), f"bom.{fmt}")
    given = given_models([doc], config.root)
    chat = next(ml for ml, _ in given if ml.label == "acme-chat")
    assert [e.id for e in chat.upstream_texts] == [HERON] and chat.text_license is None
    again = run_check(config, use_baseline=False, given=given)
    assert _findings(again) == _findings(report)
    assert ("OL101", "acme-chat", HERON) in {(f.rule, f.model, f.license) for f in again.findings}
    assert "OL405" not in {f.rule for f in again.findings}


def test_bom_check_finds_no_obligation_missing_for_a_base_models_text(tmp_path: Path) -> None:
    config = load_project(PROJECT, environ={})
    out = tmp_path / "bom.json"
    out.write_text(render("cyclonedx-1.6", build_bom(config, run_check(config, use_baseline=False))), encoding="utf-8")
    given = given_models([parse(out.read_bytes(), str(out))], config.root, statements=True)
    assert {ml.label: facts["bom_obligations_missing"] for ml, facts in given} == {
        "acme-chat": [],
        "heron": [],
        "osprey": [],
    }
    assert json.loads(out.read_text(encoding="utf-8"))["bomFormat"] == "CycloneDX"


def test_audit_gives_same_named_folders_their_own_ids() -> None:
    from openlint.audit.run import audit_card

    records = {
        name: audit_card(str(PROJECT / "models" / name / "weights" / "README.md"), str(PROJECT))
        for name in ("heron", "osprey")
    }
    assert {name: r["license"] for name, r in records.items()} == {"heron": HERON, "osprey": OSPREY}
    assert records["osprey"]["restrictive"] != records["heron"]["restrictive"]


def test_a_base_reached_only_through_lineage_has_its_text_in_the_bom(tmp_path: Path) -> None:
    project = tmp_path / "p"
    shutil.copytree(PROJECT, project)
    toml = (project / "openlint.toml").read_text(encoding="utf-8")
    (project / "openlint.toml").write_text(toml.split("[[models]]")[0] + "[[models]]" + toml.split("[[models]]")[3])
    config = load_project(project, environ={})
    report = run_check(config, use_baseline=False)
    assert [m.label for m in report.models] == ["acme-chat"]
    heron = build_bom(config, report).licenses[HERON]
    assert heron.text is not None and heron.text.startswith("HERON COMMUNITY LICENSE")
    assert heron.text_sha256 is not None and {str(r.obligation.kind) for r in heron.obligations} == {
        "attribution",
        "naming",
        "territory",
        "user_cap",
    }
