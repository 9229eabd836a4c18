"""The second and third blind licensing sets (fixtures/scenarios-blind2, -blind3): written in rounds 9 and 10
from the licence texts and the user docs only, their labels committed (d716956, bc8392f) before openlint was
run on any of them, then measured once (docs/testing.md, "Second blind licensing set", "Third blind
licensing set").

How the engine decides each set, and its history, are pinned with the first set's in test_scenarios_blind.py
(blind_scenarios.BLIND_SETS); here what is particular to these sets: what the second covers, and the quotes of
the licence texts of the second, third and fifth sets (`quote-from`: a scenario's own LICENSE, or a corpus text;
the fifth and sixth sets, fixtures/scenarios-blind5 and -blind6, quote real uncatalogued licences shipped in their
projects)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from blind_scenarios import BLIND_SETS, fold, scenarios, spec

BLIND2 = BLIND_SETS["scenarios-blind2"].directory
SCENARIOS = scenarios(BLIND2)


def test_the_set_covers_what_the_first_did_not() -> None:
    """Custom texts beside `license: other` cards, base_model chains, datasets loaded by code, and SPDX
    operators: counted from the files, so a scenario removed from a group fails here."""
    cards = [c.read_text(encoding="utf-8") for c in BLIND2.glob("*/models/*/README.md")]
    custom = {p.name for p in SCENARIOS if any(BLIND2.glob(f"{p.name}/models/*/LICENSE"))}
    chains = {p.name for p in SCENARIOS if (p / "models" / "leaf" / "README.md").is_file()}
    data = {p.name for p in SCENARIOS if "load_dataset(" in _text(p / "train.py")}
    configs = "\n".join(_text(p / "pyproject.toml") for p in SCENARIOS)
    assert sum("license: other\nlicense_name:" in c for c in cards) >= 25
    assert len({t.read_text(encoding="utf-8") for t in BLIND2.glob("*/models/*/LICENSE")}) == 7
    assert len(custom) >= 28 and len(chains) >= 8 and len(data) == 4
    assert all(f" {op} " in configs for op in ("OR", "AND", "WITH"))


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.is_file() else ""


QUOTE = re.compile("\u201c(.{20,}?)\u201d(?=[\\s,.;:)]|$)")


def _quoted(scenario: Path) -> list[str]:
    parts = (p.strip(' "') for m in QUOTE.finditer(str(spec(scenario)["clause"])) for p in fold(m[1]).split("..."))
    return [p for p in parts if len(p) >= 12]


QUOTING = [
    *SCENARIOS,
    *(
        p
        for name in ("scenarios-blind3", "scenarios-blind5", "scenarios-blind6")
        for p in scenarios(BLIND_SETS[name].directory)
    ),
]
LOCAL = [p for p in QUOTING if not str(spec(p).get("quote-from", "corpus:")).startswith("corpus:")]
CORPUS = [p for p in QUOTING if str(spec(p).get("quote-from", "")).startswith("corpus:")]


@pytest.mark.parametrize(
    ("name", "local", "corpus"),
    [
        ("scenarios-blind2", 30, 25),
        ("scenarios-blind3", 28, 23),
        ("scenarios-blind5", 41, 15),
        ("scenarios-blind6", 34, 14),
    ],
)
def test_most_clauses_quote_a_licence_text(name: str, local: int, corpus: int) -> None:
    mine = BLIND_SETS[name].directory
    assert (
        len([p for p in LOCAL if p.parent == mine]) >= local and len([p for p in CORPUS if p.parent == mine]) >= corpus
    )
    assert all(_quoted(p) for p in LOCAL + CORPUS)


@pytest.mark.parametrize("scenario", LOCAL, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_quoted_clauses_are_in_the_scenarios_own_licence(scenario: Path) -> None:
    """A custom licence's clause is quoted from the LICENSE file shipped in the scenario, not paraphrased."""
    text = fold((scenario / str(spec(scenario)["quote-from"])).read_text(encoding="utf-8"))
    for part in _quoted(scenario):
        assert part in text, part


@pytest.mark.parametrize("scenario", CORPUS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_quoted_clauses_are_in_the_corpus_text(scenario: Path, corpus: Path) -> None:
    path = corpus / "licenses" / str(spec(scenario)["quote-from"]).removeprefix("corpus:")
    text = fold(path.read_text(encoding="utf-8"))
    for part in _quoted(scenario):
        assert part in text, part
