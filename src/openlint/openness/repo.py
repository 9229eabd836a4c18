"""A model repository as evidence: its card, its license files and the files actually present."""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openlint.core.model_files import MODEL_CONFIGS, WEIGHT_GLOBS
from openlint.core.mof_components import COMPONENTS
from openlint.errors import OpenlintError
from openlint.openness.licensing import LicenseJudgment, judge, judge_entry
from openlint.openness.release import Component, Release, Released, Strength, component

MAX_FILES = 20_000
WEIGHTS = "Model parameters (Final)"
# Front-matter keys only a model card has: a README with one of them makes a directory a model repository.
CARD_KEYS = frozenset(
    {
        "license",
        "license_name",
        "base_model",
        "pipeline_tag",
        "library_name",
        "model_name",
        "model-index",
        "datasets",
        "tags",
        "language",
    }
)
# Which files show that a component is released (checked against paths relative to the repo).
FILE_EVIDENCE: dict[str, tuple[str, ...]] = {
    WEIGHTS: tuple(WEIGHT_GLOBS),
    "Model parameters (Intermediate)": ("checkpoint-*/*", "checkpoints/*", "*/step*/*", "intermediate/*"),
    "Model architecture": ("config.json", "modeling_*.py", "*/modeling_*.py", "model.py", "*/model.py"),
    "Training code": ("train*.py", "*/train*.py", "scripts/train*", "training/*"),
    "Inference code": ("inference*.py", "generate*.py", "*/inference*.py", "serve*.py"),
    "Evaluation code": ("eval*.py", "*/eval*.py", "evaluation/*"),
    "Data preprocessing code": ("preprocess*.py", "*/preprocess*.py", "data_prep*", "*/data_prep*", "tokenize_data*"),
    "Data card": ("DATA_CARD*", "data_card*", "DATASHEET*", "datasheet*", "data/README*"),
    "Technical report": ("*technical_report*", "*tech_report*", "TECHNICAL_REPORT*"),
    "Evaluation results": ("eval_results*", "results/*", "*/eval_results*"),
    "Datasets": ("data/*.jsonl", "data/*.parquet", "data/*.arrow", "datasets/*"),
}
ARXIV = re.compile(r"arxiv\.org/(?:abs|pdf)/[0-9.]+", re.I)
CODE_LINK = re.compile(r"https?://(?:www\.)?github\.com/[\w.-]+/[\w.-]+", re.I)


@dataclass(frozen=True)
class Terms:
    """The license the weights ship under, and how openlint knows it."""

    name: str | None
    judgment: LicenseJudgment | None  # set when read from a custom text (judged by its obligations)
    notes: tuple[str, ...]
    mislabelled: str | None


def _files(root: Path) -> list[str]:
    from openlint.safeio import walk_tree

    out: list[str] = []
    for directory, dirs, files in walk_tree(root, max_depth=64):  # iterative and bounded (rglob recursed)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        base = Path(directory).relative_to(root)
        for name in sorted(files):
            if not name.startswith(".") and (Path(directory) / name).is_file():
                out.append((base / name).as_posix())
                if len(out) >= MAX_FILES:
                    return sorted(out)
    return sorted(out)


def _card(root: Path) -> tuple[dict[str, Any], str]:
    from openlint.sources.card import directory_card  # the one card reader (README.md, MODEL_CARD.md...)

    card = directory_card(root)
    return (dict(card.meta.data), card.text) if card is not None else ({}, "")


def _terms(root: Path, card: dict[str, Any]) -> Terms:
    """The card's license tag, unless the LICENSE file beside the weights says otherwise (the file wins)."""
    from openlint.sources.card import CardMeta
    from openlint.sources.models import license_text
    from openlint.sources.stated import stated_license

    stated = stated_license(CardMeta(data=card))  # `other`/`Other` + license_name, as check reads it
    tag = stated.query if stated.problem is None else None
    text_id, entry, _ = license_text(root, stated.link, root)
    if text_id is None:
        return Terms(tag, None, (), None)
    file_judgment = judge_entry(entry) if entry is not None else judge(text_id, "model")
    name = entry.name if entry is not None else text_id
    notes = [f"license read from the LICENSE file: {name}"]
    if entry is not None:
        notes.append(f"custom license text with obligations: {', '.join(sorted({o.kind for o in entry.obligations}))}")
    mislabelled = None
    if tag is not None:
        tag_judgment = judge(tag, "model")
        if tag_judgment.license != file_judgment.license:
            notes.append(f"the card's license tag says {tag}, the LICENSE file is {name}: the file wins")
        if tag_judgment.verdict == "open" and file_judgment.verdict in ("not-open", "unlicensed"):
            mislabelled = (
                f"the card's license tag says {tag} (open) but the LICENSE file is {name} ({file_judgment.reason})"
            )
    return Terms(text_id, file_judgment, tuple(notes), mislabelled)


