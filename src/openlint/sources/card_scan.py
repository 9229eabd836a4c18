"""The second fast path of the card reader: Hub-shaped front matter (model-index, widget, nested lists
and mappings, quoted values, comments) read for the top-level keys openlint uses (CARD_KEYS) only.

Everything else is checked line by line to be YAML that PyYAML loads (indentation, scalars it can
construct, bounded size and depth) but never built. Whatever the scan does not fully understand
returns None and goes to the YAML loader, so both give the same validated metadata (property tests
in tests/test_card_scan.py hold them equal, on valid and broken Hub-shaped blocks)."""

from __future__ import annotations

from typing import Any

from openlint.sources.card_lines import (
    _BLANK_LINE,
    _BLOCK,
    _EMPTY,
    _FAIL,
    _ODD,
    _PAIR,
    _QUOTED,
    _SHAPES,
    _SPECIAL,
    _UNKNOWN,
    _WHOLE,
    MAX_SHAPES,
    MAX_UNITS,
    _scan_lines,
    _shape,
)
from openlint.sources.metadata import CARD_KEYS
from openlint.text.programs import prebuilt


def _odd(block: str) -> bool:
    """Whether the block holds a character _ODD names (in ASCII: a control character other than the
    line breaks; str.isprintable answers that without the regex's walk over every character)."""
    if block.isascii():
        return not block.replace("\n", "").replace("\r", "").isprintable()
    return _ODD.search(block) is not None


# A top-level line (not blank, a comment or an item) starts a section: the scan's state there is always
# the same (no open collection, nothing pending), so a section reads the same wherever it stands.
_SECTION = prebuilt(r"\n(?=[^ \r\n#-]|-[^ \r\n])")
# Section -> (its top-level key or None, its needed value or _UNKNOWN, units), _FAIL or _WHOLE. Hub cards
# repeat most sections verbatim (tags, widget, gated fields, inference, licence lines).
_SECTIONS: dict[str, Any] = {}
MAX_SECTIONS = 4096  # remembered sections (then forgotten at once): memory stays flat
MAX_SECTION_CHARS = 1024  # longer sections are read (by skeleton), never remembered as text
_MET_ONCE: set[int] = set()  # hashes of sections met once, not yet remembered
MAX_MET_ONCE = 16384


def scan_card_keys(block: str) -> dict[str, Any] | None:
    """CARD_KEYS' raw values (as YAML constructs them) of a front-matter block, or None when the block
    is anything the scan does not fully understand."""
    if "\t" in block or _odd(block) or ("\r" in block and "\r" in block.replace("\r\n", "")):
        return None
    if block.count("\n") >= MAX_UNITS:
        return None
    sections = _SECTIONS
    out: dict[str, Any] = {}
    seen: set[str] = set()
    units = 0
    found: Any
    for section in _SECTION.split(block):
        if len(section) > MAX_SECTION_CHARS:
            found = _read_section(section)
        elif (found := sections.get(section)) is None:
            found = _read_section(section)
            _remember(section, found)
        if found is _FAIL:
            return None
        if found is _WHOLE:
            whole = _scan_lines(block.split("\n"))
            return whole if isinstance(whole, dict) else None
        key, value, used = found
        units += used
        if key is not None:
            if key in seen:
                return None  # a duplicate top-level key: the loader reports it
            seen.add(key)
            if value is not _UNKNOWN:
                out[key] = list(value) if isinstance(value, list) else value  # remembered values are never shared
    if units > MAX_UNITS or not seen:
        return None  # too big for the scan; or an empty document, null to YAML: let it say so
    return out


def _remember(section: str, found: object) -> None:
    """Remember a section read the second time it is met: the sections met once (a `base_model` line, a
    model-index with its own scores) would otherwise fill the memory and clear the repeated ones out."""
    met = hash(section)  # a str caches its hash: the lookup above computed it
    if met in _MET_ONCE:
        if len(_SECTIONS) >= MAX_SECTIONS:
            _SECTIONS.clear()
        _SECTIONS[section] = found
    else:
        if len(_MET_ONCE) >= MAX_MET_ONCE:
            _MET_ONCE.clear()
        _MET_ONCE.add(met)


# A needed key with a word YAML reads as this very string, plain or quoted (most cards' own base_model
# line, met once): what _shape gives it, without the general reading.
_ONE_WORD = prebuilt(
    r"([a-z_]+): (?:([A-Za-z][A-Za-z0-9_./-]{0,200})|\"([A-Za-z0-9_./-]{1,200})\"|'([A-Za-z0-9_./-]{1,200})')"
)


