"""The gate fails closed: a missing path, no config, nothing checked, typos; in the CLI, the API and the Action."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

import openlint
from openlint.cli.action import main as action_main
from openlint.cli.audit import MAX_JOBS
from openlint.cli.main import main
from openlint.errors import ConfigError, ExpressionError, NothingCheckedError, TargetNotFoundError

REPO = Path(__file__).resolve().parents[1]
CHATBOT = REPO / "fixtures" / "projects" / "llama-chatbot-over-cap"
CLEAN = REPO / "fixtures" / "projects" / "clean-apache"
SCHEMA = REPO.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
MISSING = str(REPO / "fixtures" / "projects" / "llama-chatbot-ovr-cap")  # the typo from the issue


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "openlint", *args], capture_output=True, text=True, cwd=cwd, timeout=180
    )


def _project(tmp_path: Path, config: str, name: str = "openlint.toml") -> Path:
    (tmp_path / name).write_text(config, encoding="utf-8")
    return tmp_path


# -- a path that does not exist ------------------------------------------------------------------


def test_missing_path_is_exit_2_one_line() -> None:
    proc = cli("check", MISSING)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and "llama-chatbot-ovr-cap" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_missing_path_api_raises() -> None:
    with pytest.raises(TargetNotFoundError):
        openlint.check("/nonexistent")
    with pytest.raises(openlint.OpenlintError):  # the documented base class catches it
        openlint.load_project("/nonexistent/project")


def test_missing_path_action_fails_and_writes_sarif(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sarif_path, output = tmp_path / "out" / "x.sarif", tmp_path / "output"
    env = {"INPUT_PATH": MISSING, "INPUT_SARIF-FILE": str(sarif_path), "GITHUB_OUTPUT": str(output)}
    assert action_main(env) == 2
    doc = json.loads(sarif_path.read_text(encoding="utf-8"))  # its directory was created
    assert [r["ruleId"] for r in doc["runs"][0]["results"]] == ["openlint-config-error"]
    assert "llama-chatbot-ovr-cap" in doc["runs"][0]["results"][0]["message"]["text"]
    assert "::error title=openlint::" in capsys.readouterr().out
    outputs = dict(line.split("=", 1) for line in output.read_text(encoding="utf-8").splitlines())
    assert outputs["failed"] == "true" and outputs["sarif-file"] == str(sarif_path)


def test_action_config_error_still_writes_valid_sarif(tmp_path: Path) -> None:
    project = _project(tmp_path, "typo-key = 1\n")
    sarif_path = tmp_path / "reports" / "openlint.sarif"
    assert action_main({"INPUT_PATH": str(project), "INPUT_SARIF-FILE": str(sarif_path)}) == 2
    doc = json.loads(sarif_path.read_text(encoding="utf-8"))
    if SCHEMA.is_file():
        jsonschema.validate(doc, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert "typo-key" in doc["runs"][0]["results"][0]["message"]["text"]


def test_action_sarif_that_cannot_be_written_is_exit_2_not_a_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    env = {"INPUT_PATH": str(CLEAN), "INPUT_SARIF-FILE": str(blocker / "x.sarif")}
    assert action_main(env) == 2


# -- no config, misnamed config, nothing found ---------------------------------------------------


def test_empty_directory_notices_and_require_models(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = cli("check", str(empty), "--format", "json")
    assert proc.returncode == 0  # the documented default: a notice, not a failure
    notices = [line for line in proc.stderr.splitlines() if line.startswith("openlint: notice:")]
    assert len(notices) == 2
    doc = json.loads(proc.stdout)  # stdout stays parseable
    assert len(doc["summary"]["notices"]) == 2 and doc["summary"]["models"] == []
    assert main(["check", str(empty), "--require-models"]) == 2


def test_misnamed_config_is_named_in_the_notice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "openlint.yaml").write_text("use:\n  commercial: true\n", encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "openlint.yaml is not read" in err


def test_require_models_api_config_and_env(tmp_path: Path) -> None:
    report = openlint.check(tmp_path)
    assert len(report.notices) == 2
    with pytest.raises(NothingCheckedError):
        openlint.check(tmp_path, require_models=True)
    _project(tmp_path, "require-models = true\n")
    with pytest.raises(NothingCheckedError):
        openlint.check(tmp_path)
    assert openlint.check(tmp_path, require_models=False).models == []
    assert main(["check", str(tmp_path), "--no-require-models"]) == 0


def test_unresolved_models_are_not_checked_models(tmp_path: Path) -> None:
    """Finding a model whose license nobody can read is not checking it: require-models still fails."""
    (tmp_path / "app.py").write_text("from_pretrained('acme/never-cached')\n", encoding="utf-8")
    with pytest.raises(NothingCheckedError, match="1 found, none resolved"):
        openlint.check(tmp_path, require_models=True)
    _project(tmp_path, '[[models]]\nid = "acme/never-cached"\nlicense = "mit"\n')
    assert len(openlint.check(tmp_path, require_models=True).models) == 1


@pytest.mark.parametrize(
    ("config", "card"),
    [
        ('[[models]]\npath = "m"\n', "---\nlicense: other\n---\n# M\n"),
        ('[[models]]\npath = "m"\n', "---\nlicense: unknown\n---\n# M\n"),
        ('[[models]]\nid = "acme/m"\nlicense = "other"\n', None),
    ],
)
def test_other_naming_no_terms_is_not_a_checked_model(tmp_path: Path, config: str, card: str | None) -> None:
    """`other` naming no terms (no name, no text) was counted as a checked model: `--require-models` passed on a
    model whose terms nobody read. It is reported (OL404) and is not counted."""
    _project(tmp_path, config)
    if card is not None:
        (tmp_path / "m").mkdir()
        (tmp_path / "m" / "README.md").write_text(card, encoding="utf-8")
    assert [f.rule for f in openlint.check(tmp_path).findings] == ["OL404"]
    with pytest.raises(NothingCheckedError, match="1 found, none resolved"):
        openlint.check(tmp_path, require_models=True)
    _project(tmp_path, config + '\n[[models]]\nid = "acme/other"\nlicense = "mit"\n')
    assert len(openlint.check(tmp_path, require_models=True).models) == 2  # one checked model is enough


def test_action_requires_models_by_default(tmp_path: Path) -> None:
    sarif_path = tmp_path / "x.sarif"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert action_main({"INPUT_PATH": str(empty), "INPUT_SARIF-FILE": str(sarif_path)}) == 2
    assert "require-models" in sarif_path.read_text(encoding="utf-8")
    env = {"INPUT_PATH": str(empty), "INPUT_SARIF-FILE": str(sarif_path), "INPUT_REQUIRE-MODELS": "false"}
    assert action_main(env) == 0


# -- typos ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ignore", "suggestion"),
    [('"OL1O1"', "OL101"), ('"user-cap-exceded"', "user-cap-exceeded"), ('{ rule = "OL2O1" }', "OL201")],
)
def test_ignore_typos_exit_2_with_closest(tmp_path: Path, ignore: str, suggestion: str) -> None:
    _project(tmp_path, f'ignore = [{ignore}]\n[[models]]\nid = "m"\nlicense = "mit"\n')
    proc = cli("check", str(tmp_path))
    assert proc.returncode == 2 and f"'{suggestion}'" in proc.stderr and "Traceback" not in proc.stderr
    with pytest.raises(ConfigError, match=suggestion):
        openlint.check(tmp_path)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("OL1O1", "OL101"), ("ol2o1", "OL201"), ("OL109", "OL101"), ("OL3O9", "OL301"), ("OL987", None)],
)
def test_closest_rule_code(typed: str, expected: str | None) -> None:
    """O/o for 0 and l/I/i for 1 are the usual slips in a code; a code sharing no digit is not suggested."""
    from openlint.checking.gate import closest

    assert closest(typed, ["OL101", "OL201", "OL301"]) == expected


def test_ignore_flag_typo(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(CHATBOT), "--ignore", "OL999"]) == 2
    assert "unknown rule 'OL999'" in capsys.readouterr().err
    assert main(["check", str(CHATBOT), "--ignore", "OL101", "--ignore", "user-cap-exceeded"]) == 0


@pytest.mark.parametrize(
    ("expression", "fragment"),
    [
        ("MIT WITH Apache-2.0", "is a license, not an exception"),
        ("GPL-2.0-only WITH Foo-exception", "is not a known license exception"),
        ("GPL-2.0-only WITH Classpath-exceptoin-2.0", "Classpath-exception-2.0"),
    ],
)
def test_with_exceptions_are_checked(expression: str, fragment: str, tmp_path: Path) -> None:
    with pytest.raises(ExpressionError, match=fragment):
        openlint.explain(expression)
    proc = cli("explain", expression)
    assert proc.returncode == 2 and fragment in proc.stderr
    _project(tmp_path, f'[[models]]\nid = "m"\nlicense = "{expression}"\n')
    assert main(["check", str(tmp_path)]) == 2


def test_known_with_exception_still_resolves() -> None:
    lic = openlint.explain("GPL-2.0-only WITH Classpath-exception-2.0").licenses[0]
    assert lic.id == "GPL-2.0-only" and lic.exception == "Classpath-exception-2.0"
    assert openlint.explain("Apache-2.0 WITH LLVM-exception").licenses[0].exception == "LLVM-exception"


def test_unknown_license_rule_config_is_exit_2_card_is_ol405(tmp_path: Path) -> None:
    """One rule: a license the config states is input (exit 2); one a model card states is a finding."""
    config = tmp_path / "config"
    config.mkdir()
    _project(config, '[[models]]\nid = "acme/model"\nlicense = "lama3.1"\n')
    proc = cli("check", str(config))
    assert proc.returncode == 2 and "openlint.toml:3" in proc.stderr and "llama3.1" in proc.stderr
    card = REPO / "fixtures" / "rules" / "OL405" / "positive-typo"
    report = openlint.check(card)
    assert [f.rule for f in report.findings if f.rule == "OL405"] == ["OL405"]
    assert report.exit_code() == 1


@pytest.mark.parametrize("jobs", ["-3", "0", str(MAX_JOBS + 1), "two"])
def test_audit_jobs_bounds(jobs: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["audit", str(tmp_path), "-j", jobs])
    assert exc.value.code == 2
    assert "--jobs" in capsys.readouterr().err


def test_audit_jobs_at_the_bounds_are_accepted(tmp_path: Path) -> None:
    # An empty directory: allowed here, so the exit code says the jobs were accepted.
    assert main(["audit", str(tmp_path), "-j", "1", "--no-require-models"]) == 0
    assert main(["audit", str(tmp_path), "-j", str(MAX_JOBS), "--no-require-models"]) == 0


def test_distribution_as_a_string_says_how_to_write_it(tmp_path: Path) -> None:
    _project(tmp_path, '[use]\ndistribution = "saas"\n')
    proc = cli("check", str(tmp_path))
    assert proc.returncode == 2 and 'distribution = ["saas"]' in proc.stderr
    assert "valid tuple" not in proc.stderr


def test_mof_yaml_error_has_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text("framework:\n  name: x\n  bad: [1, 2\nfoo: 1\n", encoding="utf-8")
    proc = cli("openness", "--mof", str(bad))
    assert proc.returncode == 2 and f"{bad}:4:" in proc.stderr


def test_deps_unknown_package_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deps", "doesnotexist"]) == 2
    assert main(["deps", "pydantc"]) == 2
    assert "'pydantic'" in capsys.readouterr().err
    assert main(["deps", "pydantic"]) == 0


def test_openness_on_a_directory_that_is_no_model_repository(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello\n", encoding="utf-8")
    proc = cli("openness", str(tmp_path))
    assert proc.returncode == 2 and "not a model repository" in proc.stderr and proc.stdout == ""


# -- outputs -------------------------------------------------------------------------------------


def test_output_file_keeps_the_summary_on_the_terminal(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    proc = cli("check", str(CHATBOT), "--format", "json", "-o", str(out))
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.startswith("FAIL: 1 error(s)") and str(out) in proc.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["failed"] is True


@pytest.mark.parametrize("cwd", [REPO, REPO / "fixtures", Path("/")])
def test_sarif_uris_are_relative_to_the_repository_whatever_the_cwd(cwd: Path) -> None:
    proc = cli("check", str(CHATBOT), "--format", "sarif", cwd=cwd)
    doc = json.loads(proc.stdout)
    if SCHEMA.is_file():
        jsonschema.validate(doc, json.loads(SCHEMA.read_text(encoding="utf-8")))
    run = doc["runs"][0]
    assert "%SRCROOT%" in run["originalUriBaseIds"]
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in run["results"]]
    assert uris and all(u["uriBaseId"] == "%SRCROOT%" for u in uris)
    assert {u["uri"] for u in uris} <= {
        "fixtures/projects/llama-chatbot-over-cap/pyproject.toml",
        "fixtures/projects/llama-chatbot-over-cap/docs/about.md",
        "fixtures/projects/llama-chatbot-over-cap/NOTICE",
    }
    github = cli("check", str(CHATBOT), "--format", "github", cwd=cwd).stdout
    assert "file=fixtures/projects/llama-chatbot-over-cap/pyproject.toml,line=" in github
    assert "file=/" not in github


def test_sarif_related_locations_for_a_discovered_model(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()  # the repository root
    project = tmp_path / "svc"
    project.mkdir()
    (project / "pyproject.toml").write_text(
        '[tool.openlint.use]\ncommercial = true\ndistribution = ["saas"]\n\n'
        '[[tool.openlint.models]]\nid = "acme/declared"\nlicense = "mit"\n',
        encoding="utf-8",
    )
    (project / "app.py").write_text("import os\nm = from_pretrained(os.getenv('M', 'acme/other'))\n", encoding="utf-8")
    proc = cli("check", str(project), "--format", "sarif", cwd=Path("/"))
    results = json.loads(proc.stdout)["runs"][0]["results"]
    undeclared = next(r for r in results if r["ruleId"] == "OL425")
    location = undeclared["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "svc/app.py" and location["region"]["startLine"] == 2
    overridable = next(r for r in results if r["ruleId"] == "OL426")
    assert overridable["locations"][0]["physicalLocation"]["region"]["startLine"] == 2
    text = cli("check", str(project), cwd=project).stdout
    assert "app.py:2: warning OL425" in text


def test_a_duty_read_from_a_licence_file_points_at_its_line(tmp_path: Path) -> None:
    """A finding on an obligation read from LICENSE relates the line it was read from, not line 1."""
    model = tmp_path / "models" / "m"
    model.mkdir(parents=True)
    (model / "README.md").write_text("---\nlicense: other\nlicense_name: m-terms\n---\n# m\n", encoding="utf-8")
    (model / "LICENSE").write_text(
        "M Model Terms\n\n1. Grant. You may use and modify the model.\n\n"
        "2. Restrictions. You may not use the model or its outputs to train any other large language model.\n",
        encoding="utf-8",
    )
    (tmp_path / "openlint.toml").write_text(
        '[use]\ncommercial = true\ntrains-other-models = true\n\n[[models]]\npath = "models/m"\n', encoding="utf-8"
    )
    results = json.loads(cli("check", str(tmp_path), "--format", "sarif", cwd=tmp_path).stdout)["runs"][0]["results"]
    ban = next(r for r in results if r["ruleId"] == "OL106")
    assert ban["locations"][0]["physicalLocation"]["region"]["startLine"] == 3  # trains-other-models
    related = [
        (x["physicalLocation"]["artifactLocation"]["uri"], x["physicalLocation"]["region"]["startLine"])
        for x in ban["relatedLocations"]
    ]
    assert related == [("models/m/LICENSE", 5)]
    text = cli("check", str(tmp_path), cwd=tmp_path).stdout
    assert "see: models/m/LICENSE:5" in text


# -- integrations --------------------------------------------------------------------------------


def test_action_declares_every_output_it_sets(tmp_path: Path) -> None:
    action = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
    output = tmp_path / "output"
    action_main({"INPUT_PATH": str(CLEAN), "INPUT_SARIF-FILE": str(tmp_path / "x.sarif"), "GITHUB_OUTPUT": str(output)})
    written = {line.split("=", 1)[0] for line in output.read_text(encoding="utf-8").splitlines()}
    assert written == set(action["outputs"]) == {"sarif-file", "blockers", "findings", "checked-models", "failed"}
    for name, spec in action["outputs"].items():
        assert spec["value"] == f"${{{{ steps.check.outputs.{name} }}}}"
    assert set(action["inputs"]) >= {"path", "fail-on", "sarif-file", "exit-zero", "require-models", "python-version"}


def test_action_outputs_count_the_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The chatbot fixture: one blocker among four findings, both models' licenses checked."""
    output, sarif_path = tmp_path / "output", tmp_path / "x.sarif"
    env = {"INPUT_PATH": str(CHATBOT), "INPUT_SARIF-FILE": str(sarif_path), "GITHUB_OUTPUT": str(output)}
    assert action_main(env) == 1
    outputs = dict(line.split("=", 1) for line in output.read_text(encoding="utf-8").splitlines())
    assert outputs == {
        "sarif-file": str(sarif_path),
        "blockers": "1",
        "findings": "4",
        "checked-models": "2",
        "failed": "true",
    }
    assert "::error " in capsys.readouterr().out


