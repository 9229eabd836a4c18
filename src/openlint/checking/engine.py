"""The rule engine: hold a project's declared use against its models' license obligations."""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openlint.checking.blockers import blocker, clause_identity
from openlint.checking.evidence import verify
from openlint.checking.gather_facts import gather
from openlint.checking.rule_decision import alternatives_of, applications, decide
from openlint.checking.rules import Rule, evaluate, render_message
from openlint.core.catalog import Catalog, LicenseEntry, default_catalog
from openlint.core.config import Config, UseProfile
from openlint.core.explanation import Alternative
from openlint.core.findings import Finding, Location, Severity
from openlint.core.naming import name_key
from openlint.core.obligations import Obligation
from openlint.core.resolve import ResolvedLicense
from openlint.sources.models import ModelLicense, model_license

# A policy item that forbids machine-generated content presented without saying so (BLOOM RAIL, Hunyuan Exhibit A):
# for a declared use that generates content, disclosing it is a condition of the licence (OL208).
DISCLOSURE_CATEGORY = "undisclosed-machine-generated-content"

if TYPE_CHECKING:
    from openlint.checking.scope import Scope


@dataclass(frozen=True)
class ModelResult:
    """What was resolved for one model, for reporters."""

    label: str
    query: str | None
    origin: str
    licenses: tuple[str, ...]
    chosen: tuple[str, ...] = ()
    alternatives: int = 1
    lineage: tuple[str, ...] = ()
    lineage_edges: tuple[tuple[str, str, str], ...] = ()
    facts: dict[str, Any] = field(default_factory=dict, compare=False)  # the `model` data rules saw
    # licences read from texts that the check used (the model's own, its base models'): their terms
    text_terms: tuple[LicenseEntry, ...] = field(default=(), compare=False)


@dataclass
class Report:
    findings: list[Finding]
    models: list[ModelResult]
    config_path: str | None
    fail_on: Severity
    suppressed: dict[str, int] = field(default_factory=dict)
    checks: int = 0  # rules run on every model
    notices: list[str] = field(default_factory=list)  # what the run could not do (no config, nothing found)
    base_dir: str | None = None  # the directory relative finding paths are relative to
    repository_root: str | None = None  # what SARIF and GitHub annotations name files relative to

    def checked(self) -> str:
        """What was checked, for a verdict that does not claim more: "N checks on M models"."""
        models = len(self.models)
        return f"{self.checks} check(s) on {models} model(s)"

    def failing(self) -> list[Finding]:
        from openlint.core.findings import at_or_above

        return [f for f in self.findings if at_or_above(f, self.fail_on)]

    def exit_code(self, exit_zero: bool = False) -> int:
        return 0 if exit_zero or not self.failing() else 1


def use_context(use: UseProfile) -> dict[str, Any]:
    """The `use` CEL variable: only declared fields are present (undeclared != false)."""
    from openlint.core.vocabulary import generative_classes, model_classes, territories

    data: dict[str, Any] = {
        name: (list(value) if isinstance(value, tuple) else value)
        for name, value in dataclasses.asdict(use).items()
        if value is not None
    }
    if use.monthly_active_users_by_month is not None:
        data["monthly_active_users_by_month"] = dict(use.monthly_active_users_by_month)
    if use.derivative_name is not None:
        data["derivative_name_key"] = name_key(use.derivative_name)
    if use.regions is not None:
        codes = territories().expand(use.regions)
        data["region_codes"] = sorted(codes)
        data["regions"] = list(dict.fromkeys([*use.regions, *territories().groups_of(codes)]))  # DE -> DE, EU, EEA
    if use.headquarters is not None:
        data["headquarters_groups"] = territories().groups_of(frozenset({use.headquarters}))
    if use.trains:  # declaring what is trained says that something is trained
        data["trains_other_models"] = True
        classes = model_classes()
        data["trains_bans"] = sorted({ban for name in use.trains for ban in classes[name][1]})
        data["trains_generative"] = not generative_classes().isdisjoint(use.trains)
    if use.use_cases is not None:
        data["generating_use_cases"] = _generating(use.use_cases)
    triggers = ["use"]
    if use.fine_tunes or (use.distribution and "derivative-weights" in use.distribution):
        triggers.append("modify")
    if use.distribution is not None:
        if {"weights", "derivative-weights"} & set(use.distribution):
            triggers.append("distribute")
        if "saas" in use.distribution:
            triggers.append("serve")
        data["triggers"] = triggers
    return data


