"""The traced peak memory of reading a text, shared by the memory tests."""

from __future__ import annotations

import tracemalloc

from openlint.text.read import read_text


def traced_peak(text: str) -> int:
    """Peak bytes traced during a second reading of `text`: the first builds the process caches
    (fingerprints, compiled patterns, the references' sorted hashes), which the bound leaves out."""
    read_text(text, "LICENSE")
    tracemalloc.start()
    try:
        read_text(text, "LICENSE")
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
