"""The blind licensing scenarios (fixtures/scenarios-blind, fixtures/scenarios-blind2): written from the licence
texts and the user docs only, committed before openlint was run on any of them, then measured once
(docs/testing.md). Each set's history is a record in blind_scenarios.BLIND_SETS.

These tests pin how the engine decides each set today, scenario by scenario, so that any engine change that
moves one shows up here: a fix of a known disagreement must move its name out of `disagree` (into
`fixed_since`), a regression moves a name in. The verdicts themselves are never edited to follow the engine.
The tests particular to the second set are in test_scenarios_blind2.py."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from blind_scenarios import BLIND_SETS, VERDICTS, BlindSet, decided, fold, rule_codes, scenarios
from blind_scenarios import spec as _spec
from openlint.checking.checker import load_project, run_check
from openlint.errors import ConfigError

BLIND = BLIND_SETS["scenarios-blind"].directory
SCENARIOS = scenarios(BLIND)
EVERY = [
    pytest.param(blind, p, id=f"{name}/{p.name}")
    for name, blind in BLIND_SETS.items()
    for p in scenarios(blind.directory)
]
SETS = pytest.mark.parametrize("blind", BLIND_SETS.values(), ids=list(BLIND_SETS))


@SETS
def test_the_blind_set_is_large_and_spread(blind: BlindSet) -> None:
    counts = Counter(str(_spec(p)["verdict"]) for p in scenarios(blind.directory))
    assert set(counts) == VERDICTS  # every kind of outcome, twice at least but where the set was written with one
    assert {verdict for verdict, count in counts.items() if count < 2} == blind.once
    assert {verdict: total for verdict, (_, total) in blind.first.items()} == dict(counts)


@pytest.mark.parametrize(("blind", "scenario"), EVERY)
def test_scenario_is_well_formed(blind: BlindSet, scenario: Path) -> None:
    spec = _spec(scenario)
    assert spec["verdict"] in VERDICTS
    for key in blind.keys:
        assert isinstance(spec.get(key), str) and str(spec[key]).strip(), key
    if spec["verdict"] == "bad-input":
        assert "rule" not in spec and spec["error-names"]
    else:
        assert spec["rule"] in rule_codes(), spec["rule"]


@SETS
def test_bad_input_scenarios_are_config_errors(blind: BlindSet) -> None:
    """Exit 2 (ConfigError), naming the key and value, when the project is loaded or its licences resolved."""
    bad = [p for p in scenarios(blind.directory) if _spec(p)["verdict"] == "bad-input"]
    assert len(bad) == blind.bad_inputs
    for scenario in bad:
        with pytest.raises(ConfigError) as raised:
            run_check(load_project(scenario, environ={}), use_baseline=False, relative_to=scenario)
        names = _spec(scenario)["error-names"]
        assert isinstance(names, list) and all(str(n) in str(raised.value) for n in names), raised.value


@SETS
def test_the_engine_decides_the_blind_set_as_pinned(blind: BlindSet) -> None:
    outcome = {p.name: decided(p) for p in scenarios(blind.directory)}
    assert {name for name, good in outcome.items() if not good} == blind.disagree


@SETS
def test_the_first_measurement_is_the_set_as_it_stands(blind: BlindSet) -> None:
    """The history is checked against the files: the same scenarios per verdict as when first measured, and
    the first misses are exactly the names still disagreeing plus those fixed since (real names, apart)."""
    verdict_of = {p.name: str(_spec(p)["verdict"]) for p in scenarios(blind.directory)}
    assert Counter(verdict_of.values()) == {verdict: total for verdict, (_, total) in blind.first.items()}
    assert set(verdict_of) >= blind.disagree | blind.fixed_since and not blind.fixed_since & blind.disagree
    assert blind.regressed <= blind.disagree
    misses = {verdict: total - good for verdict, (good, total) in blind.first.items() if total > good}
    assert Counter(verdict_of[name] for name in (blind.disagree - blind.regressed) | blind.fixed_since) == misses


def test_the_fixed_scenarios_declare_what_they_rely_on() -> None:
    """The two integrated-product scenarios were written blind without a key to state the fact; they now
    declare it, and their verdicts are unchanged (clear)."""
    for name in ("llama31-integrated-product-recipient-over-cap", "llama32-vision-eu-end-user-of-vendor-product"):
        config = load_project(BLIND / name, environ={})
        assert config.settings.use.end_user_of_integrated_product is True
        assert _spec(BLIND / name)["verdict"] == "clear"


QUOTE = re.compile('\u201c([^\u201d]{20,})\u201d|"([^"]{20,})"')


QUOTED = [p for p in SCENARIOS if QUOTE.search(str(_spec(p)["clause"]))]


def test_most_clauses_quote_the_licence() -> None:
    assert len(QUOTED) >= 65


@pytest.mark.parametrize("scenario", QUOTED, ids=lambda p: p.name)
def test_quoted_clauses_are_in_the_licence_text(scenario: Path, corpus: Path) -> None:
    """A quoted clause is the licence's words (re-wrapped), read from ../shared, not a paraphrase."""
    from openlint.core.catalog import default_catalog
    from openlint.core.explanation import explain

    clause = str(_spec(scenario)["clause"])
    (lic,) = explain(clause.split(" ", 1)[0].rstrip(":,"), default_catalog()).licenses
    assert lic.entry is not None and lic.entry.text_in_corpus is not None, lic.id
    text = fold((corpus / "licenses" / lic.entry.text_in_corpus).read_text(encoding="utf-8"))
    for match in QUOTE.finditer(clause):
        for part in (p.strip(' "') for p in fold(match.group(1) or match.group(2)).split("...")):
            if len(part) >= 12:
                assert part in text, part
