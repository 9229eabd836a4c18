"""Write rules/checks/_index.json: the built-in rules, read and validated, as one JSON file.

    python scripts/build_rule_index.py

`openlint check` then reads one file instead of parsing and validating every rule's TOML (start-up
time matters in pre-commit hooks); a rule file whose SHA-256 differs from the index (or that the index
lacks) is read and validated from its TOML, so a stale index costs time, never a wrong rule.
tests/test_rule_index.py checks the file is current.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from openlint.checking.rules import INDEX_FORMAT, INDEX_NAME, index_entry  # noqa: E402


def render(directory: Path) -> str:
    rules = {path.name: index_entry(path) for path in sorted(directory.glob("*.toml"))}
    doc = {"format": INDEX_FORMAT, "rules": rules}
    return json.dumps(doc, indent=0, sort_keys=True, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    directory = REPO / "rules" / "checks"
    (directory / INDEX_NAME).write_text(render(directory), encoding="utf-8")
    print(f"wrote {directory / INDEX_NAME}")
