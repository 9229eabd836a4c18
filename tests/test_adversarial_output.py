"""Terminal escapes and control characters from cards and GGUF headers never reach text, Markdown or
GitHub output raw: a card cannot clear the screen, retitle the terminal or forge an "ok" line."""

from __future__ import annotations

from pathlib import Path

import pytest

from gguf_writer import gguf
from hostile import no_traceback, run
from openlint.output.escape import printable, printable_lines

FORGED = "evil\x1b[2J\rok: 0 error(s)\nfake\u202e"
RAW = ("\x1b", "\r", "\x07", "\u202e")


def _card_repo(tmp_path: Path) -> Path:
    directory = tmp_path / "acme-x"
    directory.mkdir()
    card = (
        "---\nlicense: other\n"
        'license_name: "evil\\e[2J\\rok: 0 error(s)\\nfake\\u202e"\n'
        'base_model: "x/y\\e]0;title\\a"\n---\n'
    )
    (directory / "README.md").write_text(card, encoding="utf-8")
    (directory / "model.safetensors").write_bytes(b"\0")
    return directory


def _gguf_repo(tmp_path: Path) -> Path:
    """A project with a local GGUF model directory (discovery reads its header)."""
    directory = tmp_path / "project" / "ggml-x"
    directory.mkdir(parents=True)
    meta = [("general.name", "x\x1b[31mred"), ("general.license", "mit\x1b[2J\rok: 0 error(s)\n")]
    (directory / "model.gguf").write_bytes(gguf(meta))
    return directory.parent


def test_printable_escapes_every_control_character() -> None:
    assert printable(FORGED) == "evil\\x1b[2J\\x0dok: 0 error(s)\\x0afake\\u202e"
    assert printable_lines("a\tb\nc\x1bd\x9b") == "a\tb\nc\\x1bd\\x9b"
    assert printable("plain — text, ünïcode") == "plain — text, ünïcode"


@pytest.mark.parametrize("fmt", ["text", "markdown", "github"])
@pytest.mark.parametrize("repo", [_card_repo, _gguf_repo])
def test_hostile_metadata_is_escaped(tmp_path: Path, fmt: str, repo: object) -> None:
    assert callable(repo)
    directory = repo(tmp_path)
    proc = run("check", str(directory), "--format", fmt, cwd=tmp_path)
    no_traceback(proc)
    assert proc.returncode in (0, 1), proc.stderr
    for raw in RAW:
        assert raw not in proc.stdout
    lines = proc.stdout.splitlines()
    # openlint's own verdict never says "ok:", so any such line would be forged by the card.
    assert [line for line in lines if line.startswith("ok:")] == []
    if fmt == "text":
        verdicts = [line for line in lines if line.startswith(("FAIL:", "no blocker found by"))]
        assert len(verdicts) == 1


def test_hostile_license_text_is_escaped_in_explain(tmp_path: Path) -> None:
    (tmp_path / "LICENSE").write_text(
        'Acme Model License\n\nYou must prominently display "Built with Acme\x1b[2J\rok" on your website.\n',
        encoding="utf-8",
    )
    proc = run("explain", str(tmp_path / "LICENSE"))
    no_traceback(proc)
    assert "Built with Acme\\x1b[2J" in proc.stdout  # the attribution is read, and shown escaped
    assert "\x1b" not in proc.stdout and "\r" not in proc.stdout


def test_explain_of_a_fifo_is_a_one_line_refusal(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "LICENSE")
    proc = run("explain", str(tmp_path / "LICENSE"))
    no_traceback(proc)
    assert proc.returncode == 2 and "not a regular file" in proc.stderr


def test_hostile_names_are_escaped_in_the_action(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The Action writes the same escaped annotations and Markdown summary as `check --format github`
    and `--format markdown`: a cloned repository's directory name cannot clear the job log."""
    from openlint.cli.action import main as action_main

    directory = tmp_path / "project" / "ggml-x\x1b[2J\u202e"
    directory.mkdir(parents=True)
    (directory / "model.gguf").write_bytes(gguf([("general.name", "x")]))
    summary = tmp_path / "summary.md"
    env = {
        "INPUT_PATH": str(directory.parent),
        "INPUT_SARIF-FILE": str(tmp_path / "x.sarif"),
        "INPUT_REQUIRE-MODELS": "false",
        "GITHUB_STEP_SUMMARY": str(summary),
    }
    assert action_main(env) == 0
    annotations, written = capsys.readouterr().out, summary.read_text(encoding="utf-8")
    assert "ggml-x\\x1b[2J\\u202e" in annotations and "ggml-x\\x1b[2J\\u202e" in written  # shown, escaped
    for raw in RAW:
        assert raw not in annotations and raw not in written
