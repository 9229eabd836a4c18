"""Licences read from a text beside a card (`license: other` + a LICENSE file, a `LicenseRef-text-...`
id no catalog holds) in pass 2 of `openlint audit`: the index keeps the terms pass 1 read, so the
card's derivatives are judged under them rather than under an unknown licence."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openlint.core.catalog import Catalog, LicenseEntry
    from openlint.sources.lineage import LineageFacts

TEXT_PREFIX = "LicenseRef-text-"  # the ids of licences read from texts (openlint.sources.license_text)
STORED = 4096  # parsed entries remembered (a popular base is looked up by each of its derivatives)


def read_terms(own: LicenseEntry | None, found: LineageFacts) -> tuple[LicenseEntry, ...]:
    """The entries of the licences read from texts that a card and its bases are under."""
    return found.terms if own is None else (own, *found.terms)


def read_catalog(terms: tuple[LicenseEntry, ...]) -> Catalog | None:
    """The shipped catalog plus these entries (None when there are none: the shipped catalog alone)."""
    if not terms:
        return None
    from openlint.core.catalog import default_catalog

    catalog = default_catalog()
    for entry in terms:
        if entry.id not in catalog:  # one id read twice (two folders of one name): the first text's terms
            catalog = catalog.with_entry(entry)
    return catalog


def terms_json(entry: LicenseEntry) -> str:
    """An entry as the index stores it."""
    from pydantic import TypeAdapter

    from openlint.core.catalog import LicenseEntry

    return TypeAdapter(LicenseEntry).dump_json(entry).decode()


@lru_cache(maxsize=STORED)
def stored_terms(stored: str, lic: str | None) -> LicenseEntry | None:
    """The entry a row stored, checked as any licence entry is and named as the row's licence; None
    when it is not (the file was edited)."""
    from pydantic import TypeAdapter, ValidationError

    from openlint.core.catalog import LicenseEntry

    try:
        entry = TypeAdapter(LicenseEntry).validate_json(stored)
    except (ValidationError, ValueError, RecursionError):
        return None
    return entry if entry.id == lic and entry.id.startswith(TEXT_PREFIX) else None
