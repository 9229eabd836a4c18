"""GGUF headers: base models and sources read from the `general.*` block, bounded on any input."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gguf_writer import Meta, gguf, string
from hf_cache import cache_card
from openlint.fix.cardfix import fixable
from openlint.sources.base_evidence import chosen, find_evidence
from openlint.sources.gguf import MAX_HEADER_BYTES, hub_repo, read_general

DOLPHIN: Meta = [
    ("general.architecture", "llama"),
    ("general.name", "Dolphin 3.0 Llama 3.1 8B"),
    ("general.license", "llama3.1"),
    ("general.tags", ["text-generation", "conversational"]),
    ("general.base_model.count", 1),
    ("general.base_model.0.name", "Llama 3.1 8B"),
    ("general.base_model.0.organization", "Meta Llama"),
    ("general.base_model.0.repo_url", "https://huggingface.co/meta-llama/Llama-3.1-8B"),
    ("llama.block_count", 32),
    ("tokenizer.ggml.tokens", ["<s>", "</s>", "hello"] * 1000),
]


@pytest.mark.parametrize(("version", "endian"), [(3, "<"), (2, "<"), (1, "<"), (3, ">")])
def test_general_block_is_read_in_every_layout(tmp_path: Path, version: int, endian: str) -> None:
    path = tmp_path / "m.Q4_K_M.gguf"
    path.write_bytes(gguf(DOLPHIN, version, endian))
    meta = read_general(path)
    assert meta["general.base_model.0.repo_url"] == "https://huggingface.co/meta-llama/Llama-3.1-8B"
    assert meta["general.base_model.count"] == 1 and meta["general.license"] == "llama3.1"
    assert "general.tags" not in meta and "llama.block_count" not in meta  # arrays skipped; stops after general.*


def test_parents_are_weak_evidence_that_lineage_follows_but_fix_does_not_write(tmp_path: Path) -> None:
    (tmp_path / "dolphin-Q4_K_M.gguf").write_bytes(gguf(DOLPHIN))
    evidence = find_evidence(tmp_path)
    assert [(e.file, e.key, e.bases, e.relation) for e in evidence] == [
        ("dolphin-Q4_K_M.gguf", "general.base_model.0.repo_url", ("meta-llama/Llama-3.1-8B",), "finetune")
    ]
    assert evidence[0].weak and chosen(evidence) == evidence[0] and fixable(evidence)[0] is None


def test_source_repo_wins_over_the_parents_and_merges_list_every_parent(tmp_path: Path) -> None:
    source = [("general.source.repo_url", "https://huggingface.co/acme/Dolphin-8B/tree/main")]
    (tmp_path / "a.gguf").write_bytes(gguf(DOLPHIN[:2] + source + DOLPHIN[2:]))
    [evidence] = find_evidence(tmp_path)
    assert evidence.key == "general.source.repo_url"
    assert (evidence.bases, evidence.relation) == (("acme/Dolphin-8B",), "quantized")

    merged = tmp_path / "merged"
    merged.mkdir()
    parents: Meta = [
        ("general.base_model.count", 3),
        ("general.base_model.0.repo_url", "https://huggingface.co/acme/one"),
        ("general.base_model.1.repo_url", "https://example.com/not-the-hub"),
        ("general.base_model.2.repo_url", "https://huggingface.co/acme/two"),
    ]
    (merged / "merged.gguf").write_bytes(gguf([("general.architecture", "llama"), *parents]))
    [evidence] = find_evidence(merged)
    assert evidence.bases == ("acme/one", "acme/two") and evidence.relation == "merge"


def test_a_gguf_naming_its_own_repository_is_not_a_base(tmp_path: Path) -> None:
    own = [("general.architecture", "llama"), ("general.source.repo_url", "https://huggingface.co/acme/chat-8b")]
    (tmp_path / "x.gguf").write_bytes(gguf(own))
    assert find_evidence(tmp_path, ("acme/chat-8b",)) == []


@pytest.mark.parametrize(
    ("data", "readable"),
    [
        (b"", set()),
        (b"GGML\x03\0\0\0", set()),
        (b"GGUF\x03\0\0\0" + struct.pack("<QQ", 0, 5), set()),  # claims 5 keys, has none
        (b"GGUF\x03\0\0\0" + struct.pack("<QQ", 0, 1) + struct.pack("<Q", 2**62), set()),  # a key of 4 EiB
        # Cut mid-header: what was read before the cut is kept.
        (gguf(DOLPHIN)[:200], {"general.architecture", "general.name", "general.license"}),
    ],
)
def test_broken_headers_give_what_was_readable_and_no_evidence(tmp_path: Path, data: bytes, readable: set[str]) -> None:
    path = tmp_path / "bad.gguf"
    path.write_bytes(data)
    assert set(read_general(path)) == readable
    assert find_evidence(tmp_path) == []  # the base-model keys come after the cut


def test_reading_is_bounded_even_for_a_huge_array_first(tmp_path: Path) -> None:
    path = tmp_path / "big.gguf"
    huge = struct.pack("<II", 9, 0) + struct.pack("<Q", MAX_HEADER_BYTES)  # an array of MAX bytes...
    body = string("tokenizer.ggml.scores") + huge  # ...declared, but the file stops here
    path.write_bytes(b"GGUF\x03\0\0\0" + struct.pack("<QQ", 0, 1) + body)
    assert read_general(path) == {}


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_after_the_magic_never_crash(data: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "f.gguf"
        path.write_bytes(b"GGUF" + data)
        assert isinstance(read_general(path), dict)


def test_hub_repo_urls() -> None:
    assert hub_repo("https://huggingface.co/meta-llama/Llama-3.1-8B") == "meta-llama/Llama-3.1-8B"
    assert hub_repo("https://hf.co/acme/x/blob/main/README.md") == "acme/x"
    assert hub_repo("https://huggingface.co/datasets/acme/data") is None
    assert hub_repo("https://github.com/acme/x") is None
    assert hub_repo("huggingface.co/acme/x") is None and hub_repo(None) is None


LLAMA_CACHE = {"meta-llama/Llama-3.1-8B": "---\nlicense: llama3.1\n---\n# Llama 3.1\n"}


def gguf_repo(tmp_path: Path, name: str, card: str) -> Path:
    directory = tmp_path / name
    directory.mkdir()
    (directory / "README.md").write_text(card, encoding="utf-8")
    (directory / "acme-8b.Q4_K_M.gguf").write_bytes(gguf(DOLPHIN))
    return directory


def check_json(directory: Path, cached: dict[str, str] | None = None) -> dict[str, Any]:
    """`openlint check --format json` on a model repository, offline, with these cards in the HF cache."""
    cache = directory.parent / "hub"
    for repo_id, card in (cached or {}).items():
        cache_card(cache, repo_id, card)
    proc = subprocess.run(
        [sys.executable, "-m", "openlint", "check", str(directory), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=directory.parent,
        env={**os.environ, "HF_HUB_CACHE": str(cache), "HF_HUB_OFFLINE": "1"},
    )
    assert proc.returncode in (0, 1), proc.stderr
    doc: dict[str, Any] = json.loads(proc.stdout)
    return doc


def rules_of(doc: dict[str, Any]) -> set[str]:
    return {f["rule"] for f in doc["findings"]}


def test_check_inherits_through_a_gguf_header(tmp_path: Path) -> None:
    """A GGUF repository whose card names no base model still carries the Llama terms."""
    directory = gguf_repo(tmp_path, "Acme-8B-GGUF", "---\nlicense: apache-2.0\n---\n# Acme 8B GGUF\n")
    doc = check_json(directory, LLAMA_CACHE)
    [model] = doc["summary"]["models"]
    assert model["license"] == "(apache-2.0) AND (llama3.1)"
    assert {"OL408", "OL412"} <= rules_of(doc) and "OL409" not in rules_of(doc)  # followed through the cache


def test_a_gguf_repository_without_card_metadata_is_checked_as_a_release(tmp_path: Path) -> None:
    """Its license comes from the header, and the header's parents bring their terms with them."""
    doc = check_json(gguf_repo(tmp_path, "Llama-3.1-Acme-8B-GGUF", "# Acme 8B, quantized\n"), LLAMA_CACHE)
    [model] = doc["summary"]["models"]
    assert model["license"] == "(llama3.1)" and model["origin"].startswith("GGUF header general.license")
    assert "OL412" in rules_of(doc) and "OL408" not in rules_of(doc)  # the header's license keeps the Llama terms


def test_a_card_tag_over_a_gguf_header_license_is_drift_even_without_the_base(tmp_path: Path) -> None:
    """apache-2.0 on the card, llama3.1 in the weights' header, the base model nowhere to follow."""
    directory = gguf_repo(tmp_path, "Llama-Acme-8B-GGUF", "---\nlicense: apache-2.0\n---\n# Acme 8B\n")
    doc = check_json(directory)
    drift = [f for f in doc["findings"] if f["rule"] == "OL408"]
    assert len(drift) == 1 and "user_cap" in drift[0]["message"] and "naming" in drift[0]["message"]
    # meta-llama/Llama-3.1-8B is not cached, but its Hub id is known (rules/known-models.toml): resolved
    assert "OL409" not in rules_of(doc)
    [model] = doc["summary"]["models"]
    assert model["license"] == "(apache-2.0) AND (llama3.1)"
    # The same header under a matching card tag is no contradiction.
    (directory / "README.md").write_text("---\nlicense: llama3.1\n---\n# Acme 8B\n", encoding="utf-8")
    assert "OL408" not in rules_of(check_json(directory))
