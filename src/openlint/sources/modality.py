"""A model's modality (text / multimodal) from its Hub id, model card pipeline_tag or tags (rules/modality.toml)."""

from __future__ import annotations

import fnmatch
import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from openlint._data import data_dir


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    with (data_dir() / "modality.toml").open("rb") as handle:
        return tomllib.load(handle)


def _card(directory: Path | None) -> dict[str, Any]:
    """The model card's metadata, read by the one card reader (openlint.sources): bounded, validated."""
    if directory is None:
        return {}
    from openlint.sources.card import directory_card

    card = directory_card(directory)
    return dict(card.meta.data) if card is not None else {}


def _known_id(model_id: str) -> str | None:
    key = model_id.strip().lower()
    for row in _table().get("ids", ()) if key else ():
        if fnmatch.fnmatchcase(key, row["pattern"]):
            return str(row["modality"])
    return None


def model_modality(model_id: str, directory: Path | None) -> tuple[str, str] | None:
    """(modality, how it was told), or None when nothing says. A base model the card names whose Hub id is
    known multimodal makes the derivative multimodal whatever its pipeline_tag says (fine-tune cards often
    say text-generation): the derivative was made with the multimodal model's rights."""
    table = _table()
    key = model_id.strip().lower()
    own = _known_id(model_id)
    if own is not None:
        return own, f"known Hub id {model_id}"
    card = _card(directory)
    bases = card.get("base_model")
    named = [b for b in (bases if isinstance(bases, list) else [bases]) if isinstance(b, str)]
    known = [(base, modality) for base in named if (modality := _known_id(base)) is not None]
    for base, modality in known:
        if modality == "multimodal":
            return modality, f"base model {base} (known Hub id)"
    tag = card.get("pipeline_tag")
    if isinstance(tag, str):
        for modality, tags in table.get("pipeline_tags", {}).items():
            if tag.strip().lower() in tags:
                return modality, f"model card pipeline_tag {tag}"
    tags = card.get("tags")
    if isinstance(tags, list):
        lowered = {str(t).strip().lower() for t in tags}
        for modality, names in table.get("tags", {}).items():
            hit = sorted(lowered & set(names))
            if hit:
                return modality, f"model card tag {hit[0]}"
    if known:  # a base known text-only, when the card itself does not say
        return known[0][1], f"base model {known[0][0]} (known Hub id)"
    if key:
        for row in table.get("patterns", ()):
            if re.search(row["regex"], key.rsplit("/", 1)[-1], flags=re.IGNORECASE):
                return row["modality"], f"Hub id pattern ({model_id})"
    return None
