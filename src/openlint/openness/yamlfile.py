"""Bounded, alias-free reading of the YAML evidence files openness accepts (MOT records, index files)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openlint.errors import OpenlintError

MAX_BYTES = 1_000_000


def read_yaml(path: Path, what: str) -> dict[str, Any]:
    """A YAML mapping from a regular file of at most MAX_BYTES, or a one-line error naming `what`."""
    from openlint import safeio
    from openlint.sources.yaml_load import load  # the one loader: no aliases, bounded

    try:
        raw = safeio.read_bytes(path, safeio.Cap(what, MAX_BYTES))  # regular files only, capped
        loaded = load(raw.decode("utf-8"))
    except safeio.InputRefused:
        raise
    except (OSError, UnicodeDecodeError) as exc:
        raise OpenlintError(f"{path}: cannot read YAML: {type(exc).__name__}") from None
    if loaded.at is not None:  # file:line:col, so an editor jumps to the error
        raise OpenlintError(f"{path}:{loaded.at[0]}:{loaded.at[1]}: {loaded.problem}")
    if loaded.problem is not None:
        raise OpenlintError(f"{path}: {loaded.problem}")
    if not isinstance(loaded.data, dict):
        raise OpenlintError(f"{path}: not {what}")
    return loaded.data
