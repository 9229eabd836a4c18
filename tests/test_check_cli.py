"""`openlint check` from the command line and the API: config, precedence, exit codes, baseline."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import openlint
from openlint.checking.checker import load_project, run_check
from openlint.cli.main import main
from openlint.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]
CHATBOT = REPO / "fixtures" / "projects" / "llama-chatbot-over-cap"
CLEAN = REPO / "fixtures" / "projects" / "clean-apache"


def cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "openlint", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def test_api_returns_a_report_without_printing(capsys: pytest.CaptureFixture[str]) -> None:
    report = openlint.check(CHATBOT)
    assert isinstance(report, openlint.Report)
    assert any(f.rule == "OL101" and f.severity == "error" for f in report.findings)
    assert capsys.readouterr() == ("", "")


def test_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(CHATBOT)]) == 1
    assert main(["check", str(CLEAN)]) == 0
    assert main(["check", str(CHATBOT), "--exit-zero"]) == 0
    assert main(["check", str(CHATBOT), "--ignore", "OL101"]) == 0
    assert main(["check", str(CHATBOT), "--ignore", "OL101", "--fail-on", "warning"]) == 1


def test_cli_flag_beats_env_beats_file(tmp_path: Path) -> None:
    (tmp_path / "openlint.toml").write_text(
        '[use]\ncommercial = true\nproduct-monthly-active-users = 900_000_000\n[[models]]\nid = "m"\n'
        'license = "tongyi-qianwen"\n',
        encoding="utf-8",
    )
    env = {"OPENLINT_USE_PRODUCT_MONTHLY_ACTIVE_USERS": "1000"}
    assert not _has(run_check(load_project(tmp_path, environ=env)), "OL101")
    assert _has(run_check(load_project(tmp_path, environ=env, use=["product-monthly-active-users=800000000"])), "OL101")
    assert _has(run_check(load_project(tmp_path, environ={})), "OL101")


def _has(report: openlint.Report, code: str) -> bool:
    return any(f.rule == code and not f.undecided for f in report.findings)


def test_unknown_config_key_is_exit_2_naming_key_and_file(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.openlint.use]\nmonthly-active-user = 5\n", encoding="utf-8")
    proc = cli("check", str(tmp_path))
    assert proc.returncode == 2
    assert "tool.openlint.use.monthly-active-user" in proc.stderr and "pyproject.toml" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr


def test_config_found_by_walking_up(tmp_path: Path) -> None:
    (tmp_path / "openlint.toml").write_text(
        '[[models]]\nid = "m"\nlicense = "cc-by-nc-4.0"\n[use]\ncommercial = true\n', encoding="utf-8"
    )
    deep = tmp_path / "src" / "pkg"
    deep.mkdir(parents=True)
    assert _has(openlint.check(deep), "OL104")


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ('[use]\nregions = ["Germany"]\n', "regions"),
        ('[use]\ndistribution = ["cloud"]\n', "distribution"),
        ('fail-on = "sometimes"\n', "fail-on"),
        ('[[models]]\nlicense = "MIT"\n', "id"),
        ("not toml at all = = =\n", "openlint.toml"),
    ],
)
def test_invalid_config_values(tmp_path: Path, body: str, fragment: str) -> None:
    (tmp_path / "openlint.toml").write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError, match=fragment):
        load_project(tmp_path, environ={})


def test_bad_rule_in_org_policies_exits_2(tmp_path: Path) -> None:
    (tmp_path / "policies").mkdir()
    (tmp_path / "policies" / "OL990-broken.toml").write_text(
        'code = "OL990"\nname = "broken"\nseverity = "error"\nsummary = "s"\nrationale = "r"\n'
        'remediation = "f"\nexample = "e"\ncondition = "use.commercial &&"\nmessage = "m"\n',
        encoding="utf-8",
    )
    (tmp_path / "openlint.toml").write_text('rules = ["policies"]\n', encoding="utf-8")
    proc = cli("check", str(tmp_path))
    assert proc.returncode == 2 and "OL990-broken.toml" in proc.stderr and "CEL" in proc.stderr


def test_ignore_and_baseline(tmp_path: Path) -> None:
    (tmp_path / "openlint.toml").write_text(
        '[use]\nmonthly-active-users-by-month = { "2024-06" = 900_000_000 }\n'
        '[[models]]\nid = "m"\nlicense = "llama3.1"\n',
        encoding="utf-8",
    )
    assert cli("check", str(tmp_path)).returncode == 1
    assert cli("check", str(tmp_path), "--ignore", "user-cap-exceeded").returncode == 0
    written = cli("check", str(tmp_path), "--write-baseline")
    assert written.returncode == 0 and (tmp_path / ".openlint-baseline.json").is_file()
    assert cli("check", str(tmp_path)).returncode == 0
    assert cli("check", str(tmp_path), "--no-baseline").returncode == 1
    # A new blocker is not covered by the baseline.
    (tmp_path / "openlint.toml").write_text(
        '[use]\nmonthly-active-users-by-month = { "2024-06" = 900_000_000 }\ncommercial = true\n[[models]]\nid = "m"\n'
        'license = "llama3.1"\n'
        '[[models]]\nid = "n"\nlicense = "cc-by-nc-4.0"\n',
        encoding="utf-8",
    )
    proc = cli("check", str(tmp_path), "--format", "json")
    assert proc.returncode == 1
    doc = json.loads(proc.stdout)
    assert {f["rule"] for f in doc["findings"] if f["severity"] == "error"} == {"OL104"}
    assert doc["summary"]["suppressed"]["baseline"] >= 1


def test_per_model_ignore_with_reason(tmp_path: Path) -> None:
    (tmp_path / "openlint.toml").write_text(
        'ignore = [{ rule = "OL104", models = ["internal/*"], reason = "research sandbox" }]\n'
        "[use]\ncommercial = true\n"
        '[[models]]\nid = "internal/nc"\nlicense = "cc-by-nc-4.0"\n'
        '[[models]]\nid = "prod/nc"\nlicense = "cc-by-nc-4.0"\n',
        encoding="utf-8",
    )
    report = run_check(load_project(tmp_path, environ={}))
    assert [f.model for f in report.findings if f.rule == "OL104"] == ["prod/nc"]
    assert report.suppressed["ignored"] == 1


def test_json_contract() -> None:
    proc = cli("check", str(CHATBOT), "--format", "json")
    doc = json.loads(proc.stdout)
    assert doc["schema_version"] == 1
    finding = next(f for f in doc["findings"] if f["rule"] == "OL101")
    for key in ("rule", "name", "severity", "kind", "model", "license", "message", "remediation", "location"):
        assert key in finding
    assert finding["location"]["path"].endswith("pyproject.toml") and finding["location"]["line"]
    assert doc["summary"]["error"] >= 1


def test_output_file_and_formats(tmp_path: Path) -> None:
    out = tmp_path / "report.sarif"
    assert cli("check", str(CHATBOT), "--format", "sarif", "-o", str(out)).returncode == 1
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == "2.1.0"
    gh = cli("check", str(CHATBOT), "--format", "github").stdout
    assert gh.startswith("::") and "::error file=" in gh
