"""Regenerate docs/rules.md from rules/checks/*.toml (the test suite checks it is current).

python scripts/gen_rules_doc.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from openlint.rules import load_rules  # noqa: E402

HEADER = """# Rules

Generated from `rules/checks/*.toml` by `scripts/gen_rules_doc.py`; do not edit by hand.

Codes: OL1xx the use is not licensed (blockers), OL2xx obligations to fulfil, OL3xx openness claims,
OL4xx license metadata problems, OL5xx bills of materials. A rule whose `requires` fields are not declared in
`[tool.openlint.use]` reports a note asking for them instead of passing silently.

| code | name | severity | summary |
|---|---|---|---|
"""


def render() -> str:
    rules = load_rules([REPO / "rules" / "checks"])
    out = [HEADER]
    out.extend(f"| [{r.code}](#{r.code.lower()}) | {r.name} | {r.spec.severity} | {r.spec.summary} |\n" for r in rules)
    for rule in rules:
        spec = rule.spec
        requires = ", ".join(f"`{name}`" for name in spec.requires) or "nothing"
        out.append(
            f"\n## {spec.code}\n\n**{spec.name}** ({spec.severity})\n\n{spec.summary}\n\n"
            f"**Why it matters.** {spec.rationale}\n\n**Fix.** {spec.remediation}\n\n"
            f"**Needs declared:** {requires}\n\n**Example.**\n\n```toml\n{spec.example}\n```\n\n"
            f"**Condition (CEL).** applies `{spec.applies}`; fires when `{spec.condition}`\n"
        )
    return "".join(out)


if __name__ == "__main__":
    (REPO / "docs" / "rules.md").write_text(render(), encoding="utf-8")
    print("wrote docs/rules.md")