def license_context(lic: ResolvedLicense) -> dict[str, Any]:
    entry = lic.entry
    data: dict[str, Any] = {"id": lic.id, "status": lic.status, "query": lic.query}
    if entry is not None:
        data.update(
            name=entry.name,
            family=entry.family,
            osi_approved=entry.osi_approved,
            ai_model_license=entry.ai_model_license,
            spdx=entry.spdx or "",
            complete=entry.obligations_complete,
        )
    if lic.candidates:
        data["candidates"] = list(lic.candidates)
    if lic.note:
        data["note"] = lic.note
    return data


def _generating(declared: Sequence[str]) -> list[str]:
    """The declared use cases that generate content (rules/use-cases.toml `generates`), in declared order."""
    from openlint.core.vocabulary import use_cases

    categories = use_cases()
    return [u for u in declared if u in categories and categories[u].generates]


def check_date(as_of: str | None) -> datetime.date:
    """The date licences are checked on: the config's or the command line's `as-of`, else today's UTC date."""
    return datetime.date.fromisoformat(as_of) if as_of else datetime.datetime.now(datetime.UTC).date()


# A fixed term ending within this many days after the check date is a warning: the gate must not fail
# tomorrow without notice.
EXPIRY_NOTICE_DAYS = 90


def _term(ob: Obligation, as_of: str | None) -> dict[str, Any]:
    """A fixed term against the check date: `as_of`, and for a term with a last day `days_left` (negative once it
    has ended: a licence that "expires on D" is valid through the end of D) and `term_state` in words."""
    on = check_date(as_of)
    data: dict[str, Any] = {"as_of": on.isoformat()}
    if ob.date is not None:
        end = datetime.date.fromisoformat(ob.date)
        days = (end - on).days
        data["days_left"] = days
        if days < 0:
            data["term_state"] = f"ended on {ob.date}, {-days} day(s) before the check date {on.isoformat()}"
        elif days == 0:
            data["term_state"] = f"ends at the end of today, {ob.date} (check date {on.isoformat()})"
        else:
            data["term_state"] = f"ends on {ob.date}, {days} day(s) after the check date {on.isoformat()}"
    return data


