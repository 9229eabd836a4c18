"""Licence compatibility: can material under several licences be combined (a merge of base models, a model
plus code), under which licence as a whole, or why no licence can cover it. Data: rules/compatibility.toml."""

from __future__ import annotations

import itertools
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal, Protocol

from openlint._data import data_dir
from openlint.core.catalog import Catalog, default_catalog
from openlint.core.obligations import USE_RESTRICTING_KINDS, Obligation
from openlint.errors import CatalogError, OpenlintError

Combine = Literal["notices", "stack", "whole", "forbid"]
MAX_CHOICES = 64  # OR-alternatives tried across the combined licences


@dataclass(frozen=True)
class Citation:
    document: str
    section: str
    quote: str
    note: str | None = None

    def __str__(self) -> str:
        return f'{self.document} {self.section}: "{_short(self.quote)}"'


def _short(quote: str, limit: int = 140) -> str:
    """A quote cut at a word for messages (the full quote is in rules/compatibility.toml)."""
    return quote if len(quote) <= limit else quote[:limit].rsplit(" ", 1)[0] + " ..."


@dataclass(frozen=True)
class Edge:
    """Material under `source` may go into a whole licensed under `target` (one way)."""

    source: str
    target: str
    citation: Citation
    partner: bool = False  # only when the combination has material under `target`
    onward: bool = True  # False: material that went this way goes no further


@dataclass(frozen=True)
class Terms:
    """How one licence's material behaves in a combination."""

    id: str
    combine: Combine
    exclusive: Citation | None = None  # "no further restrictions": no other licence's use restrictions
    forbid: Citation | None = None
    restricts: Citation | None = None  # a use restriction that stays with the material (note: its kind)
    listed: bool = False  # from rules/compatibility.toml, not derived from the catalog


@dataclass(frozen=True)
class Table:
    listed: Mapping[str, Terms]
    edges: tuple[Edge, ...]
    conflicts: tuple[Edge, ...]

    def edges_from(self, lic: str) -> list[Edge]:
        return [e for e in self.edges if e.source == lic]

    def conflict(self, lic: str, whole: str) -> Edge | None:
        return next((e for e in self.conflicts if e.source == lic and e.target == whole), None)


@dataclass(frozen=True)
class Combination:
    """The answer for one set of licences combined.

    `possible` is None when some licence's terms are unknown. When possible, `outbound` lists the
    licences the whole may be licensed under (empty: any licence), `carried` the licences whose terms
    travel with the whole in any case, and `steps` the one-way paths used; otherwise `reasons` says why."""

    licenses: tuple[str, ...]
    possible: bool | None
    outbound: tuple[str, ...] = ()
    carried: tuple[str, ...] = ()
    steps: tuple[Edge, ...] = ()
    reasons: tuple[str, ...] = ()
    unknown: tuple[str, ...] = field(default=())

    def describe(self) -> str:
        if self.possible is None:
            return "; ".join(self.reasons) or f"compatibility of {', '.join(self.unknown)} is not recorded"
        if not self.possible:
            return "; ".join(self.reasons)
        if self.outbound:
            out = f"can be licensed as a whole only under {' or '.join(self.outbound)}"
        elif self.carried:
            out = f"can be shared only with the terms of {' AND '.join(self.carried)} applying to the whole"
        else:
            out = "can be licensed under any licence that keeps each licence's notices"
        if self.outbound and self.carried:
            out += f", with the terms of {' AND '.join(self.carried)} applying too"
        if self.steps:
            out += " (" + "; ".join(f"{e.source} -> {e.target} one way, {e.citation}" for e in self.steps) + ")"
        return out


def _citation(raw: Mapping[str, Any], where: str) -> Citation:
    try:
        return Citation(str(raw["document"]), str(raw["section"]), str(raw["quote"]), raw.get("note"))
    except KeyError as exc:
        raise CatalogError(f"compatibility.toml: {where}: missing {exc.args[0]}") from None


