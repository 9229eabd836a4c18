"""`openlint openness`: the summary table, the category and what it rests on, OSAID 1.0 and MOF class.

The words are the ones docs/openness.md defines: component states `released`, `claimed, unverified`,
`not released`, `unknown`; evidence strength `verified`, `located`, `curated`, `claimed`, `none`;
license verdicts `open`, `not-open`, `unlicensed`, `unknown`."""

from __future__ import annotations

from openlint.core.mof_components import SUMMARY_ROWS
from openlint.openness.classify import Verdict
from openlint.openness.release import Component

CLASS_NAMES = {1: "Class I (open science)", 2: "Class II (open tooling)", 3: "Class III (open model)"}
OSAID_WORDS = {"yes": "conformant", "no": "not conformant", "unknown": "cannot tell (evidence missing)"}


def state(c: Component) -> str:
    """`released (located), open (Apache-2.0)`, `claimed, unverified, unknown (...)`, `not released`, ..."""
    if c.released != "yes":
        return c.state
    strength = f" ({c.strength})" if c.state == "released" else ""
    lic = f" ({c.judgment.license})" if c.judgment.license else ""
    return f"{c.state}{strength}, license {c.judgment.verdict}{lic}"


def _section(out: list[str], title: str, lines: tuple[str, ...] | list[str]) -> None:
    if lines:
        out.append(f"  {title}:")
        out.extend(f"    - {line}" for line in lines)


def render_one(v: Verdict) -> list[str]:
    out = [f"{v.release.name}  (evidence: {v.release.source})"]
    out.extend(f"  {label:30} {state(v.release.get(name))}" for label, name in SUMMARY_ROWS)
    out.append(f"  category: {v.category}  (evidence strength: {v.basis})")
    out.extend(f"    - {reason}" for reason in v.reasons)
    _section(out, "needed to decide", v.missing_evidence)
    _section(out, "rests on unverified claims", v.rests_on)
    _section(out, "would change", v.if_false)
    _section(out, "contradictions and disagreements", v.disagreements)
    _section(out, "interpretation", v.release.interpretations)
    out.append(f"  OSAID 1.0: {OSAID_WORDS[v.osaid]}")
    out.extend(f"    missing: {m}" for m in v.osaid_missing)
    reached = CLASS_NAMES.get(v.mof_class, "no class") if v.mof_class else "no class"
    out.append(f"  MOF: {reached}")
    if v.mof_class != 1:
        out.extend(f"    missing for the next class: {m}" for m in v.next_class_missing)
    out.extend(f"  note: {note}" for note in v.release.notes)
    out.append("  components:")
    for c in v.release.components:
        lic = f" [{c.license_name}: {c.judgment.verdict}]" if c.released == "yes" else ""
        where = f" <{c.location}>" if c.location and c.released == "yes" else ""
        shown = f"{c.state} ({c.strength})" if c.state == "released" else c.state
        out.append(f"    {c.name:34} {shown}{lic}{where}")
    out.append("")
    return out


def render(verdicts: list[Verdict]) -> str:
    out: list[str] = []
    for v in verdicts:
        out.extend(render_one(v))
    return "\n".join(out)
