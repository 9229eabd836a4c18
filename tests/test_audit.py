"""`openlint audit`: front matter fast path agrees with YAML, records, JSON Lines, parallel runs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from openlint.audit import audit_card, front_matter

# Values as Hub ids and tags are written (a letter first); YAML would turn "00" or "1.0" into numbers,
# while the fast path keeps what the card says.
VALUES = st.from_regex(r"[a-z][a-z0-9./-]{0,19}", fullmatch=True).filter(
    lambda v: v not in {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}
)


@settings(max_examples=100, deadline=None)
@given(
    st.dictionaries(st.sampled_from(["license", "license_name", "base_model", "library_name"]), VALUES, min_size=1),
    st.lists(VALUES, max_size=3),
)
def test_fast_path_agrees_with_yaml(fields: dict[str, str], tags: list[str]) -> None:
    lines = [f"{k}: {v}" for k, v in fields.items()]
    if tags:
        lines += ["tags:", *(f"- {t}" for t in tags)]
    block = "\n".join(lines)
    expected = yaml.safe_load(block)
    expected = {k: (str(v) if not isinstance(v, list) else [str(x) for x in v]) for k, v in expected.items()}
    assert front_matter(f"---\n{block}\n---\n# card\n") == expected


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
