"""Write rules/_clause-lexicon.json: the clause lexicon (rules/clause-lexicon.toml) parsed, with the SHA-256 of the
TOML it was built from.

    python scripts/build_lexicon_index.py

Every reading process loads the lexicon at start-up; parsing its TOML took ~12 ms of each `check` and `explain
LICENSE`, the JSON ~1 ms. A TOML whose SHA-256 differs from the index's is parsed itself (openlint.text.clause_lexicon
.lexicon_data), so a stale index costs time, never a wrong lexicon; tests/test_lexicon_index.py checks it is current.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from openlint.text.clause_lexicon import INDEX_NAME  # noqa: E402


def render(toml: Path) -> str:
    raw = toml.read_bytes()
    doc = {"sha256": hashlib.sha256(raw).hexdigest(), "lexicon": tomllib.loads(raw.decode("utf-8"))}
    return json.dumps(doc, separators=(",", ":"), sort_keys=True, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    rules = REPO / "rules"
    (rules / INDEX_NAME).write_text(render(rules / "clause-lexicon.toml"), encoding="utf-8")
    print(f"wrote {rules / INDEX_NAME}")
