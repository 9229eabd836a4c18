"""Locate the data shipped with openlint (rules/ in the repo, openlint/rules in a wheel)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def data_dir() -> Path:
    packaged = Path(__file__).parent / "rules"
    if packaged.is_dir():
        return packaged
    # Editable install or source checkout: src/openlint/ -> repo root.
    in_repo = Path(__file__).resolve().parents[2] / "rules"
    if in_repo.is_dir():
        return in_repo
    raise FileNotFoundError("openlint's rules/ data directory is missing from this installation")