def obligation_context(
    ob: Obligation, extra: dict[str, Any], use: UseProfile | None = None, as_of: str | None = None
) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": ob.kind, "triggers": list(ob.triggers), **ob.parameters()}
    if ob.kind == "term_expires":
        data.update(_term(ob, as_of))
    data["duty"] = ob.summary or ob.kind.replace("_", " ")
    data["section"] = ob.source.section or ""
    if ob.prefix:
        data["prefix_key"] = name_key(ob.prefix)
    if ob.contains:
        data["contains_key"] = name_key(ob.contains)
    if ob.kind == "naming":
        data["name_rule"] = f"begin with '{ob.prefix}'" if ob.prefix else f"contain '{ob.contains}'"
    data.update(ob.scoping())
    if ob.kind == "territory":
        from openlint.core.vocabulary import territories

        data["test"] = ob.test or "place-of-use"
        data["test_key"] = "headquarters" if data["test"] == "domicile" else "regions"
        data["excluded_codes"] = sorted(territories().expand(ob.excluded or ()))
        # A grant limited to places ("only within the EU"): every place outside them is excluded.
        data["limited"] = ob.allowed is not None
        data["allowed_codes"] = sorted(territories().expand(ob.allowed or ()))
        where = [f"in {', '.join(ob.excluded)}"] if ob.excluded else []
        where += [f"outside {', '.join(ob.allowed)}"] if ob.allowed else []
        data["no_rights"] = " or ".join(where)
    if ob.kind == "acceptable_use" and ob.categories is None and ob.source.path and ob.source.text:
        from openlint.core.vocabulary import categories_named

        # a use ban read from a licence text: the categories its clause names (none mapped in a catalog)
        data["named_categories"] = categories_named(ob.source.text)
    if ob.kind == "acceptable_use" and use is not None and use.use_cases:
        prohibited = ob.categories if ob.categories is not None else data.get("named_categories")
        if prohibited is not None:
            data["matched_use_cases"] = [u for u in use.use_cases if u in prohibited]
        generating = _generating(use.use_cases) if prohibited is not None and DISCLOSURE_CATEGORY in prohibited else []
        if generating:
            # the policy forbids generated content that is not disclosed: for a use that generates content, the
            # disclosure is a condition of the licence, a duty to act on (OL208 `warning_when`)
            data["disclosure"] = (
                f"; it forbids content presented without saying it is machine generated, so for {generating} "
                "say expressly, wherever the generated content is shown or published, that it is machine generated"
            )
    if ob.kind == "no_training_other_models":
        data["model_class"] = ob.model_class or "any-model"
    if ob.kind in ("user_cap", "revenue_cap"):
        from openlint.checking.caps import revenue_bounds

        data["inclusive"] = bool(ob.inclusive)
        data["over"] = "at or above" if ob.inclusive else "above"
        if ob.kind == "revenue_cap":
            data.update(revenue_bounds(ob))
    if ob.kind in ("no_hosting", "research_only"):
        data["covers"] = ob.covers or "unstated"
    if ob.kind == "user_cap" and ob.metric == "monthly_active_users" and use is not None:
        from openlint.checking.caps import user_figure

        data.update(user_figure(ob, use))
    if ob.kind == "user_cap" and ob.metric in ("registered_users", "monthly_api_requests", "employees"):
        from openlint.checking.caps import quantity_figure

        if use is not None:
            data.update(quantity_figure(ob, use))
    data.update(extra)
    return data


@dataclass(frozen=True)
class _Target:
    """One model in one license alternative, ready for rules."""

    model: ModelLicense
    model_data: dict[str, Any]
    licenses: tuple[ResolvedLicense, ...]
    loaded_at: tuple[Location, ...] = ()  # where the project loads the model (calls, config keys)


def _locations(
    config: Config, rule: Rule, target: _Target, data: dict[str, Any], ob: Obligation | None
) -> tuple[Location | None, tuple[Location, ...]]:
    """Where a finding points, and its related locations. A discovered model's finding points at the
    call (or config key) that loads it, with the use declaration and the license's source related;
    a declared model's at the use declaration or its license, with the load calls related. The
    license's source is the line an obligation was read from, when it was read from a file."""
    use_line: Location | None = None
    if config.path is not None and rule.spec.scope == "obligation":
        # The use key the rule decided on (`at`, which may name a key by a placeholder), else its first requirement.
        keys = [render_message(key, data) for key in rule.spec.at] + list(rule.spec.requires[:1])
        for key in keys:
            line = config.line_of("use." + key)
            if line is not None:
                use_line = Location(str(config.path), line)
                break
    model = target.model
    source = ob.source if ob is not None else None
    licence = model.location
    if source is not None and source.path is not None and source.start_line is not None:
        licence = Location(source.path, source.start_line)
    fallback = Location(str(config.path), 1) if config.path is not None else None
    primary: Location | None
    others: list[Location | None]
    if target.model_data.get("discovered") and target.loaded_at:
        primary, others = target.loaded_at[0], [use_line, licence, *target.loaded_at[1:]]
    elif use_line is not None:
        primary, others = use_line, [licence, *target.loaded_at]
    else:
        primary, others = licence or fallback, list(target.loaded_at)
    related = tuple(dict.fromkeys(loc for loc in others if loc is not None and loc != primary))
    return primary, related