def cached_snapshot(repo_id: str) -> Path:
    """The local Hugging Face cache's snapshot of a model (HF_HOME / HF_HUB_CACHE), without network."""
    from openlint.sources.hf_cache import cached  # the one cache locator

    found = cached(repo_id)
    if found is None:
        raise OpenlintError(f"{repo_id}: not in the local Hugging Face cache (use --online to ask the Hub)")
    return found


def release_from_hub(repo_id: str) -> Release:
    """--online: the Hub's file listing, and only the card and license texts downloaded."""
    from openlint.sources.hub import fetch, list_files

    files = list_files(repo_id)
    root = fetch(repo_id)
    return release_from_repo(root, files=files[:MAX_FILES], source="Hugging Face Hub (online)", name=repo_id)


def _matcher(patterns: tuple[str, ...] | list[str]) -> Callable[[str], object]:
    """fnmatch's meaning (case-normalised like fnmatch.fnmatch), all patterns in one regular expression."""
    combined = re.compile("|".join(f"(?:{fnmatch.translate(os.path.normcase(p))})" for p in patterns) or "(?!)")
    return lambda name: combined.match(os.path.normcase(name))


def release_from_repo(
    root: Path, files: list[str] | None = None, source: str = "model repository", name: str | None = None
) -> Release:
    if not root.is_dir():
        raise OpenlintError(f"{root}: not a directory")
    if files is None:
        files = _files(root)
    card, card_text = _card(root)
    terms = _terms(root, card)
    paper, code = ARXIV.search(card_text), CODE_LINK.search(card_text)  # once, not per component
    components: list[Component] = []
    for mof_name in COMPONENTS:
        patterns = FILE_EVIDENCE.get(mof_name, ())
        matches = _matcher(patterns)  # one compiled pattern per component: linear in the files
        hits = [f for f in files if matches(f)] if patterns else []
        evidence = f"files present: {', '.join(hits[:3])}" if hits else ""
        released: Released = "yes" if hits else "unknown"
        location = hits[0] if hits else None
        strength: Strength = "verified" if hits else "none"
        if mof_name == "Model card" and card_text:
            released, location, evidence, strength = "yes", "README.md", "model card present", "verified"
        if mof_name == "Datasets" and card.get("datasets") and not hits:
            evidence = f"card lists datasets {card.get('datasets')} (their availability and licenses are not checked)"
        if mof_name == "Research paper" and paper:
            released, location, evidence, strength = "yes", paper.group(0), "paper linked from the card", "located"
        if mof_name in ("Training code", "Inference code") and not hits and code:
            evidence = f"the card links code at {code.group(0)} (not inspected)"
        components.append(
            component(
                mof_name,
                released,
                location,
                terms.name if released == "yes" else None,
                evidence or f"no evidence in the {source}",
                terms.judgment if released == "yes" else None,
                strength,
            )
        )
    label = name or str(card.get("model_name") or root.name)
    return Release(
        label,
        source,
        tuple(components),
        terms.notes,
        terms.mislabelled,
        producer=name.split("/", 1)[0] if name and "/" in name else None,
        model_repository=_is_model_repository(files, card, next(c for c in components if c.name == WEIGHTS)),
    )


def _is_model_repository(files: list[str], card: dict[str, Any], weights: Component) -> bool:
    """Weight files (the final parameters seen above), a model config, or a card with model front matter:
    otherwise not a model repository."""
    if weights.released == "yes" or CARD_KEYS & set(card):
        return True
    return any(f.rsplit("/", 1)[-1] in MODEL_CONFIGS for f in files)
