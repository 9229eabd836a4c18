"""The one module that talks to the Hugging Face Hub (`--online` only): card and license texts, never weights.

Downloads go through huggingface_hub into the normal cache (HF_HOME / HF_HUB_CACHE), so the next
offline run finds them. The token is huggingface_hub's own (HF_TOKEN, or `hf auth login`): openlint
never reads, passes or prints it, and never echoes the Hub's error texts, only a reason it chose.
"""

from __future__ import annotations

from pathlib import Path

from openlint.core.model_files import LICENSE_FILE_PATTERNS, WEIGHT_GLOBS
from openlint.errors import OpenlintError
from openlint.sources.card import CARD_NAMES

# What the local readers use (model card, LICENSE / NOTICE / USE_POLICY texts), in any common case.
TEXT_PATTERNS = sorted({*LICENSE_FILE_PATTERNS, *CARD_NAMES, "license*", "licence*", "COPYING*", "USE_POLICY*"})
# Belt and braces: nothing that looks like weights, even if a pattern above happened to match it.
NEVER = WEIGHT_GLOBS

GATED = "gated: accept the terms on the Hub and set HF_TOKEN"
NOT_FOUND = "not found on the Hub (a private repository needs HF_TOKEN)"
NO_NETWORK = "network unavailable"


class HubUnavailable(OpenlintError):
    """The Hub could not provide a repository; `reason` says why in a few words."""

    def __init__(self, repo_id: str, reason: str) -> None:
        self.repo_id = repo_id
        self.reason = reason
        super().__init__(f"{repo_id}: cannot read from the Hugging Face Hub: {reason}")


def reason(exc: BaseException) -> str:
    """A short, token-free reason for a failed Hub request."""
    from huggingface_hub.errors import (
        GatedRepoError,
        HfHubHTTPError,
        HFValidationError,
        LocalEntryNotFoundError,
        OfflineModeIsEnabled,
        RepositoryNotFoundError,
        RevisionNotFoundError,
    )

    chain = [exc, exc.__cause__, exc.__context__]
    if any(isinstance(e, OfflineModeIsEnabled) for e in chain):
        return f"{NO_NETWORK} (HF_HUB_OFFLINE is set)"
    if isinstance(exc, HFValidationError):
        return "not a valid Hub id"
    if isinstance(exc, GatedRepoError):  # before RepositoryNotFoundError: it is a subclass
        return GATED
    if isinstance(exc, RepositoryNotFoundError | RevisionNotFoundError):
        return NOT_FOUND
    if isinstance(exc, HfHubHTTPError):
        status = getattr(getattr(exc, "response", None), "status_code", None)
        if status == 401:
            return "not authorised (HTTP 401): check HF_TOKEN"
        if status == 403:
            return GATED
        if status == 404:
            return NOT_FOUND
        return f"the Hub answered HTTP {status}" if status else f"Hub error ({type(exc).__name__})"
    if isinstance(exc, LocalEntryNotFoundError | ConnectionError | TimeoutError):
        return NO_NETWORK  # huggingface_hub's way of saying the Hub could not be reached
    return f"{NO_NETWORK} ({type(exc).__name__})"


def fetch(repo_id: str, kind: str = "model") -> Path:
    """The repository's card and license texts, downloaded into the HF cache: its snapshot folder."""
    from huggingface_hub import snapshot_download

    try:
        root = Path(snapshot_download(repo_id, repo_type=kind, allow_patterns=TEXT_PATTERNS, ignore_patterns=NEVER))
    except Exception as exc:  # any failure of the network or the Hub is a finding, never a traceback
        raise HubUnavailable(repo_id, reason(exc)) from None
    if not root.is_dir():  # nothing matched: no snapshot folder was written
        raise HubUnavailable(repo_id, "the Hub repository has no model card or license file")
    return root


def list_files(repo_id: str) -> list[str]:
    """Every file path of a model repository on the Hub (names only, nothing downloaded)."""
    from huggingface_hub import HfApi

    try:
        return sorted(HfApi().list_repo_files(repo_id))
    except Exception as exc:
        raise HubUnavailable(repo_id, reason(exc)) from None
