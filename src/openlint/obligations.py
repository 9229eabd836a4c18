"""The obligation model: the product's vocabulary for what a license requires."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

ObligationKind = Literal[
    "attribution",
    "include_license",
    "notice",
    "state_changes",
    "naming",
    "user_cap",
    "revenue_cap",
    "non_commercial",
    "share_alike",
    "network_disclosure",
    "source_disclosure",
    "flow_down",
    "acceptable_use",
    "no_training_other_models",
    "territory",
    "patent_termination",
    "terms_may_change",
    "no_derivatives",
    "research_only",
]

Trigger = Literal["use", "modify", "distribute", "serve"]
Metric = Literal["monthly_active_users", "daily_active_users"]

# Parameters each kind may carry; the first set is required, the second optional.
KIND_PARAMETERS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "attribution": (frozenset(), frozenset({"text", "where"})),
    "include_license": (frozenset(), frozenset()),
    "notice": (frozenset(), frozenset({"text"})),
    "state_changes": (frozenset(), frozenset()),
    "naming": (frozenset({"prefix"}), frozenset()),
    "user_cap": (frozenset({"threshold", "metric"}), frozenset()),
    "revenue_cap": (frozenset({"threshold", "currency"}), frozenset()),
    "non_commercial": (frozenset(), frozenset()),
    "share_alike": (frozenset(), frozenset()),
    "network_disclosure": (frozenset(), frozenset()),
    "source_disclosure": (frozenset(), frozenset()),
    "flow_down": (frozenset(), frozenset()),
    "acceptable_use": (frozenset(), frozenset({"policy_url", "categories"})),
    "no_training_other_models": (frozenset(), frozenset()),
    "territory": (frozenset({"excluded"}), frozenset()),
    "patent_termination": (frozenset(), frozenset()),
    "terms_may_change": (frozenset(), frozenset()),
    # Added beyond the core table because real licenses need them:
    # CC *-ND forbids sharing adapted material; research licenses narrow the grant itself.
    "no_derivatives": (frozenset(), frozenset()),
    "research_only": (frozenset(), frozenset()),
}

PARAMETER_NAMES: tuple[str, ...] = (
    "text",
    "where",
    "prefix",
    "threshold",
    "metric",
    "currency",
    "policy_url",
    "categories",
    "excluded",
)


class Source(BaseModel):
    """Where an obligation comes from: a catalog section or lines of a file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    section: str | None = None
    quote: str | None = None
    document: str | None = Field(
        default=None, description="Catalog id of an incorporated document (e.g. a use policy)."
    )
    path: str | None = None
    start_line: int | None = None
    end_line: int | None = None
    text: str | None = None

    @model_validator(mode="after")
    def _has_location(self) -> Source:
        if self.path is None and (not self.section or not self.quote):
            raise ValueError("a source needs 'section' and 'quote' (or a file 'path')")
        return self


class Obligation(BaseModel):
    """One duty or restriction a license imposes, with what triggers it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: ObligationKind
    triggers: tuple[Trigger, ...] = Field(min_length=1)
    source: Source
    summary: str | None = Field(default=None, description="Plain-language explanation.")
    scope: str | None = Field(
        default=None, description="Condition narrowing when it applies (e.g. multimodal models only)."
    )
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)

    text: str | None = None
    where: str | None = None
    prefix: str | None = None
    threshold: int | None = Field(default=None, gt=0)
    metric: Metric | None = None
    currency: str | None = None
    policy_url: str | None = None
    categories: tuple[str, ...] | None = None
    excluded: tuple[str, ...] | None = None

    @model_validator(mode="after")
    def _parameters_fit_kind(self) -> Obligation:
        required, optional = KIND_PARAMETERS[self.kind]
        present = {name for name in PARAMETER_NAMES if getattr(self, name) is not None}
        missing = required - present
        if missing:
            raise ValueError(f"kind '{self.kind}' needs {', '.join(sorted(missing))}")
        extra = present - required - optional
        if extra:
            raise ValueError(f"kind '{self.kind}' takes no {', '.join(sorted(extra))}")
        if self.excluded is not None:
            bad = [c for c in self.excluded if not (len(c) == 2 and c.isupper() and c.isalpha())]
            if bad:
                raise ValueError(f"territory codes must be ISO 3166-1 alpha-2 or 'EU': {bad}")
        return self

    def parameters(self) -> dict[str, object]:
        """The kind's parameters that are set, in table order."""
        out: dict[str, object] = {}
        for name in PARAMETER_NAMES:
            value = getattr(self, name)
            if value is not None:
                out[name] = list(value) if isinstance(value, tuple) else value
        return out

    def restricts_use(self) -> bool:
        """True for kinds that limit what may be done, as opposed to duties to fulfil."""
        return self.kind in RESTRICTION_KINDS


RESTRICTION_KINDS = frozenset(
    {
        "user_cap",
        "revenue_cap",
        "non_commercial",
        "research_only",
        "acceptable_use",
        "no_training_other_models",
        "territory",
        "no_derivatives",
        "share_alike",
        "network_disclosure",
        "source_disclosure",
        "flow_down",
        "naming",
        "terms_may_change",
    }
)

# Terms that restrict what may be done with the material: a license carrying any of them fails the
# Open Source Definition / open-data test, whatever it is called.
USE_RESTRICTING_KINDS = frozenset(
    {
        "non_commercial",
        "research_only",
        "no_derivatives",
        "user_cap",
        "revenue_cap",
        "acceptable_use",
        "flow_down",
        "no_training_other_models",
        "territory",
    }
)
