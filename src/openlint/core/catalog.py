"""The license catalog: one TOML file per license under ``rules/licenses/``."""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args

from openlint import safetoml
from openlint._data import data_dir
from openlint.core.obligations import Obligation, Source
from openlint.errors import CatalogError

if TYPE_CHECKING:
    from pydantic import ValidationError

Family = Literal[
    "llama",
    "gemma",
    "qwen",
    "deepseek",
    "rail",
    "stability",
    "apple",
    "hunyuan",
    "mistral",
    "nvidia",
    "databricks",
    "falcon",
    "grok",
    "ai-research",
    "ai-other",
    "permissive",
    "weak-copyleft",
    "copyleft",
    "network-copyleft",
    "creative-commons",
    "open-data",
    "public-domain",
    "use-policy",
]


_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.+_-]*$")
_FAMILIES = frozenset(get_args(Family))


@dataclass(frozen=True, kw_only=True, slots=True)
class LicenseEntry:
    """A catalogued license (or a document it incorporates, such as a use policy)."""

    id: str
    name: str
    spdx: str | None = None  # SPDX id or LicenseRef- key
    other_spdx: tuple[str, ...] = ()
    family: Family
    document_type: Literal["license", "use-policy"] = "license"
    osi_approved: bool
    ai_model_license: bool
    version: str | None = None
    url: str | None = None
    hf_tags: tuple[str, ...] = ()
    scancode_keys: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    incorporates: tuple[str, ...] = ()  # catalog ids of documents incorporated by reference
    summary: str
    text_in_corpus: str | None = None  # file under shared/corpus/licenses/ this entry was checked against
    obligations: tuple[Obligation, ...] = ()
    # False when the text could not be verified and only some obligations are listed.
    obligations_complete: bool = True

    def __post_init__(self) -> None:
        if not _ID.match(self.id):
            raise ValueError(f"id '{self.id}' must be letters, digits and . + _ - (starting with a letter or digit)")
        if self.family not in _FAMILIES:
            raise ValueError(f"unknown family '{self.family}'")


LicenseEntry.__pydantic_config__ = {"extra": "forbid"}  # type: ignore[attr-defined]


def _format_validation_error(path: Path, error: ValidationError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(p) for p in item["loc"]) or "<entry>"
        message = "unknown field" if item["type"] == "unexpected_keyword_argument" else item["msg"]
        parts.append(f"{where}: {message}")
    return f"{path}: " + "; ".join(parts)


def _validate(raw: dict[str, Any], path: Path) -> LicenseEntry:
    from pydantic import TypeAdapter, ValidationError

    try:
        return TypeAdapter(LicenseEntry).validate_python(raw)
    except ValidationError as exc:
        raise CatalogError(_format_validation_error(path, exc)) from None


def _tuples(raw: dict[str, Any], skip: str = "") -> dict[str, Any]:
    return {key: tuple(value) if isinstance(value, list) else value for key, value in raw.items() if key != skip}


def _construct(raw: dict[str, Any]) -> LicenseEntry:
    """Build a shipped entry without pydantic (tests validate every shipped file with it)."""
    data = _tuples(raw)
    data["obligations"] = tuple(
        Obligation(source=Source(**ob["source"]), **_tuples(ob, skip="source")) for ob in raw.get("obligations", ())
    )
    return LicenseEntry(**data)


def load_entry(path: Path, trusted: bool = False) -> LicenseEntry:
    """Load and validate one catalog file, naming the file and field on error. `trusted` (openlint's
    own files) skips pydantic when the entry builds cleanly; any problem is reported by pydantic."""
    try:
        from openlint import safeio

        text = safeio.read_text(path, safeio.RULES, errors="strict")
        raw = tomllib.loads(text) if trusted else safetoml.loads(text)
    except (OSError, ValueError) as exc:
        raise CatalogError(f"{path}: {exc}") from None
    except (RecursionError, MemoryError):
        raise CatalogError(f"{path}: nested too deeply to read") from None
    entry: LicenseEntry | None = None
    if trusted:
        try:
            entry = _construct(raw)
        except (TypeError, ValueError, KeyError):
            entry = None
    if entry is None:
        entry = _validate(raw, path)
    if path.stem != entry.id:
        raise CatalogError(f"{path}: id '{entry.id}' must match the file name '{path.stem}'")
    return entry


