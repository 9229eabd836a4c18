"""Weigh what a document says of itself against what its wording resembles.

The shingle match says which reference a text resembles; the document's title says which license it
claims to be, and its licensor whose license it is. A title naming another license, or a licensor
other than the reference's, makes the text unidentified (closest: that reference), never a wrong
licensor; a title naming a catalogued license that has no reference text identifies it.
"""

from __future__ import annotations

from openlint.core.catalog import Catalog, LicenseEntry
from openlint.text.fingerprints import Reference
from openlint.text.identify import SIMILAR, Identification, match_reference
from openlint.text.licensor import licensor_words
from openlint.text.normalize import Tokens
from openlint.text.titles import (
    contradicts,
    distinctive,
    entry_words,
    exact_entry,
    front_title,
    name_line,
    named_entry,
    title_view,
    words_of,
)


def _title(text: str, catalog: Catalog) -> tuple[frozenset[str], str | None] | None:
    """The title's distinctive words and the catalog entry it names (None: no title to weigh)."""
    view = title_view(text)
    title = distinctive(view) if view is not None else None
    if view is not None and title:
        return title, named_entry(catalog, title, words_of(view))
    # A first line that is a catalogued name without 'license' in it (the Creative Commons legal
    # codes open with "Attribution-NonCommercial-ShareAlike 4.0 International").
    view = name_line(text)
    title = distinctive(view) if view is not None else None
    named_id = exact_entry(catalog, title) if title else None
    if title and named_id is not None:
        return title, named_id
    # A title under front matter ("X is licensed under ...", a copyright line): weighed only when it
    # names a catalogued license, as a later heading may be a section's.
    view = front_title(text)
    title = distinctive(view) if view is not None else None
    named_id = named_entry(catalog, title, words_of(view)) if view is not None and title else None
    return (title, named_id) if title and named_id is not None else None


def other_licensor(text: str, entry: LicenseEntry, reference: Reference) -> bool:
    """Does the text name its licensor, and only licensors other than the reference's? A reference
    naming none (a template anyone applies, such as MIT) has no licensor to differ from."""
    licensor = reference.licensor
    if not licensor or not entry.ai_model_license:
        return False
    names = licensor_words(text)
    if not names:
        return False
    known = licensor | entry_words(entry)
    return all(not (name & known) for name in names)


def weigh(
    text: str, tokens: Tokens, identification: Identification, catalog: Catalog
) -> tuple[Identification, LicenseEntry | None]:
    """The identification after weighing the document's title and licensor, and the catalogued
    license its title names when that has no reference text (then the text is known by its title)."""
    found = _title(text, catalog)
    title, named_id = found if found is not None else (frozenset(), None)
    named = catalog.get(named_id) if named_id else None
    best = catalog.get(identification.license_id) if identification.license_id else None
    if best is not None and named is not None and named.id != best.id and named.text_in_corpus != best.text_in_corpus:
        # The title names another catalogued license: that one, if the text resembles its reference.
        other = match_reference(tokens, named.text_in_corpus) if named.text_in_corpus else None
        if other is not None and other.containment >= SIMILAR:
            identification, best = Identification("known-with-differences", other), named
        else:
            identification, best = Identification("unidentified", identification.best), None
    elif best is not None and title and contradicts(title, best):  # names none of its names, or adds "research"
        identification, best = Identification("unidentified", identification.best), None
    if identification.verdict == "unidentified" and named is not None and not named.text_in_corpus:
        return identification, named
    match = identification.best
    if best is not None and match is not None and named is None and other_licensor(text, best, match.reference):
        # Wording of one licensor's license under another's name: not that license.
        identification = Identification("unidentified", match)
    return identification, None
