"""Text normalisation shared by fingerprinting and identification.

Case, whitespace, punctuation, bullets, quotes, copyright lines and markdown/HTML wrappers do not
change what a license says, so they must not change its fingerprint.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

SHINGLE = 5  # words per shingle: long enough to be specific, short enough to survive edits
MAX_BYTES = 2_000_000  # identification reads at most this much (bounded work per input)

_HTML_TAG = re.compile(r"<[^<>\n]{0,200}>")
_MD_LINK = re.compile(r"\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)")
_COPYRIGHT_LINE = re.compile(r"^\s*(?:copyright\b|\(c\)|©).{0,300}$", re.IGNORECASE | re.MULTILINE)
_WORD = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")
TYPOGRAPHY = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
        "\u00a9": " ",
    }
)


_FORMAT_CHARS = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def clean(text: str) -> str:
    """Drop markup, invisible format characters and copyright lines; keep line structure."""
    text = _FORMAT_CHARS.sub("", text.translate(TYPOGRAPHY))
    text = _MD_LINK.sub(r"\1", text)
    text = _HTML_TAG.sub(" ", text)
    return _COPYRIGHT_LINE.sub("", text)


@dataclass(frozen=True)
class Tokens:
    """Lower-cased words and the 1-based line each starts on (parallel lists)."""

    texts: list[str]
    lines: list[int]

    def __len__(self) -> int:
        return len(self.texts)


def words(text: str) -> Tokens:
    texts: list[str] = []
    lines: list[int] = []
    for number, line in enumerate(clean(text).lower().split("\n"), 1):
        found = _WORD.findall(line)
        texts.extend(found)
        lines.extend([number] * len(found))
    return Tokens(texts, lines)


def shingles(tokens: list[str]) -> Iterator[tuple[int, int]]:
    """(index of first word, CRC-32 of the SHINGLE words joined by spaces) for every run."""
    if len(tokens) < SHINGLE:
        return
    joined = memoryview(" ".join(tokens).encode("ascii"))  # tokens are [a-z0-9.'] only
    starts = [0]
    for token in tokens:
        starts.append(starts[-1] + len(token) + 1)
    crc = zlib.crc32
    for i in range(len(tokens) - SHINGLE + 1):
        yield i, crc(joined[starts[i] : starts[i + SHINGLE] - 1])


def decode(data: bytes) -> str:
    """Bytes to text without failing: UTF-8 (with BOM), UTF-16 by BOM, else Latin-1."""
    data = data[:MAX_BYTES]
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3:  # a character cut by the size limit
            return data[: exc.start].decode("utf-8", errors="replace")
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") * 100 < len(text):
        return text
    return data.decode("latin-1")
