"""`openlint audit`: records, JSON Lines, parallel runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from hf_cache import cache_card
from openlint.audit.run import audit_card, front_matter


def test_complex_front_matter_falls_back_to_yaml() -> None:
    meta = front_matter("---\nlicense: [mit, apache-2.0]\nmodel-index:\n  - name: x\n---\n")
    assert meta["license"] == ["mit", "apache-2.0"]


def _card(tmp_path: Path, name: str, front: str) -> str:
    path = tmp_path / name / "README.md"
    path.parent.mkdir(parents=True)
    path.write_text(f"---\n{front}\n---\n# {name}\n", encoding="utf-8")
    return str(path)


def test_records_and_codes(tmp_path: Path) -> None:
    assert audit_card(_card(tmp_path, "a", "license: llama3.1"))["findings"] == []
    assert audit_card(_card(tmp_path, "b", "license: other"))["findings"] == ["OL404"]
    assert audit_card(_card(tmp_path, "c", "library_name: x"))["findings"] == ["OL401"]
    assert audit_card(_card(tmp_path, "d", "license: gpl"))["findings"] == ["OL402"]
    record = audit_card(_card(tmp_path, "e", "license: apache-2.0\nbase_model: meta-llama/Llama-3.1-8B"))
    assert record["base_model"] == ["meta-llama/Llama-3.1-8B"] and record["expression"] == "Apache-2.0"
    assert "user_cap" in audit_card(_card(tmp_path, "f", "license: llama3.1"))["restrictive"]


def test_cli_streams_json_lines_in_parallel(tmp_path: Path) -> None:
    for i in range(50):
        _card(tmp_path, f"m{i}", "license: mit" if i % 2 else "license: other")
    proc = subprocess.run(
        [sys.executable, "-m", "openlint", "audit", str(tmp_path), "-j", "2"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(records) == 50 and sum(r["findings"] == ["OL404"] for r in records) == 25
    assert "audited 50 cards" in proc.stderr


def _audit(root: Path, *extra: str, env: dict[str, str] | None = None) -> tuple[dict[str, dict[str, Any]], str]:
    """`openlint audit` on a directory: records by card id, and stderr."""
    proc = subprocess.run(
        [sys.executable, "-m", "openlint", "audit", str(root), "-j", "2", *extra],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert proc.returncode in (0, 1), proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    return {r["id"]: r for r in records}, proc.stderr


# Cards under org/name directories, as base_model links name them: id -> front matter.
LINEAGE_SET = {
    "meta-llama/Llama-3.1-8B": "license: llama3.1",
    "acme/chat-8b": "license: apache-2.0\nbase_model: meta-llama/Llama-3.1-8B",
    "acme/llama-keeps": "license: llama3.1\nbase_model: meta-llama/Llama-3.1-8B",
    # A -> B -> C: B drops A's non-commercial term for share-alike; C keeps B's share-alike but, through
    # B, still drops A's non-commercial term.
    "chain/a": "license: cc-by-nc-4.0",
    "chain/b": "license: cc-by-sa-4.0\nbase_model: chain/a",
    "chain/c": "license: cc-by-sa-4.0\nbase_model: chain/b",
    "loop/x": "license: mit\nbase_model: loop/y",
    "loop/y": "license: mit\nbase_model: loop/x",
    "acme/orphan": "license: mit\nbase_model: nowhere/base",
    "sa/one": "license: cc-by-sa-4.0",
    "sa/two": "license: gpl-3.0",
    "acme/merge": "license: cc-by-sa-4.0\nbase_model:\n- sa/one\n- sa/two\nbase_model_relation: merge",
}


def _lineage_set(root: Path) -> None:
    for name, front in LINEAGE_SET.items():
        _card(root, name, front)


LINEAGE_CODES = {"OL408", "OL409", "OL411", "OL108"}


def test_lineage_drift_chain_cycle_missing_and_merge(tmp_path: Path) -> None:
    _lineage_set(tmp_path)
    records, stderr = _audit(tmp_path)
    assert len(records) == 12 and "OL408 3" in stderr
    chat = records["acme/chat-8b"]
    assert chat["findings"] == ["OL108", "OL408"] and chat["upstream_licenses"] == ["llama3.1"]
    assert chat["name_prefix_missing"] == ["Llama (llama3.1)"]
    assert chat["drift"] == ["acceptable_use", "naming", "user_cap"]
    assert records["acme/llama-keeps"]["findings"] == [] and records["acme/llama-keeps"]["drift"] == []
    assert records["chain/b"]["drift"] == ["non_commercial"]
    chain_c = records["chain/c"]
    assert chain_c["findings"] == ["OL408"] and chain_c["drift"] == ["non_commercial"]
    assert chain_c["upstream_licenses"] == ["cc-by-sa-4.0", "cc-by-nc-4.0"]  # walked through B to A
    for name in ("loop/x", "loop/y"):  # the cycle ends, reported once per card
        assert records[name]["findings"] == ["OL409"]
        assert records[name]["unresolved_bases"] == [f"{name} (cycle in base_model links)"]
    assert records["acme/orphan"]["findings"] == ["OL409"]
    assert records["acme/orphan"]["unresolved_bases"] == ["nowhere/base (base model not in the audit set)"]
    merge = records["acme/merge"]
    assert merge["findings"] == ["OL411"] and "only under GPL-3.0-only" in merge["merge_conflicts"][0]
    # Cards without base models keep the pass-1 record exactly.
    assert set(records["chain/a"]) == {
        "schema_version",
        "path",
        "model",
        "id",
        "license",
        "expression",
        "status",
        "restrictive",
        "findings",
    }


@pytest.mark.parametrize(
    ("name", "license", "missing"),
    [
        ("Llama-3.1-Acme-8B", "apache-2.0", []),  # the upstream rule, obeyed
        ("llama3.1-acme", "llama3.1", []),  # Hub names are case-insensitive and hold no spaces
        ("acme-8b", "llama3.1", ["Llama (llama3.1)"]),  # the card's own license requires it too
        ("acme-8b", "mit", ["Llama (llama3.1)"]),
    ],
)
def test_derivative_name_prefix(tmp_path: Path, name: str, license: str, missing: list[str]) -> None:
    _card(tmp_path, "meta-llama/Llama-3.1-8B", "license: llama3.1")
    _card(tmp_path, f"acme/{name}", f"license: {license}\nbase_model: meta-llama/Llama-3.1-8B")
    records, _ = _audit(tmp_path)
    record = records[f"acme/{name}"]
    assert record["name_prefix_missing"] == missing
    assert ("OL108" in record["findings"]) == bool(missing)
    # A base model is not a derivative: Meta's own card is not held to the rule.
    assert "OL108" not in records["meta-llama/Llama-3.1-8B"]["findings"]


def test_llama3_prefix_accepts_hub_spellings(tmp_path: Path) -> None:
    _card(tmp_path, "meta-llama/Meta-Llama-3-8B", "license: llama3")
    for name in ("Llama-3-acme", "llama3-acme", "acme-llama-3"):
        _card(tmp_path, f"acme/{name}", "license: llama3\nbase_model: meta-llama/Meta-Llama-3-8B")
    records, _ = _audit(tmp_path)
    assert [records[f"acme/{n}"]["name_prefix_missing"] for n in ("Llama-3-acme", "llama3-acme", "acme-llama-3")] == [
        [],
        [],
        ["Llama 3 (llama3)"],
    ]


def test_mirror_audited_from_above_its_org_folders(tmp_path: Path) -> None:
    # MIRROR/models/org/name: ids carry the extra folder, base_model links name org/name.
    _lineage_set(tmp_path / "models")
    records, _ = _audit(tmp_path)
    chat = records["models/acme/chat-8b"]
    assert chat["upstream_licenses"] == ["llama3.1"] and chat["findings"] == ["OL108", "OL408"]
    assert records["models/chain/c"]["upstream_licenses"] == ["cc-by-sa-4.0", "cc-by-nc-4.0"]
    assert records["models/acme/orphan"]["findings"] == ["OL409"]  # still not in the set


def test_no_lineage_is_the_single_pass_audit(tmp_path: Path) -> None:
    _lineage_set(tmp_path)
    records, _ = _audit(tmp_path, "--no-lineage")
    assert len(records) == 12
    assert not any(LINEAGE_CODES & set(r["findings"]) for r in records.values())
    assert not any("drift" in r or "unresolved_bases" in r for r in records.values())
    assert records["acme/chat-8b"]["base_model"] == ["meta-llama/Llama-3.1-8B"]


def test_index_is_kept_and_reused(tmp_path: Path) -> None:
    cards, index = tmp_path / "cards", tmp_path / "audit.sqlite"
    _lineage_set(cards)
    first, _ = _audit(cards, "--index", str(index))
    assert index.is_file()
    second, stderr = _audit(cards, "--index", str(index))
    assert "up to date" in stderr and second == first
    # A card changed since: the index is rebuilt, never trusted.
    chat = cards / "acme" / "chat-8b" / "README.md"
    chat.write_text("---\nlicense: llama3.1\nbase_model: meta-llama/Llama-3.1-8B\n---\n", encoding="utf-8")
    third, stderr = _audit(cards, "--index", str(index))
    assert "out of date" in stderr and third["acme/chat-8b"]["drift"] == []
    (cards / "acme" / "orphan" / "README.md").unlink()
    fourth, stderr = _audit(cards, "--index", str(index))
    assert "out of date" in stderr and set(fourth) == set(third) - {"acme/orphan"}
    garbage = tmp_path / "not-an-index"
    garbage.write_text("hello\n" * 100, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "openlint", "audit", str(cards), "--index", str(garbage)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1 and "Traceback" not in proc.stderr
    both = subprocess.run(
        [sys.executable, "-m", "openlint", "audit", str(cards), "--index", str(index), "--no-lineage"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert both.returncode == 2 and "not allowed with argument" in both.stderr  # the index would go unused


def test_audit_and_check_share_the_lineage_verdict(tmp_path: Path) -> None:
    """In an HF cache, ids come from the repository folders, and audit's drift is check's drift."""
    cache = tmp_path / "hub"
    cache_card(cache, "meta-llama/Llama-3.1-8B", "---\nlicense: llama3.1\n---\n# Llama\n")
    cache_card(cache, "acme/mid", "---\nlicense: llama3.1\nbase_model: meta-llama/Llama-3.1-8B\n---\n")
    cache_card(cache, "acme/top", "---\nlicense: mit\nbase_model: acme/mid\n---\n# top\n")
    env = {**os.environ, "HF_HUB_CACHE": str(cache), "HF_HUB_OFFLINE": "1"}
    records, _ = _audit(cache, env=env)
    assert set(records) == {"meta-llama/Llama-3.1-8B", "acme/mid", "acme/top"}
    script = (
        "import sys; from pathlib import Path; from openlint.core.config import discover; "
        "from openlint.sources.lineage import build, facts; "
        "f = facts(build('acme/top', Path(sys.argv[1]).parent, discover(Path(sys.argv[2])))); "
        "print(','.join(f.drift), ','.join(f.upstream), sep='|')"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script, records["acme/top"]["path"], str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    drift, upstream = proc.stdout.strip().split("|")
    assert drift.split(",") == records["acme/top"]["drift"] == ["acceptable_use", "naming", "user_cap"]
    assert upstream.split(",") == records["acme/top"]["upstream_licenses"]


def test_the_walk_takes_each_directory_s_first_card_name_in_name_order(tmp_path: Path) -> None:
    """In each directory the first of CARD_NAMES that is there, whichever others are beside it; the
    directories in name order, hidden folders and cache blobs skipped."""
    from openlint.audit.run import find_cards

    for folder, names in {
        "b": ["model_card.md", "MODEL_CARD.md", "readme.md"],
        "a": ["MODEL_CARD.md", "README.md"],
        "c": ["model_card.md"],
        ".hidden": ["README.md"],
        "blobs": ["README.md"],
        "a/blobs": ["README.md"],
    }.items():
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        for name in names:
            (tmp_path / folder / name).write_text("---\nlicense: mit\n---\n")
    found = [Path(p).relative_to(tmp_path).as_posix() for p in find_cards(tmp_path)]
    assert found == ["a/README.md", "b/readme.md", "c/model_card.md"]
