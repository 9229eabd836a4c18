"""The rule engine: hold a project's declared use against its models' license obligations."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openlint.checking.evidence import verify
from openlint.checking.rules import Rule, evaluate, render_message
from openlint.core.catalog import Catalog, default_catalog
from openlint.core.config import Config, UseProfile
from openlint.core.explanation import Alternative, explain
from openlint.core.findings import Finding, Location, Severity
from openlint.core.naming import name_key
from openlint.core.obligations import Obligation
from openlint.core.resolve import ResolvedLicense
from openlint.errors import OpenlintError
from openlint.sources.modality import model_modality
from openlint.sources.models import ModelLicense, model_license

if TYPE_CHECKING:
    from openlint.checking.scope import Scope
    from openlint.sources.base_evidence import Evidence
    from openlint.sources.lineage import LineageFacts


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
    from openlint.core.vocabulary import model_classes, territories

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


def obligation_context(ob: Obligation, extra: dict[str, Any], use: UseProfile | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": ob.kind, "triggers": list(ob.triggers), **ob.parameters()}
    data["duty"] = ob.summary or ob.kind.replace("_", " ")
    data["section"] = ob.source.section or ""
    if ob.prefix:
        data["prefix_key"] = name_key(ob.prefix)
    data.update(ob.scoping())
    if ob.kind == "territory":
        from openlint.core.vocabulary import territories

        data["test"] = ob.test or "place-of-use"
        data["test_key"] = "headquarters" if data["test"] == "domicile" else "regions"
        data["excluded_codes"] = sorted(territories().expand(ob.excluded or ()))
    if ob.kind == "acceptable_use" and ob.categories is not None and use is not None and use.use_cases:
        data["matched_use_cases"] = [u for u in use.use_cases if u in ob.categories]
    if ob.kind == "no_training_other_models":
        data["model_class"] = ob.model_class or "any-model"
    if ob.kind == "user_cap" and ob.metric == "monthly_active_users" and use is not None:
        from openlint.checking.caps import user_figure

        data.update(user_figure(ob, use))
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
    config: Config, rule: Rule, target: _Target, data: dict[str, Any]
) -> tuple[Location | None, tuple[Location, ...]]:
    """Where a finding points, and its related locations. A discovered model's finding points at the
    call (or config key) that loads it, with the use declaration and the license's source related;
    a declared model's at the use declaration or its license, with the load calls related."""
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
    fallback = Location(str(config.path), 1) if config.path is not None else None
    primary: Location | None
    others: list[Location | None]
    if target.model_data.get("discovered") and target.loaded_at:
        primary, others = target.loaded_at[0], [use_line, model.location, *target.loaded_at[1:]]
    elif use_line is not None:
        primary, others = use_line, [model.location, *target.loaded_at]
    else:
        primary, others = model.location or fallback, list(target.loaded_at)
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
        weighed, basis = weigh(severity, basis, from_obligation=ob is not None)
        if basis.review:
            message += review_note(basis, lowered=basis.lowered)
        severity = weighed
        location, related = _locations(self.config, rule, target, data)
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
            "obligation": obligation_context(ob, extra, self.config.settings.use) if ob is not None else {},
            "model": target.model_data,
        }
        applies = evaluate(rule.applies, data)
        if not applies.value:
            if applies.error:
                self._undecided(rule, target, lic, ob, data, f"could not evaluate 'applies': {applies.error}", "error")
            return
        if ob is not None and ob.conditions:
            from openlint.checking.scope import in_scope

            scope = in_scope(ob.conditions, data)
            if scope.applies is False:
                return  # outside the obligation's scope (e.g. a commercial-only cap on non-commercial use)
            if scope.applies is None:
                self._scope_undecided(rule, target, lic, ob, data, scope)
                return
        missing = [name for name in rule.spec.requires if name not in self.declared]
        if missing:
            key = (rule.code, target.model.label)
            if key not in self._asked:
                self._asked.add(key)
                fields = ", ".join(missing)
                self._undecided(
                    rule,
                    target,
                    lic,
                    ob,
                    data,
                    f"cannot check {rule.name} for {lic.id}: declare {fields} in [tool.openlint.use]",
                )
            return
        if rule.undecided is not None:
            pending = evaluate(rule.undecided, data)
            if pending.error:  # checked nothing: a gate does not pass on it
                self._undecided(
                    rule, target, lic, ob, data, f"could not evaluate 'undecided': {pending.error}", "error"
                )
                return
            if pending.value:
                self._undecided(rule, target, lic, ob, data, render_message(rule.spec.undecided_message, data))
                return
        outcome = evaluate(rule.condition, data)
        if outcome.error:
            self._undecided(rule, target, lic, ob, data, f"could not evaluate the condition: {outcome.error}", "error")
        elif outcome.value:
            message = render_message(rule.spec.message, data)
            self.findings.append(self._finding(rule, rule.spec.severity, message, target, lic, ob, data))

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
        self.findings.append(
            self._finding(rule, severity, f"{target.model.label}: {message}", target, lic, ob, data, undecided=True)
        )

    def run_target(self, target: _Target) -> None:
        for index, lic in enumerate(target.licenses):
            for rule in self.rules:
                if rule.spec.scope == "model":
                    if index == 0:
                        self.apply(rule, target, lic, None)
                elif rule.spec.scope == "license":
                    self.apply(rule, target, lic, None)
                elif lic.entry is not None:
                    for ob in lic.entry.obligations:
                        self.apply(rule, target, lic, ob)