class _Run:
    def __init__(self, config: Config, rules: Sequence[Rule]) -> None:
        self.config = config
        self.rules = rules
        self.use = use_context(config.settings.use)
        declared = {k.replace("_", "-") for k, v in dataclasses.asdict(config.settings.use).items() if v is not None}
        self.declared = declared
        self.findings: list[Finding] = []
        self._asked: set[tuple[str, str]] = set()
        self._fired: dict[tuple[str, Hashable], int] = {}  # (model, blocker) -> index of its finding
        self._clauses: dict[tuple[str, Hashable], list[str]] = {}  # the clauses each blocker names

    def _finding(
        self,
        rule: Rule,
        severity: Severity,
        message: str,
        target: _Target,
        lic: ResolvedLicense,
        ob: Obligation | None,
        data: dict[str, Any],
        undecided: bool = False,
    ) -> Finding:
        from openlint.checking.certainty import basis_of, review_note, weigh

        scoped = rule.spec.scope != "model"
        basis = basis_of(
            lic.entry if scoped else None,
            lic.id if scoped else None,
            ob,
            target.model.text_license,
            self.config.root,
        )
        lower = self.config.settings.review_blockers == "warn"
        weighed, basis = weigh(severity, basis, from_obligation=ob is not None, lower_blockers=lower)
        if basis.review:
            message += review_note(basis, lowered=basis.lowered, blocker=severity == "error")
        severity = weighed
        location, related = _locations(self.config, rule, target, data, ob)
        return Finding(
            rule=rule.code,
            name=rule.name,
            severity=severity,
            message=message,
            remediation=rule.spec.remediation,
            model=target.model.label,
            license=lic.id,
            kind=ob.kind if ob else None,
            location=location,
            related=related,
            required_text=ob.text if ob and ob.kind in ("attribution", "notice") else None,
            undecided=undecided,
            basis=basis,
        )

    def apply(self, rule: Rule, target: _Target, lic: ResolvedLicense, ob: Obligation | None) -> None:
        extra = verify(ob, self.config, target.model) if ob is not None else {}
        data = {
            "use": self.use,
            "license": license_context(lic),
            "obligation": obligation_context(ob, extra, self.config.settings.use, self.config.settings.as_of)
            if ob is not None
            else {},
            "model": target.model_data,
        }
        decision = decide(rule, data, self.declared, ob)
        if decision.kind == "fires":
            message = render_message(rule.spec.message, data)
            severity = rule.spec.severity
            if rule.error_when is not None:
                blocks = evaluate(rule.error_when, data)
                severity = "error" if blocks.value or blocks.error else severity  # fails closed
            if rule.warning_when is not None and severity == "note":
                duty = evaluate(rule.warning_when, data)
                severity = "warning" if duty.value or duty.error else severity
            self._fires(self._finding(rule, severity, message, target, lic, ob, data), lic, ob)
        elif decision.kind == "error":  # checked nothing: a gate does not pass on it
            self._undecided(rule, target, lic, ob, data, decision.detail, "error")
        elif decision.kind == "scope" and ob is not None and decision.scope is not None:
            self._scope_undecided(rule, target, lic, ob, data, decision.scope)
        elif decision.kind == "missing":
            key = (rule.code, target.model.label)
            if key not in self._asked:
                self._asked.add(key)
                message = f"cannot check {rule.name} for {lic.id}: declare {decision.detail} in [tool.openlint.use]"
                self._undecided(rule, target, lic, ob, data, message)
        elif decision.kind == "undecided":
            self._undecided(rule, target, lic, ob, data, render_message(rule.spec.undecided_message, data))

    def _fires(self, finding: Finding, lic: ResolvedLicense, ob: Obligation | None) -> None:
        """One blocker per model, licence and rule (checking.blockers): a second clause of the same licence
        that the same rule finds broken is named in the first finding, not counted as a second violation.
        The finding's fingerprint covers every clause it names, and names its clause when the licence has
        another of the same kind (Hunyuan's EU and UK/South Korea terms), so a baseline of one clause's
        breach does not hide the other's. Other findings stay separate."""
        if finding.severity != "error":
            self.findings.append(finding)
            return
        key = (finding.model or "", blocker(finding.rule, finding.license, ob, len(self.findings)))
        index = self._fired.get(key)
        if index is None or ob is None:
            self._fired[key] = len(self.findings)
            self._clauses[key] = [clause_identity(ob)] if ob is not None else []
            if ob is not None and lic.entry is not None and _kind_count(lic.entry.obligations, ob.kind) > 1:
                finding = dataclasses.replace(finding, clauses=(clause_identity(ob),))
            self.findings.append(finding)
            return
        first = self.findings[index]
        src = ob.source  # a text's path is not named: it is spelt differently when read back from a BOM
        where = f"§{src.section}" if src.section else f"line {src.start_line}" if src.start_line else "the same licence"
        also = f" (also {where}: {ob.summary or ob.kind.replace('_', ' ')})"
        clauses = [c for c in dict.fromkeys([first.basis.clause, finding.basis.clause]) if c]
        basis = dataclasses.replace(first.basis, clause="; ".join(clauses) or None)
        named = self._clauses[key]
        named.append(clause_identity(ob))
        self.findings[index] = dataclasses.replace(
            first, message=first.message + also, basis=basis, clauses=tuple(sorted(set(named)))
        )

    def _scope_undecided(
        self, rule: Rule, target: _Target, lic: ResolvedLicense, ob: Obligation, data: dict[str, Any], scope: Scope
    ) -> None:
        key = (rule.code, f"{target.model.label}\0{lic.id}\0{','.join(ob.conditions or ())}")
        if key in self._asked:
            return
        self._asked.add(key)
        if scope.unknown:
            detail = f"unknown scope condition(s) {', '.join(scope.unknown)} in the catalog entry"
        else:
            detail = "; ".join(f"{c.definition} (declare {c.declare})" for c in scope.undecided)
        where = f" §{ob.source.section}" if ob.source.section else ""
        kind = ob.kind.replace("_", " ")
        self._undecided(rule, target, lic, ob, data, f"cannot tell whether {lic.id}{where} ({kind}) applies: {detail}")

    def _undecided(
        self,
        rule: Rule,
        target: _Target,
        lic: ResolvedLicense,
        ob: Obligation | None,
        data: dict[str, Any],
        message: str,
        severity: Severity = "note",
    ) -> None:
        # An undeclared use is an open question (note); a rule that fails to evaluate checked nothing,
        # and a gate never passes on what it could not check (error).
        finding = self._finding(rule, severity, f"{target.model.label}: {message}", target, lic, ob, data, True)
        self.findings.append(finding)

    def blocker_count(self) -> int:
        """What ranks `A OR B` alternatives (checking.blockers): each blocker is one error finding, a second
        clause merged into its first (`_fires`), a question that could not be checked its own."""
        return sum(finding.severity == "error" for finding in self.findings)

    def run_target(self, target: _Target) -> None:
        for rule, lic, ob in applications(self.rules, target.licenses):
            self.apply(rule, target, lic, ob)


