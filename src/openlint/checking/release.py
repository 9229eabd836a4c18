"""Release lint: a model repository about to be published is itself the model to check."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from openlint.core.config import Config, ModelDecl

NOTICE_NAME = "NOTICE"


def is_model_repository(directory: Path) -> bool:
    """A directory whose README.md carries model-card metadata (license or base_model), or sits beside
    an adapter or merge config or a GGUF file (a model repository whose card has no metadata yet)."""
    card = directory / "README.md"
    if not card.is_file():
        return False
    from openlint.sources.base_evidence import has_strong_files

    if has_strong_files(directory) or any(p.is_file() for p in directory.glob("*.gguf")):
        return True
    from openlint.sources.card import parse_card  # the one card reader, not audit's record builder

    try:
        from openlint import safeio

        meta = parse_card(safeio.read_head(card, safeio.CARD)[0].decode("utf-8", errors="replace"))
    except OSError:
        return False
    return bool(meta.get("license") or meta.get("base_model") or meta.get("license_name"))


def as_release(config: Config) -> Config:
    """With no config file and no models declared, a model repository checks itself for publishing:
    the model is the directory, and its weights are what will be distributed."""
    if config.path is not None or config.settings.models or not is_model_repository(config.root):
        return config
    from openlint.sources.base_evidence import find_evidence
    from openlint.sources.lineage import card_lineage

    bases, _ = card_lineage(config.root)
    bases = bases or tuple(b for e in find_evidence(config.root, (config.root.name,)) for b in e.bases)
    use = config.settings.use
    if use.distribution is None:
        use = replace(use, distribution=("derivative-weights",) if bases else ("weights",))
    if use.derivative_name is None and bases:
        use = replace(use, derivative_name=config.root.resolve().name)  # published under its name
    settings = replace(config.settings, models=(ModelDecl(id=config.root.name, path="."),), use=use)
    return Config(settings=settings, path=None, root=config.root, lines=config.lines)


@dataclass(frozen=True)
class Fix:
    path: str
    description: str
    applied: bool = True  # False: refused (outside the project, a symlink, read-only...), description says why


def in_hf_cache(directory: Path) -> bool:
    """A snapshot in a Hugging Face cache (models--org--name/snapshots/<commit>), wherever the cache is:
    downloaded files, never the project's own, so --fix never writes there."""
    for path in dict.fromkeys((directory.absolute(), directory.resolve())):
        parts = path.parts
        for i in range(len(parts) - 2):
            if parts[i].startswith(("models--", "datasets--", "spaces--")) and parts[i + 1] in ("snapshots", "blobs"):
                return True
    return False


def _card_directory(finding: object, root: Path) -> Path | None:
    """The model directory a finding located at its card belongs to (only model repositories are fixed)."""
    from openlint.core.findings import Finding

    if not isinstance(finding, Finding) or finding.location is None:
        return None
    path = Path(finding.location.path)
    if path.name != "README.md":
        return None
    return (path if path.is_absolute() else root / path).parent


def apply_fixes(findings: list[object], root: Path, project: Path | None = None) -> list[Fix]:
    """Safe fixes only: add each required notice text missing from the model directory's NOTICE file,
    and the base model the repository's files name to a card that states none (OL412).
    Files that already say what is needed are never rewritten. Relative finding locations are under
    `root`; every write stays inside `project` (default `root`): never in the HF cache, through a
    symlinked directory or over a symlinked or read-only file (those come back with applied=False)."""
    from openlint import safeio
    from openlint.checking.evidence import fold
    from openlint.core.findings import Finding

    fixes: list[Fix] = []
    wanted: dict[Path, list[str]] = {}
    for finding in findings:
        directory = _card_directory(finding, root)
        if directory is None or not isinstance(finding, Finding):
            continue
        if in_hf_cache(directory):
            refusal = Fix(str(directory), "inside the Hugging Face cache: not the project's files", applied=False)
            if refusal not in fixes:
                fixes.append(refusal)
            continue
        if finding.rule == "OL412":
            from openlint.fix.cardfix import add_base_model

            try:
                done = add_base_model(directory, (finding.model or "",), project or root)
            except safeio.OutputRefused as exc:
                fixes.append(Fix(str(directory / "README.md"), exc.reason, applied=False))
                continue
            if done is not None:
                fixes.append(Fix(str(directory / "README.md"), done))
        elif finding.rule == "OL203" and finding.required_text:
            wanted.setdefault(directory, []).append(finding.required_text)
    for directory, texts in wanted.items():
        notice = directory / NOTICE_NAME
        try:
            original = safeio.read_confined(project or root, notice, safeio.LICENSE_TEXT) or b""
        except (safeio.OutputRefused, OSError) as exc:
            fixes.append(Fix(str(notice), getattr(exc, "reason", None) or str(exc), applied=False))
            continue
        # The existing bytes are kept as they are (encoding, line endings); only lines are appended.
        current = original.decode("utf-8", errors="surrogateescape")
        missing = [t for t in dict.fromkeys(texts) if fold(t) not in fold(current)]
        if not missing:
            continue
        newline = "\r\n" if "\r\n" in current else "\n"
        lines = [t.replace("\r\n", "\n").replace("\n", newline) for t in missing]
        addition = ("" if not current or current.endswith("\n") else newline) + newline.join(lines) + newline
        try:
            safeio.write_confined(project or root, notice, original + addition.encode("utf-8"))
        except safeio.OutputRefused as exc:
            fixes.append(Fix(str(notice), exc.reason, applied=False))
            continue
        fixes.append(Fix(str(notice), f"added {len(missing)} required notice(s)"))
    return fixes
