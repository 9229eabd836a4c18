"""A Hugging Face cache built the way huggingface_hub lays it out, for tests that resolve Hub ids
offline: refs/main -> snapshots/<commit>/<file> -> symlink to blobs/<id>."""

from __future__ import annotations

import hashlib
import json
import os
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


def discovery_lineage_cache(cache: Path) -> dict[str, str]:
    """The cards fixtures/projects/discovery-lineage resolves offline (a Llama fine-tune, its base, an
    embedding model, a dataset); the environment that points Hugging Face at them."""
    cache_card(
        cache,
        "acme/llama-support-ft",
        "---\nlicense: apache-2.0\nbase_model: meta-llama/Llama-3.1-8B-Instruct\n"
        "base_model_relation: finetune\n---\n# Llama support fine-tune\n",
    )
    cache_card(cache, "meta-llama/Llama-3.1-8B-Instruct", "---\nlicense: llama3.1\n---\n# Llama 3.1\n")
    cache_card(cache, "sentence-transformers/all-MiniLM-L6-v2", "---\nlicense: apache-2.0\n---\n# MiniLM\n")
    cache_card(cache, "HuggingFaceH4/ultrachat_200k", "---\nlicense: mit\n---\n# UltraChat\n", kind="dataset")
    return {**os.environ, "HF_HUB_CACHE": str(cache), "HF_HUB_OFFLINE": "1"}
