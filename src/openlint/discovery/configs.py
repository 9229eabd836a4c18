"""Model and dataset names in training configs (YAML, JSON, TOML): `model_name_or_path`, `base_model`..."""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openlint import safetoml
from openlint.discovery.found import Kind, Reference, looks_like_model_name
from openlint.safeio import Cap, InputRefused, read_text

MODEL_KEYS = frozenset(
    {
        "model_name_or_path",
        "base_model",
        "model_name",
        "pretrained_model_name_or_path",
        "model_id",
        "base_model_name_or_path",
        "teacher_model",
        "student_model",
        "model",
    }
)
DATASET_KEYS = frozenset({"dataset_name", "dataset", "datasets", "dataset_name_or_path", "train_dataset"})
MAX_FILE_BYTES = 1_000_000
MAX_NODES = 200_000  # values walked per config (YAML aliases share nodes: the walk is what could explode)
MAX_REFERENCES = 1_000  # names reported per config; a training config names a handful


class ConfigTooLarge(Exception):
    """A config whose structure is over the walk budget: reported as not checked."""


def _walk(value: Any) -> Iterator[tuple[str, str]]:
    """(key, string value) pairs in document order, iteratively and within MAX_NODES."""
    stack: list[tuple[Any, str | None]] = [(value, None)]
    nodes = 0
    while stack:
        item, key = stack.pop()
        nodes += 1
        if nodes > MAX_NODES:
            raise ConfigTooLarge(f"more than {MAX_NODES} values")
        if isinstance(item, dict):
            stack.extend((v, str(k)) for k, v in reversed(list(item.items())))
        elif isinstance(item, list):
            stack.extend((v, key) for v in reversed(item))
        elif isinstance(item, str) and key is not None:
            yield key, item


class _Lines:
    """Line of the first line containing a value: one pass to index line starts, then a find and a
    bisect per distinct value (a scan of every line per value was quadratic)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))]
        self.memo: dict[str, int] = {}

    def of(self, value: str) -> int:
        if value not in self.memo:
            position = self.text.find(value) if "\n" not in value else -1
            self.memo[value] = 1 if position < 0 else bisect.bisect_right(self.starts, position)
        return self.memo[value]


def _load(path: Path, text: str) -> Any:
    suffix = path.suffix.lower()
    if suffix == ".json":
        return json.loads(text)
    if suffix == ".toml":
        return safetoml.loads(text)
    from openlint.sources.yaml_load import load

    loaded = load(text)
    if loaded.problem is not None and not loaded.malformed:
        raise ConfigTooLarge(loaded.problem)  # aliases, nesting, size: reported as not checked
    return loaded.data  # malformed: None, nothing found (as before)


def scan_config(path: Path, display: str) -> list[Reference]:
    """Names in one config. A special file (FIFO, device) raises InputRefused and a parser's
    resource limit RecursionError/MemoryError, so that discovery reports them; a config over the
    size cap (a data file, not a training config) or that does not parse is skipped."""
    try:
        text = read_text(path, Cap("training config", MAX_FILE_BYTES))
    except InputRefused as exc:
        if "limit" in exc.reason:
            return []
        raise
    except OSError:
        return []
    try:
        data = _load(path, text)
    except (RecursionError, MemoryError, ConfigTooLarge):
        raise
    except Exception:  # malformed: discovery is best effort over user files
        return []
    lines = _Lines(text)
    found: list[Reference] = []
    for key, value in _walk(data):
        lowered = key.lower()
        kind: Kind | None = "model" if lowered in MODEL_KEYS else "dataset" if lowered in DATASET_KEYS else None
        if kind is None or not looks_like_model_name(value.strip()) or "/" not in value:
            continue  # bare words ("gpt2", "auto") are too ambiguous in configs
        found.append(
            Reference(kind, value.strip(), display, lines.of(value), f"{key}:", value.startswith(("./", "../", "/")))
        )
        if len(found) >= MAX_REFERENCES:
            break
    return found
