"""Openness facts about a project's models, for the OL3xx rules of `openlint check`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openlint.checking.rules import Rule
    from openlint.core.config import Config
    from openlint.openness.release import Release
    from openlint.sources.models import ModelLicense

CLAIM = re.compile(r"(?<!not )(?<!isn't )(?<!n't )\bopen[- ]source\b", re.IGNORECASE)
# In a project's own README or package metadata, "open source" is about the model only in a sentence that
# speaks of a model (the project's code may well be open source).
MODEL_WORDS = re.compile(r"\b(models?|llms?|weights|checkpoints?|ai|gpt|llama|gemma|mistral|qwen|bloom)\b", re.I)
CATEGORY_RANK = {"closed": 0, "restricted-weights": 1, "open-weights": 2, "open-source-ai": 3}
SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")
# Built-in rules and what they need; any other rule naming openness gets the full verdict.
GATED_RULES = {"OL301": "claim", "OL302": "declared", "OL303": "policy", "OL304": "policy", "OL305": "claim"}


def find_claim(path: Path, about_model: bool = True) -> int | None:
    """Line of the first "open source" claim in a README / model card / package metadata file."""
    from openlint import safeio

    try:
        text = safeio.read_text(path, safeio.CLAIM, truncate=True)
    except OSError:  # missing, unreadable, or not a regular file (safeio.InputRefused)
        return None
    for number, line in enumerate(text.splitlines(), 1):
        for sentence in SENTENCE_END.split(line):
            if CLAIM.search(sentence) and (about_model or MODEL_WORDS.search(sentence)):
                return number
    return None


def _model_card(ml: ModelLicense) -> Path | None:
    """The model's card (README.md, MODEL_CARD.md...), found as check finds it."""
    from openlint.sources.card import find_card

    return find_card(ml.directory) if ml.directory is not None else None


def _claim(config: Config, card: Path | None) -> str | None:
    """Where the project (or the model's card) calls the model open source, as path:line."""
    candidates = [(card, True)] if card is not None else []
    candidates += [(p, False) for p in (config.root / "README.md", config.root / "pyproject.toml") if p != card]
    for path, about_model in candidates:
        line = find_claim(path, about_model)
        if line is not None:
            return f"{path}:{line}"
    return None


def _tag_line(card: Path) -> int:
    from openlint import safeio

    try:
        lines = safeio.read_text(card, safeio.CARD, truncate=True).splitlines()
    except OSError:
        return 1
    return next((n for n, line in enumerate(lines, 1) if line.startswith("license:")), 1)


def _needed(config: Config, rules: Sequence[Rule], claimed: bool) -> bool:
    """Compute the verdict only when a rule will read it (reading a repository costs time)."""
    for rule in rules:
        need = GATED_RULES.get(rule.code)
        if need is None:
            if "openness" in rule.spec.applies + rule.spec.condition:
                return True
        elif (
            (need == "claim" and claimed)
            or (need == "declared" and config.settings.use.claims_open_source)
            or (need == "policy" and config.settings.require_openness is not None)
        ):
            return True
    return False


def _meets(required: str, category: str, mof_class: int | None) -> bool | None:
    if required.startswith("mof-class-"):
        if mof_class is None:
            return None if category == "unknown" else False
        return mof_class <= int(required[-1])
    if category == "unknown":
        return None
    return CATEGORY_RANK[category] >= CATEGORY_RANK[required]


def _release(config: Config, ml: ModelLicense) -> Release | None:
    """The model's repository (with the project's declaration when the model is the project itself)."""
    if ml.directory is None or not ml.directory.is_dir():
        return None
    from openlint.openness.release import with_declaration
    from openlint.openness.repo import release_from_repo

    release = release_from_repo(ml.directory, name=ml.decl.id)  # the Hub id, when declared, names it
    decl = config.settings.release
    if decl is not None and ml.directory.resolve() == config.root.resolve():
        release = with_declaration(release, decl, config.path.name if config.path else "config", config.root)
    return release


def openness_context(config: Config, ml: ModelLicense, rules: Sequence[Rule] = ()) -> dict[str, Any]:
    """`model.claims_open_source`, and when a rule needs it `model.openness` (category, mof_class, osaid,
    missing) with the flat `model.openness_category` the built-in rules read."""
    card = _model_card(ml)  # looked up once: the claim, the gate and the mislabelled tag all use it
    claim = _claim(config, card)
    out: dict[str, Any] = {"claims_open_source": claim is not None}
    if claim is not None:
        out["claim_location"] = claim
    # A model repository's card tag can itself be the false claim (open tag, restricted LICENSE file).
    may_claim = claim is not None or card is not None
    if rules and not _needed(config, rules, may_claim):
        return out
    from openlint.openness.api_only import lookup
    from openlint.openness.classify import classify
    from openlint.openness.licensing import judge

    openness: dict[str, Any] = {}
    release = _release(config, ml)
    mof_class: int | None = None
    if release is not None:
        verdict = classify(release)
        category, mof_class = verdict.category, verdict.mof_class
        openness.update(osaid=verdict.osaid, evidence=release.source, evidence_strength=verdict.basis)
        if verdict.category == "insufficient-evidence":
            # The OL3xx rules treat an undecided model as `unknown`; the full category stays in openness.
            openness["detail"] = verdict.category
            category = "unknown"
            missing_evidence = list(verdict.missing_evidence)
        else:
            missing_evidence = []
        if verdict.mof_class is not None:
            openness["mof_class"] = verdict.mof_class
        missing = missing_evidence + list(verdict.osaid_missing)
        if release.mislabelled is not None and claim is None and card is not None:
            out.update(claims_open_source=True, claim_location=f"{card}:{_tag_line(card)}")
        if release.mislabelled is not None:
            out["mislabelled"] = release.mislabelled
    elif ml.decl.id and (hosted := lookup(ml.decl.id)) is not None:
        category, missing = "closed", [f"weights: {hosted.family} is offered only through {hosted.access}"]
        openness.update(evidence=f"openlint's API-only list ({hosted.source})", osaid="no")
    elif ml.query is not None:
        judgment = judge(ml.query, "model")
        # From a license alone: restrictive terms settle it; open terms say nothing of code or data.
        category = "restricted-weights" if judgment.verdict in ("not-open", "unlicensed") else "unknown"
        missing = ["training code, data information (not known from a license name alone)"]
        openness["evidence"] = f"license {ml.query} only"
    else:
        category, missing = "unknown", []
    openness.update(category=category, missing=missing[:5])
    out.update(openness=openness, openness_category=category, openness_missing=missing[:5])
    required = config.settings.require_openness
    if required is not None:
        out["required_openness"] = required
        meets = _meets(required, category, mof_class)
        if meets is not None:
            out["meets_required_openness"] = meets
    return out
