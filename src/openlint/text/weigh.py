"""Weigh what a document says of itself against what its wording resembles.

The shingle match says which reference a text resembles; the document's title says which license it
claims to be, and its licensor whose license it is. A title naming another license, or a licensor
other than the reference's, or a title naming the license as the base of its own ("Acme License (Apache 2.0
with additional provisions)"), makes the text unidentified (closest: that reference), never a wrong
licensor; a title naming a catalogued license that has no reference text identifies it. A text that
holds its reference only in part (changed wording) is that license with differences only when it
does not call itself something else: not under a license title of its own (an organisation's license
built on Apache's wording), and, when the reference names its licensor, only if the text names that
licensor or the license (a template copied bare is not the licensor's license that also used it).
"""

from __future__ import annotations

from openlint.core.catalog import Catalog, LicenseEntry
from openlint.text.fingerprints import Reference
from openlint.text.identify import KNOWN, SIMILAR, Identification, match_reference
from openlint.text.licensor import licensor_words
from openlint.text.normalize import Tokens
from openlint.text.titles import (
    LICENSE_WORD,
    MAX_TITLE,
    block_title_view,
    contradicts,
    distinctive,
    entry_words,
    exact_entry,
    front_title,
    leading_blocks,
    name_line,
    named_entry,
    names_entry,
    policy_of,
    title_block,
    title_view,
    words_of,
)

