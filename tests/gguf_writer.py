"""GGUF files written by the specification (header and metadata only), for tests that read them."""

from __future__ import annotations

import struct

Meta = list[tuple[str, object]]


def string(text: str, endian: str = "<", wide: bool = True) -> bytes:
    data = text.encode("utf-8")
    return struct.pack(endian + ("Q" if wide else "I"), len(data)) + data


def _value(value: object, endian: str, wide: bool) -> bytes:
    """Type tag and payload, as the GGUF specification lays them out."""
    if isinstance(value, bool):
        return struct.pack(endian + "I?", 7, value)
    if isinstance(value, int):
        return struct.pack(endian + "II", 4, value)
    if isinstance(value, float):
        return struct.pack(endian + "If", 6, value)
    if isinstance(value, str):
        return struct.pack(endian + "I", 8) + string(value, endian, wide)
    assert isinstance(value, list)
    head = struct.pack(endian + "II", 9, 8) + struct.pack(endian + ("Q" if wide else "I"), len(value))
    return head + b"".join(string(str(v), endian, wide) for v in value)


def gguf(meta: Meta, version: int = 3, endian: str = "<") -> bytes:
    wide = version >= 2
    count = "Q" if wide else "I"
    out = b"GGUF" + struct.pack(endian + "I", version) + struct.pack(endian + count + count, 0, len(meta))
    for key, value in meta:
        out += string(key, endian, wide) + _value(value, endian, wide)
    return out + b"\0" * 64  # tensor data that is never read
