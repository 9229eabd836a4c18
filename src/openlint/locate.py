"""Where a Hub id's card and license texts are: the local Hugging Face cache, else (only when online) the Hub."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

CACHE = "local Hugging Face cache"
HUB = "Hugging Face Hub"


@dataclass(frozen=True)
class Located:
    directory: Path | None
    source: str
    problem: str | None = None  # why it could not be resolved (a short reason, for messages)


def cached(name: str, kind: str = "model") -> Path | None:
    """The snapshot in the local Hugging Face cache (HF_HOME / HF_HUB_CACHE); never the network."""
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import LocalEntryNotFoundError

    try:
        return Path(snapshot_download(name, repo_type=kind, local_files_only=True))
    except LocalEntryNotFoundError as exc:
        # A snapshot holding only some files (the card and licenses openlint fetched, or what a
        # library downloaded) is "incomplete" to huggingface_hub, but it is what we read.
        partial = getattr(exc, "snapshot_path", None)
        return Path(partial) if partial else None
    except (ValueError, OSError):
        return None


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
    from openlint import hub  # network code is imported only when online is on

    try:
        return Located(hub.fetch(name, kind), HUB)
    except hub.HubUnavailable as exc:
        if directory is not None:  # what the cache has is still better than nothing
            return Located(directory, CACHE)
        return Located(None, HUB, exc.reason)
