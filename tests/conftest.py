from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Hermetic Hugging Face cache: tests build the cache layouts they need; nothing leaks in from the
# machine, and nothing can reach the network.
os.environ["HF_HUB_CACHE"] = tempfile.mkdtemp(prefix="openlint-hf-cache-")
os.environ["HF_HUB_OFFLINE"] = "1"

REPO = Path(__file__).resolve().parents[1]
# `python -m openlint` subprocesses run from other directories must import this tree too, not whatever
# an editable install elsewhere points at (a relative PYTHONPATH=src does not survive a cwd change).
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO / "src"), os.environ.get("PYTHONPATH")) if p)
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"


def require_shared() -> Path:
    if not CORPUS.is_dir():
        # In CI the corpus is always laid beside the clone: a missing one must fail, not skip 100+ tests.
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("../shared/corpus is not beside the repository (CI=true: required)")
        pytest.skip("../shared/corpus is not beside the repository")
    return CORPUS


@pytest.fixture(scope="session")
def corpus() -> Path:
    return require_shared()


@pytest.fixture(scope="session")
def hf_tags() -> list[str]:
    import re

    text = (require_shared() / "hf-licenses.md").read_text(encoding="utf-8")
    region = text.split("<!-- region licenses -->")[1].split("<!-- endregion -->")[0]
    return re.findall(r"\|\s*`([^`]+)`\s*\|", region)


def unmeasured_env() -> dict[str, str]:
    """The environment without coverage.py's subprocess hook (COVERAGE_PROCESS_CONFIG, set by `--cov`):
    for a child whose imports are the test's subject (coverage itself loads sqlite3)."""
    return {key: value for key, value in os.environ.items() if key != "COVERAGE_PROCESS_CONFIG"}
