"""Rewrite the `licenses = [...]` line of each category in rules/use-cases.toml from the catalog's policy
mapping (tests/test_legal_model.py checks they agree). Definitions are edited by hand.

python scripts/sync_use_cases.py
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from openlint.core.catalog import Catalog  # noqa: E402


def main() -> None:
    catalog = Catalog.from_directory(REPO / "rules" / "licenses")
    named: dict[str, set[str]] = defaultdict(set)
    for key in catalog:
        for ob in catalog[key].obligations:
            for category in ob.categories or ():
                named[category].add(catalog[key].id)
    path = REPO / "rules" / "use-cases.toml"
    text = path.read_text(encoding="utf-8")

    def rewrite(match: re.Match[str]) -> str:
        listed = ", ".join(f'"{lic}"' for lic in sorted(named.get(match.group(1), ())))
        return f"{match.group(0).split(chr(10))[0]}\n{match.group(2)}\nlicenses = [{listed}]"

    text = re.sub(r"\[categories\.([a-z0-9-]+)\]\n(definition = .*)\nlicenses = \[[^\]]*\]", rewrite, text)
    missing = sorted(set(named) - set(re.findall(r"\[categories\.([a-z0-9-]+)\]", text)))
    if missing:
        raise SystemExit(f"categories used by the catalog but not defined in rules/use-cases.toml: {missing}")
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
