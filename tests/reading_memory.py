"""The traced peak memory of reading a text, shared by the memory tests."""

from __future__ import annotations

import tracemalloc

from openlint.text.read import read_text


def traced_peak(text: str) -> int:
    """Peak bytes traced during a third reading of `text`: the first two build the process caches
    (fingerprints, compiled patterns, the references' sorted hashes; a cache's hit path runs first in the second
    reading, and under coverage its first run records new arcs), which the bound leaves out."""
    read_text(text, "LICENSE")
    read_text(text, "LICENSE")
    tracemalloc.start()
    try:
        read_text(text, "LICENSE")
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
