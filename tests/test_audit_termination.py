"""An audit stopped by SIGTERM (a CI timeout, `kill`) leaves nothing behind: its temporary lineage index
and its half-written output file are removed, and it still ends by SIGTERM (openlint.audit.termination)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

# The CLI with one change: after its first output line the audit waits (the test then stops it).
_WAITING = """
import sys, time
from pathlib import Path
from openlint.audit import run as audit
from openlint.cli.main import main

emit = audit._emit
def waiting(lines, out, progress):
    def first_then_wait():
        for n, line in enumerate(lines):
            yield line
            if n == 0:
                out.flush()
                Path(sys.argv[1]).write_text("waiting")
                while True:
                    time.sleep(0.05)
    return emit(first_then_wait(), out, progress)
audit._emit = waiting
sys.exit(main(sys.argv[2:]))
"""


def _cards(root: Path, count: int) -> None:
    for i in range(count):
        folder = root / f"org{i % 7}" / f"model-{i}"
        folder.mkdir(parents=True)
        base = f"base_model: org{(i - 1) % 7}/model-{i - 1}\n" if i % 3 else ""
        (folder / "README.md").write_text(f"---\nlicense: llama3.1\n{base}---\n# model {i}\n", encoding="utf-8")


def _wait_for(found: object, process: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + 120
    while not found():  # type: ignore[operator]
        assert process.poll() is None, f"the audit ended before {what}"
        assert time.monotonic() < deadline, f"no {what} after 120 s"
        time.sleep(0.01)


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def _group_alive(process: subprocess.Popen[bytes]) -> bool:
    """Whether any process of the audit's session (its workers) is still there."""
    try:
        os.killpg(process.pid, 0)
    except ProcessLookupError:
        return False
    return True


def _end_group(process: subprocess.Popen[bytes]) -> None:
    """Whatever the test found, nothing of the audit outlives it (workers orphaned by a failure too)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


@pytest.mark.parametrize("jobs", [1, 2])
def test_sigterm_removes_the_temporary_index(tmp_path: Path, jobs: int) -> None:
    """Stdout is a pipe nobody reads: pass 2 blocks writing (2,000 lines, far more than a pipe holds)
    while the index exists, so the signal always finds the audit running."""
    _cards(tmp_path / "cards", 2000)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    command = [sys.executable, "-m", "openlint", "audit", str(tmp_path / "cards"), "--jobs", str(jobs)]
    environment = {**os.environ, "TMPDIR": str(scratch)}
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=environment, start_new_session=True
    )
    try:
        _wait_for(lambda: any(scratch.glob("openlint-audit-*.sqlite")), process, "temporary index")
        process.send_signal(signal.SIGTERM)  # the audit's own process only, as `kill PID` does
        assert process.wait(timeout=120) == -signal.SIGTERM
        time.sleep(0.2)
        assert not _group_alive(process)  # no worker left behind either
    finally:
        _end_group(process)
        assert process.stdout is not None
        process.stdout.close()
    assert _leftovers(scratch) == []


@pytest.mark.parametrize("jobs", [1, 2])
def test_sigterm_removes_the_index_and_the_unfinished_output_file(tmp_path: Path, jobs: int) -> None:
    _cards(tmp_path / "cards", 30)
    scratch, out = tmp_path / "tmp", tmp_path / "out"
    scratch.mkdir()
    out.mkdir()
    marker = tmp_path / "waiting"
    command = [sys.executable, "-c", _WAITING, str(marker), "audit", str(tmp_path / "cards"), "--jobs", str(jobs)]
    command += ["-o", str(out / "audit.jsonl")]
    errors = tmp_path / "stderr"
    with errors.open("wb") as stderr:
        environment = {**os.environ, "TMPDIR": str(scratch)}
        process = subprocess.Popen(command, stderr=stderr, env=environment, start_new_session=True)
    try:
        _wait_for(marker.exists, process, "first output line")
        assert len(list(scratch.glob("openlint-audit-*.sqlite"))) == 1  # what the signal must remove
        assert len(_leftovers(out)) == 1  # the output's temporary file, renamed only on success
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=120) == -signal.SIGTERM
    finally:
        _end_group(process)
    assert b"Traceback" not in errors.read_bytes()
    assert _leftovers(scratch) == []
    assert _leftovers(out) == []


def test_sighup_is_handled_like_sigterm(tmp_path: Path) -> None:
    _cards(tmp_path / "cards", 30)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    marker = tmp_path / "waiting"
    command = [sys.executable, "-c", _WAITING, str(marker), "audit", str(tmp_path / "cards"), "--jobs", "1"]
    environment = {**os.environ, "TMPDIR": str(scratch)}
    quiet = subprocess.DEVNULL
    process = subprocess.Popen(command, stdout=quiet, stderr=quiet, env=environment, start_new_session=True)
    try:
        _wait_for(marker.exists, process, "first output line")
        process.send_signal(signal.SIGHUP)
        assert process.wait(timeout=120) == -signal.SIGHUP
    finally:
        _end_group(process)
    assert _leftovers(scratch) == []
