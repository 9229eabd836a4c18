"""Red-team class (redB): caps on quantities other than active users (registered users, API requests a month,
employees) are read as `user_cap` with their own metric, and OL113 decides them from their own use keys
(`registered-users`, `monthly-api-requests`, `employees`), undecided when the key is not declared: monthly active
users bound none of them. Before, none was read and `check` passed silently."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from openlint.checking.checker import load_project, run_check
from openlint.errors import ConfigError
from sentences import read_clause

WIDTHS = [None, 40, 76]

# (clause, (threshold, metric, inclusive)) exactly as read
READ = [
    (
        "If the products or services of you and your affiliates have more than 100,000 registered users, you "
        "must obtain a commercial license.",
        (100_000, "registered_users", False),
    ),
    ("Services with 50,000 or more registered accounts need a commercial licence.", (50_000, "registered_users", True)),
    (
        "Deployments with more than 1,000,000 users in total need a paid licence.",
        (1_000_000, "registered_users", False),
    ),
    (
        "If your products process more than 10,000,000 API requests per month, you must obtain a commercial license.",
        (10_000_000, "monthly_api_requests", False),
    ),
    (
        "Use exceeding 2 million inference calls per calendar month requires an enterprise licence.",
        (2_000_000, "monthly_api_requests", False),
    ),
    (
        '"Eligible Organisation" means an organisation that, together with its affiliates, has fewer than 250 '
        "employees. Any other organisation must obtain an enterprise license.",
        (250, "employees", True),
    ),
    ("Organisations with more than 500 full-time employees must obtain a licence.", (500, "employees", False)),
    ("If your headcount exceeds 1,000, you need an enterprise licence.", (1_000, "employees", False)),
]

# Counts the licence only mentions, with no comparison: no cap.
NOT_READ = [
    "Acme AI, with 200 employees, publishes this Model for the community.",
    "The Model has served 10,000,000 API requests per month since launch.",
    "Our 5,000 registered users helped test the Model.",
    # a fee owed above the figure, no licence needed: a payment, not a cap
    "Organisations with more than 50 employees pay an annual fee.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "cap"), READ, ids=lambda v: str(v)[:40])
def test_a_cap_on_another_quantity_is_read_with_its_metric(
    clause: str, cap: tuple[int, str, bool], width: int | None
) -> None:
    caps = [ob for ob in read_clause(clause, width).obligations if ob.kind == "user_cap"]
    assert [(ob.threshold, ob.metric, bool(ob.inclusive)) for ob in caps] == [cap]
    assert caps[0].source.start_line is not None and caps[0].source.start_line >= 3


@pytest.mark.parametrize("clause", NOT_READ, ids=lambda v: v[:40])
def test_a_count_without_a_comparison_is_no_cap(clause: str) -> None:
    assert [ob for ob in read_clause(clause).obligations if ob.kind == "user_cap"] == []


LICENCE = """OWL MODEL LICENSE

1. Grant. Owl AI grants you a royalty-free license to use, modify and distribute the Model.

2. Large deployments. Organisations with more than 500 employees, or whose services have more than 100,000
registered users or process more than 2,000,000 API requests per month, must obtain a commercial license.
"""


def _project(tmp_path: Path, use: str) -> Path:
    model = tmp_path / "models" / "owl"
    model.mkdir(parents=True)
    (model / "LICENSE").write_text(LICENCE, encoding="utf-8")
    (model / "README.md").write_text("---\nlicense: other\nlicense_link: LICENSE\n---\n", encoding="utf-8")
    (tmp_path / "openlint.toml").write_text(
        f'[use]\ncommercial = true\n{use}\n[[models]]\nid = "owl/owl-7b"\npath = "models/owl"\n', encoding="utf-8"
    )
    return tmp_path


def _ol113(tmp_path: Path, use: str) -> list[tuple[str, bool, int | None]]:
    report = run_check(load_project(_project(tmp_path, use), environ={}), use_baseline=False, relative_to=tmp_path)
    return sorted(
        (f.severity, f.undecided, f.location.line if f.location else None) for f in report.findings if f.rule == "OL113"
    )


def test_undeclared_quantities_are_three_questions_at_the_clause(tmp_path: Path) -> None:
    # employees and registered users start on line 5, the API requests on line 6
    assert _ol113(tmp_path, "monthly-active-users = 50_000") == [
        ("note", True, 5),
        ("note", True, 5),
        ("note", True, 6),
    ]


def test_each_declared_quantity_decides_its_own_cap(tmp_path: Path) -> None:
    at = "employees = 500\nregistered-users = 100_000\nmonthly-api-requests = 2_000_000"
    assert _ol113(tmp_path, at) == []  # "more than": the named value itself is inside the grant
    over = "employees = 501\nregistered-users = 100_000\nmonthly-api-requests = 2_000_000"
    assert _ol113(tmp_path / "over", over) == [("error", False, 3)]  # at the `employees` key (line 3)


@pytest.mark.parametrize("key", ["employees", "registered-users", "monthly-api-requests"])
@pytest.mark.parametrize("value", ['"many"', "-1", "1.5", "true"])
def test_a_bad_quantity_is_bad_input(tmp_path: Path, key: str, value: str) -> None:
    (tmp_path / "openlint.toml").write_text(f"[use]\n{key} = {value}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=key):
        load_project(tmp_path, environ={})


def test_a_bad_quantity_on_the_command_line_is_exit_2_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "openlint.toml").write_text("[use]\ncommercial = true\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "openlint", "check", str(tmp_path), "--use", "employees=lots"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2 and "employees" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
