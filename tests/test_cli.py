"""The CLI contract: exit codes, one-line errors, the JSON shape, lazy imports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from openlint.cli.main import main

CLEAN = Path(__file__).resolve().parents[1] / "fixtures" / "projects" / "clean-apache"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "openlint", *args], input=stdin, capture_output=True, timeout=60)


def test_explain_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "llama3.1"]) == 0
    out = capsys.readouterr().out
    assert "Llama 3.1 Community License" in out and "user_cap" in out and "Built with Llama" in out


def test_explain_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "LicenseRef-scancode-llama-3.1-license-2024", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema_version"] == 1
    assert doc["query"] == "LicenseRef-scancode-llama-3.1-license-2024"
    (lic,) = doc["licenses"]
    assert lic["id"] == "llama3.1" and lic["spdx"] == "LicenseRef-scancode-llama-3.1-license-2024"
    assert lic["family"] == "llama" and lic["osi_approved"] is False and lic["ai_model_license"] is True
    cap = next(o for o in lic["obligations"] if o["kind"] == "user_cap")
    assert cap["threshold"] == 700_000_000 and cap["metric"] == "monthly_active_users"
    assert cap["triggers"] == ["use"] and cap["source"]["section"] and cap["source"]["quote"]


def test_json_or_marks_least_restrictive(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "Apache-2.0 OR MIT", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [a["licenses"] for a in doc["alternatives"] if a["least_restrictive"]] == [["MIT"]]


@pytest.mark.parametrize("arg", ["", "no-such-license-zz", "MIT OR", "((", "\udcff\udcfe"])
def test_bad_input_exits_2_with_one_line(arg: str) -> None:
    proc = run("explain", arg)
    assert proc.returncode == 2
    err = proc.stderr.decode("utf-8", "replace").strip()
    assert err.startswith("openlint: error:") and len(err.splitlines()) == 1
    assert b"Traceback" not in proc.stderr


def test_unknown_license_lists_closest_names() -> None:
    proc = run("explain", "llama 3.1 comunity")
    assert proc.returncode == 2 and b"llama3.1" in proc.stderr


def test_usage_errors_exit_2() -> None:
    assert run().returncode == 2
    assert run("explain", "MIT", "--format", "yaml").returncode == 2
    assert run("frobnicate").returncode == 2


def test_help_does_not_import_heavy_modules() -> None:
    code = (
        "import sys; from openlint.cli.main import build_parser; build_parser().format_help(); "
        "print(sorted(m for m in ('pydantic', 'license_expression', 'openlint.core.catalog') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_check_imports_nothing_only_other_commands_need() -> None:
    """The pre-commit hook's start-up: `check` without --bom/--fix loads no BOM, YAML, Hub, audit or deps code,
    no pydantic (config_validate checks the config), no license-expression (each model's license is one id),
    and no difflib or secrets (suggestions and atomic writes only)."""
    packages = ("openlint.bom.", "openlint.audit")  # the import-free `openlint.bom` itself may load
    modules = ("openlint.cli.bom", "openlint.sources.deps", "openlint.sources.hub", "openlint.openness.sources")
    code = (
        "import io, sys, contextlib; from openlint.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
        f"    main(['check', {str(CLEAN)!r}])\n"
        f"print(sorted(m for m in sys.modules if m.startswith({packages!r}) or m in {modules!r} or m.split('.')[0] in "
        "('yaml', 'spdx_tools', 'huggingface_hub', 'sqlite3', 'jsonschema', 'pydantic', 'pydantic_core', "
        "'license_expression', 'difflib', 'secrets')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def _modules_after_check(project: Path, wanted: tuple[str, ...]) -> list[str]:
    code = (
        "import io, sys, contextlib; from openlint.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
        f"    main(['check', {str(project)!r}])\n"
        f"print(' '.join(sorted(m for m in {wanted!r} if m in sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return out.split()


def test_check_loads_pydantic_only_to_word_a_config_error(tmp_path: Path) -> None:
    """A valid config (with use, regions, use cases, by-month figures and models) is validated in plain
    Python; pydantic and the config and rule-file models load only to report a rejected config."""
    wanted = ("pydantic", "openlint.core.config_models", "openlint.checking.rule_file_model")
    over_cap = CLEAN.parent / "llama-chatbot-over-cap"
    assert _modules_after_check(over_cap, wanted) == []
    (tmp_path / "openlint.toml").write_text("[use]\ncommercial = 'yes'\n", encoding="utf-8")
    assert _modules_after_check(tmp_path, wanted) == ["openlint.core.config_models", "pydantic"]
