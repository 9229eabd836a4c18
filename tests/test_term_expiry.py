"""OL115: a licence granted for a fixed term, decided against the check date (`as-of`, `--as-of`, else today in UTC).

A licence that "expires on D" is valid through the end of D: on D it is a warning (it ends today), on D+1 an error
whatever the use. Within 90 days before D it is a warning naming the date; 91 days before, nothing. A term counted
from acceptance is an undecided note. Dates are pinned with as-of."""

from __future__ import annotations

import datetime
import subprocess
import sys
from pathlib import Path

import pytest

from openlint.checking.checker import check
from openlint.checking.engine import Report

LICENCE = """KESTREL MODEL TERMS

1. Grant. Kestrel AI grants you a non-exclusive, worldwide licence to use the Kestrel weights.

2. Term. This licence expires on {end}.
"""
END = datetime.date(2026, 3, 31)


def _project(tmp_path: Path, end: str = "31 March 2026", as_of: str | None = None, commercial: bool = False) -> Path:
    model = tmp_path / "models" / "kestrel"
    model.mkdir(parents=True)
    (model / "LICENSE").write_text(LICENCE.format(end=end), encoding="utf-8")
    (model / "README.md").write_text("---\nlicense: other\n---\n# Kestrel\n", encoding="utf-8")
    pinned = f'as-of = "{as_of}"\n' if as_of else ""
    (tmp_path / "openlint.toml").write_text(
        f'{pinned}[use]\ncommercial = {str(commercial).lower()}\n\n[[models]]\nid = "kestrel-ai/kestrel"\n'
        'path = "models/kestrel"\n',
        encoding="utf-8",
    )
    return tmp_path


def _ol115(report: Report) -> list[tuple[str, bool, str]]:
    return [(f.severity, f.undecided, f.message) for f in report.findings if f.rule == "OL115"]


@pytest.mark.parametrize(
    ("days_before_end", "severity"),
    [(-1, "error"), (0, "warning"), (90, "warning"), (91, None)],
    ids=["D+1", "D", "D-90", "D-91"],
)
def test_the_check_date_decides_at_the_boundaries(tmp_path: Path, days_before_end: int, severity: str | None) -> None:
    on = (END - datetime.timedelta(days=days_before_end)).isoformat()
    found = _ol115(check(_project(tmp_path, as_of=on), use_baseline=False))
    if severity is None:
        assert found == []
        return
    ((got, undecided, message),) = found
    assert (got, undecided) == (severity, False)
    assert "2026-03-31" in message and on in message  # the date used, so the run is reproducible


@pytest.mark.parametrize("written", ["31 March 2026", "March 31, 2026", "2026-03-31", "31.03.2026", "2026年3月31日"])
def test_every_written_form_blocks_the_day_after(tmp_path: Path, written: str) -> None:
    report = check(_project(tmp_path, end=written, as_of="2026-04-01", commercial=True), use_baseline=False)
    assert [(s, u) for s, u, _ in _ol115(report)] == [("error", False)]
    assert report.exit_code() == 1


def test_the_command_line_date_wins_over_the_config(tmp_path: Path) -> None:
    project = _project(tmp_path, as_of="2026-04-01")  # after the end: an error ...
    assert [s for s, _, _ in _ol115(check(project, use_baseline=False))] == ["error"]
    # ... but --as-of on the command line checks on another date
    assert [s for s, _, _ in _ol115(check(project, use_baseline=False, as_of="2025-12-01"))] == []


def test_without_a_date_the_check_date_is_today_in_utc(tmp_path: Path) -> None:
    ((severity, _, message),) = _ol115(check(_project(tmp_path, end="1 January 2020"), use_baseline=False))
    assert severity == "error"
    assert datetime.datetime.now(datetime.UTC).date().isoformat() in message


def test_a_term_from_acceptance_asks_when_it_was_accepted(tmp_path: Path) -> None:
    project = _project(tmp_path, as_of="2026-04-01")
    licence = project / "models" / "kestrel" / "LICENSE"
    licence.write_text(
        licence.read_text(encoding="utf-8").replace("expires on 31 March 2026", "is granted for a term of 12 months"),
        encoding="utf-8",
    )
    ((severity, undecided, message),) = _ol115(check(project, use_baseline=False))
    assert (severity, undecided) == ("note", True)
    assert "P12M" in message and "2026-04-01" in message


@pytest.mark.parametrize("bad", ["2026-13-01", "2026-02-30", "1 December 2026", "20261201", ""])
def test_a_bad_check_date_is_a_usage_error_on_one_line(tmp_path: Path, bad: str) -> None:
    project = _project(tmp_path)
    run = subprocess.run(
        [sys.executable, "-m", "openlint", "check", str(project), "--as-of", bad],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 2
    assert run.stdout == "" and len(run.stderr.strip().splitlines()) == 1 and "as-of" in run.stderr


def test_a_bad_config_date_is_a_usage_error(tmp_path: Path) -> None:
    project = _project(tmp_path, as_of="next tuesday")
    run = subprocess.run(
        [sys.executable, "-m", "openlint", "check", str(project)], capture_output=True, text=True, check=False
    )
    assert run.returncode == 2 and len(run.stderr.strip().splitlines()) == 1 and "as-of" in run.stderr