NAMES_READ = 200_000  # characters of a text searched for a name of its license (bounded work)
# A reference held (nearly) whole that explains under this share of the text is one part of it (an MIT section for the
# code before the model's own agreement); corpus and held-out texts identified by a reference score >= 0.43.
SMALL_PART = 0.25
# A reference held whole that explains at least this share of a text under a title of its own is most of it: the text is
# that license with additions (the title's own license is the reference plus a supplement), not another license.
MOSTLY = 0.5
SUPPLEMENT = frozenset({"supplement", "supplemental", "supplementary", "addendum", "rider"})
MAX_HEADINGS_READ = 400  # blocks looked at for another license's title
# A title naming a license as the base of one of its own ("Acme License (Apache 2.0 with additional provisions)",
# "Acme License, based on ..."): another license built on that one's wording, never that license. (A bare
# "Modified MIT License" names no license of its own: MIT with differences.)
MODIFIED = frozenset({"additional", "added", "supplemental", "supplementary", "based", "derived"})
# Words of such a title that name no license of its own ("with", "terms", "provisions"): a title of those and the
# base license's names alone is that license with differences
_QUALIFYING = MODIFIED | frozenset(
    {"modified", "provision", "provisions", "term", "terms", "clause", "clauses", "condition", "conditions"}
    | {"restriction", "restrictions", "addendum", "rider", "exception", "exceptions", "with", "by", "on", "the"}
    # a date under the title ("Version 1.2, Dec 2025")
    | {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
    | {"january", "february", "march", "april", "june", "july", "august", "september", "october", "november"}
    | {"december"}
)


def _title(text: str, catalog: Catalog) -> tuple[frozenset[str], str | None] | None:
    """The title's distinctive words and the catalog entry it names (None: no title to weigh)."""
    view = title_view(text)
    title = distinctive(view) if view is not None else None
    if view is not None and title:
        return title, _not_a_policy(catalog, title, named_entry(catalog, title, words_of(view)))
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
    named_id = _not_a_policy(catalog, title, named_id) if title else None
    return (title, named_id) if title and named_id is not None else None


def _not_a_policy(catalog: Catalog, title: frozenset[str], named_id: str | None) -> str | None:
    """The entry a title names, unless the title is a use policy's and the entry the license that incorporates it
    (a policy is another document: "Acme Open Model Acceptable Use Policy" is not the Acme Open Model License)."""
    return None if named_id is None or policy_of(catalog, title, named_id) else named_id


def other_licensor(text: str, entry: LicenseEntry, reference: Reference) -> bool:
    """Does the text name its licensor, and only licensors other than the reference's? A reference
    naming none (a template anyone applies, such as MIT) has no licensor to differ from."""
    licensor = reference.licensor
    if not licensor or not entry.ai_model_license:
        return False
    return _names_only_others(text, licensor | entry_words(entry))


def _names_only_others(text: str, known: frozenset[str]) -> bool:
    """Does the text name its licensor, and none of the names sharing a telling word with `known`?"""
    names = licensor_words(text)
    return bool(names) and all(not (name & known) for name in names)


def whole(identification: Identification) -> bool:
    """Does the text hold its best reference whole (every clause, nearly every shingle)?"""
    best = identification.best
    return best is not None and best.containment >= KNOWN and not identification.missing


def own_title(text: str) -> frozenset[str] | None:
    """The distinctive words of a license title under front matter ("Acme Non-Commercial Software
    License" after a copyright line and a note), when it is one: a license title, not a heading such
    as "Terms and Conditions"."""
    view = front_title(text)
    if view is None or not LICENSE_WORD.search(view):
        return None
    return distinctive(view) or None


def unsupported(text: str, entry: LicenseEntry, reference: Reference) -> bool:
    """Does a reference naming its licensor match a text naming neither that licensor nor the license?"""
    if not reference.licensor:
        return False  # a template anyone applies: its wording is all there is to name it by
    if any(name & reference.licensor for name in licensor_words(text)):
        return False
    return not names_entry(words_of(text[:NAMES_READ]), entry)


def _embeds(text: str, identification: Identification, entry: LicenseEntry) -> bool:
    return whole(identification) and names_entry(words_of(text[:NAMES_READ]), entry)


def _supplemented(text: str, identification: Identification, entry: LicenseEntry) -> bool:
    """Is a text under a title of its own that calls itself a supplement ("Kestrel Model License 1.0 / Mandatory
    Supplement: ...") the reference held whole, named, and most of the text (the licensor's supplement above the
    complete Apache-2.0 text that it incorporates)? That license with differences: the supplement's terms are the
    differences. (A title of its own that is no supplement, over terms of its own and a template "for the code", stays
    another license.)"""
    best = identification.best
    block = title_block(text)
    return (
        best is not None
        and best.coverage >= MOSTLY
        and block is not None
        and bool(words_of(block) & SUPPLEMENT)
        and _embeds(text, identification, entry)
    )


def weigh(
    text: str, tokens: Tokens, identification: Identification, catalog: Catalog
) -> tuple[Identification, LicenseEntry | None]:
    """The identification after weighing the document's title and licensor, and the catalogued
    license its title names when that has no reference text (then the text is known by its title)."""
    supplemented = False  # a title of its own over the reference held whole, most of the text
    found = _title(text, catalog)
    title, named_id = found if found is not None else (frozenset(), None)
    named = catalog.get(named_id) if named_id else None
    best = catalog.get(identification.license_id) if identification.license_id else None
    if _built_on(text, named or best):
        # the title names the license it is built on (closest: the reference its wording resembles)
        return Identification("unidentified", identification.best), None
    if best is not None and named is not None and named.id != best.id and named.text_in_corpus != best.text_in_corpus:
        # The title names another catalogued license: that one, if the text resembles its reference.
        other = match_reference(tokens, named.text_in_corpus) if named.text_in_corpus else None
        if other is not None and other.containment >= SIMILAR:
            identification, best = Identification("known-with-differences", other), named
        else:
            identification, best = Identification("unidentified", identification.best), None
    elif best is not None and title and contradicts(title, best) and not _wrapped_title_names(text, best):
        # names none of its names, or adds "research"; unless it is the reference whole with a supplement
        supplemented = _supplemented(text, identification, best)
        if not supplemented:
            identification, best = Identification("unidentified", identification.best), None
    if identification.verdict == "unidentified" and named is not None and not named.text_in_corpus:
        return identification, named
    match = identification.best
    if (
        best is not None
        and match is not None
        and match.containment >= KNOWN
        and match.coverage < SMALL_PART
        and _another_license_titled(text, best)
    ):
        # Two licenses in one file, the reference the small one (even under its own title): the text is not
        # that license alone.
        return Identification("unidentified", match), None
    if best is None or match is None or named is not None:
        return identification, None
    if other_licensor(text, best, match.reference):
        # Wording of one licensor's license under another's name: not that license.
        return Identification("unidentified", match), None
    # A license title of its own under front matter ("Acme Non-Commercial License" after a copyright
    # line): another license built on the reference's wording, unless the text holds the reference
    # whole and names it (a license embedding "the MIT License" under its own heading).
    own = own_title(text)
    if own is not None and contradicts(own, best) and not _embeds(text, identification, best):
        return Identification("unidentified", match), None
    if not whole(identification) and unsupported(text, best, match.reference):
        # Changed wording naming neither the reference's licensor nor the license.
        return Identification("unidentified", match), None
    if supplemented and identification.verdict == "known":
        # the supplement under the title of its own is what differs, however short: never the plain license
        return identification._replace(verdict="known-with-differences"), None
    return identification, None


def _wrapped_title_names(text: str, entry: LicenseEntry) -> bool:
    """Does the first block, read whole as a title, name `entry` where its first line did not (a title the
    wrap cut: "CONTRAT DE LICENCE DE LOGICIEL LIBRE" above "CeCILL")?"""
    view = block_title_view(text)
    words = distinctive(view) if view is not None else frozenset()
    return bool(words) and not contradicts(words, entry)


def _built_on(text: str, entry: LicenseEntry | None) -> bool:
    """Does the title block name `entry` as the base of a license of its own ("Acme License (Apache 2.0 with
    additional provisions)", "Acme License, based on the Apache License 2.0"), wrapped over lines or not: a word
    saying so, the entry named, and the title naming something besides it?"""
    block = title_block(text) if entry is not None else None
    if entry is None or block is None or not (words := words_of(block)) & MODIFIED or not names_entry(words, entry):
        return False
    own = distinctive(block) - entry_words(entry) - _QUALIFYING
    return any(word.isalpha() for word in own)


def _another_license_titled(text: str, entry: LicenseEntry) -> bool:
    """Does a block of the text (of the first MAX_HEADINGS_READ) read as the title of a license other than
    `entry`: short, no sentence, with "license" or "agreement" and a distinctive word naming none of the
    entry's names ("MOONSHINE AI COMMUNITY LICENSE AGREEMENT" after an MIT section)? Third-party notices
    ("Third-Party Licenses") are other licenses' texts, not the document's own."""
    for block in leading_blocks(text[:NAMES_READ], MAX_HEADINGS_READ):
        block = block.strip().strip("#*=-_ ").strip()
        if not block or len(block) > MAX_TITLE or not LICENSE_WORD.search(block.lower()):
            continue
        view = title_view(block)
        if view is None or "third" in view:
            continue
        title = distinctive(view)
        if title and contradicts(title, entry):
            return True
    return False


def body_differs(text: str, entry: LicenseEntry, kinds: set[str]) -> bool:
    """Is a text under an AI license's title (a catalogued entry with no reference text to compare)
    another licensor's text of its own? It names its licensor, none of them the entry's, and states
    fewer than half of the entry's kinds of duty: "BigScience OpenRAIL-M" over StarCode-bom's own
    four-clause grant. (A licensor applying a template states its duties; a bare title names it.)"""
    if not entry.ai_model_license:
        return False
    catalogued = {ob.kind for ob in entry.obligations}
    if 2 * len(catalogued & kinds) >= len(catalogued):
        return False
    return _names_only_others(text[:NAMES_READ], entry_words(entry))
