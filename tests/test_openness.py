"""Openness verdicts: the well-known cases, MOF classes, license inheritance, unknown stays unknown."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from hf_cache import cache_repo
from openlint.core.mof_components import COMPONENTS, required_for
from openlint.openness.classify import classify
from openlint.openness.mot import load_mot, release_from_mot
from openlint.openness.repo import release_from_repo


def mot(corpus: Path, name: str) -> Path:
    return corpus / "openness" / "mot" / "models" / f"{name}.yml"


@pytest.mark.parametrize(
    ("name", "category", "osaid"),
    [
        ("OLMo-7B", "open-source-ai", "yes"),
        ("OLMo-1B-hf", "open-source-ai", "yes"),
        ("Pythia-6.9B", "open-source-ai", "yes"),
        ("Llama-2-7B", "restricted-weights", "no"),
        ("Meta-Llama-3-8B-Instruct", "restricted-weights", "no"),
        ("Llama-3.1-8B-Instruct", "restricted-weights", "no"),
        ("CodeGemma-7B", "restricted-weights", "no"),
        # A 3-component stub record: silent about code and data, so OSAID cannot be decided from it.
        ("Mistral-7B-v0.1", "open-weights", "unknown"),
        ("Mixtral-8x7B-v0.1", "open-weights", "no"),
        ("BLOOM", "restricted-weights", "no"),
    ],
)
def test_well_known_cases(corpus: Path, name: str, category: str, osaid: str) -> None:
    verdict = classify(load_mot(mot(corpus, name)))
    assert (verdict.category, verdict.osaid) == (category, osaid)


def test_bloom_has_open_parts_but_rail_terms(corpus: Path) -> None:
    verdict = classify(load_mot(mot(corpus, "BLOOM")))
    weights = verdict.release.get("Model parameters (Final)")
    assert weights.judgment.verdict == "not-open" and "flow_down" in weights.judgment.reason


def test_every_mot_file_classifies(corpus: Path) -> None:
    """The corpus counts docs/openness.md's Validation table gives (in-sample: see there)."""
    files = sorted((corpus / "openness" / "mot" / "models").glob("*.yml"))
    assert len(files) == 273
    verdicts = [classify(load_mot(path)) for path in files]
    assert Counter(v.category for v in verdicts) == {
        "closed": 10,
        "insufficient-evidence": 86,
        "restricted-weights": 40,
        "open-weights": 65,
        "unknown": 54,
        "open-source-ai": 18,
    }
    assert Counter(v.osaid for v in verdicts) == {"yes": 18, "no": 151, "unknown": 104}
    assert Counter(v.mof_class for v in verdicts if v.mof_class) == {1: 14, 2: 1, 3: 16}


def release(
    components: dict[str, str | None], distribution: str | None = "Apache-2.0", **licenses: str
) -> dict[str, Any]:
    lic: dict[str, Any] = {"distribution": {"name": distribution}}
    lic.update({k: {"name": v} for k, v in licenses.items()})
    items = [{"name": n, **({"license": v} if v else {})} for n, v in components.items()]
    return {"release": {"name": "test", "license": lic, "components": items}}


def test_mof_classes_are_cumulative() -> None:
    class3 = {name: None for name in required_for(3)}
    assert classify(release_from_mot(release(class3, document="CC-BY-4.0"), "x")).mof_class == 3
    class2 = {name: None for name in required_for(2)}
    assert classify(release_from_mot(release(class2, document="CC-BY-4.0"), "x")).mof_class == 2
    class1 = {name: None for name in required_for(1)}
    verdict = classify(release_from_mot(release(class1, document="CC-BY-4.0", data="CDLA-Permissive-2.0"), "x"))
    assert verdict.mof_class == 1 and verdict.osaid == "yes" and verdict.category == "open-source-ai"


def test_research_paper_stands_in_for_technical_report() -> None:
    names = [n for n in required_for(3) if n != "Technical report"] + ["Research paper"]
    verdict = classify(release_from_mot(release(dict.fromkeys(names), document="CC-BY-4.0"), "x"))
    assert verdict.mof_class == 3


