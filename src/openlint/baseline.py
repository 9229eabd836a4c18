"""Baselines: record today's findings so a project adopting openlint fails only on new ones."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from openlint.errors import ConfigError
from openlint.findings import Finding

DEFAULT_NAME = ".openlint-baseline.json"
SCHEMA_VERSION = 1


def read_baseline(path: Path) -> frozenset[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("schema_version") != SCHEMA_VERSION:
            raise ValueError(f"unsupported schema_version {data.get('schema_version')!r}")
        return frozenset(str(item["fingerprint"]) for item in data["findings"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(f"{path}: invalid baseline: {exc}") from None


def write_baseline(path: Path, findings: Iterable[Finding]) -> int:
    """Write atomically; returns the number of findings recorded."""
    items = sorted(
        ({"fingerprint": f.fingerprint(), "rule": f.rule, "model": f.model, "license": f.license} for f in findings),
        key=lambda item: (str(item["rule"]), str(item["model"]), str(item["fingerprint"])),
    )
    unique = list({item["fingerprint"]: item for item in items}.values())
    payload = json.dumps({"schema_version": SCHEMA_VERSION, "findings": unique}, indent=2) + "\n"
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".openlint-baseline.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(unique)


def filter_baseline(findings: list[Finding], known: frozenset[str]) -> tuple[list[Finding], int]:
    kept = [f for f in findings if f.fingerprint() not in known]
    return kept, len(findings) - len(kept)
