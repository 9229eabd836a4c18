"""The one model-card reader: the YAML front matter of README.md / MODEL_CARD.md, validated.

Flat `key: value` cards take a fast path; Hub-shaped ones (model-index, widget, quoted values,
comments) a second one that reads only the keys openlint uses (openlint.sources.card_scan); anything
neither fully understands (numbers, booleans, null, dates, duplicate keys, flow mappings, tabs,
aliases...) goes to the YAML loader, so every path gives the same answer (property tests hold them
equal)."""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openlint.sources.card_scan import scan_card_keys
from openlint.sources.metadata import CARD_KEYS, validate
from openlint.sources.yaml_load import load
from openlint.text.programs import prebuilt

# Where a repository keeps its model card, in the order the Hub and openlint look.
CARD_NAMES = ("README.md", "readme.md", "MODEL_CARD.md", "model_card.md")

# Front matter: `---` on the first non-blank line, then the block up to the first `---` line (read by
# front_block; as a single regex it walks the whole card a character at a time).
_OPEN = prebuilt(r"\ufeff?[ \t\r\n]*---[ \t]*\r?\n")
_FENCE = prebuilt(r"---[ \t]*(?:\r?\n|\Z)")
_OPENING = prebuilt(r"---[ \t]*\r?\n")
_KEY = r"[A-Za-z_][A-Za-z0-9_-]*"
# A plain scalar that YAML reads as this very string: starts with a letter, no quote, comment, colon or
# flow character, single spaces between words (never a number, a date or null: those start otherwise).
_WORD = r"[A-Za-z][A-Za-z0-9_.+/-]*(?: [A-Za-z0-9_.+/-]+)*"
_PAIR = prebuilt(rf"({_KEY}):(?: +({_WORD}))? *", re.A)
_ITEM = prebuilt(rf"( *)- +({_WORD}) *", re.A)
_NOT_FLAT = prebuilt(r"[^A-Za-z0-9_.+/ :\r\n-]")
# The same on a line that is not a comment: no `key: word` or `- word` line can hold it.
_NOT_FLAT_LINE = prebuilt(r"^(?!#)[^\n]*?[^A-Za-z0-9_.+/ :\r\n-]", re.M)
# Words YAML 1.1 reads as booleans or null, as keys or values.
_SPECIAL = frozenset(["yes", "no", "true", "false", "on", "off", "null"])


@dataclass(frozen=True)
class CardMeta:
    """What a card's front matter states: usable values, and what is wrong with the rest."""

    data: dict[str, str | list[str]] = field(default_factory=dict)
    problems: tuple[str, ...] = ()
    has_front_matter: bool = False
    first_line: int = 0  # line number (in the card) of the front matter's first line
    lines: tuple[str, ...] = ()  # the front matter's lines

    def get(self, key: str) -> str | list[str] | None:
        return self.data.get(key)

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key)
        if value is None:
            return ()
        return (value,) if isinstance(value, str) else tuple(value)

    def line_of(self, key: str) -> int | None:
        """Line (1-based, in the card) where `key:` is stated at the top level."""
        prefix = key + ":"
        for n, line in enumerate(self.lines, 1):
            if line.startswith(prefix):
                return self.first_line + n - 1
        return None


@dataclass(frozen=True)
class ModelCard:
    path: Path
    meta: CardMeta
    text: str


def _special(word: str) -> bool:
    return word.lower() in _SPECIAL


def fast_parse(block: str) -> dict[str, Any] | None:
    """The mapping of a flat front matter (`key: word` and `key:` followed by `- word` items), or None
    when the block holds anything else."""
    out: dict[str, Any] = {}
    current: list[str] | None = None
    indent: str | None = None
    if not block.isascii() or "\t" in block or ("\r" in block and "\r" in block.replace("\r\n", "\n")):
        return None
    if (_NOT_FLAT if "#" not in block else _NOT_FLAT_LINE).search(block) is not None:
        # A character no line below can hold (only a comment could): Hub-shaped, not flat. Declining is
        # always safe: the scan and the loader give the same answer.
        return None
    for line in block.split("\n"):
        line = line.removesuffix("\r")
        if not line.strip() or line.startswith("#"):
            continue
        if current is not None:
            item = _ITEM.fullmatch(line)
            if item is not None and (indent is None or item.group(1) == indent) and not _special(item.group(2)):
                indent = item.group(1)
                current.append(item.group(2))
                continue
            if not current:
                return None  # `key:` with no items is null in YAML: let YAML say so
        pair = _PAIR.fullmatch(line)
        # YAML refuses a simple key of more than 1024 characters: let it say so
        if pair is None or _special(pair.group(1)) or pair.group(1) in out or len(pair.group(1)) > 1000:
            return None
        key, value = pair.group(1), pair.group(2)
        if value is None:
            current, indent = [], None
            out[key] = current
        else:
            if _special(value):
                return None
            current = None
            out[key] = value
    if (current is not None and not current) or not out:
        return None  # an empty document is null to YAML: let it say so
    return out


