"""Re-wrapping a text without changing its words: what the reader must be invariant to (used by
tests/test_text_wrapping.py and benchmarks/text_quality.py)."""

from __future__ import annotations


def rewrap(text: str, width: int) -> str:
    """Only inserts line breaks: each line longer than `width` is broken at its last space that fits."""
    out: list[str] = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 1, width + 1)
            if cut <= 0 or not line[:cut].strip():
                cut = line.find(" ", width + 1)
                if cut == -1:
                    break
            out.append(line[:cut])
            line = line[cut + 1 :]
        out.append(line)
    return "\n".join(out)
