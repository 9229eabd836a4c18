"""The licence-file search (openlint.sources.license_text) looks at regular files only: a directory named
LICENSE or LICENSE.md is skipped, and `explain DIR` says what it did not read (exit 2 when nothing is left)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from openlint.sources.directory import documents, not_read
from openlint.sources.license_text import licence_candidates, licence_files, license_text

CARD = "---\nlicense: other\nlicense_name: foo\nlicense_link: LICENSE\n---\n# m\n"
TERMS = "ACME LICENSE\n\nYou may not use the Model for commercial purposes.\n"


def explain(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "openlint", "explain", *args], capture_output=True, text=True, timeout=120
    )


def test_a_directory_named_like_a_licence_is_not_a_licence_file(tmp_path: Path) -> None:
    (tmp_path / "LICENSE").mkdir()
    (tmp_path / "LICENSE.txt").write_text(TERMS, encoding="utf-8")
    (tmp_path / "blob").write_text(TERMS, encoding="utf-8")
    (tmp_path / "NOTICE").symlink_to(tmp_path / "blob")  # HF cache snapshots hold links to blobs
    assert licence_files(tmp_path) == [tmp_path / "LICENSE.txt", tmp_path / "NOTICE"]
    assert licence_candidates(tmp_path)[1] == ["LICENSE"]
    found = license_text(tmp_path)
    assert found is not None and found.path == tmp_path / "LICENSE.txt"


def test_explain_dir_skips_a_licence_directory_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(CARD, encoding="utf-8")
    (tmp_path / "LICENSE").mkdir()
    assert documents(tmp_path) == [tmp_path / "README.md"]
    assert not_read(tmp_path) == ["LICENSE is a directory, not a licence file"]
    run = explain(str(tmp_path), "--format", "json")
    assert run.returncode == 0, run.stderr
    doc = json.loads(run.stdout)
    assert [Path(d["path"]).name for d in doc["documents"]] == ["README.md"]
    # a consumer of the JSON alone learns what was left out, not only a reader of stderr
    assert doc["not_read"] == [{"directory": str(tmp_path), "note": "LICENSE is a directory, not a licence file"}]
    assert run.stderr.splitlines() == [
        f"openlint: notice: {tmp_path}: LICENSE is a directory, not a licence file: not read"
    ]


@pytest.mark.parametrize("name", ["LICENSE", "LICENSE.md"])
def test_explain_dir_with_only_a_licence_directory_is_a_one_line_error(tmp_path: Path, name: str) -> None:
    (tmp_path / name).mkdir()
    run = explain(str(tmp_path))
    assert run.returncode == 2
    assert len(run.stderr.splitlines()) == 1 and "Traceback" not in run.stderr
    assert run.stderr.startswith("openlint: error:") and f"{name} is a directory" in run.stderr


def test_a_license_link_naming_nothing_is_reported(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(CARD.replace("LICENSE\n---", "terms/LICENSE\n---"), encoding="utf-8")
    assert not_read(tmp_path) == ["the card's license_link 'terms/LICENSE' names no file"]
    (tmp_path / "terms").mkdir()
    os.mkfifo(tmp_path / "terms" / "LICENSE")  # never opened
    assert not_read(tmp_path) == ["the card's license_link 'terms/LICENSE' names a FIFO or device"]
    assert documents(tmp_path) == [tmp_path / "README.md"]
    doc = json.loads(explain(str(tmp_path), "--format", "json").stdout)
    assert doc["not_read"] == [
        {"directory": str(tmp_path), "note": "the card's license_link 'terms/LICENSE' names a FIFO or device"}
    ]


def test_a_directory_with_nothing_skipped_has_no_not_read_field(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(CARD, encoding="utf-8")
    (tmp_path / "LICENSE").write_text(TERMS, encoding="utf-8")
    assert "not_read" not in json.loads(explain(str(tmp_path), "--format", "json").stdout)


def test_a_broken_link_named_license_is_said_to_be_one(tmp_path: Path) -> None:
    (tmp_path / "LICENSE").symlink_to(tmp_path / "gone")
    assert licence_files(tmp_path) == []
    assert not_read(tmp_path) == ["LICENSE is a broken link, not a licence file"]
