"""The pre-commit hooks, run for real by pre-commit against this checkout.

pre-commit builds a hook's environment (a virtualenv with openlint pip-installed) once per repository
and revision: the checkout is committed once per test session into a scratch repository, and every test
here runs its hooks from that revision with one PRE_COMMIT_HOME, so the environment is built by the
first test and reused by the rest. Both live in the session's temporary directory: a fresh machine
running the README's test command builds them, and nothing is kept from one session to the next."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
CHATBOT = REPO / "fixtures" / "projects" / "llama-chatbot-over-cap"
CLEAN = REPO / "fixtures" / "projects" / "clean-apache"
INSTALLING = "Installing environment"  # what pre-commit prints when it builds a hook environment

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is required for pre-commit")


def _git(cwd: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True, env=env).stdout


@dataclass(frozen=True)
class HookRepo:
    path: Path
    rev: str
    home: Path  # PRE_COMMIT_HOME shared by the session's tests


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> HookRepo:
    """This checkout as `pre-commit try-repo` would see it (tracked and untracked files, uncommitted
    edits included, ignored files left out), committed once."""
    repo = tmp_path_factory.mktemp("hook-repo")
    listed = _git(REPO, "ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0")
    for name in filter(None, listed):
        source = REPO / name
        if source.is_file():  # a tracked file deleted in the checkout is left out
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, repo / name)
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "--no-gpg-sign", "-m", "snapshot of the checkout under test")
    rev = _git(repo, "rev-parse", "HEAD").strip()
    return HookRepo(repo, rev, tmp_path_factory.mktemp("pre-commit-home"))


def _project(tmp_path: Path, source: Path, hooks: HookRepo, *hook_ids: str) -> Path:
    project = tmp_path / "project"
    shutil.copytree(source, project)
    config = {"repos": [{"repo": str(hooks.path), "rev": hooks.rev, "hooks": [{"id": h} for h in hook_ids]}]}
    (project / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    _git(project, "init", "-q")
    _git(project, "add", ".")
    return project


def _run(project: Path, hooks: HookRepo, *hook_id: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "pre_commit", "run", *hook_id, "--all-files"]
    env = {**os.environ, "PRE_COMMIT_HOME": str(hooks.home)}
    return subprocess.run(cmd, cwd=project, capture_output=True, text=True, env=env, timeout=600)


def test_hook_definitions() -> None:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [h["id"] for h in hooks] == ["openlint", "openlint-strict"]
    assert all(h["pass_filenames"] is False and h["language"] == "python" for h in hooks)


def test_hook_fails_on_a_blocker_and_passes_once_fixed(tmp_path: Path, hook_repo: HookRepo) -> None:
    project = _project(tmp_path, CHATBOT, hook_repo, "openlint")
    failing = _run(project, hook_repo)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "OL101" in failing.stdout
    # The fix: declare a lower user count, and the hook passes, from the environment already built.
    config = project / "pyproject.toml"
    lowered = config.read_text(encoding="utf-8")
    lowered = lowered.replace("900_000_000", "90_000_000").replace("850_000_000", "85_000_000")
    config.write_text(lowered, encoding="utf-8")
    _git(project, "add", ".")
    passing = _run(project, hook_repo)
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert INSTALLING not in passing.stdout + passing.stderr


def test_strict_hook_fails_on_notes_the_default_hook_lets_pass(tmp_path: Path, hook_repo: HookRepo) -> None:
    """clean-apache has only notes (OL209): `openlint` passes, `openlint-strict` (--fail-on note) fails.
    Both hooks come from the revision the previous test installed: no environment is built again."""
    project = _project(tmp_path, CLEAN, hook_repo, "openlint", "openlint-strict")
    default, strict = _run(project, hook_repo, "openlint"), _run(project, hook_repo, "openlint-strict")
    assert default.returncode == 0, default.stdout + default.stderr
    assert strict.returncode == 1 and "OL209" in strict.stdout, strict.stdout + strict.stderr
    assert len(list(hook_repo.home.glob("repo*"))) == 1  # one hook repository, one environment