@pytest.mark.parametrize(
    ("version", "uses_setup_python", "interpreter"),
    [("3.12", True, "/opt/py/bin/python"), ("", False, "python3"), ("python3.11", False, "python3.11")],
)
def test_action_python_version_input(tmp_path: Path, version: str, uses_setup_python: bool, interpreter: str) -> None:
    """The install step's shell script picks setup-python's interpreter for a version like 3.12."""
    action = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
    setup, install = action["runs"]["steps"][0], action["runs"]["steps"][1]
    assert setup["uses"].startswith("actions/setup-python@")
    condition = setup["if"]
    assert "inputs.python-version != ''" in condition and "startsWith(inputs.python-version, 'python')" in condition
    selects_setup = version != "" and not version.startswith("python") and "/" not in version
    assert selects_setup == uses_setup_python
    script = install["run"].replace('"${{ github.action_path }}"', "openlint").replace('"$PY" -m pip', "echo")
    out = tmp_path / "out"
    env = {"SETUP_PYTHON": "/opt/py/bin/python" if uses_setup_python else "", "PYTHON_INPUT": version}
    subprocess.run(["bash", "-c", script], env={**env, "GITHUB_OUTPUT": str(out)}, check=True, capture_output=True)
    assert out.read_text(encoding="utf-8").strip() == f"interpreter={interpreter}"


