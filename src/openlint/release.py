"""Release lint: a model repository about to be published is itself the model to check."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from openlint.config import Config, ModelDecl, UseProfile

NOTICE_NAME = "NOTICE"


def is_model_repository(directory: Path) -> bool:
    """A directory whose README.md carries model-card metadata (license or base_model)."""
    card = directory / "README.md"
    if not card.is_file():
        return False
    from openlint.audit import front_matter

    try:
        with card.open("rb") as handle:
            meta = front_matter(handle.read(200_000).decode("utf-8", errors="replace"))
    except OSError:
        return False
    return bool(meta.get("license") or meta.get("base_model") or meta.get("license_name"))


def as_release(config: Config) -> Config:
    """With no config file and no models declared, a model repository checks itself for publishing:
    the model is the directory, and its weights are what will be distributed."""
    if config.path is not None or config.settings.models or not is_model_repository(config.root):
        return config
    from openlint.lineage import card_lineage

    bases, _ = card_lineage(config.root)
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


def _atomic_write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def apply_fixes(findings: list[object], root: Path) -> list[Fix]:
    """Safe fixes only: add each required notice text missing from the model directory's NOTICE file.
    Files that already say what is needed are never rewritten."""
    from openlint.evidence import fold
    from openlint.findings import Finding

    fixes: list[Fix] = []
    wanted: dict[Path, list[str]] = {}
    for finding in findings:
        if not isinstance(finding, Finding) or finding.rule != "OL203" or not finding.required_text:
            continue
        if finding.location is None or Path(finding.location.path).name != "README.md":
            continue  # only model repositories (the card locates the model directory)
        directory = (
            (root / finding.location.path).parent
            if not Path(finding.location.path).is_absolute()
            else Path(finding.location.path).parent
        )
        wanted.setdefault(directory, []).append(finding.required_text)
    for directory, texts in wanted.items():
        notice = directory / NOTICE_NAME
        current = notice.read_text(encoding="utf-8") if notice.is_file() else ""
        missing = [t for t in dict.fromkeys(texts) if fold(t) not in fold(current)]
        if not missing:
            continue
        updated = current + ("" if not current or current.endswith("\n") else "\n") + "\n".join(missing) + "\n"
        _atomic_write(notice, updated)
        fixes.append(Fix(str(notice), f"added {len(missing)} required notice(s)"))
    return fixes