def _missing_license(label: str, problem: str) -> ResolvedLicense:
    return ResolvedLicense(query=label, status="missing", note=problem)


def _resolve(ml: ModelLicense, catalog: Catalog) -> tuple[tuple[Alternative, ...], bool]:
    """The ways to comply with the model's license, and whether it resolved at all (else one
    alternative holding the missing or unknown license, for the rules that report it)."""
    if ml.query is None:
        failure = _missing_license("none", ml.problem or "no license found")
    else:
        try:
            return explain(ml.query, catalog).alternatives, True
        except OpenlintError as exc:
            failure = ResolvedLicense(query=ml.query, status="unknown", note=str(exc))
    return (Alternative((failure,), 0),), False


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
        errors = sum(1 for f in run.findings if f.severity == "error")
        score = (errors, alt.restrictiveness)
        if best is None or score < best[0]:
            best = (score, run, alt)
    assert best is not None, "explain() gives at least one alternative"
    return best[1], best[2]


def _with_lineage(
    config: Config,
    ml: ModelLicense,
    model_data: dict[str, Any],
    lineage_edges: dict[str, tuple[tuple[str, str, str], ...]],
) -> ModelLicense:
    """A derivative is bound by its base models' licenses too: check `own AND upstream`."""
    from openlint.sources.card import find_card

    directory = ml.directory
    if directory is None or find_card(directory) is None:
        return ml
    from openlint.sources.lineage import build, facts

    contradiction = _card_vs_license_file(ml)
    if contradiction is not None:
        model_data["card_license"] = ml.query
        ml, model_data["license_file"] = contradiction

    root = build(ml.label, directory, config, fallback=_base_evidence(config, ml, directory, model_data))
    found = facts(root)
    header = _gguf_header_license(ml, directory)
    if header is not None and header not in found.upstream:
        # The weights' own header names the license of the model they were converted from: an upstream
        # license even when that model is not in the cache to follow.
        model_data["gguf_license"] = header
        found = _with_upstream(ml.query, found, header)
    model_data["drift"] = list(found.drift)
    model_data["merge_conflicts"] = list(found.conflicts)
    from openlint.core.compatibility import merge_undecided

    model_data["merge_undecided"] = merge_undecided(root)
    model_data["unresolved_bases"] = list(found.unresolved)
    model_data["lineage"] = list(found.tree)
    lineage_edges[ml.label] = found.edges
    if not found.upstream:
        return ml
    own = f"({ml.query})" if ml.query else None
    inherited = [f"({q})" for q in found.upstream if q != ml.query]  # the model's own terms only once
    query = " AND ".join([*([own] if own else []), *inherited])
    model_data["upstream_licenses"] = list(found.upstream)
    model_data["declared_license"] = ml.query or "no license"
    return dataclasses.replace(ml, query=query, origin=f"{ml.origin} + base model licenses")


def _gguf_header_license(ml: ModelLicense, directory: Path) -> str | None:
    """A GGUF header's `general.license` that differs from the license the model card declares."""
    if ml.query is None or not ml.origin.startswith("model card"):
        return None
    from openlint.sources.license_text import gguf_license

    found = gguf_license(directory)
    return found[0] if found is not None and found[0].lower() != ml.query.lower() else None


