"""The `openlint:` property vocabulary shared by every writer and reader (docs/bom.md, version 1)."""

from __future__ import annotations

VOCABULARY = "openlint:vocabulary"  # on the document: the vocabulary version
ORIGIN = "openlint:origin"  # declared, discovered, lineage, model-card
DECLARED = "openlint:declared-license"  # as stated (card tag / config), openlint's spelling
CONCLUDED = "openlint:concluded-license"  # after reading texts and following lineage
DRIFT = "openlint:drift"  # comma-separated obligation kinds the declared license drops
DRIFT_EXPLANATION = "openlint:drift-explanation"
PROBLEM = "openlint:problem"
RELATION = "openlint:relation"  # finetune, adapter, merge, quantized, derived
BASE_OF = "openlint:base-of"  # SPDX 2.3: the derivative a base model is an ancestor of
FACTS = "openlint:facts"  # JSON: the model facts rules read (round trip for check --bom)
WEIGHT_SHA256 = "openlint:weight-sha256"  # "file:hex", one per hashed weight file
LICENSE_ID = "openlint:license-id"  # openlint catalog id of a license
LICENSE_STATUS = "openlint:license-status"
OBLIGATIONS_COMPLETE = "openlint:obligations-complete"
OBLIGATION = "openlint:obligation"  # JSON, one per obligation (see ObligationRecord)
TEXT_SHA256 = "openlint:license-text-sha256"  # of the text the obligations were read from
LICENSE_FACT = "openlint:license-"  # + family / osi_approved / ai_model_license / note

MEDIA_TYPE_OBLIGATION = "application/vnd.openlint.obligation+json"
MEDIA_TYPE_FACTS = "application/vnd.openlint.facts+json"
