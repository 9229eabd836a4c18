"""The pre-commit hook (via `pre-commit try-repo`) and the GitHub Action's step, run for real."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
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


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        env={
            **os.environ,
            "GIT_AUTHOR_NAME": "t",
            "GIT_AUTHOR_EMAIL": "t@example.invalid",
            "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@example.invalid",
        },
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="git is required for pre-commit")
def test_pre_commit_try_repo(tmp_path: Path) -> None:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hooks[0]["id"] == "openlint" and hooks[0]["pass_filenames"] is False
    project = tmp_path / "project"
    shutil.copytree(CHATBOT, project)
    _git(project, "init", "-q")
    _git(project, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    cmd = [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), "openlint", "--all-files"]
    failing = subprocess.run(cmd, cwd=project, capture_output=True, text=True, env=env, timeout=600)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "OL101" in failing.stdout
    # Raise the fix: declare a lower user count, and the hook passes.
    config = project / "pyproject.toml"
    lowered = config.read_text(encoding="utf-8")
    lowered = lowered.replace("900_000_000", "90_000_000").replace("850_000_000", "85_000_000")
    config.write_text(lowered, encoding="utf-8")
    _git(project, "add", ".")
    passing = subprocess.run(cmd, cwd=project, capture_output=True, text=True, env=env, timeout=600)
    assert passing.returncode == 0, passing.stdout + passing.stderr
