"""AI bills of materials: write a project's models, lineage, licenses and obligations as SPDX 2.3,
SPDX 3.0.1 (AI and Dataset profiles) or CycloneDX 1.6/1.7, and read such documents back as an
inventory to check. Built on what `check` computes; the engine knows nothing of BOMs."""

from __future__ import annotations

from openlint.bom.model import VOCABULARY_VERSION, Bom, BomLicense, Component, ObligationRecord

FORMATS = ("spdx-2.3", "spdx-2.3-tv", "spdx-3.0.1", "cyclonedx-1.6", "cyclonedx-1.7")

__all__ = ["FORMATS", "VOCABULARY_VERSION", "Bom", "BomLicense", "Component", "ObligationRecord"]
