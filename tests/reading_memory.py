"""The traced peak memory of reading a text, shared by the memory tests."""

from __future__ import annotations

import sys
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager

from openlint.text.read import read_text


@contextmanager
def _coverage_paused() -> Iterator[None]:
    """Coverage measurement stopped, if a run measures it: its own records of lines and arcs are allocated while the
    reading runs, and the bound is on what reading costs, not on what the coverage tool keeps."""
    coverage = sys.modules.get("coverage")
    current = coverage.Coverage.current() if coverage is not None else None
    if current is None:
        yield
        return
    current.stop()
    try:
        yield
    finally:
        current.start()


def traced_peak(text: str) -> int:
    """Peak bytes traced during a third reading of `text`: the first two build the process caches
    (fingerprints, compiled patterns, the references' sorted hashes; a cache's hit path first runs in the second
    reading), which the bound leaves out."""
    read_text(text, "LICENSE")
    read_text(text, "LICENSE")
    with _coverage_paused():
        tracemalloc.start()
        try:
            read_text(text, "LICENSE")
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
