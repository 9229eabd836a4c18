"""`A OR B`: the licensee takes the alternative with the fewest blockers, then the least restrictive."""

from __future__ import annotations

import json
from pathlib import Path

from openlint.checking.checker import load_project, run_check
from openlint.output import check_json


def _check(tmp_path: Path, license: str, use: str) -> tuple[list[tuple[str, str, bool]], list[str], int]:
    (tmp_path / "openlint.toml").write_text(
        f'[use]\n{use}\n[[models]]\nid = "acme/m"\nlicense = "{license}"\n', encoding="utf-8"
    )
    report = run_check(load_project(tmp_path, environ={}), use_baseline=False, relative_to=tmp_path)
    doc = json.loads(check_json.render(report))
    errors = sorted((f["rule"], f["license"], f["undecided"]) for f in doc["findings"] if f["severity"] == "error")
    (model,) = doc["summary"]["models"]
    return errors, model["assumed_alternative"], report.exit_code()


def test_the_more_restrictive_alternative_wins_when_the_other_is_blocked(tmp_path: Path) -> None:
    # CC-BY-NC-4.0 is the less restrictive of the two, but commercial use blocks it (OL104): Llama 3.3
    # has no blocker at 1,000 users, so it is the one a licensee takes, and the gate passes.
    errors, chosen, exit_code = _check(
        tmp_path, "CC-BY-NC-4.0 OR llama3.3", "commercial = true\nmonthly-active-users = 1_000"
    )
    assert (errors, chosen, exit_code) == ([], ["llama3.3"], 0)


def test_the_least_restrictive_alternative_wins_when_neither_is_blocked(tmp_path: Path) -> None:
    errors, chosen, exit_code = _check(
        tmp_path, "CC-BY-NC-4.0 OR llama3.3", "commercial = false\nmonthly-active-users = 1_000"
    )
    assert (errors, chosen, exit_code) == ([], ["CC-BY-NC-4.0"], 0)


def test_fewer_blockers_win_over_restrictiveness(tmp_path: Path) -> None:
    # Over Llama's 700M cap (one blocker, OL101) and commercial (CC-BY-NC's OL104 blocker): a tie on
    # blockers, so the less restrictive CC-BY-NC-4.0 is taken, with its one blocker.
    errors, chosen, exit_code = _check(
        tmp_path,
        "CC-BY-NC-4.0 OR llama3.3",
        'commercial = true\nmonthly-active-users-by-month = { "2024-11" = 900_000_000 }',
    )
    assert (errors, chosen, exit_code) == ([("OL104", "CC-BY-NC-4.0", False)], ["CC-BY-NC-4.0"], 1)
