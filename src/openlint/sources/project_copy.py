"""A Hub repository the project keeps a copy of: the directory a `[[tool.openlint.models]]` declaration gives
that Hub id (`id` and `path`), else a folder named `<org>/<name>` (case-insensitive, as Hub ids are) holding a
model card, at most two folders below the project root (`models/Kwai-Kolors/Kolors`, `Kwai-Kolors/Kolors`,
`third_party/models/org/name`). A base model or a licence link naming that Hub id is read from it, offline.

Only `org/name` ids: a bare name (`models/Kolors` for `Kwai-Kolors/Kolors`) could be another organisation's model
of the same name, and is not taken. Bounded: hidden folders and the usual build, cache and virtualenv folders
are skipped, and at most MAX_LISTINGS folders are listed, once per run (`_index`)."""

from __future__ import annotations

import os
import weakref
from pathlib import Path

from openlint.core.config import Config
from openlint.core.model_files import SKIP_DIRS

PREFIX_DEPTH = 2  # folders between the project root and `<org>/<name>`
MAX_LISTINGS = 512


def _subdirs(directory: Path) -> list[tuple[str, Path]]:
    """The folders of a directory (not followed when a symlink), lower-cased name first, sorted."""
    out: list[tuple[str, Path]] = []
    try:
        with os.scandir(directory) as entries:
            for entry in entries:
                if entry.name.startswith(".") or entry.name in SKIP_DIRS:
                    continue
                try:
                    if entry.is_dir(follow_symlinks=False):
                        out.append((entry.name.lower(), directory / entry.name))
                except OSError:
                    continue
    except OSError:
        return []
    return sorted(out, key=lambda item: (item[0], item[1].name))


def _declared(name: str, config: Config) -> Path | None:
    """The directory a declaration gives the Hub id `name` (`id` and `path`)."""
    for decl in config.settings.models:
        if decl.id and decl.path and decl.id.strip().lower() == name.lower():
            try:
                directory = (config.root / decl.path).resolve()
            except (OSError, RuntimeError, ValueError):
                continue
            if directory.is_dir():
                return directory
    return None


# One index of the project's `<org>/<name>` folders per Config (a run), dropped with the Config: discovery may ask
# about many Hub ids, and the project is listed once for all of them.
_INDEX: dict[int, tuple[weakref.ReferenceType[Config], dict[str, list[Path]]]] = {}


def _index(config: Config) -> dict[str, list[Path]]:
    """`org/name` (lower case) -> the folders of that name at most PREFIX_DEPTH folders below the root, shallowest
    first (their cards are looked at when asked)."""
    held = _INDEX.get(id(config))
    if held is not None and held[0]() is config:
        return held[1]
    table: dict[str, list[Path]] = {}
    try:
        level = [config.root.resolve()]
    except (OSError, RuntimeError):
        level = []
    listings = 0
    for _ in range(PREFIX_DEPTH + 1):
        deeper: list[Path] = []
        for folder in level:
            if listings >= MAX_LISTINGS:
                break
            listings += 1
            for org, child in _subdirs(folder):
                if listings >= MAX_LISTINGS:
                    break
                listings += 1
                for name, candidate in _subdirs(child):
                    table.setdefault(f"{org}/{name}", []).append(candidate)
                deeper.append(child)
        level = deeper
    _INDEX[id(config)] = (weakref.ref(config), table)
    weakref.finalize(config, _INDEX.pop, id(config), None)
    return table


def project_copy(name: str, config: Config) -> Path | None:
    """The project's copy of the Hub repository `name` (`org/name`), or None (see the module's doc)."""
    from openlint.sources.card import find_card
    from openlint.sources.hub_ids import is_repo_id

    if not is_repo_id(name):
        return None
    declared = _declared(name, config)
    if declared is not None:
        return declared
    for candidate in _index(config).get(name.lower(), ()):
        if find_card(candidate) is not None:
            return candidate
    return None
