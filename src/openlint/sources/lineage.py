"""Model lineage: a derivative carries its base models' license terms (fine-tunes, adapters, merges)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path

from openlint.core.catalog import LicenseEntry
from openlint.core.config import Config, ModelDecl
from openlint.core.kinds import DRIFT_KINDS
from openlint.errors import OpenlintError
from openlint.sources.base_evidence import Evidence

MAX_DEPTH = 8
# Models one lineage may visit: each base model is read once per root (a memo), and a web of cards
# naming each other stops here with a "lineage too large" problem instead of exploding.
MAX_NODES = 64
TOO_LARGE = f"lineage too large: more than {MAX_NODES} models, not followed further"


@dataclass(frozen=True)
class Node:
    name: str
    license: str | None
    relation: str | None = None
    parents: tuple[Node, ...] = ()
    problem: str | None = None
    source: str | None = None  # where the base models come from when the card does not name them
    kinds: frozenset[str] | None = None  # restrictive kinds of `license`, when already known (audit index)
    terms: LicenseEntry | None = None  # `license` when it was read from a licence text (no catalog entry)

    def ancestors(self) -> list[Node]:
        """Every distinct ancestor once (the lineage is a DAG: a base reached twice is one model),
        depth-first in the order the cards name them."""
        out: list[Node] = []
        seen: set[int] = set()
        stack = list(reversed(self.parents))
        while stack:
            node = stack.pop()
            if id(node) in seen:
                continue
            seen.add(id(node))
            out.append(node)
            stack.extend(reversed(node.parents))
        return out

    def restrictive(self) -> frozenset[str]:
        return node_restrictive(self.license, self.kinds, self.terms)


def node_restrictive(license: str | None, kinds: frozenset[str] | None, terms: LicenseEntry | None) -> frozenset[str]:
    """The restrictive kinds of a model's licence: `kinds` when already known, else its read terms' or
    its catalog entry's."""
    if kinds is not None:
        return kinds
    if terms is not None and terms.id == license:  # no catalog knows a text's id
        return frozenset(str(ob.kind) for ob in terms.obligations) & DRIFT_KINDS
    return restrictive_kinds(license)


@dataclass(frozen=True)
class Card:
    """What lineage needs from one model card, wherever it was read (a directory or the audit index)."""

    license: str | None
    bases: tuple[str, ...] = ()
    relation: str | None = None
    kinds: frozenset[str] | None = None
    source: str | None = None  # where `bases` come from when the card itself does not name them
    local: Path | None = None  # a card of the project itself: its bases may be directories of the project
    terms: LicenseEntry | None = None  # `license` read from a licence text: the entry of its read terms


def walk(name: str, card: Card, lookup: Callable[[str, Card], Card | str], max_nodes: int = MAX_NODES) -> Node:
    """The lineage DAG of `name`: `lookup` gives a base model's card (asked with the card naming it), or
    why it found none. Each base model is looked up and built once (memoised); cycles, depth over
    MAX_DEPTH, more than `max_nodes` models and parents not found become leaves with a problem."""
    memo: dict[str, Node] = {}
    budget = [max_nodes]

    def build(node_name: str, node_card: Card, path: frozenset[str], depth: int) -> Node:
        parents: list[Node] = []
        for base in node_card.bases:
            if base in path or base == node_name:
                parents.append(Node(base, None, problem="cycle in base_model links"))
            elif base in memo:
                parents.append(memo[base])
            elif depth >= MAX_DEPTH:
                parents.append(Node(base, None, problem=f"lineage deeper than {MAX_DEPTH} levels"))
            elif budget[0] <= 0:
                parents.append(Node(base, None, problem=TOO_LARGE))
            else:
                budget[0] -= 1
                found = lookup(base, node_card)
                if isinstance(found, str):
                    memo[base] = Node(base, None, problem=found)
                else:
                    memo[base] = build(base, found, path | {node_name}, depth + 1)
                parents.append(memo[base])
        return Node(
            node_name,
            node_card.license,
            node_card.relation,
            tuple(parents),
            source=node_card.source,
            kinds=node_card.kinds,
            terms=node_card.terms,
        )

    return build(name, card, frozenset(), 0)


def card_lineage(directory: Path) -> tuple[tuple[str, ...], str | None]:
    """`base_model` (a string or a list) and `base_model_relation` from a directory's model card."""
    from openlint.sources.card import directory_card

    card = directory_card(directory)
    if card is None:
        return (), None
    relation = card.meta.get("base_model_relation")
    return card.meta.strings("base_model"), relation if isinstance(relation, str) else None


def _locate(name: str, config: Config, local: Path | None) -> tuple[Path | None, str]:
    """A base model's directory: a directory of the project (only for the project's own cards), the
    local cache, or (online) the Hub; else why not. Cards from the cache or the Hub are followed by
    Hub id only, never into the local filesystem."""
    from openlint.sources.hub_ids import is_hub_id

    if name.startswith((".", "/", "~")) or "\\" in name or "\x00" in name:
        if local is None:
            return None, "base model is a local path, not a Hub id: not followed from a downloaded card"
        root = config.root.resolve()
        for base in (root, local):  # relative to the project (as configs are), else to the card
            try:
                target = (base / name).resolve()
            except (OSError, RuntimeError, ValueError):
                continue
            if target.is_relative_to(root) and target.is_dir():
                return target, ""
        return None, "base model path is not a directory of the project"
    if not is_hub_id(name):
        return None, "base model is not a Hub id"
    from openlint.sources.project_copy import project_copy

    kept = project_copy(name, config)  # the project's own copy of that Hub repository, offline
    if kept is not None:
        return kept, ""
    from openlint.sources.hf_cache import locate

    located = locate(name, "model", config.settings.online)
    if located.directory is not None:
        return located.directory, ""
    if config.settings.online:
        return None, f"base model not in the local Hugging Face cache, nor from the Hub: {located.problem}"
    return None, "base model not in the local Hugging Face cache"


