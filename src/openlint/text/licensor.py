"""Who grants a license: the licensor a text names in its body.

A title says which license a text claims to be; the licensor says whose it is. Licensors reuse each
other's wording (Stability's SDXL 0.9 license is Meta's research license with the names changed), so
a text naming its own licensor is not a reference that names another, however alike the wording.
Read here: copyright lines ("Copyright (c) 2024 Acme Inc.", "Copyright Acme, Inc., 2024"), definitions
('"Licensor" means Acme', '"we" means Acme'), a party defined in brackets ('Acme Corp. ("we", "us")', 'Acme (the
"Licensor")') and "made available to you by Acme" / "agreement between you and Acme".
"""

from __future__ import annotations

from itertools import islice

from openlint.text.programs import prebuilt
from openlint.text.titles import GENERIC, words_of

MAX_NAME = 100  # characters read as a name after its cue
MAX_CUES = 64  # cues read per kind: a license names its licensor a few times, a hostile text may not stop
# Words any organisation's name may carry: they tell no licensor from another.
_ORGANISATION = frozenset(
    {
        "a/s",
        "ab",
        "affiliates",
        "ag",
        "as",
        "b.v",
        "bv",
        "company",
        "corp",
        "foundation",
        "gmbh",
        "group",
        "holdings",
        "institute",
        "its",
        "lab",
        "laboratory",
        "labs",
        "plc",
        "pte",
        "pty",
        "research",
        "s",
        "sa",
        "sas",
        "srl",
        "subsidiaries",
        "team",
        "technologies",
        "technology",
        "university",
        "contributors",
        "authors",
        "et",
        "al",
    }
)
# The cues are read in the lowered text (of the same length, so a name is read at the same place in
# the text itself): a pattern without IGNORECASE is several times faster.
_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_YEARS = r"(?:(?:19|20)\d\d(?:\s*[-\u2013,]\s*(?:(?:19|20)\d\d|present))*,?\s+)"
# "Copyright (c) 2024 Acme", "Copyright 2024 Acme", "(c) 2024 Acme", "\u00a9 Acme"; "(c) Acme" alone
# is a list item.
_COPYRIGHT = prebuilt(
    r"copyright\s*(?:(?:\(c\)|\u00a9)\s*" + _YEARS + r"?|" + _YEARS + r")(?:by\s+)?"
    r"|\(c\)\s*" + _YEARS + r"|\u00a9\s*" + _YEARS + r"?"
)
# "Copyright Acme, Inc., 2024": the name first, then its year (checked apart: "Copyright License"
# and "copyright holders" name nobody).
_COPYRIGHT_NAME_FIRST = prebuilt(r"copyright\s+(?=[a-z])")
_YEAR_AFTER = prebuilt(r"[ \t.,]*(?:19|20)\d\d\b")
# '"Licensor" means Acme', '"Meta" or "we" means Meta Platforms', 'Licensor: Acme'.
_DEFINED = prebuilt(
    r"[\"\u201c](?:licensor|we|us|company|provider)[\"\u201d]\s*(?:(?:shall\s+)?(?:means?|refers?\s+to|is)\s+"
    r"|[:\u2013-]\s*)"
)
# 'Acme Corp. ("we", "us")', 'Acme (the "Licensor")', 'Acme (hereinafter referred to as "Licensor")'.
_BRACKETED = prebuilt(
    r"\((?:the\s+|hereinafter\s+(?:referred\s+to\s+as\s+)?|collectively\s+)?[\"\u201c]"
    r"(?:licensor|we|us|our|company|provider)[\"\u201d]"
)
# "made available to You by Acme", "provided to you by Acme", "agreement between you and Acme". Each
# pattern opens with a literal, which the regex engine finds fast; the verb before "to you by" is
# checked apart.
_TO_YOU_BY = prebuilt(r"to\s+you\s+by\s+(?:the\s+)?")
_GIVEN = prebuilt(r"(?:made\s+available|provided|offered|licensed|distributed)\s+$")
_BETWEEN = prebuilt(r"between\s+(?:you|licensee)\s+and\s+(?:the\s+)?")
# A name: capitalised words, joined by "&", "and", "of", "de"; after a comma only a company's
# suffix ("Acme, Inc."); it ends at the first other word.
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # a space or one line break: a name may be wrapped
_WORD = r"(?:[A-Z0-9][\w.'/-]*|&|and(?=\s+[A-Z])|of|de|der|du|la)"
_SUFFIX = r"(?i:inc|ltd|llc|limited|corp|corporation|co|gmbh|ag|plc|pbc|sa|bv|pte|pty)\b\.?"
_NAME = prebuilt(r"(?:[A-Z0-9][\w.'/-]*|&)(?:," + _GAP + _SUFFIX + r"|" + _GAP + _WORD + r")*")
# Placeholders and prose that follow a cue but name nobody.
_NOBODY = frozenset(
    {"the", "this", "you", "your", "licensor", "licensee", "we", "us", "any", "all", "each", "if", "means", "year"}
)