def _read_section(section: str) -> object:
    """(top-level key, its value when needed else _UNKNOWN, units) of one section, _FAIL or _WHOLE."""
    lines = section.split("\n")
    if len(lines) == 1:  # `key: value` alone (base_model: org/name): what the scan of one line gives
        simple = _ONE_WORD.fullmatch(section)
        if simple is not None and simple.group(1) in CARD_KEYS:
            word = simple.group(2) or simple.group(3) or simple.group(4)
            if word is not None and word.lower() not in _SPECIAL:  # else its shape says (YAML's booleans)
                return simple.group(1), word, 1
        shape = _SHAPES.get(section) or _shape(section)
        if shape is _BLANK_LINE:
            return None, _UNKNOWN, 0
        key, got, needed, nodes = shape[6:]
        if shape[0] == 0 and shape[4] == _PAIR and got is not _QUOTED:
            if got is _EMPTY:
                return key, None if needed else _UNKNOWN, 1
            return key, got if needed and got is not _BLOCK else _UNKNOWN, 1 + nodes
    elif 2 < len(lines) <= MAX_SKELETON_LINES:
        first = _SHAPES.get(lines[0]) or _shape(lines[0])
        # `key:` (a key openlint does not read) over nested lines: decided by the lines' shapes alone
        if first[0] == 0 and first[4] == _PAIR and first[7] is _EMPTY and not first[8]:
            skeleton = _skeleton(lines)
            if skeleton is not None:
                units = _SKELETONS.get(skeleton)
                if units is None:
                    units = _SKELETONS[skeleton] = _section_units(lines)
                return _FAIL if units is _FAIL else (first[6], _UNKNOWN, units)
    found = _scan_lines(lines, sectioned=True)
    if found is None or found is _WHOLE:
        return _FAIL if found is None else _WHOLE
    out, key, units = found
    return key, out.get(key, _UNKNOWN) if key is not None else _UNKNOWN, units


def _section_units(lines: list[str]) -> object:
    found = _scan_lines(lines, sectioned=True)
    return found[2] if isinstance(found, tuple) else _FAIL


# What the scan reads of a line below a section's top-level key that is not read (no value built, no
# key compared): its shape without the key and the value's text. Such sections (model-index, widget)
# differ in their values and repeat their shapes: a section's lines as class numbers are its skeleton.
_CLASSES: dict[str, int] = {}  # line -> class number (0: blank; -1: a block or quoted scalar, read as text)
_CLASS_OF: dict[tuple[Any, ...], int] = {}
_SKELETONS: dict[tuple[int, ...], object] = {}  # skeleton -> units, or _FAIL
MAX_SKELETONS = 4096
MAX_SKELETON_LINES = 1024  # a longer section is read line by line: memory stays flat on hostile cards
MAX_CLASSED_LINE = 512  # a longer line is never remembered (a section holding one is read line by line)


def _skeleton(lines: list[str]) -> tuple[int, ...] | None:
    """The class numbers of a section's lines after its first; None when one must be read as text."""
    classes = _CLASSES
    rest = lines[1:]
    skeleton = tuple(map(classes.get, rest))
    if None in skeleton:
        if len(classes) >= MAX_SHAPES or len(_SKELETONS) >= MAX_SKELETONS:
            classes.clear()
            _CLASS_OF.clear()
            _SKELETONS.clear()
        for raw in set(rest).difference(classes):
            if len(raw) > MAX_CLASSED_LINE:
                return None
            classes[raw] = _class(raw)
        skeleton = tuple(map(classes.get, rest))
    return None if -1 in skeleton else skeleton  # type: ignore[return-value]


# `key: value` (or `- key: value`) with a value that is plainly a string, a URL or a decimal: the shape
# _shape gives it, without building it (most lines met once are these: urls, scores, names).
_SIMPLE = prebuilt(
    r"( *)(- +)?[A-Za-z_][A-Za-z0-9_-]{0,100}: (?:[A-Za-z_/(][^#:\r\n]{0,900}"
    r"|[A-Za-z][A-Za-z0-9+.-]{0,30}://[^ #\r\n]{0,900}[^ #:\r\n]|[0-9]{1,20}(?:\.[0-9]{1,20})?)"
)


def _class(raw: str) -> int:
    """The class number of a line below a section's top-level key."""
    simple = _SIMPLE.fullmatch(raw)
    if simple is not None:
        indent, dash = len(simple.group(1)), simple.group(2)
        at = indent + len(dash) if dash else indent
        abstract: tuple[Any, ...] = (2 * indent + (dash is not None), indent, dash is not None, _PAIR, at, False, 0)
    else:
        shape = _SHAPES.get(raw) or _shape(raw)
        if shape is _BLANK_LINE:
            return 0
        level, indent, item, _, kind, at, _, got, _, nodes = shape
        if got is _BLOCK or got is _QUOTED:
            return -1
        abstract = (level, indent, item, kind, at, got is _EMPTY, nodes)
    return _CLASS_OF.setdefault(abstract, len(_CLASS_OF) + 1)
