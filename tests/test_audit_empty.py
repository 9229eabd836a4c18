"""`openlint audit` on a directory holding no model card: a gate never passes on input it could not
check (exit 2, one line), unless the run says an empty directory is fine (`--no-require-models`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from openlint.cli.main import main


@pytest.mark.parametrize("extra", [[], ["--no-lineage"], ["-j", "2"], ["--require-models"]])
def test_no_model_card_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str]) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.md").write_text("# not a model card\n", encoding="utf-8")
    assert main(["audit", str(tmp_path), *extra]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.strip().splitlines()) == 1


def test_an_empty_directory_passes_only_when_allowed(tmp_path: Path) -> None:
    assert main(["audit", str(tmp_path), "--no-require-models"]) == 0


def test_one_card_is_enough(tmp_path: Path) -> None:
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "README.md").write_text("---\nlicense: mit\n---\n", encoding="utf-8")
    assert main(["audit", str(tmp_path), "-j", "1"]) == 0