@lru_cache(maxsize=1)
def default_table() -> Table:
    path = data_dir() / "compatibility.toml"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CatalogError(f"{path}: {exc}") from None
    return parse_table(raw)


_KEYS = {
    "license": {"ids", "combine", "exclusive", "forbid"},
    "edge": {"from", "to", "document", "section", "quote", "note", "partner", "onward"},
    "conflict": {"from", "to", "document", "section", "quote", "note"},
}


def _check_keys(raw: Mapping[str, Any]) -> None:
    """Unknown tables or keys are errors: a misspelt `partner` must not silently widen a path."""
    for key in raw:
        if key not in _KEYS:
            raise CatalogError(f"compatibility.toml: unknown table '{key}'")
    for key, allowed in _KEYS.items():
        for index, item in enumerate(raw.get(key, [])):
            unknown = sorted(set(item) - allowed)
            if unknown:
                raise CatalogError(f"compatibility.toml: {key}[{index}]: unknown key(s) {', '.join(unknown)}")
            if key != "license" and not (item.get("from") and item.get("to")):
                raise CatalogError(f"compatibility.toml: {key}[{index}]: needs 'from' and 'to'")


def parse_table(raw: Mapping[str, Any]) -> Table:
    _check_keys(raw)
    listed: dict[str, Terms] = {}
    for index, item in enumerate(raw.get("license", [])):
        where = f"license[{index}]"
        combine = item.get("combine")
        if combine not in ("whole", "forbid"):
            raise CatalogError(f"compatibility.toml: {where}: combine must be 'whole' or 'forbid'")
        exclusive = _citation(item["exclusive"], where) if "exclusive" in item else None
        forbid = _citation(item["forbid"], where) if "forbid" in item else None
        if combine == "forbid" and forbid is None:
            raise CatalogError(f"compatibility.toml: {where}: 'forbid' needs a citation")
        for lic in item["ids"]:
            listed[lic] = Terms(lic, combine, exclusive=exclusive, forbid=forbid, listed=True)

    def edges(key: str) -> tuple[Edge, ...]:
        out: list[Edge] = []
        for index, item in enumerate(raw.get(key, [])):
            cite = _citation(item, f"{key}[{index}]")
            partner = bool(item.get("partner", False))
            onward = bool(item.get("onward", True))
            out.extend(Edge(s, t, cite, partner, onward) for s in item["from"] for t in item["to"])
        return tuple(out)

    return Table(listed, edges("edge"), edges("conflict"))


def _restriction(obligations: Iterable[Obligation], lic: str) -> Citation | None:
    """The clause that keeps a use restriction on the material (a flow-down clause first)."""
    found = [ob for ob in obligations if ob.kind in USE_RESTRICTING_KINDS and ob.source.section]
    found.sort(key=lambda ob: ob.kind != "flow_down")
    if not found:
        return None
    source = found[0].source
    kind = found[0].kind.replace("_", " ")
    return Citation(source.document or lic, source.section or "", source.quote or "", note=kind)


def terms_of(lic: str, table: Table | None = None, catalog: Catalog | None = None) -> Terms | None:
    """The combination terms of a resolved licence id: listed in the table, or classed from the catalog
    entry's obligations; None when neither knows the licence."""
    table = table or default_table()
    catalog = catalog or default_catalog()
    entry = catalog.get(lic)
    obligations = entry.obligations if entry is not None else ()
    restricts = _restriction(obligations, lic)
    listed = table.listed.get(lic)
    if listed is not None:
        return Terms(lic, listed.combine, listed.exclusive, listed.forbid, restricts, listed=True)
    if entry is None:
        return None
    kinds = {ob.kind: ob for ob in obligations}
    if "no_derivatives" in kinds:
        src = kinds["no_derivatives"].source
        return Terms(lic, "forbid", forbid=Citation(lic, src.section or "", src.quote or ""), restricts=restricts)
    if "share_alike" in kinds:
        return Terms(lic, "whole", restricts=restricts)
    return Terms(lic, "stack" if restricts else "notices", restricts=restricts)


