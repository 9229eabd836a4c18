"""Baselines: record today's findings so a project adopting openlint fails only on new ones."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from openlint import schema_versions
from openlint.core.findings import Finding
from openlint.errors import ConfigError
from openlint.safeio import BASELINE, read_text, write_confined

DEFAULT_NAME = ".openlint-baseline.json"
SCHEMA_VERSION = schema_versions.BASELINE


def read_baseline(path: Path) -> frozenset[str]:
    try:
        data = json.loads(read_text(path, BASELINE, errors="strict"))
        if data.get("schema_version") != SCHEMA_VERSION:
            raise ValueError(f"unsupported schema_version {data.get('schema_version')!r}")
        return frozenset(str(item["fingerprint"]) for item in data["findings"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise ConfigError(f"{path}: invalid baseline: {exc}") from None


def write_baseline(path: Path, findings: Iterable[Finding], project: Path | None = None) -> int:
    """Write atomically inside `project` (default: the file's own directory); returns the number of
    findings recorded. A path outside the project, through a symlink or read-only is refused
    (safeio.OutputRefused, a one-line error)."""
    items = sorted(
        ({"fingerprint": f.fingerprint(), "rule": f.rule, "model": f.model, "license": f.license} for f in findings),
        key=lambda item: (str(item["rule"]), str(item["model"]), str(item["fingerprint"])),
    )
    unique = list({item["fingerprint"]: item for item in items}.values())
    payload = json.dumps({"schema_version": SCHEMA_VERSION, "findings": unique}, indent=2) + "\n"
    write_confined(project or path.parent, path, payload.encode("utf-8"))
    return len(unique)


def filter_baseline(findings: list[Finding], known: frozenset[str]) -> tuple[list[Finding], int]:
    kept = [f for f in findings if f.fingerprint() not in known]
    return kept, len(findings) - len(kept)