def _kind_count(obligations: Sequence[Obligation], kind: str) -> int:
    return sum(ob.kind == kind for ob in obligations)


def _resolve(ml: ModelLicense, catalog: Catalog) -> tuple[tuple[Alternative, ...], bool]:
    return alternatives_of(ml.query, ml.problem, catalog)


def _states_terms(alternative: Alternative) -> bool:
    """Whether the alternative names any terms: `other` / `unknown` alone (OL404) names none, so a model
    licensed only so was not checked, and `--require-models` does not count it (docs/check.md)."""
    return any(lic.status != "unspecified" for lic in alternative.licenses)


def _least_blocked(
    config: Config,
    rules: Sequence[Rule],
    model: _Target,
    alternatives: tuple[Alternative, ...],
) -> tuple[_Run, Alternative]:
    """The alternative a licensee would take (`A OR B`): the fewest blockers, then the least restrictive,
    the first on a tie; with the run of the rules over it."""
    best: tuple[tuple[int, int], _Run, Alternative] | None = None
    for alt in alternatives:
        run = _Run(config, rules)
        run.run_target(dataclasses.replace(model, licenses=alt.licenses))
        score = (run.blocker_count(), alt.restrictiveness)
        if best is None or score < best[0]:
            best = (score, run, alt)
    assert best is not None, "explain() gives at least one alternative"
    return best[1], best[2]


