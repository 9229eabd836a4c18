"""What a document calls itself: its title, matched against the catalog's names.

The shingle match says which reference a text resembles; the title says which license it claims
to be. A text whose title names another licence (or no word of the match's names) is not that
license, however similar: Stability's SDXL 0.9 license reuses Meta's OPT wording, Qwen's research
license reuses the commercial one. A catalogued license without a reference text is known by its
title alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from openlint.core.catalog import Catalog, LicenseEntry
from openlint.text.programs import prebuilt
from openlint.text.view import Paragraph

MAX_TITLE = 160  # characters: a longer first block is prose, not a title
_CLAUSE = prebuilt(r"(?:\d+(?:\.\d+)*|[a-z]|[ivx]+)[.)]\s|\(")  # a numbered clause, not a title
_TITLE_WORD = prebuilt(r"\b(?:licen[cs]e|agreement|terms|policy)\b")
# A license's own title, not a section's; not a part of an address ("license.example.org/x").
LICENSE_WORD = prebuilt(r"(?<![\w./])(?:licen[cs]e|agreement)(?![\w/]|\.\w)")
_TOKEN = prebuilt(r"[a-z0-9][a-z0-9.+]*[a-z0-9+]|[a-z0-9]")
# Words every license title may carry; they name no licence.
GENERIC = frozenset(
    [
        "license",
        "licence",
        "licenses",
        "agreement",
        "agreements",
        "terms",
        "of",
        "the",
        "and",
        "for",
        "use",
        "used",
        "using",
        "version",
        "v",
        "model",
        "models",
        "community",
        "open",
        "source",
        "software",
        "public",
        "a",
        "an",
        "to",
        "in",
        "on",
        "by",
        "with",
        "this",
        "these",
        "date",
        "release",
        "released",
        "dated",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "copyright",
        "all",
        "rights",
        "reserved",
        "inc",
        "ltd",
        "llc",
        "co",
        "corporation",
        "limited",
        "ai",
        "http",
        "https",
        "www",
        "com",
        "org",
        "github",
        "huggingface",
    ]
)
# Words that change what a license allows: a title carrying one names another license than a
# match whose names lack it ("RESEARCH", "NON-COMMERCIAL").
QUALIFIERS = frozenset({"research", "commercial", "noncommercial", "evaluation", "academic", "enterprise", "personal"})
# Generic words that still say what kind of license it is: an "NVIDIA Source Code License" is not the
# "NVIDIA Open Model License", though both titles share only "nvidia" as a distinctive word.
KIND_WORDS = frozenset({"open", "source", "code", "model", "software"})


def kind_words(words: frozenset[str]) -> frozenset[str]:
    return frozenset("model" if w == "models" else w for w in words if w in KIND_WORDS or w == "models")


def words_of(text: str) -> frozenset[str]:
    tokens = set()
    folded = text.lower().replace("-", " ").replace("_", " ").replace("noncommercial", "non commercial")
    for token in _TOKEN.findall(folded):
        tokens.add(token.rstrip("."))
    return frozenset(tokens)


def distinctive(text: str) -> frozenset[str]:
    return frozenset(w for w in words_of(text) if w not in GENERIC)


def _bracketed_note(view: str) -> bool:
    """A line or block in brackets from its start to its end ("[For a copy of the original license, see
    <URL>]"), or to where a wrap cut it: a note above the title, not one ("[Model] License" is a title)."""
    return view.startswith("[") and "]" not in view[:-1]


_SPACE = prebuilt(r"\s*")


def _past_notes(text: str) -> int:
    """Where the text's first block starts that is not a bracketed note above the title ("[For a copy of the
    original license, see <URL>]" as a copy's first line, wrapped or not)."""
    start = len(text) - len(text.lstrip())
    for _ in range(FRONT_BLOCKS):
        gap = _first_gap(text, start)
        if gap is None or not _bracketed_note(Paragraph(text[start : gap.start()], 0).low.strip()):
            break
        space = _SPACE.match(text, gap.end())  # always matches (\s*)
        start = space.end() if space is not None else gap.end()
    return start


def _first_gap(text: str, start: int) -> re.Match[str] | None:
    """The first blank line (spaces or tabs on it too) within a title's reach of `start`, as blocks are split."""
    return _BLOCK.search(text, start, start + 4 * MAX_TITLE)


def title_view(text: str) -> str | None:
    """The document's title: its first line, or its first block (a title wrapped over two lines),
    when short, without a sentence's end and with a word such as 'license' (bracketed notes above it
    passed over)."""
    block = _first_block(text)
    for candidate in (block.split("\n", 1)[0], block):
        view = _as_title(candidate)
        if view is not None:
            return view
    return None


