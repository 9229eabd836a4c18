"""The concept lexicon of the structural reading (openlint.text.clauses), loaded from the data file
rules/clause-lexicon.toml: per kind, what a clause must say of whom and which concepts it must name.

Each group is a list of word-start alternatives (regex fragments on the lower-cased view, one space
between words): a clause names the group when one alternative starts a word in it. A clause reads
as the kind when one of `modals` holds in it, the licensee is named when `addressed`, no veto
alternative occurs and every group is named. `origin` says what an entry was written from:
"general" (how licences are drafted, the hand-written fixtures, the corpus) or the held-out sets
whose readings prompted it (benchmarks measure leave-one-set-out without it).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any, cast, get_args

from openlint._data import data_dir
from openlint.core.kinds import ObligationKind, Trigger
from openlint.text.programs import prebuilt

MODALS = frozenset({"duty", "ban", "limit", "power"})
KINDS = frozenset(get_args(ObligationKind))
TRIGGERS = frozenset(get_args(Trigger))


@dataclass(frozen=True)
class Concept:
    kind: ObligationKind
    modals: tuple[str, ...]  # "duty", "ban", "limit", "power": the clause needs one (none: any clause)
    groups: tuple[tuple[str, ...], ...]
    needles: tuple[str, ...]  # a block holding none of these is not viewed
    triggers: tuple[Trigger, ...]
    summary: str
    veto: tuple[str, ...] = ()
    addressed: bool = False
    origin: str = "general"  # what prompted the entry: "general", or the held-out sets ("r4 r9")
    retired: str = ""  # the held-out sets whose readings retired the entry (an entry replaced it)
    learned: tuple[tuple[str, str], ...] = ()  # vetoes added from held-out readings: (alternative, sets)


def _strings(value: Any, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"clause lexicon: {what} must be a list of strings")
    return tuple(value)


def joined_words(alternatives: tuple[str, ...]) -> str:
    """The source of the alternatives as one pattern, each starting a word."""
    return r"\b(?:" + "|".join(alternatives) + r")"


@cache
def words(alternatives: tuple[str, ...], what: str) -> re.Pattern[str]:
    """The alternatives as one pattern, each starting a word. Compiled when a concept is first needed
    (compiling the whole lexicon cost every `explain LICENSE` ~25 ms at start-up), from the shipped
    program when it has one (text/programs.py); a broken fragment is an error naming it (tests
    compile the shipped lexicon whole)."""
    try:
        return prebuilt(joined_words(alternatives))
    except re.error:
        for item in alternatives:
            try:
                re.compile(item)
            except re.error as exc:
                raise ValueError(f"clause lexicon: {what}: {item!r} is no regular expression ({exc})") from None
        raise ValueError(f"clause lexicon: {what}: the alternatives do not join into one expression") from None


def _pairs(value: Any, what: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list) or not all(isinstance(pair, list) and len(pair) == 2 for pair in value):
        raise ValueError(f"clause lexicon: {what} must be a list of [alternative, sets] pairs")
    return tuple((expr, sets) for expr, sets in (_strings(pair, what) for pair in value))


def concept(row: dict[str, Any]) -> Concept:
    """One [[concept]] table, checked (a mistyped kind, modal or trigger is an error)."""
    kind, modals, triggers = (
        row.get("kind"),
        _strings(row.get("modals"), "modals"),
        _strings(row.get("triggers"), "triggers"),
    )
    if kind not in KINDS:
        raise ValueError(f"clause lexicon: unknown kind {kind!r}")
    if not MODALS.issuperset(modals):
        raise ValueError(f"clause lexicon: {kind}: modals must be among {sorted(MODALS)}")
    if not TRIGGERS.issuperset(triggers):
        raise ValueError(f"clause lexicon: {kind}: triggers must be among {sorted(TRIGGERS)}")
    groups = row.get("groups")
    if not isinstance(groups, list) or not groups:
        raise ValueError(f"clause lexicon: {kind}: groups must be a non-empty list of lists")
    return Concept(
        kind=cast(ObligationKind, kind),
        modals=modals,
        groups=tuple(_strings(group, f"{kind} group") for group in groups),
        needles=_strings(row.get("needles"), f"{kind} needles"),
        triggers=cast("tuple[Trigger, ...]", triggers),
        summary=str(row.get("summary", "")),
        veto=_strings(row.get("veto", []), f"{kind} veto"),
        addressed=bool(row.get("addressed", False)),
        origin=str(row.get("origin", "general")),
        retired=str(row.get("retired", "")),
        learned=_pairs(row.get("learned", []), f"{kind} learned"),
    )


INDEX_NAME = "_clause-lexicon.json"  # the TOML parsed, with its SHA-256 (scripts/build_lexicon_index.py)


def lexicon_data(raw: bytes) -> dict[str, Any]:
    """The lexicon file's content: from the shipped index when it was built from these bytes (parsing the TOML costs
    ~12 ms of every start-up, the JSON ~1 ms), else from the TOML itself, so a stale index costs time, never a wrong
    lexicon."""
    import hashlib
    import json

    try:
        index = json.loads((data_dir() / INDEX_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        index = None
    if isinstance(index, dict) and index.get("sha256") == hashlib.sha256(raw).hexdigest():
        return cast(dict[str, Any], index["lexicon"])
    return tomllib.loads(raw.decode("utf-8"))


@cache
def load() -> tuple[tuple[Concept, ...], tuple[tuple[str, str], ...]]:
    """The lexicon's concepts and the vetoes that make any clause no candidate."""
    data = lexicon_data((data_dir() / "clause-lexicon.toml").read_bytes())
    return tuple(concept(row) for row in data["concept"]), _pairs(data.get("not_candidate", []), "not_candidate")


LEXICON, GLOBAL_LEARNED = load()
