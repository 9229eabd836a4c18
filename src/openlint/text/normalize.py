"""Text normalisation shared by fingerprinting and identification.

Case, whitespace, punctuation, bullets, quotes, copyright lines and markdown/HTML wrappers do not
change what a license says, so they must not change its fingerprint.
"""

from __future__ import annotations

import re
import zlib
from itertools import accumulate

SHINGLE = 5  # words per shingle: long enough to be specific, short enough to survive edits
MAX_BYTES = 2_000_000  # identification reads at most this much (bounded work per input)
# ... and compares at most this many words (the longest license in the corpus has ~13,000; 2 MB
# of one-letter words would be a million, at ~1.3 us each).
MAX_WORDS = 250_000

_HTML_TAG = re.compile(r"<[^<>\n]{0,200}>")
_MD_LINK = re.compile(r"\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)")
# A copyright line's text, not its newline (cited line numbers must not move); matched after a
# literal newline, which the regex engine finds fast, where `^` under MULTILINE is tried at every char.
_COPYRIGHT_LINE = re.compile(r"\n[^\S\n]*(?:copyright\b|\(c\)|©)[^\n]{0,300}(?![^\n])", re.IGNORECASE)
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


def fold_typography(text: str) -> str:
    """`text.translate(TYPOGRAPHY)`, as a few replace() scans: translate looks up every character."""
    if text.isascii():
        return text
    for char, plain in TYPOGRAPHY.items():
        if chr(char) in text:
            text = text.replace(chr(char), str(plain))
    return text


_FORMAT_CHARS = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def clean(text: str) -> str:
    """Drop markup, invisible format characters and copyright lines; keep line structure."""
    text = fold_typography(text)
    if not text.isascii():
        text = _FORMAT_CHARS.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _HTML_TAG.sub(" ", text)
    return _COPYRIGHT_LINE.sub("\n", "\n" + text)[1:]


class Tokens:
    """Lower-cased words of a cleaned text; the 1-based line each starts on is found on demand
    (only passages a reference does not explain are cited by line)."""

    def __init__(self, cleaned: str) -> None:
        self._cleaned = cleaned
        texts: list[str] = _WORD.findall(cleaned)
        self.capped = len(texts) > MAX_WORDS
        self.texts = texts[:MAX_WORDS] if self.capped else texts
        self._lines: list[int] | None = None

    def __len__(self) -> int:
        return len(self.texts)

    @property
    def lines(self) -> list[int]:
        if self._lines is None:
            lines: list[int] = []
            for number, line in enumerate(self._cleaned.split("\n"), 1):
                lines.extend([number] * len(_WORD.findall(line)))
                if len(lines) >= len(self.texts):
                    break
            self._lines = lines[: len(self.texts)]
        return self._lines


def words(text: str) -> Tokens:
    return Tokens(clean(text).lower())


def shingle_hashes(tokens: list[str]) -> list[int]:
    """CRC-32 of every run of SHINGLE words joined by spaces; item i is the run starting at word i."""
    if len(tokens) < SHINGLE:
        return []
    joined = memoryview(" ".join(tokens).encode("ascii"))  # tokens are [a-z0-9.'] only
    starts = list(accumulate(map((1).__add__, map(len, tokens)), initial=0))  # each word and its space
    crc = zlib.crc32
    return [crc(joined[a : b - 1]) for a, b in zip(starts, starts[SHINGLE:], strict=False)]


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
