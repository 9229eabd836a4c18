"""Several sources about one model, merged: per component the strongest evidence wins, and every
disagreement between sources is listed (never silently resolved)."""

from __future__ import annotations

from dataclasses import replace

from openlint.core.mof_components import COMPONENTS
from openlint.openness.release import STRENGTH_RANK, Component, Release


def _said(c: Component, source: str) -> str:
    lic = f" under {c.license_name}" if c.released == "yes" and c.license_name else ""
    return f"{source}: {c.state}{lic} ({c.strength})"


def _judged(c: Component) -> str | None:
    return c.judgment.license if c.released == "yes" else None


def merge(releases: list[Release]) -> Release:
    """One release from several; earlier sources win ties (put the one you trust most first)."""
    if not releases:
        raise ValueError("nothing to merge")
    if len(releases) == 1:
        return releases[0]
    components: list[Component] = []
    disagreements: list[str] = [d for r in releases for d in r.disagreements]
    for name in COMPONENTS:
        said = [(r.source, r.get(name)) for r in releases]
        best_source, best = max(said, key=lambda s: STRENGTH_RANK[s[1].strength] if s[1].released != "unknown" else -1)
        stated = [(src, c) for src, c in said if c.released != "unknown"]
        states = {c.released for _, c in stated}
        licenses = {_judged(c) for _, c in stated if _judged(c) is not None and c.judgment.verdict != "unknown"}
        if len(states) > 1 or len(licenses) > 1:
            views = "; ".join(_said(c, src) for src, c in stated)
            disagreements.append(f"{name}: {views} -> {best_source} wins ({best.strength})")
        components.append(replace(best, evidence=f"{best_source}: {best.evidence}"))
    first = releases[0]
    return Release(
        name=first.name,
        source=" + ".join(r.source for r in releases),
        components=tuple(components),
        notes=tuple(n for r in releases for n in r.notes),
        mislabelled=next((r.mislabelled for r in releases if r.mislabelled), None),
        producer=next((r.producer for r in releases if r.producer), None),
        disagreements=tuple(dict.fromkeys(disagreements)),
        interpretations=tuple(i for r in releases for i in r.interpretations),
        model_repository=next((r.model_repository for r in releases if r.model_repository is not None), None),
    )
