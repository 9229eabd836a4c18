"""Where `openlint openness` gets its evidence: a directory, a MOT YAML, an Open Source AI Index file,
the HF cache or the Hub; several of them about one model are merged."""

from __future__ import annotations

import re
from pathlib import Path

from openlint.errors import OpenlintError
from openlint.openness.release import Release, with_declaration

HUB_URL = re.compile(r"^https://huggingface\.co/([\w-][\w.-]*/[\w.-]+?)/?$")


class NotAModelRepository(OpenlintError):
    """A directory with no card front matter, weight files, model config or release declaration."""


def _declared(release: Release, directory: Path | None, explicit: Path | None) -> tuple[Release, bool]:
    """Layer the declaration found in the repository itself (never a parent project's) or in `explicit`."""
    from openlint.core.config import find_config, load_config

    path = explicit
    if path is None and directory is not None:
        found = find_config(directory)
        path = found if found is not None and found.parent == directory.resolve() else None
    if path is None:
        return release, False
    if not path.is_file():
        raise OpenlintError(f"{path}: config file not found")
    decl = load_config(path).settings.release
    return (release, False) if decl is None else (with_declaration(release, decl, path.name, path.parent), True)


def load_release(target: str, online: bool = False, config_file: Path | None = None) -> Release:
    """A model repository directory, else a Hub id from the local cache (or the Hub with `online`)."""
    from openlint.openness.repo import cached_snapshot, release_from_hub, release_from_repo

    path = Path(target)
    if path.is_dir():
        release, declared = _declared(release_from_repo(path), path, config_file)
        if release.model_repository is False and not declared:
            raise NotAModelRepository(
                f"{target}: not a model repository (no model card front matter, weight files, model config or "
                "[tool.openlint.release] declaration in it); give a model directory, a Hub id, --mof FILE, or "
                "--config with [tool.openlint.release]"
            )
        return release
    if path.exists():
        raise OpenlintError(f"{target}: not a model repository directory (for a MOT YAML use --mof)")
    from openlint.sources.hub_ids import is_repo_id

    if not is_repo_id(target):
        raise OpenlintError(f"{target}: no such directory, and not a Hub id (ORG/NAME)")
    if online:
        release = release_from_hub(target)
    else:
        snapshot = cached_snapshot(target)
        release = release_from_repo(snapshot, source="local Hugging Face cache (files downloaded so far)", name=target)
    return _declared(release, None, config_file)[0]


def load_mot_files(paths: list[str]) -> list[Release]:
    from openlint.openness.mot import load_mot

    return [load_mot(Path(p)) for p in paths]


def hub_id(release: Release) -> str | None:
    """The Hub model repository a release points at for its weights or card, if any."""
    from openlint.sources.hub_ids import is_repo_id

    for name in ("Model parameters (Final)", "Model card", "Model metadata"):
        found = HUB_URL.match(release.get(name).location or "")
        if found and is_repo_id(found.group(1)):  # the one Hub-id syntax (openlint.sources.hub_ids)
            return found.group(1)
    return None


def with_hub_files(release: Release, online: bool) -> Release:
    """A record's Hub repository checked: its cached snapshot (no network), or with `online` the Hub's
    file listing. Weight files seen there make the weights `verified`; nothing seen adds nothing."""
    from dataclasses import replace

    from openlint.openness.merge import merge
    from openlint.openness.repo import cached_snapshot, release_from_hub, release_from_repo

    repo_id = hub_id(release)
    if repo_id is None:
        return release
    try:
        if online:
            seen = release_from_hub(repo_id)
        else:
            seen = release_from_repo(cached_snapshot(repo_id), source="local Hugging Face cache", name=repo_id)
    except OpenlintError as exc:
        if not online:
            return release  # not cached: the record stands on its own
        return replace(release, notes=(*release.notes, f"Hub repository not checked: {exc}"))
    merged = merge([seen, release])
    return replace(merged, name=release.name, producer=release.producer or merged.producer)


def load_sources(
    path: str | None,
    mof: list[str] | None = None,
    index: list[str] | None = None,
    online: bool = False,
    config_file: Path | None = None,
) -> list[Release]:
    """The releases to judge. MOT files alone are judged one by one; given with a repository (or Hub
    id) or with index files, everything is evidence about one model and is merged."""
    from openlint.openness.index import load_index
    from openlint.openness.merge import merge

    mots = load_mot_files(mof or [])
    indexes = [load_index(Path(p)) for p in index or []]
    if path is None and not indexes:
        return [with_hub_files(r, online) for r in mots]
    found = [load_release(path, online=online, config_file=config_file)] if path is not None else []
    # Files openlint saw first, then the curated index, then the forms: earlier sources win ties.
    return [merge([*found, *indexes, *mots])]
