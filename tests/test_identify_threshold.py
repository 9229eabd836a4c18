"""Identification's thresholds at the boundary, on a synthetic reference: a text holding exactly 95% of
a reference's shingles is "known", one shingle fewer is not; exactly 60% is similar, one fewer is not."""

from __future__ import annotations

from itertools import product
from string import ascii_lowercase

from openlint.text.fingerprints import ReferenceSet, fingerprint, store_document
from openlint.text.identify import identify
from openlint.text.normalize import SHINGLE, words

# 380 distinct shingles: 0.95 and 0.60 of them are whole numbers (361 and 228).
SHINGLES = 380
VOCABULARY = ["".join(letters) for letters in product(ascii_lowercase, repeat=3)][: SHINGLES + SHINGLE - 1]
REFERENCES = ReferenceSet(
    store_document([fingerprint("synthetic", "synthetic", "synthetic.txt", " ".join(VOCABULARY))])
)


def _holding(shingles: int) -> str:
    """The reference's first words: a text holding exactly this many of its shingles, and nothing else."""
    return " ".join(VOCABULARY[: shingles + SHINGLE - 1])


def test_the_synthetic_reference_is_what_the_boundaries_assume() -> None:
    (reference,) = REFERENCES.references
    assert reference.distinct == SHINGLES
    assert identify(words(_holding(SHINGLES)), REFERENCES).verdict == "known"


def test_exactly_the_known_share_is_known() -> None:
    at = 361  # 0.95 of the reference (docs/text-reading.md: "containment is at least 0.95")
    assert at / SHINGLES == 0.95
    result = identify(words(_holding(at)), REFERENCES)
    assert (result.verdict, result.confidence) == ("known", 0.95)
    below = identify(words(_holding(at - 1)), REFERENCES)
    assert below.verdict == "known-with-differences" and below.license_id == "synthetic"


def test_exactly_the_similar_share_is_similar() -> None:
    at = 228  # 0.60 of the reference: similar enough to name it, with differences
    assert at / SHINGLES == 0.60
    result = identify(words(_holding(at)), REFERENCES)
    assert (result.verdict, result.license_id, result.confidence) == ("known-with-differences", "synthetic", 0.6)
    below = identify(words(_holding(at - 1)), REFERENCES)
    assert below.verdict == "unidentified" and below.license_id is None
