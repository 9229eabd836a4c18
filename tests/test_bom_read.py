"""BOMs in: `check --bom` and `bom --check` read real third-party AI-BOMs (hostile input: bounded, one-line
errors), locate findings at the BOM element, and `bom` -> `check --bom` gives the findings `check` gives."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from conftest import require_shared
from openlint.bom import FORMATS
from openlint.bom.build import build_bom
from openlint.bom.inventory import given_models
from openlint.bom.read import BomError, parse
from openlint.checking.checker import load_project, run_check
from openlint.checking.engine import Report
from openlint.cli.bom import render
from openlint.errors import OpenlintError

REPO = Path(__file__).resolve().parents[1]
PROJECTS = REPO / "fixtures" / "projects"
ROUND_TRIP = sorted(p.name for p in PROJECTS.iterdir() if (p / "expected.json").is_file())


def cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "openlint", *args],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=cwd,
        env=env or os.environ.copy(),
    )


def findings(report: Report) -> list[tuple[Any, ...]]:
    return sorted((f.rule, f.severity, f.model, f.license, f.kind, f.message, f.undecided) for f in report.findings)


@cache
def _project(name: str) -> tuple[Any, Report]:
    config = load_project(PROJECTS / name)
    return config, run_check(config, use_baseline=False)


@pytest.mark.parametrize("project", ROUND_TRIP)
def test_round_trip_bom_then_check_bom_gives_the_same_findings(project: str) -> None:
    config, report = _project(project)
    bom = build_bom(config, report)
    for fmt in FORMATS:
        doc = parse(render(fmt, bom).encode("utf-8"), f"bom.{fmt}")
        again = run_check(config, use_baseline=False, given=given_models([doc], config.root))
        assert findings(again) == findings(report), fmt
        located = {f.location.path for f in again.findings if f.location and "#" in f.location.path}
        assert all(path.startswith(f"bom.{fmt}#/") for path in located)


def test_round_trips_compare_something() -> None:
    """Most example projects have findings located at a model, so the round trips above can fail."""
    with_model_findings = [name for name in ROUND_TRIP if any(f.model for f in _project(name)[1].findings)]
    assert len(with_model_findings) >= 6


def test_round_trip_through_the_hf_cache_with_discovered_models(tmp_path: Path) -> None:
    """The discovery project: models found in code, resolved through the cache, lineage through it."""
    from hf_cache import cache_discovery_lineage, offline_env

    cache = tmp_path / "hub"
    cache_discovery_lineage(cache)
    env = offline_env(cache)
    project = PROJECTS / "discovery-lineage"
    direct = cli("check", str(project), "--format", "json", env=env, cwd=project)
    out = tmp_path / "bom.cdx.json"
    written = cli("bom", str(project), "-o", str(out), env=env, cwd=project)
    assert written.returncode == 0, written.stderr
    via_bom = cli("check", str(project), "--bom", str(out), "--format", "json", env=env, cwd=project)
    assert via_bom.returncode == direct.returncode == 1

    def key(doc: dict[str, Any]) -> list[tuple[Any, ...]]:
        return sorted((f["rule"], f["model"], f["license"], f["kind"], f["message"]) for f in doc["findings"])

    assert key(json.loads(via_bom.stdout)) == key(json.loads(direct.stdout))
    assert ("OL408", "acme/llama-support-ft") in {k[:2] for k in key(json.loads(via_bom.stdout))}
    components = json.loads(out.read_text(encoding="utf-8"))["components"]
    purls = {c.get("purl", "") for c in components}
    assert any(p.startswith("pkg:huggingface/acme/llama-support-ft@") for p in purls)


def test_custom_license_obligations_are_reused_unless_its_text_changed() -> None:
    config, report = _project("custom-license-model")
    doc = json.loads(render("cyclonedx-1.6", build_bom(config, report)))
    concluded = next(
        lic["license"] for lic in doc["components"][0]["licenses"] if lic["license"]["acknowledgement"] == "concluded"
    )

    def check(document: dict[str, Any]) -> set[str]:
        parsed = parse(json.dumps(document).encode("utf-8"), "bom.cdx.json")
        return {
            f.rule for f in run_check(config, use_baseline=False, given=given_models([parsed], config.root)).findings
        }

    assert check(doc) == {f.rule for f in report.findings}
    # Reused, not re-derived: a recorded obligation edited in the BOM is what the check uses.
    for prop in concluded["properties"]:
        if prop["name"] == "openlint:obligation" and '"kind":"territory"' in prop["value"]:
            prop["value"] = prop["value"].replace('"excluded":["EU","GB","KR"]', '"excluded":["KR"]')
    assert "OL105" not in check(doc)
    # The text changed since the obligations were read: they are read again from the new text (which
    # still excludes the United Kingdom, where the project is used).
    concluded["text"]["content"] = concluded["text"]["content"].replace("or South Korea", "or Canada")
    assert "OL105" in check(doc)


def test_every_real_sample_is_read_without_a_crash() -> None:
    corpus = require_shared() / "sbom"
    samples = sorted(corpus.glob("*.json"))
    assert len(samples) == 25
    unreadable = []
    listed = checked = 0
    config = load_project(PROJECTS / "llama-chatbot-over-cap")
    for path in samples:
        try:
            from openlint.bom.read import read_file

            doc = read_file(path)
        except BomError as exc:
            assert "\n" not in str(exc)
            unreadable.append(path.name)
            continue
        listed += len(doc.entries)
        given = given_models([doc])
        assert len(given) <= len(doc.entries)
        report = run_check(config, use_baseline=False, given=given)  # the use check runs on every sample
        assert {f.model for f in report.findings} <= {ml.label for ml, _ in given}
        checked += 1
    # exactly the two samples SOURCES.md records as not JSON
    assert unreadable == [
        "bom-examples-pr50__mlbom-dataset-wikipedia.cdx.json",
        "bom-examples-pr50__mlbom-model-opensource-bert-base-cased.cdx.json",
    ]
    assert listed >= 40 and checked == 23


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "markdown"])
def test_bom_check_reports_a_third_party_boms_statements_in_every_format(fmt: str, tmp_path: Path) -> None:
    sample = require_shared() / "sbom" / "owasp-aibom-generator__meta-llama_Llama-3.1-8B-Instruct.cdx.json"
    (tmp_path / "vendor.cdx.json").write_bytes(sample.read_bytes())  # SARIF locates files inside the repository
    proc = cli("bom", "--check", "vendor.cdx.json", "--format", fmt, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr  # a warning does not fail at fail-on error
    assert "OL501" in proc.stdout and "#/components/0" in proc.stdout
    if fmt == "json":
        (finding,) = json.loads(proc.stdout)["findings"]
        assert (finding["rule"], finding["model"], finding["license"]) == (
            "OL501",
            "meta-llama/Llama-3.1-8B-Instruct",
            "llama3.1",
        )
        assert finding["location"]["path"].endswith("#/components/0")
    if fmt == "sarif":
        (result,) = json.loads(proc.stdout)["runs"][0]["results"]
        assert result["ruleId"] == "OL501"
        assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "vendor.cdx.json#/components/0"


def _cdx(*components: dict[str, Any]) -> str:
    return json.dumps({"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "components": list(components)})


def test_bom_check_finds_missing_other_drift_and_missing_obligations(tmp_path: Path) -> None:
    bom = tmp_path / "third.cdx.json"
    bom.write_text(
        _cdx(
            {"type": "machine-learning-model", "name": "acme/nolicense"},
            {"type": "machine-learning-model", "name": "acme/other", "licenses": [{"license": {"name": "other"}}]},
            {
                "type": "machine-learning-model",
                "name": "acme/drifted",
                "licenses": [{"license": {"id": "Apache-2.0"}}],
                "pedigree": {
                    "ancestors": [
                        {
                            "type": "machine-learning-model",
                            "name": "meta-llama/Llama-3.1-8B",
                            "licenses": [{"license": {"name": "llama3.1"}}],
                        }
                    ]
                },
            },
            {"type": "library", "name": "requests", "licenses": [{"license": {"id": "Apache-2.0"}}]},
        ),
        encoding="utf-8",
    )
    proc = cli("bom", "--check", str(bom), "--format", "json", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    got = sorted(
        (f["rule"], f["model"], f["location"]["path"].rsplit("#", 1)[1]) for f in json.loads(proc.stdout)["findings"]
    )
    assert got == [
        ("OL401", "acme/nolicense", "/components/0"),
        ("OL404", "acme/other", "/components/1"),
        ("OL408", "acme/drifted", "/components/2"),
        ("OL501", "acme/drifted", "/components/2"),
    ]


def test_an_openlint_bom_records_every_obligation(tmp_path: Path) -> None:
    out = tmp_path / "bom.spdx3.json"
    assert cli("bom", str(PROJECTS / "wrong-derivative-name"), "--format", "spdx-3.0.1", "-o", str(out)).returncode == 0
    proc = cli("bom", "--check", str(out), "--format", "json", cwd=tmp_path)
    rules = sorted(f["rule"] for f in json.loads(proc.stdout)["findings"])
    # the base model is not in the (empty) cache, but its meta-llama id is known offline (rules/known-models.toml)
    assert "OL501" not in rules and rules == []


def test_check_bom_runs_the_use_check_on_a_third_party_bom(tmp_path: Path) -> None:
    sample = require_shared() / "sbom" / "owasp-aibom-generator__meta-llama_Llama-3.1-8B-Instruct.cdx.json"
    (tmp_path / "openlint.toml").write_text(
        '[use]\ncommercial = true\nmonthly-active-users-by-month = { "2024-06" = 800_000_000 }\n'
        'distribution = ["saas"]\n',
        encoding="utf-8",
    )
    proc = cli("check", str(tmp_path), "--bom", str(sample), "--format", "json", cwd=tmp_path)
    doc = json.loads(proc.stdout)
    cap = [f for f in doc["findings"] if f["rule"] == "OL101"]
    assert len(cap) == 1 and cap[0]["model"] == "meta-llama/Llama-3.1-8B-Instruct" and proc.returncode == 1


HOSTILE: list[tuple[str, bytes]] = [
    ("not-json", b"{ this is not json"),
    ("deep", b"[" * 200_000 + b"]" * 200_000),
    ("array", b"[1, 2, 3]"),
    ("binary", b"\xff\xfe\x00\x01" * 100),
    ("unknown-version", b'{"bomFormat": "CycloneDX", "specVersion": "9.9"}'),
    ("tag-value-garbage", b"SPDXVersion: SPDX-2.3\nPackageName: \x00\nLicenseConcluded: ((((\n"),
]


@pytest.mark.parametrize(("name", "raw"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_documents_are_one_line_errors(name: str, raw: bytes, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.json"
    path.write_bytes(raw)
    proc = cli("check", str(tmp_path), "--bom", str(path), cwd=tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1 and str(path) in proc.stderr


def test_wrong_types_everywhere_are_skipped_or_reported_not_crashes() -> None:
    raw = json.dumps(
        {
            "bomFormat": "CycloneDX",
            "specVersion": "1.6",
            "metadata": "x",
            "components": [
                5,
                {"type": "machine-learning-model", "name": ["x"]},
                {"type": "machine-learning-model", "name": "ok/model", "licenses": "MIT", "pedigree": []},
                {
                    "type": "machine-learning-model",
                    "name": "ok/other",
                    "licenses": [
                        {"license": {"name": 7, "properties": [{"name": "openlint:obligation", "value": "{bad"}]}}
                    ],
                    "properties": [{"name": "openlint:facts", "value": "[1"}],
                },
                {
                    "type": "machine-learning-model",
                    "name": "ok/third",
                    "licenses": [
                        {
                            "license": {
                                "id": "MIT",
                                "properties": [
                                    {
                                        "name": "openlint:obligation",
                                        "value": json.dumps(
                                            {
                                                "license": "MIT",
                                                "kind": "user_cap",
                                                "triggers": ["use"],
                                                "parameters": {"threshold": "lots", "metric": "monthly_active_users"},
                                                "citation": {"section": "1", "quote": "q"},
                                            }
                                        ),
                                    }
                                ],
                            }
                        }
                    ],
                },
            ],
        }
    ).encode()
    doc = parse(raw, "hostile.cdx.json")
    assert [e.name for e in doc.entries] == ["ok/model", "ok/other", "ok/third"]
    assert len(doc.problems) == 3  # the two unreadable obligations and the unreadable facts
    # a check without them could pass on what it did not read: the document is refused, in one line
    with pytest.raises(BomError, match=r"^hostile.cdx.json: /components/3/licenses/0: .* \(and 2 more\)$"):
        given_models([doc])
    doc.problems.clear()
    given = given_models([doc])
    assert [ml.query for ml, _ in given] == [None, None, "MIT"]


@pytest.mark.parametrize("depth", [16, 17])
def test_an_openlint_bom_whose_model_facts_are_unreadable_is_refused(depth: int, tmp_path: Path) -> None:
    """Not skipped as a lineage-only entry (the gate passed on zero models), nor a traceback (a value nested
    950 deep, which json accepts, overflowed the output escaper): 17 levels are refused, 16 read."""
    facts = {"lineage_edges": [], "x": json.loads("[" * (depth - 1) + "]" * (depth - 1))}
    doc = {
        "bomFormat": "CycloneDX",
        "specVersion": "1.6",
        "metadata": {"properties": [{"name": "openlint:vocabulary", "value": "1"}]},
        "components": [
            {
                "type": "machine-learning-model",
                "name": "acme/m",
                "licenses": [{"expression": "MIT"}],
                "properties": [
                    {"name": "openlint:concluded-license", "value": "MIT"},
                    {"name": "openlint:facts", "value": json.dumps(facts)},
                ],
            }
        ],
    }
    path = tmp_path / "bom.cdx.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    proc = cli("check", str(tmp_path), "--bom", str(path), "--format", "json", cwd=tmp_path)
    if depth == 16:
        assert proc.returncode == 0 and [m["model"] for m in json.loads(proc.stdout)["summary"]["models"]] == [
            "acme/m"
        ], proc.stderr
    else:
        assert proc.returncode == 2 and proc.stderr.count("\n") == 1, proc.stderr
        assert "bom.cdx.json: /components/0: unreadable openlint:facts" in proc.stderr


def test_a_bom_over_the_size_cap_or_not_a_regular_file_is_refused(tmp_path: Path) -> None:
    from openlint.bom.read import read_file

    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(OpenlintError):
        read_file(fifo)
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(16_000_001)
    with pytest.raises(OpenlintError):
        read_file(big)


def test_a_tag_value_document_over_its_cap_is_refused_before_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    from openlint.bom import read

    monkeypatch.setattr(read, "MAX_TAG_VALUE_BYTES", 100)
    head = b"SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\n"
    with pytest.raises(BomError, match="tag-value documents over"):
        parse(head + b"#" * (101 - len(head)), "big.spdx")
    with pytest.raises(BomError, match="not a valid SPDX tag-value document"):
        parse(head + b"#" * (100 - len(head)), "small.spdx")  # at the cap: parsed (and found wanting)


def test_nested_cyclonedx_components_are_read_with_their_pointer() -> None:
    raw = _cdx(
        {
            "type": "application",
            "name": "app",
            "components": [
                {"type": "machine-learning-model", "name": "acme/inner", "licenses": [{"expression": "MIT"}]}
            ],
        }
    ).encode()
    (entry,) = parse(raw, "nested.cdx.json").entries
    assert (entry.name, entry.pointer) == ("acme/inner", "/components/0/components/0")


def test_check_without_bom_loads_no_bom_reader_writer_or_spdx_tools() -> None:
    """`check` runs in a pre-commit hook: of the BOM code only the import-free package (its format list) loads."""
    code = "import sys; from openlint.cli.main import main; main(['check', sys.argv[1], '--format', 'json']); "
    probe = (
        "import atexit, sys; atexit.register(lambda: print(sorted(m for m in sys.modules "
        "if m.startswith(('openlint.bom', 'spdx_tools')))))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe + "\n" + code, str(PROJECTS / "clean-apache")],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.stdout.strip().splitlines()[-1] == "['openlint.bom']", proc.stderr


def test_spdx3_concluded_expression_picks_up_each_named_license_element_once() -> None:
    graph: list[dict[str, Any]] = []
    for i in range(3):
        graph.append(
            {
                "type": "simplelicensing_LicenseExpression",
                "spdxId": f"L{i}",
                "simplelicensing_licenseExpression": f"LicenseRef-x{i}",
            }
        )
        graph.append({"type": "Annotation", "subject": f"L{i}", "statement": f"openlint:license-id=LicenseRef-x{i}"})
    graph.append(
        {
            "type": "simplelicensing_LicenseExpression",
            "spdxId": "C",
            "simplelicensing_licenseExpression": "LicenseRef-x2 AND (LicenseRef-x0)",
        }
    )
    graph.append({"type": "ai_AIPackage", "spdxId": "P", "name": "acme/m"})
    graph.append({"type": "Relationship", "from": "P", "relationshipType": "hasConcludedLicense", "to": ["C"]})
    (entry,) = parse(json.dumps({"@context": "x", "@graph": graph}).encode(), "m.spdx3.json").entries
    assert [(s.value, s.openlint_id) for s in entry.licenses] == [
        ("LicenseRef-x2 AND (LicenseRef-x0)", None),
        ("LicenseRef-x0", "LicenseRef-x0"),
        ("LicenseRef-x2", "LicenseRef-x2"),
    ]


def test_nested_cyclonedx_components_are_read_to_depth_8_and_no_deeper() -> None:
    from openlint.bom.read_cyclonedx import MAX_DEPTH

    inner: dict[str, Any] = {"type": "machine-learning-model", "name": "acme/depth-11"}
    for depth in range(10, -1, -1):
        inner = {"type": "machine-learning-model", "name": f"acme/depth-{depth}", "components": [inner]}
    entries = parse(_cdx(inner).encode(), "deep.cdx.json").entries
    assert MAX_DEPTH == 8 and [e.name for e in entries] == [f"acme/depth-{d}" for d in range(9)]
    assert entries[-1].pointer == "/components/0" + "/components/0" * 8
