"""The settings of `[tool.openlint]` as plain frozen dataclasses (re-exported by openlint.config): the
one declaration of every setting. config_validate builds these without pydantic; config_models derives
pydantic models from them (the JSON Schema, and the wording of every config error)."""

# No `from __future__ import annotations`: config_validate reads each field's type as declared (evaluating
# postponed annotations would cost `openlint check` about a millisecond per run).
from dataclasses import dataclass
from typing import Annotated, Literal

from openlint.core.constraints import Strict

Distribution = Literal["internal", "saas", "weights", "derivative-weights"]
Severity = Literal["error", "warning", "note"]
LicenseeType = Literal["individual", "organisation"]
RequiredOpenness = Literal["open-source-ai", "open-weights", "mof-class-1", "mof-class-2", "mof-class-3"]
# The use profile takes no "yes" for true nor 1.0 for a count: a typo there must not change a verdict.
StrictFlag = Annotated[bool, Strict()]
StrictCount = Annotated[int, Strict(minimum=0)]


@dataclass(frozen=True, kw_only=True)
class UseProfile:
    """How the project intends to use its models. `None` means "not declared". Vocabularies (territories,
    use cases, model classes) are data in rules/; see docs/check.md and docs/legal-model.md."""

    commercial: StrictFlag | None = None
    production: StrictFlag | None = None  # serves real users or business processes, beyond research/evaluation
    distribution: tuple[Distribution, ...] | None = None
    # Group-wide: the products and services of the licensee and its affiliates (Llama §2), this month.
    monthly_active_users: StrictCount | None = None
    # The one product or service that uses the model (caps that count a product, e.g. Tongyi Qianwen §4).
    product_monthly_active_users: StrictCount | None = None
    # Group-wide figures of past calendar months ("YYYY-MM"), for caps measured at a release date.
    # Kept as sorted (month, users) pairs so the profile stays hashable like the rest of the settings.
    monthly_active_users_by_month: tuple[tuple[str, StrictCount], ...] | None = None
    daily_active_users: StrictCount | None = None
    # Quantities other than active users that some licences cap (OL113); group-wide like the figures above.
    registered_users: StrictCount | None = None  # registered accounts, active or not
    monthly_api_requests: StrictCount | None = None  # requests to the model (API calls) in a calendar month
    employees: StrictCount | None = None  # headcount of the licensee and its affiliates
    # Who the licensee is: a natural person acting in their own name, or an organisation (company, institution,
    # partnership...), for grants to natural persons only (OL114).
    licensee_type: LicenseeType | None = None
    annual_revenue_usd: StrictCount | None = None  # group-wide (licensee and affiliates)
    regions: tuple[str, ...] | None = None  # where the product is offered and used
    headquarters: str | None = None  # where the licensee is established (domicile / principal place of business)
    # The project gets the model only inside an end-user product or service a licensee supplies (Llama
    # §1.b.ii, the Llama 3.2/4 AUP EU clause, Stability §III, Hunyuan §3 exempt such end users).
    end_user_of_integrated_product: StrictFlag | None = None
    fine_tunes: StrictFlag | None = None
    trains_other_models: StrictFlag | None = None
    trains: tuple[str, ...] | None = None  # classes of model trained with the model or its outputs
    derivative_name: str | None = None
    use_cases: tuple[str, ...] | None = None
    claims_open_source: StrictFlag | None = None


@dataclass(frozen=True, kw_only=True)
class ModelDecl:
    """A model the project uses: a Hub id and/or a local directory, and optionally its license."""

    id: str | None = None
    license: str | None = None
    path: str | None = None

    @property
    def label(self) -> str:
        return self.id or str(self.path)


@dataclass(frozen=True, kw_only=True)
class IgnoreRule:
    rule: str
    models: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()
    reason: str | None = None


@dataclass(frozen=True, kw_only=True)
class Evidence:
    """Files that prove an obligation is fulfilled (checked, not trusted)."""

    attribution: str | None = None
    notice: str | None = None
    license: str | None = None


@dataclass(frozen=True, kw_only=True)
class ReleaseComponent:
    """One component of the project's own model release, for what the card cannot say."""

    name: str
    released: bool = True
    location: str | None = None
    license: str | None = None


@dataclass(frozen=True, kw_only=True)
class ReleaseDecl:
    """`[tool.openlint.release]`: the components a model release ships, where, and under which license."""

    name: str | None = None
    license: str | None = None  # the distribution license, inherited by components without their own
    code_license: str | None = None
    data_license: str | None = None
    document_license: str | None = None
    components: tuple[ReleaseComponent, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Settings:
    fail_on: Severity = "error"
    # a blocker read from a licence text below REVIEW_CONFIDENCE: an error to review ("fail", the gate stops on
    # it) or a possible blocker reported as a warning ("warn", the gate passes unless fail-on is warning)
    review_blockers: Literal["fail", "warn"] = "fail"
    ignore: tuple[str | IgnoreRule, ...] = ()
    rules: tuple[str, ...] = ()
    licenses: tuple[str, ...] = ()
    baseline: str | None = None
    use: UseProfile = UseProfile()
    models: tuple[ModelDecl, ...] = ()
    evidence: Evidence = Evidence()
    require_openness: RequiredOpenness | None = None
    release: ReleaseDecl | None = None
    online: bool = False  # set only by --online / the API argument; `online = true` in a file is ignored
    require_models: bool = False  # fail (exit 2) when no model's license was found and checked
    # The date licences are checked on (ISO 8601, YYYY-MM-DD): a fixed term ends before it or not (OL115).
    # Default: today's UTC date; `--as-of` on the command line wins. Pin it for a reproducible run.
    as_of: str | None = None