@pytest.mark.parametrize(
    ("path", "runs"),
    [
        ("src/app/serve.py", True),
        ("train.py", True),
        ("configs/finetune.yaml", True),
        ("conf/model/llama.yml", True),
        ("models/orion/README.md", True),
        ("README.md", True),
        ("models/orion/LICENSE", True),
        ("pyproject.toml", True),
        ("openlint.toml", True),
        (".openlint-baseline.json", True),
        ("docs/guide.md", False),
        ("src/app/logo.png", False),
    ],
)
def test_pre_commit_files_filter(path: str, runs: bool) -> None:
    import re

    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [h["id"] for h in hooks] == ["openlint", "openlint-strict"]
    assert hooks[1]["entry"] == "openlint check --fail-on note"
    for hook in hooks:
        assert bool(re.search(hook["files"], path)) == runs


def test_license_file_and_metadata() -> None:
    import tomllib

    from openlint import __version__

    assert (REPO / "LICENSE").read_text(encoding="utf-8").lstrip().startswith("Apache License")
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "Apache-2.0"
    assert any(c.startswith("Programming Language :: Python :: 3.12") for c in project["classifiers"])
    assert {"Homepage", "Source", "Issues"} <= set(project["urls"])
    for doc in (REPO / "docs" / "check.md", REPO / "README.md"):
        pins = set(__import__("re").findall(r"(?:rev: |openlint/openlint@)(v[\d.]+)", doc.read_text(encoding="utf-8")))
        assert pins <= {f"v{__version__}"}, f"{doc.name} pins {pins}, the package is {__version__}"


