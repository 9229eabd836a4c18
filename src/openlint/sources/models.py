"""Where a declared model's license comes from: the config, its local directory, the HF cache or (online) the Hub.

The facts (card, the licence it states, licence texts, GGUF header, cache) come from openlint.sources;
this module only decides, for `check`, which of them names the model's terms."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openlint.core.catalog import Catalog, LicenseEntry
from openlint.core.config import Config, ModelDecl
from openlint.core.findings import Location
from openlint.sources.card import ModelCard, directory_card
from openlint.sources.license_text import LicenseText, gguf_license, shown_path
from openlint.sources.license_text import license_text as find_license_text
from openlint.sources.stated import stated_license

__all__ = ["ModelLicense", "license_text", "model_license"]

PROJECT_COPY = "the project's copy of the Hub repository"


@dataclass(frozen=True)
class ModelLicense:
    """A model and the license query found for it (None when nothing names one)."""

    label: str
    decl: ModelDecl
    query: str | None
    origin: str
    location: Location | None
    directory: Path | None = None
    problem: str | None = None
    text_license: LicenseEntry | None = None  # terms read from a LICENSE file no catalog entry matches
    card_problems: tuple[str, ...] = ()  # metadata values of the model card that could not be used
    text_note: str | None = None  # why the terms were read from a licence text instead of the card's tag
    text_unread: tuple[str, ...] = ()  # parts of that licence text that were not read (another language ...)
    upstream_texts: tuple[LicenseEntry, ...] = ()  # base models' licences read from texts: their terms
    # What contradicts the licence declared for the model: the model's own files against the config's
    # licence, or a known Hub id's publisher against either. The model is then checked under both (`query`
    # is their AND): a declaration never silently overrides the licensor's.
    contradictions: tuple[str, ...] = ()


def license_text(
    directory: Path, link: str | None = None, root: Path | None = None
) -> tuple[str | None, LicenseEntry | None, Location | None]:
    """The license a directory's licence text states: a catalog id, or an entry built from its text (its
    id made from the directory's path relative to `root`, the project)."""
    found = find_license_text(directory, link, root=root)
    if found is None:
        return None, None, None
    return found.query, found.entry, found.location


def _from_text(decl: ModelDecl, directory: Path, found: LicenseText, **extra: Any) -> ModelLicense:
    origin = "LICENSE text" if found.via != "license_link" else "LICENSE text (the card's license_link)"
    unread = tuple(f"{found.path.name} {note}" for note in found.unread)
    return ModelLicense(
        decl.label,
        decl,
        found.query,
        origin,
        found.location,
        directory,
        text_license=found.entry,
        text_unread=unread,
        **extra,
    )


def _license_file_or_gguf(
    decl: ModelDecl, directory: Path, link: str | None, root: Path, **extra: Any
) -> ModelLicense | None:
    found = find_license_text(directory, link, accept_unread=True, root=root)
    if found is not None:
        return _from_text(decl, directory, found, **extra)
    header = gguf_license(directory)
    if header is not None:
        return ModelLicense(decl.label, decl, header[0], "GGUF header general.license", header[1], directory, **extra)
    return None


def _config_location(config: Config, key: str) -> Location | None:
    if config.path is None:
        return None
    return Location(str(config.path), config.line_of(key))


def _catalog(config: Config) -> Catalog:
    from openlint.core.catalog import default_catalog

    catalog = default_catalog()
    if config.settings.licenses:
        catalog = catalog.extended([config.root / d for d in config.settings.licenses])
    return catalog


def _license_ids(query: str, catalog: Catalog) -> frozenset[str] | None:
    """The catalog ids a query names, or None when it does not resolve."""
    from openlint.core.explanation import explain
    from openlint.errors import OpenlintError

    try:
        return frozenset(lic.id for lic in explain(query, catalog).licenses)
    except OpenlintError:
        return None


def _unresolvable(query: str, config: Config) -> bool:
    """The card's tag names no licence openlint knows (so a licence text beside it must be read)."""
    return _license_ids(query, _catalog(config)) is None


def contradicts(declared: str, stated: str, config: Config) -> bool:
    """Whether `stated` (the licensor's word: a card, a licence file, a known Hub id) names terms the
    `declared` licence leaves out. Either not resolving is no contradiction (OL405 and OL403 speak for it);
    for an `OR` the licensor offers, choosing one of its licences is not one."""
    catalog = _catalog(config)  # an organisation's licence directories read once for both sides
    mine, theirs = _license_ids(declared, catalog), _license_ids(stated, catalog)
    if mine is None or theirs is None:
        return False
    if " or " in f" {stated.lower()} ":
        return not (mine & theirs)
    return not theirs <= mine


