"""The shipped clause-lexicon index (rules/_clause-lexicon.json) is current, and is used only for the TOML it was built
from: a stale index costs time, never a wrong lexicon."""

from __future__ import annotations

import hashlib
import json
import tomllib
from pathlib import Path

import pytest

import openlint.text.clause_lexicon as clause_lexicon
from openlint.text.clause_lexicon import INDEX_NAME, lexicon_data
from repo_scripts import load_script

REPO = Path(__file__).resolve().parents[1]
TOML = REPO / "rules" / "clause-lexicon.toml"


def test_shipped_lexicon_index_is_current() -> None:
    current = (REPO / "rules" / INDEX_NAME).read_text(encoding="utf-8")
    assert current == load_script("build_lexicon_index").render(TOML), "run scripts/build_lexicon_index.py"


def test_the_index_holds_what_the_toml_says() -> None:
    raw = TOML.read_bytes()
    assert lexicon_data(raw) == tomllib.loads(raw.decode("utf-8"))


def _index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sha256: str) -> None:
    marker = {"concept": [], "not_candidate": [["from-the-index", "x"]]}
    (tmp_path / INDEX_NAME).write_text(json.dumps({"sha256": sha256, "lexicon": marker}), encoding="utf-8")
    monkeypatch.setattr(clause_lexicon, "data_dir", lambda: tmp_path)


def test_an_index_built_from_these_bytes_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = b'[[concept]]\nkind = "notice"\n'
    _index(tmp_path, monkeypatch, hashlib.sha256(raw).hexdigest())
    assert lexicon_data(raw)["not_candidate"] == [["from-the-index", "x"]]


def test_a_stale_or_broken_index_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = b'[[concept]]\nkind = "notice"\n'
    _index(tmp_path, monkeypatch, hashlib.sha256(raw + b" ").hexdigest())
    assert lexicon_data(raw) == {"concept": [{"kind": "notice"}]}
    (tmp_path / INDEX_NAME).write_text("{not json", encoding="utf-8")
    assert lexicon_data(raw) == {"concept": [{"kind": "notice"}]}
