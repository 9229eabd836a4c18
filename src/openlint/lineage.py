"""Model lineage: a derivative carries its base models' license terms (fine-tunes, adapters, merges)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path

from openlint.base_evidence import Evidence
from openlint.config import Config, ModelDecl
from openlint.errors import OpenlintError
from openlint.obligations import USE_RESTRICTING_KINDS

MAX_DEPTH = 8
# Kinds whose loss between a base model and its derivative is "license drift".
RESTRICTIVE_KINDS = USE_RESTRICTING_KINDS | {"naming", "share_alike"}


@dataclass(frozen=True)
class Node:
    name: str
    license: str | None
    relation: str | None = None
    parents: tuple[Node, ...] = ()
    problem: str | None = None
    source: str | None = None  # where the base models come from when the card does not name them
    kinds: frozenset[str] | None = None  # restrictive kinds of `license`, when already known (audit index)

    def ancestors(self) -> list[Node]:
        out: list[Node] = []
        for parent in self.parents:
            out.append(parent)
            out.extend(parent.ancestors())
        return out

    def restrictive(self) -> frozenset[str]:
        return self.kinds if self.kinds is not None else restrictive_kinds(self.license)


@dataclass(frozen=True)
class Card:
    """What lineage needs from one model card, wherever it was read (a directory or the audit index)."""

    license: str | None
    bases: tuple[str, ...] = ()
    relation: str | None = None
    kinds: frozenset[str] | None = None
    source: str | None = None  # where `bases` come from when the card itself does not name them


def walk(
    name: str,
    card: Card,
    lookup: Callable[[str], Card | str],
    seen: frozenset[str] = frozenset(),
    depth: int = 0,
) -> Node:
    """The lineage tree of `name`: `lookup` gives a base model's card, or why it found none; cycles,
    depth over MAX_DEPTH and parents not found become leaves with a problem."""
    parents: list[Node] = []
    for base in card.bases:
        if base in seen or base == name:
            parents.append(Node(base, None, problem="cycle in base_model links"))
        elif depth >= MAX_DEPTH:
            parents.append(Node(base, None, problem=f"lineage deeper than {MAX_DEPTH} levels"))
        else:
            found = lookup(base)
            if isinstance(found, str):
                parents.append(Node(base, None, problem=found))
            else:
                parents.append(walk(base, found, lookup, seen | {name}, depth + 1))
    return Node(name, card.license, card.relation, tuple(parents), source=card.source, kinds=card.kinds)


def card_lineage(directory: Path) -> tuple[tuple[str, ...], str | None]:
    """`base_model` (a string or a list) and `base_model_relation` from a model card."""
    card = directory / "README.md"
    if not card.is_file():
        return (), None
    from openlint.models import card_metadata

    try:
        data = card_metadata(card.read_text(encoding="utf-8", errors="replace"))
    except Exception:  # a malformed card simply has no lineage
        return (), None
    bases = data.get("base_model")
    if isinstance(bases, str):
        bases = [bases]
    names = tuple(str(b) for b in bases or [] if str(b).strip())
    relation = data.get("base_model_relation")
    return names, str(relation) if relation else None


def _locate(name: str, config: Config) -> tuple[Path | None, str]:
    """A base model's directory: a local path, the local cache, or (online) the Hub; else why not."""
    local = (config.root / name).resolve()
    if name.startswith((".", "/")) and local.is_dir():
        return local, ""
    from openlint.locate import locate

    located = locate(name, "model", config.settings.online)
    if located.directory is not None:
        return located.directory, ""
    if config.settings.online:
        return None, f"base model not in the local Hugging Face cache, nor from the Hub: {located.problem}"
    return None, "base model not in the local Hugging Face cache"


def build(name: str, directory: Path, config: Config, fallback: Evidence | None = None) -> Node:
    """Lineage of a model directory, following base models through local directories, the HF cache and
    (online) the Hub; `fallback` is what the repository's own files name when its card states no base
    model, so upstream terms are inherited all the same."""
    from openlint.models import model_license

    def read(path: Path, label: str, evidence: Evidence | None = None) -> Card:
        bases, relation = card_lineage(path)
        source = None
        if not bases and evidence is not None:
            bases, relation, source = evidence.bases, evidence.relation, f"from {evidence.file}"
        query = model_license(config, -1, ModelDecl(id=label, path=str(path))).query
        return Card(query, bases, relation, source=source)

    def lookup(base: str) -> Card | str:
        located, why = _locate(base, config)
        return why if located is None else read(located, base)

    return walk(name, read(directory, name, fallback), lookup)


def restrictive_kinds(query: str | None) -> frozenset[str]:
    from openlint.explanation import explain

    if not query:
        return frozenset()
    try:
        return frozenset(str(ob.kind) for ob in explain(query).obligations) & RESTRICTIVE_KINDS
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


def facts(root: Node, tree: bool = True) -> LineageFacts:
    """What a lineage means for its root: upstream licenses, drift, unresolved bases, merge conflicts
    (and, with `tree`, the rendered tree and its edges)."""
    upstream: dict[str, frozenset[str]] = {}
    unresolved: list[str] = []
    for node in root.ancestors():
        if node.problem:
            unresolved.append(f"{node.name} ({node.problem})")
        elif node.license and node.license not in upstream:
            upstream[node.license] = node.restrictive()
    return LineageFacts(
        tuple(upstream),
        drift(root.restrictive(), upstream.values()),
        tuple(unresolved),
        tuple(render_tree(root)) if tree else (),
        tuple(_edges(root)) if tree else (),
        tuple(_merge_conflicts(root)),
    )


def _merge_conflicts(node: Node) -> list[str]:
    from openlint.compatibility import merge_conflicts

    resolved = [(p.name, p.license) for p in node.parents if p.license and not p.problem]
    out = merge_conflicts(node.name, resolved, own=node.license)
    for parent in node.parents:
        out.extend(_merge_conflicts(parent))
    return out


def _edges(node: Node) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for parent in node.parents:
        out.append((node.name, parent.name, parent.license or parent.problem or "no license"))
        out.extend(_edges(parent))
    return out


def render_tree(node: Node, prefix: str = "") -> list[str]:
    label = f"{node.name} [{node.license or node.problem or 'no license'}]"
    detail = ", ".join(part for part in (node.relation, node.source) if part)
    if detail:
        label += f" ({detail})"
    lines = [prefix + label]
    for parent in node.parents:
        lines.extend(render_tree(parent, prefix + "  <- "))
    return lines
