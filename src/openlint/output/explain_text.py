"""`openlint explain` for people: identity, then each obligation with its trigger and source."""

from __future__ import annotations

import textwrap

from openlint.core.explanation import Explanation
from openlint.core.kinds import KIND_LABELS
from openlint.core.obligations import Obligation
from openlint.core.resolve import ResolvedLicense

TRIGGER_WORDS: dict[str, str] = {
    "use": "use it",
    "modify": "modify it",
    "distribute": "distribute it",
    "serve": "offer it over a network",
}


def _yes_no(value: bool | None) -> str:
    return "unknown" if value is None else ("yes" if value else "no")


def _parameters(ob: Obligation) -> str:
    params = ob.parameters()
    if ob.kind in ("user_cap", "revenue_cap") and ob.threshold is not None:
        unit = (ob.metric or "").replace("_", " ") if ob.kind == "user_cap" else (ob.currency or "")
        return f"{'at or above' if ob.inclusive else 'above'} {ob.threshold:,} {unit}".rstrip()
    parts = []
    for name, value in params.items():
        shown = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
        parts.append(f"{name}: {shown}")
    return "; ".join(parts)


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=100, initial_indent=indent, subsequent_indent=indent)


def _render_obligation(ob: Obligation) -> list[str]:
    label = KIND_LABELS.get(ob.kind, ob.kind)
    lines = [f"  - {label} [{ob.kind}]"]
    params = _parameters(ob)
    if params:
        lines.append(_wrap(params, "      "))
    if ob.summary:
        lines.append(_wrap(ob.summary, "      "))
    when = " or ".join(TRIGGER_WORDS.get(t, t) for t in ob.triggers)
    lines.append(f"      Applies when you {when}." + (f" Only: {ob.scope}." if ob.scope else ""))
    if ob.conditions:
        lines.append(f"      Conditions (all must hold): {', '.join(ob.conditions)}.")
    src = ob.source
    where = f"{src.document} " if src.document else ""
    if src.path:
        lines.append(f"      Source: {src.path}:{src.start_line}-{src.end_line}")
    else:
        lines.append(_wrap(f'Source: {where}section {src.section}: "{src.quote}"', "      "))
    if ob.confidence < 1.0:
        lines.append(f"      Confidence: {ob.confidence:.2f}")
    return lines


def _render_license(lic: ResolvedLicense) -> list[str]:
    entry = lic.entry
    if entry is None:
        lines = [f"{lic.query}: {lic.status}"]
        if lic.candidates:
            lines.append("  Could be: " + ", ".join(lic.candidates))
        if lic.note:
            lines.append(_wrap(lic.note, "  "))
        return lines
    lines = [
        f"{entry.name}",
        f"  id: {entry.id}    spdx: {entry.spdx or '-'}    family: {entry.family}",
        f"  OSI-approved: {_yes_no(entry.osi_approved)}    AI-model license: {_yes_no(entry.ai_model_license)}"
        + (f"    version: {entry.version}" if entry.version else ""),
    ]
    if lic.matched_by not in (None, "id"):
        lines.append(f"  (matched '{lic.query}' by {lic.matched_by.replace('_', ' ')})")
    lines.append(_wrap(entry.summary, "  "))
    if entry.incorporates:
        lines.append("  Incorporates: " + ", ".join(entry.incorporates))
    if lic.note:
        lines.append(_wrap(lic.note, "  "))
    if not entry.obligations_complete:
        lines.append("  Warning: this entry lists only the obligations openlint could verify; read the license itself.")
    if entry.obligations:
        lines.append(f"  Obligations ({len(entry.obligations)}):")
        for ob in entry.obligations:
            lines.extend(_render_obligation(ob))
    else:
        lines.append("  Obligations: none.")
    return lines


def render(explanation: Explanation) -> str:
    out: list[str] = []
    if explanation.expression != (explanation.licenses[0].id if len(explanation.licenses) == 1 else None):
        out.append(f"Expression: {explanation.expression}")
    if explanation.is_choice:
        out.append("You may choose one of these alternatives:")
        least = explanation.least_restrictive
        for n, alt in enumerate(explanation.alternatives, 1):
            mark = "  <- least restrictive" if alt is least else ""
            out.append(f"  {n}. {' AND '.join(lic.id for lic in alt.licenses)}{mark}")
        if explanation.truncated:
            out.append("  (further alternatives not shown)")
    elif len(explanation.licenses) > 1:
        out.append("All of these licenses apply together:")
    for lic in explanation.licenses:
        if out:
            out.append("")
        out.extend(_render_license(lic))
    return "\n".join(out) + "\n"
