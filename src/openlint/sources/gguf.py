"""The `general.*` metadata of a GGUF file (llama.cpp's format), read from its header only.

Bounded work whatever the file: at most MAX_HEADER_BYTES are read, strings and counts are capped, and
reading stops at the first key after the `general.*` block (llama.cpp and the gguf library write that
block first; the tokenizer's arrays that follow can hold hundreds of thousands of strings). Tensors are
never read, nothing is loaded or executed.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

MAGIC = b"GGUF"
MAX_HEADER_BYTES = 16 * 1024 * 1024
MAX_STRING = 1024 * 1024
MAX_KEYS = 10_000
MAX_ARRAY = 100_000
MAX_FILES = 3  # GGUF files tried per directory
# Value types of the GGUF specification: fixed sizes, then string (8) and array (9).
_FIXED = {0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?", 10: "Q", 11: "q", 12: "d"}
_STRING, _ARRAY = 8, 9

Value = str | int | float | bool | None


class _Truncated(Exception):
    """The header ends early, or claims more than the bounds allow."""


class _Reader:
    def __init__(self, handle: BinaryIO, endian: str, wide: bool) -> None:
        self.handle, self.endian, self.read_bytes = handle, endian, 0
        self.count = "Q" if wide else "I"  # GGUF v1 used 32-bit lengths and counts

    def take(self, size: int) -> bytes:
        self.read_bytes += size
        if self.read_bytes > MAX_HEADER_BYTES:
            raise _Truncated
        data = self.handle.read(size)
        if len(data) != size:
            raise _Truncated
        return data

    def number(self, code: str) -> int | float | bool:
        value: int | float | bool = struct.unpack(self.endian + code, self.take(struct.calcsize(code)))[0]
        return value

    def length(self) -> int:
        return int(self.number(self.count))

    def string(self) -> str:
        size = self.length()
        if size > MAX_STRING:
            raise _Truncated
        return self.take(size).decode("utf-8", errors="replace")

    def value(self, kind: int) -> Value:
        """A scalar or string value; arrays are skipped (None): no `general.*` key we use is one."""
        if kind in _FIXED:
            return self.number(_FIXED[kind])
        if kind == _STRING:
            return self.string()
        if kind == _ARRAY:
            item, count = int(self.number("I")), self.length()
            if count > MAX_ARRAY or item == _ARRAY:
                raise _Truncated
            if item in _FIXED:
                self.take(struct.calcsize(_FIXED[item]) * count)
            elif item == _STRING:
                for _ in range(count):
                    self.take(self.length())
            else:
                raise _Truncated
            return None
        raise _Truncated


def read_general(path: Path) -> dict[str, Value]:
    """`general.*` keys of a GGUF file with their scalar values; {} for anything that is not a
    readable GGUF header (wrong magic, truncated, over the bounds)."""
    out: dict[str, Value] = {}
    try:
        from openlint import safeio

        with safeio.open_regular(path) as handle:
            head = handle.read(8)
            if len(head) != 8 or head[:4] != MAGIC:
                return {}
            endian = "<"
            version = struct.unpack("<I", head[4:])[0]
            if version > 0xFFFF:  # a big-endian file: its version reads byte-swapped
                endian, version = ">", struct.unpack(">I", head[4:])[0]
            reader = _Reader(handle, endian, wide=version >= 2)
            reader.length()  # tensor count
            keys = min(reader.length(), MAX_KEYS)
            for _ in range(keys):
                key = reader.string()
                if not key.startswith("general.") and out:
                    break
                value = reader.value(int(reader.number("I")))
                if key.startswith("general.") and value is not None:
                    out[key] = value
    except (OSError, _Truncated, struct.error):
        return out
    return out


def directory_header(directory: Path) -> tuple[Path, dict[str, Value]] | None:
    """The first GGUF file in a directory (by name, of the first MAX_FILES) with a readable header, and
    its `general.*` metadata: quantizations of one model share it, and a bad header tries the next."""
    try:
        files = sorted(p for p in directory.glob("*.gguf") if p.is_file())
    except OSError:
        return None
    for path in files[:MAX_FILES]:
        meta = read_general(path)
        if meta:
            return path, meta
    return None


def hub_repo(url: object) -> str | None:
    """`org/name` from a Hugging Face model URL (`https://huggingface.co/org/name[/tree/main]`)."""
    if not isinstance(url, str):
        return None
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or parts.hostname not in ("huggingface.co", "www.huggingface.co", "hf.co"):
        return None
    path = [p for p in parts.path.split("/") if p]
    if len(path) < 2 or path[0] in ("datasets", "spaces", "models"):
        return None
    from openlint.sources.hub_ids import is_repo_id

    repo = f"{path[0]}/{path[1]}"
    return repo if is_repo_id(repo) else None
