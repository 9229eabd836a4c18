"""`openlint check` for a terminal: findings grouped by model; colour only when asked (on a TTY)."""

from __future__ import annotations

from openlint.checking.engine import Report
from openlint.core.findings import LEGAL_NOTICE, SEVERITY_RANK, Finding

COLOURS = {"error": "\033[31m", "warning": "\033[33m", "note": "\033[36m"}
RESET = "\033[0m"
BOLD = "\033[1m"


def _severity(word: str, colour: bool) -> str:
    return f"{COLOURS[word]}{word}{RESET}" if colour else word


def _location(finding: Finding) -> str:
    loc = finding.location
    if loc is None:
        return ""
    return f"{loc.path}:{loc.line}: " if loc.line else f"{loc.path}: "


def render(report: Report, colour: bool = False) -> str:
    lines: list[str] = []
    by_model: dict[str, list[Finding]] = {}
    for finding in report.findings:
        by_model.setdefault(finding.model or "(project)", []).append(finding)
    for model_result in report.models:
        by_model.setdefault(model_result.label, [])
    for model, findings in by_model.items():
        found = next((m for m in report.models if m.label == model), None)
        head = f"{BOLD}{model}{RESET}" if colour else model
        if found is not None:
            head += f"  [{found.query or 'no license'}]"
            if found.alternatives > 1:
                head += f" (assuming the alternative {' AND '.join(found.chosen)})"
        lines.append(head)
        if found is not None and len(found.lineage) > 1:
            lines.append("  lineage:")
            lines.extend(f"    {step}" for step in found.lineage)
        if not findings:
            lines.append("  no findings")
        ordered = sorted(findings, key=lambda f: (-SEVERITY_RANK[f.severity], f.rule))
        for finding in ordered:
            lines.append(
                f"  {_location(finding)}{_severity(finding.severity, colour)} {finding.rule} "
                f"[{finding.name}] {finding.message}"
            )
            if finding.required_text:
                lines.append(f'      exact text: "{finding.required_text}"')
            for related in finding.related:
                lines.append(f"      see: {related.path}" + (f":{related.line}" if related.line else ""))
            if finding.severity != "note" or not finding.undecided:
                lines.append(f"      fix: {finding.remediation}")
            lines.append(f"      basis: {finding.basis.describe()}")
        lines.append("")
    counts = {sev: sum(1 for f in report.findings if f.severity == sev) for sev in ("error", "warning", "note")}
    total = f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['note']} note(s)"
    suppressed = sum(report.suppressed.values())
    if suppressed:
        total += (
            f"; {suppressed} suppressed (ignore: {report.suppressed.get('ignored', 0)}, "
            f"baseline: {report.suppressed.get('baseline', 0)})"
        )
    verdict = "FAIL" if report.failing() else f"no blocker found by {report.checked()}"
    lines.append(f"{verdict}: {total} (fail-on: {report.fail_on})")
    lines.append(LEGAL_NOTICE)
    return "\n".join(lines) + "\n"
