"""Obligations read from a license's wording, each citing the lines of the file that create it.

The pattern table (openlint.text.patterns) runs on each paragraph whose words announce a kind;
de-duplication is per key and a work budget per document bounds what a hostile text can cost.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import islice
from typing import Any

from openlint.core.kinds import ObligationKind, Trigger
from openlint.core.obligations import Obligation
from openlint.text.anchors import pattern_anchors, present
from openlint.text.block_needles import ConceptHits, Needles, block_hits
from openlint.text.cite import cite
from openlint.text.clauses import ItemPlace, clause_readings, needle_bits, place_of
from openlint.text.conduct import VETOED_KINDS, Names, licensor_conduct, names_of
from openlint.text.document import defined_terms, source_tables, superseded_kinds, third_party_appendix
from openlint.text.document_readings import document_readings
from openlint.text.evidence import evidence_confidence
from openlint.text.in_force import LIMIT_KINDS, not_in_force
from openlint.text.labelled_text import labelled_texts, points_below
from openlint.text.lead_in import (
    BAN,
    DUTY_PREFIX,
    LEAVE_LIFTS,
    PERMIT_PREFIX,
    PERMITTED_USES_PREFIX,
    ItemView,
    items_under_bans,
)
from openlint.text.model_class import with_model_class, with_purpose_test
from openlint.text.patterns import (
    DISCLAIMER,
    FOR_BREACH,
    INVITED_KINDS,
    NEEDLE_KINDS,
    PATTERNS,
    SERVE_WORDS,
    WIDEN_TO_SERVE,
    Pattern,
    finditer,
    invited,
    invites_credit,
    item_bounds,
    key_of,
    sentence_bounds,
)
from openlint.text.patterns.foreign_clauses import GATE, GATE_NEEDLES, foreign_block
from openlint.text.patterns.foreign_lexicon import BAN_LEAD, DUTY_LEAD, KO_DUTY_PREFIX
from openlint.text.patterns.gates_bans import REGISTRATION_SUMMARY
from openlint.text.programs import prebuilt
from openlint.text.regex import forget_paragraph
from openlint.text.view import LineIndex, Paragraph, blocks

__all__ = ["Extraction", "extract", "extract_within_budget"]


_PATTERN_NEEDLES: Needles = {needle: (kinds, 0) for needle, kinds in NEEDLE_KINDS.items()}
for _needle in GATE_NEEDLES:  # the words of the lexicons of other languages announce their patterns' gate
    _PATTERN_NEEDLES[_needle] = (_PATTERN_NEEDLES.get(_needle, (frozenset(), 0))[0] | {GATE}, 0)


_NEEDLES: tuple[dict[str, int], Needles] | None = None


def _needles() -> Needles:
    """The pattern reader's needles and the clause concepts' (`needle_bits`), searched in one pass."""
    global _NEEDLES
    bits = needle_bits()
    if _NEEDLES is None or _NEEDLES[0] is not bits:
        table = dict(_PATTERN_NEEDLES)
        for needle, needle_bits_ in bits.items():
            kinds, others = table.get(needle, (frozenset(), 0))
            table[needle] = (kinds, others | needle_bits_)
        _NEEDLES = (bits, table)
    return _NEEDLES[1]


@lru_cache(maxsize=256)
def _patterns_for(kinds: frozenset[str]) -> tuple[Pattern, ...]:
    return tuple(p for p in PATTERNS if (p.gate in kinds if p.gate else p.kind in kinds))


Run = tuple[Pattern, tuple[frozenset[str], ...]]  # a pattern and its anchors


@lru_cache(maxsize=256)
def _runs_for(kinds: frozenset[str]) -> tuple[Run, ...]:
    return tuple((p, pattern_anchors(p)) for p in _patterns_for(kinds))


class _Plan:
    """The runs a block announcing `kinds` gets, with what they cost per character of it: in all
    and per kind (patterns retired from the reading left out)."""

    __slots__ = ("per_kind", "runs", "total")

    def __init__(self, runs: tuple[Run, ...], retired: frozenset[int]) -> None:
        self.runs = tuple(run for run in runs if id(run[0]) not in retired)
        self.total = len(self.runs)
        counts: dict[str, int] = {}
        for pattern, _ in self.runs:
            counts[pattern.kind] = counts.get(pattern.kind, 0) + 1
        self.per_kind = tuple(counts.items())


@lru_cache(maxsize=1024)
def _plan_for(kinds: frozenset[str], retired: frozenset[int]) -> _Plan:
    return _Plan(_runs_for(kinds), retired)


# Work budget per document: real licenses stay far below these; a hostile text stops here. The
# corpus's most demanding text (AGPL-3.0) scans 173k characters in all, 69k for
# one kind (GPL-3.0, attribution), counting RUN_COST; a scan costs 0.05-0.5 us per character and pattern.
# (2.1M since round 9's grant-limited-to-places pattern: the 50 KB corpus chain of text_readings needs 2.03M.)
MAX_SCAN = 2_100_000  # characters scanned, summed over the patterns run on each paragraph ...
MAX_SCAN_PER_KIND = 500_000
RUN_COST = 200  # ... plus this much per pattern run (many tiny paragraphs cost per paragraph)
MAX_LINES = 60_000  # a license has a few thousand; 2 MB of prose has ~30,000
MAX_MATCHES = 4_000  # matches examined (each costs a context check and a builder; corpus max 21)
MAX_PER_KIND = 50  # distinct obligations of one kind
# The lower case of the blocks viewed is kept for the clause layer (which would build each view
# again) up to half the text's size in bytes, a dict entry counted as this many more.
LOW_ENTRY = 100


class Extraction:
    """Obligations found in one document and, when the work budget stopped the reading early, the
    first line some pattern was not run on."""

    __slots__ = ("obligations", "unread_from")

    def __init__(self, obligations: list[Obligation], unread_from: int | None) -> None:
        self.obligations, self.unread_from = obligations, unread_from

    @property
    def budget_exhausted(self) -> bool:
        return self.unread_from is not None


def extract(text: str, path: str) -> list[Obligation]:
    """Every obligation the wording creates, with the lines that create it."""
    return extract_within_budget(text, path).obligations


def _line_limit(text: str) -> int:
    """Where line MAX_LINES + 1 starts (or the end): blocks are found one by one in Python."""
    at = -1
    for _ in range(MAX_LINES):
        at = text.find("\n", at + 1)
        if at == -1:
            return len(text)
    return at + 1


def extract_within_budget(text: str, path: str) -> Extraction:
    """`extract`, saying whether the work budget was exhausted (the reading is then incomplete)."""
    # Windows line ends: blocks are split at blank lines, and "\r\n\r\n" must be one (same line numbers).
    text = text.replace("\r\n", "\n")
    index = LineIndex(text)
    found: dict[tuple[Any, ...], Obligation] = {}
    unparameterised: dict[str, tuple[Any, ...]] = {}  # kind -> key of its parameterless reading
    per_kind: dict[str, int] = {}
    kinds_with_params: set[str] = set()
    retired: set[int] = set()  # patterns whose every further match can only repeat a reading
    retired_now: frozenset[int] = frozenset()  # (a key of the cached plans)
    matches_left = MAX_MATCHES
    scan_left = MAX_SCAN
    kind_scan_left: dict[str, int] = {}
    unread_from: int | None = None
    exhausted = False
    terms = defined_terms(text)
    names = names_of(text)
    read_to = _line_limit(text)
    if read_to < len(text):
        unread_from = read_to
    starts, ends = blocks(text, read_to)
    lows: dict[int, str] = {}  # views' lower case kept for the clause layer, by block index
    lows_left = len(text) // 2  # bytes they may take
    needles = _needles()
    hits = ConceptHits(needles)  # the blocks holding clause concepts' needles, found in the same pass
    for i, kinds, bits in block_hits(text, starts, ends, needles):
        if bits:
            hits.add(i, bits)
        hits.upto = i + 1
        if not kinds:
            continue
        if scan_left < RUN_COST:
            unread_from = starts[i] if unread_from is None else min(unread_from, starts[i])
            break
        para = Paragraph(text[starts[i] : ends[i]], starts[i])
        if lows_left >= (size := sys.getsizeof(para.low) + LOW_ENTRY):
            lows[i], lows_left = para.low, lows_left - size
        if GATE in kinds and not foreign_block(para.low):
            kinds = kinds - {GATE}  # a word of another language in an English block: no clause of that language
        cost = len(para.text) + RUN_COST
        plan = _plan_for(kinds, retired_now)
        # Every run charged at once when all fit the budget (as one by one they would); else one by one.
        charged = cost * plan.total <= scan_left and all(
            cost * count <= kind_scan_left.get(kind, MAX_SCAN_PER_KIND) for kind, count in plan.per_kind
        )
        if charged:
            scan_left -= cost * plan.total
            for kind, count in plan.per_kind:
                kind_scan_left[kind] = kind_scan_left.get(kind, MAX_SCAN_PER_KIND) - cost * count
        for pattern, required in plan.runs:  # (a pattern retires only during its own run)
            if not charged:
                kind_left = kind_scan_left.get(pattern.kind, MAX_SCAN_PER_KIND)
                if cost > scan_left or cost > kind_left:
                    unread_from = para.offset if unread_from is None else min(unread_from, para.offset)
                    continue
                scan_left, kind_scan_left[pattern.kind] = scan_left - cost, kind_left - cost
            if pattern.kind == "share_alike" and (
                "use restrictions" in para.low or "use-based restrictions" in para.low
            ):
                continue  # RAIL: restrictions flow down, terms need not be the same (not copyleft)
            if not present(required, para.low):
                continue  # cannot match here (charged all the same: the budget bounds the worst case)
            for match in finditer(pattern, para):
                matches_left -= 1
                if matches_left < 0:
                    exhausted = True
                    unread_from = para.offset if unread_from is None else min(unread_from, para.offset)
                    break
                lo, hi = sentence_bounds(para.text, match.start(), match.end())
                if pattern.skip_disclaimers and para.has(
                    DISCLAIMER, *item_bounds(para.text, match.start(), match.end(), lo, hi)
                ):
                    continue
                if pattern.kind in INVITED_KINDS and invited(
                    para, lo, match.end(), item_bounds(para.text, match.start(), match.end(), lo, hi)[1]
                ):
                    continue  # an invitation ("we encourage", "you should"), not a duty (a later item's does not count)
                if pattern.kind == "attribution" and invites_credit(para, lo, min(hi, lo + 200), match.end()):
                    continue  # "you may credit": an invitation to credit
                if pattern.kind == "revocable" and para.has(FOR_BREACH, lo, match.start()):
                    continue  # "if you violate ..., the licensor reserves the right to terminate"
                if pattern.veto is not None and pattern.veto(match, para):
                    continue  # "except where your use is limited to research": an exemption, not a limit
                if pattern.kind in LIMIT_KINDS and not_in_force(para.low, lo, hi, match.start(), pattern.kind):
                    continue  # "has no threshold such as ...", a limit an earlier licence had, the licensor's reach
                if pattern.kind in VETOED_KINDS and licensor_conduct(para.low, lo, match.start(), names, match.end()):
                    continue  # "we will not use your prompts to train ...": the licensor's conduct, no duty
                params = pattern.build(match, para) if pattern.build and isinstance(match, re.Match) else {}
                if params is None:
                    continue
                scope = params.pop("scope", None)
                span_end = params.pop("_span_end", match.end())
                key = key_of(pattern.kind, params)
                confidence = evidence_confidence(pattern, bool(params), para, lo, hi, terms)
                if key in found and (
                    len(params) > len(found[key].parameters())
                    or (len(params) == len(found[key].parameters()) and confidence > found[key].confidence)
                ):
                    del found[key]  # a fuller or better-evidenced reading (a policy's URL, its duty verb)
                    per_kind[pattern.kind] -= 1
                    if unparameterised.get(pattern.kind) == key:
                        del unparameterised[pattern.kind]
                elif key in found or (not params and pattern.kind in kinds_with_params and not pattern.beside_text):
                    # already read (or a parameterised reading of this kind exists)
                    if pattern.beside_text and unparameterised.get(pattern.kind) == key:
                        del unparameterised[pattern.kind]  # a duty of its own: a later text keeps it
                    if pattern.build is None:
                        retired.add(id(pattern))  # its readings all share this key
                        retired_now = frozenset(retired)
                        break
                    continue
                if per_kind.get(pattern.kind, 0) >= MAX_PER_KIND:
                    unread_from = para.offset if unread_from is None else min(unread_from, para.offset)
                    retired.add(id(pattern))
                    retired_now = frozenset(retired)
                    break
                per_kind[pattern.kind] = per_kind.get(pattern.kind, 0) + 1
                triggers = pattern.triggers
                if pattern.kind in WIDEN_TO_SERVE and "serve" not in triggers and para.has(SERVE_WORDS, lo, hi):
                    triggers = (*triggers, "serve")
                found[key] = cite(
                    pattern.kind,
                    pattern.summary,
                    confidence,
                    para,
                    match.start(),
                    max(match.end(), span_end),
                    path,
                    index,
                    triggers,
                    scope,
                    **params,
                )
                if params:
                    kinds_with_params.add(pattern.kind)
                    stale = unparameterised.pop(pattern.kind, None)
                    if stale is not None:
                        del found[stale]
                        per_kind[pattern.kind] -= 1
                elif not pattern.beside_text:
                    unparameterised[pattern.kind] = key
            if exhausted:
                break
        del para  # before the next block's view is built
        forget_paragraph()  # nor the memo of its strings
        if exhausted:
            break
    else:
        hits.upto = len(starts)  # every block searched
    absorbed: set[str] = set()  # kinds whose duty a labelled text of the other kind gave (not read again below)
    if not exhausted:
        absorbed = _add_labelled_texts(text, starts, ends, found, kinds_with_params, path, index)
    items: list[ItemPlace] | None = None  # where the items under lead-ins are, when all were seen
    if not exhausted and scan_left >= RUN_COST:
        places: list[ItemPlace | None] = []
        readings = _item_readings(
            text, starts, ends, found, kinds_with_params, scan_left, path, index, terms, places, names
        )
        for key, ob in readings:
            found[key] = ob
        items = None if None in places else [place for place in places if place is not None]
    kinds_found: set[str] = {ob.kind for ob in found.values()} | absorbed
    for ob in document_readings(text, starts, ends, kinds_found, path, index):
        found[(ob.kind, "document")] = ob
    kinds_read: set[str] = {ob.kind for ob in found.values()} | absorbed
    for ob in clause_readings(text, starts, ends, kinds_read, path, index, items, lows, hits, names):
        found[(ob.kind, "clause")] = ob  # the structural fallback: only kinds no pattern read
    dropped = superseded_kinds(text, starts, ends, {ob.kind for ob in found.values()})
    if "research_only" in dropped and not any(ob.kind == "non_commercial" for ob in found.values()):
        # research beside teaching, personal or other non-commercial purposes: still no commercial use
        widened = next(ob for ob in found.values() if ob.kind == "research_only")
        found[("non_commercial", "widened")] = replace(widened, kind="non_commercial", summary=WIDENED_SUMMARY)
    appendix = third_party_appendix(text, starts, ends)
    last_line = None if appendix is None else index.line(appendix)  # readings from there are other licences'
    tables = source_tables(text) if "|" in text else []  # rows telling the sources' licences: their terms, not these
    kept = (
        ob
        for ob in found.values()
        if ob.kind not in dropped
        and (last_line is None or (ob.source.start_line or 0) < last_line)
        and not any(
            first <= (ob.source.start_line or 0) and (ob.source.end_line or 0) <= last for first, last in tables
        )
    )
    obligations = sorted(
        (with_purpose_test(with_model_class(ob, text), text) for ob in kept),
        key=lambda ob: (ob.source.start_line or 0, ob.kind),
    )
    return Extraction(obligations, None if unread_from is None else index.line(unread_from))


_NOTICE_OR_CREDIT = frozenset({"notice", "attribution"})


def _add_labelled_texts(
    text: str,
    starts: list[int],
    ends: list[int],
    found: dict[tuple[Any, ...], Obligation],
    kinds_with_params: set[str],
    path: str,
    index: LineIndex,
) -> set[str]:
    """A credit or notice given under a label ("Attribution notice to reproduce:") with its text in the next
    block; a parameterless reading of its kind that points at it ("give credit (see the notice below)") is
    the same duty and goes. Each such reading is looked at once (points_below walks to its line), however many
    labels follow. Returns the kinds of such readings that went for a text of the other kind."""
    looked_at: set[tuple[Any, ...]] = set()
    absorbed: set[str] = set()
    for ob, bare in labelled_texts(text, starts, ends, path, index):
        key = key_of(ob.kind, ob.parameters())
        if key in found:
            continue
        if bare:  # 'Attribution: "X"' gives the text of the credit owed elsewhere, and replaces that reading
            owed = [k for k, o in found.items() if o.kind == ob.kind and not o.parameters()]
            if not owed or any(o.kind == ob.kind and o.parameters() for o in found.values()):
                continue
            del found[owed[0]]
            found[key] = ob
            kinds_with_params.add(ob.kind)
            continue
        found[key] = ob
        kinds_with_params.add(ob.kind)
        # (a notice and a credit are one duty when the text is given: "retain this notice:" then a quoted credit)
        same = _NOTICE_OR_CREDIT if ob.kind in _NOTICE_OR_CREDIT else {ob.kind}
        for stale in [k for k, o in found.items() if o.kind in same and not o.parameters() and k not in looked_at]:
            looked_at.add(stale)
            if points_below(text, found[stale]) or _credit_spelled_out(found[stale], ob):
                if found[stale].kind != ob.kind:
                    absorbed.add(found[stale].kind)
                del found[stale]
    return absorbed


def _credit_spelled_out(owed: Obligation, given: Obligation) -> bool:
    """A credit owed without its text above a credit given with its text under a label is one duty: the label
    spells out the credit owed ("provided you give appropriate credit" ... "Required attribution:" then the text)."""
    return owed.kind == given.kind == "attribution" and (owed.source.end_line or 0) < (given.source.start_line or 0)


# The phrases items under a ban lead-in in another language are read after ("é proibido ").
FOREIGN_LEADS = tuple(BAN_LEAD.values())
FOREIGN_DUTY_LEADS = (*DUTY_LEAD.values(), KO_DUTY_PREFIX)  # ("à condition que "): the items are duties
WIDENED_SUMMARY = "No commercial use (the grant covers research and other non-commercial purposes)."
# Kinds a list item can state under a ban lead-in ("You must not use the Model:" ... "(a) to train
# other models"): restrictions, never duties (a duty under "You will not:" would be nonsense).
BAN_KINDS = frozenset(
    {"no_training_other_models", "acceptable_use", "territory", "no_hosting", "no_derivatives", "non_commercial"}
)
# Kinds a labelled paragraph under a ban lead-in can state ("... the following prohibited use cases:" then
# "Violence and harm: ...", "Synthetic data for commercial uses: ... to train ... models"): a use policy's
# categories of prohibited use, no term of the grant (its scope, places, hosting or sharing).
POLICY_KINDS = frozenset({"acceptable_use", "no_training_other_models"})
# Kinds an item under a ban the licensor's consent lifts can state: a harmful use stays banned, and so does removing
# the credit ("Not permitted without explicit permission from the authors: ... - removal of dataset attribution": a
# notice, as the notices kept under a plain ban; round 14, fix24).
GATED_KINDS = frozenset({"acceptable_use", "notice"})
# Kinds an item can state under a bare permission lead-in ("You MAY:" ... "- Use outputs for personal research",
# "- Quote excerpts in academic work with attribution"): the purposes the grant is confined to, a credit it is given on.
PERMIT_KINDS = frozenset({"research_only", "attribution"})
# Kinds an item can state under a duty lead-in ("If you distribute the Model, you must:" ... "(a) give
# every recipient a copy of this Agreement"): duties, never restrictions.
DUTY_KINDS = frozenset(
    {"include_license", "state_changes", "notice", "attribution", "source_disclosure", "share_alike", "flow_down"}
)


# A commercial use among the items of a ban the licensor's leave lifts ("Except with prior written permission
# from Acme, you may not: ... (b) embed the Model in any commercial product"): commercial use is asked for.
_COMMERCIAL_ITEM = prebuilt(
    r"(?<!non-)\bcommercial(?:ly)?\b"
)  # "noncommercial" has no \b; view.lower spells "non commercial" with "-"


def _asked_leave(
    item: ItemView,
    found: dict[tuple[Any, ...], Obligation],
    added: set[tuple[Any, ...]],
    path: str,
    index: LineIndex,
) -> tuple[tuple[Any, ...], Obligation] | None:
    """Registration cited at the item's words, once per document."""
    named = _COMMERCIAL_ITEM.search(item.low, item.body)
    if named is None:
        return None
    return _once_at_item(
        "registration", REGISTRATION_SUMMARY, item, named.start(), named.end(), found, added, path, index
    )


# A permitted use named non-commercial, an item of a list of the uses permitted ("Permitted uses:" ... "-
# non-commercial academic research;"): the grant's purpose is non-commercial (round 14, fix24). Not "commercial
# and non-commercial", nor "non-commercial or commercial" (the grant then covers commerce too).
_NON_COMMERCIAL_USE_ITEM = prebuilt(
    r"\W{0,3}(?:strictly\s|only\s)?non-?commercial\b(?![^.;]{0,60}?\b(?:and|or|and/or)\s(?:for\s)?commercial\b)"
)
NON_COMMERCIAL_USE_SUMMARY = "Only non-commercial use is permitted (the permitted uses are non-commercial)."


def _permitted_non_commercial(
    item: ItemView,
    found: dict[tuple[Any, ...], Obligation],
    added: set[tuple[Any, ...]],
    path: str,
    index: LineIndex,
) -> tuple[tuple[Any, ...], Obligation] | None:
    """non_commercial cited at a permitted use's words, once per document."""
    named = _NON_COMMERCIAL_USE_ITEM.match(item.low, item.body)
    if named is None:
        return None
    return _once_at_item(
        "non_commercial", NON_COMMERCIAL_USE_SUMMARY, item, item.body, named.end(), found, added, path, index
    )


def _once_at_item(
    kind: ObligationKind,
    summary: str,
    item: ItemView,
    start: int,
    end: int,
    found: dict[tuple[Any, ...], Obligation],
    added: set[tuple[Any, ...]],
    path: str,
    index: LineIndex,
) -> tuple[tuple[Any, ...], Obligation] | None:
    """A parameterless `kind` read from an item's words (the sentence of item.text[start:end], within the item's own
    words), once per document: none where the document already has it."""
    key = key_of(kind, {})
    if key in found or key in added:
        return None
    added.add(key)
    lo, hi = sentence_bounds(item.text, start, end)
    lo, hi = max(lo, item.body), min(hi, len(item.text))
    triggers: tuple[Trigger, ...] = ("use", "distribute", "serve")
    return key, cite(kind, summary, 0.8, item, lo, hi, path, index, triggers)


