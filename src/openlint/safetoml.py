"""TOML from files a stranger may have written: tomllib behind a linear pre-scan of its limits.

tomllib recurses once per nesting level (RecursionError on deep arrays) and re-checks every prefix
of a dotted key (quadratic: a 40 KB `a.a.a...b = 1` runs for minutes). The pre-scan bounds both
before tomllib sees the text; integers over Python's digit limit become a ValueError like any error.
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

_SPECIAL = re.compile(r"[\"'#\[\]{}\n.]")
MAX_NESTING = 64  # arrays and inline tables inside one another
MAX_KEY_PARTS = 64  # parts of one dotted key or table header


class TomlLimitError(ValueError):
    """The text is over a structural limit (a ValueError, like tomllib's own decode errors)."""


def _check_limits(text: str) -> None:
    depth = 0
    dots = 0  # dots outside strings on this line that are not part of a number
    i, n = 0, len(text)
    while True:
        found = _SPECIAL.search(text, i)  # jump over ordinary characters
        if found is None:
            return
        i = found.start()
        c = text[i]
        if c in "\"'":
            triple = text.startswith(c * 3, i)
            quote = c * 3 if triple else c
            i += len(quote)
            while i < n and not text.startswith(quote, i):
                if c == '"' and text[i] == "\\":
                    i += 1
                elif text[i] == "\n" and not triple:
                    break
                i += 1
            i += len(quote)
            continue
        if c == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        if c in "[{":
            depth += 1
            if depth > MAX_NESTING:
                raise TomlLimitError(f"arrays or tables nested more than {MAX_NESTING} levels deep")
        elif c in "]}":
            depth = max(depth - 1, 0)
        elif c == "\n":
            dots = 0
        elif c == "." and not (0 < i < n - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()):
            dots += 1
            if dots >= MAX_KEY_PARTS:
                raise TomlLimitError(f"a dotted key with more than {MAX_KEY_PARTS} parts")
        i += 1


def loads(text: str) -> dict[str, Any]:
    """tomllib.loads within the limits above; every failure is a ValueError (TOMLDecodeError,
    TomlLimitError, or an integer over Python's digit limit)."""
    _check_limits(text)
    try:
        return tomllib.loads(text)
    except (RecursionError, MemoryError):
        raise TomlLimitError("nested too deeply to read") from None
