"""Model and dataset names in training configs (YAML, JSON, TOML): `model_name_or_path`, `base_model`..."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openlint.discovery.found import Kind, Reference, looks_like_model_name

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


def _walk(value: Any, key: str | None = None) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _walk(v, str(k))
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item, key)
    elif isinstance(value, str) and key is not None:
        yield key, value


def _line_of(text: str, value: str) -> int:
    for number, line in enumerate(text.splitlines(), 1):
        if value in line:
            return number
    return 1


def _load(path: Path, text: str) -> Any:
    suffix = path.suffix.lower()
    if suffix == ".json":
        return json.loads(text)
    if suffix == ".toml":
        return tomllib.loads(text)
    import yaml

    return yaml.safe_load(text)


def scan_config(path: Path, display: str) -> list[Reference]:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return []
        text = path.read_text(encoding="utf-8", errors="replace")
        data = _load(path, text)
    except Exception:  # any unreadable config is skipped: discovery is best effort over user files
        return []
    found: list[Reference] = []
    for key, value in _walk(data):
        lowered = key.lower()
        kind: Kind | None = "model" if lowered in MODEL_KEYS else "dataset" if lowered in DATASET_KEYS else None
        if kind is None or not looks_like_model_name(value.strip()) or "/" not in value:
            continue  # bare words ("gpt2", "auto") are too ambiguous in configs
        found.append(
            Reference(
                kind,
                value.strip(),
                display,
                _line_of(text, value),
                f"{key}:",
                value.startswith(("./", "../", "/")),
            )
        )
    return found