def test_misnamed_config_beside_a_found_one_is_named(tmp_path: Path) -> None:
    _project(tmp_path, '[[models]]\nid = "m"\nlicense = "mit"\n')
    service = tmp_path / "service"
    service.mkdir()
    (service / "openlint.yml").write_text("use: {}\n", encoding="utf-8")
    notices = openlint.check(service).notices
    assert len(notices) == 1 and "openlint.yml is not read" in notices[0]


def test_model_release_without_config_says_so(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("---\nlicense: mit\n---\n# Orion\n", encoding="utf-8")
    (tmp_path / "config.json").write_text("{}", encoding="utf-8")
    report = openlint.check(tmp_path, require_models=True)  # the release itself is the model checked
    assert [m.query for m in report.models] == ["mit"]
    assert len(report.notices) == 1 and "model release" in report.notices[0]


def test_action_summary_and_annotations_carry_notices(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "app.py").write_text("from_pretrained('acme/never-cached')\n", encoding="utf-8")
    summary = tmp_path / "summary.md"
    env = {
        "INPUT_PATH": str(tmp_path),
        "INPUT_SARIF-FILE": str(tmp_path / "x.sarif"),
        "INPUT_REQUIRE-MODELS": "false",
        "GITHUB_STEP_SUMMARY": str(summary),
    }
    assert action_main(env) == 0
    assert summary.read_text(encoding="utf-8").count("> **Notice:**") == 2
    assert capsys.readouterr().out.count("::warning title=openlint::") == 2


def test_sarif_for_a_model_card_outside_the_repository(tmp_path: Path) -> None:
    """A card in the Hugging Face cache is no repository file: the result is placed inside the repository."""
    from hf_cache import cache_card, offline_check

    cache = tmp_path / "hub"
    cache_card(cache, "acme/cached-llama", "---\nlicense: llama3.1\n---\n# A Llama fine-tune\n")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "pyproject.toml").write_text(
        '[tool.openlint.use]\ncommercial = true\n\n[[tool.openlint.models]]\nid = "acme/cached-llama"\n',
        encoding="utf-8",
    )
    proc = offline_check(repo, cache, "--format", "sarif", cwd=tmp_path)
    results = json.loads(proc.stdout)["runs"][0]["results"]
    assert results
    for result in results:
        for place in [*result.get("locations", []), *result.get("relatedLocations", [])]:
            uri = place["physicalLocation"]["artifactLocation"]["uri"]
            assert not uri.startswith("/") and not uri.startswith("..") and (repo / uri).is_file()
    assert all(result.get("locations") for result in results)


