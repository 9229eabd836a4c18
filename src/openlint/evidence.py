"""Verify obligations against files the project points at: evidence is checked, never trusted."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openlint.obligations import Obligation
from openlint.text.normalize import fold_typography

if TYPE_CHECKING:
    from openlint.config import Config
    from openlint.models import ModelLicense

NOTICE_NAMES = ("NOTICE", "NOTICE.txt", "NOTICE.md", "Notice", "Notice.txt")
LICENSE_GLOBS = ("LICENSE*", "LICENCE*", "License*")


def fold(text: str) -> str:
    """Case, whitespace, quote and dash differences do not make a phrase missing."""
    text = unicodedata.normalize("NFKC", text)
    text = fold_typography(text.replace("\u00a9", "(c)"))
    return re.sub(r"\s+", " ", text).strip().lower()


def _read(path: Path) -> str | None:
    from openlint import safeio

    data = safeio.head_or_none(path, safeio.LICENSE_TEXT)  # regular files only (a FIFO never blocks)
    return None if data is None else data.decode("utf-8", errors="replace")


def _contains(path: Path, phrase: str | None) -> bool:
    text = _read(path)
    if text is None:
        return False
    return phrase is None or fold(phrase.replace("©", "(c)")) in fold(text)


def _first(directory: Path | None, names: tuple[str, ...]) -> Path | None:
    if directory is None:
        return None
    for pattern in names:
        for candidate in sorted(directory.glob(pattern)):
            if candidate.is_file():
                return candidate
    return None


def verify(ob: Obligation, config: Config, model: ModelLicense) -> dict[str, Any]:
    """Extra CEL fields for an obligation: `fulfilled` and `evidence` when something can be checked."""
    evidence = config.settings.evidence
    path: Path | None = None
    if ob.kind == "attribution" and evidence.attribution:
        path = config.root / evidence.attribution
    elif ob.kind == "notice":
        path = config.root / evidence.notice if evidence.notice else _first(model.directory, NOTICE_NAMES)
    elif ob.kind == "include_license":
        path = config.root / evidence.license if evidence.license else _first(model.directory, LICENSE_GLOBS)
    if path is None:
        return {}
    phrase = ob.text if ob.kind in ("attribution", "notice") else None
    return {"fulfilled": path.is_file() and _contains(path, phrase), "evidence": str(path)}
