"""Which known license is this text? Containment of reference shingles, per clause."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import accumulate
from typing import Literal

from openlint.text.fingerprints import Reference, ReferenceSet, default_references
from openlint.text.normalize import SHINGLE, Tokens, shingle_hashes

Verdict = Literal["known", "known-with-differences", "unidentified"]

KNOWN = 0.95  # share of the reference's shingles present in the text
SIMILAR = 0.60
CLAUSE_PRESENT = 0.5  # a clause counts as present when half its shingles are found


@dataclass(frozen=True)
class MissingClause:
    section: str
    words: int
    present: float


@dataclass(frozen=True)
class AddedPassage:
    """Words of the text that no reference explains: inside the license (a change) or around it."""

    start_line: int
    end_line: int
    words: int
    inside: bool


@dataclass(frozen=True)
class Match:
    reference: Reference
    containment: float  # share of the reference found in the text
    coverage: float  # share of the text explained by the reference


@dataclass(frozen=True)
class Identification:
    verdict: Verdict
    best: Match | None
    also_contains: tuple[Match, ...] = ()
    missing: tuple[MissingClause, ...] = ()
    added: tuple[AddedPassage, ...] = ()
    candidates: tuple[Match, ...] = field(default=())

    @property
    def license_id(self) -> str | None:
        return self.best.reference.id if self.best and self.verdict != "unidentified" else None

    @property
    def confidence(self) -> float:
        return round(self.best.containment, 3) if self.best else 0.0


def _added(text_words: Tokens, covered: list[bool]) -> list[AddedPassage]:
    """Runs of the text's words not covered by any reference shingle."""
    if all(covered):
        return []
    first = covered.index(True) if True in covered else len(covered)
    last = len(covered) - 1 - covered[::-1].index(True) if True in covered else -1
    out: list[AddedPassage] = []
    start = None
    for i, hit in enumerate([*covered, True]):
        if not hit and start is None:
            start = i
        elif hit and start is not None:
            inside = start > first and i - 1 < last
            if inside or i - start >= 12:  # text around the license matters only when substantial
                out.append(AddedPassage(text_words.lines[start], text_words.lines[i - 1], i - start, inside))
            start = None
    return out


def _covered(explained_at: list[bool], n_words: int) -> list[bool]:
    """Words inside at least one explained shingle (shingle i spans words i .. i+SHINGLE-1)."""
    if explained_at and all(explained_at):
        return [True] * n_words
    last = SHINGLE - 1
    reach = list(accumulate([i + last if hit else -1 for i, hit in enumerate(explained_at)], max))
    reach += [reach[-1] if reach else -1] * (n_words - len(reach))  # the last words start no shingle
    return [i <= r for i, r in enumerate(reach)]


def identify(text_words: Tokens, references: ReferenceSet | None = None) -> Identification:
    refs = references if references is not None else default_references()
    tokens = text_words.texts
    hashes = shingle_hashes(tokens)
    query = set(hashes)
    if not query:
        return Identification("unidentified", None)
    matches = [
        Match(ref, common / ref.distinct, common / len(query))
        for ref, common in zip(refs.references, refs.shared(query), strict=True)
        if common and ref.distinct
    ]
    # Most of the reference present first; among near-equal ones, the larger shared part wins
    # (a license file that also carries its use policy matches both).
    matches.sort(key=lambda m: (round(m.containment, 2), m.containment * m.reference.words), reverse=True)
    if not matches or matches[0].containment < SIMILAR:
        return Identification("unidentified", matches[0] if matches else None, candidates=tuple(matches[:3]))
    best = matches[0]
    best_hashes = best.reference.hashes
    # Other documents wholly present and mostly outside the best one (a LICENSE plus its use policy).
    also = tuple(
        m
        for m in matches[1:]
        if m.containment >= KNOWN and len(m.reference.hashes - best_hashes) > 0.5 * len(m.reference.hashes)
    )
    explained = best_hashes.union(*(m.reference.hashes for m in also)) if also else best_hashes
    covered = _covered(list(map(explained.__contains__, hashes)), len(tokens))
    missing = tuple(
        MissingClause(section, size, round(present, 2))
        for section, size, present in best.reference.clause_presence(query)
        if present is not None and present < CLAUSE_PRESENT
    )
    added = tuple(_added(text_words, covered))
    exact = best.containment >= KNOWN and not missing and not any(a.inside for a in added)
    return Identification(
        "known" if exact else "known-with-differences",
        best,
        also_contains=also,
        missing=missing,
        added=added,
        candidates=tuple(matches[:3]),
    )
