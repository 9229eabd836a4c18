"""Text from model cards, LICENSE files and GGUF headers is written by strangers: before it reaches a
terminal, a job log or a Markdown summary, control characters (terminal escapes, carriage returns,
newlines that could forge an "ok" line) and bidirectional overrides are shown as escapes."""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

T = TypeVar("T")
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029"
_UNSAFE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{_BIDI}]")
_UNSAFE_KEEP_LINES = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_BIDI}]")  # keeps \t and \n


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """One line: every control character escaped, newlines and tabs included."""
    return _UNSAFE.sub(_escape, text)


def printable_lines(text: str) -> str:
    """A rendered document: its own newlines and tabs kept, every other control character escaped."""
    return _UNSAFE_KEEP_LINES.sub(_escape, text)


def printable_tree(value: T) -> T:
    """A copy of a report (dataclasses, tuples, lists, dicts) with every string made `printable`."""
    return _tree(value)  # type: ignore[no-any-return]


def _tree(value: Any) -> Any:
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, tuple):
        return tuple(_tree(v) for v in value)
    if isinstance(value, list):
        return [_tree(v) for v in value]
    if isinstance(value, dict):
        return {_tree(k): _tree(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _tree(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **changes)
    return value
