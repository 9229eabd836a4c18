"""Resolve the names people give licenses (SPDX, Hub tags, ScanCode keys, prose) to catalog entries."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from openlint.core.catalog import Catalog, LicenseEntry, default_catalog
from openlint.errors import UnknownLicenseError

MatchKind = Literal["id", "spdx", "hf_tag", "scancode", "alias", "loose"]
Status = Literal["catalogued", "uncatalogued", "ambiguous", "unspecified", "unknown", "missing"]

SCANCODE_PREFIX = "licenseref-scancode-"

# Hub tags naming a family of licenses, not one license; resolving them to a single
# member (license-expression maps `gpl` to GPL-1.0-or-later) would invent terms.
FAMILY_TAGS: dict[str, tuple[str, tuple[str, ...]]] = {
    "gpl": (
        "GNU General Public License family",
        ("GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only", "GPL-3.0-or-later"),
    ),
    "lgpl": (
        "GNU Lesser General Public License family",
        ("LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0-only", "LGPL-3.0-or-later"),
    ),
    "agpl": ("GNU Affero General Public License family", ("AGPL-3.0-only", "AGPL-3.0-or-later")),
    "gfdl": ("GNU Free Documentation License family", ("GFDL-1.3",)),
    "bsd": ("BSD license family", ("BSD-2-Clause", "BSD-3-Clause", "BSD-3-Clause-Clear", "BSD-4-Clause")),
    "cc": (
        "Creative Commons license family",
        ("CC0-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC-BY-ND-4.0", "CC-BY-NC-SA-4.0", "CC-BY-NC-ND-4.0"),
    ),
    "openrail": (
        "OpenRAIL license family",
        (
            "bigscience-openrail-m",
            "creativeml-openrail-m",
            "openrail++",
            "bigcode-openrail-m",
            "bigscience-bloom-rail-1.0",
        ),
    ),
}

# Hub tags that say no license is named at all.
UNSPECIFIED_TAGS: dict[str, str] = {
    "other": "the card says 'other': the terms are in the repository's LICENSE file or in license_name/license_link",
    "unknown": "the card says the license is unknown: treat the material as all rights reserved until clarified",
    "noassertion": "no license was asserted",
    "none": "no license was given: treat the material as all rights reserved",
}

_STOPWORDS = frozenset({"the", "license", "licence", "licensed", "agreement", "version", "v", "ver"})
_TOKEN = re.compile(r"[a-z]+|\d+(?:\.\d+)*")


def normalize(name: str) -> str:
    """Fold case, punctuation, stop-words and version spelling ('2' == '2.0' == 'v2.0')."""
    tokens: list[str] = []
    for token in _TOKEN.findall(name.lower()[:500]):
        if token in _STOPWORDS:
            continue
        if token[0].isdigit():
            token = re.sub(r"(?:\.0+)+$", "", token) or "0"
        tokens.append(token)
    return " ".join(tokens)


@dataclass(frozen=True)
class ResolvedLicense:
    """One license term resolved to what openlint knows about it."""

    query: str
    status: Status
    matched_by: MatchKind | None = None
    entry: LicenseEntry | None = None
    spdx: str | None = None
    exception: str | None = None
    candidates: tuple[str, ...] = ()
    note: str | None = None

    @property
    def id(self) -> str:
        if self.entry is not None:
            return self.entry.id
        return self.spdx or self.query


@dataclass
class _Index:
    exact: dict[str, tuple[str, MatchKind]] = field(default_factory=dict)
    loose: dict[str, set[str]] = field(default_factory=dict)


def _add(index: _Index, key: str, entry_id: str, how: MatchKind) -> None:
    index.exact.setdefault(key.lower(), (entry_id, how))
    index.loose.setdefault(normalize(key), set()).add(entry_id)


def _build_index(catalog: Catalog) -> _Index:
    index = _Index()
    # Pass by precedence so an id always beats somebody else's alias.
    for entry in catalog.values():
        _add(index, entry.id, entry.id, "id")
    for entry in catalog.values():
        for spdx in (entry.spdx, *entry.other_spdx):
            if spdx:
                _add(index, spdx, entry.id, "scancode" if spdx.lower().startswith(SCANCODE_PREFIX) else "spdx")
        for tag in entry.hf_tags:
            _add(index, tag, entry.id, "hf_tag")
        for key in entry.scancode_keys:
            _add(index, key, entry.id, "scancode")
            _add(index, "LicenseRef-scancode-" + key, entry.id, "scancode")
    for entry in catalog.values():
        for name in (entry.name, *entry.aliases):
            _add(index, name, entry.id, "alias")
    return index


# Indexes by catalog identity; the catalog is kept alive beside its index.
_INDEXES: dict[int, tuple[Catalog, _Index]] = {}


def index_to_json(index: _Index) -> dict[str, object]:
    return {
        "exact": {key: list(value) for key, value in sorted(index.exact.items())},
        "loose": {key: sorted(ids) for key, ids in sorted(index.loose.items())},
    }


def _from_json(data: dict[str, Any]) -> _Index:
    return _Index(
        exact={key: (value[0], value[1]) for key, value in data["exact"].items()},
        loose={key: set(ids) for key, ids in data["loose"].items()},
    )


def build_index(catalog: Catalog) -> _Index:
    return _build_index(catalog)


def _index(catalog: Catalog) -> _Index:
    cached = _INDEXES.get(id(catalog))
    if cached is None or cached[0] is not catalog:
        shipped = catalog.name_index
        cached = (catalog, _from_json(shipped) if shipped is not None else _build_index(catalog))
        _INDEXES[id(catalog)] = cached
    return cached[1]


@lru_cache(maxsize=1)
def _spdx_symbols() -> dict[str, str]:
    """Lower-cased SPDX/ScanCode keys license-expression knows, mapped to their spelling."""
    from license_expression import get_license_index

    known: dict[str, str] = {}
    for item in get_license_index():
        for key in (item.get("spdx_license_key"), *(item.get("other_spdx_license_keys") or [])):
            if key:
                known.setdefault(key.lower(), key)
        known.setdefault(SCANCODE_PREFIX + item["license_key"].lower(), "LicenseRef-scancode-" + item["license_key"])
    return known


def resolve_name(name: str, catalog: Catalog | None = None) -> ResolvedLicense:
    """Resolve one license name (no AND/OR); raise UnknownLicenseError with suggestions."""
    catalog = catalog if catalog is not None else default_catalog()
    query = name.strip()
    if not query:
        raise UnknownLicenseError(name, [])
    lowered = query.lower()
    if lowered in FAMILY_TAGS:
        label, members = FAMILY_TAGS[lowered]
        return ResolvedLicense(
            query=query,
            status="ambiguous",
            candidates=tuple(m for m in members if m in catalog),
            note=f"'{query}' names the {label}, not one license: name the exact license",
        )
    if lowered in UNSPECIFIED_TAGS:
        return ResolvedLicense(query=query, status="unspecified", note=UNSPECIFIED_TAGS[lowered])
    index = _index(catalog)
    hit = index.exact.get(lowered)
    if hit is not None:
        entry_id, how = hit
        return ResolvedLicense(query=query, status="catalogued", matched_by=how, entry=catalog[entry_id])
    loose = index.loose.get(normalize(query), set())
    if len(loose) == 1:
        (entry_id,) = loose
        return ResolvedLicense(query=query, status="catalogued", matched_by="loose", entry=catalog[entry_id])
    if len(loose) > 1:
        return ResolvedLicense(
            query=query,
            status="ambiguous",
            candidates=tuple(sorted(loose)),
            note=f"'{query}' matches several licenses: name the exact one",
        )
    spdx = _spdx_symbols().get(lowered)
    if spdx is not None:
        return ResolvedLicense(
            query=query,
            status="uncatalogued",
            matched_by="spdx",
            spdx=spdx,
            note="a valid SPDX/ScanCode id that openlint's catalog does not describe yet: obligations unknown",
        )
    raise UnknownLicenseError(query, suggest(query, catalog))


# How close an unknown name must be to a known one to be suggested (difflib's ratio, 0..1): the whole
# folded name, and its first word (the licensor or family: `acme-x` is not `apache 2` however they align).
SUGGEST_CUTOFF = 0.8


def similarity(a: str, b: str) -> float:
    """difflib's ratio of two strings (1.0 for equal ones)."""
    import difflib  # only when a name is unknown

    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def close_enough(name: str, known: str) -> bool:
    """Two folded names (see `normalize`) are close: the whole names and their first words each reach
    SUGGEST_CUTOFF."""
    if not name or not known:
        return False
    if similarity(name, known) < SUGGEST_CUTOFF:
        return False
    return similarity(name.split(" ", 1)[0], known.split(" ", 1)[0]) >= SUGGEST_CUTOFF


def _close_keys(key: str, keys: list[str]) -> list[tuple[float, str]]:
    """(similarity, known key) of the keys close to `key`, with difflib's cheap upper bounds first."""
    import difflib

    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(key)
    out: list[tuple[float, str]] = []
    for known in keys:
        matcher.set_seq1(known)
        if matcher.real_quick_ratio() < SUGGEST_CUTOFF or matcher.quick_ratio() < SUGGEST_CUTOFF:
            continue
        score = matcher.ratio()
        if score >= SUGGEST_CUTOFF and close_enough(key, known):
            out.append((score, known))
    return out


def suggest(name: str, catalog: Catalog | None = None, limit: int = 5) -> list[str]:
    """Known license ids genuinely close to an unknown name (closest first), or none."""
    catalog = catalog if catalog is not None else default_catalog()
    index = _index(catalog)
    key = normalize(name)
    out: list[str] = []
    for _, match in sorted(_close_keys(key, [k for k in index.loose if k]), key=lambda pair: (-pair[0], pair[1])):
        for entry_id in sorted(index.loose[match]):
            if entry_id not in out:
                out.append(entry_id)
    return out[:limit]
