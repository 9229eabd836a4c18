"""openlint's cited list of models served only through their producer's API (rules/openness/api-only.toml)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from openlint._data import data_dir


@dataclass(frozen=True)
class HostedFamily:
    family: str
    producers: tuple[str, ...]
    names: tuple[re.Pattern[str], ...]
    access: str
    source: str
    says: str
    require_producer: bool = False


def _key(text: str) -> str:
    return re.sub(r"[\s_]+", "-", text.strip().lower())


@lru_cache(maxsize=1)
def families() -> tuple[HostedFamily, ...]:
    with (data_dir() / "openness" / "api-only.toml").open("rb") as handle:
        doc = tomllib.load(handle)
    out: list[HostedFamily] = []
    for entry in doc.get("family", []):
        out.append(
            HostedFamily(
                family=str(entry["family"]),
                producers=tuple(_key(p) for p in entry["producers"]),
                names=tuple(re.compile(p) for p in entry["names"]),
                access=str(entry["access"]),
                source=str(entry["source"]),
                says=str(entry["says"]),
                require_producer=bool(entry.get("require_producer", False)),
            )
        )
    return tuple(out)


def lookup(name: str, producer: str | None = None) -> HostedFamily | None:
    """The hosted family a model name (or Hub id ORG/NAME) belongs to, if openlint's list has it."""
    if "/" in name and producer is None:
        producer, name = name.split("/", 1)
    key = _key(name.rsplit("/", 1)[-1])
    if len(key) > 200:
        return None
    makers = {_key(p) for p in re.split(r"[,;&]| and ", producer)} if producer else set()
    for fam in families():
        if makers and not makers & set(fam.producers):
            continue
        if not makers and fam.require_producer:
            continue
        if any(p.fullmatch(key) for p in fam.names):
            return fam
    return None
