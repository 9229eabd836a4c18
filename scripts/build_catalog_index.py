"""Write rules/licenses/_index.json: catalog ids and the name resolver's index, precomputed.

    python scripts/build_catalog_index.py

The shipped catalog then loads a license file only when it is looked up (start-up time matters in
pre-commit hooks). tests/test_catalog.py checks the file is current.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from openlint.core.catalog import INDEX_FORMAT, INDEX_NAME, Catalog  # noqa: E402
from openlint.core.resolve import build_index, index_to_json  # noqa: E402


def render(directory: Path) -> str:
    catalog = Catalog.from_directory(directory)
    doc = {"format": INDEX_FORMAT, "ids": sorted(catalog), **index_to_json(build_index(catalog))}
    return json.dumps(doc, indent=0, sort_keys=True, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    directory = REPO / "rules" / "licenses"
    (directory / INDEX_NAME).write_text(render(directory), encoding="utf-8")
    print(f"wrote {directory / INDEX_NAME}")