def _with_config_license(config: Config, decl: ModelDecl, declared: ModelLicense) -> ModelLicense:
    """A model the config gives a licence and a local path: the directory's own statement is read too.
    When it names other terms, the model is checked under both (never a silent override)."""
    assert decl.license is not None and decl.path is not None
    directory = (config.root / decl.path).resolve()
    if not directory.is_dir():
        return declared
    declared = dataclasses.replace(declared, directory=directory)
    found = _directory_license(config, decl, directory)
    if found is not None and found.contradictions and found.text_license is not None:
        # the card's own words restrict use where its tag does not: they bind whatever the config declares
        return dataclasses.replace(
            declared,
            query=f"({decl.license}) AND ({found.query})",
            origin=f"config + {found.origin}",
            text_license=found.text_license,
            contradictions=found.contradictions,
        )
    if found is None or found.query is None or found.problem is not None or found.text_license is not None:
        return declared  # nothing stated, or a text no catalog entry matches: the config names the terms
    if not contradicts(decl.license, found.query, config):
        return declared
    where = found.origin
    if found.location is not None:
        where = f"{found.origin} ({shown_path(Path(found.location.path), config.root)})"
    return dataclasses.replace(
        declared,
        query=f"({decl.license}) AND ({found.query})",
        origin=f"config + {found.origin}",
        contradictions=(f"the config says {decl.license}, the {where} says {found.query}",),
    )


def _with_publisher_license(config: Config, found: ModelLicense) -> ModelLicense:
    """A model whose Hub id openlint knows (rules/known-models.toml): a declared licence that leaves out
    the publisher's is contradicted, and the model is checked under both."""
    from openlint.sources.known_models import known_license

    published = known_license(found.decl.id)
    if published is None or found.query is None or not contradicts(found.query, published, config):
        return found
    said = found.decl.license if found.origin.startswith("config") else found.query
    who = "the config" if found.origin.startswith("config") else f"the {found.origin}"
    why = f"{who} says {said}, but {found.decl.id} is published under {published} (a known Hub id)"
    return dataclasses.replace(
        found,
        query=f"({found.query}) AND ({published})",
        origin=f"{found.origin} + the publisher's licence of {found.decl.id}",
        contradictions=(*found.contradictions, why),
    )


def _text_or_linked(config: Config, directory: Path, link: str | None) -> tuple[LicenseText | None, str]:
    """The directory's licence text (its `license_link` file, then its licence files); failing that, when
    `license_link` is a Hub URL into another model repository the project keeps a copy of or the local cache
    holds (a quantisation linking to its original's licence), that repository's licence text: the linked file
    when the copy has it, else the text its own licence search finds. With the why, for the note."""
    found = find_license_text(directory, link, accept_unread=True, root=config.root)
    if found is not None:
        return found, ""
    from openlint.sources.license_text import linked_repo

    repo = linked_repo(link)
    if repo is None:
        return None, ""
    from openlint.sources.hf_cache import cached
    from openlint.sources.project_copy import project_copy

    other = project_copy(repo, config) or cached(repo, "model")
    try:
        if other is None or other.resolve() == directory.resolve():
            return None, ""
    except (OSError, RuntimeError):
        return None, ""
    own = directory_card(other)
    their_link = stated_license(own.meta).link if own is not None else None
    for candidate in (link, their_link):
        found = find_license_text(other, candidate, accept_unread=True, root=config.root)
        if found is not None:
            return found, f" (the licence of {repo}, which its license_link names)"
    return None, ""


def _directory_license(config: Config, decl: ModelDecl, directory: Path) -> ModelLicense | None:
    card = directory_card(directory)
    if card is None:
        return _license_file_or_gguf(decl, directory, None, config.root)
    stated = stated_license(card.meta)
    problems = card.meta.problems
    if stated.query is None or stated.problem is not None:
        found, linked = _text_or_linked(config, directory, stated.link)
        if found is not None:
            why = "states no license" if stated.tag is None else f"says license: {stated.tag} without a license_name"
            note = f"the card {why}; its terms were read from {shown_path(found.path, config.root)}{linked}"
            return _from_text(decl, directory, found, card_problems=problems, text_note=note)
        other = _license_file_or_gguf(decl, directory, stated.link, config.root, card_problems=problems)
        if other is not None:
            return other
        own = _card_as_text(config, decl, directory, card, stated.tag or "", False, named=False)
        if own is not None:
            return own
    elif _unresolvable(stated.query, config):
        found, linked = _text_or_linked(config, directory, stated.link)
        if found is not None:
            what = f"license_name {stated.query!r}" if stated.unspecified else f"license tag {stated.query!r}"
            read_from = shown_path(found.path, config.root)
            note = f"the card's {what} is not a known license; its terms were read from {read_from}{linked}"
            return _from_text(decl, directory, found, card_problems=problems, text_note=note)
        own = _card_as_text(config, decl, directory, card, stated.query, stated.unspecified)
        if own is not None:
            return own
    location = Location(str(card.path), stated.line)
    tagged = ModelLicense(
        decl.label, decl, stated.query, "model card", location, directory, stated.problem, card_problems=problems
    )
    return _with_card_terms(config, tagged, card)