def block_title_view(text: str) -> str | None:
    """The document's first block read whole as its title, when it is one: a title a wrap cut over two or
    three lines ("CONTRAT DE LICENCE DE LOGICIEL LIBRE\nCeCILL"), whose first line title_view takes."""
    return _as_title(_first_block(text))


def _first_block(text: str) -> str:
    start = _past_notes(text)
    gap = _first_gap(text, start)
    return text[start : gap.start() if gap is not None else start + 4 * MAX_TITLE]


def _as_title(candidate: str) -> str | None:
    if not candidate.strip() or len(candidate) > MAX_TITLE or candidate.count("\n") > 2:
        return None
    view = Paragraph(candidate, 0).low.strip()
    if view.endswith((".", ";", ":", ",")) or _CLAUSE.match(view) or not _TITLE_WORD.search(view):
        return None  # "Copyright (c) <year> <owner>" opens many texts; it is no title
    return None if _bracketed_note(view) else view


def title_block(text: str) -> str | None:
    """The first block a title is read from (its first line may be the title, a wrap cutting it), when short."""
    start = _past_notes(text)
    gap = _first_gap(text, start)
    return text[start : gap.start()] if gap is not None else None


_BLOCK = prebuilt(r"\n[ \t]*\n")


def leading_blocks(text: str, count: int) -> Iterator[str]:
    """The text's first `count` blocks (parts between blank lines), as `_BLOCK.split` gives them, found lazily:
    the rest of the text is neither searched nor copied."""
    start = given = 0
    for gap in _BLOCK.finditer(text):
        if given >= count:
            return
        yield text[start : gap.start()]
        given += 1
        start = gap.end()
    if given < count:
        yield text[start:]


# A rule under a heading ("Title\n-----") underlines it; it is not a word of it.
_RULE_BELOW = prebuilt(r"\n[ \t]*[-=_*~#]{3,}[ \t]*$")
FRONT_BLOCKS = 4  # blocks of front matter a title may follow
FRONT_LINES = 3  # front matter is short: a copyright line, a rule, a sentence saying what it covers
TITLE_WRAP = 40  # characters: a title's lines are at most as many as wrapping it this narrow makes
_SENTENCE_END = prebuilt(r"[.!?](?:\s|$)")


