"""The line-level reading of the card scan (openlint.sources.card_scan): each line's shape, the
scalars YAML would construct, literal and folded blocks, quoted scalars going on below their line, and
the scan of a run of lines (a whole block, or one section of it)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from openlint.sources.metadata import CARD_KEYS
from openlint.text.programs import prebuilt

# Each line costs one unit, each flow item one more; a line yields at most six YAML events, so the
# scan stays far below the loader's event cap (yaml_load.MAX_EVENTS) and its depth cap.
MAX_UNITS = 15_000
MAX_LEVELS = 30

_FAIL = object()  # the scan declines: the loader reads the block
_UNKNOWN = object()  # valid YAML whose value the scan does not build (a skipped key's value)
_EMPTY = object()  # `key:` with nothing after it on the line
_BLOCK = object()  # `key: |` or `key: >`: a literal or folded block follows
_QUOTED = object()  # `key: 'text` still open at the end of the line: it goes on below
_WHOLE = object()  # a section holds a quoted scalar going on below its line: read the block as a whole

_KEY = prebuilt(r"([A-Za-z0-9_][A-Za-z0-9_./()-]*(?: [A-Za-z0-9_./()-]+)*):(?: +(.*))?")
# Characters PyYAML refuses (not printable), treats as line breaks (NEL, LS, PS) or as a BOM: all but
# \n \r \x20-\x7e \xa0-\u2027 \u202a-\ud7ff \ue000-\ufefe \uff00-\ufffd and beyond the BMP, listed as
# themselves (compiling the negated class of those wide ranges took ~8 ms of every start-up).
_ODD = prebuilt("[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
_SPECIAL = frozenset(["yes", "no", "true", "false", "on", "off", "null"])
# Numbers PyYAML always constructs (ints, decimals, exponents with a dot or none).
_NUMBER = prebuilt(r"[-+]?[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?")
# A scalar with a character outside these cannot match YAML's int, float or timestamp patterns.
_NOT_NUMERIC = prebuilt(r"[^0-9_.:+\-eExXoObBa-fA-F tTZ]")
_DOUBLE = prebuilt(r'"((?:[^"\\]|\\[0abtnvfre "\\N_LP]|\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4})*)"(?: +#.*)? *')
_SINGLE = prebuilt(r"'((?:[^']|'')*)'(?: +#.*)? *")
_BLOCK_HEADER = prebuilt(r"[|>][-+]?(?: +#.*)? *")
# A single-quoted scalar still open at the end of its line, a line inside one, and the line closing it.
_OPEN_SINGLE = prebuilt(r"'(?:[^']|'')*")
_INSIDE_SINGLE = prebuilt(r"(?:[^']|'')*")
_CLOSE_SINGLE = prebuilt(r"(?:[^']|'')*'(?: +#.*)? *")
_DATE = prebuilt(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")  # YAML's date: constructed, so it must exist
_FLOW = prebuilt(r"\[ *(.*?) *\](?: +#.*)? *")
_INDICATORS = frozenset(",[]{}#&*!|>'\"%@`")


def _plain_ok(text: str) -> bool:
    """A one-line plain scalar in block context that PyYAML reads and constructs (and, as a key, under
    YAML's 1024-character limit on simple keys)."""
    if not text or len(text) > 1000:
        return False
    first = text[0]
    if first in _INDICATORS or (first in "-?:" and (len(text) == 1 or text[1] == " ")):
        return False
    if ": " in text or text.endswith(":") or text in ("=", "<<"):  # `=` and `<<` have no safe constructor
        return False
    if first in "0123456789+-.":  # may be an int, float or timestamp: only forms that always construct
        return _NUMBER.fullmatch(text) is not None or _NOT_NUMERIC.search(text) is not None
    return True


def _strict_word(text: str) -> object:
    """The string a needed key's plain value (already _plain_ok) is, or _FAIL when YAML could read it
    as anything else (a boolean, null, a number, a date, infinity)."""
    if text.lower() in _SPECIAL or text in ("~", "=", "<<") or text.lstrip("+-").lower() in (".inf", ".nan"):
        return _FAIL
    if text[0] in "0123456789+-." and _NOT_NUMERIC.search(text) is None:
        return _FAIL
    return text


def _scalar(value: str, needed: bool) -> object:
    """_read_scalar, remembered for short values (Hub cards repeat most of theirs: task types,
    dataset names, metric names)."""
    return _read_cached(value, needed) if len(value) <= 160 else _read_scalar(value, needed)


def _read_scalar(value: str, needed: bool) -> object:
    """One value after `key: ` or `- `: its string when `needed`, else _UNKNOWN when it is valid YAML."""
    first = value[0]
    if first == "#":
        return _EMPTY
    if first == '"':
        match = _DOUBLE.fullmatch(value)
        if match is None:
            return _FAIL
        return (_FAIL if "\\" in match.group(1) else match.group(1)) if needed else _UNKNOWN
    if first == "'":
        match = _SINGLE.fullmatch(value)
        if match is None:
            return _QUOTED if not needed and _OPEN_SINGLE.fullmatch(value) is not None else _FAIL
        return match.group(1).replace("''", "'") if needed else _UNKNOWN
    if first in "|>":
        return _FAIL if needed or _BLOCK_HEADER.fullmatch(value) is None else _BLOCK
    if first == "[":
        return _flow(value, needed)
    cut = value.find(" #")
    text = (value if cut < 0 else value[:cut]).rstrip(" ")
    if not _plain_ok(text):
        return _UNKNOWN if not needed and _is_date(text) else _FAIL
    return _strict_word(text) if needed else _UNKNOWN


def _is_date(text: str) -> bool:
    """A date YAML constructs (2024-05-01; never 2024-02-30 or year 0, which it fails on)."""
    import datetime

    match = _DATE.fullmatch(text)
    if match is None:
        return False
    try:
        datetime.date(*(int(part) for part in match.groups()))
    except ValueError:
        return False
    return True


_read_cached = lru_cache(maxsize=8192)(_read_scalar)
_key_cached = lru_cache(maxsize=4096)(_plain_ok)


def _key_ok(key: str) -> bool:
    return len(key) <= 1000 and _key_cached(key)


def _flow(value: str, needed: bool) -> object:
    """A one-line flow sequence of plain or quoted scalars: `[en, "fr"]`."""
    match = _FLOW.fullmatch(value)
    if match is None:
        return _FAIL
    body = match.group(1)
    if not body:
        return []
    if "#" in body or body.count(",") >= MAX_UNITS:
        return _FAIL  # ` #` would comment out the closing bracket; a huge list is the loader's to refuse
    items: list[object] = []
    for raw in body.split(","):
        item = raw.strip(" ")
        if not item or item[0] in "[]{}" or "]" in item or "[" in item or "{" in item or "}" in item:
            return _FAIL
        if item[0] in "\"'":
            got = _scalar(item, needed)
            if got is _FAIL or got is _EMPTY or got is _QUOTED:
                return _FAIL
        else:
            if "#" in item or ":" in item or not _plain_ok(item):
                return _FAIL
            got = _strict_word(item) if needed else _UNKNOWN
            if got is _FAIL:
                return _FAIL
        items.append(got)
    return items  # of strings when `needed`; counted as YAML nodes either way


def _block_end(lines: list[str], i: int, parent: int) -> int:
    """The line after a literal or folded block whose header sits at indentation `parent`; -1 when the
    block's indentation is anything but plain (leading blank lines with spaces, a ragged dedent)."""
    content: int | None = None
    while i < len(lines):
        line = lines[i]
        stripped = line.lstrip(" ")
        if not stripped or stripped == "\r":
            if content is None and len(line) - len(stripped) > 0:
                return -1
            i += 1
            continue
        indent = len(line) - len(stripped)
        if content is None:
            if indent <= parent:
                return i
            content = indent
        elif indent < content:
            return i if indent <= parent else -1
        i += 1
    return i


# A line's shape: what the scan needs to know of it, independent of the lines around it. Hub cards repeat
# most of their lines (model-index results, widget examples, tags), so shapes are remembered by line.
# Open block collections are kept as one stack of levels, 2 * indentation + (1 for a sequence): a line
# at indentation n closes every level above 2n + (1 if it is an item), its `level` below.
_BLANK, _PENDING, _SCALAR, _PAIR, _REFUSED = range(5)
# level, indent, item, as a needed item, kind, at (a pair's indentation), key, value, needed, nodes in flow
Shape = tuple[int, int, bool, object, int, int, str, object, bool, int]
_BLANK_LINE: Shape = (0, 0, False, _FAIL, _BLANK, 0, "", None, False, 0)
_SHAPES: dict[str, Shape] = {}
MAX_SHAPES = 20_000  # remembered lines (then forgotten at once): memory stays flat
MAX_REMEMBERED_LINE = 1024


def _pair(content: str, at: int, top: bool) -> tuple[int, int, str, object, bool, int]:
    """(kind, indentation, key, value, needed, flow nodes) of `key: value` starting at column `at`."""
    match = _KEY.fullmatch(content)
    if match is None or not _key_ok(match.group(1)):
        return _REFUSED, at, "", _FAIL, False, 0
    key, value = match.group(1), match.group(2)
    needed = top and key in CARD_KEYS
    got = _scalar(value, needed) if value else _EMPTY
    nodes = len(got) if isinstance(got, list) and not needed else 0
    return (_REFUSED if got is _FAIL else _PAIR), at, key, got, needed, nodes


def _shape(raw: str) -> Shape:
    line = raw.removesuffix("\r")
    content = line.lstrip(" ")
    if not content or content[0] == "#":
        return _BLANK_LINE
    indent = len(line) - len(content)
    if not (content[0] == "-" and (len(content) == 1 or content[1] == " ")):
        # only a line at indentation 0 can be a top-level key (the scan declines anything else there)
        return (2 * indent, indent, False, _FAIL, *_pair(content, indent, indent == 0))
    level = 2 * indent + 1
    rest = content[1:].lstrip(" ")
    as_needed = _scalar(rest, True) if rest else _FAIL  # as an item of a needed key's list
    if as_needed is _EMPTY or isinstance(as_needed, list):
        as_needed = _FAIL
    if not rest or rest[0] == "#":
        return (level, indent, True, as_needed, _PENDING, indent, "", None, False, 0)
    if rest[0] == "-" and (len(rest) == 1 or rest[1] == " "):
        return (level, indent, True, as_needed, _REFUSED, indent, "", None, False, 0)  # `- - x`: compact nesting
    key_match = _KEY.match(rest)
    if key_match is None or key_match.end() != len(rest):
        got = _scalar(rest, False)
        nodes = len(got) if isinstance(got, list) else 0
        return (level, indent, True, as_needed, _REFUSED if got is _FAIL else _SCALAR, indent, "", got, False, nodes)
    return (level, indent, True, as_needed, *_pair(rest, indent + len(content) - len(rest), False))


def _quoted_end(lines: list[str], i: int) -> int:
    """The line after the one closing a single-quoted scalar that goes on from line i - 1; -1 when it
    is never closed, is closed by anything but a comment, or holds a document marker (`---`, `...`)."""
    while i < len(lines):
        line = lines[i].removesuffix("\r")
        i += 1
        if line[:3] in ("---", "...") and line[3:4] in ("", " "):
            return -1
        if _INSIDE_SINGLE.fullmatch(line) is None:
            return i if _CLOSE_SINGLE.fullmatch(line) is not None else -1
    return -1


def _skip(lines: list[str], i: int, indent: int, got: object) -> int:
    """Past the lines a literal or folded block, or a quoted scalar going on, takes after line i - 1."""
    return _block_end(lines, i, indent) if got is _BLOCK else _quoted_end(lines, i)


def _scan_lines(lines: list[str], sectioned: bool = False) -> Any:
    """The scan of a block's lines: its CARD_KEYS values, or None. `sectioned`: the lines are one section
    (see _SECTION): (values, its top-level key, units), or _WHOLE at a quoted scalar going on below."""
    shapes = _SHAPES
    out: dict[str, Any] = {}
    seen: set[str] = set()
    levels = [0]  # open block collections (see Shape): the top-level mapping first
    pending: tuple[int, bool, str | None] | None = None  # a `key:` / `- ` waiting for a nested node
    collect: list[Any] | None = None  # the items of a needed key's list
    collect_level = 0
    units = 0  # lines and flow items: checked at the end (the line count alone is bounded above)
    i = 0
    count = len(lines)
    while i < count:
        raw = lines[i]
        i += 1
        shape = shapes.get(raw)
        if shape is None:
            if len(shapes) >= MAX_SHAPES:
                shapes.clear()
            shape = _shape(raw)
            if len(raw) <= MAX_REMEMBERED_LINE:  # a long line is never remembered: memory stays flat
                shapes[raw] = shape
        if shape is _BLANK_LINE:
            continue
        level, indent, item, as_needed, kind, at, key, got, needed, nodes = shape
        if pending is not None:
            at_pending, after_key, needed_key = pending
            pending = None
            if indent > at_pending or (indent == at_pending and after_key and item):
                if len(levels) >= MAX_LEVELS or (needed_key is not None and not item):
                    return None
                levels.append(level)
                if needed_key is not None:
                    collect, collect_level = [], len(levels)
                    out[needed_key] = collect
            elif needed_key is not None:
                out[needed_key] = None  # `key:` and nothing under it: YAML's null
        while levels[-1] > level:
            levels.pop()
        top = levels[-1]
        if top >> 1 != indent:
            return None
        if collect is not None and len(levels) < collect_level:
            collect = None
        units += 1 + nodes
        if top & 1:  # an item of a block sequence
            if collect is not None and len(levels) == collect_level:
                if as_needed is _FAIL:
                    return None
                collect.append(as_needed)
                continue
            if kind == _PAIR:
                if len(levels) >= MAX_LEVELS:
                    return None
                levels.append(2 * at)  # a mapping opened inside the item
            elif kind == _PENDING:
                pending = (indent, False, None)
                continue
            elif kind == _SCALAR:
                if got is _QUOTED and sectioned:
                    return _WHOLE  # it may go on past where the next section seems to start
                if got is _BLOCK or got is _QUOTED:
                    start, i = i, _skip(lines, i, indent, got)
                    if i < 0:
                        return None
                    units += i - start
                continue
            else:
                return None
        elif item or kind != _PAIR:
            return None  # an item where a mapping's key belongs, or a line that is no `key: value`
        if level == 0:  # a top-level key (an item's key is never at level 0)
            if sectioned and seen:
                return _WHOLE  # never so (a top-level line starts a section): the block as a whole decides
            if key in seen:
                return None  # a duplicate top-level key: the loader reports it
            seen.add(key)
        if got is _EMPTY:
            pending = (at, True, key if needed else None)
        elif got is _QUOTED and sectioned:
            return _WHOLE
        elif got is _BLOCK or got is _QUOTED:
            start, i = i, _skip(lines, i, at, got)  # a block's content is indented under its key
            if i < 0:
                return None
            units += i - start
        elif needed:
            out[key] = list(got) if isinstance(got, list) else got  # remembered values are never shared
    if units > MAX_UNITS and not sectioned:
        return None
    if pending is not None and pending[2] is not None:
        out[pending[2]] = None
    if sectioned:
        return out, next(iter(seen), None), units
    if not seen:
        return None  # an empty document is null to YAML: let it say so
    return out
