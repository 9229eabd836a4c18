"""Hostile texts cannot make extraction slow: patterns are linear, de-duplication is per key and a
work budget per document stops what is left. Each case runs in a subprocess with a generous timeout,
so a regression fails instead of hanging CI; the bound is on the reading's CPU time as a multiple of a
benign reading of the same size in the same process (a ratio, so that a loaded machine does not fail it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from openlint.text import extract as extraction
from openlint.text.block_needles import hits_per_block
from openlint.text.clauses import MARK
from openlint.text.read import read_text
from openlint.text.view import blocks

SIZE = 2_000_000  # the read cap
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "licenses"
# Each case must run the patterns it names: a block is read only by the kinds whose needles it holds
# (KIND_NEEDLES), and blocks are cut at 4,000 characters, so every unit keeps a needle in each block.
# Reverting AMOUNT to its earlier unbounded form (no look-behind, \d+) makes "digit-runs" and
# "spaced-digit-groups" time out. Reverting the attribution verbs' \w{0,4}+ to \w* once made
# "attribution-backtracking" take over 2 s; on round 10's reader it no longer does (0.4-0.5x a benign read either
# way, checked on review): the attribution patterns have changed around it since, and the case now guards the
# wording of issue 19 only, not that quantifier.
# Windows bounded in characters (a Near reverted to a lazy 'A[^.]{0,600}?B') cost at most ~4x here: the per-kind
# scan budget caps them.
CASES = {
    # issue 19's example: greedy \w* against a lazy class in the attribution pattern
    "attribution-backtracking": "('display' * 571 + '\"\\n\\n')",
    "attribution-verbs": "('\"' + 'show ' * 790 + '\\n\\n')",  # a lazy window from every verb
    "digit-runs": "('1' * 3000 + ' monthly active\\n\\n')",  # an amount tried inside a digit run
    "spaced-digit-groups": "('active users ' + '100 ' * 900 + '\\n\\n')",  # '100 100 ...' as one amount
    "currency-runs": "('annual revenue ' + '$' * 200 + ' ' * 100 + '\\n')",
    "dotted-url": "('acceptable use policy ' + 'a.' * 1500 + '\\n\\n')",
    "dotted-url-repeated": "('acceptable use policy ' * 100 + 'a.' * 1000 + '\\n\\n')",
    "litigation-windows": "('institute litigation ' * 50 + 'x' * 10 + '\\n\\n')",
    "training-windows": "('will not use ' * 300 + 'to train ' * 100 + '\\n\\n')",
    "territory-windows": "('excluded ' * 200 + 'European Union ' * 50 + '\\n\\n')",
    "quotes": "('\"' * 4000 + '\\n\\n')",
    "quoted-names": "('name ' * 100 + '\"a\" ' * 300 + '\\n\\n')",
    "tiny-paragraphs": "('name\\n\\n')",
    "one-letter-words": "('x ' * 1000)",
    # list items read under their ban lead-in (text/lead_in.py): items per document are capped
    "ban-lead-in-lists": "('You must not use the model:\\n' + '- to train other models in the EU;\\n' * 5 + '\\n')",
    "inline-ban-items": "('You must not: ' + '(a) use it to train other models via an API; ' * 300 + '\\n\\n')",
    # every line looked at for a Latin-script language other than English
    "german-function-words": "('der die das und ist nicht mit \u00e9\\n' * 3)",
}
# The kind each case is about: every block of its text runs that kind's patterns (one-letter words
# run none: they load the block splitter and identification).
CASE_KINDS = {
    "attribution-backtracking": "attribution",
    "attribution-verbs": "attribution",
    "digit-runs": "user_cap",
    "spaced-digit-groups": "user_cap",
    "currency-runs": "revenue_cap",
    "dotted-url": "acceptable_use",
    "dotted-url-repeated": "acceptable_use",
    "litigation-windows": "patent_termination",
    "training-windows": "no_training_other_models",
    "territory-windows": "territory",
    "quotes": "attribution",
    "quoted-names": "naming",
    "tiny-paragraphs": "naming",
}
# The hostile text and, in the same process, a benign one of the same size (the licence fixtures one after another):
# the test compares their CPU, so a loaded or slower machine slows both (a bound in seconds failed under load).
SCRIPT = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from openlint.text.read import read_text
    def cpu(text):
        start = time.process_time()
        reading = read_text(text, "LICENSE")
        return time.process_time() - start, len(reading.obligations)
    unit = eval(sys.argv[1])
    prose = "".join(p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[2]).glob("*/LICENSE")))
    benign, _ = cpu((prose * ({size} // len(prose) + 1))[:{size}])
    hostile, found = cpu((unit * ({size} // len(unit) + 1))[:{size}])
    print(json.dumps({{"cpu": hostile, "benign": benign, "obligations": found}}))
    """
)
# Each case's CPU as a multiple of the benign reading's, at most: 1.5x the ratio measured on main 32b8913 (the
# higher of two runs, quiet machine; benign 0.6 s), at least 1.0. A catastrophic pattern costs 10x and more.
RATIO_BOUNDS = {
    "attribution-backtracking": 1.1,
    "attribution-verbs": 1.5,
    "digit-runs": 1.0,
    "spaced-digit-groups": 1.8,
    "currency-runs": 2.0,
    "dotted-url": 2.2,
    "dotted-url-repeated": 2.4,
    "litigation-windows": 1.6,
    "training-windows": 2.3,
    "territory-windows": 2.0,
    # quotes: 0.91-1.33 on b806514 and round 15's main alike under load (round 15, six runs): 1.2 failed by noise
    "quotes": 2.0,
    "quoted-names": 1.7,
    "tiny-paragraphs": 1.9,
    "one-letter-words": 1.3,
    "ban-lead-in-lists": 5.1,
    "inline-ban-items": 1.9,
    "german-function-words": 3.3,
}


