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


LICENSE_TEXT = """HERON COMMUNITY LICENSE

1. Derivative names. If you distribute a model created, trained or fine-tuned from the Heron
   Materials, you must include "Heron" in its name.
"""


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])  # utf-16 writes its BOM, as Windows editors do
def test_a_licence_text_beside_the_card_is_read_in_any_encoding_explain_reads(
    tmp_path: Path, encoding: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`explain LICENSE` reads a UTF-16 text; `check` must read the same file beside a card, not report
    the card's licence unknown (OL405) while a readable text sits there."""
    model = tmp_path / "models" / "heron"
    model.mkdir(parents=True)
    card = "---\nlicense: other\nlicense_name: heron-community\nlicense_link: LICENSE\n---\n"
    (model / "README.md").write_text(card, encoding="utf-8")
    (model / "LICENSE").write_bytes(LICENSE_TEXT.encode(encoding))
    (tmp_path / "openlint.toml").write_text(
        '[[models]]\npath = "models/heron"\n[use]\ndistribution = ["derivative-weights"]\nderivative-name = "acme"\n',
        encoding="utf-8",
    )
    assert main(["check", str(tmp_path), "--format", "json"]) == 1
    import json

    codes = sorted({f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]})
    assert codes == ["OL108", "OL403", "OL414"]
