"""`openlint check --online`: Hub ids missing from the local cache are read from the Hub, or reported why not.

No HTTP is mocked and nothing reaches the network: the Hub is unreachable either through
huggingface_hub's own HF_HUB_OFFLINE=1, or because the socket layer refuses every connection (what a
machine without network does). Caches are built in the layout huggingface_hub writes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hf_cache import cache_repo

REPO = Path(__file__).resolve().parents[1]
DISCOVERY = REPO / "fixtures" / "projects" / "discovery-lineage"
ORION_LICENSE = REPO / "fixtures" / "licenses" / "orion-community" / "LICENSE"
SECRET = "hf_openlintTestTokenThatMustNeverBePrinted"

# Model cards as the Hub serves them: YAML front matter (license, base_model, gating...), then prose.
LLAMA_CARD = """---
language:
- en
- de
library_name: transformers
license: llama3.1
pipeline_tag: text-generation
tags:
- facebook
- meta
- pytorch
- llama
- llama-3
extra_gated_prompt: "### LLAMA 3.1 COMMUNITY LICENSE AGREEMENT\\nLlama 3.1 Version Release Date: July 23, 2024"
extra_gated_button_content: Submit
---

## Model Information

The Meta Llama 3.1 collection of multilingual large language models (LLMs) is a collection of pretrained
and instruction tuned generative models in 8B, 70B and 405B sizes.

**License:** A custom commercial license, the Llama 3.1 Community License, is available at:
https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE
"""
FINETUNE_CARD = """---
library_name: transformers
license: apache-2.0
base_model: meta-llama/Llama-3.1-8B-Instruct
base_model_relation: finetune
tags:
- generated_from_trainer
datasets:
- HuggingFaceH4/ultrachat_200k
model-index:
- name: AcmeSupport-8B
  results: []
---

# AcmeSupport-8B

This model is a fine-tuned version of
[meta-llama/Llama-3.1-8B-Instruct](https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct) on the
HuggingFaceH4/ultrachat_200k dataset.

## Training procedure

### Training hyperparameters

- learning_rate: 2e-05
- train_batch_size: 8
- num_epochs: 3
"""
ORION_CARD = """---
license: other
license_name: orion-community-license
license_link: LICENSE
library_name: transformers
pipeline_tag: text-generation
---

# Orion-7B

Orion-7B is released under the Orion Community License (see LICENSE).
"""
MINILM_CARD = """---
language: en
license: apache-2.0
library_name: sentence-transformers
tags:
- sentence-transformers
- feature-extraction
- sentence-similarity
pipeline_tag: sentence-similarity
---

# all-MiniLM-L6-v2
This is a sentence-transformers model: it maps sentences to a 384 dimensional dense vector space.
"""
ULTRACHAT_CARD = """---
license: mit
language:
- en
size_categories:
- 100K<n<1M
task_categories:
- text-generation
pretty_name: UltraChat 200k
---

