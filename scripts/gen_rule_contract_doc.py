"""Regenerate docs/rule-contract.md from openlint.checking.rule_contract (the test suite checks it is current).

python scripts/gen_rule_contract_doc.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from openlint.checking.rule_contract import VARIABLES  # noqa: E402

HEADER = """# The rule contract

Generated from `src/openlint/checking/rule_contract.py` by `scripts/gen_rule_contract_doc.py`; do not edit by hand.

A rule's `applies`, `condition` and `message` placeholders may read only the fields below. A rule that
names any other field fails to load, with its file and the field (`use.comercial` is a typo, not a
silent note). A field may be absent (an undeclared use key, a license with no catalog entry): test it
with `has(use.x)`, or list the use key in `requires`. A rule whose expression still fails to evaluate
is reported as an error: a gate never passes on a check it could not make.
"""


def render() -> str:
    parts = [HEADER]
    for variable, fields in VARIABLES.items():
        parts.append(f"\n## `{variable}`\n\n| field | type | meaning |\n|---|---|---|\n")
        parts.extend(f"| `{variable}.{name}` | {f.type} | {f.doc} |\n" for name, f in fields.items())
    return "".join(parts)


if __name__ == "__main__":
    (REPO / "docs" / "rule-contract.md").write_text(render(), encoding="utf-8")
