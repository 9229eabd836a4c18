"""Markdown for `$GITHUB_STEP_SUMMARY` and PR comments."""

from __future__ import annotations

from openlint.checking.engine import Report
from openlint.core.findings import LEGAL_NOTICE, SEVERITY_RANK

ICONS = {"error": ":x:", "warning": ":warning:", "note": ":information_source:"}


def _mermaid(text: str) -> str:
    return text.replace('"', "'").replace("<", "&lt;").replace(">", "&gt;")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(report: Report) -> str:
    counts = {sev: sum(1 for f in report.findings if f.severity == sev) for sev in ("error", "warning", "note")}
    verdict = "failed" if report.failing() else f"no blocker found by {report.checked()}"
    out = [
        f"## openlint: {verdict}",
        "",
        f"{counts['error']} blocker(s), {counts['warning']} obligation(s) to fulfil or review, "
        f"{counts['note']} note(s) (fail-on: `{report.fail_on}`)",
        "",
        f"_{LEGAL_NOTICE}_",
        "",
    ]
    if report.models:
        out += ["| model | license | resolved as |", "|---|---|---|"]
        for m in report.models:
            resolved = " AND ".join(m.chosen or m.licenses)
            out.append(f"| {_cell(m.label)} | `{_cell(m.query or 'none')}` | {_cell(resolved)} |")
        out.append("")
    graphs = [m for m in report.models if m.lineage_edges]
    if graphs:
        out += ["### Lineage", "", "```mermaid", "graph BT"]
        ids: dict[str, str] = {}

        def node(name: str) -> str:
            return ids.setdefault(name, f"n{len(ids)}")

        blocked = {f.model for f in report.findings if f.severity == "error"}
        for m in graphs:
            out.append(f'  {node(m.label)}["{_mermaid(m.label)}<br/>{_mermaid(" AND ".join(m.chosen or m.licenses))}"]')
            for child, base, lic in m.lineage_edges:
                out.append(f'  {node(base)}["{_mermaid(base)}<br/>{_mermaid(lic)}"]')
                out.append(f"  {node(child)} --> {node(base)}")
        for name, ident in ids.items():
            if name in blocked:
                out.append(f"  style {ident} stroke:#d00,stroke-width:3px")
        out += ["```", ""]
    blockers = [f for f in report.findings if f.severity == "error" and not f.basis.review]
    # blockers read from a licence text with low confidence: errors (review-blockers = "fail") or warnings ("warn")
    lowered = [f for f in report.findings if f.basis.lowered or (f.severity == "error" and f.basis.review)]
    todos = [f for f in report.findings if f.severity == "warning" and not f.basis.lowered]
    notes = [f for f in report.findings if f.severity == "note"]
    groups = (
        ("Blockers", blockers),
        ("To review: blockers read from a licence text with low confidence", lowered),
        ("Obligations to fulfil", todos),
        ("Notes", notes),
    )
    for title, group in groups:
        if not group:
            continue
        out += [f"### {title}", ""]
        for f in sorted(group, key=lambda f: (-SEVERITY_RANK[f.severity], f.model or "", f.rule)):
            where = f" ({f.location.path}:{f.location.line or 1})" if f.location else ""
            out.append(f"- {ICONS[f.severity]} [{f.rule}]({f.docs_url}) **{f.name}**: {f.message}{where}")
            if f.required_text:
                out.append(f"  - exact text: `{f.required_text}`")
            if not f.undecided:
                out.append(f"  - fix: {f.remediation}")
            out.append(f"  - basis: {f.basis.describe()}")
        out.append("")
    return "\n".join(out)
