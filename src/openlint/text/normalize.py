"""Text normalisation shared by fingerprinting and identification.

Case, whitespace, punctuation, bullets, quotes, copyright lines and markdown/HTML wrappers do not
change what a license says, so they must not change its fingerprint.
"""

from __future__ import annotations

import re
import zlib
from array import array
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate, islice, tee

from openlint.text.programs import prebuilt

SHINGLE = 5  # words per shingle: long enough to be specific, short enough to survive edits
MAX_BYTES = 2_000_000  # identification reads at most this much (bounded work per input)
UTF16_PROBE = 4096  # bytes looked at to tell UTF-16 without a byte-order mark by its NULs
# ... and compares at most this many words (the longest license in the corpus has ~13,000; 2 MB
# of one-letter words would be a million, at ~1.3 us each).
MAX_WORDS = 250_000

# A tag, placeholder or link text may run over line breaks (a wrap cut it) but not over a blank line.
_HTML_TAG = prebuilt(r"<(?:[^<>\n]|\n(?![^\S\n]*\n)){0,200}>")
_MD_LINK = prebuilt(r"\[((?:[^\]\n]|\n(?![^\S\n]*\n)){0,300})\]\([^)\n]{0,500}\)")
# A copyright line's text, not its newline (cited line numbers must not move); matched after a
# literal newline, which the regex engine finds fast, where `^` under MULTILINE is tried at every char.
# "Copyright" or "(c)" then a year, a placeholder or (after "Copyright") a capitalised name: a line
# of prose that wrapping starts with "copyright holders" or "Copyright License." is not one.
_COPYRIGHT_LINE = prebuilt(
    r"\n[^\S\n]*(?:copyright\b[^\S\n]*(?:\(c\)|[\d\[<{]|(?!(?:licen[cs]e|law|notice|holder|owner|act|protection"
    r"|interest|statement|and|or|of|in|to|is|the)\b)(?-i:[A-Z][a-z]))|\(c\)[^\S\n]*[\d\[<{]|©)[^\n]{0,300}"
    # ... and the rest of it a wrap put on the next line: of a placeholder ("[name of copyright\nowner] ..."),
    # of "All rights reserved." ("[fullname]. All\nrights reserved."), of the holder's name ("Free Software\n
    # Foundation, Inc."), so that a copy wrapped narrower is compared on the same words
    r"(?:\n[^\S\n]*(?:[^\n\[\]<>]{1,60}[\]>][^\n]{0,300}|(?:all[^\S\n]+)?rights[^\S\n]+reserved\.?[\"')\]]*"
    r"|[^\n]{0,40}\b(?:inc|ltd|llc|gmbh|foundation|corporation|corp)\.?)[^\S\n]*)?(?![^\n])",
    re.IGNORECASE,
)


def _blank_lines(match: re.Match[str]) -> str:
    return "\n" * match.group().count("\n")


def _tag_space(match: re.Match[str]) -> str:
    return " " + "\n" * match.group().count("\n")  # the lines a wrapped tag ran over stay (cited line numbers)


