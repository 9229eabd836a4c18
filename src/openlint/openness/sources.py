"""Where `openlint openness` gets its evidence: a directory, a MOT YAML, the HF cache or the Hub."""

from __future__ import annotations

from pathlib import Path

from openlint.errors import OpenlintError
from openlint.openness.release import Release, with_declaration


def _declared(release: Release, directory: Path | None, explicit: Path | None) -> Release:
    """Layer the declaration found in the repository itself (never a parent project's) or in `explicit`."""
    from openlint.config import find_config, load_config

    path = explicit
    if path is None and directory is not None:
        found = find_config(directory)
        path = found if found is not None and found.parent == directory.resolve() else None
    if path is None:
        return release
    if not path.is_file():
        raise OpenlintError(f"{path}: config file not found")
    decl = load_config(path).settings.release
    return release if decl is None else with_declaration(release, decl, path.name)


def load_release(target: str, online: bool = False, config_file: Path | None = None) -> Release:
    """A model repository directory, else a Hub id from the local cache (or the Hub with `online`)."""
    from openlint.openness.repo import cached_snapshot, release_from_hub, release_from_repo

    path = Path(target)
    if path.is_dir():
        return _declared(release_from_repo(path), path, config_file)
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
    return _declared(release, None, config_file)


def load_mot_files(paths: list[str]) -> list[Release]:
    from openlint.openness.mot import load_mot

    return [load_mot(Path(p)) for p in paths]
