"""What a model repository's own files say it was derived from: PEFT adapter configs, mergekit configs,
quantization configs, config.json and GGUF headers. Literal Hub ids only; nothing is guessed, nothing
is executed."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from openlint.sources.hub_ids import is_repo_id
from openlint.text.programs import prebuilt

Relation = Literal["adapter", "merge", "quantized", "finetune"]
ADAPTER_CONFIG = "adapter_config.json"
MERGE_CONFIGS = ("mergekit_config.yml", "mergekit_config.yaml", "merge_config.yaml", "merge_config.yml")
QUANT_CONFIGS = ("quantize_config.json", "quant_config.json")  # AutoGPTQ / AutoAWQ
MODEL_CONFIG = "config.json"
MAX_GGUF_PARENTS = 16
# Markers of a model repository even when its card has no metadata yet.
STRONG_FILES = (ADAPTER_CONFIG, *MERGE_CONFIGS)
# A training run's output directory ("outputs/checkpoint-500") is shaped like a Hub id but is not one.
_CHECKPOINT = prebuilt(r"^(?:checkpoint|ckpt|step|epoch|global_step)[-_]?\d+$", re.I)
_PRECEDENCE: tuple[Relation, ...] = ("adapter", "merge", "quantized", "finetune")


@dataclass(frozen=True)
class Evidence:
    file: str  # file name inside the repository
    key: str
    bases: tuple[str, ...]
    relation: Relation
    # Not a declaration of this repository's parent: config.json `_name_or_path` is where weights were
    # loaded from; a GGUF header records the converted model's own parents or source.
    weak: str | None = None

    def describe(self) -> str:
        value = self.bases[0] if len(self.bases) == 1 else "[" + ", ".join(self.bases) + "]"
        text = f"{self.file} {self.key} = {value}"
        return f"{text} (weaker evidence: {self.weak})" if self.weak else text


def hub_id(value: object, directory: Path) -> str | None:
    """`org/name` as a literal Hub id; local paths, checkpoints and directories beside the card are not."""
    if not isinstance(value, str):
        return None
    name = value.strip()
    if not is_repo_id(name):
        return None
    if _CHECKPOINT.match(name.split("/")[1]):
        return None
    try:
        if (directory / name).exists():
            return None
    except OSError:
        return None
    return name


def _read(path: Path) -> str | None:
    from openlint import safeio

    try:  # these configs are a few KB: one over the cap is not one of them
        return safeio.read_bytes(path, safeio.TRAINING_CONFIG).decode("utf-8", errors="replace")
    except (OSError, ValueError):  # refused (special file, over the cap) or unreadable
        return None


def _json(path: Path) -> dict[str, Any]:
    text = _read(path)
    if text is None:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _yaml(path: Path) -> dict[str, Any]:
    text = _read(path)
    if text is None:
        return {}
    from openlint.sources.yaml_load import load  # no aliases, bounded: a merge config is untrusted too

    data = load(text).data
    return data if isinstance(data, dict) else {}


def _merge_models(config: dict[str, Any]) -> Iterator[tuple[str, object]]:
    """(key, value) of every model a mergekit config names: base_model, models[].model,
    slices[].sources[].model and (mergekit-moe) experts[].source_model."""

    def entries(key: str) -> list[Any]:
        value = config.get(key)
        return value if isinstance(value, list) else []

    def model_of(item: Any, key: str = "model") -> object:
        value = item.get(key) if isinstance(item, dict) else item
        if isinstance(value, dict):  # newer mergekit: model: {model: {path: ...}, lora: ...}
            inner = value.get("model", value)
            value = inner.get("path") if isinstance(inner, dict) else inner
        return value

    yield "base_model", model_of(config.get("base_model"))
    for item in entries("models"):
        yield "models", model_of(item)
    for piece in entries("slices"):
        sources = piece.get("sources") if isinstance(piece, dict) else None
        for source in sources if isinstance(sources, list) else []:
            yield "slices.sources", model_of(source)
    for expert in entries("experts"):
        yield "experts", model_of(expert, "source_model")


def _merge_evidence(path: Path, directory: Path) -> Evidence | None:
    config = _yaml(path)
    names: dict[str, None] = {}
    keys: dict[str, None] = {}
    for key, value in _merge_models(config):
        # `org/model+org/lora` is a model with a LoRA applied: both are parents
        for part in value.split("+") if isinstance(value, str) else []:
            name = hub_id(part, directory)
            if name is not None:
                names[name] = None
                keys[key] = None
    if not names:
        return None
    return Evidence(path.name, "/".join(keys), tuple(names), "merge")


def _own(name: str, own_names: Iterable[str], directory: Path) -> bool:
    """The repository naming itself (config.json saved from this very model)."""
    lowered = name.lower()
    return lowered in {n.lower() for n in own_names if n} or lowered.split("/")[1] == directory.name.lower()


def find_evidence(directory: Path, own_names: Iterable[str] = ()) -> list[Evidence]:
    """Every statement of a base model in the repository's files, strongest first."""
    own = tuple(own_names)
    found: list[Evidence] = []
    adapter = hub_id(_json(directory / ADAPTER_CONFIG).get("base_model_name_or_path"), directory)
    if adapter is not None:
        found.append(Evidence(ADAPTER_CONFIG, "base_model_name_or_path", (adapter,), "adapter"))
    for name in MERGE_CONFIGS:
        merge = _merge_evidence(directory / name, directory)
        if merge is not None:
            found.append(merge)
    for name in QUANT_CONFIGS:
        quant = hub_id(_json(directory / name).get("model_name_or_path"), directory)
        if quant is not None:
            found.append(Evidence(name, "model_name_or_path", (quant,), "quantized"))
    loaded = hub_id(_json(directory / MODEL_CONFIG).get("_name_or_path"), directory)
    if loaded is not None and not _own(loaded, own, directory):
        weak = "the name the weights were loaded from"
        found.append(Evidence(MODEL_CONFIG, "_name_or_path", (loaded,), "finetune", weak=weak))
    found.extend(_gguf_evidence(directory, own))
    return found


