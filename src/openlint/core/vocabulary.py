"""The published vocabularies a use profile is checked against (rules/*.toml): territories (the one
territory table: codes, groups, and the names licence texts give places), use-case categories, model
classes, the scope conditions catalog obligations name, and the exchange-rate bands revenue caps in
another currency are decided through."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from openlint._data import data_dir


def _load(name: str) -> dict[str, Any]:
    with (data_dir() / name).open("rb") as handle:
        return tomllib.load(handle)


def _closest(value: str, choices: list[str]) -> list[str]:
    """Up to three near spellings, for an error message (difflib loaded only then)."""
    import difflib

    return difflib.get_close_matches(value, choices, n=3, cutoff=0.5)


@dataclass(frozen=True)
class Territories:
    codes: frozenset[str]
    groups: dict[str, frozenset[str]]  # group -> every member code (nested groups expanded)
    names: dict[str, str]
    mistakes: dict[str, str]
    prose: dict[str, tuple[str, ...]]  # a place as licence texts name it (lower case) -> its codes or groups

    def expand(self, codes: tuple[str, ...] | list[str]) -> frozenset[str]:
        out: set[str] = set()
        for code in codes:
            out |= self.groups.get(code, frozenset({code}))
        return frozenset(out)

    def groups_of(self, codes: frozenset[str]) -> list[str]:
        """The groups wholly or partly covered by `codes` (DE -> EU, EEA)."""
        return sorted(group for group, members in self.groups.items() if members & codes)


@lru_cache(maxsize=1)
def territories() -> Territories:
    import json

    countries = json.loads((data_dir() / "country-names.json").read_text(encoding="utf-8"))
    return territory_table(_load("territories.toml"), countries)


def territory_table(raw: dict[str, Any], countries: dict[str, Any] | None = None) -> Territories:
    """The table from territories.toml's data, with every country's names (country-names.json, generated
    from ISO 3166-1) under its curated `[prose]`; ValueError when a name stands for a code the table does not
    have (shipped data: a typo there would silently read a place as no territory at all)."""
    codes = frozenset(raw["codes"].split())
    groups: dict[str, frozenset[str]] = {}
    names: dict[str, str] = {}

    def members(name: str) -> frozenset[str]:
        if name not in groups:
            entry = raw["groups"][name]
            found = set(entry["members"])
            for inner in entry.get("includes", ()):
                found |= members(inner)
            groups[name] = frozenset(found)
            names[name] = entry["name"]
        return groups[name]

    for group in raw["groups"]:
        members(group)
    prose: dict[str, tuple[str, ...]] = {}
    if countries is not None:
        prose.update((name, (code,)) for name, code in countries.get("names", {}).items())
        prose.update((name, ()) for name in countries.get("not_countries", ()))  # "New Jersey" is not Jersey
    prose.update((name, tuple(places)) for name, places in raw.get("prose", {}).items())
    unknown = sorted({p for places in prose.values() for p in places} - codes - set(groups))
    if unknown:
        raise ValueError(f"territories.toml / country-names.json: names unknown codes {unknown}")
    return Territories(codes, groups, names, dict(raw.get("mistakes", {})), prose)


def check_territory(value: str, what: str, allow_groups: bool = True) -> str:
    """An upper-cased ISO 3166-1 alpha-2 code (or group), else ValueError naming the closest."""
    table = territories()
    code = value.strip().upper()
    if code in table.codes or (allow_groups and code in table.groups):
        return code
    if code in table.groups:
        hint = f"{what} is one country, not a group such as {code}"
    elif code in table.mistakes:
        hint = f"did you mean '{table.mistakes[code]}'?"
    else:
        valid = sorted(table.codes | (set(table.groups) if allow_groups else set()))
        close = _closest(code, valid)
        hint = f"closest: {', '.join(close)}" if close else "e.g. US, DE, FR, GB, JP"
    groups = f" or a group ({', '.join(sorted(table.groups))})" if allow_groups else ""
    raise ValueError(f"{what} '{value}' is not an ISO 3166-1 alpha-2 code{groups}; {hint}")


@dataclass(frozen=True)
class Category:
    name: str
    definition: str
    licenses: tuple[str, ...]
    text: tuple[str, ...] = ()  # the words by which a use ban in a licence text names the category
    generates: bool = False  # the use generates or disseminates content people see (disclosure duties, OL208)


@lru_cache(maxsize=1)
def use_cases() -> dict[str, Category]:
    raw = _load("use-cases.toml")
    return {
        name: Category(
            name,
            entry["definition"],
            tuple(entry.get("licenses", ())),
            tuple(entry.get("text", ())),
            entry.get("generates", False) is True,
        )
        for name, entry in raw["categories"].items()
    }


@lru_cache(maxsize=1)
def _category_words() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((c.name, re.compile("|".join(c.text))) for c in use_cases().values() if c.text)


def categories_named(text: str) -> list[str]:
    """The use-case categories a use ban read from a licence text names, by rules/use-cases.toml's `text`
    words (sorted; none when it names none)."""
    low = text[:4000].lower()  # a cited clause: bounded whatever the input
    return sorted(name for name, words in _category_words() if words.search(low))


@lru_cache(maxsize=1)
def model_classes() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Class -> (definition, the licence ban classes it falls in)."""
    return {name: (entry["definition"], tuple(entry["within"])) for name, entry in _classes().items()}


