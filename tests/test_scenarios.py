"""The licensing scenario suite: realistic projects written from the licence texts, each with the verdict a
licensing counsel would give and the clause that decides it (fixtures/scenarios/*/scenario.toml)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from blind_scenarios import VERDICTS, fold
from openlint.checking.checker import load_project, run_check
from openlint.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]
SCENARIOS = sorted(p for p in (REPO / "fixtures" / "scenarios").iterdir() if (p / "scenario.toml").is_file())


def test_the_suite_is_large_enough() -> None:
    assert len(SCENARIOS) >= 60
    verdicts = {tomllib.loads((p / "scenario.toml").read_text(encoding="utf-8"))["verdict"] for p in SCENARIOS}
    assert verdicts == VERDICTS  # every kind of outcome is exercised


# Stricter than blind_scenarios.as_expected (the blind sets' judge, which the benchmark shares): in-sample, a
# blocked scenario is blocked by its deciding rule alone.
@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda p: p.name)
def test_scenario(scenario: Path) -> None:
    spec = tomllib.loads((scenario / "scenario.toml").read_text(encoding="utf-8"))
    verdict, rule = spec["verdict"], spec.get("rule")
    assert verdict in VERDICTS and spec["clause"]
    if verdict == "bad-input":  # exit 2 naming the key (and the value, and the closest known one)
        with pytest.raises(ConfigError) as raised:
            load_project(scenario, environ={})
        assert spec["error-names"] and all(name in str(raised.value) for name in spec["error-names"])
        return
    report = run_check(load_project(scenario, environ={}), use_baseline=False, relative_to=scenario)
    decided = [f for f in report.findings if not f.undecided]
    errors = sorted({f.rule for f in decided if f.severity == "error"})
    mine = [f for f in report.findings if f.rule == rule]
    shown = [(f.rule, f.severity, f.undecided) for f in report.findings]
    if verdict == "blocked":  # by the deciding rule, and by nothing else
        assert errors == [rule], shown
        return
    assert not errors, f"unexpected blockers {errors}: {shown}"
    if verdict == "clear":
        assert not any(not f.undecided for f in mine), shown
        assert not any(f.undecided for f in mine), shown  # decided, not merely unknown
    elif verdict == "undecided":
        assert mine and all(f.undecided for f in mine), shown
    else:  # duty (a warning to act on) or note
        severity = "warning" if verdict == "duty" else "note"
        assert any(f.severity == severity and not f.undecided for f in mine), shown


QUOTE = re.compile('\u201c([^\u201d]{20,})\u201d|"([^"]{20,})"')


def _quotes(scenario: Path) -> list[str]:
    spec = tomllib.loads((scenario / "scenario.toml").read_text(encoding="utf-8"))
    return [fold(m.group(1) or m.group(2)) for m in QUOTE.finditer(spec["clause"])]


QUOTED = [p for p in SCENARIOS if _quotes(p)]


def test_quoting_scenarios_are_found() -> None:
    assert len(QUOTED) >= 50  # the quote pattern still matches the clauses as written


@pytest.mark.parametrize("scenario", QUOTED, ids=lambda p: p.name)
def test_quoted_clauses_are_in_the_licence_text(scenario: Path, request: pytest.FixtureRequest) -> None:
    """A clause quoted from a licence must be its words (re-wrapped), not a paraphrase: in the licence's
    text when the corpus has it, else in the quotes the catalog entry records from the licence."""
    from openlint.core.catalog import default_catalog
    from openlint.core.explanation import explain

    spec = tomllib.loads((scenario / "scenario.toml").read_text(encoding="utf-8"))
    config = load_project(scenario, environ={})
    catalog = default_catalog().extended([scenario / d for d in config.settings.licenses])
    (lic,) = explain(spec["clause"].split(" ", 1)[0].rstrip(":"), catalog).licenses
    assert lic.entry is not None, f"{lic.id} is not in the catalog"
    if lic.entry.text_in_corpus is not None:
        corpus: Path = request.getfixturevalue("corpus")
        texts = [fold((corpus / "licenses" / lic.entry.text_in_corpus).read_text(encoding="utf-8"))]
    else:
        texts = [fold(ob.source.quote or "") for ob in lic.entry.obligations]
    for quote in _quotes(scenario):
        for part in (p.strip(' "') for p in quote.split("...")):
            if len(part) >= 12:
                assert any(part in text for text in texts), part