# Dataset Card for UltraChat 200k
"""


def offline_env(cache: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENLINT_", "HF_"))}
    return {**env, "HF_HUB_CACHE": str(cache), "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(REPO / "src"), **extra}


def openlint(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "openlint", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=cwd,
    )


def project(tmp_path: Path, config: str, code: str = "") -> Path:
    root = tmp_path / "project"
    root.mkdir(parents=True)
    (root / "openlint.toml").write_text(config, encoding="utf-8")
    if code:
        (root / "app.py").write_text(code, encoding="utf-8")
    return root


USE = '[use]\ncommercial = true\ndistribution = ["saas"]\nmonthly-active-users = 1000\nregions = ["US"]\n'


def test_online_without_network_reports_each_unresolved_model_and_why(tmp_path: Path) -> None:
    """(1) HF_HUB_OFFLINE=1 and --online: a declared Hub id, a discovered model and a lineage base that
    are not cached are findings naming the reason; exit code follows fail-on; the token never shows."""
    root = project(
        tmp_path,
        USE + '[[models]]\nid = "acme/orion-7b"\n\n[[models]]\nid = "acme/support-ft"\npath = "models/ft"\n',
    )
    ft = root / "models" / "ft"
    ft.mkdir(parents=True)
    (ft / "README.md").write_text(FINETUNE_CARD.replace("meta-llama/", "acme-mirror/"), encoding="utf-8")
    env = offline_env(tmp_path / "empty-cache", HF_TOKEN=SECRET)
    proc = openlint("check", "--online", "--format", "json", env=env, cwd=root)
    assert proc.returncode == 1, proc.stderr  # OL401 is an error: fail-on error fails
    assert "Traceback" not in proc.stderr and SECRET not in proc.stdout + proc.stderr
    found = {(f["rule"], f["model"]): f["message"] for f in json.loads(proc.stdout)["findings"]}
    assert "network unavailable" in found[("OL401", "acme/orion-7b")]
    assert "Hugging Face Hub" in found[("OL401", "acme/orion-7b")]
    assert "acme-mirror/Llama-3.1-8B-Instruct" in found[("OL409", "acme/support-ft")]
    assert "network unavailable" in found[("OL409", "acme/support-ft")]

    # A discovered model alone is a warning: exit 0 by default, 1 with --fail-on warning.
    code_only = project(
        tmp_path / "discovered", USE, 'from transformers import AutoModel\nAutoModel.from_pretrained("acme/orion-7b")\n'
    )
    quiet = openlint("check", "--online", "--format", "json", env=env, cwd=code_only)
    assert quiet.returncode == 0, quiet.stderr
    [finding] = [f for f in json.loads(quiet.stdout)["findings"] if f["rule"] == "OL406"]
    assert "network unavailable" in finding["message"] and finding["location"]["path"] == "app.py"
    strict = openlint("check", "--online", "--fail-on", "warning", env=env, cwd=code_only)
    assert strict.returncode == 1 and "network unavailable" in strict.stdout and SECRET not in strict.stdout


def test_online_comes_only_from_the_flag_never_the_environment_or_the_file(tmp_path: Path) -> None:
    """Network access is the choice of whoever runs openlint: `online = true` in the checked project's
    config and OPENLINT_ONLINE do not turn it on; only --online does."""
    root = project(tmp_path, USE + '[[models]]\nid = "acme/orion-7b"\n')
    env = offline_env(tmp_path / "empty-cache")

    def reason(*args: str, **extra: str) -> str:
        proc = openlint("check", "--format", "json", *args, env={**env, **extra}, cwd=root)
        assert proc.returncode == 1, proc.stderr
        [finding] = [f for f in json.loads(proc.stdout)["findings"] if f["rule"] == "OL401"]
        return str(finding["message"])

    assert "network unavailable" not in reason()  # offline by default
    assert "network unavailable" not in reason(OPENLINT_ONLINE="1")
    assert "network unavailable" in reason("--online")
    (root / "openlint.toml").write_text(
        "online = true\n" + USE + '[[models]]\nid = "acme/orion-7b"\n', encoding="utf-8"
    )
    assert "network unavailable" not in reason()
    assert "network unavailable" not in reason(OPENLINT_ONLINE="true")
    assert "network unavailable" in reason("--online")
    assert "network unavailable" not in reason("--no-online")
    ignored = openlint("check", env={**env, "OPENLINT_ONLINE": "1"}, cwd=root)
    assert "OPENLINT_ONLINE is ignored" in ignored.stderr


def test_library_call_takes_online(tmp_path: Path) -> None:
    """`openlint.check(..., online=True)`; the suite runs with HF_HUB_OFFLINE=1 (conftest)."""
    import openlint

    root = project(tmp_path, USE + '[[models]]\nid = "acme/orion-7b"\n')
    report = openlint.check(root, online=True, use_baseline=False)
    [finding] = [f for f in report.findings if f.rule == "OL401"]
    assert "network unavailable (HF_HUB_OFFLINE is set)" in finding.message
    assert "network unavailable" not in next(f.message for f in openlint.check(root).findings if f.rule == "OL401")


def _real_cache(cache: Path) -> None:
    cache_repo(cache, "acme/llama-support-ft", {"README.md": FINETUNE_CARD.encode(), "config.json": b"{}"})
    cache_repo(
        cache,
        "meta-llama/Llama-3.1-8B-Instruct",
        {"README.md": LLAMA_CARD.encode(), "config.json": b"{}", "model-00001-of-00004.safetensors": b"\0" * 8},
    )
    # What --online leaves behind: card and licenses only, the weights listed but never downloaded.
    cache_repo(
        cache,
        "sentence-transformers/all-MiniLM-L6-v2",
        {"README.md": MINILM_CARD.encode()},
        listed=("model.safetensors", "pytorch_model.bin", "config.json"),
    )
    cache_repo(cache, "HuggingFaceH4/ultrachat_200k", {"README.md": ULTRACHAT_CARD.encode()}, kind="dataset")
    cache_repo(
        cache,
        "acme/orion-7b",
        {"README.md": ORION_CARD.encode(), "LICENSE": ORION_LICENSE.read_bytes()},
        listed=("model.safetensors",),
    )


def test_cached_models_resolve_the_same_with_and_without_online(tmp_path: Path) -> None:
    """(2) Models already in a real-layout cache: identical reports offline and with --online (never asked)."""
    cache = tmp_path / "hub"
    _real_cache(cache)
    env = offline_env(cache)
    # Discovered models and a lineage base (the discovery-lineage example project).
    discovered = tmp_path / "discovery-lineage"
    shutil.copytree(DISCOVERY, discovered)
    offline = openlint("check", "--format", "json", env=env, cwd=discovered)
    online = openlint("check", "--online", "--format", "json", env=env, cwd=discovered)
    assert offline.returncode == online.returncode == 1, offline.stderr + online.stderr
    assert offline.stdout == online.stdout
    doc = json.loads(online.stdout)
    models = {m["model"]: m for m in doc["summary"]["models"]}
    assert "llama3.1" in models["acme/llama-support-ft"]["licenses"]  # the base came from the cache
    assert models["sentence-transformers/all-MiniLM-L6-v2"]["licenses"] == ["Apache-2.0"]  # a partial snapshot
    assert not {f["rule"] for f in doc["findings"]} & {"OL401", "OL406", "OL409"}
    # A model declared by Hub id only: its card and its LICENSE text from the cache.
    declared = project(tmp_path, USE + '[[models]]\nid = "acme/orion-7b"\n')
    offline = openlint("check", "--format", "json", env=env, cwd=declared)
    online = openlint("check", "--online", "--format", "json", env=env, cwd=declared)
    assert offline.stdout == online.stdout and offline.returncode == online.returncode, online.stderr
    [model] = json.loads(online.stdout)["summary"]["models"]
    assert "local Hugging Face cache" in model["origin"] and model["licenses"] != ["none"]
    assert not any(f["rule"] in ("OL401", "OL406") for f in json.loads(online.stdout)["findings"])


GUARD = """
import json, socket, sys
attempts = []
def refuse(*args, **kwargs):  # a machine without network: every name lookup and connection fails
    attempts.append(repr(args[:1]))
    raise OSError(101, "Network is unreachable")
socket.getaddrinfo = refuse
socket.socket.connect = lambda self, *args: refuse(*args)
from openlint.cli.main import main
code = main(sys.argv[1:])
print(json.dumps({"exit": code, "hub": "openlint.sources.hub" in sys.modules, "attempts": attempts}), file=sys.stderr)
"""


def _guarded(root: Path, cache: Path, *args: str) -> tuple[dict[str, object], dict[str, object]]:
    env = offline_env(cache, HF_TOKEN=SECRET)
    del env["HF_HUB_OFFLINE"]  # nothing but openlint itself keeps it offline
    proc = subprocess.run(
        [sys.executable, "-c", GUARD, "check", "--format", "json", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=root,
    )
    assert "Traceback" not in proc.stderr and SECRET not in proc.stdout + proc.stderr
    return json.loads(proc.stdout), json.loads(proc.stderr.strip().splitlines()[-1])


def test_without_online_there_is_no_hub_module_and_no_network(tmp_path: Path) -> None:
    """(3) Offline is the default: the network module is never imported and no socket is opened, even
    for models that are not cached; with --online and no network, the same models say why."""
    root = project(
        tmp_path,
        USE,
        "from transformers import AutoModel\n"
        'AutoModel.from_pretrained("acme/embedder")\n'
        'AutoModel.from_pretrained("./models/ft")\n',
    )
    ft = root / "models" / "ft"
    ft.mkdir(parents=True)
    # its base is not cached either, nor a Hub id openlint knows offline (rules/known-models.toml: meta-llama ids are)
    (ft / "README.md").write_text(FINETUNE_CARD.replace("meta-llama/", "acme-labs/"), encoding="utf-8")
    cache = tmp_path / "empty-cache"
    report, run = _guarded(root, cache)
    assert run == {"exit": 0, "hub": False, "attempts": []}
    messages = {f["rule"]: f["message"] for f in report["findings"]}  # type: ignore[union-attr]
    assert "not in the local Hugging Face cache" in messages["OL406"]
    assert "not in the local Hugging Face cache" in messages["OL409"]
    report, run = _guarded(root, cache, "--online")
    assert run["hub"] is True and run["attempts"] and run["exit"] == 0
    messages = {f["rule"]: f["message"] for f in report["findings"]}  # type: ignore[union-attr]
    assert "network unavailable" in messages["OL406"] and "network unavailable" in messages["OL409"]


@pytest.mark.parametrize(
    ("status", "error_code", "expected"),
    [
        (403, "GatedRepo", "gated: accept the terms on the Hub and set HF_TOKEN"),
        (401, "RepoNotFound", "not found on the Hub"),
        (404, "RevisionNotFound", "not found on the Hub"),
        (503, None, "the Hub answered HTTP 503"),
    ],
)
def test_hub_errors_become_short_reasons(status: int, error_code: str | None, expected: str) -> None:
    """huggingface_hub's own status handling (hf_raise_for_status) on a Hub answer, read as a reason.
    Nothing is sent: the answer is built locally and only classified."""
    import httpx2
    from huggingface_hub.utils import hf_raise_for_status

    from openlint.sources.hub import reason

    request = httpx2.Request("GET", "https://huggingface.co/api/models/acme/orion-7b/revision/main")
    headers = {"X-Error-Code": error_code} if error_code else {}
    response = httpx2.Response(status, headers=headers, request=request)
    with pytest.raises(Exception) as raised:
        hf_raise_for_status(response)
    assert reason(raised.value).startswith(expected)
