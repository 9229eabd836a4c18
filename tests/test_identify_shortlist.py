"""The sampled shortlist (identify._matches) gives the answer that counting every reference gives."""

from __future__ import annotations

import random
from array import array
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openlint.text.fingerprints import SAMPLE, default_references
from openlint.text.identify import KNOWN, SIMILAR, Identification, identify
from openlint.text.normalize import decode, shingle_hashes, words
from openlint.text.shingle_query import SAMPLE_RUN, ShingleQuery


def exhaustive(text: str) -> tuple[str, float, set[str]] | None:
    """Best reference, its containment, and the other documents wholly present and mostly outside it,
    by identify's rules, with every reference counted exactly."""
    query = set(shingle_hashes(words(text).texts))
    scored = []
    for ref in default_references().references:
        shared = len(query & ref.hashes)
        if shared:
            containment = shared / ref.distinct
            scored.append(((round(containment, 2), containment * ref.words), containment, ref))
    if not scored:
        return None
    _, containment, best = max(scored, key=lambda s: s[0])
    also = {
        ref.id
        for _, share, ref in scored
        if ref is not best and share >= KNOWN and len(ref.hashes - best.hashes) > 0.5 * ref.distinct
    }
    return best.id, containment, also


def assert_same_answer(text: str) -> Identification:
    ident = identify(words(text))
    expected = exhaustive(text)
    if expected is None or expected[1] < SIMILAR:
        assert ident.verdict == "unidentified"
    else:
        assert ident.best is not None
        also = {m.reference.id for m in ident.also_contains}
        assert (ident.best.reference.id, ident.best.containment, also) == expected
    return ident


def corpus_texts(corpus: Path) -> list[str]:
    return [decode(p.read_bytes()) for p in sorted((corpus / "licenses").glob("*/*.txt"))]


@pytest.mark.parametrize("share", [0.5, 0.6, 0.65, 0.95, 1.0])
def test_truncated_texts_near_the_thresholds(corpus: Path, share: float) -> None:
    # Cutting a text at a share of its words puts its containment near SIMILAR and KNOWN.
    for text in corpus_texts(corpus):
        cut = text.split(" ")
        assert_same_answer(" ".join(cut[: int(len(cut) * share)]))


@settings(max_examples=60, deadline=None)
@given(rng=st.randoms(use_true_random=False))
def test_mutated_and_mixed_texts(rng: random.Random, corpus: Path) -> None:
    texts = corpus_texts(corpus)
    blocks = rng.choice(texts).split("\n\n")
    for _ in range(rng.randrange(6)):
        op = rng.choice(["drop", "swap", "foreign", "word"])
        at = rng.randrange(len(blocks))
        if op == "drop" and len(blocks) > 1:
            del blocks[at]
        elif op == "swap":
            other = rng.randrange(len(blocks))
            blocks[at], blocks[other] = blocks[other], blocks[at]
        elif op == "foreign":  # a paragraph of another license, often of the same family
            blocks.insert(at, rng.choice(rng.choice(texts).split("\n\n")))
        else:
            parts = blocks[at].split(" ")
            parts[rng.randrange(len(parts))] = rng.choice(["70", "seventy", "Acme", "not"])
            blocks[at] = " ".join(parts)
    assert_same_answer("\n\n".join(blocks))


def test_a_license_beside_its_use_policy_is_both(corpus: Path) -> None:
    ai = corpus / "licenses" / "ai"
    text = "\n\n".join(decode((ai / name).read_bytes()) for name in ("llama3.1-community.txt", "llama3.1-aup.txt"))
    ident = assert_same_answer(text)
    assert ident.license_id == "llama3.1" and [m.reference.id for m in ident.also_contains] == ["llama3.1-aup"]


@pytest.mark.parametrize("size", [0, 7, SAMPLE_RUN - 1, SAMPLE_RUN, 2 * SAMPLE_RUN + 5])
def test_a_long_texts_sample_is_exactly_its_sampled_hashes(size: int) -> None:
    # Picked out by each hash's lowest byte, a run at a time (across runs' edges too): the same
    # hashes, in the same order, as testing each against SAMPLE.
    rng = random.Random(size)
    hashes = array("I", (rng.getrandbits(32) for _ in range(size)))
    hashes.extend([0, SAMPLE, 2**32 - SAMPLE, 2**32 - 1, SAMPLE + 1])
    assert list(ShingleQuery(hashes).sample()) == [value for value in hashes if value % SAMPLE == 0]
