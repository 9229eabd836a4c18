"""A Hugging Face cache built the way huggingface_hub lays it out, for tests that resolve Hub ids
offline: refs/main -> snapshots/<commit>/<file> -> symlink to blobs/<id>."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path


def cache_repo(
    cache: Path,
    repo_id: str,
    files: dict[str, bytes | str],
    kind: str = "model",
    listed: tuple[str, ...] = (),
) -> Path:
    """One cached repository; returns its snapshot directory. `listed` adds files to the cached tree
    listing (trees/<commit>.json) that were never downloaded, which is what a card-and-licenses-only
    `--online` fetch leaves behind."""
    folder = cache / f"{kind}s--{repo_id.replace('/', '--')}"
    commit = hashlib.sha1(f"{kind}/{repo_id}".encode()).hexdigest()
    (folder / "refs").mkdir(parents=True)
    (folder / "refs" / "main").write_text(commit, encoding="utf-8")
    blobs, snapshot = folder / "blobs", folder / "snapshots" / commit
    blobs.mkdir()
    snapshot.mkdir(parents=True)
    data = {name: content.encode("utf-8") if isinstance(content, str) else content for name, content in files.items()}
    for i, (name, content) in enumerate(data.items()):
        blob = blobs / f"{i:040x}"
        blob.write_bytes(content)
        os.symlink(os.path.relpath(blob, snapshot), snapshot / name)
    if listed:
        (folder / "trees").mkdir()
        tree = {name: {"size": len(content), "blob_id": f"{i:040x}"} for i, (name, content) in enumerate(data.items())}
        tree.update({name: {"size": 1 << 30, "blob_id": "f" * 40} for name in listed})
        doc = {"format_version": 1, "files": tree}
        (folder / "trees" / f"{commit}.json").write_text(json.dumps(doc), encoding="utf-8")
    return snapshot


def cache_card(cache: Path, repo_id: str, card: str, kind: str = "model") -> Path:
    """A cached repository holding only its card (README.md)."""
    return cache_repo(cache, repo_id, {"README.md": card}, kind)


def cache_discovery_lineage(cache: Path) -> None:
    """The cards fixtures/projects/discovery-lineage loads: an apache-2.0 fine-tune of Llama 3.1 (license
    drift through the lineage), its base, an embedder and a dataset."""
    cache_card(
        cache,
        "acme/llama-support-ft",
        "---\nlicense: apache-2.0\nbase_model: meta-llama/Llama-3.1-8B-Instruct\n"
        "base_model_relation: finetune\n---\n# Llama support fine-tune\n",
    )
    cache_card(cache, "meta-llama/Llama-3.1-8B-Instruct", "---\nlicense: llama3.1\n---\n# Llama 3.1\n")
    cache_card(cache, "sentence-transformers/all-MiniLM-L6-v2", "---\nlicense: apache-2.0\n---\n# MiniLM\n")
    cache_card(cache, "HuggingFaceH4/ultrachat_200k", "---\nlicense: mit\n---\n# UltraChat\n", kind="dataset")


def offline_env(cache: Path) -> dict[str, str]:
    """The environment of an `openlint` subprocess that reads Hub ids from `cache` and never the network."""
    return {**os.environ, "HF_HUB_CACHE": str(cache), "HF_HUB_OFFLINE": "1"}


def offline_check(project: Path, cache: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`openlint check PROJECT ARGS` in a subprocess (from `cwd`, default the project) against `cache`."""
    return subprocess.run(
        [sys.executable, "-m", "openlint", "check", str(project), *args],
        capture_output=True,
        text=True,
        env=offline_env(cache),
        timeout=180,
        cwd=project if cwd is None else cwd,
    )
