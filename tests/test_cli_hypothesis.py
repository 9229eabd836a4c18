"""Random argument lists through the CLI: exit codes are 0, 1 or 2 and nothing prints a traceback.

In-process `main(argv)` for speed (argparse's SystemExit is an exit code too), plus a few real
subprocesses. Everything runs in a scratch copy of a small project: no write reaches the repository."""

from __future__ import annotations

import contextlib
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openlint.cli.main import main

REPO = Path(__file__).resolve().parents[1]
CLEAN = REPO / "fixtures" / "projects" / "clean-apache"
CHATBOT = REPO / "fixtures" / "projects" / "llama-chatbot-over-cap"


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli-fuzz")
    shutil.copytree(CLEAN, root / "clean")
    shutil.copytree(CHATBOT, root / "chatbot")
    (root / "empty").mkdir()
    (root / "file.txt").write_text("MIT License\n", encoding="utf-8")
    (root / "bad.yaml").write_text("a: [1, 2\n", encoding="utf-8")
    (root / "binary.bin").write_bytes(b"\x00\xff\xfe" * 50)
    return root


PATHS = ["clean", "chatbot", "empty", "file.txt", "bad.yaml", "binary.bin", "missing", "missing/dir", "-", ""]
WORDS = [
    "MIT",
    "llama3.1",
    "Apache-2.0 OR MIT",
    "MIT WITH Apache-2.0",
    "GPL-2.0-only WITH Classpath-exception-2.0",
    "(",
    "AND",
    "lama3.1",
    "OL101",
    "OL1O1",
    "OL999",
    "user-cap-exceeded",
    "monthly-active-users=80000000",
    "monthly-active-users=-1",
    "commercial=maybe",
    "distribution=saas",
    "regions=ZZ",
    "nonsense",
    "=",
    "-3",
    "0",
    "1",
    "999999999999999999999",
    "pydantic",
    "doesnotexist",
]
FLAGS = [
    "--format",
    "--fail-on",
    "--ignore",
    "--use",
    "--config",
    "--exit-zero",
    "--no-baseline",
    "--require-models",
    "--no-require-models",
    "--color",
    "--mof",
    "--allow",
    "--strict",
    "--jobs",
    "-j",
    "--no-lineage",
    "--version",
    "--help",
    "-h",
    "--bogus",
]
VALUES = ["text", "json", "sarif", "github", "markdown", "error", "warning", "note", "always", "never", "xml"]
COMMANDS = ["check", "explain", "openness", "deps", "audit", "bogus", ""]

token = st.one_of(
    st.sampled_from(PATHS),
    st.sampled_from(WORDS),
    st.sampled_from(FLAGS),
    st.sampled_from(VALUES),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12),
)
argv_lists = st.tuples(st.sampled_from(COMMANDS), st.lists(token, max_size=6)).map(
    lambda pair: ([pair[0]] if pair[0] else []) + pair[1]
)


def _run(argv: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    stdin = io.TextIOWrapper(io.BytesIO(b"Permission is hereby granted, free of charge\n"))
    saved, sys.stdin = sys.stdin, stdin  # `-` reads stdin: a license text, never the terminal
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = _main(argv)
    finally:
        sys.stdin = saved
    return code, err.getvalue()


def _main(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(argv=argv_lists)
def test_random_argument_lists(argv: list[str], scratch: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(scratch)
    if "-o" in argv or "--output" in argv or "--index" in argv:  # never generated; writes stay in scratch
        return
    code, err = _run(argv)
    assert code in (0, 1, 2), (argv, code, err)
    assert "Traceback" not in err, (argv, err)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=60))
def test_explain_any_text(text: str, scratch: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(scratch / "empty")
    code, err = _run(["explain", text])
    assert code in (0, 2), (text, err)
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["check", "missing"], 2),
        (["check", "chatbot"], 1),
        (["check", "clean", "--ignore", "OL1O1"], 2),
        (["check", "empty", "--require-models"], 2),
        (["audit", "empty", "-j", "-3"], 2),
        (["explain", "MIT WITH Apache-2.0"], 2),
        (["deps", "doesnotexist"], 2),
        (["openness", "empty"], 2),
        (["bogus"], 2),
        ([], 2),
    ],
)
def test_subprocess_exit_codes(argv: list[str], code: int, scratch: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "openlint", *argv], capture_output=True, text=True, cwd=scratch, timeout=180
    )
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr
