"""A structural reading of obligations, for wording no pattern knows: the fallback behind the
pattern table (documented in docs/text-reading.md, "Reading by clause structure").

A document is cut into clauses (sentences and list items of each block's view, items under a
lead-in seen with it). A clause is a candidate for a kind when it says who must or must not do
something in the way the kind needs (a duty, a ban or limit, or a power the licensor keeps), is no
invitation, disclaimer or definition, and holds a word of every concept group of the kind (the data
file rules/clause-lexicon.toml, loaded by openlint.text.clause_lexicon). Only kinds no pattern read
anywhere in the text are read here, at most one clause each, at a confidence below every pattern's.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from itertools import chain, pairwise

from openlint.core.obligations import Obligation
from openlint.text.block_needles import ConceptHits, block_hits, blocks_holding, regex_sources
from openlint.text.block_needles import latin_text as _latin
from openlint.text.cite import cite
from openlint.text.clause_headings import items_under_ban_headings, under_permission
from openlint.text.clause_lexicon import GLOBAL_LEARNED, LEXICON, Concept, joined_words, words
from openlint.text.clause_repeats import MEMO_FROM, Examined
from openlint.text.clause_screen import Screen, screens_of, shipped_screens
from openlint.text.condition_lists import CONDITIONS, DUTY_VERBS, condition_lead
from openlint.text.conduct import Names, licensor_conduct, names_of
from openlint.text.identify import AddedPassage
from openlint.text.in_force import LIMIT_KINDS, not_in_force
from openlint.text.lead_in import LEAVE_LIFTS, PERMIT_PREFIX, ItemView, items_under_bans
from openlint.text.patterns import DISCLAIMER, NEVER_BANS, invites
from openlint.text.patterns.builders import hosting_covers
from openlint.text.patterns.term_changes import binds_nothing_held
from openlint.text.programs import prebuilt
from openlint.text.view import LineIndex, Paragraph, lower, plain

MAX_CLAUSE = 500  # characters of a clause read (a licence sentence is rarely longer)
MIN_CLAUSE = 12  # a clause read is longer than this ("No unlawful use.", 16 characters, is a whole ban)
MAX_CLAUSES = 3000  # clauses examined per document
MAX_BLOCKS = 2000  # blocks seen as views per document
_ANY: tuple[frozenset[str], int] = (frozenset(), 1)  # a needle that marks the block holding it

MARK = " (read from the clause's structure, not a known phrasing)"  # ends every summary of this layer

# Confidence (docs/text-reading.md): below the lowest pattern base (0.8), so a pattern reading of
# the same clause would always be preferred and a reader can tell the two apart.
BASE = 0.55
STEP = 0.05
CEILING = 0.65

# Where a clause ends inside a block's view: a sentence end or a semicolon followed by a space, or
# before a list item's mark ("a) ... b) ...", written without punctuation between the items).
_SENTENCE_END = prebuilt(r"[.;!?](?=\s)")
_ITEM_MARK = prebuilt(r"\s(?=\(?[a-z0-9]{1,2}\)\s)")
_CLAUSE_END = prebuilt(f"{_SENTENCE_END.pattern}|{_ITEM_MARK.pattern}")

# What the clause says of the licensee: a modal whose subject is the licensor ("we will not use your
# prompts to train ...", "Licensor shall credit ...", "Acme will not ...") is the licensor's own
# conduct (text/conduct.py, the veto the patterns use too), checked per modal found (_modals).
# A clause that opens with a mark ("4.2.1", "(b)", "c.") or a short heading label ("Attribution.") then
# a verb of duty in the plain form ("Cite this repository in ...", "Retain all notices") is an imperative
# addressed to the reader: a duty, and the licensee is its subject.
# (a short label and its colon may follow the mark: "- NonCommercial: no commercial use."; a licence element's name
# may label the term without a colon, as a summary set out in columns does: "ShareAlike    Distribute ...", round 14)
_OPENING = (
    r"^\W*(?:(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|\(?[a-z0-9]{1,4}[.)])\s)?(?:[a-z][a-z-]{1,24}(?:\s[a-z-]{1,24}){0,2}:\s"
    r"|(?:attribution|non-?commercial|share-?alike|no-?derivatives|no-?derivs)\s)?"
)
IMPERATIVE = prebuilt(_OPENING + DUTY_VERBS)
# (and the imperatives of a grant's list of conditions: "under these conditions (keep ...)", condition_lists.py)
DUTY = prebuilt(
    r"\b(?:must|shall|will|agrees?\sto|undertakes?\sto|commit(?:s|ted)?\sto|(?:is|are)\s(?:required|obliged|obligated)\sto|"
    r"required\sto|need\sto|provided\sthat|provided,?\s(?=you\b|licensees?\b)|on\s(?:the\s)?condition\sthat|(?:as|so)\slong\sas|"
    r"(?:is|are)\s(?:solely\s)?responsible\sfor\s(?:ensuring|making\ssure))\b|" + IMPERATIVE.pattern + "|" + CONDITIONS
)
# "does not include", "shall not apply": what a term or clause covers is described, nothing banned;
# "do not" bans only as an imperative or said of the licensee ("an entity that does not own ...").
BAN = prebuilt(
    r"(?:\b(?:must|shall|may|will|can|agrees?|undertakes?)|(?:^\W*(?:\(?[a-z0-9]{1,3}\)\s)?|"
    r"\b(?:you|licensees?|recipients?|users?)\s)(?:do|does))\s(?:not|never|neither)\b"
    r"(?!\s(?:include|apply|cover|extend|mean|constitute|affect)s?\b)|\bcannot\b|\bprohibited\b|"
    r"\bforbidden\b|\bnot\s(?:be\s)?(?:permitted|allowed|authori[sz]ed)\b|\brefrain\sfrom\b|\bno\s(?:right|licen[cs]e)\sto\b"
    # a ban said by the occasions it never holds on, the modal after it: "In no case should the images be used ...",
    # "Under no circumstances may the weights be ..." ("in no event shall ... be liable" is a disclaimer: no candidate)
    + "|"
    + NEVER_BANS
    # a permission withheld: "No permission is granted to use the Model in violation of law", "no right or licence
    # is given to you to ...", "Nothing in this Licence permits you to ..." (what the grant leaves out is banned)
    + r"|\bno\s(?:permission|rights?|licen[cs]e)\s(?:(?:or|and)\s(?:permission|rights?|licen[cs]e)\s)?"
    r"(?:is|are)\s(?:hereby\s)?(?:granted|given|conferred)\s(?:to\s(?:you|licensee|the\slicensee|any\s\w+)\s)?to\b"
    r"|\bnothing\sin\s(?:this|these|the)\s(?:licen[cs]e|agreement|terms)\s(?:permits|allows|authori[sz]es|entitles)\s"
    r"(?:you|licensee|the\slicensee|anyone|any\sperson)\sto\b"
    # a clause that opens with "no": "No creation of derivative works is permitted", "No part of it may be
    # modified", "No unlawful use." (not "No use restrictions apply": what the licence lacks; nor "No fee is
    # charged for commercial use": a use named after a verb is what the clause permits)
    r"|" + _OPENING + r"no\s(?:(?:[\w,-]+\s){0,12}?(?:(?:is|are|shall\sbe|will\sbe|may\sbe)\s(?:\w+\s)?"
    r"(?:permitted|allowed|authori[sz]ed)\b|(?:may|shall|can|will)\sbe\s\w+ed\b)|"
    r"(?:(?!(?:is|are|was|were|be|been|shall|will|may|can|needed|required|payable|charged|for|of|to|in|on|with)\b)"
    r"[\w,-]+\s){0,4}?us(?:e|es|age)\b(?!\s(?:restrictions?|limitations?|fees?|caps?|conditions?)\b))"
)
LIMIT = prebuilt(r"\b(?:only|solely|exclusively|(?:limited|restricted)\sto|strictly\sfor)\b")
# What the licensor keeps: a power over the licence or its use.
POWER = prebuilt(
    r"\b(?:may|can|will|reserves?\s(?:the|its|all)\s(?:right|rights)\sto|(?:is|are)\sentitled\sto|at\sany\stime)\b"
)
# (the licensee speaking in the first person, as in a data use agreement the user signs: "I will indicate any
# changes", "I agree that I will ..."; never a list mark "(i)" or "i.")
ADDRESSEE = prebuilt(
    r"\b(?:you|your|licensee|licensees|recipients?|users?|distributors?)\b|(?<![(\w.])i\s(?=(?:will|shall|must|agree|"
    r"undertake|accept|commit|confirm|need|may|am|have)\b)"
)
# "'Model' means ...": a definition states no duty.
DEFINITION = prebuilt(
    r"\b(?:means|shall\smean|refers?\sto|is\sdefined\sas|has\sthe\smeaning|includes?\swithout\slimitation)\b"
)
# '2.1 "Research Use" is ...', '"Outputs" do not include ...': a clause whose subject is a quoted
# term defines it, whatever the verb.
DEFINED_TERM = prebuilt(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s|\(?[a-z0-9]{1,3}\)\s)?(?:the\s(?:term|phrase|expression)\s)?"
    r"[\"'\u201c\u2018][^\"'\u201d\u2019]{1,80}[\"'\u201d\u2019]\s(?:\([^)]{0,40}\)\s)?"
    r"(?:(?:shall|will|does|do|is|are)\s(?:not\s)?)?(?:means?|includes?|refers?|denotes?|covers?|comprises?|is|are)\b"
)
EXPLICIT = prebuilt(r"\b(?:must|shall|may\snot|agrees?\s(?:not\s)?to|required|prohibited|reserves?)\b")
_MODALS = {"duty": DUTY, "ban": BAN, "limit": LIMIT, "power": POWER}
_OF_LICENSEE = (DUTY, BAN)  # modals that hold only where their subject is not the licensor


def _licensee_part(clause: str, names: Names) -> str:
    """The part of the clause that speaks of the licensee: where the licensor's own conduct follows
    the licensee's duty or ban ("you will not ..., and we will not use your data to train ..."), the
    clause ends before it."""
    own = [
        found.start()
        for modal in _OF_LICENSEE
        for found in modal.finditer(clause)
        if licensor_conduct(clause, 0, found.start(), names)
    ]
    if own:
        first = min(own)
        if any(modal.search(clause, 0, first) for modal in _OF_LICENSEE):
            return clause[: max(clause.rfind(",", 0, first), clause.rfind(";", 0, first), 0) or first]
    return clause


class _Compiled:
    """A concept of the lexicon, its groups and veto compiled the first time a clause is read for it."""

    __slots__ = ("_screens", "_vetoes", "concept", "groups", "modals", "veto")

    def __init__(self, concept: Concept, leave_out: str | None = None) -> None:
        self.concept = concept
        self._vetoes = (*concept.veto, *(expr for expr, origin in concept.learned if _kept(origin, leave_out)))
        self.groups: tuple[re.Pattern[str], ...] | None = None
        self.veto: re.Pattern[str] | None = None
        self.modals = tuple(_MODALS[name] for name in concept.modals)
        self._screens: Screen | None = None

    def compile(self) -> tuple[re.Pattern[str], ...]:
        kind = self.concept.kind
        self.groups = tuple(words(group, f"{kind} group") for group in self.concept.groups)
        self.veto = words(self._vetoes, f"{kind} veto") if self._vetoes else None
        return self.groups

    def reads(self, clause: str, modals: Modals, items: tuple[str, ...] = ()) -> int:
        """How many pieces of evidence the clause gives for the kind (0: not this kind), given the
        modals found in it (searched last: a modal costs more than the concept's words); `items`: the
        inline items after the clause when it is a lead-in to them. A licensor's power whose every item
        is vetoed is vetoed ("may terminate ... (i) if you breach ..., or (ii) if you sue ..."); one
        item naming another ground keeps it ("... or (iii) if the paper is not published")."""
        if self.concept.addressed and not ADDRESSEE.search(clause) and not modals.imperative:
            return 0
        groups = self.groups if self.groups is not None else self.compile()
        if not all(group.search(clause) for group in groups):
            return 0
        if self.veto is not None and (
            self.veto.search(clause)
            or (items and self.concept.modals == ("power",) and all(self.veto.search(item) for item in items))
        ):
            return 0
        if self.modals and not modals.any_of(self.modals):
            return 0
        part = modals.part()
        if part is not clause and not all(group.search(part) for group in groups):
            return 0  # its words are in the licensor's part of the clause
        return 1 + (EXPLICIT.search(clause) is not None) + (len(groups) >= 3)


class Modals:
    """The modals of one clause, each searched at most once and only when a concept asks (the
    modals cost ~4x all the concepts' words together on the corpus). A duty or ban holds only where
    one is not the licensor's own conduct (text/conduct.py, the veto the patterns use too), in the
    licensee's part of the clause."""

    __slots__ = ("_part", "clause", "found", "imperative", "names")

    def __init__(self, clause: str, names: Names, imperative: bool) -> None:
        self.clause = clause
        self.names = names
        # an imperative opening is a duty unless the clause is listed under what the reader may do
        self.imperative = imperative and IMPERATIVE.match(clause) is not None
        self.found: dict[re.Pattern[str], bool] = {}
        self._part: str | None = None

    def part(self) -> str:
        if self._part is None:
            self._part = _licensee_part(self.clause, self.names)
        return self._part

    def any_of(self, modals: tuple[re.Pattern[str], ...]) -> bool:
        for modal in modals:
            found = self.found.get(modal)
            if found is None:
                if modal in _OF_LICENSEE:
                    part = self.part()
                    found = any(
                        not licensor_conduct(part, 0, m.start(), self.names)
                        for m in modal.finditer(part)
                        if modal is not DUTY or self.imperative or IMPERATIVE.match(part, m.start()) is None
                    )
                else:
                    found = modal.search(self.clause) is not None
                self.found[modal] = found
            if found:
                return True
        return False


def _kept(origin: str, leave_out: str | None) -> bool:
    """Whether an entry written from these held-out sets stays when `leave_out` is left out: it
    does unless that set alone prompted it ("strict:r11": unless that set is among those that did,
    "general" included)."""
    if leave_out is not None and leave_out.startswith("strict:"):
        return leave_out.removeprefix("strict:") not in origin.split()
    return leave_out is None or set(origin.split()) != {leave_out}


def active(lexicon: Iterable[Concept], leave_out: str | None = None) -> tuple[_Compiled, ...]:
    """The concepts read: in production the current ones; leaving a held-out set out, the lexicon as
    it would stand had that set not been looked at (entries it alone prompted dropped, entries it
    alone retired restored)."""
    return tuple(
        _Compiled(concept, leave_out)
        for concept in lexicon
        if _kept(concept.origin, leave_out) and not (concept.retired and _kept(concept.retired, leave_out))
    )


def use_lexicon(leave_out: str | None = None, lexicon: tuple[Concept, ...] = LEXICON) -> None:
    """Read as if `leave_out` had not been looked at (None: the lexicon as shipped); an empty
    lexicon turns the layer off (benchmarks compare with the patterns alone)."""
    global _COMPILED, _NOT_CANDIDATE, _NEEDLE_BITS
    _COMPILED = active(lexicon, leave_out)
    learned = [expr for expr, origin in GLOBAL_LEARNED if _kept(origin, leave_out)]
    _NOT_CANDIDATE = prebuilt("|".join(learned)) if learned else None
    _NEEDLE_BITS = {}
    for j, compiled in enumerate(_COMPILED):
        for needle in compiled.concept.needles:
            _NEEDLE_BITS[needle] = _NEEDLE_BITS.get(needle, 0) | 1 << j


_COMPILED: tuple[_Compiled, ...] = ()
_NOT_CANDIDATE: re.Pattern[str] | None = None
_NEEDLE_BITS: dict[str, int] = {}
use_lexicon()


def needle_bits() -> dict[str, int]:
    """Per needle of the concepts read, the bits (1 << position in the lexicon read) of the concepts
    it is a needle of: the same object until the lexicon read changes."""
    return _NEEDLE_BITS


def _clauses(low: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each clause of a block's lower-cased view."""
    start = 0
    for found in _CLAUSE_END.finditer(low):
        yield start, found.end()
        start = found.end()
    if start < len(low):
        yield start, len(low)


def _count(low: str, start: int = 0) -> int:
    """How many clauses `_clauses` yields from `start` on: _CLAUSE_END's ways counted one by one (a
    mark needs a ")"; an end is always followed by a character, so a last clause runs to the end)."""
    ends = len(_SENTENCE_END.findall(low, start))
    if low.find(")", start) != -1:
        ends += len(_ITEM_MARK.findall(low, start))
    return ends + (start < len(low))


def _screens(compiled: _Compiled) -> Screen:
    """Per group of a concept that can be screened, the strings one of which a block's view must hold
    for any clause of it to name the group (a clause is a piece of the view); parsed once per concept."""
    if compiled._screens is None:
        shipped = shipped_screens(tuple(joined_words(group) for group in compiled.concept.groups))
        compiled._screens = (  # (the shipped lexicon's: its groups are not compiled for them)
            shipped
            if shipped is not None
            else screens_of(compiled.groups if compiled.groups is not None else compiled.compile())
        )
    return compiled._screens


# A concept with its screens. A reading screens every block it views and every clause of a block a
# concept passes (a string is found ~20 times faster than a group's regex is searched); a clause is a
# piece of its block's view, so a concept the view rules out reads none of its clauses. The screens
# are set up once per concept in a process. A reading screens from its first viewed block when the process
# has them, else from its SCREEN_AFTER-th. That was the 60th while setting them up parsed every wanted
# concept's groups (~20-35 ms, so that a one-shot `explain LICENSE` of a short licence never paid it); the
# lexicon's screens now ship (clause_screen.SCREENS) and its groups' programs too, so the set-up costs ~1 ms
# and every reading screens from its first block (unscreened, every wanted concept's groups were searched in
# every clause of the first 59 blocks: ~50 ms of a first long reading). The readings are the same either
# way (an empty screen passes every concept).
Screened = tuple[_Compiled, Screen]
SCREEN_AFTER = 1


def _screened(concepts: Iterable[_Compiled]) -> list[Screened]:
    return [(compiled, _screens(compiled)) for compiled in concepts]


def _screening(concepts: list[_Compiled], viewed: int) -> list[Screened] | None:
    """The concepts screened, or None while this reading goes unscreened (see SCREEN_AFTER)."""
    if viewed >= SCREEN_AFTER or all(compiled._screens is not None for compiled in concepts):
        return _screened(concepts)
    return None


class _ScreenIndex:
    """The screens of the concepts read, searched for in a piece at once: every screen string the piece holds is
    found by one regex search (`block_needles.trie_regex`: the longest string at each position where one starts,
    its prefixes with it), as bits, one per screen of a concept; a concept may read the piece when the bits of all
    its screens are set (the same concepts as testing each string in turn: `_able_by_strings`)."""

    __slots__ = ("findall", "masks", "needs", "screens", "wide_findall")

    def __init__(self, concepts: tuple[_Compiled, ...]) -> None:
        self.screens = [_screens(compiled) for compiled in concepts]  # (held: the keys below are their ids)
        bits: dict[str, int] = {}
        self.needs: dict[int, int] = {id(()): 0}
        bit = 0
        for screen in self.screens:
            need = 0
            for strings in screen:
                need |= 1 << bit
                for string in strings:
                    bits[string] = bits.get(string, 0) | 1 << bit
                bit += 1
            self.needs[id(screen)] = need
        self.masks = {
            string: sum_bits(bits.get(string[:end], 0) for end in range(1, len(string) + 1)) for string in bits
        }
        # (strings with a character beyond Latin-1 apart, searched for only in a piece that has one)
        latin, wide = regex_sources(sorted(bits))
        self.findall = prebuilt(latin, re.S).findall if latin else None
        self.wide_findall = prebuilt(wide, re.S).findall if wide else None


def sum_bits(masks: Iterable[int]) -> int:
    found = 0
    for mask in masks:
        found |= mask
    return found


_INDEX: list[tuple[tuple[_Compiled, ...], _ScreenIndex]] = []


def _index() -> _ScreenIndex:
    """The screen index of the concepts read (built when a reading first screens)."""
    if not _INDEX or _INDEX[0][0] is not _COMPILED:
        _INDEX[:] = [(_COMPILED, _ScreenIndex(_COMPILED))]
    return _INDEX[0][1]


def screen_sources() -> tuple[str, str]:
    """The sources of the shipped lexicon's screen regexes (scripts/build_regex_programs.py ships their programs)."""
    return regex_sources(
        sorted({string for compiled in _COMPILED for strings in _screens(compiled) for string in strings})
    )


INDEXED = 30  # concepts from which a piece is searched once for all their screens (fewer: string by string)


def _able(concepts: list[Screened], piece: str) -> list[Screened]:
    """The concepts that may read `piece`: those for which it holds one string of every screen."""
    if not any(screened[1] for screened in concepts):
        return list(concepts)  # (unscreened: every concept may)
    index = _index()
    if (index.findall is None and index.wide_findall is None) or len(concepts) < INDEXED:
        return _able_by_strings(concepts, piece)
    present = 0
    masks = index.masks
    found = set(index.findall(piece)) if index.findall is not None else set()
    if index.wide_findall is not None and not _latin(piece):
        found.update(index.wide_findall(piece))
    for string in found:
        present |= masks[string]
    needs = index.needs
    able = []
    for screened in concepts:
        need = needs.get(id(screened[1]))
        if need is None:  # a screen not of the concepts read (not expected): tested string by string
            able.extend(_able_by_strings([screened], piece))
        elif present & need == need:
            able.append(screened)
    return able


def _able_by_strings(concepts: list[Screened], piece: str) -> list[Screened]:
    """`_able`, each screen's strings tested in turn."""
    able = []
    for screened in concepts:
        for screen in screened[1]:
            for string in screen:
                if string in piece:
                    break
            else:
                break  # no string of this screen: the concept cannot read the piece
        else:
            able.append(screened)
    return able


# An item of a sentence's inline list ("you must (a) include a copy of this License; (b) keep ...") is
# read with the sentence's words before its first item: that lead-in says who must or must not do it.
_ITEM_START = prebuilt(r"\s*\(?(?:[a-z]|[0-9]{1,2}|[ivx]{2,4})\)\s")
_ITEM_AT = prebuilt(r"(?:^|\s)\(?(?:[a-z]|[0-9]{1,2}|[ivx]{2,4})\)\s")
_LEAD_END = prebuilt(r"[.!?](?=\s)")
MAX_LEAD = 250  # characters of a lead-in read with each item


def _with_lead_in(low: str, lo: int, hi: int, above: str = "") -> tuple[str, bool]:
    """The clause at low[lo:hi], an inline list item with its sentence's lead-in before it; and whether it
    stands alone (an imperative opening it is the reader's duty: not so for an item after words of its
    sentence, "We will (a) give you ...", whose lead-in says who acts). `above`: the lead-in of a block of
    items that opens with the first of them, the block before it ending with a colon (where a re-wrap broke
    "terminates if: (a) ...; or (b) ..." after the colon, the items keep the words they complete)."""
    if _ITEM_START.match(low, lo) is None:
        return low[lo:hi], True
    start = max(
        (end.end() for end in _LEAD_END.finditer(low, max(0, lo - MAX_CLAUSE), lo)), default=max(0, lo - MAX_CLAUSE)
    )
    first = _ITEM_AT.search(low, start, lo + 8)
    if first is None or first.start() - start < 10:
        if above and first is not None and start == 0:
            return above + " " + low[lo:hi].lstrip(), False
        return low[lo:hi], first is None or not low[start : first.start()].strip()
    return low[max(start, first.start() - MAX_LEAD) : first.start()].strip() + " " + low[lo:hi].lstrip(), False


def _lead_in_above(text: str, starts: list[int], ends: list[int], view: View, low: str) -> str:
    """The lead-in a block of inline items continues: the block just before it when that is short and ends with
    a colon and this block opens with an item mark ("" otherwise)."""
    if isinstance(view, ItemView) or _ITEM_START.match(low) is None:
        return ""
    return _block_above(text, starts, ends, _block_of(view, starts))


def _block_above(text: str, starts: list[int], ends: list[int], i: int) -> str:
    """`_lead_in_above` of block `i`, which opens with an item mark."""
    if i == 0:
        return ""
    raw = text[starts[i - 1] : ends[i - 1]].rstrip()
    if not raw.endswith(":") or len(raw) > MAX_LEAD:
        return ""
    lead = Paragraph(raw, starts[i - 1]).low.strip()
    # (a ban's items are read with it as items_under_bans sees them, each cited at its own words)
    return lead if len(lead) <= MAX_LEAD and BAN.search(lead) is None else ""


def _items_after(low: str, at: int) -> tuple[str, ...]:
    """The inline items that follow a lead-in clause ending at `at`, to the sentence's end, one string
    each (none when the clause is no lead-in)."""
    if _ITEM_START.match(low, at) is None:
        return ()
    end = _LEAD_END.search(low, at, at + MAX_CLAUSE)
    rest = low[at : end.start() if end else at + MAX_CLAUSE]
    cuts = [mark.start() for mark in _ITEM_AT.finditer(rest)] + [len(rest)]
    return tuple(rest[lo:hi] for lo, hi in pairwise(cuts) if hi > lo)


# "The data should not be abused": a negative "should" advises against, which a licence means as a ban; only a positive
# "should" ("you should cite us") invites (round 15, fix27).
_SHOULD_NOT = prebuilt(r"\bshould\s(?=not\b|never\b)")


def _candidate(clause: str) -> bool:
    return (
        len(clause) > MIN_CLAUSE
        and not invites(_SHOULD_NOT.sub("must ", clause))
        and DISCLAIMER.search(clause) is None
        and DEFINITION.search(clause) is None
        and DEFINED_TERM.search(clause) is None
        and (_NOT_CANDIDATE is None or _NOT_CANDIDATE.search(clause) is None)
    )


BY_FIND = 150  # needles up to which a window is searched once per needle (more: their trie, block by block)
# Needles up to which the blocks after the pattern reader's pass are searched once per needle; more, by the pass's own
# table, each block only to its first needle of a wanted concept (of 142, in 500 KB of prose: 34 -> 21 ms)
FIND_AFTER_PASS = 50


def _holding(text: str, starts: list[int], ends: list[int], needles: tuple[str, ...], first: int = 0) -> Iterator[int]:
    """The index of each block from `first` on whose lower case holds a needle, in order (searched as
    the pattern reader's needles are: `block_hits`, one search per needle when they are few)."""
    table = dict.fromkeys(needles, _ANY)
    return (i for i, _, _ in block_hits(text, starts, ends, table, first, by_find=len(needles) <= BY_FIND))


ItemPlace = tuple[int, str, int, int, bool]  # an item under a lead-in: its block's offset, prefix, start, end, leave


def place_of(item: ItemView) -> ItemPlace:
    """Where an item is, to see it again without looking for lead-ins through the whole text."""
    start = item._from
    return item.offset, item.text[: item.body], start, start + len(item.text) - item.body, item.leave


def _items(text: str, starts: list[int], ends: list[int], places: list[ItemPlace]) -> Iterator[ItemView]:
    """The items at `places`, as `items_under_bans` saw them (one view of a block for its items)."""
    block: Paragraph | None = None
    for offset, prefix, start, end, leave in places:
        if block is None or block.offset != offset:
            block = None  # before the next block's view is built
            block = Paragraph(text[offset : ends[bisect_left(starts, offset)]], offset)
        yield ItemView(prefix, block, start, end, leave=leave)


View = Paragraph | int  # a block's view, or the index of a block whose view is built only to cite it


def _views(
    text: str,
    starts: list[int],
    ends: list[int],
    wanted: list[_Compiled],
    items: list[ItemPlace] | None,
    lows: dict[int, str],
    hits: ConceptHits | None,
    mask: int,
) -> Iterator[tuple[str | None, View]]:
    """Each block holding a needle of some concept (`mask`: their bits), lower-cased as viewed (from
    `lows`, those the pattern reader kept, else None: not viewed yet), with its index; then each list
    item under a lead-in (at `items` when the pattern reader saw where they are). The blocks before `hits.upto`
    are those the pattern reader's pass found; from there on the needles are searched here."""
    needles = tuple(dict.fromkeys(needle for compiled in wanted for needle in compiled.concept.needles))
    holding: Iterator[int] = _holding(text, starts, ends, needles)
    if hits is not None:
        rest: Iterator[int] = (
            _holding(text, starts, ends, needles, hits.upto)
            if hits.needles is None or len(needles) <= FIND_AFTER_PASS
            else blocks_holding(text, starts, ends, hits.needles, mask, hits.upto)
        )  # (many needles: searched on with the pass's own table, the blocks holding a needle of a concept in `mask`)
        holding = chain(hits.holding(mask), rest)
    for viewed, i in enumerate(holding, 1):
        if viewed > MAX_BLOCKS:
            return
        yield lows.pop(i, None), i
    for item in items_under_bans(text, starts, ends) if items is None else _items(text, starts, ends, items):
        if not item.labelled and not item.text.startswith(PERMIT_PREFIX):
            # (a use policy's category is read by the patterns only, extract.POLICY_KINDS; so is a permission's item)
            yield item.low, item
    for item in items_under_ban_headings(text, starts, ends):
        yield item.low, item


def clause_readings(
    text: str,
    starts: list[int],
    ends: list[int],
    kinds_found: set[str],
    path: str,
    index: LineIndex,
    items: list[ItemPlace] | None = None,
    lows: dict[int, str] | None = None,
    hits: ConceptHits | None = None,
    names: Names | None = None,
) -> Iterator[Obligation]:
    """A reading of each lexicon kind no pattern read, from the first clause that states it (`items`:
    where the items under lead-ins are, if known; `lows`: blocks' lower-cased views already built,
    by block index, taken from it as read; `hits`: the blocks holding concepts' needles, as far as
    the pattern reader's pass went, with bits from `needle_bits`; `names`: the licensor's, as the
    pattern reader's `names_of(text)`, so that a text's names are read once)."""
    if names is None:
        names = names_of(text)  # the licensor's, read when a clause's subject needs them
    wanted = [compiled for compiled in _COMPILED if compiled.concept.kind not in kinds_found]
    mask = sum(1 << j for j, compiled in enumerate(_COMPILED) if compiled.concept.kind not in kinds_found)
    examined = 0
    if not wanted:
        return
    screening: list[Screened] | None = None  # the concepts wanted, screened (see SCREEN_AFTER)
    views = _views(text, starts, ends, wanted, items, {} if lows is None else lows, hits, mask)
    # (blocks and items examined: a repeat reads nothing, clause_repeats)
    memo = (
        Examined(text, starts, ends, lambda i: _block_above(text, starts, ends, i), _count)
        if len(text) > MEMO_FROM
        else None
    )
    for viewed, (low, view) in enumerate(views, 1):
        if memo is not None:
            repeated = (
                memo.block(view, low is not None)
                if isinstance(view, int)
                else memo.item(view.low, view.leave, _block_of(view, starts))
                if isinstance(view, ItemView)
                else None
            )
            if repeated is not None:
                examined += repeated
                if examined > MAX_CLAUSES:
                    return
                continue
        before = examined
        on_text = False  # whether the clauses are counted on the block's text lower-cased, not its view
        if screening is None:
            screening = _screening(wanted, viewed)
        screening_now: list[Screened] = [(compiled, ()) for compiled in wanted] if screening is None else screening
        if low is not None:
            live = _able(screening_now, low)
        else:  # a block the pattern reader did not keep: its view is built only if a concept may read it
            assert isinstance(view, int)
            raw = text[starts[view] : ends[view]]
            if plain(raw):  # screened on its own lower case (a screen's strings hold no whitespace)
                low = lower(raw)
                live = _able(screening_now, low)
                if live:
                    view = Paragraph(raw, starts[view])
                    low = view.low
                else:
                    on_text = True
            else:
                view = Paragraph(raw, starts[view])
                low = view.low
                live = _able(screening_now, low)
            del raw
        at = 0  # where the clauses not yet examined start
        permitted: bool | None = None  # whether the block is listed under a permission (looked up once)
        above = ""
        if low is not None and _ITEM_START.match(low) is not None:
            # a block of items continuing the lead-in above it ("terminates if:", then "(a) ...; or (b) ..."): its
            # clauses are read with that lead-in, so it is screened with it (else a screen string only the lead-in
            # holds rules a concept out, and the reading would depend on whether the process had parsed screens)
            if isinstance(view, int):
                view = Paragraph(text[starts[view] : ends[view]], starts[view])
                low = view.low
                on_text = False
            above = _lead_in_above(text, starts, ends, view, low)
            if above:
                live = _able(screening_now, above + " " + low)
        elif live:
            above = _lead_in_above(text, starts, ends, view, low)
        if live:
            for lo, hi in _clauses(low):
                examined += 1
                if examined > MAX_CLAUSES:
                    return
                at = hi
                hi = min(hi, lo + MAX_CLAUSE)
                clause, alone = _with_lead_in(low, lo, hi, above)
                if alone and (lead := condition_lead(low, lo, MAX_LEAD)):
                    clause, alone = lead + clause.lstrip(), False  # a later item of a grant's list of conditions
                # a clause that is the whole view: the concepts live passed this very text
                able = live if hi - lo == len(low) else _able(live, clause)
                if not able:
                    continue
                if permitted is None:
                    permitted = under_permission(text, starts, ends, _block_of(view, starts))
                modals = Modals(clause, names, alone and not permitted)
                if isinstance(view, ItemView) and view.leave:  # sharing or hosting the licensor's leave lifts
                    able = [screened for screened in able if screened[0].concept.kind not in LEAVE_LIFTS]
                after = _items_after(low, at)
                read = [
                    (compiled, evidence) for compiled, _ in able if (evidence := compiled.reads(clause, modals, after))
                ]
                if any(compiled.concept.kind == _TERMS_CHANGE for compiled, _ in read) and binds_nothing_held(
                    low, lo, hi
                ):
                    read = [
                        (compiled, evidence) for compiled, evidence in read if compiled.concept.kind != _TERMS_CHANGE
                    ]
                if not read or not _candidate(clause):
                    continue
                for compiled, evidence in read:
                    kind = compiled.concept.kind
                    if kind in LIMIT_KINDS and not_in_force(low, lo, hi, lo, kind):
                        continue  # a limit named, not imposed (negated, lifted since, the licensor's reach)
                    if any(other.concept.kind == kind for other in wanted):  # one reading a kind
                        wanted = [other for other in wanted if other.concept.kind != kind]
                        screening_now = [s for s in screening_now if s[0].concept.kind != kind]
                        if screening is not None:
                            screening = screening_now
                        live = [screened for screened in live if screened[0].concept.kind != kind]
                        if isinstance(view, int):  # the view, built to cite the clause
                            view = Paragraph(text[starts[view] : ends[view]], starts[view])
                        yield _cite(compiled.concept, evidence, view, lo, hi, path, index)
                if not wanted:
                    return
                if not live:
                    break
        # the clauses no concept can read: counted as examined, not read one by one
        examined += _count(low, at)
        if examined > MAX_CLAUSES:
            return
        if memo is not None:
            if isinstance(view, ItemView):
                memo.add_item(view.low, view.leave, (examined - before, False, False, "", permitted))
            else:
                opens = _ITEM_START.match(low) is not None
                memo.add_block(_block_of(view, starts), (examined - before, on_text, opens, above, permitted))
        del view, low  # before the next block's view is built


_TERMS_CHANGE = "terms_may_change"  # vetoed when the text says new terms bind only with consent (term_changes)


def _block_of(view: View, starts: list[int]) -> int:
    """The index of the block a view is of."""
    return view if isinstance(view, int) else bisect_right(starts, view.offset) - 1


def _cite(
    concept: Concept, evidence: int, para: Paragraph, lo: int, hi: int, path: str, index: LineIndex
) -> Obligation:
    lo = max(lo, min(getattr(para, "body", 0), hi - 1))  # an item under a lead-in: its own words
    words = para.text[lo:hi]
    lo += len(words) - len(words.lstrip())  # cite from the clause's first word
    # a hosting ban's reach, as the pattern reader reads it (every service of the licensee's own, any service)
    params = hosting_covers(para, lo, hi) if concept.kind == "no_hosting" else {}
    return cite(
        concept.kind,
        concept.summary + MARK,
        round(min(CEILING, BASE + STEP * (evidence - 1)), 2),
        para,
        lo,
        hi,
        path,
        index,
        triggers=concept.triggers,
        **params,
    )


def outside_reference(
    obligations: tuple[Obligation, ...], identified: bool, added: Iterable[AddedPassage]
) -> tuple[Obligation, ...]:
    """The obligations without the clause readings a known licence's own wording gives: where a text
    is a catalogued licence, the catalog says what that wording means; only passages the reference
    does not explain (a clause added to it) may add a structural reading."""
    if not identified:
        return obligations
    spans = [(passage.start_line, passage.end_line) for passage in added]
    return tuple(
        ob
        for ob in obligations
        if not (ob.summary or "").endswith(MARK)
        or any(lo <= (ob.source.end_line or 0) and (ob.source.start_line or 0) <= hi for lo, hi in spans)
    )
