"""What a piece of text must hold for a regex to match in it, found from the regex itself: the
clause layer (openlint.text.clauses) rules a concept out of a block or clause with a few string
searches, ~20 times cheaper than searching the concept's regexes, and with the same readings (a
string every match holds is in every text the regex matches in)."""

from __future__ import annotations

import importlib
import re
from typing import Any

from openlint.text._anchor_table import SCREENS
from openlint.text.regex import table_key

try:  # the standard library's regex parser: what strings a concept's group needs
    _parser: Any = importlib.import_module("re._parser")
    _REPEATS: tuple[Any, ...] = (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT)
except (ImportError, AttributeError):  # pragma: no cover - another Python: blocks are not screened
    _parser, _REPEATS = None, ()

Screen = tuple[frozenset[str], ...]  # per group, strings one of which every match of the group holds


def _best(sets: list[frozenset[str]]) -> frozenset[str]:
    return max(sets, key=lambda strings: min(map(len, strings)))


def _required(items: Any) -> list[frozenset[str]]:
    """Sets of strings such that every match of a parsed regex sequence holds one string of each: the
    pieces of its runs of literal characters between whitespace (no string holds any), and what a
    group or a repetition of at least one requires, or every branch of an alternation (each branch's
    set whose shortest string is longest, joined)."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, value in [*items, (None, None)]:
        if op is _parser.LITERAL:
            run.append(chr(value))
            continue
        if run:  # each piece between spaces (a view has one space where a text may have a line break)
            found.extend(frozenset([piece]) for piece in "".join(run).split())
            run = []
        if op is _parser.BRANCH:
            branches = [_required(branch) for branch in value[1]]
            if all(branches):
                found.append(frozenset().union(*map(_best, branches)))
        elif op is _parser.SUBPATTERN and not value[1] & re.IGNORECASE:
            found.extend(_required(value[3]))
        elif op in _REPEATS and value[0] >= 1:
            found.extend(_required(value[2]))
        elif op is _parser.ATOMIC_GROUP:
            found.extend(_required(value))
    return found


MIN_SCREEN = 3  # a set with a shorter string screens almost nothing out


def screen(regex: re.Pattern[str]) -> list[frozenset[str]]:
    """Sets of strings such that every match of `regex` holds one string of each, smallest first (a
    piece holding none of a set is ruled out after fewest searches); none where the regex cannot be
    parsed. The shipped lexicon's are in the generated table (scripts/build_anchor_table.py), keyed by
    the source's `table_key` as the anchors are: a reading parses no regex (~35 ms of the first long
    reading in a process); a group edited since, or a held-out set's lexicon, is parsed here."""
    shipped = SCREENS.get(table_key(regex.pattern)) if not regex.flags & re.IGNORECASE else None
    if shipped is not None:
        return [frozenset(strings) for strings in shipped]
    return derived_screen(regex)


def derived_screen(regex: re.Pattern[str]) -> list[frozenset[str]]:
    """`screen`, parsed from the regex."""
    if _parser is None or regex.flags & re.IGNORECASE:
        return []
    try:
        required = _required(_parser.parse(regex.pattern))
    except Exception:  # an unforeseen parse: the concept is then not screened (slower, same readings)
        return []
    kept = {strings for strings in required if min(map(len, strings)) >= MIN_SCREEN}
    return sorted(kept, key=lambda strings: (len(strings), -min(map(len, strings)), sorted(strings)))


def shipped_screens(sources: tuple[str, ...]) -> Screen | None:
    """`screens_of` the groups with these sources (case-sensitive), from the shipped table alone: no group is
    compiled; None when one is not in the table."""
    found = [SCREENS.get(table_key(source)) for source in sources]
    if any(screen is None for screen in found):
        return None
    return tuple(sorted((frozenset(strings) for screen in found if screen for strings in screen), key=len))


def screens_of(groups: tuple[re.Pattern[str], ...]) -> Screen:
    """The screens of all `groups` (a text must name every group), smallest first."""
    return tuple(sorted((found for group in groups for found in screen(group)), key=len))
