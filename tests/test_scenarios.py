"""The licensing scenario suite: realistic projects written from the licence texts, each with the verdict a
licensing counsel would give and the clause that decides it (fixtures/scenarios/*/scenario.toml)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from openlint.checker import load_project, run_check
from openlint.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]
SCENARIOS = sorted(p for p in (REPO / "fixtures" / "scenarios").iterdir() if (p / "scenario.toml").is_file())
VERDICTS = {"blocked", "duty", "note", "clear", "undecided", "bad-input"}


def test_the_suite_is_large_enough() -> None:
    assert len(SCENARIOS) >= 60
    verdicts = {tomllib.loads((p / "scenario.toml").read_text(encoding="utf-8"))["verdict"] for p in SCENARIOS}
    assert verdicts == VERDICTS  # every kind of outcome is exercised


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda p: p.name)
def test_scenario(scenario: Path) -> None:
    spec = tomllib.loads((scenario / "scenario.toml").read_text(encoding="utf-8"))
    verdict, rule = spec["verdict"], spec.get("rule")
    assert verdict in VERDICTS and spec["clause"]
    if verdict == "bad-input":
        with pytest.raises(ConfigError):
            load_project(scenario, environ={})
        return
    report = run_check(load_project(scenario, environ={}), use_baseline=False, relative_to=scenario)
    decided = [f for f in report.findings if not f.undecided]
    errors = sorted({f.rule for f in decided if f.severity == "error"})
    mine = [f for f in report.findings if f.rule == rule]
    shown = [(f.rule, f.severity, f.undecided) for f in report.findings]
    if verdict == "blocked":
        assert any(f.severity == "error" and not f.undecided for f in mine), shown
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


def _fold(text: str) -> str:
    for curly, plain in (("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"')):
        text = text.replace(curly, plain)
    return re.sub(r"[\s*_`]+", " ", text).strip().lower()


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda p: p.name)
def test_quoted_clauses_are_in_the_licence_text(scenario: Path, corpus: Path) -> None:
    """A clause quoted from a licence in the corpus must be in that text (re-wrapped), so a cited clause
    is the licence's words, not a paraphrase."""
    from openlint.catalog import default_catalog

    spec = tomllib.loads((scenario / "scenario.toml").read_text(encoding="utf-8"))
    licence = spec["clause"].split(" ", 1)[0].rstrip(":")
    entry = default_catalog().get(licence)
    if entry is None or entry.text_in_corpus is None:
        pytest.skip("licence text not in the corpus")
    text = _fold((corpus / "licenses" / entry.text_in_corpus).read_text(encoding="utf-8"))
    for match in QUOTE.finditer(spec["clause"]):
        quote = _fold(match.group(1) or match.group(2))
        for part in (p.strip() for p in quote.split("...")):
            if len(part) >= 12:
                assert part.strip(' "') in text, part
