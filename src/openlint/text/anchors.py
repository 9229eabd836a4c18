"""Anchors: literals some match of a pattern must contain, found from the pattern itself.

A paragraph holding none of a pattern's anchors cannot match it, so the pattern is not run there:
a substring test costs far less than a regex scan, and a pattern's anchors are rarer than its
kind's needles (which only choose the kinds a block may state). Anchors are derived from the
parsed regex, never written by hand, so a pattern's wording can change without them going stale;
anything the derivation does not understand yields no anchor (the pattern always runs).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from openlint.text._anchor_table import ANCHORS
from openlint.text.patterns import Near, Pattern
from openlint.text.programs import prebuilt
from openlint.text.regex import Regex, present, table_key

__all__ = ["alternatives", "anchors", "pattern_anchors", "pattern_regexes", "present"]

# The standard library's regex parser (private, untyped; it has moved before: any failure to use
# it leaves a regex without anchors). Imported only to derive anchors missing from the table.
sre: Any = None
sre_parse: Any = None

Strings = frozenset[str]
MAX_STRINGS = 48  # alternatives kept per requirement (a product of small classes grows fast)
RUN_STRINGS = 16  # ... and per run of literals, which is then cut in two requirements
MIN_LENGTH = 3  # shorter literals are everywhere: testing for them saves nothing (2 for CJK words)
MAX_ANCHORS = 3  # independent requirements kept per regex


def _parser() -> Any:
    global sre, sre_parse
    if sre_parse is None:
        sre = importlib.import_module("re._constants")
        sre_parse = importlib.import_module("re._parser")
    return sre_parse


def _zero_width(op: Any) -> bool:
    return op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def _finite(op: Any, av: Any) -> Strings | None:
    """Every string this one item can match, when they are few; else None."""
    if op is sre.LITERAL:
        return frozenset({chr(av)})
    if _zero_width(op):
        return frozenset({""})
    if op is sre.IN:
        chars: set[str] = set()
        for item_op, item_av in av:
            if item_op is sre.LITERAL:
                chars.add(chr(item_av))
            elif item_op is sre.RANGE and item_av[1] - item_av[0] < 8:
                chars.update(chr(c) for c in range(item_av[0], item_av[1] + 1))
            else:
                return None  # negated, a category, a wide range
        return frozenset(chars) if len(chars) <= 8 else None
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, body = av
        return None if add_flags or del_flags else _finite_sequence(body)
    if op is sre.ATOMIC_GROUP:
        return _finite_sequence(av)
    if op is sre.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            strings = _finite_sequence(alternative)
            if strings is None:
                return None
            out |= strings
        return frozenset(out) if len(out) <= MAX_STRINGS else None
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av
        if high > 2:
            return None
        one = _finite_sequence(body)
        if one is None:
            return None
        out = {""} if low == 0 else set()
        for count in range(max(low, 1), high + 1):
            strings = frozenset({""})
            for _ in range(count):
                product = _product(strings, one)
                if product is None:
                    return None
                strings = product
            out |= strings
        return frozenset(out) if len(out) <= MAX_STRINGS else None
    return None


def _product(left: Strings | None, right: Strings) -> Strings | None:
    if left is None or len(left) * len(right) > MAX_STRINGS:
        return None
    return frozenset(a + b for a in left for b in right)


def _finite_sequence(items: Sequence[tuple[Any, Any]]) -> Strings | None:
    strings: Strings | None = frozenset({""})
    for op, av in items:
        one = _finite(op, av)
        if one is None:
            return None
        strings = _product(strings, one)
        if strings is None:
            return None
    return strings


def _minimal(strings: Strings) -> Strings:
    """The same requirement with fewer strings: one holding another is implied by it."""
    return frozenset(s for s in strings if not any(o != s and o in s for o in strings))


def _score(strings: Strings) -> tuple[int, int]:
    """Rarer first: longer shortest string (past 10 characters all are rare; a CJK character
    counts 3), then fewer strings."""
    return min(10, min(len(s) * (1 if s.isascii() else 3) for s in strings)), -len(strings)


def _useful(strings: Strings) -> bool:
    return all(len(s) >= MIN_LENGTH or (len(s) >= MIN_LENGTH - 1 and not s.isascii()) for s in strings)


def _required(items: Sequence[tuple[Any, Any]]) -> list[Strings]:
    """Sets of strings such that every match of the sequence contains one string of each set: the
    literal runs (consecutive items of few strings, joined) and what each other item requires."""
    found: list[Strings] = []
    run: Strings | None = frozenset({""})

    def close() -> None:
        if run is not None and "" not in run:
            found.append(_minimal(run))

    for op, av in items:
        one = _finite(op, av)
        if one is not None:
            joined = _product(run, one) if run is not None else None
            if joined is None or len(joined) > RUN_STRINGS:  # keep what the run had, start again here
                close()
                joined = one
            run = joined
            continue
        close()
        run = frozenset({""})
        found.extend(_required_of(op, av))
    close()
    return found


def _required_of(op: Any, av: Any) -> list[Strings]:
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, body = av
        return [] if add_flags or del_flags else _required(body)
    if op is sre.ATOMIC_GROUP:
        return _required(av)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, body = av
        return _required(body) if low >= 1 else []
    if op is sre.BRANCH:  # one string of some branch's best set
        out: set[str] = set()
        for alternative in av[1]:
            sets = _required(alternative)
            if not sets:
                return []
            out |= max(sets, key=lambda s: _score(frozenset(s)))
        return [_minimal(frozenset(out))] if len(out) <= MAX_STRINGS else []
    return []


def anchors(regex: re.Pattern[str] | Regex) -> tuple[Strings, ...]:
    """Up to MAX_ANCHORS sets of literals, the rarest-looking first: any match of `regex` contains
    a string of every set. Empty when nothing useful is required (the regex must always run)."""
    if regex.flags & (re.IGNORECASE | re.VERBOSE):
        return ()
    try:
        parsed = _parser().parse(regex.pattern, regex.flags)
    except Exception:  # a parser this module does not understand: no anchors, not an error
        return ()
    sets: set[Strings] = {s for s in _required(list(parsed)) if s and _useful(s)}
    return tuple(sorted(sets, key=lambda s: (_score(s), sorted(s)), reverse=True)[:MAX_ANCHORS])


def _split(source: str) -> list[str]:
    """The source's top-level alternatives ("|" outside groups and classes)."""
    out: list[str] = []
    depth, in_class, start, i = 0, False, 0, 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 1 if source.startswith("^", i + 1) else 0
            i += 1 if source.startswith("]", i + 1) else 0
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    out.append(source[start:])
    return out