def _item_readings(
    text: str,
    starts: list[int],
    ends: list[int],
    found: dict[tuple[Any, ...], Obligation],
    kinds_with_params: set[str],
    scan_left: int,
    path: str,
    index: LineIndex,
    terms: frozenset[str],
    places: list[ItemPlace | None],
    names: Names,
) -> Iterator[tuple[tuple[Any, ...], Obligation]]:
    """Restrictions stated by list items under a ban lead-in, each read as "you must not use the model"
    + the item and cited at the item's lines. Only what the rest of the text did not already say is
    added, so every other reading stays as it was. Where each item is goes to `places` (the clause
    layer reads the items again without looking for them); a budget stop ends it with None."""
    added: set[tuple[Any, ...]] = set()
    for item in items_under_bans(text, starts, ends, gated=True):
        permit = item.text.startswith(PERMIT_PREFIX)
        # the clause layer reads no item a consent gates, nor a category, nor a permission's item
        if not item.gated and not item.labelled and not permit:
            places.append(place_of(item))
        duty = (item.text.startswith(DUTY_PREFIX) and not item.text.startswith("you must not")) or item.text.startswith(
            FOREIGN_DUTY_LEADS
        )
        if duty and BAN.search(item.low, item.body):
            continue  # "(i) You may not ..." under "on the following conditions:" states no duty
        allowed = (
            GATED_KINDS if item.gated else DUTY_KINDS if duty else BAN_KINDS - LEAVE_LIFTS if item.leave else BAN_KINDS
        )
        if permit:
            allowed = PERMIT_KINDS
        if item.labelled:
            allowed = allowed & POLICY_KINDS
        if item.leave and (asked := _asked_leave(item, found, added, path, index)) is not None:
            yield asked
        if item.text.startswith(PERMITTED_USES_PREFIX) and (
            purpose := _permitted_non_commercial(item, found, added, path, index)
        ):
            yield purpose
        kinds = {kind for needle, kinds in NEEDLE_KINDS.items() if needle in item.low for kind in kinds} & allowed
        if item.text.startswith(FOREIGN_LEADS + FOREIGN_DUTY_LEADS) and foreign_block(item.low):
            kinds.add(GATE)  # an item under a ban lead-in in another language: that language's clauses
        for pattern, required in _runs_for(frozenset(kinds)):
            if pattern.kind not in allowed:
                continue  # (a clause of another language of a kind no item under a ban states)
            scan_left -= len(item.text) + RUN_COST
            if scan_left < 0:
                places.append(None)  # not every item was seen
                return
            if not present(required, item.low):
                continue
            for match in islice(finditer(pattern, item), 8):
                if match.end() <= item.body:
                    continue  # the lead-in's words alone: not this item's
                start = max(match.start(), item.body)
                lo, hi = sentence_bounds(item.text, match.start(), match.end())
                bounds = item_bounds(item.text, start, match.end(), lo, hi)
                if pattern.skip_disclaimers and item.has(DISCLAIMER, *bounds):
                    continue
                if pattern.veto is not None and pattern.veto(match, item):
                    continue
                if pattern.kind in VETOED_KINDS and licensor_conduct(item.low, lo, start, names, match.end()):
                    continue
                params = pattern.build(match, item) if pattern.build and isinstance(match, re.Match) else {}
                if params is None:
                    continue
                scope = params.pop("scope", None)
                span_end = params.pop("_span_end", match.end())
                key = key_of(pattern.kind, params)
                if key in found or key in added or (not params and pattern.kind in kinds_with_params):
                    continue
                added.add(key)
                confidence = evidence_confidence(pattern, bool(params), item, lo, hi, terms)
                yield (
                    key,
                    cite(
                        pattern.kind,
                        pattern.summary,
                        confidence,
                        item,
                        start,
                        max(match.end(), span_end),
                        path,
                        index,
                        pattern.triggers,
                        scope,
                        **params,
                    ),
                )
