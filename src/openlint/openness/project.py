"""Openness facts about a project's models, for the OL3xx rules of `openlint check`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openlint.config import Config
    from openlint.models import ModelLicense

CLAIM = re.compile(r"(?<!not )(?<!isn't )(?<!n't )\bopen[- ]source\b", re.IGNORECASE)
CATEGORY_RANK = {"closed": 0, "restricted-weights": 1, "open-weights": 2, "open-source-ai": 3}
MAX_CLAIM_BYTES = 500_000


def find_claim(path: Path) -> int | None:
    """Line of the first "open source" claim in a README / model card / package metadata file."""
    try:
        with path.open("rb") as handle:
            text = handle.read(MAX_CLAIM_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return None
    for number, line in enumerate(text.splitlines(), 1):
        if CLAIM.search(line):
            return number
    return None


def _claims(config: Config, ml: ModelLicense) -> tuple[str, int] | None:
    candidates = [ml.directory / "README.md"] if ml.directory else []
    candidates += [config.root / "README.md", config.root / "pyproject.toml"]
    for path in candidates:
        line = find_claim(path)
        if line is not None:
            return str(path), line
    return None


def _meets(required: str, category: str, mof_class: int | None) -> bool | None:
    if required.startswith("mof-class-"):
        if mof_class is None:
            return None if category == "unknown" else False
        return mof_class <= int(required[-1])
    if category == "unknown":
        return None
    return CATEGORY_RANK[category] >= CATEGORY_RANK[required]


def openness_context(config: Config, ml: ModelLicense) -> dict[str, Any]:
    """`model.openness_*` CEL fields: category (from the repository, else from the weights' license)."""
    from openlint.openness.classify import classify
    from openlint.openness.licensing import judge

    out: dict[str, Any] = {}
    mof_class: int | None = None
    if ml.directory is not None and ml.directory.is_dir():
        from openlint.openness.repo import release_from_repo

        verdict = classify(release_from_repo(ml.directory))
        category, mof_class = verdict.category, verdict.mof_class
        out["openness_missing"] = list(verdict.osaid_missing)[:5]
    elif ml.query is not None:
        judgment = judge(ml.query, "model")
        # From a license alone: restrictive terms settle it; open terms say nothing of code or data.
        category = "restricted-weights" if judgment.verdict in ("not-open", "unlicensed") else "unknown"
        out["openness_missing"] = ["training code, data information (not known from a license name alone)"]
    else:
        category = "unknown"
    out["openness_category"] = category
    claim = _claims(config, ml)
    out["claims_open_source"] = claim is not None
    if claim is not None:
        out["claim_location"] = f"{claim[0]}:{claim[1]}"
    required = config.settings.require_openness
    if required is not None:
        out["required_openness"] = required
        meets = _meets(required, category, mof_class)
        if meets is not None:
            out["meets_required_openness"] = meets
    return out