def _name_at(text: str, start: int, lead: bool = False) -> str | None:
    """The name starting at `start`; `lead`: a sentence's first words may come before it ("The")."""
    found = _NAME.match(text, start, start + MAX_NAME)
    if found is None:
        return None
    words = found.group(0).split()
    if found.end() == start + MAX_NAME:
        words = words[:-1]  # cut by the window: a part of a word
    while lead and words and words[0].strip(",.").lower() in _NOBODY:
        del words[0]
    # A name ends with its sentence ("Acme Inc. All Rights Reserved", "Acme, Inc.,\n51 Main Street")
    # and before a word such as "You" ("Acme, You agree").
    cut = next((i for i, w in enumerate(words) if w.strip(",.").lower() in _NOBODY), len(words))
    end = next((i + 1 for i, w in enumerate(words[:cut]) if w.rstrip(",").endswith(".")), cut)
    return " ".join(words[:end]).strip(" ,.") or None


def _name_before(text: str, end: int) -> str | None:
    """The capitalised name that ends where a bracketed definition starts."""
    head = text[max(0, end - MAX_NAME) : end].rstrip()
    names = [m for m in _NAME.finditer(head) if m.end() == len(head.rstrip(","))]
    return _name_at(head, names[-1].start(), lead=True) if names else None


def _lowered(text: str) -> str:
    """The text lowered, of the same length. str.lower() maps a few characters to two, and holds
    twelve bytes a character while it works on a text beyond Latin-1: such a text is lowered in
    pieces (the reading's memory stays a few times its input)."""
    if text.isascii():
        return text.lower()
    pieces = []
    for start in range(0, len(text), _PIECE):
        piece = text[start : start + _PIECE]
        low = piece.lower()
        pieces.append(low if len(low) == len(piece) else piece.translate(_LOWER))
    return "".join(pieces)


_PIECE = 1024


def licensor_names(text: str) -> list[str]:
    """The names the text gives its licensor, in order, each once."""
    found: dict[str, None] = {}
    low = _lowered(text)
    for pattern in (_COPYRIGHT, _DEFINED, _TO_YOU_BY, _BETWEEN):
        for cue in islice(pattern.finditer(low), MAX_CUES):
            if pattern is _TO_YOU_BY and not _GIVEN.search(low, max(0, cue.start() - 20), cue.start()):
                continue
            name = _name_at(text, cue.end())
            if name:
                found.setdefault(name, None)
    for cue in islice(_COPYRIGHT_NAME_FIRST.finditer(low), MAX_CUES):
        found_name = _NAME.match(text, cue.end(), cue.end() + MAX_NAME)
        if found_name is not None and _YEAR_AFTER.match(text, found_name.end()):
            name = _name_at(text, cue.end())
            if name:
                found.setdefault(name, None)
    for cue in islice(_BRACKETED.finditer(low), MAX_CUES):
        name = _name_before(text, cue.start())
        if name:
            found.setdefault(name, None)
    return list(found)


def name_words(name: str) -> frozenset[str]:
    """The words that tell one licensor from another ("Acme Robotics, Inc." -> acme, robotics)."""
    return frozenset(
        w for w in words_of(name) if w not in GENERIC and w not in _ORGANISATION and not w.isdigit() and len(w) > 1
    )


def licensor_words(text: str) -> list[frozenset[str]]:
    """Each licensor name the text gives, as its telling words (names with none are dropped)."""
    return [words for name in licensor_names(text) if (words := name_words(name))]
