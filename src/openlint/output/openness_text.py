"""`openlint openness`: the summary table, then the OSAID verdict, MOF class and category."""

from __future__ import annotations

from openlint.openness.classify import Verdict
from openlint.openness.components import SUMMARY_ROWS

MARK = {"yes": "released", "no": "not released", "unknown": "unknown"}
CLASS_NAMES = {1: "Class I (open science)", 2: "Class II (open tooling)", 3: "Class III (open model)"}


def _row(verdict: Verdict, label: str, name: str) -> str:
    c = verdict.release.get(name)
    state = MARK[c.released]
    if c.released == "yes":
        state += f", {c.judgment.verdict}" + (f" ({c.judgment.license})" if c.judgment.license else "")
    return f"  {label:30} {state}"


def render(verdicts: list[Verdict]) -> str:
    out: list[str] = []
    for v in verdicts:
        out.append(f"{v.release.name}  (evidence: {v.release.source})")
        out.extend(_row(v, label, name) for label, name in SUMMARY_ROWS)
        out.append(f"  category: {v.category}")
        for reason in v.reasons:
            out.append(f"    - {reason}")
        osaid = {"yes": "conformant", "no": "not conformant", "unknown": "cannot tell (evidence missing)"}[v.osaid]
        out.append(f"  OSAID 1.0: {osaid}")
        out.extend(f"    missing: {m}" for m in v.osaid_missing)
        reached = CLASS_NAMES.get(v.mof_class, "no class") if v.mof_class else "no class"
        out.append(f"  MOF: {reached}")
        if v.mof_class != 1:
            out.extend(f"    missing for the next class: {m}" for m in v.next_class_missing)
        for note in v.release.notes:
            out.append(f"  note: {note}")
        out.append("  components:")
        for c in v.release.components:
            lic = f" [{c.license_name}: {c.judgment.verdict}]" if c.released == "yes" else ""
            out.append(f"    {c.name:34} {MARK[c.released]}{lic}")
        out.append("")
    return "\n".join(out)
