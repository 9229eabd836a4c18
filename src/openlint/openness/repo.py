"""A model repository as evidence: its card, its license files and the files actually present."""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path
from typing import Any

from openlint.errors import OpenlintError
from openlint.openness.components import COMPONENTS
from openlint.openness.release import Component, Release, Released, component

MAX_FILES = 20_000
# Which files show that a component is released (checked against paths relative to the repo).
FILE_EVIDENCE: dict[str, tuple[str, ...]] = {
    "Model parameters (Final)": ("*.safetensors", "*.bin", "*.gguf", "*.pt", "*.ckpt", "*.onnx", "*.msgpack"),
    "Model parameters (Intermediate)": ("checkpoint-*/*", "checkpoints/*", "*/step*/*", "intermediate/*"),
    "Model architecture": ("config.json", "modeling_*.py", "*/modeling_*.py", "model.py", "*/model.py"),
    "Training code": ("train*.py", "*/train*.py", "scripts/train*", "training/*"),
    "Inference code": ("inference*.py", "generate*.py", "*/inference*.py", "serve*.py"),
    "Evaluation code": ("eval*.py", "*/eval*.py", "evaluation/*"),
    "Data preprocessing code": ("preprocess*.py", "*/preprocess*.py", "data_prep*", "*/data_prep*", "tokenize_data*"),
    "Data card": ("DATA_CARD*", "data_card*", "DATASHEET*", "datasheet*", "data/README*"),
    "Technical report": ("*technical_report*", "*tech_report*", "TECHNICAL_REPORT*"),
    "Evaluation results": ("eval_results*", "results/*", "*/eval_results*"),
    "Datasets": ("data/*.jsonl", "data/*.parquet", "data/*.arrow", "datasets/*"),
}
ARXIV = re.compile(r"arxiv\.org/(?:abs|pdf)/[0-9.]+", re.I)
CODE_LINK = re.compile(r"https?://(?:www\.)?github\.com/[\w.-]+/[\w.-]+", re.I)


def _files(root: Path) -> list[str]:
    out: list[str] = []
    for path in sorted(root.rglob("*")):
        if any(part.startswith(".") for part in path.relative_to(root).parts):
            continue
        if path.is_file():
            out.append(path.relative_to(root).as_posix())
        if len(out) >= MAX_FILES:
            break
    return out


def _card(root: Path) -> tuple[dict[str, Any], str]:
    card = root / "README.md"
    if not card.is_file():
        return {}, ""
    from huggingface_hub import ModelCard

    text = card.read_text(encoding="utf-8", errors="replace")
    try:
        data: dict[str, Any] = ModelCard(text, ignore_metadata_errors=True).data.to_dict()  # type: ignore[no-untyped-call]
    except Exception:  # a malformed card is weak evidence, not a crash
        data = {}
    return data, text


def cached_snapshot(repo_id: str) -> Path:
    """The local Hugging Face cache's snapshot of a model (HF_HOME / HF_HUB_CACHE), without network."""
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import LocalEntryNotFoundError

    try:
        return Path(snapshot_download(repo_id, local_files_only=True))
    except (LocalEntryNotFoundError, ValueError, OSError) as exc:
        raise OpenlintError(f"{repo_id}: not in the local Hugging Face cache ({type(exc).__name__})") from None


def release_from_repo(root: Path) -> Release:
    if not root.is_dir():
        raise OpenlintError(f"{root}: not a directory")
    files = _files(root)
    card, card_text = _card(root)
    license_name = card.get("license")
    if isinstance(license_name, list):
        license_name = " AND ".join(str(x) for x in license_name)
    if license_name == "other" and card.get("license_name"):
        license_name = card.get("license_name")
    notes: list[str] = []
    if license_name in (None, "other"):
        from openlint.models import _license_text

        text_id, entry, _ = _license_text(root)
        if text_id is not None:
            license_name = text_id if entry is None else None
            notes.append(f"license read from the LICENSE file: {text_id}")
            if entry is not None:
                restrictive = sorted({ob.kind for ob in entry.obligations})
                notes.append(f"custom license text with obligations: {', '.join(restrictive)}")
    components: list[Component] = []
    for name in COMPONENTS:
        patterns = FILE_EVIDENCE.get(name, ())
        hits = [f for f in files if any(fnmatch.fnmatch(f, p) for p in patterns)]
        evidence = f"files present: {', '.join(hits[:3])}" if hits else ""
        released: Released = "yes" if hits else "unknown"
        location = hits[0] if hits else None
        if name == "Model card" and card_text:
            released, location, evidence = "yes", "README.md", "model card present"
        if name == "Datasets" and card.get("datasets") and not hits:
            released, evidence = (
                "unknown",
                f"card lists datasets {card.get('datasets')} (their availability and licenses are not checked)",
            )
        if name == "Research paper" and ARXIV.search(card_text):
            released, location, evidence = "yes", ARXIV.search(card_text).group(0), "paper linked from the card"  # type: ignore[union-attr]
        if name in ("Training code", "Inference code") and not hits and CODE_LINK.search(card_text):
            evidence = f"the card links code at {CODE_LINK.search(card_text).group(0)} (not inspected)"  # type: ignore[union-attr]
        components.append(
            component(
                name,
                released,
                location,
                license_name if released == "yes" else None,
                evidence or "no evidence in the repository",
            )
        )
    return Release(str(card.get("model_name") or root.name), "model repository", tuple(components), tuple(notes))
