"""The facts rules see about each model of a project (`model`), gathered in one place for `check`.

The model's card, licence files, GGUF header, base-model evidence and lineage come from openlint.sources
and openlint.sources.lineage; the openness verdict from openlint.openness when a rule reads it. The result is
one frozen ModelFacts per model, and the licence the model is bound by (its own `AND` its bases').
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openlint.checking.model_facts import OPENNESS_FACTS, ModelFacts
from openlint.errors import OpenlintError
from openlint.sources.modality import model_modality

if TYPE_CHECKING:
    from openlint.checking.rules import Rule
    from openlint.core.config import Config
    from openlint.discovery.models import ProjectModel
    from openlint.sources.base_evidence import Evidence
    from openlint.sources.lineage import LineageFacts
    from openlint.sources.models import ModelLicense

Edges = tuple[tuple[str, str, str], ...]


def reads_openness(rules: Sequence[Rule]) -> bool:
    """Whether any rule reads a fact only the openness layer provides (a rule's reads, not its code)."""
    return any(ref.removeprefix("model.") in OPENNESS_FACTS for rule in rules for ref in rule.reads)


def gather(
    config: Config,
    project_model: ProjectModel,
    rules: Sequence[Rule],
    known: Mapping[str, Any] | None = None,
) -> tuple[ModelLicense, ModelFacts, Edges]:
    """The model as its licences bind it, the facts rules see about it, and its lineage edges. `known`
    holds lineage facts already read (an inventory file): the lineage is not followed again."""
    ml = project_model.model
    decl = ml.decl
    facts: dict[str, Any] = {
        "id": decl.id or "",
        "path": decl.path or "",
        "label": ml.label,
        "license_origin": ml.origin,
        "discovered": project_model.discovered,
        "undeclared": project_model.undeclared,
    }
    if project_model.overridable:
        facts["overridable"] = project_model.overridable
    if project_model.training_data:
        facts["training_data"] = True
    if ml.problem:
        facts["problem"] = ml.problem
    if ml.card_problems:
        facts["card_problems"] = list(ml.card_problems)
    if ml.text_note:
        facts["license_note"] = ml.text_note
    if ml.text_unread:
        facts["license_unread"] = list(ml.text_unread)
    if ml.contradictions:
        facts["license_contradictions"] = list(ml.contradictions)
    told = model_modality(decl.id or ml.label, ml.directory)
    if told is not None:
        facts["modality"], facts["modality_source"] = told
    edges: Edges = ()
    if known is not None:
        given = dict(known)
        edges = tuple(tuple(edge) for edge in given.pop("lineage_edges", ()))
        facts.update(ModelFacts.known(given).cel())
    else:
        ml, edges = _with_lineage(config, ml, facts)
    if reads_openness(rules):
        from openlint.checking.openness import openness_context

        facts.update(openness_context(config, ml, rules))
    return ml, ModelFacts.build(facts), edges


def _with_lineage(config: Config, ml: ModelLicense, facts: dict[str, Any]) -> tuple[ModelLicense, Edges]:
    """A derivative is bound by its base models' licenses too: check `own AND upstream`."""
    from openlint.sources.card import find_card

    directory = ml.directory
    if directory is None or find_card(directory) is None:
        return ml, ()
    from openlint.sources.lineage import build
    from openlint.sources.lineage import facts as lineage_facts

    contradiction = _card_vs_license_file(ml, config.root)
    if contradiction is not None:
        facts["card_license"] = ml.query
        ml, facts["license_file"], facts["license_file_name"] = contradiction

    root = build(ml.label, directory, config, fallback=_base_evidence(config, ml, directory, facts))
    found = lineage_facts(root)
    header = _gguf_header_license(ml, directory)
    if header is not None:
        # The weights' own header names the license of the model they were converted from: an upstream
        # license even when that model is not in the cache to follow (or is known only by its Hub id,
        # which alone does not count for drift: the header, the weights' own statement, does).
        facts["gguf_license"] = header
        found = _with_upstream(ml.query, found, header)
    facts["drift"] = list(found.drift)
    facts["merge_conflicts"] = list(found.conflicts)
    from openlint.core.compatibility import merge_undecided

    facts["merge_undecided"] = merge_undecided(root)
    facts["unresolved_bases"] = list(found.unresolved)
    facts["lineage"] = list(found.tree)
    if not found.upstream:
        return ml, found.edges
    own = f"({ml.query})" if ml.query else None
    inherited = [f"({q})" for q in found.upstream if q != ml.query]  # the model's own terms only once
    query = " AND ".join([*([own] if own else []), *inherited])
    facts["upstream_licenses"] = list(found.upstream)
    facts["declared_license"] = ml.query or "no license"
    origin = f"{ml.origin} + base model licenses"
    bound = dataclasses.replace(ml, query=query, origin=origin, upstream_texts=found.terms)
    return bound, found.edges


def _gguf_header_license(ml: ModelLicense, directory: Path) -> str | None:
    """A GGUF header's `general.license` that differs from the license the model card declares."""
    if ml.query is None or not ml.origin.startswith("model card"):
        return None
    from openlint.sources.license_text import gguf_license

    found = gguf_license(directory)
    return found[0] if found is not None and found[0].lower() != ml.query.lower() else None


def _with_upstream(own: str | None, found: LineageFacts, extra: str) -> LineageFacts:
    """`extra` as one more upstream licence (once), its restrictive kinds the own licence drops added to the
    drift already found."""
    from openlint.sources.lineage import drift, restrictive_kinds

    upstream = found.upstream if extra in found.upstream else (*found.upstream, extra)
    kinds = tuple(sorted({*found.drift, *drift(restrictive_kinds(own), [restrictive_kinds(extra)])}))
    return dataclasses.replace(found, upstream=upstream, drift=kinds)


def _base_evidence(config: Config, ml: ModelLicense, directory: Path, facts: dict[str, Any]) -> Evidence | None:
    """When the card names no base model: what the repository's files name (for the lineage), and,
    for the project's own repositories, the evidence OL412 cites."""
    from openlint.fix.cardfix import fixable
    from openlint.sources.base_evidence import chosen, find_evidence
    from openlint.sources.lineage import card_lineage

    if card_lineage(directory)[0]:
        return None
    evidence = find_evidence(directory, (ml.label, ml.decl.id or ""))
    if evidence and directory.resolve().is_relative_to(config.root.resolve()):  # not a model in the HF cache
        facts["base_model_evidence"] = [e.describe() for e in evidence]
        facts["base_model_fix"] = fixable(evidence)[1]
    return chosen(evidence)


def _card_vs_license_file(ml: ModelLicense, root: Path) -> tuple[ModelLicense, str, str] | None:
    """When the licence file contradicts the card's tag (apache-2.0 over a Llama or custom restrictive
    text): the model as the file licenses it (the file binds), what the file is, and the file's name."""
    if ml.directory is None or ml.query is None or not ml.origin.startswith("model card"):
        return None
    from openlint.core.explanation import explain
    from openlint.core.kinds import USE_RESTRICTING_KINDS
    from openlint.sources.models import license_text

    text_query, entry, location = license_text(ml.directory, root=root)
    if text_query is None:
        return None
    try:
        declared = explain(ml.query).licenses
    except OpenlintError:
        return None
    if entry is None:
        if text_query in {lic.id for lic in declared}:
            return None
        what = text_query
    else:  # an unidentified text: a contradiction only if it restricts use where the tag does not
        have = {o.kind for lic in declared if lic.entry is not None for o in lic.entry.obligations}
        extra = sorted({o.kind for o in entry.obligations if o.kind in USE_RESTRICTING_KINDS} - have)
        if not extra:
            return None
        what = f"a custom license ({', '.join(k.replace('_', ' ') for k in extra)})"
    origin = f"LICENSE text (the card's tag says {ml.query})"
    bound = dataclasses.replace(ml, query=text_query, origin=origin, location=location, text_license=entry)
    return bound, what, Path(location.path).name if location is not None else "LICENSE"