def check_config(
    config: Config,
    rules: Sequence[Rule],
    given: Sequence[tuple[ModelLicense, dict[str, Any]]] | None = None,
    catalog: Catalog | None = None,
) -> Report:
    """Run every rule over every declared model; pure of I/O except reading evidence files.
    `given` replaces the project's inventory with models whose lineage facts are already known
    (read from an inventory file): their lineage is not followed again. `catalog` is the shipped catalog
    extended with the project's own licenses, when the caller has already read them."""
    if catalog is None:
        catalog = default_catalog().extended([config.root / d for d in config.settings.licenses])
    models: list[ModelResult] = []
    findings: list[Finding] = []
    from openlint.discovery.models import ProjectModel, project_models

    known: dict[str, dict[str, Any]] = {}
    inventory: list[ProjectModel]
    if given is not None:  # an inventory read elsewhere (a BOM) replaces the project's own
        inventory = [ProjectModel(ml, bool(facts.get("discovered"))) for ml, facts in given]
        known = {ml.label: facts for ml, facts in given}
    else:
        declared = [model_license(config, index, decl) for index, decl in enumerate(config.settings.models)]
        inventory = project_models(config, declared)  # declared and discovered, merged
    for project_model in inventory:
        ml, facts, edges = gather(config, project_model, rules, known.get(project_model.model.label))
        model_data = facts.cel()  # what the rules see as `model`, and what reporters show
        terms = catalog.with_entry(ml.text_license) if ml.text_license is not None else catalog
        read = [ml.text_license] if ml.text_license is not None else []
        for entry in ml.upstream_texts:  # base models' licences read from texts: ids no catalog holds
            if entry.id not in terms:
                terms = terms.with_entry(entry)
                read.append(entry)
        alternatives, resolved = _resolve(ml, terms)
        run, chosen = _least_blocked(config, rules, _Target(ml, model_data, (), project_model.loaded_at), alternatives)
        findings.extend(run.findings)
        models.append(
            ModelResult(
                ml.label,
                ml.query,
                ml.origin,
                tuple(dict.fromkeys(lic.id for alt in alternatives for lic in alt.licenses)),
                tuple(lic.id for lic in chosen.licenses) if resolved and _states_terms(chosen) else (),
                len(alternatives),
                lineage=tuple(str(step) for step in model_data.get("lineage", [])),
                lineage_edges=edges,
                facts=model_data,
                text_terms=tuple(read),
            )
        )
    return Report(
        findings, models, str(config.path) if config.path else None, config.settings.fail_on, checks=len(rules)
    )


def rule_directories(config: Config, builtin: Path) -> list[Path]:
    return [builtin, *((config.root / extra) for extra in config.settings.rules)]


def filter_ignored(findings: Iterable[Finding], config: Config) -> tuple[list[Finding], int]:
    """Drop findings silenced by `ignore` (codes or names, optionally per model or path)."""
    import fnmatch

    from openlint.core.config import IgnoreRule

    kept: list[Finding] = []
    dropped = 0
    for finding in findings:
        silenced = False
        for entry in config.settings.ignore:
            if isinstance(entry, str):
                silenced = entry in (finding.rule, finding.name)
            elif isinstance(entry, IgnoreRule) and entry.rule in (finding.rule, finding.name):
                by_model = not entry.models or any(fnmatch.fnmatch(finding.model or "", m) for m in entry.models)
                path = finding.location.path if finding.location else ""
                rel = _relative(path, config.root)
                by_path = not entry.paths or any(fnmatch.fnmatch(rel, p) for p in entry.paths)
                silenced = by_model and by_path
            if silenced:
                break
        if silenced:
            dropped += 1
        else:
            kept.append(finding)
    return kept, dropped


def _relative(path: str, root: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(root.resolve()))
    except ValueError:
        return path
