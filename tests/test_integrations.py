"""The GitHub Action's step, run for real (the pre-commit hooks: tests/test_precommit.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from openlint.cli.action import main as action_main

REPO = Path(__file__).resolve().parents[1]
CHATBOT = REPO / "fixtures" / "projects" / "llama-chatbot-over-cap"
CLEAN = REPO / "fixtures" / "projects" / "clean-apache"


def test_action_yml_runs_the_action_module() -> None:
    action = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    steps = " ".join(step.get("run", "") for step in action["runs"]["steps"])
    assert "-m openlint.cli.action" in steps and "github.action_path" in steps


@pytest.mark.parametrize(("project", "code"), [(CHATBOT, 1), (CLEAN, 0)])
def test_action_step_with_github_environment(
    tmp_path: Path, project: Path, code: int, capsys: pytest.CaptureFixture[str]
) -> None:
    summary, output, sarif = tmp_path / "summary.md", tmp_path / "output", tmp_path / "out.sarif"
    env = {
        "INPUT_PATH": str(project),
        "INPUT_SARIF-FILE": str(sarif),
        "GITHUB_STEP_SUMMARY": str(summary),
        "GITHUB_OUTPUT": str(output),
        "GITHUB_ACTIONS": "true",
        "GITHUB_WORKSPACE": str(project),
    }
    assert action_main(env) == code
    assert json.loads(sarif.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert summary.read_text(encoding="utf-8").startswith("## openlint: ")
    outputs = dict(line.split("=", 1) for line in output.read_text(encoding="utf-8").splitlines())
    assert outputs["failed"] == ("true" if code else "false")
    annotations = capsys.readouterr().out
    assert ("::error file=" in annotations) == bool(code)


def test_action_config_error_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "openlint.toml").write_text("typo-key = 1\n", encoding="utf-8")
    assert action_main({"INPUT_PATH": str(tmp_path), "INPUT_SARIF-FILE": str(tmp_path / "x.sarif")}) == 2
