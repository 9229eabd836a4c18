"""`openlint explain PATH`: for each file, which license it is and what its wording requires."""

from __future__ import annotations

from openlint.core.kinds import KIND_LABELS
from openlint.output.explain_text import TRIGGER_WORDS, _parameters, _wrap
from openlint.text.read import DocumentReading


def _headline(reading: DocumentReading) -> str:
    ident = reading.identification
    if reading.by_title and reading.entry:
        differs = " with differences" if reading.verdict == "known-with-differences" else ""
        return (
            f"known license{differs}: {reading.entry.name} [{reading.entry.id}] "
            "(identified by its title: openlint has no reference text of it to compare)"
        )
    if reading.verdict == "known" and reading.entry:
        return f"known license: {reading.entry.name} [{reading.entry.id}] (confidence {ident.confidence:.3f})"
    if reading.verdict == "known-with-differences" and reading.entry:
        return (
            f"known license with differences: {reading.entry.name} [{reading.entry.id}] "
            f"(similarity {ident.confidence:.3f})"
        )
    closest = ""
    if ident.best is not None:
        closest = f" (closest: {ident.best.reference.id}, similarity {ident.best.containment:.2f})"
    return f"unidentified custom license{closest}"


def render(readings: list[DocumentReading], cards: frozenset[str] = frozenset()) -> str:
    """`cards`: the paths of model cards among the readings (read for licence terms in their text)."""
    out: list[str] = []
    for reading in readings:
        if reading.path in cards and reading.verdict == "unidentified" and not reading.obligations:
            # a card's prose is no license: say what was looked for, not "unidentified custom license"
            out.extend([f"{reading.path}: model card: no license terms found in its text", ""])
            continue
        out.append(f"{reading.path}: {_headline(reading)}")
        if reading.truncated:
            out.append("  (file larger than the reading limit: only its beginning was read)")
        for note in reading.unread:
            out.append(_wrap(f"(not read {note})", "  "))
        for also in reading.identification.also_contains:
            out.append(f"  also contains: {also.reference.id}")
        if reading.verdict != "unidentified":
            for d in reading.differences:
                out.append(_wrap(f"- {d.status.replace('_', ' ')} [{d.kind}]: {d.detail}", "  "))
            for clause in reading.identification.missing:
                where = f"section {clause.section}" if clause.section else "a clause"
                out.append(f"  - missing from this file: {where} of the reference ({clause.words} words)")
            for passage in reading.identification.added:
                if passage.inside:
                    out.append(f"  - changed or added wording at lines {passage.start_line}-{passage.end_line}")
        if reading.obligations:
            out.append(f"  Obligations read from the text ({len(reading.obligations)}):")
            for ob in reading.obligations:
                src = ob.source
                label = KIND_LABELS.get(ob.kind, ob.kind)
                params = _parameters(ob)
                confidence = "" if ob.confidence >= 0.85 else f" (low confidence {ob.confidence:.2f})"
                out.append(f"  - {src.path}:{src.start_line}-{src.end_line} {label} [{ob.kind}]{confidence}")
                if params:
                    out.append(_wrap(params, "      "))
                when = " or ".join(TRIGGER_WORDS.get(t, t) for t in ob.triggers)
                out.append(f"      Applies when you {when}." + (f" Only: {ob.scope}." if ob.scope else ""))
                out.append(_wrap(f'"{src.text}"', "      "))
        else:
            out.append("  No obligations found in the text.")
        out.append("")
    return "\n".join(out)
