"""Hostile inputs never crash the text reader, never hang it, and keep its memory bounded."""

from __future__ import annotations

import random
import tracemalloc
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from openlint.text.normalize import MAX_BYTES, decode
from openlint.text.read import read_text


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=3000))
def test_random_text_never_crashes(text: str) -> None:
    reading = read_text(text, "LICENSE")
    assert reading.verdict in {"known", "known-with-differences", "unidentified"}


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=4000))
def test_random_bytes_decode_and_read(data: bytes) -> None:
    read_text(decode(data), "LICENSE")


@settings(max_examples=20, deadline=None)
@given(rng=st.randoms(use_true_random=False))
def test_shuffled_clauses_still_identify(rng: random.Random, corpus: Path) -> None:
    text = (corpus / "licenses" / "ai" / "llama3.1-community.txt").read_text(encoding="utf-8")
    blocks = text.split("\n\n")
    rng.shuffle(blocks)
    reading = read_text("\n\n".join(blocks), "LICENSE")
    assert reading.license_id == "llama3.1"


def test_mutations_with_unicode_keep_the_family(corpus: Path) -> None:
    rng = random.Random(7)
    text = (corpus / "licenses" / "ai" / "llama3.2-community.txt").read_text(encoding="utf-8")
    chars = list(text)
    spaces = [i for i, c in enumerate(chars) if c == " "]
    for i in sorted(rng.sample(spaces, 200), reverse=True):
        chars.insert(i, rng.choice(" \u00e9\u4e2d\U0001f600\u00a0"))  # visible junk between words
    for _ in range(200):
        chars.insert(rng.randrange(len(chars)), rng.choice("\u200b\u00ad\ufeff"))  # invisible junk anywhere
    reading = read_text("".join(chars), "LICENSE")
    assert reading.entry is not None and reading.entry.family == "llama"


def test_huge_inputs_are_bounded(corpus: Path) -> None:
    base = (corpus / "licenses" / "spdx" / "GPL-3.0.txt").read_text(encoding="utf-8")
    five_mb = (base * 200)[:5_000_000]
    tracemalloc.start()
    reading = read_text(five_mb, "big")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert reading.truncated and reading.license_id in {"GPL-3.0-only", "GPL-3.0-or-later"}
    assert peak < 60 * MAX_BYTES  # bounded by the reading limit, not by the input
    assert read_text("word " * 250_000, "one-line").verdict == "unidentified"  # a single 1.25 MB line


def test_nul_bytes_and_foreign_encodings(corpus: Path) -> None:
    text = (corpus / "licenses" / "spdx" / "MIT.txt").read_text(encoding="utf-8")
    for data in (
        text.encode("utf-16"),
        text.encode("utf-8-sig"),
        text.replace("Permission", "Permissi\u00f3n").encode("latin-1"),
        text.encode("utf-8")[:-1] + b"\xc3",
        b"\x00".join(text.encode("utf-8").split(b" ")),
        b"\xff\xfe\xfd" * 1000,
    ):
        read_text(decode(data), "LICENSE")
    assert read_text(decode(text.encode("utf-16")), "LICENSE").license_id == "MIT"


@given(
    st.text(
        alphabet=st.sampled_from(
            [*"ab \n\"'-", "\u201c", "\u201d", "\u2018", "\u2019", "\u2013", "\u2014", "\u00a0", "\u00a9", "\u00e9"]
        )
    )
)
def test_fold_typography_is_the_translation_table(text: str) -> None:
    from openlint.text.normalize import TYPOGRAPHY, fold_typography

    assert fold_typography(text) == text.translate(TYPOGRAPHY)