def _reach(start: str, table: Table, partners: frozenset[str]) -> dict[str, tuple[Edge, ...]]:
    """Licences a whole containing `start` material may be under, with the path of edges to each."""
    paths: dict[str, tuple[Edge, ...]] = {start: ()}
    todo = [start]
    while todo:
        here = todo.pop()
        if paths[here] and not paths[here][-1].onward:
            continue
        for edge in table.edges_from(here):
            if edge.partner and edge.target not in partners:
                continue
            if edge.target not in paths:
                paths[edge.target] = (*paths[here], edge)
                todo.append(edge.target)
    return paths


def combine(licenses: Iterable[str], table: Table | None = None, catalog: Catalog | None = None) -> Combination:
    """Combine material under each of `licenses` (resolved catalog ids) into one work."""
    table = table or default_table()
    ids = tuple(dict.fromkeys(licenses))
    terms: dict[str, Terms] = {}
    unknown: list[str] = []
    for lic in ids:
        found = terms_of(lic, table, catalog)
        if found is None:
            unknown.append(lic)
        else:
            terms[lic] = found
    reasons = [f"{t.id} forbids sharing adaptations ({t.forbid})" for t in terms.values() if t.forbid]
    wholes = [t for t in terms.values() if t.combine == "whole"]
    for whole in wholes:
        if whole.exclusive is None:
            continue
        for other in terms.values():
            if other.id != whole.id and other.restricts is not None:
                reasons.append(
                    f"{whole.id} forbids further restrictions on the combined work ({whole.exclusive}), but "
                    f"{other.id}'s {other.restricts.note or 'restriction'} stays with its material "
                    f'({other.restricts.document} {other.restricts.section}: "{_short(other.restricts.quote)}")'
                )
    if reasons:
        return Combination(ids, False, reasons=tuple(reasons), unknown=tuple(unknown))
    if unknown:
        return Combination(ids, None, unknown=tuple(unknown))
    unsure = [
        f"whether {w.id} admits {other.id}'s {other.restricts.note or 'restriction'} is not recorded"
        for w in wholes
        if w.exclusive is None
        for other in terms.values()
        if other.id != w.id and other.restricts is not None
    ]
    if unsure:
        return Combination(ids, None, reasons=tuple(unsure), unknown=tuple(dict.fromkeys(w.id for w in wholes)))
    carried = tuple(t.id for t in terms.values() if t.restricts is not None and t.combine != "whole")
    if not wholes:
        return Combination(ids, True, carried=carried)
    plain = [_reach(w.id, table, frozenset()) for w in wholes]
    partners = frozenset(lic for paths in plain for lic in paths)
    reach = {w.id: _reach(w.id, table, partners) for w in wholes}
    candidates = set.intersection(*(set(paths) for paths in reach.values()))
    blocked: list[str] = []
    for lic in sorted(candidates):
        for held in terms:
            edge = table.conflict(held, lic)
            if edge is not None:
                candidates.discard(lic)
                blocked.append(f"{held} material cannot go under {lic} ({edge.citation})")
                break
    if not candidates:
        demands = "; ".join(f"{w} only under {' or '.join(sorted(paths))}" for w, paths in reach.items())
        unlisted = [w.id for w in wholes if not w.listed]
        head = "no licence can cover the whole" if not unlisted else "no compatibility path is recorded"
        why = [f"{head}: {demands}"]
        if blocked:
            why.append(", and ".join(blocked))
        return Combination(ids, False, reasons=("; ".join(why),))
    outbound = tuple(sorted(candidates, key=_rank))
    steps = tuple(dict.fromkeys(e for paths in reach.values() for e in paths.get(outbound[0], ())))
    return Combination(ids, True, outbound=outbound, carried=carried, steps=steps)


def _rank(lic: str) -> tuple[int, str]:
    """The most specific licence first (an '-only' before its '-or-later')."""
    return (1 if lic.endswith("-or-later") else 0, lic)


