"""Odd inputs to the commands: a one-line error (exit 2), never a traceback, and never a gate that passes on
input it could not check."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from openlint.cli.main import main

# A valid config above the project: a config the project holds but openlint cannot read must not be
# passed over for it (nor for no config at all).
PARENT_CONFIG = 'fail-on = "note"\n'


def _project(tmp_path: Path) -> Path:
    (tmp_path / "openlint.toml").write_text(PARENT_CONFIG, encoding="utf-8")
    project = tmp_path / "project"
    project.mkdir()
    return project


@pytest.mark.parametrize("kind", ["directory", "dangling symlink", "fifo"])
def test_an_unreadable_project_config_is_an_error(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    project = _project(tmp_path)
    config = project / "openlint.toml"
    if kind == "directory":
        config.mkdir()
    elif kind == "dangling symlink":
        config.symlink_to(tmp_path / "nowhere.toml")
    else:
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        os.mkfifo(config)
    assert main(["check", str(project)]) == 2
    err = capsys.readouterr().err
    assert err.count("openlint.toml") == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
