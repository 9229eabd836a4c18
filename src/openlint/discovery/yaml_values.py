"""Values in the YAML files Python code reads: a Hydra config with its defaults list, an OmegaConf file.
Read with openlint.sources.yaml_load (no aliases, bounded depth and size), within a budget of files."""

from __future__ import annotations

import copy
from functools import lru_cache
from pathlib import Path
from typing import Any

from openlint.discovery.found import Value

MAX_FILE_BYTES = 1_000_000


def read_project_file(path: Path) -> str | None:
    """A project file Python code reads (a module, a YAML config): regular files only (a FIFO would
    block), within the cap; None when it cannot be read."""
    from openlint import safeio

    try:
        return safeio.read_text(path, safeio.Cap("project file", MAX_FILE_BYTES))
    except OSError:
        return None


def load_yaml(path: Path) -> Any:
    """A YAML file's data (None when unreadable, too large, malformed or using aliases); a copy, since
    the parse is cached per version of the file (every module of a Hydra project reads the same config)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return copy.deepcopy(_load_yaml(str(path), stat.st_mtime_ns, stat.st_size))


@lru_cache(maxsize=64)
def _load_yaml(path: str, mtime_ns: int, size: int) -> Any:
    text = read_project_file(Path(path))
    if text is None:
        return None
    from openlint.sources.yaml_load import load

    return load(text).data  # the one untrusted-YAML loader: no aliases, bounded depth and size


def hydra_config(directory: Path, name: str, budget: list[int]) -> dict[str, Any] | None:
    """A Hydra primary config with its `defaults` list applied (`- model: llama` reads model/llama.yaml
    under `model`); interpolations are left as they are."""
    stem = name.removesuffix(".yaml").removesuffix(".yml")
    data = budgeted_yaml(directory / f"{stem}.yaml", budget) or budgeted_yaml(directory / f"{stem}.yml", budget)
    if not isinstance(data, dict):
        return None
    merged: dict[str, Any] = {}
    sources: dict[str, Path] = {}
    for entry in data.get("defaults") or []:
        if isinstance(entry, dict) and len(entry) == 1:
            group, option = next(iter(entry.items()))
            group = str(group).removeprefix("override ").strip()
            if isinstance(option, str) and group not in ("_self_", "hydra") and not group.startswith("hydra/"):
                sub = budgeted_yaml(directory / group / f"{option}.yaml", budget)
                if isinstance(sub, dict):
                    sources[group.split("/")[0]] = directory / group / f"{option}.yaml"
                    slot = merged
                    for part in group.split("/"):
                        slot = slot.setdefault(part, {})
                    slot.update(sub)
        elif isinstance(entry, str) and entry != "_self_":
            sub = budgeted_yaml(directory / f"{entry}.yaml", budget)
            if isinstance(sub, dict):
                merged.update(sub)
    merged.update({k: v for k, v in data.items() if k != "defaults"})
    merged["__sources__"] = sources  # group -> the file its values came from
    return merged


def budgeted_yaml(path: Path, budget: list[int]) -> Any:
    if budget[0] <= 0:
        return None
    budget[0] -= 1
    return load_yaml(path)


def lookup(doc: dict[str, Any], chain: list[str]) -> Value | None:
    current: Any = doc
    for key in chain:
        if not isinstance(current, dict) or key not in current:
            return None
        current = current[key]
    if not isinstance(current, str) or "${" in current:
        return None
    source = doc.get("__sources__", {}).get(chain[0]) or doc.get("__source__", "YAML")
    dotted = ".".join(chain)
    return Value(current, (f"{dotted} in {source}",), f"Hydra / OmegaConf override {dotted}=...")
