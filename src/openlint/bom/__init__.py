"""AI bills of materials: write a project's models, lineage, licenses and obligations as SPDX 2.3,
SPDX 3.0.1 (AI and Dataset profiles) or CycloneDX 1.6/1.7, and read such documents back as an
inventory to check. Built on what `check` computes; the engine knows nothing of BOMs.

This package imports nothing: every command's parser adds the `bom` subcommand (openlint.cli.bom), and
`openlint check` without --bom must not load the BOM model, spdx-tools or pydantic for it."""

from __future__ import annotations

FORMATS = ("spdx-2.3", "spdx-2.3-tv", "spdx-3.0.1", "cyclonedx-1.6", "cyclonedx-1.7")

__all__ = ["FORMATS"]
