"""The shape every `--format json` document shares: its schema_version first, two-space indent, a final
newline, non-ASCII text as is."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


def render(schema_version: int, body: Mapping[str, Any]) -> str:
    return json.dumps({"schema_version": schema_version, **body}, indent=2, ensure_ascii=False) + "\n"