def _card_as_text(
    config: Config, decl: ModelDecl, directory: Path, card: ModelCard, query: str, unspecified: bool, named: bool = True
) -> ModelLicense | None:
    """A card whose tag names no licence openlint knows, with no licence text beside it, but whose own words state
    licence terms (its licence or terms section, its gated-access prompt, a sentence of its prose withholding a
    permission: "commercial use is allowed if your daily active users are under 1 million ... apply by e-mail"):
    those words are the licence text read, cited at the card's lines (OL414 says so). A card whose words state no
    term (a section only naming the licence, "see the license_link") is no text: the tag stays unknown (OL405)."""
    from openlint.sources.card_terms import card_terms, card_text_read

    terms = card_terms(card)  # once: the read and the prose lines it cites come from the same terms
    read = card_text_read(card, directory, config.root, terms)
    if read is None:
        return None
    prose = terms[1]
    lines = [ob.source.start_line or 0 for ob in read.entry.obligations] if read.entry is not None else []
    where = _where_stated(card, lines, prose)
    what = f"license_name {query!r}" if unspecified else f"license tag {query!r}"
    why = f"the card's {what} is not a known license" if named and query else "the card states no license it can use"
    shown = shown_path(card.path, config.root)
    note = f"{why}, and no licence text is beside it; its terms were read from the card's own {where} ({shown})"
    first = min((n for n in lines if n > 0), default=1)
    return ModelLicense(
        decl.label,
        decl,
        read.query,
        "model card's own terms",
        Location(str(card.path), first),
        directory,
        text_license=read.entry,
        card_problems=card.meta.problems,
        text_note=note,
    )


def _where_stated(card: ModelCard, lines: list[int], prose: frozenset[int]) -> str:
    """Which parts of the card the terms read at these lines stand in: its gated-access prompt (the front matter),
    a sentence of its prose, or its licence section ("licence section" when no line says)."""
    gated = card.meta.first_line + len(card.meta.lines) if card.meta.has_front_matter else 0
    seen = {"gated-access prompt" if 0 < n < gated else "prose" if n in prose else "licence section" for n in lines}
    order = ("gated-access prompt", "licence section", "prose")
    return " and ".join(place for place in order if place in seen) or "licence section"


def _with_card_terms(config: Config, found: ModelLicense, card: ModelCard) -> ModelLicense:
    """A card whose tag resolves, but whose own words (its gated-access prompt, its licence section, a "License:"
    field in its body, a sentence of its prose withholding a permission) state terms that restrict use where the
    tag's licence does not ("the model weights are released under CC BY-NC 4.0", "I agree to use this model for
    non-commercial research only", "- **License:** cc-by-nc-4.0", "the trained model can't be used in a commercial
    product"): the model is checked under both, and the contradiction is reported (OL416). Terms the tag's
    licence already has (a Llama card's gate quoting the Llama licence) are no contradiction."""
    from openlint.core.kinds import USE_RESTRICTING_KINDS
    from openlint.sources.card_terms import card_licence_fields, card_terms, might_restrict
    from openlint.sources.license_text import CARD_PART, read_license_text

    if found.query is None or found.problem is not None or found.directory is None:
        return found
    catalog = _catalog(config)
    tagged = _kinds(found.query, catalog)
    if tagged is None:
        return found
    parts: list[tuple[str, str, frozenset[str]]] = []  # (query, where it is stated, the kinds it adds)
    entry: LicenseEntry | None = None
    text, prose = card_terms(card)
    read = None
    if text is not None and might_restrict(text) and not _quotes_licence(text, found.query, catalog):
        read = read_license_text(text, card.path, found.directory, "model card", root=config.root, part=CARD_PART)
    if read is not None and read.query is not None:
        terms = catalog.with_entry(read.entry) if read.entry is not None else catalog
        stated = _kinds(read.query, terms)
        extra = (stated - tagged) & USE_RESTRICTING_KINDS if stated is not None else frozenset()
        if extra:
            obligations = read.entry.obligations if read.entry is not None else ()
            lines = [ob.source.start_line or 0 for ob in obligations if ob.kind in extra]
            if not lines and text is not None:  # a licence applied by name: where the card's words stand
                lines = [n for n, line in enumerate(text.split("\n"), 1) if line.strip()]
            parts.append((read.query, _where_stated(card, lines, prose), extra))
            entry = read.entry
    for value, line in card_licence_fields(card):
        stated = _kinds(value, catalog)
        extra = (stated - tagged) & USE_RESTRICTING_KINDS if stated is not None else frozenset()
        if extra and value not in {query for query, _, _ in parts}:
            parts.append((value, f"License field at line {line}", extra))
    if not parts:
        return found
    what = ", ".join(kind.replace("_", " ") for kind in sorted(frozenset().union(*(kinds for _, _, kinds in parts))))
    places = " and ".join(where for _, where, _ in parts)
    shown = shown_path(card.path, config.root)
    why = (
        f"the card's license tag says {found.query}, but its {places} ({shown}) adds terms the tag leaves out ({what})"
    )
    return dataclasses.replace(
        found,
        query=" AND ".join(f"({query})" for query in (found.query, *(query for query, _, _ in parts))),
        origin="model card + the terms it states",
        text_license=entry,
        contradictions=(*found.contradictions, why),
    )