def _kinds_per_block(lowered: str, starts: list[int], ends: list[int]) -> dict[int, frozenset[str]]:
    """The pattern kinds whose needles each block holds (the blocks holding any)."""
    found = hits_per_block(lowered, starts, ends, extraction._PATTERN_NEEDLES)
    return {i: kinds for i, (kinds, _) in found.items() if kinds}


def _run(unit: str) -> dict[str, float]:
    # Untraced: under `pytest --cov` coverage follows subprocesses and would time its own tracing.
    env = {key: value for key, value in os.environ.items() if not key.startswith("COVERAGE_")}
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(size=SIZE), unit, str(FIXTURES)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    result: dict[str, float] = json.loads(proc.stdout)
    return result


@pytest.mark.parametrize("name", CASES)
def test_two_megabytes_of_hostile_text_cost_no_more_than_a_benign_read_allows(name: str) -> None:
    result = _run(CASES[name])
    assert result["cpu"] < RATIO_BOUNDS[name] * result["benign"], result


def _hostile(literal: str) -> str:
    unit: str = eval(literal)  # one of the literals above
    return (unit * (SIZE // len(unit) + 1))[:SIZE]


@pytest.mark.parametrize("name", CASE_KINDS)
def test_each_hostile_case_runs_the_patterns_it_names(name: str) -> None:
    text = _hostile(CASES[name])
    starts, ends = blocks(text)
    kinds = _kinds_per_block(text.lower(), starts, ends)
    with_kind = sum(CASE_KINDS[name] in found for found in kinds.values())
    assert with_kind >= len(starts) // 3, (with_kind, len(starts))  # not one stray block: most of them


def test_many_distinct_prefixes_are_capped_per_kind() -> None:
    text = "".join(f'"P{i:05d}" at the beginning of the model name.\n\n' for i in range(8000))
    reading = read_text(text, "LICENSE")
    naming = [ob for ob in reading.obligations if ob.kind == "naming"]
    assert len(naming) == extraction.MAX_PER_KIND
    assert naming[-1].prefix == f"P{extraction.MAX_PER_KIND - 1:05d}"
    (note,) = reading.unread
    assert note.startswith(f"from line {2 * extraction.MAX_PER_KIND + 1}:")


def test_budget_boundaries(monkeypatch: pytest.MonkeyPatch) -> None:
    para = "You may only use the model for non-commercial purposes.\n\n"
    line = para.rstrip("\n")
    (kinds,) = _kinds_per_block(line.lower(), [0], [len(line)]).values()
    runs = len(extraction._patterns_for(kinds))  # patterns run on each such paragraph
    cost = runs * (len(line) + extraction.RUN_COST)
    text = para * 3
    monkeypatch.setattr(extraction, "MAX_SCAN", cost)  # exactly one paragraph's run fits
    result = extraction.extract_within_budget(text, "L")
    assert [ob.kind for ob in result.obligations] == ["non_commercial"] and result.unread_from == 3
    monkeypatch.setattr(extraction, "MAX_SCAN", cost - 1)  # the paragraph's last pattern does not fit
    assert extraction.extract_within_budget(text, "L").unread_from == 1
    monkeypatch.setattr(extraction, "MAX_SCAN", len(line) + extraction.RUN_COST - 1)  # no pattern fits
    result = extraction.extract_within_budget(text, "L")
    # no pattern reading (the clause layer, with budgets of its own, reads the sentence's limit itself)
    assert [ob.kind for ob in result.obligations if not (ob.summary or "").endswith(MARK)] == []
    assert result.unread_from == 1


def test_line_limit_marks_the_rest_unread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extraction, "MAX_LINES", 4)
    text = "x\n\nx\n\nYou may only use it for non-commercial purposes.\n"
    result = extraction.extract_within_budget(text, "L")
    assert result.obligations == [] and result.unread_from == 5
    monkeypatch.setattr(extraction, "MAX_LINES", 5)
    result = extraction.extract_within_budget(text, "L")
    assert [ob.kind for ob in result.obligations] == ["non_commercial"] and result.unread_from is None


def test_no_corpus_text_reaches_the_budget(corpus: Path) -> None:
    for path in sorted(corpus.glob("licenses/*/*.txt")):
        assert not extraction.extract_within_budget(path.read_text(encoding="utf-8"), path.name).budget_exhausted


def test_overlong_digit_run_is_no_amount() -> None:
    assert read_text("1" * 400 + " monthly active users", "L").obligations == ()


def test_issue_example_through_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "L"
    path.write_text(("display" * 571 + '"\n\n') * 5, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "openlint", "explain", str(path)], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0 and "Traceback" not in proc.stderr


def test_per_kind_scan_boundary(monkeypatch: pytest.MonkeyPatch) -> None:
    para = "You may only use the model for non-commercial purposes.\n\n"
    line = para.rstrip("\n")
    (kinds,) = _kinds_per_block(line.lower(), [0], [len(line)]).values()
    runs = sum(p.kind == "non_commercial" for p in extraction._patterns_for(kinds))
    cost = runs * (len(line) + extraction.RUN_COST)  # the non-commercial patterns' runs on one paragraph
    text = para * 3
    monkeypatch.setattr(extraction, "MAX_SCAN_PER_KIND", cost)  # exactly one paragraph's runs fit
    result = extraction.extract_within_budget(text, "L")
    assert [ob.kind for ob in result.obligations] == ["non_commercial"] and result.unread_from == 3
    monkeypatch.setattr(extraction, "MAX_SCAN_PER_KIND", cost - 1)  # its last run does not fit
    result = extraction.extract_within_budget(text, "L")
    assert [ob.kind for ob in result.obligations] == ["non_commercial"] and result.unread_from == 1


def test_match_budget_boundary(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "".join(f'"P{i}" at the beginning of the model name.\n\n' for i in range(5))
    monkeypatch.setattr(extraction, "MAX_MATCHES", 3)  # three matches are examined, the fourth is not
    result = extraction.extract_within_budget(text, "L")
    assert [ob.prefix for ob in result.obligations] == ["P0", "P1", "P2"] and result.unread_from == 7


def test_a_bare_credit_is_walked_to_once_however_many_labelled_credits_follow(monkeypatch: pytest.MonkeyPatch) -> None:
    # points_below walks the text to the reading's line: once per reading, not once per label (50 labels on a
    # long text were 50 walks of every line).
    calls: list[int] = []
    real = extraction.points_below

    def counted(text: str, ob: object) -> bool:
        calls.append(1)
        return real(text, ob)  # type: ignore[arg-type]

    monkeypatch.setattr(extraction, "points_below", counted)
    labels = "".join(f'Required attribution:\n\n"Built on Acme model {i}"\n\n' for i in range(30))
    text = "You must give appropriate credit to Acme.\n\n" + labels
    reading = read_text(text, "LICENSE")
    assert len(calls) == 1
    assert sum(ob.kind == "attribution" and ob.text is not None for ob in reading.obligations) == 30