@lru_cache(maxsize=1)
def generative_classes() -> frozenset[str]:
    """The model classes that generate content (`generative = true`): a model of one can be made to
    perform similarly to a generative model (the distillation purpose test)."""
    return frozenset(name for name, entry in _classes().items() if entry["generative"] is True)


@lru_cache(maxsize=1)
def _classes() -> dict[str, Any]:
    """rules/model-classes.toml's classes, read once for both views of it."""
    classes: dict[str, Any] = _load("model-classes.toml")["classes"]
    return classes


@dataclass(frozen=True)
class Condition:
    name: str
    definition: str
    holds: str  # CEL over use/model
    undecided: str  # CEL: true when the facts it needs are not declared
    declare: str  # what to declare to decide it


@lru_cache(maxsize=1)
def conditions() -> dict[str, Condition]:
    raw = _load("conditions.toml")
    return {
        name: Condition(name, entry["definition"], entry["holds"], entry["undecided"], entry["declare"])
        for name, entry in raw["conditions"].items()
    }


def check_choice(value: str, choices: list[str] | set[str] | frozenset[str], what: str) -> str:
    """`value` if it is one of `choices`, else ValueError with the closest choices."""
    if value in choices:
        return value
    close = _closest(value, sorted(choices))
    hint = f"closest: {', '.join(close)}" if close else f"choose from: {', '.join(sorted(choices))}"
    raise ValueError(f"unknown {what} '{value}'; {hint}")


@lru_cache(maxsize=1)
def usd_per_unit() -> dict[str, tuple[float, float]]:
    """rules/currency-bands.toml: each currency's band of US dollars per unit, (low, high)."""
    return currency_bands(_load("currency-bands.toml"))


def currency_bands(raw: dict[str, Any]) -> dict[str, tuple[float, float]]:
    """The bands of a currency-bands table, checked: a band that is empty, negative or not a number would
    decide a cap wrongly, so the table is refused instead."""
    bands: dict[str, tuple[float, float]] = {}
    for code, band in raw.items():
        if len(code) != 3 or not code.isalpha() or not code.isupper():
            raise ValueError(f"currency-bands.toml: [{code}] is not a three-letter currency code in capitals")
        edges = [band.get(edge) if isinstance(band, dict) else None for edge in ("low", "high")]
        low, high = (float(x) if isinstance(x, (int, float)) and not isinstance(x, bool) else 0.0 for x in edges)
        if not 0 < low <= high:
            raise ValueError(f"currency-bands.toml: [{code}] needs numbers low and high with 0 < low <= high")
        bands[code] = (low, high)
    if bands.get("USD") != (1.0, 1.0):
        raise ValueError("currency-bands.toml: [USD] must be low = 1, high = 1")
    return bands
