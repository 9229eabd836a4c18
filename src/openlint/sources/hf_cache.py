"""The one Hugging Face cache locator: where a Hub id's snapshot is (HF_HOME / HF_HUB_CACHE), else
(only when online) the Hub. A snapshot is found by Hub id alone: `refs/main` must hold a commit hash
and the snapshot must sit inside the repository's cache folder, so a tampered cache cannot send
openlint elsewhere on the disk."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from openlint.sources.hub_ids import is_hub_id
from openlint.text.programs import prebuilt

CACHE = "local Hugging Face cache"
HUB = "Hugging Face Hub"
_COMMIT = prebuilt(r"^[0-9a-f]{40}$")


@dataclass(frozen=True)
class Located:
    directory: Path | None
    source: str
    problem: str | None = None  # why it could not be resolved (a short reason, for messages)


def cache_root() -> Path:
    from huggingface_hub import constants

    return Path(os.environ.get("HF_HUB_CACHE") or constants.HF_HUB_CACHE)


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError, ValueError):
        return False


def cached(name: str, kind: str = "model") -> Path | None:
    """The snapshot of `name` in the local cache, never the network: the revision `refs/main` names,
    else (no ref: a partial download) the newest snapshot."""
    if not is_hub_id(name) or kind not in ("model", "dataset", "space"):
        return None
    folder = cache_root() / f"{kind}s--{name.replace('/', '--')}"
    snapshots = folder / "snapshots"
    try:
        if not snapshots.is_dir():
            return None
    except OSError:
        return None
    from openlint import safeio

    ref = safeio.head_or_none(folder / "refs" / "main", safeio.HUB_REF)
    if ref is not None:
        commit = ref.decode("ascii", errors="replace").strip()
        snapshot = snapshots / commit
        if _COMMIT.match(commit) and snapshot.is_dir() and _inside(snapshot, snapshots):
            return snapshot
        return None  # a ref that is not a commit hash, or a snapshot outside the cache: not followed
    try:
        candidates = [p for p in snapshots.iterdir() if _COMMIT.match(p.name) and p.is_dir() and not p.is_symlink()]
    except OSError:
        return None
    return max(candidates, key=lambda p: p.stat().st_mtime, default=None)


def _has_texts(directory: Path) -> bool:
    from openlint.text.read import license_files

    return bool(license_files(directory))


def locate(name: str, kind: str, online: bool) -> Located:
    """The cache first; the Hub only with `online` and only for what the cache lacks (card, licenses)."""
    directory = cached(name, kind)
    if directory is not None and (not online or _has_texts(directory)):
        return Located(directory, CACHE)
    if not online:
        return Located(None, CACHE, "not in the local Hugging Face cache")
    if not is_hub_id(name):
        return Located(None, HUB, "not a valid Hub id")
    from openlint.sources import hub  # network code is imported only when online is on

    try:
        return Located(hub.fetch(name, kind), HUB)
    except hub.HubUnavailable as exc:
        if directory is not None:  # what the cache has is still better than nothing
            return Located(directory, CACHE)
        return Located(None, HUB, exc.reason)
