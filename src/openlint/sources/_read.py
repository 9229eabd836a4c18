"""The one place sources/ reads a file: regular files only, bounded. Swapped for openlint.safeio's
reader once it lands; every reader in this package goes through `read_bytes`."""

from __future__ import annotations

import os
import stat
from pathlib import Path

CARD_BYTES = 1_000_000  # a model card's metadata sits at its top; the rest is prose
SMALL_BYTES = 4_096  # refs/main and such


def read_bytes(path: Path, limit: int) -> bytes | None:
    """Up to `limit` bytes of a regular file (a FIFO, device or directory is refused without blocking),
    or None when it cannot be read."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except (OSError, ValueError):
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        chunks: list[bytes] = []
        left = limit
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 16))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(fd)


def read_text(path: Path, limit: int = CARD_BYTES) -> str | None:
    data = read_bytes(path, limit)
    return None if data is None else data.decode("utf-8", errors="replace")


def is_regular(path: Path) -> bool:
    """A regular file (following symlinks), without opening it."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except (OSError, ValueError):
        return False