def resolve_choices(query: str, catalog: Catalog | None = None) -> tuple[tuple[str, ...], ...] | None:
    """The OR-alternatives of a licence query as tuples of resolved ids; None when it does not resolve."""
    return _default_choices(query) if catalog is None else _choices(query, catalog)


@lru_cache(maxsize=4096)
def _default_choices(query: str) -> tuple[tuple[str, ...], ...] | None:
    return _choices(query, default_catalog())


def _choices(query: str, catalog: Catalog) -> tuple[tuple[str, ...], ...] | None:
    from openlint.core.explanation import explain

    try:
        explanation = explain(query, catalog)
    except OpenlintError:
        return None
    if any(lic.status in ("unknown", "missing") for lic in explanation.licenses):
        return None
    return tuple(tuple(lic.id for lic in alt.licenses) for alt in explanation.alternatives)


def combine_licenses(
    queries: Sequence[str],
    table: Table | None = None,
    catalog: Catalog | None = None,
    prefer: Iterable[str] = (),
) -> Combination | None:
    """Combine licence queries (each may be an SPDX expression), trying the choices of OR-alternatives
    (at most MAX_CHOICES): the first workable one, preferring one whose outbound licences include one of
    `prefer`; else an undecided one; else the first failure. None when a query does not resolve."""
    choices: list[tuple[tuple[str, ...], ...]] = []
    for query in queries:
        found = resolve_choices(query, catalog)
        if found is None:
            return None
        choices.append(found)
    wanted = set(prefer)

    def rank(result: Combination) -> int:
        if result.possible:
            return 0 if not wanted or not result.outbound or wanted & set(result.outbound) else 1
        return 2 if result.possible is None else 3

    picks = itertools.islice(itertools.product(*choices), MAX_CHOICES)
    results = [combine((lic for alt in pick for lic in alt), table, catalog) for pick in picks]
    return min(results, key=rank) if results else None


def merge_conflicts(name: str, parents: Sequence[tuple[str, str]], own: str | None = None) -> list[str]:
    """Why the parents of a merge, as (name, licence query), cannot be combined, or why the merge's own
    licence `own` is not one the combination can be licensed under (OL411)."""
    return _merge_verdict(name, parents, own)[0]


def merge_undecided(root: MergeNode) -> list[str]:
    """Merges in a lineage DAG whose parents' licences resolve but whose combination the table cannot
    decide (an OL411 undecided note: unknown is not compatible). Each model of the DAG is visited once."""
    out: list[str] = []
    for node in (root, *root.ancestors()):
        parents = [(p.name, p.license) for p in node.parents if p.license and not p.problem]
        out.extend(u for u in _merge_verdict(node.name, parents, node.license)[1] if u not in out)
    return out


class MergeNode(Protocol):
    """What merge_undecided reads of a lineage node (openlint.sources.lineage.Node)."""

    @property
    def name(self) -> str: ...
    @property
    def license(self) -> str | None: ...
    @property
    def problem(self) -> str | None: ...
    @property
    def parents(self) -> Sequence[MergeNode]: ...
    def ancestors(self) -> Sequence[MergeNode]: ...


def _merge_verdict(name: str, parents: Sequence[tuple[str, str]], own: str | None) -> tuple[list[str], list[str]]:
    """(conflicts, undecided) for one merge."""
    if len(parents) < 2:
        return [], []
    declared = resolve_choices(own) if own is not None else None
    result = combine_licenses([lic for _, lic in parents], prefer={i for alt in declared or () for i in alt})
    if result is None:
        return [], []  # a parent's licence does not resolve: OL405/OL409 speak for it
    listed = ", ".join(f"{parent} [{lic}]" for parent, lic in parents)
    if result.possible is None:
        return [], [f"cannot decide whether {name} may merge {listed}: {result.describe()}"]
    if not result.possible:
        return [f"{name} merges {listed}, which no licence can cover: {result.describe()}"], []
    if not result.outbound or declared is None:
        return [], []
    if any(set(alt) & set(result.outbound) for alt in declared):
        return [], []
    return [f"{name} is licensed {own}, but merging {listed} {result.describe()}"], []