_WORD = prebuilt(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")
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


_FORMAT_CHARS = prebuilt("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def clean(text: str) -> str:
    """Drop markup, invisible format characters and copyright lines; keep line structure."""
    text = fold_typography(text)
    if not text.isascii():
        text = _FORMAT_CHARS.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _HTML_TAG.sub(_tag_space, text)
    return _COPYRIGHT_LINE.sub(_blank_lines, "\n" + text)[1:]


CHUNK = 1 << 11  # characters cleaned at a time (whole lines): no copy of a long text is made at once
LOWER_PIECE = 1 << 10  # characters of non-ASCII text lower-cased at a time


def _chunks(text: str) -> Iterator[tuple[int, int]]:
    """Spans of about CHUNK characters cut before a blank line (else after a line break): every step of
    `clean` stays within a block (a tag or placeholder a wrap cut runs over line breaks, not blank
    lines), lower-casing and the word pattern within a line, so cleaning the pieces is cleaning the whole."""
    start = 0
    while start < len(text):
        blank = text.find("\n\n", start + CHUNK, start + 2 * CHUNK)
        cut = blank + 1 if blank != -1 else text.find("\n", start + CHUNK) + 1 or len(text)
        yield start, cut
        start = cut


def _lower(text: str) -> str:
    """text.lower() as the word pattern reads it. str.lower of non-ASCII text takes 12 bytes of
    scratch per character: a piece at a time (only a capital sigma's lower case depends on its
    neighbours, and either is no word character)."""
    if text.isascii():
        return text.lower()
    return "".join([text[at : at + LOWER_PIECE].lower() for at in range(0, len(text), LOWER_PIECE)])


def _chunk_words(text: str, start: int, end: int) -> list[str]:
    return _WORD.findall(_lower(clean(text[start:end])))


class Tokens:
    """A text's words as identification compares them: the CRC-32 of every run of SHINGLE words
    (of the first MAX_WORDS), computed chunk by chunk so that neither a cleaned copy of the text nor
    a list of its words is ever held whole. The words themselves, and the 1-based line a word starts
    on, are found again on demand (only passages a reference does not explain are cited by line)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self.hashes: array[int] = array("I")
        self._spans: list[tuple[int, int]] = []  # chunks read, with the index of each one's first word
        self._first_word: list[int] = []
        self._first_line: list[int] = []
        self._line_words: dict[int, list[int]] = {}  # chunk -> index of the first word of each of its lines
        self.capped = False
        count, line = 0, 1
        carry: list[str] = []
        for start, end in _chunks(text):
            if count >= MAX_WORDS:
                self.capped = bool(_chunk_words(text, start, end))
                if self.capped:
                    break
                continue
            found = _chunk_words(text, start, end)
            self._spans.append((start, end))
            self._first_word.append(count)
            self._first_line.append(line)
            line += text.count("\n", start, end)
            if len(found) > MAX_WORDS - count:
                found, self.capped = found[: MAX_WORDS - count], True
            count += len(found)
            window = carry + found
            self.hashes.extend(_shingles(window))
            carry = window[1 - SHINGLE :] if len(window) >= SHINGLE else window
            if self.capped:
                break
        self._count = count

    def __len__(self) -> int:
        return self._count

    @property
    def chars(self) -> int:
        """The length of the text read."""
        return len(self._text)

    @property
    def texts(self) -> list[str]:
        """The lower-cased words compared (at most MAX_WORDS)."""
        out: list[str] = []
        for start, end in self._spans:
            out.extend(_chunk_words(self._text, start, end))
        return out[: self._count]

    def line_of(self, word: int) -> int:
        """The 1-based line the word-th word starts on."""
        chunk = bisect_right(self._first_word, word) - 1
        firsts = self._line_words.get(chunk)
        if firsts is None:
            start, end = self._spans[chunk]
            firsts, count = [], self._first_word[chunk]
            for line in _lower(clean(self._text[start:end])).split("\n"):
                firsts.append(count)
                count += len(_WORD.findall(line))
            self._line_words[chunk] = firsts
        return self._first_line[chunk] + bisect_right(firsts, word) - 1


def words(text: str) -> Tokens:
    return Tokens(text)


def shingle_hashes(tokens: list[str]) -> list[int]:
    """CRC-32 of every run of SHINGLE words joined by spaces; item i is the run starting at word i."""
    return list(_shingles(tokens))


def _shingles(tokens: list[str]) -> Iterator[int]:
    """`shingle_hashes`, one at a time (no list of offsets or of hashes is made)."""
    joined = memoryview(" ".join(tokens).encode("ascii"))  # tokens are [a-z0-9.'] only
    starts, after = tee(accumulate(map((1).__add__, map(len, tokens)), initial=0))  # each word and its space
    ends = map((-1).__add__, islice(after, SHINGLE, None))  # a run ends before the space after its last word
    return map(zlib.crc32, map(joined.__getitem__, map(slice, starts, ends)))


def utf16_order(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" for UTF-16 saved without a byte-order mark, else None, from the first
    4 KiB. Mostly ASCII text shows it by a NUL in every other byte (nine characters in ten); text mostly
    in another script (a Chinese licence) by decoding, in one byte order, to printable text (see
    `_utf16_text`): binary data (GGUF, safetensors, images) and ASCII text with stray NULs do not."""
    head = data[:UTF16_PROBE]
    head = head[: len(head) - len(head) % 2]
    half = len(head) // 2
    if half < 2 or b"\x00" not in head:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd * 10 >= half * 9 and even * 10 <= half:
        return "utf-16-le"
    if even * 10 >= half * 9 and odd * 10 <= half:
        return "utf-16-be"
    scored = [(score, order) for order in ("utf-16-le", "utf-16-be") if (score := _utf16_text(head, order)) is not None]
    return max(scored)[1] if scored else None


UTF16_PRINTABLE = 0.95  # share of printable characters a UTF-16 text without a byte-order mark must decode to
UTF16_ASCII_PAIRS = 0.9  # ... and the share of its non-Latin characters made of two ASCII bytes it must stay below
_ASCII_BYTES = frozenset(range(0x20, 0x7F)) | {0x09, 0x0A, 0x0D}


def _utf16_text(head: bytes, order: str) -> int | None:
    """How many ASCII characters `head` holds read in this byte order when it reads as text there (more:
    the order its NULs belong to), else None: it must decode without error (a surrogate cut at the end
    aside), hold no NUL character, at least one ASCII space or line break and a letter, be printable
    for UTF16_PRINTABLE of its characters (random bytes: about 0.8), and its characters above U+00FF
    must not nearly all be two ASCII bytes (ASCII text with a stray NUL, read in pairs)."""
    import unicodedata

    try:
        text = head.decode(order)
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 2:
            return None
        text = head[: exc.start].decode(order)
    if not text or "\x00" in text or not any(ch in " \n\r\t" for ch in text):
        return None
    printable = ascii_chars = wide = pairs = 0
    for ch in text:
        code = ord(ch)
        if code < 0x80:
            ascii_chars += 1
        elif code > 0xFF:
            wide += 1
            pairs += (code >> 8) in _ASCII_BYTES and (code & 0xFF) in _ASCII_BYTES
        category = unicodedata.category(ch)
        printable += ch in "\t\n\r\f" or category not in ("Cc", "Cn", "Co", "Cs")
    if printable < UTF16_PRINTABLE * len(text) or (wide and pairs >= UTF16_ASCII_PAIRS * wide):
        return None
    return ascii_chars if any(ch.isalpha() for ch in text) else None


def decode(data: bytes) -> str:
    """Bytes to text without failing: UTF-8 (with BOM), UTF-16 by BOM or by its NULs, else Latin-1."""
    data = data[:MAX_BYTES]
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    order = utf16_order(data)
    if order is not None:
        return data.decode(order, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3:  # a character cut by the size limit
            return data[: exc.start].decode("utf-8", errors="replace")
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") * 100 < len(text):
        return text
    return data.decode("latin-1")
