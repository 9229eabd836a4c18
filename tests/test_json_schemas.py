"""The JSON Schemas under schemas/ are current and every command's real output validates against them.

The committed schemas leave objects open (fields may be added within a version); here they are closed, so
that a field a renderer adds without documenting it in the schema fails."""

from __future__ import annotations

import copy
import json
import tomllib
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from openlint import schema_versions
from openlint.cli.main import main
from repo_scripts import load_script

REPO = Path(__file__).resolve().parents[1]
SCHEMAS = REPO / "schemas"
PROJECTS = sorted(p for p in (REPO / "fixtures" / "projects").iterdir() if p.is_dir())
MOT = sorted((REPO / "fixtures" / "openness" / "mot").glob("*.yml"))
LICENSES = sorted(p / "LICENSE" for p in (REPO / "fixtures" / "licenses").iterdir() if (p / "LICENSE").is_file())


def _generator() -> Any:
    return load_script("gen_schemas")


def _closed(schema: Any) -> Any:
    """Every object schema that lists its properties and says nothing else gets additionalProperties false."""
    if isinstance(schema, dict):
        out = {key: _closed(value) for key, value in schema.items()}
        if "properties" in out and "additionalProperties" not in out:
            out["additionalProperties"] = False
        return out
    if isinstance(schema, list):
        return [_closed(item) for item in schema]
    return schema


def _validator(name: str, closed: bool = True) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(_closed(copy.deepcopy(schema)) if closed else schema)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_committed_schemas_are_the_generated_ones() -> None:
    generated = _generator().rendered()
    assert sorted(generated) == sorted(p.name for p in SCHEMAS.glob("*.json"))
    for name, text in generated.items():
        assert (SCHEMAS / name).read_text(encoding="utf-8") == text, f"{name} is stale: python scripts/gen_schemas.py"


@pytest.mark.parametrize("name", sorted(p.name for p in SCHEMAS.glob("*.json")))
def test_schemas_are_valid_draft_2020_12(name: str) -> None:
    jsonschema.Draft202012Validator.check_schema(json.loads((SCHEMAS / name).read_text(encoding="utf-8")))


@pytest.mark.parametrize("project", PROJECTS, ids=lambda p: p.name)
def test_check_json_of_every_fixture_project(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "check", str(project), "--format", "json", "--no-baseline")
    assert code in (0, 1)
    doc = json.loads(out)
    _validator("check.schema.json").validate(doc)
    assert doc["schema_version"] == schema_versions.CHECK == 1


def test_check_schema_rejects_a_wrong_document(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = _run(capsys, "check", str(REPO / "fixtures/projects/llama-chatbot-over-cap"), "--format", "json")
    doc = json.loads(out)
    assert doc["findings"], "the project has findings to corrupt"
    validator = _validator("check.schema.json")
    bad_severity = copy.deepcopy(doc)
    bad_severity["findings"][0]["severity"] = "fatal"
    undocumented = copy.deepcopy(doc)
    undocumented["findings"][0]["surprise"] = 1
    for bad in (bad_severity, undocumented, {**doc, "schema_version": 2}):
        assert not validator.is_valid(bad)
    assert _validator("check.schema.json", closed=False).is_valid(undocumented)  # open for consumers


@pytest.mark.parametrize(
    "query",
    ["MIT", "llama3.1", "Apache-2.0 OR MIT", "gpl", "other", "GPL-2.0-only WITH Classpath-exception-2.0", "0BSD"],
)
def test_explain_json(query: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "explain", query, "--format", "json")
    assert code == 0
    _validator("explain.schema.json").validate(json.loads(out))


def test_explain_json_of_license_files_and_model_directories(capsys: pytest.CaptureFixture[str]) -> None:
    assert len(LICENSES) >= 10
    code, out = _run(capsys, "explain", *map(str, LICENSES), "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert len(doc["documents"]) >= len(LICENSES)
    _validator("explain-files.schema.json").validate(doc)
    model = REPO / "fixtures/projects/custom-license-model/models/orion"
    code, out = _run(capsys, "explain", str(model), "--format", "json")
    doc = json.loads(out)
    assert code == 0 and doc["model_cards"]
    _validator("explain-files.schema.json").validate(doc)
    doc["not_read"] = [{"directory": str(model), "note": "LICENSE is a directory, not a licence file"}]
    _validator("explain-files.schema.json").validate(doc)
    doc["not_read"] = [{"directory": str(model)}]  # a note is required: the field says why
    with pytest.raises(jsonschema.ValidationError):
        _validator("explain-files.schema.json").validate(doc)


def test_openness_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert MOT
    for mof in MOT:
        code, out = _run(capsys, "openness", "--mof", str(mof), "--format", "json")
        assert code == 0
        doc = json.loads(out)
        assert doc["schema_version"] == schema_versions.OPENNESS == 2
        _validator("openness.schema.json").validate(doc)
    model = REPO / "fixtures/projects/llama-finetune-drift/models/support-8b"
    code, out = _run(capsys, "openness", str(model), "--format", "json")
    assert code == 0
    _validator("openness.schema.json").validate(json.loads(out))


@pytest.mark.parametrize("allow", [[], ["--allow", "MIT,Apache-2.0"]])
def test_deps_json(allow: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "deps", "pytest", "jsonschema", *allow, "--format", "json")
    assert code in (0, 1)
    doc = json.loads(out)
    assert len(doc["dependencies"]) == 2
    _validator("deps.schema.json").validate(doc)


@pytest.mark.parametrize(
    "licenses",
    [
        ["cc-by-sa-4.0", "gpl-3.0"],
        ["MIT", "Apache-2.0"],
        ["cc-by-nc-4.0", "gpl-3.0"],
        ["llama3.1", "MIT OR Apache-2.0"],
    ],
)
def test_combine_json(licenses: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "combine", *licenses, "--format", "json")
    assert code in (0, 1)
    doc = json.loads(out)
    assert doc["schema_version"] == schema_versions.COMBINE == 1
    _validator("combine.schema.json").validate(doc)


def test_audit_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "audit.jsonl"
    code = main(["audit", str(REPO / "fixtures" / "projects"), "-j", "1", "-o", str(output)])
    assert code in (0, 1)
    lines = output.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 9  # the model cards of the fixture projects
    validator = _validator("audit-record.schema.json")
    for line in lines:
        record = json.loads(line)
        assert record["schema_version"] == schema_versions.AUDIT == 1
        validator.validate(record)
    assert any("upstream_licenses" in json.loads(line) for line in lines), "a lineage record was validated"


def _configs() -> list[tuple[str, Any]]:
    found = []
    for project in PROJECTS:
        for name in ("openlint.toml", "pyproject.toml"):
            path = project / name
            if path.is_file():
                data = tomllib.loads(path.read_text(encoding="utf-8"))
                section = data.get("tool", {}).get("openlint") if name == "pyproject.toml" else data
                if section is not None:
                    found.append((f"{project.name}/{name}", section))
    return found


def test_every_fixture_config_validates() -> None:
    configs = _configs()
    assert len(configs) >= 10
    validator = _validator("config.schema.json", closed=False)
    for name, section in configs:
        errors = [e.message for e in validator.iter_errors(section)]
        assert not errors, f"{name}: {errors}"


def test_config_schema_rejects_what_the_loader_rejects() -> None:
    validator = _validator("config.schema.json", closed=False)
    assert not validator.is_valid({"fail-on": "fatal"})
    assert not validator.is_valid({"use": {"comercial": True}})  # a typo is an error, as in the loader
    assert validator.is_valid({"fail-on": "warning", "use": {"commercial": True}})
