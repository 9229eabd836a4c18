"""An unknown licence term beside known ones (`own AND upstream`, a card listing two licences) keeps
the known terms' duties: the unknown term is reported (OL405) and the known ones are still checked."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from openlint.checking.checker import load_project, run_check
from openlint.core.explanation import explain
from openlint.errors import UnknownLicenseError
from openlint.output import check_json

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "projects"


def _codes(root: Path) -> tuple[list[tuple[str, str]], list[str], int]:
    report = run_check(load_project(root, environ={}), use_baseline=False, relative_to=root)
    doc = json.loads(check_json.render(report))
    found = sorted({(f["rule"], f["severity"]) for f in doc["findings"]})
    (model,) = doc["summary"]["models"]
    return found, model["assumed_alternative"], report.exit_code()


def _card_project(tmp_path: Path, front_matter: str) -> Path:
    (tmp_path / "m").mkdir()
    (tmp_path / "openlint.toml").write_text(
        '[use]\ncommercial = true\ndistribution = ["saas"]\n[[models]]\nid = "acme/m"\npath = "m"\n',
        encoding="utf-8",
    )
    (tmp_path / "m" / "README.md").write_text(f"---\n{front_matter}---\n# m\n", encoding="utf-8")
    return tmp_path


def test_a_finetune_under_an_unknown_licence_keeps_its_llama_base_duties(tmp_path: Path) -> None:
    root = tmp_path / "p"
    shutil.copytree(FIXTURES / "llama-finetune-drift", root)
    card = root / "models" / "support-8b" / "README.md"
    card.write_text(card.read_text(encoding="utf-8").replace("license: apache-2.0", "license: acme-x"))
    found, chosen, exit_code = _codes(root)
    # Before: OL405 and OL408 only; Llama's name prefix (OL108), attribution, copy, notice, use policy
    # and litigation clause were dropped with the unknown term.
    assert found == [
        ("OL108", "error"),
        ("OL201", "warning"),
        ("OL202", "warning"),
        ("OL203", "warning"),
        ("OL208", "note"),
        ("OL209", "note"),
        ("OL405", "error"),
        ("OL408", "error"),
    ]
    assert (chosen, exit_code) == (["acme-x", "llama3.1"], 1)


def test_a_card_listing_an_unknown_and_a_noncommercial_licence_reports_both(tmp_path: Path) -> None:
    found, chosen, exit_code = _codes(_card_project(tmp_path, "license:\n- acme-x\n- cc-by-nc-4.0\n"))
    assert (found, chosen, exit_code) == ([("OL104", "error"), ("OL405", "error")], ["acme-x", "CC-BY-NC-4.0"], 1)


def test_only_unknown_terms_still_fail_closed(tmp_path: Path) -> None:
    found, chosen, exit_code = _codes(_card_project(tmp_path, "license:\n- acme-x\n- acme-y\n"))
    assert (found, chosen, exit_code) == ([("OL405", "error")], [], 1)


def test_explain_keeps_unknown_terms_only_when_asked() -> None:
    with pytest.raises(UnknownLicenseError):
        explain("acme-x AND MIT")
    kept = explain("acme-x AND MIT", keep_unknown=True)
    assert [(lic.id, lic.status) for lic in kept.alternatives[0].licenses] == [
        ("acme-x", "unknown"),
        ("MIT", "catalogued"),
    ]
    either = explain("acme-x OR MIT", keep_unknown=True)
    assert [lic.id for lic in either.least_restrictive.licenses] == ["MIT"]
    with pytest.raises(UnknownLicenseError):
        explain("acme-x AND acme-y", keep_unknown=True)
