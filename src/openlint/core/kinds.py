"""The obligation kinds: one row per kind says everything the product knows about it apart from how a
licence text words it (that is text/patterns/: the patterns and their needles).

Every set of kinds elsewhere is derived from this table, so that two parts of openlint can no longer
disagree about which kinds restrict use or count as licence drift."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

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
    "outputs_make_derivatives",
    "registration",
    "no_hosting",
    "revocable",
    "individuals_only",
    "term_expires",
]

Trigger = Literal["use", "modify", "distribute", "serve"]
# What a `user_cap` counts: active users (OL101, OL102), or another quantity the licensee declares (OL113):
# registered users (accounts, not active ones), API requests a month, the licensee's employees (headcount).
Metric = Literal["monthly_active_users", "daily_active_users", "registered_users", "monthly_api_requests", "employees"]

_NONE: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Kind:
    """What openlint knows about one kind of obligation."""

    label: str  # what the text reports call it
    restrictiveness: int  # how much it narrows what a user may do; ranks OR-alternatives only
    required: frozenset[str] = _NONE  # parameters it must carry
    optional: frozenset[str] = _NONE  # parameters it may carry
    restriction: bool = False  # limits what may be done, as opposed to a duty to fulfil
    # Restricts use of the material itself: a licence carrying it fails the Open Source Definition /
    # open-data test whatever it is called, and a licence text adding it contradicts a permissive card tag.
    limits_use: bool = False
    drift: bool = False  # losing it between a base model and its derivative is licence drift
    one_of: frozenset[str] = _NONE  # of these optional parameters it must carry at least one


# A kind that limits use is a restriction and counts for drift (tests/test_kinds.py holds these).
KINDS: dict[str, Kind] = {
    "attribution": Kind("Give credit", 3, optional=frozenset({"text", "where"})),
    "include_license": Kind("Include a copy of the license", 1),
    "notice": Kind("Keep the notice", 2, optional=frozenset({"text"})),
    "state_changes": Kind("Mark your changes", 2),
    # A name that must begin with a prefix (Llama), or contain a name anywhere ('must include "X" in its name').
    "naming": Kind(
        "Derivative names must start with a prefix or contain a name",
        10,
        optional=frozenset({"prefix", "contains"}),
        restriction=True,
        drift=True,
        one_of=frozenset({"prefix", "contains"}),
    ),
    "user_cap": Kind(
        "User cap",
        40,
        frozenset({"threshold", "metric"}),
        frozenset({"counts", "measured", "measured_month", "inclusive"}),
        restriction=True,
        limits_use=True,
        drift=True,
    ),
    "revenue_cap": Kind(
        "Revenue cap",
        40,
        frozenset({"threshold", "currency"}),
        frozenset({"counts", "inclusive"}),
        restriction=True,
        limits_use=True,
        drift=True,
    ),
    "non_commercial": Kind("No commercial use", 100, restriction=True, limits_use=True, drift=True),
    "share_alike": Kind("Share alike (copyleft)", 30, restriction=True, drift=True),
    "network_disclosure": Kind("Offer the source to users reaching it over a network", 35, restriction=True),
    "source_disclosure": Kind("Offer the source", 20, restriction=True),
    "flow_down": Kind("Pass the use restrictions downstream", 20, restriction=True, limits_use=True, drift=True),
    "acceptable_use": Kind(
        "Acceptable-use restrictions",
        15,
        optional=frozenset({"policy_url", "categories"}),
        restriction=True,
        limits_use=True,
        drift=True,
    ),
    "no_training_other_models": Kind(
        "No training or improving other models",
        30,
        optional=frozenset({"model_class"}),
        restriction=True,
        limits_use=True,
        drift=True,
    ),
    # Places the grant excludes ("not in the EU"), or the only places it covers ("only within the EU").
    "territory": Kind(
        "Not licensed in some regions",
        50,
        optional=frozenset({"excluded", "allowed", "test"}),
        restriction=True,
        limits_use=True,
        drift=True,
        one_of=frozenset({"excluded", "allowed"}),
    ),
    "patent_termination": Kind("Rights end if you sue", 1),
    "terms_may_change": Kind("Terms may change", 10, restriction=True),
    # Added beyond the core table because real licenses need them:
    # CC *-ND forbids sharing adapted material; research licenses narrow the grant itself.
    "no_derivatives": Kind("No sharing of derivatives", 60, restriction=True, limits_use=True, drift=True),
    # `covers`: "non-production" when the grant is confined to a non-production setting (testing, research,
    # evaluation) rather than to research purposes: a business may evaluate the model, only not in production.
    "research_only": Kind(
        "Research use only", 100, optional=frozenset({"covers"}), restriction=True, limits_use=True, drift=True
    ),
    # Gemma, DeepSeek: a model trained on the outputs (distillation, synthetic data) is a derivative.
    "outputs_make_derivatives": Kind("Models trained on its outputs are derivatives", 5),
    # Stability AI Community §III: commercial users must register with the licensor.
    "registration": Kind("Register with the licensor", 3, optional=frozenset({"where"})),
    # Falcon-180B: no shared instances or managed inference/fine-tuning APIs for third parties without TII's licence.
    # `covers`: "any-service" when the text names any product or service using the model (a hosted app too).
    "no_hosting": Kind(
        "No hosting for third parties without a separate license",
        25,
        optional=frozenset({"covers"}),
        restriction=True,
    ),
    # Gemma §3.2, RAIL §7: the licensor may restrict use remotely or end the license at will.
    "revocable": Kind("The licensor can restrict or end your use", 10, restriction=True),
    # A grant to natural persons only ("grants to natural persons acting in their own name"; "companies and other
    # organisations are not licensed"): an organisation needs another licence (OL114, use key licensee-type).
    "individuals_only": Kind("Licensed to natural persons only", 60, restriction=True, limits_use=True, drift=True),
    # A grant for a fixed term: it ends on a `date` (ISO 8601, valid through the end of that day: "expires on 31
    # December 2025"), or a `duration` after acceptance (ISO 8601, "P1Y": "for one (1) year from the Effective
    # Date"), which only the date the licence was accepted turns into a date (OL115 decides against the check date).
    "term_expires": Kind(
        "The license is granted for a fixed term",
        20,
        optional=frozenset({"date", "duration"}),
        restriction=True,
        one_of=frozenset({"date", "duration"}),
    ),
}

# Parameters in the order documents list them.
PARAMETER_NAMES: tuple[str, ...] = (
    "text",
    "where",
    "prefix",
    "contains",
    "threshold",
    "inclusive",
    "metric",
    "currency",
    "policy_url",
    "categories",
    "excluded",
    "allowed",
    "test",
    "counts",
    "measured",
    "measured_month",
    "model_class",
    "covers",
    "date",
    "duration",
)

# Closed parameter vocabularies (what the engine knows how to evaluate); see docs/legal-model.md.
TERRITORY_TESTS = frozenset({"domicile", "place-of-use"})
COUNTS = frozenset({"group", "product"})  # whose users/revenue a cap counts
MEASURED = frozenset({"release-month", "ongoing"})  # when a cap is measured
MODEL_CLASSES = frozenset({"large-language-model", "foundational-generative-model", "any-model"})
# A no-hosting clause that names any product or service using the model (absent: the wording leaves it open).
HOSTING_COVERS = frozenset({"any-service"})
# A research-only grant confined to a non-production setting (absent: to research purposes).
GRANT_COVERS = frozenset({"non-production"})
# What `covers` may say, by kind.
COVERS = {"no_hosting": HOSTING_COVERS, "research_only": GRANT_COVERS}

ALL_KINDS = frozenset(get_args(ObligationKind))
TRIGGERS = frozenset(get_args(Trigger))
METRICS = frozenset(get_args(Metric))

# Parameters each kind may carry: (required, optional).
KIND_PARAMETERS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    name: (kind.required, kind.optional) for name, kind in KINDS.items()
}
KIND_ONE_OF: dict[str, frozenset[str]] = {name: kind.one_of for name, kind in KINDS.items() if kind.one_of}
KIND_LABELS: dict[str, str] = {name: kind.label for name, kind in KINDS.items()}
RESTRICTIVENESS: dict[str, int] = {name: kind.restrictiveness for name, kind in KINDS.items()}
RESTRICTION_KINDS = frozenset(name for name, kind in KINDS.items() if kind.restriction)
USE_RESTRICTING_KINDS = frozenset(name for name, kind in KINDS.items() if kind.limits_use)
DRIFT_KINDS = frozenset(name for name, kind in KINDS.items() if kind.drift)
