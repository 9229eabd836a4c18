"""`openlint audit` on hostile mirrors and hostile arguments: workers that die, unwritable outputs,
another application's database as the index, a tampered index, a tree deeper than Python recurses."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from hostile import TIMEOUT, make_deep, no_traceback, remove_deep, run


def _mirror(root: Path, count: int = 3) -> Path:
    for n in range(count):
        card = root / "acme" / f"m{n}" / "README.md"
        card.parent.mkdir(parents=True, exist_ok=True)
        card.write_text("---\nlicense: mit\n---\n# m\n", encoding="utf-8")
    return root


def test_a_killed_worker_fails_the_audit_instead_of_hanging(tmp_path: Path) -> None:
    """A worker killed with SIGKILL (as the OOM killer does) used to leave the parent waiting forever."""
    cards = _mirror(tmp_path / "cards", 4)
    script = (
        "import os, signal, sys, io\n"
        "from openlint.audit import pool, run as audit\n"
        "pool.FIRST_BUDGET = 1  # the parent audits one card before forking; a worker audits m2\n"
        "parent = os.getpid()\n"
        "real = audit.audit_card\n"
        "def dying(path, root=None):\n"
        "    if path.endswith('m2/README.md') and os.getpid() != parent:\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    return real(path, root)\n"
        "audit.audit_card = dying\n"
        "from openlint.cli.main import main\n"
        "sys.exit(main(['audit', sys.argv[1], '-j', '2', '--no-lineage']))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script, str(cards)], capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    assert proc.returncode == 2
    assert "worker" in proc.stderr and len(proc.stderr.splitlines()) == 1
    no_traceback(proc)


@pytest.mark.parametrize("jobs", ["65", "0", "-1", "1000000", "two"])
def test_jobs_out_of_bounds_is_a_usage_error(tmp_path: Path, jobs: str) -> None:
    proc = run("audit", str(_mirror(tmp_path)), "--jobs", jobs)
    assert proc.returncode == 2 and "--jobs" in proc.stderr
    no_traceback(proc)


def test_jobs_at_the_bound_is_accepted(tmp_path: Path) -> None:
    proc = run("audit", str(_mirror(tmp_path)), "--jobs", "64", "--no-lineage")
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 3


@pytest.mark.parametrize("target", ["existing-dir", "missing/dir/out.jsonl", "ro/out.jsonl"])
def test_unwritable_output_is_a_one_line_error(tmp_path: Path, target: str) -> None:
    cards = _mirror(tmp_path / "cards")
    (tmp_path / "existing-dir").mkdir()
    (tmp_path / "ro").mkdir()
    (tmp_path / "ro" / "out.jsonl").write_text("keep\n")
    (tmp_path / "ro" / "out.jsonl").chmod(0o444)
    proc = run("audit", str(cards), "-o", str(tmp_path / target))
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1, proc.stderr
    no_traceback(proc)
    assert (tmp_path / "ro" / "out.jsonl").read_text() == "keep\n"
    assert sorted(p.name for p in (tmp_path / "ro").iterdir()) == ["out.jsonl"]  # no temp file left


def test_output_is_replaced_atomically(tmp_path: Path) -> None:
    cards = _mirror(tmp_path / "cards")
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    proc = run("audit", str(cards), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["license"] for line in out.read_text().splitlines()] == ["mit"] * 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cards", "out.jsonl"]


def test_another_applications_database_is_left_alone(tmp_path: Path) -> None:
    cards = _mirror(tmp_path / "cards")
    other = tmp_path / "app.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)")
        db.execute("INSERT INTO meta VALUES ('owner', 'someone else')")
        db.execute("CREATE TABLE cards(x)")
        db.execute("INSERT INTO cards VALUES (42)")
    proc = run("audit", str(cards), "--index", str(other))
    assert proc.returncode == 2 and "not an openlint audit index" in proc.stderr
    no_traceback(proc)
    with sqlite3.connect(other) as db:
        assert list(db.execute("SELECT * FROM meta")) == [("owner", "someone else")]
        assert list(db.execute("SELECT * FROM cards")) == [(42,)]


def test_a_tampered_index_row_is_not_trusted(tmp_path: Path) -> None:
    cards = _mirror(tmp_path / "cards")
    index = tmp_path / "audit.sqlite"
    assert run("audit", str(cards), "--index", str(index)).returncode == 0
    with sqlite3.connect(index) as db:
        db.execute("UPDATE cards SET line = ? WHERE seq = 1", ('{"path":"x","findings":[]}\n\x1b[2Jok',))
    proc = run("audit", str(cards), "--index", str(index))
    assert proc.returncode == 2 and "not valid" in proc.stderr
    assert "\x1b" not in proc.stdout
    no_traceback(proc)
    with sqlite3.connect(index) as db:
        db.execute("UPDATE cards SET line = ?, codes = ? WHERE seq = 1", ('{"path":"x","findings":[]}', "\x1b[2J"))
    proc = run("audit", str(cards), "--index", str(index))
    assert proc.returncode == 2 and "not valid" in proc.stderr


def test_an_index_written_by_this_version_carries_the_application_id(tmp_path: Path) -> None:
    index = tmp_path / "audit.sqlite"
    assert run("audit", str(_mirror(tmp_path / "cards")), "--index", str(index)).returncode == 0
    with sqlite3.connect(index) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == 0x4F4C4149


def test_a_mirror_deeper_than_python_recurses(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    cards = _mirror(tmp_path / "cards", 1)
    make_deep(cards, 1100)
    request.addfinalizer(lambda: remove_deep(cards))
    proc = run("audit", str(cards), "--no-lineage")
    no_traceback(proc)
    assert proc.returncode == 0 and len(proc.stdout.splitlines()) == 1


def test_special_files_named_like_cards_are_refused_not_read(tmp_path: Path) -> None:
    cards = _mirror(tmp_path / "cards", 1)
    (cards / "acme" / "fifo").mkdir()
    os.mkfifo(cards / "acme" / "fifo" / "README.md")
    (cards / "acme" / "zero").mkdir()
    (cards / "acme" / "zero" / "README.md").symlink_to("/dev/zero")
    for jobs in ("1", "2"):
        proc = run("audit", str(cards), "--no-lineage", "-j", jobs)
        no_traceback(proc)
        records = {Path(r["path"]).parent.name: r for r in map(json.loads, proc.stdout.splitlines())}
        for name in ("fifo", "zero"):  # an error record for the card, and the audit carries on
            assert "not a regular file" in records[name]["error"], records[name]
        assert records["m0"]["license"] == "mit"
