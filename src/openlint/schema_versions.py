"""The one place where each output document's `schema_version` is defined.

A field may be added within a version; renaming or removing one, or changing its meaning, bumps the
version of that document (and its JSON Schema under schemas/). This module imports nothing, so that
every layer (audit streams its records itself) can use it without importing a reporter."""

from __future__ import annotations

CHECK = 1  # `openlint check --format json`
EXPLAIN = 1  # `openlint explain NAME --format json`
READING = 1  # `openlint explain PATH... --format json`
OPENNESS = 2  # `openlint openness --format json` (2: evidence strength, insufficient-evidence)
DEPS = 1  # `openlint deps --format json`
COMBINE = 1  # `openlint combine --format json`
AUDIT = 1  # each JSON line of `openlint audit`
BASELINE = 1  # the baseline file `check --write-baseline` writes

SCHEMA_VERSIONS: dict[str, int] = {
    "check": CHECK,
    "explain": EXPLAIN,
    "reading": READING,
    "openness": OPENNESS,
    "deps": DEPS,
    "combine": COMBINE,
    "audit": AUDIT,
    "baseline": BASELINE,
}