QUOTED_LICENCE_CHARS = 6_000  # a card's own words longer than this may be a licence agreement quoted whole


def _quotes_licence(text: str, query: str, catalog: Catalog) -> bool:
    """A long text that names, near its start, the licence the tag states (a Llama card's gate quoting the Llama 3.1
    Community License Agreement whole): the tag's licence itself, not read again (reading it costs more than the
    rest of a check, and it can add no term the tag's licence lacks)."""
    from openlint.core.explanation import explain
    from openlint.errors import OpenlintError

    if len(text) - text.count(" ") - text.count("\n") <= QUOTED_LICENCE_CHARS:
        return False
    try:
        licences = explain(query, catalog).licenses
    except OpenlintError:
        return False
    head = " ".join(text[:4_000].split()).lower()
    names = {name.lower() for lic in licences if lic.entry is not None for name in (lic.entry.name, *lic.entry.aliases)}
    return any(name and name in head for name in names)


def _kinds(query: str, catalog: Catalog) -> frozenset[str] | None:
    """The kinds of obligation the licences a query names carry, or None when it does not resolve."""
    from openlint.core.explanation import explain
    from openlint.errors import OpenlintError

    try:
        licences = explain(query, catalog).licenses
    except OpenlintError:
        return None
    return frozenset(ob.kind for lic in licences if lic.entry is not None for ob in lic.entry.obligations)


def model_license(config: Config, index: int, decl: ModelDecl) -> ModelLicense:
    """The license query for one declared model, with the location that states it (and, for a Hub id
    openlint knows, its publisher's licence when the declared one leaves it out)."""
    return _with_publisher_license(config, _model_license(config, index, decl))


def _model_license(config: Config, index: int, decl: ModelDecl) -> ModelLicense:
    if decl.license:
        declared = ModelLicense(
            label=decl.label,
            decl=decl,
            query=decl.license,
            origin="config",
            location=_config_location(config, f"models.{index}.license") or _config_location(config, f"models.{index}"),
        )
        return _with_config_license(config, decl, declared) if decl.path else declared
    if decl.path:
        directory = (config.root / decl.path).resolve()
        at_path = _config_location(config, f"models.{index}.path")
        if not directory.is_dir():
            missing = f"model directory not found: {decl.path}"
            return ModelLicense(decl.label, decl, None, "path", at_path, problem=missing)
        found = _directory_license(config, decl, directory)
        if found is not None:
            return found
        nothing = "the model directory has no model card (README.md), LICENSE file or GGUF header naming a license"
        return ModelLicense(decl.label, decl, None, "path", at_path, directory, problem=nothing)
    problem = 'no license declared for this model (add license = "..." or a local path)'
    if decl.id:  # a Hub id alone: the project's copy of it, its card in the local cache, else (online) the Hub
        from openlint.sources.hf_cache import Located, locate
        from openlint.sources.project_copy import project_copy

        kept = project_copy(decl.id, config)
        located = Located(kept, PROJECT_COPY) if kept is not None else locate(decl.id, "model", config.settings.online)
        if located.directory is not None:
            found = _model_license(config, index, ModelDecl(id=decl.id, path=str(located.directory)))
            return dataclasses.replace(
                found,
                decl=decl,
                origin=f"{found.origin} ({located.source})",
                location=found.location or _config_location(config, f"models.{index}"),
            )
        if config.settings.online:
            problem = f"no license declared for this model, and the Hugging Face Hub could not say: {located.problem}"
    return ModelLicense(decl.label, decl, None, "config", _config_location(config, f"models.{index}"), problem=problem)