def front_title(text: str) -> str | None:
    """A title after the lines a copied license often gets on top of its own title (a sentence
    saying what is licensed under it, a copyright line, a rule of dashes): the first short block
    that reads as a title, when every block before it is short. Both are measured so that re-wrapping
    changes neither: a title by its characters (its lines only as many as wrapping them makes), front
    matter by its characters and sentences."""
    start = len(text) - len(text.lstrip())
    head = text[start : start + FRONT_BLOCKS * 3 * MAX_TITLE]
    for block in leading_blocks(head, FRONT_BLOCKS):
        block = _RULE_BELOW.sub("", block.strip())
        lines = block.count("\n") + 1
        if len(block) <= MAX_TITLE and lines <= max(2, len(block) // TITLE_WRAP + 1):
            view = Paragraph(block, 0).low.strip()
            sentence = view.endswith((".", ";", ":", ",")) or _CLAUSE.match(view) or _bracketed_note(view)
            if view and not sentence and _TITLE_WORD.search(view):
                return view
        if len(_SENTENCE_END.findall(block)) > FRONT_LINES or len(block) > FRONT_LINES * MAX_TITLE:
            return None  # the license's body: no title above it
    return None


def name_line(text: str) -> str | None:
    """The document's first block (a line, or two when wrapped) when it may be a bare license name
    without a word such as 'license' ("Attribution-NonCommercial-ShareAlike 4.0 International"):
    short, no sentence."""
    start = len(text) - len(text.lstrip())
    head = text[start : start + MAX_TITLE + 1]
    block = head.split("\n\n", 1)[0]  # a name wrapped over two lines
    if not block.strip() or len(block) > MAX_TITLE or block.count("\n") > 1:
        return None
    view = Paragraph(block, 0).low.strip()
    if view.endswith((".", ";", ":", ",")) or _CLAUSE.match(view) or _bracketed_note(view):
        return None
    # Words in another script are not read as words: "源2.0模型许可协议" is not "2.0".
    if not any(ch.isalpha() for ch in view) or any(ch.isalpha() and not ch.isascii() for ch in view):
        return None
    return view


def exact_entry(catalog: Catalog, title: frozenset[str]) -> str | None:
    """The catalog entry one of whose names has exactly the title's distinctive words (a bare name
    says nothing else, so nothing else may be in it)."""
    if not any(ch.isalpha() for word in title for ch in word):  # a version alone names nothing
        return None
    return next((entry_id for found, entry_id in _names(catalog) if found == title), None)


def _names(catalog: Catalog) -> list[tuple[frozenset[str], str]]:
    """(distinctive words, entry id) for every name, alias and id in the catalog (cached on it)."""
    cached: list[tuple[frozenset[str], str]] | None = getattr(catalog, "_title_names", None)
    if cached is not None:
        return cached
    index: dict[str, Any] | None = getattr(catalog, "name_index", None)
    if index is not None:
        pairs = [(key, value[0]) for key, value in index["exact"].items() if value[1] in ("alias", "id")]
    else:
        pairs = [(name, e.id) for e in catalog.values() for name in (e.name, *e.aliases, e.id)]
    # a name whose distinctive words are only a version ("Open Licence 2.0") names nothing in a title
    names = [(found, entry_id) for name, entry_id in pairs if _alphabetic(found := distinctive(name))]
    setattr(catalog, "_title_names", names)  # noqa: B010 (a plain attribute on the catalog object)
    return names


def _alphabetic(words: frozenset[str]) -> bool:
    return any(ch.isalpha() for word in words for ch in word)


# Distinctive words of a use policy's title ("Acme Acceptable Use Policy", "Acme AUP", "Prohibited Uses"): a policy a
# license incorporates is another document than that license.
POLICY_WORDS = frozenset({"policy", "policies", "aup", "acceptable", "prohibited"})


def named_entry(catalog: Catalog, title: frozenset[str], title_all: frozenset[str] | None = None) -> str | None:
    """The catalog entry the title names: all distinctive words of one of its names are in the
    title, and (among several) the most specific such name. Given the title's words (`title_all`),
    the kind of license must agree too: the name's kind words ('open model') are in the title and
    the title's ('source code') are among the entry's names."""
    best: tuple[int, str] | None = None
    for found, entry_id in _names(catalog):
        if found <= title and (best is None or len(found) > best[0]):
            if title_all is not None and not _same_kind(catalog, entry_id, title_all):
                continue
            best = (len(found), entry_id)
    return best[1] if best else None


def policy_of(catalog: Catalog, title: frozenset[str], entry_id: str) -> bool:
    """Is a title with these distinctive words a use policy's ("Acme Open Model Acceptable Use Policy", "Acme AUP")
    and the entry it names no policy: the policy a license incorporates, not that license?"""
    entry = catalog.get(entry_id)
    if entry is None or not title & POLICY_WORDS:
        return False
    return not any(words_of(name) & POLICY_WORDS for name in (entry.name, *entry.aliases, entry.id))


def _same_kind(catalog: Catalog, entry_id: str, title_all: frozenset[str]) -> bool:
    entry = catalog.get(entry_id)
    if entry is None:
        return True
    names = [words_of(name) for name in (entry.name, *entry.aliases)]
    title_kinds = kind_words(title_all)
    entry_kinds = frozenset().union(*(kind_words(n) for n in names))
    return title_kinds <= entry_kinds and any(kind_words(n) <= title_kinds for n in names)


def entry_words(entry: LicenseEntry) -> frozenset[str]:
    parts = [entry.name, entry.id, entry.family, *entry.aliases, entry.url or "", *entry.hf_tags]
    return frozenset().union(*(words_of(part) for part in parts))


def contradicts(title: frozenset[str], entry: LicenseEntry) -> bool:
    """Does the title name something else than `entry`? No distinctive word in common, or a
    qualifier ('research') the entry's names lack."""
    known = entry_words(entry)
    if not title & known:
        return True
    if any(word in QUALIFIERS and word not in known for word in title):
        return True
    # An AI-model license's title with a word of its own that the entry lacks ("ACME Open RAIL-M") and
    # none of the entry's names whole in it: a sibling license's, not this one's (a number, such as a
    # year, names nothing). Not for the general licenses: a CeCILL text is titled in French.
    own = [word for word in title - known if any(ch.isalpha() for ch in word)]
    return entry.ai_model_license and bool(own) and not _names_whole(entry, title)


def _names_whole(entry: LicenseEntry, title: frozenset[str]) -> bool:
    names = (entry.name, *entry.aliases, entry.id)
    return any((found := distinctive(name)) and found <= title for name in names)


def names_entry(words: frozenset[str], entry: LicenseEntry) -> bool:
    """Are all distinctive words of one of the entry's names among `words` (a name with a word
    besides a version: "Open Licence 2.0" names nothing)?"""
    names = (entry.name, *entry.aliases, entry.id)
    return any(_alphabetic(found := distinctive(name)) and found <= words for name in names)