class Catalog(Mapping[str, LicenseEntry]):
    """Catalog entries by id. The shipped catalog loads each file on first use (start-up matters in
    pre-commit hooks); `from_directory` loads and cross-checks everything eagerly."""

    def __init__(self, entries: dict[str, LicenseEntry], files: dict[str, Path] | None = None) -> None:
        self._entries = dict(entries)
        self._files = dict(files or {})
        self.name_index: dict[str, object] | None = None  # precomputed resolver index, if shipped
        if not self._files:
            self._check_references()

    def _check_references(self) -> None:
        for entry in self._entries.values():
            for ref in entry.incorporates:
                if ref not in self._entries:
                    raise CatalogError(f"{entry.id}: incorporates unknown entry '{ref}'")
            for ob in entry.obligations:
                if ob.source.document is not None and ob.source.document not in self._entries:
                    raise CatalogError(
                        f"{entry.id}: obligation {ob.kind} cites unknown document '{ob.source.document}'"
                    )

    @classmethod
    def from_directory(cls, directory: Path) -> Catalog:
        entries: dict[str, LicenseEntry] = {}
        files = sorted(directory.glob("*.toml"))
        if not files:
            raise CatalogError(f"{directory}: no license files found")
        for path in files:
            entry = load_entry(path)
            entries[entry.id] = entry
        return cls(entries)

    @classmethod
    def lazy(cls, directory: Path) -> Catalog:
        """Entries are read when first looked up; the resolver index comes from `_index.json`."""
        index_path = directory / INDEX_NAME
        try:
            from openlint import safeio

            index = json.loads(safeio.read_text(index_path, safeio.JSON, errors="strict"))
        except (OSError, ValueError, RecursionError):
            return cls.from_directory(directory)
        if index.get("format") != INDEX_FORMAT:
            return cls.from_directory(directory)
        catalog = cls({}, {entry_id: directory / f"{entry_id}.toml" for entry_id in index["ids"]})
        catalog.name_index = index
        return catalog

    def extended(self, directories: list[Path]) -> Catalog:
        """This catalog plus an organisation's own entries; an id may not be redefined."""
        if not directories:
            return self
        entries = {key: self[key] for key in self}
        for directory in directories:
            if not directory.is_dir():
                raise CatalogError(f"{directory}: license directory not found")
            for entry in Catalog.from_directory(directory).values():
                if entry.id in entries:
                    raise CatalogError(f"{directory}: '{entry.id}' is already in the catalog")
                entries[entry.id] = entry
        return Catalog(entries)

    def with_entry(self, entry: LicenseEntry) -> Catalog:
        """This catalog plus one entry built at run time (e.g. terms read from a LICENSE file)."""
        return Catalog({**{key: self[key] for key in self}, entry.id: entry})

    def __getitem__(self, key: str) -> LicenseEntry:
        entry = self._entries.get(key)
        if entry is None:
            path = self._files.get(key)
            if path is None:
                raise KeyError(key)
            entry = load_entry(path, trusted=True)
            self._entries[key] = entry
        return entry

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys([*self._files, *self._entries]))

    def __len__(self) -> int:
        return len(set(self._files) | set(self._entries))


INDEX_NAME = "_index.json"
INDEX_FORMAT = 1


@lru_cache(maxsize=1)
def default_catalog() -> Catalog:
    """The catalog shipped with openlint (loaded once per process)."""
    return Catalog.lazy(data_dir() / "licenses")
