"""Regenerate docs/rules.md from rules/checks/*.toml (the test suite checks it is current).

python scripts/gen_rules_doc.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from openlint.checking.rules import load_rules  # noqa: E402

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
            f"**Condition (CEL).** applies `{spec.applies}`; fires when `{spec.condition}`"
            + (f"; undecided (a note) when `{spec.undecided}`" if spec.undecided != "false" else "")
            + (f"; an error, not a {spec.severity}, when `{spec.error_when}`" if spec.error_when != "false" else "")
            + (f"; a warning, not a {spec.severity}, when `{spec.warning_when}`" if spec.warning_when != "false" else "")
            + "\n"
            + _metadata(spec)
        )
    out.append(_vocabularies())
    return "".join(out)


def _metadata(spec: Any) -> str:
    """The rule's metadata for openlint itself (docs/rule-contract.md, "Rule metadata"), when it sets any."""
    said = [
        *(["runs in `openlint audit` on every card"] if spec.audit else []),
        *([f"`check --fix`: {spec.fix}"] if spec.fix else []),
        *([f"openness verdict computed when: {spec.openness_when}"] if spec.openness_when else []),
    ]
    return f"\n**Also.** {'; '.join(said)}\n" if said else ""


def _vocabularies() -> str:
    """The published vocabularies the use profile is checked against (rules/*.toml)."""
    from openlint.core.vocabulary import conditions, generative_classes, model_classes, territories, use_cases

    out = [
        "\n## Use-case vocabulary\n\nValues allowed in `use-cases` (`rules/use-cases.toml`). A value outside "
        "this list is bad input (exit 2, closest categories suggested). *Named by* lists the catalog entries "
        "whose use policies prohibit the category.\n\n| category | definition | named by |\n|---|---|---|\n"
    ]
    for cat in use_cases().values():
        named = ", ".join(f"`{x}`" for x in cat.licenses) or "no catalogued policy"
        out.append(f"| `{cat.name}` | {cat.definition} | {named} |\n")
    out.append(
        "\n## Model classes\n\nValues allowed in `trains` (`rules/model-classes.toml`) and the licence bans "
        'each falls in (`large-language-model`: "any other large language model"; '
        '`foundational-generative-model`: "any foundational generative AI model").\n\n'
        "`generative`: the class generates content, so a model of it can be made to perform similarly to a "
        "generative model (`use.trains_generative`, the distillation purpose test of "
        "`student-may-perform-similarly`).\n\n"
        "| class | definition | within bans on | generative |\n|---|---|---|---|\n"
    )
    generative = generative_classes()
    for name, (definition, within) in model_classes().items():
        out.append(f"| `{name}` | {definition} | {', '.join(within)} | {'yes' if name in generative else 'no'} |\n")
    out.append(
        "\n## Scope conditions\n\nNames catalog obligations may list in `conditions` "
        "(`rules/conditions.toml`); all must hold. Undecidable: an undecided note.\n\n"
        "| condition | holds when | declare |\n|---|---|---|\n"
    )
    for cond in conditions().values():
        out.append(f"| `{cond.name}` | {cond.definition} | {cond.declare} |\n")
    table = territories()
    out.append(
        "\n## Territories\n\n`regions` and `headquarters` take ISO 3166-1 alpha-2 codes "
        f"({len(table.codes)} codes, `rules/territories.toml`); `regions` also takes a group. Groups:\n\n"
    )
    for group, members in sorted(table.groups.items()):
        out.append(f"- `{group}` ({table.names[group]}): {', '.join(sorted(members))}\n")
    return "".join(out)


if __name__ == "__main__":
    (REPO / "docs" / "rules.md").write_text(render(), encoding="utf-8")
    print("wrote docs/rules.md")