def test_license_inheritance_and_unlicensed() -> None:
    data = release({"Training code": None, "Model card": "unlicensed", "Model parameters (Final)": None}, code="MIT")
    rel = release_from_mot(data, "x")
    assert rel.get("Training code").license_name == "MIT"
    assert rel.get("Model parameters (Final)").license_name == "Apache-2.0"
    # A form's 'unlicensed' is its blank value: read as "no license stated" unless asked otherwise.
    assert rel.get("Model card").judgment.verdict == "unknown"
    assert rel.get("Datasets").released == "unknown"  # a 3-component stub says nothing of the rest
    strict = release_from_mot(data, "x", unlicensed="all-rights-reserved")
    assert strict.get("Model card").judgment.verdict == "unlicensed"


def test_unknown_license_is_unknown_not_closed() -> None:
    data = release({"Model parameters (Final)": "Zorblax Model License"}, distribution=None)
    verdict = classify(release_from_mot(data, "x"))
    assert verdict.category == "unknown"


def test_license_fit_warning() -> None:
    data = release({"Datasets": "Apache-2.0", "Model parameters (Final)": None})
    comp = release_from_mot(data, "x").get("Datasets")
    assert comp.judgment.verdict == "open" and comp.judgment.warning


def test_repository_evidence(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(
        "---\nlicense: apache-2.0\n---\n# M\nSee https://arxiv.org/abs/2402.00838\n", encoding="utf-8"
    )
    (tmp_path / "model.safetensors").write_bytes(b"\0")
    (tmp_path / "config.json").write_text("{}", encoding="utf-8")
    (tmp_path / "train.py").write_text("# training\n", encoding="utf-8")
    verdict = classify(release_from_repo(tmp_path))
    assert verdict.release.get("Model parameters (Final)").open
    assert verdict.release.get("Training code").open
    assert verdict.release.get("Research paper").released == "yes"
    assert verdict.category == "open-weights"
    assert verdict.release.get("Datasets").released == "unknown"


@pytest.mark.parametrize("weights", ["model.pth", "tf_model.h5", "params.npz", "sub/model.gguf"])
def test_weights_in_any_format_the_discovery_knows(tmp_path: Path, weights: str) -> None:
    (tmp_path / "README.md").write_text("---\nlicense: apache-2.0\n---\n# M\n", encoding="utf-8")
    (tmp_path / weights).parent.mkdir(exist_ok=True)
    (tmp_path / weights).write_bytes(b"\0")
    assert classify(release_from_repo(tmp_path)).release.get("Model parameters (Final)").released == "yes"


def test_restricted_repository(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("---\nlicense: llama3.1\n---\n# Fine-tune\n", encoding="utf-8")
    (tmp_path / "model.safetensors").write_bytes(b"\0")
    assert classify(release_from_repo(tmp_path)).category == "restricted-weights"


def test_cli(corpus: Path, tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "openlint", "openness", "--mof", str(mot(corpus, "OLMo-7B")), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0
    doc = json.loads(proc.stdout)
    assert doc["schema_version"] == 2
    (rel,) = doc["releases"]
    assert rel["category"] == "open-source-ai" and rel["osaid"]["conformant"] == "yes"
    assert len(rel["components"]) == len(COMPONENTS)
    bad = subprocess.run(
        [sys.executable, "-m", "openlint", "openness", str(tmp_path / "missing")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_hub_id_from_the_real_cache_layout(tmp_path: Path) -> None:
    """A cache built the way huggingface_hub lays it out: refs/main -> snapshots/<commit> -> blobs."""
    import os

    cache = tmp_path / "hub"
    files = {
        "README.md": b"---\nlicense: llama3.1\nbase_model: meta-llama/Llama-3.1-8B\n---\n# ft\n",
        "model.safetensors": b"\0" * 16,
        "config.json": b"{}",
    }
    cache_repo(cache, "acme/tiny-llama-ft", files)
    env = {**os.environ, "HF_HUB_CACHE": str(cache), "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "openlint", "openness", "acme/tiny-llama-ft", "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["releases"][0]["category"] == "restricted-weights"
    missing = subprocess.run(
        [sys.executable, "-m", "openlint", "openness", "acme/not-cached"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert missing.returncode == 2 and "not in the local Hugging Face cache" in missing.stderr


def _openness(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "openlint", "openness", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


OPEN_RELEASE = """
[release]
license = "Apache-2.0"
data-license = "CC-BY-4.0"
document-license = "CC-BY-4.0"
components = [
  {name = "training code", location = "https://github.com/acme/train"},
  {name = "datasets", location = "https://huggingface.co/datasets/acme/pile"},
  {name = "data preprocessing code"},
  {name = "evaluation code"},
  {name = "inference code"},
  {name = "evaluation data"},
  {name = "data card"},
  {name = "technical report"},
  {name = "evaluation results"},
  {name = "intermediate parameters", released = false},
]
"""


def test_declared_components_in_the_repository(tmp_path: Path) -> None:
    """What the card cannot say is declared in the repository's own openlint.toml, and cited."""
    (tmp_path / "README.md").write_text("---\nlicense: apache-2.0\n---\n# M\n", encoding="utf-8")
    (tmp_path / "model.safetensors").write_bytes(b"\0")
    (tmp_path / "config.json").write_text("{}", encoding="utf-8")
    (tmp_path / "openlint.toml").write_text(OPEN_RELEASE, encoding="utf-8")
    proc = _openness(str(tmp_path), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    (rel,) = json.loads(proc.stdout)["releases"]
    assert rel["category"] == "open-source-ai"
    by_name = {c["name"]: c for c in rel["components"]}
    assert by_name["Training code"]["location"] == "https://github.com/acme/train"
    assert "openlint.toml" in by_name["Training code"]["evidence"]
    assert by_name["Datasets"]["license"] == "CC-BY-4.0"
    assert by_name["Model parameters (Intermediate)"]["released"] == "no"


def test_parent_project_config_is_not_the_model_s_declaration(tmp_path: Path) -> None:
    """A project's openlint.toml describes the project, not every model directory under it."""
    (tmp_path / "openlint.toml").write_text(OPEN_RELEASE, encoding="utf-8")
    model = tmp_path / "models" / "m"
    model.mkdir(parents=True)
    (model / "README.md").write_text("---\nlicense: apache-2.0\n---\n# M\n", encoding="utf-8")
    (model / "model.safetensors").write_bytes(b"\0")
    (model / "config.json").write_text("{}", encoding="utf-8")
    proc = _openness(str(model), "--format", "json")
    assert json.loads(proc.stdout)["releases"][0]["category"] == "open-weights"
    explicit = _openness(str(model), "--config", str(tmp_path / "openlint.toml"), "--format", "json")
    assert json.loads(explicit.stdout)["releases"][0]["category"] == "open-source-ai"
    missing = _openness(str(model), "--config", str(tmp_path / "nope.toml"))
    assert missing.returncode == 2 and "config file not found" in missing.stderr
    (tmp_path / "bad.toml").write_text('[release]\ncomponents = [{name = "weights2"}]\n', encoding="utf-8")
    bad = _openness(str(model), "--config", str(tmp_path / "bad.toml"))
    assert bad.returncode == 2 and "unknown component" in bad.stderr and "Traceback" not in bad.stderr


def test_open_tag_beside_a_restricted_license_file(tmp_path: Path, corpus: Path) -> None:
    """The card says apache-2.0, the LICENSE file shipped with the weights is Llama's: the file wins."""
    llama = next((corpus / "licenses" / "ai").glob("llama3.1-community.txt"))
    (tmp_path / "README.md").write_text("---\nlicense: apache-2.0\n---\n# ft\n", encoding="utf-8")
    (tmp_path / "LICENSE").write_text(llama.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "model.safetensors").write_bytes(b"\0")
    release = release_from_repo(tmp_path)
    assert release.mislabelled is not None and "apache-2.0" in release.mislabelled
    assert classify(release).category == "restricted-weights"


def test_online_is_refused_cleanly_in_offline_mode(tmp_path: Path) -> None:
    """--online with the Hub unreachable (HF_HUB_OFFLINE) is a one-line error, not a traceback."""
    import os

    env = {**os.environ, "HF_HUB_CACHE": str(tmp_path), "HF_HUB_OFFLINE": "1"}
    proc = _openness("acme/anything", "--online", env=env)
    assert proc.returncode == 2, proc.stderr
    assert "cannot read from the Hugging Face Hub" in proc.stderr and "Traceback" not in proc.stderr
    not_an_id = _openness("no-such-dir", env=env)
    assert not_an_id.returncode == 2 and "not a Hub id" in not_an_id.stderr