def _with_upstream(own: str | None, found: LineageFacts, extra: str) -> LineageFacts:
    from openlint.sources.lineage import drift, restrictive_kinds

    upstream = (*found.upstream, extra)
    kinds = drift(restrictive_kinds(own), [restrictive_kinds(q) for q in upstream])
    return dataclasses.replace(found, upstream=upstream, drift=kinds)


def _base_evidence(config: Config, ml: ModelLicense, directory: Path, model_data: dict[str, Any]) -> Evidence | None:
    """When the card names no base model: what the repository's files name (for the lineage), and,
    for the project's own repositories, the evidence OL412 cites."""
    from openlint.fix.cardfix import fixable
    from openlint.sources.base_evidence import chosen, find_evidence
    from openlint.sources.lineage import card_lineage

    if card_lineage(directory)[0]:
        return None
    evidence = find_evidence(directory, (ml.label, ml.decl.id or ""))
    if evidence and directory.resolve().is_relative_to(config.root.resolve()):  # not a model in the HF cache
        model_data["base_model_evidence"] = [e.describe() for e in evidence]
        model_data["base_model_fix"] = fixable(evidence)[1]
    return chosen(evidence)


def _card_vs_license_file(ml: ModelLicense) -> tuple[ModelLicense, str] | None:
    """When the LICENSE file contradicts the card's tag (apache-2.0 over a Llama or custom restrictive
    text): the model as the file licenses it (the file binds), and what the file is."""
    if ml.directory is None or ml.query is None or not ml.origin.startswith("model card"):
        return None
    from openlint.core.obligations import USE_RESTRICTING_KINDS
    from openlint.sources.models import license_text

    text_query, entry, location = license_text(ml.directory)
    if text_query is None:
        return None
    try:
        declared = explain(ml.query).licenses
    except OpenlintError:
        return None
    if entry is None:
        if text_query in {lic.id for lic in declared}:
            return None
        what = text_query
    else:  # an unidentified text: a contradiction only if it restricts use where the tag does not
        have = {o.kind for lic in declared if lic.entry is not None for o in lic.entry.obligations}
        extra = sorted({o.kind for o in entry.obligations if o.kind in USE_RESTRICTING_KINDS} - have)
        if not extra:
            return None
        what = f"a custom license ({', '.join(k.replace('_', ' ') for k in extra)})"
    origin = f"LICENSE text (the card's tag says {ml.query})"
    bound = dataclasses.replace(ml, query=text_query, origin=origin, location=location, text_license=entry)
    return bound, what


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
    edges: dict[str, tuple[tuple[str, str, str], ...]] = {}
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
        ml, discovered, loaded_at = project_model.model, project_model.discovered, project_model.loaded_at
        decl = ml.decl
        model_data: dict[str, Any] = {
            "id": decl.id or "",
            "path": decl.path or "",
            "label": ml.label,
            "license_origin": ml.origin,
            "discovered": discovered,
            "undeclared": project_model.undeclared,
        }
        if project_model.overridable:
            model_data["overridable"] = project_model.overridable
        if ml.problem:
            model_data["problem"] = ml.problem
        if ml.card_problems:
            model_data["card_problems"] = list(ml.card_problems)
        if ml.text_note:
            model_data["license_note"] = ml.text_note
        told = model_modality(decl.id or ml.label, ml.directory)
        if told is not None:
            model_data["modality"], model_data["modality_source"] = told
        if ml.label in known:
            facts = dict(known[ml.label])
            edges[ml.label] = tuple(tuple(edge) for edge in facts.pop("lineage_edges", ()))
            model_data.update(facts)
        else:
            ml = _with_lineage(config, ml, model_data, edges)
        if any(rule.code.startswith("OL3") or "openness" in rule.spec.condition for rule in rules):
            from openlint.checking.openness import openness_context

            model_data.update(openness_context(config, ml, rules))
        terms = catalog.with_entry(ml.text_license) if ml.text_license is not None else catalog
        alternatives, resolved = _resolve(ml, terms)
        run, chosen = _least_blocked(config, rules, _Target(ml, model_data, (), loaded_at), alternatives)
        findings.extend(run.findings)
        models.append(
            ModelResult(
                ml.label,
                ml.query,
                ml.origin,
                tuple(dict.fromkeys(lic.id for alt in alternatives for lic in alt.licenses)),
                tuple(lic.id for lic in chosen.licenses) if resolved else (),
                len(alternatives),
                lineage=tuple(str(step) for step in model_data.get("lineage", [])),
                lineage_edges=edges.get(ml.label, ()),
                facts=model_data,
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
