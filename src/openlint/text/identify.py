"""Which known license is this text? Containment of reference shingles, per clause."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from math import sqrt
from typing import Literal, NamedTuple

from openlint.text.fingerprints import Reference, ReferenceSet, default_references
from openlint.text.normalize import SHINGLE, Tokens
from openlint.text.shingle_query import ShingleQuery, ShortQuery, query_of

Verdict = Literal["known", "known-with-differences", "unidentified"]

KNOWN = 0.95  # share of the reference's shingles present in the text
SIMILAR = 0.60
CLAUSE_PRESENT = 0.5  # a clause counts as present when half its shingles are found
CLOSEST = 3  # references counted exactly, whatever their bounds, to name the closest one
Z = 4.0  # a reference is counted exactly unless its sample puts it this many standard errors out


# NamedTuples, not dataclasses: the reading path then never imports dataclasses (and inspect).
class MissingClause(NamedTuple):
    section: str
    words: int
    present: float


class AddedPassage(NamedTuple):
    """Words of the text that no reference explains: inside the license (a change) or around it."""

    start_line: int
    end_line: int
    words: int
    inside: bool


class Match(NamedTuple):
    reference: Reference
    containment: float  # share of the reference found in the text
    coverage: float  # share of the text explained by the reference
    shared: int  # distinct shingles in common


class Identification(NamedTuple):
    verdict: Verdict
    best: Match | None
    also_contains: tuple[Match, ...] = ()
    missing: tuple[MissingClause, ...] = ()
    added: tuple[AddedPassage, ...] = ()

    @property
    def license_id(self) -> str | None:
        return self.best.reference.id if self.best and self.verdict != "unidentified" else None

    @property
    def confidence(self) -> float:
        return round(self.best.containment, 3) if self.best else 0.0


def _added(text_words: Tokens, covered: bytes) -> list[AddedPassage]:
    """Runs of the text's words (covered[i] == 0) not covered by any reference shingle."""
    first, last = covered.find(1), covered.rfind(1)
    if first == -1:
        first = len(covered)
    out: list[AddedPassage] = []
    for run in _UNCOVERED.finditer(covered):
        start, end = run.span()
        inside = start > first and end - 1 < last
        if inside or end - start >= 12:  # text around the license matters only when substantial
            out.append(AddedPassage(text_words.line_of(start), text_words.line_of(end - 1), end - start, inside))
    return out


_UNCOVERED = re.compile(b"\x00+")


def _covered(explained_at: bytes, n_words: int) -> bytes:
    """1 for each word inside at least one explained shingle (shingle i spans words i ..
    i+SHINGLE-1): the explained flags OR-ed with themselves shifted by 1 .. SHINGLE-1 words, as one
    big integer a byte per word, so no list of the words is made."""
    flags = int.from_bytes(explained_at, "little")
    spread = flags
    for shift in range(1, SHINGLE):
        spread |= flags << (8 * shift)
    return spread.to_bytes(n_words + SHINGLE, "little")[:n_words]


@lru_cache(maxsize=4096)  # a few hundred (hits, size) pairs recur across texts
def _interval(hits: int, size: int) -> tuple[float, float]:
    """Wilson score interval, Z standard errors wide, of a share seen as hits/size in a sample."""
    if not size:
        return 0.0, 1.0
    share, z2 = hits / size, Z * Z
    centre = (share + z2 / (2 * size)) / (1 + z2 / size)
    half = Z * sqrt(share * (1 - share) / size + z2 / (4 * size * size)) / (1 + z2 / size)
    return centre - half, centre + half


def _exact(refs: Iterable[Reference], query: ShortQuery | ShingleQuery) -> list[Match]:
    out = []
    for ref in refs:
        shared = query.shared(ref)
        if shared:
            out.append(Match(ref, shared / ref.distinct, shared / query.distinct, shared))
    return out


