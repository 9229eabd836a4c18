"""A card's lineage facts in pass 2 of `openlint audit`, made from its base models' already-made facts.

openlint.sources.lineage builds a card's lineage DAG (walk) and reads its facts off it (facts), so
each card would re-walk its whole chain. Here every model met is summarised once, by the index row it
is and the name it is named by: its licence, and its own lineage's upstream licences, unresolved
bases and merge conflicts, each in the order facts() meets them. A card's facts are its bases'
summaries joined in the order the card names them, keeping first occurrences, which is what a
depth-first walk that visits each model once gives. Where the walk's limits would make it differ
(a cycle, a lineage deeper than MAX_DEPTH or of more than MAX_NODES models) the card is not joined
but walked (`facts` gives None): the facts are the walk's in every case.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from openlint.sources.lineage import MAX_DEPTH, MAX_NODES, Card, LineageFacts, drift, node_restrictive

if TYPE_CHECKING:
    from openlint.core.catalog import LicenseEntry

SUMMARIES = 4096  # models summarised recently: chains and popular bases hit them (memory stays flat)
Entry = tuple[str, frozenset[str], "LicenseEntry | None"]  # an upstream licence: (id, kinds, read terms)
Found = tuple[int, Card] | str  # a base model's (index row, card), or why it was not found


class Summary:
    """A model as the lineages that meet it see it: itself (its licence, or why it was not found) and,
    when `joinable`, its own lineage's facts."""

    __slots__ = (
        "_outward",
        "conflicts",
        "height",
        "joinable",
        "kinds",
        "license",
        "names",
        "own",
        "problem",
        "unresolved",
        "upstream",
    )

    def __init__(
        self,
        license: str | None,
        kinds: frozenset[str],
        own: Entry | None,
        problem: str | None = None,
        joinable: bool = True,
        upstream: tuple[Entry, ...] = (),
        unresolved: tuple[str, ...] = (),
        conflicts: tuple[str, ...] = (),
        names: frozenset[str] = frozenset(),
        height: int = -1,
    ) -> None:
        self.license = license
        self.kinds = kinds  # restrictive kinds of its licence
        self.own = own  # its licence as an upstream licence of the cards naming it
        self.problem = problem  # "name (why it was not found)": a leaf of the walk
        self.joinable = joinable
        self.upstream = upstream  # of its ancestors, first occurrence of each licence
        self.unresolved = unresolved  # of its ancestors
        self.conflicts = conflicts  # of itself and its ancestors
        self.names = names  # every base model its lineage names (a walk looks each one up once)
        self.height = height  # the deepest level (itself 0) of a model naming base models; -1: none
        self._outward: tuple[tuple[Entry, ...], tuple[str, ...]] | None = None

    def outward(self) -> tuple[tuple[Entry, ...], tuple[str, ...]]:
        """The upstream licences and unresolved bases it brings to a card naming it: itself first,
        then its ancestors (first occurrences)."""
        if self._outward is None:
            own = self.own
            if self.problem is not None:
                self._outward = (), (self.problem,)
            elif own is None:
                self._outward = self.upstream, self.unresolved
            else:
                self._outward = (own, *(e for e in self.upstream if e[0] != own[0])), self.unresolved
        return self._outward


_OPAQUE = Summary(None, frozenset(), None, joinable=False)  # walked, never joined
Local = dict[str, tuple[Summary, bool]]  # summaries made for one card's lineage, and whether each is kept


