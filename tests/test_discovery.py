"""Discovery (ast and configs, never importing the project), the local HF cache, and lineage."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from gguf_writer import gguf
from hf_cache import discovery_lineage_cache
from openlint.discovery.python_ast import references_in_source
from openlint.discovery.scan import discover

REPO = Path(__file__).resolve().parents[1]
PROJECT = REPO / "fixtures" / "projects" / "discovery-lineage"


def test_ast_finds_literal_names_and_flags_dynamic_ones() -> None:
    source = (
        "import os\nfrom transformers import pipeline, AutoModel\n"
        "a = AutoModel.from_pretrained('org/a')\n"
        "b = pipeline('text-generation', model='org/b')\n"
        "c = pipeline('sentiment-analysis')\n"
        "d = hf_hub_download(repo_id='org/d', filename='x')\n"
        "e = vllm.LLM(model='org/e')\n"
        "f = AutoModel.from_pretrained(os.environ['M'])\n"
        "g = load_dataset('org/data')\n"
        "h = DiffusionPipeline.from_pretrained('org/h')\n"
        "raise SystemExit('never executed')\n"
    )
    refs = list(references_in_source(source, "x.py"))
    assert [(r.kind, r.name, r.line) for r in refs] == [
        ("model", "org/a", 3),
        ("model", "org/b", 4),
        ("model", "org/d", 6),
        ("model", "org/e", 7),
        ("model", None, 8),
        ("dataset", "org/data", 9),
        ("model", "org/h", 10),
    ]


def test_project_discovery_with_file_and_line() -> None:
    refs = discover(PROJECT)
    found = {(r.kind, r.name, r.path, r.line) for r in refs}
    assert ("model", "acme/llama-support-ft", "src/serve.py", 8) in found
    assert ("model", "sentence-transformers/all-MiniLM-L6-v2", "src/serve.py", 10) in found
    assert ("dataset", "HuggingFaceH4/ultrachat_200k", "configs/finetune.yaml", 2) in found
    assert ("model", "meta-llama/Llama-3.1-8B-Instruct", "configs/finetune.yaml", 1) in found
    assert len(refs) == 4  # each model once, at its first mention
    for ref in refs:  # every location really names it
        assert ref.name in (PROJECT / ref.path).read_text(encoding="utf-8").splitlines()[ref.line - 1]


def test_offline_check_resolves_through_the_cache_and_lineage(tmp_path: Path) -> None:
    cache = tmp_path / "hub"
    env = discovery_lineage_cache(cache)
    proc = subprocess.run(
        [sys.executable, "-m", "openlint", "check", str(PROJECT), "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=PROJECT,
    )
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    models = {m["model"]: m for m in doc["summary"]["models"]}
    assert set(models) == {
        "acme/llama-support-ft",
        "sentence-transformers/all-MiniLM-L6-v2",
        "meta-llama/Llama-3.1-8B-Instruct",
        "dataset HuggingFaceH4/ultrachat_200k",
    }
    assert "llama3.1" in models["acme/llama-support-ft"]["licenses"]  # inherited through the lineage
    rules = {(f["rule"], f["model"]) for f in doc["findings"] if not f["undecided"]}
    assert ("OL408", "acme/llama-support-ft") in rules  # apache-2.0 on a Llama fine-tune: drift
    assert ("OL108", "acme/llama-support-ft") in rules  # "AcmeSupport-8B" lacks the "Llama" prefix
    assert not any(f["rule"] == "OL406" for f in doc["findings"])  # every model resolved offline


def test_without_the_cache_models_are_reported_unresolved(tmp_path: Path) -> None:
    env = {**os.environ, "HF_HUB_CACHE": str(tmp_path / "empty"), "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "openlint", "check", str(PROJECT), "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=PROJECT,
    )
    doc = json.loads(proc.stdout)
    unresolved = {f["model"] for f in doc["findings"] if f["rule"] == "OL406"}
    assert len(unresolved) == 4
    locations = {f["location"]["path"] for f in doc["findings"] if f["rule"] == "OL406"}
    assert locations <= {"src/serve.py", "src/train.py", "configs/finetune.yaml"}


def test_local_model_directories_are_found_without_code_naming_them(tmp_path: Path) -> None:
    """A folder with a card beside weights or a model config, or a GGUF file alone, is a model the
    project ships or uses; the project root itself is not (it is checked as a release instead)."""
    project = tmp_path / "app"
    (project / "src").mkdir(parents=True)
    (project / "src" / "serve.py").write_text(
        "from transformers import AutoModel\nm = AutoModel.from_pretrained('./models/orion')\n", encoding="utf-8"
    )
    orion = project / "models" / "orion"
    orion.mkdir(parents=True)
    (orion / "README.md").write_text("---\nlicense: llama3.1\n---\n# Orion\n", encoding="utf-8")
    (orion / "config.json").write_text("{}", encoding="utf-8")
    phi = project / "models" / "phi"
    phi.mkdir()
    (phi / "phi-3-mini.Q4_K_M.gguf").write_bytes(gguf([("general.architecture", "phi3"), ("general.license", "mit")]))
    notes = project / "docs" / "notes"
    notes.mkdir(parents=True)
    (notes / "README.md").write_text("# Just notes\n", encoding="utf-8")

    refs = {(r.name, r.path, r.how) for r in discover(project)}
    assert refs == {
        ("./models/orion", "src/serve.py", "from_pretrained()"),  # named in code: reported there, once
        ("./models/phi", "models/phi/phi-3-mini.Q4_K_M.gguf", "local model directory"),
    }
    proc = subprocess.run(
        [sys.executable, "-m", "openlint", "check", str(project), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=project,
    )
    models = {m["model"]: m for m in json.loads(proc.stdout)["summary"]["models"]}
    assert models["./models/orion"]["license"] == "llama3.1"
    assert models["./models/phi"]["license"] == "mit" and "GGUF header" in models["./models/phi"]["origin"]
