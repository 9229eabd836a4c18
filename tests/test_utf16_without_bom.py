"""A licence text saved as UTF-16 without a byte-order mark whose text is mostly not ASCII (a Chinese or
Japanese licence: few NULs, some on the "wrong" side, as in U+4E00 and U+3000) is read as the same text
in UTF-8 is; binary files (GGUF, safetensors, PNG, random bytes) and ASCII with stray NULs are not text."""

from __future__ import annotations

import random
import struct
from pathlib import Path

import pytest

from openlint.text.normalize import UTF16_ASCII_PAIRS, UTF16_PRINTABLE, decode, utf16_order
from openlint.text.read import not_license_text, read_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "licenses"
WIDE = [
    "c34-chinese-common-clauses",
    "c65-chinese-brand-label",
    "c67-korean-common-clauses",
    "c68-japanese-common-clauses",
]
ORDERS = ["utf-16-le", "utf-16-be"]


def _reading(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(str(o.kind), o.source.start_line, o.source.end_line) for o in read_text(text, "LICENSE").obligations]


@pytest.mark.parametrize("encoding", ORDERS)
@pytest.mark.parametrize("name", WIDE)
def test_a_mostly_non_ascii_licence_in_utf16_without_bom_reads_as_in_utf8(name: str, encoding: str) -> None:
    text = (FIXTURES / name / "LICENSE").read_text(encoding="utf-8")
    data = text.encode(encoding)
    even, odd = data[0::2].count(0), data[1::2].count(0)
    assert min(even, odd) * 10 < len(data) // 2 * 9 > max(even, odd)  # the every-other-byte NUL test says no
    assert utf16_order(data) == encoding
    assert not_license_text(data) is None
    assert decode(data) == text
    expected = _reading(text)
    assert expected and _reading(decode(data)) == expected


def test_a_model_directory_reads_its_utf16_chinese_licence(tmp_path: Path) -> None:
    from openlint.sources.license_text import license_text

    text = (FIXTURES / "c34-chinese-common-clauses" / "LICENSE").read_text(encoding="utf-8")
    (tmp_path / "LICENSE").write_bytes(text.encode("utf-16-le"))
    found = license_text(tmp_path)
    assert found is not None and found.entry is not None
    assert sorted({str(o.kind) for o in found.entry.obligations}) == sorted(
        {str(o.kind) for o in read_text(text, "LICENSE").obligations}
    )


def _gguf() -> bytes:
    head = b"GGUF" + struct.pack("<IQQ", 3, 291, 24)
    for n in range(24):
        key = f"general.key_{n}".encode()
        head += struct.pack("<Q", len(key)) + key + struct.pack("<I", 8) + struct.pack("<Q", 5) + b"llama"
    return head + bytes(4096)


def _safetensors() -> bytes:
    header = b'{"__metadata__":{"format":"pt"},' + b",".join(
        b'"model.layers.%d.weight":{"dtype":"F16","shape":[4096,4096],"data_offsets":[%d,%d]}' % (n, n, n + 1)
        for n in range(60)
    )
    return struct.pack("<Q", len(header) + 1) + header + b"}" + bytes(64)


def _png() -> bytes:
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", 13)
        + b"IHDR"
        + struct.pack(">IIBBBBB", 640, 480, 8, 6, 0, 0, 0)
        + (random.Random(7).randbytes(4000))
    )


@pytest.mark.parametrize(
    "data",
    [
        _gguf(),
        _safetensors(),
        _png(),
        random.Random(1).randbytes(4096),
        # random bytes with NULs on one side only
        bytes(b if i % 2 == 0 else 0 if i % 7 == 1 else b | 1 for i, b in enumerate(random.Random(2).randbytes(4096))),
        ("Permission is hereby granted to any person obtaining a copy. " * 40).encode() + b"\x00",  # a stray NUL
        b"a\x00" + ("Permission is hereby granted to any person. " * 40).encode(),
    ],
    ids=["gguf", "safetensors", "png", "random", "random-nuls-one-side", "ascii-stray-nul", "ascii-nul-at-start"],
)
def test_binary_data_is_not_read_as_utf16(data: bytes) -> None:
    assert utf16_order(data) is None
    assert not_license_text(data) == "binary data"


def _printable_boundary(bad: int) -> bytes:
    """100 characters of CJK text and line breaks, `bad` of them private-use characters."""
    chars = ("高\u9ad9\u9ada\u9adb\n" * 25)[: 100 - bad] + "\ue000" * bad
    return chars.encode("utf-16-le")


@pytest.mark.parametrize(("bad", "text"), [(5, True), (6, False)])
def test_the_text_must_be_printable_for_95_in_100_characters(bad: int, text: bool) -> None:
    assert UTF16_PRINTABLE == 0.95
    assert (utf16_order(_printable_boundary(bad)) == "utf-16-le") is text


@pytest.mark.parametrize(("pairs", "text"), [(89, True), (90, False)])
def test_ascii_byte_pairs_must_stay_below_nine_in_ten_wide_characters(pairs: int, text: bool) -> None:
    """U+4E4E is 'NN' in bytes: ASCII text read in pairs looks like this; U+9AD8 is not."""
    assert UTF16_ASCII_PAIRS == 0.9
    data = ("\n" + "\u4e4e" * pairs + "\u9ad8" * (100 - pairs)).encode("utf-16-le")
    assert (utf16_order(data) == "utf-16-le") is text


def test_a_surrogate_pair_cut_by_the_probe_is_not_an_error() -> None:
    """4 KiB is 2,048 UTF-16 units: a character outside the BMP straddling the cut decodes all the same."""
    from openlint.text.normalize import UTF16_PROBE

    text = "\u9ad8\u9ad9\n" * ((UTF16_PROBE // 2 - 1) // 3) + "\U0001f600" * 40
    text = "\u9ad8" * (UTF16_PROBE // 2 - 1 - len(text.split("\U0001f600")[0])) + text
    data = text.encode("utf-16-le")
    assert data[UTF16_PROBE - 2 : UTF16_PROBE] == "\U0001f600".encode("utf-16-le")[:2]  # a high surrogate at the cut
    assert utf16_order(data) == "utf-16-le"