@pytest.mark.parametrize(
    ("config", "fragment"),
    [
        ('ignore = ["OL1O1"]\n[[models]]\nid = "m"\nlicense = "mit"\n', "OL101"),
        ('[[models]]\nid = "m"\nlicense = "MIT WITH Apache-2.0"\n', "not an exception"),
        ('[[models]]\nid = "m"\nlicense = "lama3.1"\n', "llama3.1"),
        ('[use]\ndistribution = "saas"\n', 'distribution = [\\"saas\\"]'),
    ],
)
def test_action_typos_fail_with_the_error_in_sarif(tmp_path: Path, config: str, fragment: str) -> None:
    _project(tmp_path, config)
    sarif_path = tmp_path / "x.sarif"
    assert action_main({"INPUT_PATH": str(tmp_path), "INPUT_SARIF-FILE": str(sarif_path)}) == 2
    assert fragment in sarif_path.read_text(encoding="utf-8")


def test_action_reports_an_undeclared_model_at_its_call(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    _project(tmp_path, '[use]\ncommercial = false\n[[models]]\nid = "acme/declared"\nlicense = "mit"\n')
    (tmp_path / "app.py").write_text("\nMODEL = 'google/gemma-2-9b'\nm = from_pretrained(MODEL)\n", encoding="utf-8")
    sarif_path = tmp_path / "x.sarif"
    assert action_main({"INPUT_PATH": str(tmp_path), "INPUT_SARIF-FILE": str(sarif_path)}) == 0  # a warning
    results = json.loads(sarif_path.read_text(encoding="utf-8"))["runs"][0]["results"]
    undeclared = [r for r in results if r["ruleId"] == "OL425"]
    assert len(undeclared) == 1
    place = undeclared[0]["locations"][0]["physicalLocation"]
    assert place["artifactLocation"]["uri"] == "app.py" and place["region"]["startLine"] == 3