def _gguf_evidence(directory: Path, own: Iterable[str]) -> list[Evidence]:
    """From the directory's GGUF header: the model it was converted from (`general.source.repo_url`),
    else the parents of the model it holds (`general.base_model.N.repo_url`, one generation further up
    for a quantization of a fine-tune). Weak either way: converters copy them from the source card."""
    from openlint.sources.gguf import directory_header, hub_repo

    found = directory_header(directory)
    if found is None:
        return []
    path, meta = found
    source = hub_id(hub_repo(meta.get("general.source.repo_url")), directory)
    if source is not None and not _own(source, own, directory):
        weak = "the model the GGUF file was converted from, as its header records it"
        return [Evidence(path.name, "general.source.repo_url", (source,), "quantized", weak=weak)]
    count = meta.get("general.base_model.count")
    listed = min(count, MAX_GGUF_PARENTS) if isinstance(count, int) else 0
    urls = (meta.get(f"general.base_model.{i}.repo_url") for i in range(listed))
    parents = tuple(
        dict.fromkeys(
            name
            for url in urls
            if (name := hub_id(hub_repo(url), directory)) is not None and not _own(name, own, directory)
        )
    )
    if not parents:
        return []
    weak = "the parents of the model the GGUF file holds, as its header records them"
    key = "general.base_model.0.repo_url" if len(parents) == 1 else "general.base_model.*.repo_url"
    return [Evidence(path.name, key, parents, "merge" if len(parents) > 1 else "finetune", weak=weak)]


def chosen(evidence: Sequence[Evidence]) -> Evidence | None:
    """The base model(s) the evidence names unambiguously: every strong statement names the same
    model (or the same mergekit list). config.json alone counts only when nothing stronger exists."""
    strong = [e for e in evidence if not e.weak]
    pool = strong or list(evidence)
    if not pool or len({e.bases for e in pool}) != 1:
        return None
    return min(pool, key=lambda e: _PRECEDENCE.index(e.relation))


def has_strong_files(directory: Path) -> bool:
    return any((directory / name).is_file() for name in STRONG_FILES)