class Summaries:
    """Summaries of the models met in pass 2. `locate` gives the index row a base model link names
    (its number and raw columns) or why there is none; `card` reads a row's columns."""

    def __init__(self, locate: Callable[[str], tuple[int, tuple[Any, ...]] | str], card: Callable[..., Card]) -> None:
        self._locate = locate
        self._card = card
        self._made: OrderedDict[tuple[int, str], Summary] = OrderedDict()  # valid in any lineage (LRU)

    def facts(self, seq: int, name: str, card: Card) -> LineageFacts | None:
        """The lineage facts of the card in index row `seq`, named `name` (as facts(walk(...),
        tree=False) gives them), or None when its lineage must be walked."""
        key = (seq, name)
        found = self._made.get(key)
        if found is None:
            found, kept = self._joined(name, card, {}, [MAX_NODES], 0, set())
            if kept:
                self._keep(key, found)
        if not found.joinable:
            return None
        return LineageFacts(
            tuple(entry[0] for entry in found.upstream),
            drift(found.kinds, [entry[1] for entry in found.upstream]),
            found.unresolved,
            (),
            (),
            found.conflicts,
            tuple(entry[2] for entry in found.upstream if entry[2] is not None),
        )

    def _keep(self, key: tuple[int, str], summary: Summary) -> None:
        self._made[key] = summary
        if len(self._made) > SUMMARIES:
            self._made.popitem(last=False)

    def _summary(self, name: str, local: Local, budget: list[int], depth: int, open_: set[str]) -> tuple[Summary, bool]:
        """(summary of the base model `name`, whether it holds in any lineage: made once, kept)."""
        if name in local:
            return local[name]
        if name in open_ or depth > MAX_DEPTH or budget[0] <= 0:
            return _OPAQUE, False  # a cycle, too deep or too large: walked
        budget[0] -= 1
        found = self._locate(name)
        if isinstance(found, str):
            local[name] = made = Summary(None, frozenset(), None, f"{name} ({found})"), True
            return made
        key = (found[0], name)
        summary = self._made.get(key)
        kept = True
        if summary is not None:
            self._made.move_to_end(key)
        else:
            open_.add(name)
            summary, kept = self._joined(name, self._card(*found[1]), local, budget, depth, open_)
            open_.discard(name)
            if kept:
                self._keep(key, summary)
        local[name] = summary, kept
        return summary, kept

    def _joined(
        self, name: str, card: Card, local: Local, budget: list[int], depth: int, open_: set[str]
    ) -> tuple[Summary, bool]:
        """The summary of the model `name` with this card, its bases' summaries joined, and whether
        nothing in it depends on where in a lineage it was made."""
        kinds = node_restrictive(card.license, card.kinds, card.terms)
        terms = card.terms if card.terms is not None and card.terms.id == card.license else None
        own = (card.license, kinds, terms) if card.license else None
        if not card.bases:
            return Summary(card.license, kinds, own), True
        parts: list[Summary] = []
        kept = True
        for base in card.bases:
            summary, keep = self._summary(base, local, budget, depth + 1, open_)
            kept = kept and keep
            parts.append(summary)
        return _join(name, card, kinds, own, parts), kept


def _join(name: str, card: Card, kinds: frozenset[str], own: Entry | None, parts: Sequence[Summary]) -> Summary:
    """A model's summary from its bases' (in the order its card names them), or an opaque one when a
    walk of its lineage would meet a cycle or one of the walk's limits."""
    from openlint.core.compatibility import merge_conflicts

    bases = card.bases
    if len(parts) == 1:  # a fine-tune, an adapter, a quantisation: nothing to merge
        part = parts[0]
        if not part.joinable or bases[0] == name or name in part.names or part.height > MAX_DEPTH - 2:
            return _OPAQUE
        if len(part.names) >= MAX_NODES:  # its base (not among its own names: a cycle) is one more
            return _OPAQUE
        upstream, unresolved = part.outward()
        names = part.names | {bases[0]}
        height = part.height + 1
        return Summary(card.license, kinds, own, None, True, upstream, unresolved, part.conflicts, names, height)
    joined_names: set[str] = set()
    height = 0
    for base, part in zip(bases, parts, strict=True):
        if not part.joinable or base == name or name in part.names or part.height > MAX_DEPTH - 2:
            return _OPAQUE
        joined_names.add(base)
        joined_names |= part.names
        height = max(height, part.height + 1)
    if len(joined_names) > MAX_NODES:
        return _OPAQUE
    joined: dict[str, Entry] = {}
    lost: dict[str, None] = {}
    resolved: list[tuple[str, str]] = []
    for base, part in zip(bases, parts, strict=True):
        if part.license and part.problem is None:
            resolved.append((base, part.license))
        ups, missing = part.outward()
        for entry in ups:
            joined.setdefault(entry[0], entry)
        lost.update(dict.fromkeys(missing))
    conflicts = dict.fromkeys(merge_conflicts(name, resolved, own=card.license))
    for part in parts:
        conflicts.update(dict.fromkeys(part.conflicts))
    return Summary(
        card.license,
        kinds,
        own,
        None,
        True,
        tuple(joined.values()),
        tuple(lost),
        tuple(conflicts),
        frozenset(joined_names),
        height,
    )
