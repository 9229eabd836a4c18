"""Release lint: a model repository about to be published is itself the model to check."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from openlint.config import Config, ModelDecl, UseProfile

NOTICE_NAME = "NOTICE"


def is_model_repository(directory: Path) -> bool:
    """A directory whose README.md carries model-card metadata (license or base_model), or sits beside
    an adapter or merge config or a GGUF file (a model repository whose card has no metadata yet)."""
    card = directory / "README.md"
    if not card.is_file():
        return False
    from openlint.base_evidence import has_strong_files

    if has_strong_files(directory) or any(p.is_file() for p in directory.glob("*.gguf")):
        return True
    from openlint.audit import front_matter

    try:
        from openlint import safeio

        meta = front_matter(safeio.read_head(card, safeio.CARD)[0].decode("utf-8", errors="replace"))
    except OSError:
        return False
    return bool(meta.get("license") or meta.get("base_model") or meta.get("license_name"))


def as_release(config: Config) -> Config:
    """With no config file and no models declared, a model repository checks itself for publishing:
    the model is the directory, and its weights are what will be distributed."""
    if config.path is not None or config.settings.models or not is_model_repository(config.root):
        return config
    from openlint.base_evidence import find_evidence
    from openlint.lineage import card_lineage

    bases, _ = card_lineage(config.root)
    bases = bases or tuple(b for e in find_evidence(config.root, (config.root.name,)) for b in e.bases)
    use = config.settings.use
    if use.distribution is None:
        use = use.model_copy(update={"distribution": ("derivative-weights",) if bases else ("weights",)})
    if use.derivative_name is None and bases:
        use = use.model_copy(update={"derivative_name": config.root.resolve().name})  # published under its name
    settings = config.settings.model_copy(
        update={
            "models": (ModelDecl(id=config.root.name, path="."),),
            "use": UseProfile.model_validate(use.model_dump()),
        }
    )
    return Config(settings=settings, path=None, root=config.root, lines=config.lines)


@dataclass(frozen=True)
class Fix:
    path: str
    description: str


def atomic_write(path: Path, data: bytes) -> None:
    """Write via a temporary file and os.replace: readers see the old file or the new one, never half.
    An existing file keeps its permission bits (mkstemp creates 0600); a new one is 0644."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, path.stat().st_mode & 0o7777 if path.exists() else 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _card_directory(finding: object, root: Path) -> Path | None:
    """The model directory a finding located at its card belongs to (only model repositories are fixed)."""
    from openlint.findings import Finding

    if not isinstance(finding, Finding) or finding.location is None:
        return None
    path = Path(finding.location.path)
    if path.name != "README.md":
        return None
    return (path if path.is_absolute() else root / path).parent


def apply_fixes(findings: list[object], root: Path) -> list[Fix]:
    """Safe fixes only: add each required notice text missing from the model directory's NOTICE file,
    and the base model the repository's files name to a card that states none (OL412).
    Files that already say what is needed are never rewritten."""
    from openlint.evidence import fold
    from openlint.findings import Finding

    fixes: list[Fix] = []
    wanted: dict[Path, list[str]] = {}
    for finding in findings:
        directory = _card_directory(finding, root)
        if directory is None or not isinstance(finding, Finding):
            continue
        if finding.rule == "OL412":
            from openlint.cardfix import add_base_model

            done = add_base_model(directory, (finding.model or "",))
            if done is not None:
                fixes.append(Fix(str(directory / "README.md"), done))
        elif finding.rule == "OL203" and finding.required_text:
            wanted.setdefault(directory, []).append(finding.required_text)
    for directory, texts in wanted.items():
        notice = directory / NOTICE_NAME
        original = notice.read_bytes() if notice.is_file() else b""
        # The existing bytes are kept as they are (encoding, line endings); only lines are appended.
        current = original.decode("utf-8", errors="surrogateescape")
        missing = [t for t in dict.fromkeys(texts) if fold(t) not in fold(current)]
        if not missing:
            continue
        newline = "\r\n" if "\r\n" in current else "\n"
        lines = [t.replace("\r\n", "\n").replace("\n", newline) for t in missing]
        addition = ("" if not current or current.endswith("\n") else newline) + newline.join(lines) + newline
        atomic_write(notice, original + addition.encode("utf-8"))
        fixes.append(Fix(str(notice), f"added {len(missing)} required notice(s)"))
    return fixes
