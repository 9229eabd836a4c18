"""Release lint: a model repository checks itself for publishing; --fix adds required notices once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def repo(tmp_path: Path, name: str, card: str) -> Path:
    directory = tmp_path / name
    directory.mkdir()
    (directory / "README.md").write_text(card, encoding="utf-8")
    (directory / "model.safetensors").write_bytes(b"\0")
    return directory


def check(directory: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "openlint", "check", str(directory), *extra],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=directory.parent,
    )


def test_model_repository_is_checked_as_a_release(tmp_path: Path) -> None:
    directory = repo(tmp_path, "acme-chat-8b", "---\nlicense: llama3.1\nbase_model: meta-llama/Llama-3.1-8B\n---\n")
    proc = check(directory)
    assert proc.returncode == 1
    assert "OL108" in proc.stdout and "'acme-chat-8b' must begin with 'Llama'" in proc.stdout
    assert "OL203" in proc.stdout


def test_fix_adds_the_notice_once_and_touches_nothing_else(tmp_path: Path) -> None:
    directory = repo(tmp_path, "Llama-acme-8b", "---\nlicense: llama3.1\nbase_model: meta-llama/Llama-3.1-8B\n---\n")
    card_before = (directory / "README.md").read_bytes()
    fixed = check(directory, "--fix")
    assert "fixed" in fixed.stderr and "OL203" not in fixed.stdout
    notice = (directory / "NOTICE").read_text(encoding="utf-8")
    assert notice.startswith("Llama 3.1 is licensed under the Llama 3.1 Community License")
    mtime = (directory / "NOTICE").stat().st_mtime_ns
    again = check(directory, "--fix")
    assert "fixed" not in again.stderr
    assert (directory / "NOTICE").stat().st_mtime_ns == mtime
    assert (directory / "README.md").read_bytes() == card_before
    assert not [p for p in directory.iterdir() if p.name.startswith(".")]  # no temporary files left


def test_plain_directory_is_not_a_release(tmp_path: Path) -> None:
    directory = tmp_path / "project"
    directory.mkdir()
    (directory / "README.md").write_text("# Just a project\n", encoding="utf-8")
    assert check(directory).returncode == 0