def _matches(refs: ReferenceSet, query: ShortQuery | ShingleQuery) -> list[Match]:
    """Exact matches of every reference that can be the best one or be wholly present.

    Counting a text's shingles against every reference costs a lookup per shingle; counting its
    1-in-8 sample costs an eighth of that and bounds each reference's containment, so only the
    references whose bound reaches the leader's (or KNOWN) are counted exactly, by set intersection.
    """
    counts = refs.sample_counts(query.sample())
    bounds = [_interval(hits, ref.sampled) for hits, ref in zip(counts, refs.references, strict=True)]
    leader = max((low for low, _ in bounds), default=0.0)
    floor = min(max(leader, SIMILAR), KNOWN) - 0.01  # 0.01: ranking rounds containment to 2 places
    candidates = [ref for ref, (_, high) in zip(refs.references, bounds, strict=True) if high >= floor]
    # Nothing similar among them: still name the closest, among the few closest by their samples.
    by_share = sorted(
        (hits / ref.sampled, i) for i, (hits, ref) in enumerate(zip(counts, refs.references, strict=True)) if hits
    )
    closest = [refs.references[i] for _, i in by_share[-CLOSEST:]]
    # A long text is read once for every count below (a pass by partitions looks up each reference
    # given): the closest ones too, unless the leader's sample says it is similar, when they are
    # counted only if, after all, none is (then in a second pass).
    query.prepare(candidates if leader >= SIMILAR else candidates + closest)
    matches = _exact(candidates, query)
    if not any(m.containment >= SIMILAR for m in matches):
        counted = {m.reference.id for m in matches}
        rest = [ref for ref in closest if ref.id not in counted]
        query.prepare(rest)
        matches += _exact(rest, query)
    return matches


def identify(text_words: Tokens, references: ReferenceSet | None = None) -> Identification:
    refs = references if references is not None else default_references()
    hashes = text_words.hashes
    if not hashes:  # no shingle at all
        return Identification("unidentified", None)
    query = query_of(hashes, text_words.chars)
    matches = _matches(refs, query)
    # Most of the reference present first; among near-equal ones, the larger shared part wins
    # (a license file that also carries its use policy matches both).
    matches.sort(key=lambda m: (round(m.containment, 2), m.containment * m.reference.words), reverse=True)
    if not matches or matches[0].containment < SIMILAR:
        return Identification("unidentified", matches[0] if matches else None)
    best = matches[0]
    # Other documents wholly present and mostly outside the best one (a LICENSE plus its use policy).
    wholly = [m for m in matches[1:] if m.containment >= KNOWN]
    also = tuple(m for m in wholly if len(m.reference.hashes - best.reference.hashes) > 0.5 * m.reference.distinct)
    missing: tuple[MissingClause, ...] = ()
    if best.shared < best.reference.distinct:  # else every clause is wholly present
        missing = tuple(
            MissingClause(section, size, round(present, 2))
            for section, size, present in best.reference.clause_presence(query)
            if present is not None and present < CLAUSE_PRESENT
        )
    added: tuple[AddedPassage, ...] = ()
    if also or best.shared < query.distinct:  # else every shingle of the text is in the reference
        explained = query.explained_at(hashes, (m.reference for m in (best, *also)))
        added = tuple(_added(text_words, _covered(explained, len(text_words))))
    exact = best.containment >= KNOWN and not missing and not any(a.inside for a in added)
    return Identification(
        "known" if exact else "known-with-differences", best, also_contains=also, missing=missing, added=added
    )


def match_reference(text_words: Tokens, source: str, references: ReferenceSet | None = None) -> Match | None:
    """The text's exact match against one reference (by its corpus file), however it ranked."""
    refs = references if references is not None else default_references()
    ref = next((r for r in refs.references if r.source == source), None)
    if ref is None or not text_words.hashes:
        return None
    query = query_of(text_words.hashes, text_words.chars)
    found = _exact([ref], query)
    return found[0] if found else Match(ref, 0.0, 0.0, 0)