def build(name: str, directory: Path, config: Config, fallback: Evidence | None = None) -> Node:
    """Lineage of a model directory, following base models through directories of the project, the HF
    cache and (online) the Hub; `fallback` is what the repository's own files name when its card
    states no base model, so upstream terms are inherited all the same."""
    from openlint.sources.models import model_license

    root = config.root.resolve()

    def read(path: Path, label: str, evidence: Evidence | None = None) -> Card:
        bases, relation = card_lineage(path)
        source = None
        if not bases and evidence is not None:
            bases, relation, source = evidence.bases, evidence.relation, f"from {evidence.file}"
        found = model_license(config, -1, ModelDecl(id=label, path=str(path)))
        from openlint.sources.hf_cache import cache_root

        try:
            resolved = path.resolve()
            downloaded = resolved.is_relative_to(cache_root().resolve())  # even with a cache inside the project
            local = resolved if resolved.is_relative_to(root) and not downloaded else None
        except (OSError, RuntimeError):
            local = None
        return Card(found.query, bases, relation, source=source, local=local, terms=found.text_license)

    def lookup(base: str, child: Card) -> Card | str:
        located, why = _locate(base, config, child.local)
        if located is not None:
            return read(located, base)
        return known_base(base) or why

    return walk(name, read(directory, name, fallback), lookup)


def known_base(name: str) -> Card | None:
    """A base model that cannot be read (offline, not in the cache) whose Hub id openlint knows
    (rules/known-models.toml): its publisher's licence, so the derivative inherits its terms. Its own
    base models are not known; its terms count for drift only when its card is read (`kinds` empty:
    a derivative's tag is checked against what a licensor's card says, not against a table)."""
    from openlint.sources.known_models import known_license

    published = known_license(name)
    if published is None:
        return None
    return Card(published, source="licence of a known Hub id; card not read", kinds=frozenset())


def restrictive_kinds(query: str | None) -> frozenset[str]:
    from openlint.core.explanation import explain

    if not query:
        return frozenset()
    try:
        return frozenset(str(ob.kind) for ob in explain(query).obligations) & DRIFT_KINDS
    except OpenlintError:
        return frozenset()


def drift(own: AbstractSet[str], upstream: Iterable[AbstractSet[str]]) -> tuple[str, ...]:
    """License drift: restrictive kinds of the ancestors' licenses that the model's own license drops."""
    return tuple(sorted(set().union(*upstream) - own))


@dataclass(frozen=True)
class LineageFacts:
    upstream: tuple[str, ...] = ()  # license queries of every resolved ancestor
    drift: tuple[str, ...] = ()  # restrictive kinds upstream that the model's own license drops
    unresolved: tuple[str, ...] = ()
    tree: tuple[str, ...] = field(default=())
    edges: tuple[tuple[str, str, str], ...] = ()  # (derivative, base, base's license or problem)
    conflicts: tuple[str, ...] = ()  # why parents of a merge cannot be combined
    terms: tuple[LicenseEntry, ...] = ()  # upstream licences read from licence texts: their read terms


def facts(root: Node, tree: bool = True) -> LineageFacts:
    """What a lineage means for its root: upstream licenses, drift, unresolved bases, merge conflicts
    (and, with `tree`, the rendered tree and its edges)."""
    upstream: dict[str, frozenset[str]] = {}
    terms: list[LicenseEntry] = []
    unresolved: list[str] = []
    ancestors = root.ancestors()  # once, for every fact below
    for node in ancestors:
        if node.problem:
            text = f"{node.name} ({node.problem})"
            if text not in unresolved:  # a web of cards meets the same cycle many times
                unresolved.append(text)
        elif node.license and node.license not in upstream:
            upstream[node.license] = node.restrictive()
            if node.terms is not None and node.terms.id == node.license:
                terms.append(node.terms)
    return LineageFacts(
        tuple(upstream),
        drift(root.restrictive(), upstream.values()),
        tuple(unresolved),
        tuple(render_tree(root)) if tree else (),
        tuple(_edges(root, ancestors)) if tree else (),
        tuple(_merge_conflicts(root, ancestors)),
        tuple(terms),
    )


def _merge_conflicts(root: Node, ancestors: list[Node]) -> list[str]:
    from openlint.core.compatibility import merge_conflicts

    out: list[str] = []
    for node in (root, *ancestors):  # each model of the DAG once
        resolved = [(p.name, p.license) for p in node.parents if p.license and not p.problem]
        out.extend(c for c in merge_conflicts(node.name, resolved, own=node.license) if c not in out)
    return out


def _edges(root: Node, ancestors: list[Node]) -> list[tuple[str, str, str]]:
    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    for node in (root, *ancestors):
        for parent in node.parents:
            out.setdefault(
                (node.name, parent.name), (node.name, parent.name, parent.license or parent.problem or "no license")
            )
    return list(out.values())


def render_tree(node: Node, prefix: str = "", shown: set[int] | None = None) -> list[str]:
    """One line per model; a model reached again (a diamond or a web of cards) is not expanded twice."""
    shown = set() if shown is None else shown
    label = f"{node.name} [{node.license or node.problem or 'no license'}]"
    detail = ", ".join(part for part in (node.relation, node.source) if part)
    if detail:
        label += f" ({detail})"
    if id(node) in shown and node.parents:
        return [prefix + label + " (see above)"]
    shown.add(id(node))
    lines = [prefix + label]
    for parent in node.parents:
        lines.extend(render_tree(parent, prefix + "  <- ", shown))
    return lines
