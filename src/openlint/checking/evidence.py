"""Verify obligations against files the project points at: evidence is checked, never trusted."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openlint.core.obligations import Obligation
from openlint.text.normalize import fold_typography

if TYPE_CHECKING:
    from openlint.core.config import Config
    from openlint.sources.models import ModelLicense

NOTICE_NAMES = ("NOTICE", "NOTICE.txt", "NOTICE.md", "Notice", "Notice.txt")
# the model's own licence file first (MODEL_LICENSE, LICENSE-MODEL ...: core/model_files.licence_file_rank), then any
LICENSE_GLOBS = (
    "*MODEL[-_]LICEN[CS]E*",
    "*Model[-_]License*",
    "*model[-_]licen[cs]e*",
    "*WEIGHTS[-_]LICEN[CS]E*",
    "LICENSE*",
    "LICENCE*",
    "License*",
)


def fold(text: str) -> str:
    """Case, whitespace, quote and dash differences do not make a phrase missing."""
    text = unicodedata.normalize("NFKC", text)
    text = fold_typography(text.replace("\u00a9", "(c)"))
    return re.sub(r"\s+", " ", text).strip().lower()


def _read(path: Path) -> str | None:
    from openlint import safeio

    data = safeio.head_or_none(path, safeio.LICENSE_TEXT)  # regular files only (a FIFO never blocks)
    return None if data is None else data.decode("utf-8", errors="replace")


# Every obligation of every rule verifies against the same few files: each version of a file is read
# and folded once (keyed by path, mtime and size, as discovery's YAML cache is).
@lru_cache(maxsize=8)
def _text_at(path: str, mtime_ns: int, size: int) -> str | None:
    return _read(Path(path))


def shown(text: str) -> str:
    """What a reader of the page sees: HTML comments (`<!-- ... -->`, an unclosed one to the end) removed. A to-do
    note in a comment ("add Built with Llama before launch") displays nothing."""
    out: list[str] = []
    at = 0
    while (start := text.find("<!--", at)) >= 0:
        out.append(text[at:start])
        end = text.find("-->", start + 4)
        if end < 0:
            return " ".join(out)
        out.append(" ")
        at = end + 3
    out.append(text[at:])
    return "".join(out)


@lru_cache(maxsize=8)
def _folded_at(path: str, mtime_ns: int, size: int) -> str | None:
    text = _text_at(path, mtime_ns, size)
    return None if text is None else fold(shown(text))


@lru_cache(maxsize=8)
def _licence_at(path: str, mtime_ns: int, size: int) -> bool:
    """Whether the file is a licence text (identified as one, or a variant of one): a licence contains the
    phrases it requires, in the clause requiring them, and displays them to nobody."""
    from openlint.errors import OpenlintError
    from openlint.text.read import read_text

    text = _text_at(path, mtime_ns, size)
    if text is None:
        return False
    try:
        return read_text(text, path).entry is not None
    except OpenlintError:
        return False


def _contains(path: Path, phrase: str | None) -> bool:
    try:
        stat = path.stat()
    except (OSError, ValueError):
        return False
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if phrase is None:
        return _text_at(*key) is not None
    folded = _folded_at(*key)
    return folded is not None and fold(phrase.replace("©", "(c)")) in folded and not _licence_at(*key)


def inside(path: Path, root: Path) -> bool:
    """Whether `path` (symbolic links followed) lies inside the project: evidence is the project's own."""
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError, ValueError):
        return False


def _first(directory: Path | None, names: tuple[str, ...]) -> Path | None:
    if directory is None:
        return None
    for pattern in names:
        for candidate in sorted(directory.glob(pattern)):
            if candidate.is_file():
                return candidate
    return None


def _shipped_as_is(config: Config, model: ModelLicense) -> Path | None:
    """The model's own directory, when it can stand for what is distributed: a NOTICE or LICENSE beside
    the model travels with the model shared as it is, but a derivative published from it is a new
    artifact the base model's directory proves nothing about (only [tool.openlint.evidence] does), unless
    the directory is the project itself (release lint: the repository checked is the derivative published)."""
    distribution = config.settings.use.distribution or ()
    if "derivative-weights" not in distribution or model.directory is None:
        return model.directory
    try:  # a model repository checked as its own release: the directory is the derivative published
        return model.directory if model.directory.resolve() == config.root.resolve() else None
    except OSError:
        return None


def _copies_travel(config: Config, model: ModelLicense) -> Path | None:
    """The model's directory as evidence of a licence copy given to recipients: only when copies are given (weights
    or derivative weights). A licence beside the weights on the provider's servers reaches no user of a hosted
    service ("recipients of ... products or services using them"): only [tool.openlint.evidence] license does."""
    distribution = config.settings.use.distribution or ()
    if distribution and not {"weights", "derivative-weights"} & set(distribution):
        return None
    return _shipped_as_is(config, model)


def verify(ob: Obligation, config: Config, model: ModelLicense) -> dict[str, Any]:
    """Extra CEL fields for an obligation: `fulfilled` and `evidence` when something can be checked."""
    evidence = config.settings.evidence
    path: Path | None = None
    if ob.kind == "attribution" and evidence.attribution:
        path = config.root / evidence.attribution
    elif ob.kind == "notice":
        path = config.root / evidence.notice if evidence.notice else _first(_shipped_as_is(config, model), NOTICE_NAMES)
    elif ob.kind == "include_license":
        path = (
            config.root / evidence.license if evidence.license else _first(_copies_travel(config, model), LICENSE_GLOBS)
        )
    if path is None:
        return {}
    phrase = ob.text if ob.kind in ("attribution", "notice") else None
    fulfilled = inside(path, config.root) and path.is_file() and _contains(path, phrase)
    return {"fulfilled": fulfilled, "evidence": str(path)}
