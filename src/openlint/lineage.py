"""Model lineage: a derivative carries its base models' license terms (fine-tunes, adapters, merges)."""

from __future__ import annotations

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

    def ancestors(self) -> list[Node]:
        out: list[Node] = []
        for parent in self.parents:
            out.append(parent)
            out.extend(parent.ancestors())
        return out


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


def build(
    name: str,
    directory: Path,
    config: Config,
    seen: frozenset[str] = frozenset(),
    depth: int = 0,
    fallback: Evidence | None = None,
) -> Node:
    """The lineage tree; `fallback` is what the repository's own files name when its card states no
    base model, so upstream terms are inherited all the same."""
    from openlint.models import model_license

    own = model_license(config, -1, ModelDecl(id=name, path=str(directory)))
    bases, relation = card_lineage(directory)
    source = None
    if not bases and fallback is not None:
        bases, relation, source = fallback.bases, fallback.relation, f"from {fallback.file}"
    parents: list[Node] = []
    for base in bases:
        if base in seen or base == name:
            parents.append(Node(base, None, problem="cycle in base_model links"))
        elif depth >= MAX_DEPTH:
            parents.append(Node(base, None, problem=f"lineage deeper than {MAX_DEPTH} levels"))
        else:
            located, why = _locate(base, config)
            if located is None:
                parents.append(Node(base, None, problem=why))
            else:
                parents.append(build(base, located, config, seen | {name}, depth + 1))
    return Node(name, own.query, relation, tuple(parents), source=source)


def _restrictive(query: str | None) -> set[str]:
    from openlint.explanation import explain

    if not query:
        return set()
    try:
        return {str(ob.kind) for ob in explain(query).obligations} & RESTRICTIVE_KINDS
    except OpenlintError:
        return set()


@dataclass(frozen=True)
class LineageFacts:
    upstream: tuple[str, ...] = ()  # license queries of every resolved ancestor
    drift: tuple[str, ...] = ()  # restrictive kinds upstream that the model's own license drops
    unresolved: tuple[str, ...] = ()
    tree: tuple[str, ...] = field(default=())
    edges: tuple[tuple[str, str, str], ...] = ()  # (derivative, base, base's license or problem)
    conflicts: tuple[str, ...] = ()  # why parents of a merge cannot be combined


def facts(root: Node) -> LineageFacts:
    upstream: list[str] = []
    unresolved: list[str] = []
    for node in root.ancestors():
        if node.problem:
            unresolved.append(f"{node.name} ({node.problem})")
        elif node.license and node.license not in upstream:
            upstream.append(node.license)
    own = _restrictive(root.license)
    dropped = sorted(set().union(*(_restrictive(q) for q in upstream)) - own) if upstream else []
    return LineageFacts(
        tuple(upstream),
        tuple(dropped),
        tuple(unresolved),
        tuple(render_tree(root)),
        tuple(_edges(root)),
        tuple(_merge_conflicts(root)),
    )


def _kinds_of(query: str | None) -> set[str]:
    from openlint.explanation import explain

    if not query:
        return set()
    try:
        return {str(ob.kind) for ob in explain(query).obligations}
    except OpenlintError:
        return set()


def _merge_conflicts(node: Node) -> list[str]:
    """Parents that no single license can honour together: two different copyleft licenses, or a
    parent whose license forbids derivatives."""
    out: list[str] = []
    resolved = [p for p in node.parents if p.license and not p.problem]
    if len(resolved) >= 2:
        copyleft = sorted({str(p.license) for p in resolved if "share_alike" in _kinds_of(p.license)})
        if len(copyleft) >= 2:
            out.append(f"{node.name} merges parents under different share-alike licenses: {', '.join(copyleft)}")
        for parent in resolved:
            if "no_derivatives" in _kinds_of(parent.license):
                out.append(f"{node.name} merges {parent.name}, whose license {parent.license} forbids derivatives")
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
