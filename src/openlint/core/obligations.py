"""The obligation model: one duty or restriction a licence imposes, where it comes from, and its
parameters, validated against the kinds' vocabulary (openlint.core.kinds)."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from openlint.core.kinds import (
    ALL_KINDS,
    COUNTS,
    COVERS,
    KIND_ONE_OF,
    KIND_PARAMETERS,
    MEASURED,
    METRICS,
    MODEL_CLASSES,
    PARAMETER_NAMES,
    RESTRICTION_KINDS,
    TERRITORY_TESTS,
    TRIGGERS,
    Metric,
    ObligationKind,
    Trigger,
)

# Stdlib dataclasses, validated by pydantic (TypeAdapter) where data comes from files: the text reader
# builds obligations without importing pydantic, which costs more than a whole `explain LICENSE` run.
# `__post_init__` holds the checks that must hold however an obligation is made.
_FORBID_EXTRA = {"extra": "forbid"}


@dataclass(frozen=True, kw_only=True, slots=True)
class Source:
    """Where an obligation comes from: a catalog section or lines of a file."""

    section: str | None = None
    quote: str | None = None
    document: str | None = None  # catalog id of an incorporated document (e.g. a use policy)
    path: str | None = None
    start_line: int | None = None
    end_line: int | None = None
    text: str | None = None

    def __post_init__(self) -> None:
        if self.path is None and (not self.section or not self.quote):
            raise ValueError("a source needs 'section' and 'quote' (or a file 'path')")

    def to_dict(self) -> dict[str, object]:
        """The fields that are set, in declaration order."""
        return {name: value for name in SOURCE_FIELDS if (value := getattr(self, name)) is not None}


@dataclass(frozen=True, kw_only=True, slots=True)
class Obligation:
    """One duty or restriction a license imposes, with what triggers it."""

    kind: ObligationKind
    triggers: tuple[Trigger, ...]
    source: Source
    summary: str | None = None  # plain-language explanation
    scope: str | None = None  # condition narrowing when it applies (e.g. multimodal models only), for humans
    # The same scope, machine-readable: names from rules/conditions.toml, all of which must hold (AND).
    conditions: tuple[str, ...] | None = None
    confidence: float = 1.0

    text: str | None = None
    where: str | None = None
    prefix: str | None = None
    contains: str | None = None  # a name required anywhere in a derivative's name
    threshold: int | None = None
    inclusive: bool | None = None  # the threshold value itself is over the cap ("or more", "at least")
    metric: Metric | None = None
    currency: str | None = None
    policy_url: str | None = None
    categories: tuple[str, ...] | None = None
    excluded: tuple[str, ...] | None = None
    allowed: tuple[str, ...] | None = None  # the only places the grant covers
    test: str | None = None
    counts: str | None = None
    measured: str | None = None
    measured_month: str | None = None
    model_class: str | None = None
    covers: str | None = None
    date: str | None = None  # the last day of a fixed term (ISO 8601, YYYY-MM-DD)
    duration: str | None = None  # a fixed term after acceptance (ISO 8601: P1Y, P12M, P90D)

    def __post_init__(self) -> None:
        if self.kind not in ALL_KINDS:
            raise ValueError(f"unknown obligation kind '{self.kind}'")
        if not self.triggers or not set(self.triggers) <= TRIGGERS:
            raise ValueError(f"triggers must be one or more of {', '.join(sorted(TRIGGERS))}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError("confidence must be between 0 and 1")
        if self.threshold is not None and self.threshold <= 0:
            raise ValueError("threshold must be greater than 0")
        if self.metric is not None and self.metric not in METRICS:
            raise ValueError(f"metric must be one of {', '.join(sorted(METRICS))}")
        required, optional = KIND_PARAMETERS[self.kind]
        present = {name for name in PARAMETER_NAMES if getattr(self, name) is not None}
        missing = required - present
        if missing:
            raise ValueError(f"kind '{self.kind}' needs {', '.join(sorted(missing))}")
        one_of = KIND_ONE_OF.get(self.kind)
        if one_of and not present & one_of:
            raise ValueError(f"kind '{self.kind}' needs one of {', '.join(sorted(one_of))}")
        extra = present - required - optional
        if extra:
            raise ValueError(f"kind '{self.kind}' takes no {', '.join(sorted(extra))}")
        for name, allowed in (
            ("test", TERRITORY_TESTS),
            ("counts", COUNTS),
            ("measured", MEASURED),
            ("model_class", MODEL_CLASSES),
            ("covers", COVERS.get(self.kind, frozenset())),
        ):
            value = getattr(self, name)
            if value is not None and value not in allowed:
                raise ValueError(f"{name} must be one of {', '.join(sorted(allowed))}, got '{value}'")
        if self.conditions:
            from openlint.core.vocabulary import conditions

            unknown = [name for name in self.conditions if name not in conditions()]
            if unknown:
                raise ValueError(f"unknown scope condition(s) {unknown}; see rules/conditions.toml")
        if self.measured_month is not None and not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", self.measured_month):
            raise ValueError("measured_month must be YYYY-MM")
        if self.date is not None and not _iso_date(self.date):
            raise ValueError(f"date must be an ISO 8601 date (YYYY-MM-DD), got '{self.date}'")
        if self.duration is not None and not re.fullmatch(r"P[1-9]\d{0,3}[YMWD]", self.duration):
            raise ValueError(
                f"duration must be an ISO 8601 duration of years, months, weeks or days (P1Y), got '{self.duration}'"
            )
        for places in (self.excluded, self.allowed):
            iso = [c for c in places or () if c not in ("EU", "EEA")]
            bad = [c for c in iso if not (len(c) == 2 and c.isupper() and c.isalpha())]
            if bad:
                raise ValueError(f"territory codes must be ISO 3166-1 alpha-2, 'EU' or 'EEA': {bad}")

    def parameters(self) -> dict[str, object]:
        """The kind's parameters that are set, in table order."""
        out: dict[str, object] = {}
        for name in PARAMETER_NAMES:
            value = getattr(self, name)
            if value is not None:
                out[name] = list(value) if isinstance(value, tuple) else value
        return out

    def scoping(self) -> dict[str, object]:
        """Where the catalog narrows the obligation: its `scope` text and machine-readable `conditions`,
        when set (one shape for the rule data, explain's JSON and BOM statements)."""
        out: dict[str, object] = {}
        if self.scope:
            out["scope"] = self.scope
        if self.conditions:
            out["conditions"] = list(self.conditions)
        return out

    def restricts_use(self) -> bool:
        """True for kinds that limit what may be done, as opposed to duties to fulfil."""
        return self.kind in RESTRICTION_KINDS


Source.__pydantic_config__ = _FORBID_EXTRA  # type: ignore[attr-defined]
Obligation.__pydantic_config__ = _FORBID_EXTRA  # type: ignore[attr-defined]
SOURCE_FIELDS = tuple(f.name for f in fields(Source))


def _iso_date(value: str) -> bool:
    """Whether `value` is a real calendar date written YYYY-MM-DD."""
    import datetime

    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True
