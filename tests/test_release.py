"""Release lint: a model repository checks itself for publishing; --fix adds required notices once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hf_cache import cache_card


def repo(tmp_path: Path, name: str, card: str) -> Path:
    directory = tmp_path / name
    directory.mkdir()
    (directory / "README.md").write_text(card, encoding="utf-8")
    (directory / "model.safetensors").write_bytes(b"\0")
    return directory


def check(directory: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "openlint", "check", str(directory), *extra],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=directory.parent,
    )


def test_model_repository_is_checked_as_a_release(tmp_path: Path) -> None:
    directory = repo(tmp_path, "acme-chat-8b", "---\nlicense: llama3.1\nbase_model: meta-llama/Llama-3.1-8B\n---\n")
    proc = check(directory)
    assert proc.returncode == 1
    assert "OL108" in proc.stdout and "'acme-chat-8b' must begin with 'Llama'" in proc.stdout
    assert "OL203" in proc.stdout


def test_fix_adds_the_notice_once_and_touches_nothing_else(tmp_path: Path) -> None:
    directory = repo(tmp_path, "Llama-acme-8b", "---\nlicense: llama3.1\nbase_model: meta-llama/Llama-3.1-8B\n---\n")
    card_before = (directory / "README.md").read_bytes()
    fixed = check(directory, "--fix")
    assert "fixed" in fixed.stderr and "OL203" not in fixed.stdout
    notice = (directory / "NOTICE").read_text(encoding="utf-8")
    assert notice.startswith("Llama 3.1 is licensed under the Llama 3.1 Community License")
    mtime = (directory / "NOTICE").stat().st_mtime_ns
    again = check(directory, "--fix")
    assert "fixed" not in again.stderr
    assert (directory / "NOTICE").stat().st_mtime_ns == mtime
    assert (directory / "README.md").read_bytes() == card_before
    assert not [p for p in directory.iterdir() if p.name.startswith(".")]  # no temporary files left


def test_fix_appends_to_a_notice_keeping_its_bytes_and_line_endings(tmp_path: Path) -> None:
    directory = repo(tmp_path, "Llama-acme-8b", "---\nlicense: llama3.1\nbase_model: meta-llama/Llama-3.1-8B\n---\n")
    before = b"Acme Chat\r\nCopyright 2026 Acme \xe9\xe8 (Latin-1, not UTF-8)"  # no final newline
    (directory / "NOTICE").write_bytes(before)
    fixed = check(directory, "--fix")
    assert "fixed" in fixed.stderr and "OL203" not in fixed.stdout and "Traceback" not in fixed.stderr
    after = (directory / "NOTICE").read_bytes()
    assert after.startswith(before + b"\r\nLlama 3.1 is licensed under") and after.endswith(b"\r\n")
    assert b"\n" not in after.replace(b"\r\n", b"")  # every added line ends CRLF too


def test_plain_directory_is_not_a_release(tmp_path: Path) -> None:
    directory = tmp_path / "project"
    directory.mkdir()
    (directory / "README.md").write_text("# Just a project\n", encoding="utf-8")
    assert check(directory).returncode == 0


def adapter_repo(tmp_path: Path, card: str, base: str = "meta-llama/Llama-3.1-8B") -> Path:
    directory = repo(tmp_path, "Llama-acme-lora", card)
    config = {"base_model_name_or_path": base, "peft_type": "LORA"}
    (directory / "adapter_config.json").write_text(json.dumps(config), encoding="utf-8")
    return directory


def test_fix_states_the_adapter_base_model_once(tmp_path: Path) -> None:
    card = "---\nlicense: llama3.1\ntags:\n- lora   # kept as written\n---\n# Acme LoRA\n"
    directory = adapter_repo(tmp_path, card)
    proc = check(directory)
    assert "OL412" in proc.stdout and "adapter_config.json base_model_name_or_path" in proc.stdout
    assert "meta-llama/Llama-3.1-8B" in proc.stdout and "--fix" in proc.stdout
    fixed = check(directory, "--fix")
    assert "added base_model: meta-llama/Llama-3.1-8B and base_model_relation: adapter" in fixed.stderr
    assert "OL412" not in fixed.stdout
    after = (directory / "README.md").read_bytes()
    assert after == (
        b"---\nlicense: llama3.1\ntags:\n- lora   # kept as written\n"
        b"base_model: meta-llama/Llama-3.1-8B\nbase_model_relation: adapter\n---\n# Acme LoRA\n"
    )
    mtime = (directory / "README.md").stat().st_mtime_ns
    again = check(directory, "--fix")
    assert "README.md" not in again.stderr
    assert (directory / "README.md").read_bytes() == after
    assert (directory / "README.md").stat().st_mtime_ns == mtime
    assert not [p for p in directory.iterdir() if p.name.startswith(".")]  # no temporary files left


def test_evidenced_base_model_is_inherited_without_the_card_naming_it(tmp_path: Path) -> None:
    import os

    cache = tmp_path / "hub"
    cache_card(cache, "meta-llama/Llama-3.1-8B", "---\nlicense: llama3.1\n---\n# Llama 3.1\n")
    directory = adapter_repo(tmp_path, "---\nlicense: apache-2.0\n---\n# Acme LoRA\n")
    proc = subprocess.run(
        [sys.executable, "-m", "openlint", "check", str(directory)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={**os.environ, "HF_HUB_CACHE": str(cache), "HF_HUB_OFFLINE": "1"},
    )
    assert "(adapter, from adapter_config.json)" in proc.stdout
    assert "<- meta-llama/Llama-3.1-8B [llama3.1]" in proc.stdout
    assert "OL408" in proc.stdout  # apache-2.0 drops the Llama terms it inherits


def test_card_with_base_model_is_left_alone(tmp_path: Path) -> None:
    card = "---\nlicense: llama3.1\nbase_model: meta-llama/Llama-3.1-8B-Instruct\n---\n"
    directory = adapter_repo(tmp_path, card)
    proc = check(directory, "--fix")
    assert "OL412" not in proc.stdout and "README.md" not in proc.stderr
    assert (directory / "README.md").read_text(encoding="utf-8") == card


def test_local_path_is_not_a_base_model(tmp_path: Path) -> None:
    card = "---\nlicense: apache-2.0\n---\n"
    directory = adapter_repo(tmp_path, card, base="/home/x/ckpt")
    proc = check(directory, "--fix")
    assert "OL412" not in proc.stdout and "README.md" not in proc.stderr
    assert (directory / "README.md").read_text(encoding="utf-8") == card


def test_crlf_card_keeps_its_bytes_and_line_endings(tmp_path: Path) -> None:
    directory = adapter_repo(tmp_path, "")
    card = b"---\r\nlicense: llama3.1 # tag\r\n---\r\n# Acme\r\n\r\nText\xc2\xa0here.\r\n"
    (directory / "README.md").write_bytes(card)
    (directory / "README.md").chmod(0o640)
    fixed = check(directory, "--fix")
    assert "added base_model" in fixed.stderr
    after = (directory / "README.md").read_bytes()
    assert after == card.replace(
        b"---\r\n#", b"base_model: meta-llama/Llama-3.1-8B\r\nbase_model_relation: adapter\r\n---\r\n#"
    )
    assert (directory / "README.md").stat().st_mode & 0o777 == 0o640


def test_merge_config_gives_a_list_and_a_card_without_front_matter_gets_one(tmp_path: Path) -> None:
    directory = repo(tmp_path, "acme-merge", "# Acme merge\n")
    (directory / "mergekit_config.yml").write_text(
        "slices:\n- sources:\n  - model: acme/a-7b\n    layer_range: [0, 32]\n"
        "  - model: other/b-7b\n    layer_range: [0, 32]\nmerge_method: slerp\nbase_model: acme/a-7b\n",
        encoding="utf-8",
    )
    fixed = check(directory, "--fix")
    assert "added base_model: acme/a-7b, other/b-7b and base_model_relation: merge" in fixed.stderr
    assert (directory / "README.md").read_text(encoding="utf-8") == (
        "---\nbase_model:\n- acme/a-7b\n- other/b-7b\nbase_model_relation: merge\n---\n# Acme merge\n"
    )


def test_evidence_and_card_edits_refuse_what_is_not_safe(tmp_path: Path) -> None:
    from openlint.fix.cardfix import edit_card, fixable
    from openlint.sources.base_evidence import Evidence, chosen, find_evidence

    one = Evidence("adapter_config.json", "base_model_name_or_path", ("acme/base",), "adapter")
    assert edit_card("---\n{license: mit}\n---\n", one) is None  # flow mapping: not extended by lines
    assert edit_card("---\nlicense: [mit\n---\n", one) is None  # invalid YAML
    assert edit_card("---\nlicense: mit\n", one) is None  # unterminated front matter
    edited = edit_card("---\nbase_model_relation: adapter\n---\n", one)
    assert edited is not None and edited[0] == "---\nbase_model_relation: adapter\nbase_model: acme/base\n---\n"

    directory = tmp_path / "m"
    (directory / "outputs" / "run1").mkdir(parents=True)
    (directory / "config.json").write_text('{"_name_or_path": "outputs/run1"}', encoding="utf-8")
    (directory / "quantize_config.json").write_text('{"model_name_or_path": "acme/checkpoint-500"}', encoding="utf-8")
    assert find_evidence(directory) == []  # a directory beside the card, a training checkpoint

    (directory / "config.json").write_text('{"_name_or_path": "acme/base"}', encoding="utf-8")
    weak = find_evidence(directory)
    assert [bool(e.weak) for e in weak] == [True] and "weaker evidence" in weak[0].describe()
    assert chosen(weak) == weak[0] and fixable(weak)[0] is None  # inherited, but not written by --fix
    assert find_evidence(directory, ("acme/base",)) == []  # config.json naming the model itself

    (directory / "adapter_config.json").write_text('{"base_model_name_or_path": "acme/other"}', encoding="utf-8")
    (directory / "quantize_config.json").write_text('{"model_name_or_path": "acme/third"}', encoding="utf-8")
    assert chosen(find_evidence(directory)) is None  # two declared bases disagree: ambiguous
    (directory / "adapter_config.json").write_text("x" * 1_000_001, encoding="utf-8")
    assert [e.file for e in find_evidence(directory)] == ["quantize_config.json", "config.json"]  # bounded


def test_evidence_files_are_read_once_per_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every obligation of every rule verifies against the same NOTICE: it is read once, and read again
    when it changes (same size included: the key is path, mtime and size)."""
    from openlint.checking import evidence

    notice = tmp_path / "NOTICE"
    notice.write_text("Built with Llama\n", encoding="utf-8")
    reads: list[Path] = []
    original = evidence._read
    monkeypatch.setattr(evidence, "_read", lambda path: reads.append(path) or original(path))
    assert all(evidence._contains(notice, "built with LLAMA") for _ in range(5))
    assert evidence._contains(notice, None) and not evidence._contains(notice, "Built with Gemma")
    assert reads == [notice]
    notice.write_text("Built with Gemma\n", encoding="utf-8")
    os.utime(notice, ns=(1, 1))  # a different mtime even on a coarse-grained filesystem
    assert evidence._contains(notice, "Built with Gemma") and not evidence._contains(notice, "Built with Llama")
    assert reads == [notice, notice]
    assert not evidence._contains(tmp_path / "missing", None)
