"""The licence a publisher releases a known Hub id under (rules/known-models.toml), offline.

A config or card that states another licence for such an id is contradicted by the publisher; a base model
that cannot be read (offline, not in the cache) still has its publisher's licence, so a derivative inherits it."""

from __future__ import annotations

import fnmatch
import tomllib
from functools import lru_cache
from typing import Any

from openlint._data import data_dir

__all__ = ["known_license"]


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, str], ...]:
    with (data_dir() / "known-models.toml").open("rb") as handle:
        raw: dict[str, Any] = tomllib.load(handle)
    return tuple((str(row["pattern"]).lower(), str(row["license"])) for row in raw.get("ids", ()))


def known_license(model_id: str | None) -> str | None:
    """The catalog id of the licence `model_id` (`owner/name`) is published under, or None when unknown."""
    if not model_id or "/" not in model_id:
        return None
    key = model_id.strip().lower()
    for pattern, license_id in _table():
        if fnmatch.fnmatchcase(key, pattern):
            return license_id
    return None
