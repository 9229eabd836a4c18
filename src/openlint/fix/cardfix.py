"""`--fix` for model cards: state the base model the repository's own files name, as a minimal edit of
the YAML front matter (new lines before its closing `---`; every other byte stays as it was)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openlint.sources.base_evidence import Evidence, chosen, find_evidence

CARD = "README.md"
_OPEN = re.compile(r"\A(?:\ufeff)?---[ \t]*(\r?\n)")
_CLOSE = re.compile(r"^---[ \t]*\r?$", re.M)


def fixable(evidence: Sequence[Evidence]) -> tuple[Evidence | None, str]:
    """What --fix would state, or why it will not: a fix must be safe, so only unambiguous,
    declared evidence is written (config.json's `_name_or_path` is only where weights were loaded from)."""
    pick = chosen(evidence)
    if pick is None:
        return None, "the files name different models: state the right one in the card by hand"
    if pick.weak:
        return None, "confirm it and add base_model to the card by hand (--fix writes only declared evidence)"
    return pick, "`openlint check --fix` adds it to the card"


def _load(block: str) -> dict[str, Any] | None:
    from openlint.sources.yaml_load import load  # the one metadata loader: no aliases, bounded

    if not block.strip():
        return {}
    loaded = load(block)
    if loaded.problem is not None or loaded.duplicates:
        return None  # a card this edit cannot extend safely
    return loaded.data if isinstance(loaded.data, dict) else None


def _scalar(value: str) -> str:
    """A plain YAML scalar when it reads back as the same string, else a double-quoted one."""
    from openlint.sources.yaml_load import load

    if load(value).data == value:
        return value
    return json.dumps(value)  # a JSON string is a valid YAML double-quoted scalar


def _lines(evidence: Evidence, meta: dict[str, Any]) -> list[str]:
    if evidence.relation == "merge" or len(evidence.bases) > 1:
        lines = ["base_model:", *(f"- {_scalar(b)}" for b in evidence.bases)]
    else:
        lines = [f"base_model: {_scalar(evidence.bases[0])}"]
    if "base_model_relation" not in meta:  # never a duplicate key
        lines.append(f"base_model_relation: {evidence.relation}")
    return lines


def _front(text: str) -> tuple[int, int, str] | None:
    """(start of the YAML block, start of the closing `---` line, newline) of the front matter."""
    opening = _OPEN.match(text)
    if opening is None:
        return None
    closing = _CLOSE.search(text, opening.end())
    if closing is None:
        return None
    return opening.end(), closing.start(), opening.group(1)


def edit_card(text: str, evidence: Evidence) -> tuple[str, list[str]] | None:
    """The card with base_model (and base_model_relation) added, and the lines added; None when it
    must not be edited:
    it already states a base model, or its front matter is not YAML this edit can extend safely."""
    front = _front(text)
    if front is None:
        if text.lstrip("\ufeff \t\r\n").startswith("---"):
            return None  # front matter we cannot delimit: leave it to a human
        newline = "\r\n" if "\r\n" in text else "\n"
        bom = "\ufeff" if text.startswith("\ufeff") else ""
        body = text[len(bom) :]
        meta: dict[str, Any] = {}
        added = _lines(evidence, meta)
        new = bom + newline.join(["---", *added, "---"]) + newline + body
    else:
        start, end, newline = front
        found = _load(text[start:end])
        if found is None or "base_model" in found:
            return None
        meta = found
        added = _lines(evidence, meta)
        new = text[:end] + "".join(line + newline for line in added) + text[end:]
    # Check the result reads as intended: the old metadata unchanged, the new keys as planned.
    after = _front(new)
    expected = {**meta, **(_load("\n".join(added)) or {})}
    if after is None or _load(new[after[0] : after[1]]) != expected:
        return None
    return new, added


def add_base_model(directory: Path, own_names: Iterable[str] = (), project: Path | None = None) -> str | None:
    """Add the evidenced base model to the repository's card, atomically. Returns what was added, or
    None when nothing was written (card states one already, evidence ambiguous or weak, unsafe card).
    The write stays inside `project` (default: the directory); a refusal raises safeio.OutputRefused."""
    from openlint import safeio
    from openlint.sources.card import find_card

    card = find_card(directory) or directory / CARD
    pick, _ = fixable(find_evidence(directory, own_names))
    if pick is None:
        return None
    try:
        if card.is_symlink() or not card.is_file():
            return None  # a symlinked card (an HF cache blob) is not the publisher's file to rewrite
        raw = safeio.read_confined(project or directory, card, safeio.CARD)
        if raw is None:
            return None
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    edited = edit_card(text, pick)
    if edited is None:
        return None
    new, added = edited
    safeio.write_confined(project or directory, card, new.encode("utf-8"))
    relation = f" and base_model_relation: {pick.relation}" if added[-1].startswith("base_model_relation") else ""
    return f"added base_model: {', '.join(pick.bases)}{relation} (from {pick.file})"