@dataclass(frozen=True)
class Parsed:
    raw: dict[str, Any] | None  # None: unreadable front matter; on the scan path, CARD_KEYS only
    problems: tuple[str, ...]
    fast: bool


def parse_block(block: str) -> Parsed:
    """The raw mapping of a front-matter block: the fast path when it applies, else the YAML loader."""
    fast = fast_parse(block)
    if fast is None:
        fast = scan_card_keys(block)  # the keys openlint reads only: all that validate() looks at
    if fast is not None:
        return Parsed(fast, (), True)
    loaded = load(block)
    if loaded.problem is not None:
        return Parsed(None, (f"front matter: {loaded.problem}",), False)
    # Only keys openlint reads (a hostile key name is never echoed). Which of two values the author meant cannot
    # be known, so neither is used (YAML's loaders keep the last, the Hub's may differ): a licence stated twice
    # is no licence, and a gate does not pass on it (OL401).
    duplicated = [key for key in loaded.duplicates if key in CARD_KEYS]
    problems = tuple(f"{key}: stated more than once (none of its values is used)" for key in duplicated)
    if loaded.data is None:
        return Parsed({}, problems, False)
    if not isinstance(loaded.data, dict):
        return Parsed(None, ("front matter: not a mapping of keys to values",), False)
    return Parsed({k: v for k, v in loaded.data.items() if k not in duplicated}, problems, False)


def front_block(text: str) -> tuple[str | None, int] | None:
    """(block, where it starts) of a card's front matter: None when the card has none; a None block
    when the closing `---` follows the opening one at once. The same answer as the regex
    `\\A\\ufeff?[ \\t\\r\\n]*---[ \\t]*\\r?\\n(?:(.*?)\\r?\\n)?---[ \\t]*(?:\\r?\\n|\\Z)` (re.S) gives with its
    group 1 (a property test holds them equal)."""
    opening = _OPEN.match(text)
    if opening is None:
        return None
    start = at = opening.end()
    while (at := text.find("\n---", at)) >= 0:
        if _FENCE.match(text, at + 1):
            return text[start : at - 1 if at > start and text[at - 1] == "\r" else at], start
        at += 1
    return (None, start) if _FENCE.match(text, start) else None


def parse_card(text: str) -> CardMeta:
    """A card's front-matter metadata; a card without front matter states nothing."""
    found, data, problems = _fields(text)
    if found is None:
        return CardMeta(problems=problems, has_front_matter=bool(problems))
    block = found[0] or ""
    first_line = text.count("\n", 0, found[1]) + 1 if found[0] is not None else 0
    split = block.split("\n")
    lines = tuple(line.removesuffix("\r") for line in split) if "\r" in block else tuple(split)
    return CardMeta(data, problems, True, first_line, lines)


def card_fields(text: str) -> tuple[dict[str, str | list[str]], tuple[str, ...]]:
    """parse_card's data and problems, without the front matter's lines (what `audit` reads of a card)."""
    _, data, problems = _fields(text)
    return data, problems


def _fields(text: str) -> tuple[tuple[str | None, int] | None, dict[str, str | list[str]], tuple[str, ...]]:
    found = front_block(text)
    if found is None:
        if _OPENING.match(text.lstrip("\ufeff \t\r\n")):
            return None, {}, ("front matter: no closing '---' line",)
        return None, {}, ()
    parsed = parse_block(found[0] or "")
    if parsed.raw is None:
        return found, {}, parsed.problems
    valid = validate(parsed.raw)
    return found, valid.data, parsed.problems + valid.problems


def find_card(directory: Path) -> Path | None:
    """The directory's model card, by the names in CARD_NAMES (regular files only, following symlinks)."""
    for name in CARD_NAMES:
        path = directory / name
        try:
            if stat.S_ISREG(path.stat().st_mode):
                return path
        except (OSError, ValueError):
            continue
    return None


def read_card_text(path: Path | str) -> str | None:
    """A card's text, cut at safeio.CARD; None when it is not a regular file or cannot be read."""
    from openlint import safeio

    data = safeio.head_or_none(path, safeio.CARD)
    return None if data is None else data.decode("utf-8", errors="replace")


def read_card(path: Path) -> ModelCard | None:
    text = read_card_text(path)
    if text is None:
        return None
    return ModelCard(path, parse_card(text), text)


def directory_card(directory: Path) -> ModelCard | None:
    """The model card of a directory, read and validated; None when it has none."""
    path = find_card(directory)
    return read_card(path) if path is not None else None
