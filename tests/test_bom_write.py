"""`openlint bom`: every document it writes is valid against the official schema, deterministic, and
carries the lineage, the declared vs concluded licenses and every obligation."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from bom_schemas import cyclonedx_errors, spdx2_errors, spdx3_errors
from openlint.bom import FORMATS
from openlint.bom.build import build_bom, slug
from openlint.bom.model import Bom, ObligationRecord
from openlint.checking.checker import load_project, run_check
from openlint.cli.bom import created_time, render
from openlint.core.catalog import default_catalog

REPO = Path(__file__).resolve().parents[1]
PROJECTS = REPO / "fixtures" / "projects"
LINEAGE = PROJECTS / "llama-finetune-drift"
FINETUNE = "acme/AcmeSupport-8B"


def bom_of(project: Path, **kwargs: Any) -> Bom:
    if not kwargs:
        return _cached(project)
    config = load_project(project)
    return build_bom(config, run_check(config, use_baseline=False), **kwargs)


@cache
def _cached(project: Path) -> Bom:
    config = load_project(project)
    return build_bom(config, run_check(config, use_baseline=False))


def cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "openlint", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env or os.environ.copy(),
        cwd=cwd,
    )


def errors_of(fmt: str, text: str, tmp_path: Path) -> list[str]:
    if fmt.startswith("cyclonedx-"):
        return cyclonedx_errors(json.loads(text))
    if fmt == "spdx-3.0.1":
        return spdx3_errors(json.loads(text))
    return spdx2_errors(text, ".spdx" if fmt == "spdx-2.3-tv" else ".spdx.json", tmp_path)


@pytest.mark.parametrize("project", sorted(p.name for p in PROJECTS.iterdir() if p.is_dir()))
def test_every_document_is_valid_against_the_official_schema(project: str, tmp_path: Path) -> None:
    bom = bom_of(PROJECTS / project)
    for fmt in FORMATS:
        assert errors_of(fmt, render(fmt, bom), tmp_path) == [], fmt


def test_the_validators_reject_what_the_schemas_forbid(tmp_path: Path) -> None:
    """The validation above can fail: a wrong relationship type or component type is caught."""
    bom = bom_of(LINEAGE)
    spdx3 = json.loads(render("spdx-3.0.1", bom))
    next(e for e in spdx3["@graph"] if e.get("type") == "Relationship")["relationshipType"] = "fineTunedFrom"
    assert spdx3_errors(spdx3)
    cdx = json.loads(render("cyclonedx-1.6", bom))
    cdx["components"][0]["type"] = "model"
    assert cyclonedx_errors(cdx)


def _component(doc: dict[str, Any], name: str) -> dict[str, Any]:
    return next(c for c in doc["components"] if f"{c.get('group', '')}/{c['name']}".lstrip("/") == name)


def _properties(item: dict[str, Any], name: str) -> list[str]:
    return [p["value"] for p in item.get("properties", []) if p["name"] == name]


def test_cyclonedx_lineage_project_carries_cap_phrase_prefix_and_drift() -> None:
    doc = json.loads(render("cyclonedx-1.6", bom_of(LINEAGE)))
    model = _component(doc, FINETUNE)
    assert model["type"] == "machine-learning-model"
    assert model["purl"] == "pkg:huggingface/acme/AcmeSupport-8B"
    declared = [lic["license"] for lic in model["licenses"] if lic["license"]["acknowledgement"] == "declared"]
    concluded = [lic["license"] for lic in model["licenses"] if lic["license"]["acknowledgement"] == "concluded"]
    assert [lic.get("id") for lic in declared] == ["Apache-2.0"]
    assert [lic.get("id") or lic.get("name") for lic in concluded] == [
        "Apache-2.0",
        "LicenseRef-scancode-llama-3.1-license-2024",
    ]
    records = [ObligationRecord.from_json(v) for v in _properties(concluded[1], "openlint:obligation")]
    llama = [r.obligation for r in records if r.license == "llama3.1"]
    # the use policy the license incorporates by reference comes with it, under its own id
    assert [(r.license, r.obligation.kind) for r in records if r.license != "llama3.1"] == [
        ("llama3.1-aup", "acceptable_use")
    ]
    cap = next(o for o in llama if o.kind == "user_cap")
    assert (cap.threshold, cap.metric, cap.triggers) == (700_000_000, "monthly_active_users", ("use",))
    assert cap.source.section == "2"
    assert next(o for o in llama if o.kind == "attribution").text == "Built with Llama"
    assert next(o for o in llama if o.kind == "naming").prefix == "Llama"
    assert len(llama) == len(default_catalog()["llama3.1"].obligations) == 7  # every one of the license
    assert _properties(model, "openlint:drift") == ["acceptable_use,naming,user_cap"]
    (why,) = _properties(model, "openlint:drift-explanation")
    assert "declares apache-2.0" in why and "finetune" in why and "llama3.1" in why
    assert model["pedigree"]["ancestors"][0]["name"] == "./models/llama-3.1-8b-instruct"
    assert _properties(model["pedigree"]["ancestors"][0], "openlint:relation") == ["finetune"]
    dataset_ref = slug("dataset", "HuggingFaceH4/ultrachat_200k")
    assert model["modelCard"]["modelParameters"]["datasets"] == [{"ref": dataset_ref}]
    dataset = next(c for c in doc["components"] if c["bom-ref"] == dataset_ref)
    assert dataset["type"] == "data"
    assert {
        "ref": model["bom-ref"],
        "dependsOn": sorted([dataset_ref, slug("model", "./models/llama-3.1-8b-instruct")]),
    } in doc["dependencies"]
    assert "timestamp" not in doc["metadata"]


def test_spdx3_lineage_project_has_separate_declared_and_concluded_and_obligation_annotations() -> None:
    doc = json.loads(render("spdx-3.0.1", bom_of(LINEAGE)))
    graph = doc["@graph"]
    by_id = {e.get("spdxId"): e for e in graph}
    package = next(e for e in graph if e["type"] == "ai_AIPackage" and e["name"] == FINETUNE)
    rels = [e for e in graph if e["type"] == "Relationship" and e["from"] == package["spdxId"]]
    kinds = {r["relationshipType"]: r for r in rels}
    assert set(kinds) == {"hasDeclaredLicense", "hasConcludedLicense", "descendantOf", "trainedOn"}
    declared = by_id[kinds["hasDeclaredLicense"]["to"][0]]["simplelicensing_licenseExpression"]
    concluded = by_id[kinds["hasConcludedLicense"]["to"][0]]["simplelicensing_licenseExpression"]
    assert (declared, concluded) == ("Apache-2.0", "Apache-2.0 AND LicenseRef-scancode-llama-3.1-license-2024")
    assert "Declared license" in kinds["hasDeclaredLicense"]["comment"]
    assert "Concluded license" in kinds["hasConcludedLicense"]["comment"]
    assert kinds["descendantOf"]["comment"] == "openlint:relation=finetune"
    assert by_id[kinds["trainedOn"]["to"][0]]["type"] == "dataset_DatasetPackage"
    records = [
        ObligationRecord.from_json(e["statement"])
        for e in graph
        if e["type"] == "Annotation" and e.get("contentType", "").startswith("application/vnd.openlint.obligation+json")
    ]
    assert {(r.license, r.obligation.kind) for r in records if r.license == "llama3.1"} >= {
        ("llama3.1", "user_cap"),
        ("llama3.1", "attribution"),
        ("llama3.1", "naming"),
    }
    assert len(records) == 7 + 1 + 5  # llama3.1 (and its use policy) and Apache-2.0, each obligation once
    statements = [e["statement"] for e in graph if e["type"] == "Annotation" and e["subject"] == package["spdxId"]]
    assert "openlint:drift=acceptable_use,naming,user_cap" in statements
    assert any(s.startswith("openlint:drift-explanation=license drift") for s in statements)
    assert next(e for e in graph if e["type"] == "CreationInfo")["created"] == "1970-01-01T00:00:00Z"


def test_custom_license_text_is_carried_with_its_obligations(tmp_path: Path) -> None:
    bom = bom_of(PROJECTS / "custom-license-model")
    (lic,) = bom.licenses.values()
    assert lic.spdx_id == "LicenseRef-text-models-orion-4fca008a" and lic.status == "text"
    assert lic.text is not None and lic.text.startswith("ORION COMMUNITY LICENSE AGREEMENT")
    spdx3 = json.loads(render("spdx-3.0.1", bom))
    texts = [e for e in spdx3["@graph"] if e["type"] == "simplelicensing_SimpleLicensingText"]
    assert len(texts) == 1 and texts[0]["simplelicensing_licenseText"] == lic.text
    concluded = next(
        e
        for e in spdx3["@graph"]
        if e["type"] == "simplelicensing_LicenseExpression" and e["spdxId"].endswith("-concluded")
    )
    assert concluded["simplelicensing_customIdToUri"] == [
        {"type": "DictionaryEntry", "key": "LicenseRef-text-models-orion-4fca008a", "value": texts[0]["spdxId"]}
    ]
    cdx = json.loads(render("cyclonedx-1.7", bom))
    concluded_cdx = [
        lic["license"] for lic in cdx["components"][0]["licenses"] if lic["license"]["acknowledgement"] == "concluded"
    ]
    assert concluded_cdx[0]["text"]["content"] == lic.text
    spdx2 = json.loads(render("spdx-2.3", bom))
    (extracted,) = spdx2["hasExtractedLicensingInfos"]
    assert extracted["licenseId"] == "LicenseRef-text-models-orion-4fca008a" and extracted["extractedText"] == lic.text


def test_output_is_deterministic_and_timestamps_only_when_asked() -> None:
    config = load_project(LINEAGE)
    again = build_bom(config, run_check(config, use_baseline=False))  # built anew, not the cached one
    for fmt in FORMATS:
        assert render(fmt, bom_of(LINEAGE)) == render(fmt, again)
    # the order the check reports models in does not show (17 models, shared bases and datasets)
    many = PROJECTS / "discovery-indirection"
    config = load_project(many)
    report = run_check(config, use_baseline=False)
    assert len(report.models) == 17
    report.models.reverse()
    reversed_bom = build_bom(config, report)
    for fmt in FORMATS:
        assert render(fmt, bom_of(many)) == render(fmt, reversed_bom), fmt
    stamped = json.loads(render("cyclonedx-1.6", bom_of(LINEAGE, created="2026-01-31T12:00:00Z")))
    assert stamped["metadata"]["timestamp"] == "2026-01-31T12:00:00Z"


def test_created_time_from_iso_or_source_date_epoch() -> None:
    assert created_time(None, {}) is None
    assert created_time(None, {"SOURCE_DATE_EPOCH": "86400"}) == "1970-01-02T00:00:00Z"
    assert created_time("SOURCE_DATE_EPOCH", {"SOURCE_DATE_EPOCH": "0"}) == "1970-01-01T00:00:00Z"
    assert created_time("2026-03-01T10:00:00+02:00", {}) == "2026-03-01T08:00:00Z"
    with pytest.raises(ValueError):
        created_time("yesterday", {})
    with pytest.raises(ValueError):
        created_time("SOURCE_DATE_EPOCH", {"SOURCE_DATE_EPOCH": "-5"})


def test_cli_writes_the_file_and_rejects_bad_options(tmp_path: Path) -> None:
    out = tmp_path / "bom.spdx3.json"
    proc = cli("bom", str(LINEAGE), "--format", "spdx-3.0.1", "-o", str(out), "--created", "2026-02-01T00:00:00Z")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert spdx3_errors(doc) == []
    assert next(e for e in doc["@graph"] if e["type"] == "CreationInfo")["created"] == "2026-02-01T00:00:00Z"
    bad = cli("bom", str(LINEAGE), "--format", "cyclonedx-1.5")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "--format must be one of" in bad.stderr
    late = cli("bom", str(LINEAGE), "--created", "not-a-date")
    assert late.returncode == 2 and "Traceback" not in late.stderr


def test_two_processes_with_different_hash_seeds_write_the_same_bytes() -> None:
    """No set order leaks into a document (string hashing differs between processes): under seeds 0 and 1 a
    set of the fine-tune's two dependencies (its base model and its dataset) iterates in opposite orders."""
    outputs = {
        seed: [
            cli("bom", str(LINEAGE), "--format", fmt, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for fmt in FORMATS
        ]
        for seed in ("0", "1")
    }
    assert outputs["0"] == outputs["1"] and all(outputs["0"])


def test_source_date_epoch_is_honoured_by_the_cli() -> None:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1767225600"}
    proc = cli("bom", str(LINEAGE), env=env)
    assert json.loads(proc.stdout)["metadata"]["timestamp"] == "2026-01-01T00:00:00Z"


def test_hashes_only_with_hash_and_only_up_to_the_size_bound(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hashlib

    from openlint.bom import build

    project = tmp_path / "p"
    model = project / "models" / "m"
    model.mkdir(parents=True)
    (project / "openlint.toml").write_text('[[models]]\nid = "acme/m"\npath = "models/m"\n', encoding="utf-8")
    (model / "README.md").write_text("---\nlicense: mit\n---\n", encoding="utf-8")
    (model / "a.safetensors").write_bytes(b"x" * 100)
    (model / "b.safetensors").write_bytes(b"y" * 101)
    (model / "notes.txt").write_bytes(b"z")
    monkeypatch.setattr(build, "HASH_MAX_BYTES", 100)
    assert bom_of(project).components[0].hashes == ()
    hashed = bom_of(project, hashes=True).components[0].hashes
    assert hashed == (("a.safetensors", "SHA-256", hashlib.sha256(b"x" * 100).hexdigest()),)  # b is 1 byte over
    doc = json.loads(render("cyclonedx-1.6", bom_of(project, hashes=True)))
    assert doc["components"][0]["hashes"] == [{"alg": "SHA-256", "content": hashed[0][2]}]
    assert cyclonedx_errors(doc) == []


def test_deps_adds_the_installed_python_distributions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = json.loads(render("cyclonedx-1.6", bom_of(LINEAGE, deps=True)))
    libraries = {c["name"].lower(): c for c in doc["components"] if c["type"] == "library"}
    assert "pydantic" in libraries and libraries["pydantic"]["purl"].startswith("pkg:pypi/pydantic@")
    assert cyclonedx_errors(doc) == []
    # every format, on three distributions (validating a whole environment's SPDX takes minutes)
    from openlint.sources import deps

    three = [
        deps.Dependency("alpha", "1.0", "MIT", "MIT", "License-Expression"),
        deps.Dependency("beta_pkg", "2.1", "Apache 2", "Apache-2.0 OR MIT", "classifiers"),
        deps.Dependency("gamma", "0.1", "custom", None, "License"),
    ]
    monkeypatch.setattr(deps, "installed", lambda names=None: iter(three))
    bom = bom_of(LINEAGE, deps=True)
    assert [(d.purl, d.spdx_license()) for d in bom.dependencies] == [
        ("pkg:pypi/alpha@1.0", "MIT"),
        ("pkg:pypi/beta-pkg@2.1", "Apache-2.0 OR MIT"),
        ("pkg:pypi/gamma@0.1", None),
    ]
    for fmt in FORMATS:
        assert errors_of(fmt, render(fmt, bom), tmp_path) == [], fmt


def test_purl_pins_the_revision_of_the_cache_snapshot(tmp_path: Path) -> None:
    from hf_cache import cache_card

    cache = tmp_path / "hub"
    snapshot = cache_card(cache, "acme/chat-7b", "---\nlicense: llama3.1\n---\n# chat\n")
    project = tmp_path / "p"
    project.mkdir()
    (project / "openlint.toml").write_text('[[models]]\nid = "acme/chat-7b"\n', encoding="utf-8")
    env = {**os.environ, "HF_HUB_CACHE": str(cache), "HF_HUB_OFFLINE": "1"}
    proc = cli("bom", str(project), env=env)
    assert proc.returncode == 0, proc.stderr
    (model,) = json.loads(proc.stdout)["components"]
    assert model["purl"] == f"pkg:huggingface/acme/chat-7b@{snapshot.name}"
    assert model["version"] == snapshot.name


def test_done_means_the_lineage_project_from_the_command_line(tmp_path: Path) -> None:
    """Both documents of docs/bom.md, as the command writes them: schema-valid, with the Llama cap, the
    "Built with Llama" phrase, the name prefix and the drift explanation."""
    for fmt, errors in (("spdx-3.0.1", spdx3_errors), ("cyclonedx-1.6", cyclonedx_errors)):
        proc = cli("bom", str(LINEAGE), "--format", fmt)
        assert proc.returncode == 0, proc.stderr
        assert errors(json.loads(proc.stdout)) == []
        records = [json.loads(r) for r in _obligation_values(json.loads(proc.stdout))]
        llama = {r["kind"]: r["parameters"] for r in records if r["license"] == "llama3.1"}
        cap = llama["user_cap"]
        assert (cap["metric"], cap["threshold"], cap["measured_month"]) == (
            "monthly_active_users",
            700_000_000,
            "2024-06",
        )
        assert llama["attribution"]["text"] == "Built with Llama"
        assert llama["naming"] == {"prefix": "Llama"}
        assert "openlint:drift-explanation" in proc.stdout and "whose terms it cannot drop" in proc.stdout


def _obligation_values(doc: dict[str, Any]) -> list[str]:
    if "@graph" in doc:
        return [
            e["statement"]
            for e in doc["@graph"]
            if e["type"] == "Annotation" and e["contentType"].startswith("application/vnd.openlint.obligation+json")
        ]
    return [
        p["value"]
        for c in doc["components"]
        for lic in c.get("licenses", [])
        for p in lic.get("license", {}).get("properties", [])
        if p["name"] == "openlint:obligation"
    ]


def test_every_obligation_field_survives_the_bom_round_trip() -> None:
    """An `openlint:obligation` value read back is the obligation written: every catalog obligation (which
    together set every parameter, scope, condition and confidence below 1) and a text-read citation."""
    from openlint.core.kinds import PARAMETER_NAMES
    from openlint.core.obligations import Obligation, Source

    cited = Obligation(
        kind="attribution",
        triggers=("distribute", "modify"),
        source=Source(path="models/m/LICENSE", start_line=3, end_line=5, text="Built with Orion"),
        summary="display the phrase",
        scope="hosted products",
        confidence=0.75,
        text="Built with Orion",
    )
    contained = Obligation(  # no catalog entry requires a name anywhere in a derivative's name (a text may)
        kind="naming",
        triggers=("distribute",),
        source=Source(path="models/m/LICENSE", start_line=7, end_line=7, text='must include "Orion" in its name'),
        confidence=0.9,
        contains="Orion",
    )
    text_only = Source(path="models/m/LICENSE", start_line=9, end_line=9, text="read from a text")
    # Parameters only a text sets today: an inclusive cap, a grant limited to places, a hosting ban on any service.
    read = [
        Obligation(
            kind="revenue_cap", triggers=("use",), source=text_only, threshold=10, currency="USD", inclusive=True
        ),
        Obligation(kind="territory", triggers=("use",), source=text_only, allowed=("EU", "JP")),
        Obligation(kind="no_hosting", triggers=("serve",), source=text_only, covers="any-service"),
        # a fixed term: its last day, or a length from acceptance
        Obligation(kind="term_expires", triggers=("use",), source=text_only, date="2025-12-31"),
        Obligation(kind="term_expires", triggers=("use",), source=text_only, duration="P1Y"),
    ]
    records = [
        ObligationRecord("LicenseRef-text-models-orion-4fca008a", cited),
        ObligationRecord("LicenseRef-text-models-orion-4fca008a", contained),
        *(ObligationRecord("LicenseRef-text-models-orion-4fca008a", ob) for ob in read),
    ]
    catalog = default_catalog()
    records += [ObligationRecord(lic, ob) for lic in catalog for ob in catalog[lic].obligations]
    assert [ObligationRecord.from_json(r.to_json()) for r in records] == records
    obligations = [r.obligation for r in records]
    assert {name for ob in obligations for name in ob.parameters()} == set(PARAMETER_NAMES)
    assert all(any(getattr(ob, f) not in (None, 1.0) for ob in obligations) for f in ("conditions", "confidence"))


def test_spdx2_json_is_what_spdx_tools_converter_writes() -> None:
    """The grouped annotation path gives spdx-tools' own JSON form, document-level annotations included."""
    from spdx_tools.spdx.jsonschema.document_converter import DocumentConverter
    from spdx_tools.spdx.model import Annotation, AnnotationType

    from openlint.bom import spdx2

    doc = spdx2.document(bom_of(PROJECTS / "discovery-indirection"))
    first = doc.annotations[0]
    doc.annotations.append(
        Annotation("SPDXRef-DOCUMENT", AnnotationType.REVIEW, first.annotator, first.annotation_date, "reviewed")
    )
    expected = DocumentConverter().convert(doc)
    assert len(expected["annotations"]) == 1 and len(expected["packages"]) > 10
    assert spdx2._json(doc) == expected
