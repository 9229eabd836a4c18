"""The one place sources/ reads a file: through openlint.safeio (regular files only, opened
non-blocking, bounded); a refused or unreadable file reads as None."""

from __future__ import annotations

import stat
from pathlib import Path

CARD_BYTES = 1_000_000  # a model card's metadata sits at its top; the rest is prose
SMALL_BYTES = 4_096  # refs/main and such


def read_bytes(path: Path, limit: int, what: str = "model metadata") -> bytes | None:
    """Up to `limit` bytes of a regular file (a FIFO, device or directory is refused without blocking),
    or None when it cannot be read."""
    from openlint.safeio import Cap, read_head

    try:
        return read_head(path, Cap(what, limit))[0]
    except (OSError, ValueError):  # safeio.InputRefused is an OSError
        return None


def read_text(path: Path, limit: int = CARD_BYTES) -> str | None:
    data = read_bytes(path, limit)
    return None if data is None else data.decode("utf-8", errors="replace")


def is_regular(path: Path) -> bool:
    """A regular file (following symlinks), without opening it."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except (OSError, ValueError):
        return False