_GLOBAL_FLAGS = prebuilt(r"\(\?[aiLmsux]+\)")


def alternatives(regex: re.Pattern[str] | Regex) -> tuple[tuple[int, tuple[Strings, ...]], ...]:
    """Where each top-level alternative of `regex` ends in its source, with its own anchors, when
    running them one at a time gives the same matches (openlint.text.regex): two or more, no
    capturing group, none that can match an empty string; else empty."""
    parts = _split(regex.pattern)
    if len(parts) < 2 or _GLOBAL_FLAGS.search(regex.pattern):
        return ()
    out: list[tuple[int, tuple[Strings, ...]]] = []
    end = -1
    for part in parts:
        try:
            compiled = re.compile(part, regex.flags)
        except re.error:
            return ()
        try:
            empty = _parser().parse(part, regex.flags).getwidth()[0] == 0
        except Exception:  # as for anchors: a parser this module does not understand
            return ()
        if compiled.groups or empty:
            return ()
        end += len(part) + 1
        out.append((end, anchors(compiled)))
    return tuple(out)


def pattern_regexes(regex: re.Pattern[str] | Regex | Near) -> tuple[re.Pattern[str] | Regex, ...]:
    """The regexes a pattern's match must all match: one, or a chain's first and each step."""
    if isinstance(regex, Near):
        return (regex.first, *(step for step, _ in regex.steps))
    return (regex,)


@lru_cache(maxsize=256)
def pattern_anchors(pattern: Pattern) -> tuple[Strings, ...]:
    """The anchors of all of a pattern's regexes, from the generated table when it has them."""
    out: list[Strings] = []
    for regex in pattern_regexes(pattern.regex):
        listed = ANCHORS.get(table_key(regex.pattern))
        out.extend(anchors(regex) if listed is None else (frozenset(found) for found in listed))
    return tuple(out)
