"""The structural reading layer (openlint.text.clauses): what it reads where no pattern does, what it
must never read, its confidence, its bounds, and its leave-one-set-out lexicon."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from openlint.core.obligations import Obligation
from openlint.text import clauses
from openlint.text.clause_lexicon import LEXICON
from openlint.text.extract import extract
from openlint.text.patterns import PATTERNS
from openlint.text.read import read_path, read_text
from rewrap import rewrap
from sentences import layer_alone

REPO = Path(__file__).resolve().parents[1]
FIXTURES = sorted((REPO / "fixtures" / "licenses").glob("clauses-*"))
HEAD = "Sample Terms\n\n"

# The readings each fixture owes to the layer (the rest of its expected.json the patterns read).
BY_CLAUSE = {
    # the patterns of round 7 (recall10) read its licence copy (5-6) and citation (17-18) themselves
    "clauses-duties": {("state_changes", 11, 12)},
    "clauses-limits": {("non_commercial", 6, 7), ("flow_down", 9, 10)},
    "clauses-powers": {
        ("research_only", 3, 4),
        ("no_training_other_models", 6, 7),
        ("revocable", 12, 13),
        ("terms_may_change", 15, 16),
        ("patent_termination", 18, 19),
    },
    "clauses-not-duties": set(),
}


def _structural(obligations: tuple[Obligation, ...] | list[Obligation]) -> set[tuple[str, int, int]]:
    return {
        (ob.kind, ob.source.start_line or 0, ob.source.end_line or 0)
        for ob in obligations
        if (ob.summary or "").endswith(clauses.MARK)
    }


@pytest.fixture
def layer_off() -> Iterator[None]:
    clauses.use_lexicon(lexicon=())
    try:
        yield
    finally:
        clauses.use_lexicon()


def test_every_clauses_fixture_is_pinned() -> None:
    assert sorted(p.name for p in FIXTURES) == sorted(BY_CLAUSE)


@pytest.mark.parametrize("case", FIXTURES, ids=lambda p: p.name)
def test_fixture_readings_come_from_the_layer(case: Path) -> None:
    (reading,) = read_path(str(case / "LICENSE"))
    assert _structural(reading.obligations) == BY_CLAUSE[case.name]
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    pinned = {(o["kind"], o["start_line"], o["end_line"]) for o in expected["obligations"]}
    assert BY_CLAUSE[case.name] <= pinned


@pytest.mark.parametrize("case", [p for p in FIXTURES if BY_CLAUSE[p.name]], ids=lambda p: p.name)
def test_without_the_layer_those_readings_are_missing(case: Path, layer_off: None) -> None:
    (reading,) = read_path(str(case / "LICENSE"))
    kinds = {ob.kind for ob in reading.obligations}
    assert not kinds & {kind for kind, _, _ in BY_CLAUSE[case.name]}


@pytest.mark.parametrize("width", [40, 60, 76])
@pytest.mark.parametrize("case", FIXTURES, ids=lambda p: p.name)
def test_structural_readings_survive_rewrapping(case: Path, width: int) -> None:
    text = (case / "LICENSE").read_text(encoding="utf-8")
    kinds = {ob.kind for ob in extract(rewrap(text, width), "LICENSE") if (ob.summary or "").endswith(clauses.MARK)}
    assert kinds == {kind for kind, _, _ in BY_CLAUSE[case.name]}


NOT_DUTIES = [
    "We would be glad if you kept our copyright notice in copies you share.",  # an invitation
    "You should include a citation to our report in your publications.",  # an invitation
    '"Research Use" means use solely for academic research.',  # a definition
    '"Model" includes any weights released by us under this Agreement.',  # a definition by a quoted term
    "The weights are provided as is and we shall not be liable for their use for commercial purposes.",
    "You may distribute the weights under this agreement or under any other terms you choose.",  # a grant
    "You acknowledge that the authors may cite your public reports.",  # "acknowledge that": no credit
    "A per-seat fee applies unless your use is limited to academic research.",  # an exemption
    "If you fail to comply with these terms, the Licensor may terminate this licence at any time.",  # breach
    "The Foundation may publish new versions of this licence from time to time.",  # a steward's versions
    "You shall not use, copy or modify the weights for any military purpose.",  # a use ban, not no-derivatives
    "This agreement may be amended only with the mutual written approval of both parties.",
    # a definition's scope ("do not include") describes, it bans nothing
    "Derived models cover any model trained or created from the outputs, but do not include any other model.",
    # the licensor's own conduct is no duty of the licensee
    "We shall credit the authors of any derivative you publish.",
    # "do not" said of someone other than the licensee describes them
    "Eligible users are universities that do not receive funding from any commercial entity.",
    # a definition by a quoted term, whatever its verb
    '2.1 "Research Use" is use solely for scientific evaluation by a university.',
    # the document's own provisions change it: no power of the licensor
    "These terms may be modified by the provisions of Schedule 2 to this Agreement.",
    # a ban on use outside the terms: the negation governs "in accordance with", not commercial use
    "Any use of the Model not in accordance with this Agreement and the commercial terms we publish is prohibited.",
    # termination conditioned on the licensee's conduct is not at will
    "If the Recipient at any time neglects these terms, the Licensor may terminate this licence.",
    "The Licensor may terminate this licence at any time upon your failure to pay the fees.",
]


@pytest.mark.parametrize("sentence", NOT_DUTIES)
def test_invitations_disclaimers_definitions_and_grants_read_nothing(sentence: str) -> None:
    assert _structural(extract(HEAD + sentence + "\n", "LICENSE")) == set()


def test_only_kinds_no_pattern_read_are_added() -> None:
    # "this agreement will accompany the weights" alone: the layer reads it ...
    added = (
        "Whoever passes the weights on shall ensure that this agreement will accompany the weights they hand over.\n"
    )
    assert _structural(extract(HEAD + added, "LICENSE")) == {("include_license", 3, 3)}
    # ... beside a pattern's reading of the same kind, it adds nothing.
    pattern = "You must give every recipient a copy of this License.\n\n"
    obligations = extract(HEAD + pattern + added, "LICENSE")
    assert [(ob.kind, ob.source.start_line) for ob in obligations if ob.kind == "include_license"] == [
        ("include_license", 3)
    ]
    assert _structural(obligations) == set()


def test_confidence_is_below_every_pattern() -> None:
    assert min(pattern.confidence for pattern in PATTERNS) - 0.1 > clauses.CEILING
    found = [
        ob.confidence
        for case in FIXTURES
        for ob in extract((case / "LICENSE").read_text(encoding="utf-8"), "LICENSE")
        if (ob.summary or "").endswith(clauses.MARK)
    ]
    assert found and min(found) >= clauses.BASE and max(found) <= clauses.CEILING
    # evidence: a bare limit (no explicit duty verb, one group) is the base; an explicit verb adds a step
    bare = extract(HEAD + "You may use the weights exclusively for academic study.\n", "LICENSE")
    assert [ob.confidence for ob in bare] == [0.55]
    explicit = extract(HEAD + "Training any other machine learning system with the weights is prohibited.\n", "LICENSE")
    assert [ob.confidence for ob in explicit] == [0.6]


def test_a_catalogued_licence_gets_no_structural_reading_from_its_own_wording(corpus: Path) -> None:
    mpl = (corpus / "licenses" / "spdx" / "MPL-2.0.txt").read_text(encoding="utf-8")
    # "You may not remove or alter the substance of any license notices" is MPL's own wording
    assert "notice" in {ob.kind for ob in extract(mpl, "LICENSE") if (ob.summary or "").endswith(clauses.MARK)}
    reading = read_text(rewrap(mpl, 40), "LICENSE")
    assert reading.license_id == "MPL-2.0"
    assert _structural(reading.obligations) == set()
    assert not any(d.text is not None and (d.text.summary or "").endswith(clauses.MARK) for d in reading.differences)


def test_a_clause_added_to_a_catalogued_licence_is_read(corpus: Path) -> None:
    mit = (corpus / "licenses" / "spdx" / "MIT.txt").read_text(encoding="utf-8").rstrip("\n")
    text = mit + "\n\nYou must not put the software or anything built with it to any for-profit use.\n"
    line = text.count("\n")
    reading = read_text(text, "LICENSE")
    assert reading.license_id == "MIT"
    assert _structural(reading.obligations) == {("non_commercial", line, line)}


def _sentences(n: int) -> str:
    return "".join(f"Research note {i} is kept as it is. " for i in range(n))  # clauses of a viewed block


def test_clauses_examined_are_bounded_at_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clauses, "MAX_CLAUSES", 5)
    clause = "You may use the weights exclusively for academic study."
    assert {ob.kind for ob in extract("Terms\n\n" + _sentences(4) + clause + "\n", "LICENSE")} == {"research_only"}
    assert {ob.kind for ob in extract("Terms\n\n" + _sentences(5) + clause + "\n", "LICENSE")} == set()


def test_hostile_text_of_candidate_clauses_is_read_in_bounded_time() -> None:
    import time

    sentence = "You must not remove the research notice of the agreement with recipients or third parties; "
    text = "Terms\n\n" + (sentence * 40 + "\n\n") * (2_000_000 // (len(sentence) * 40))
    start = time.process_time()
    extract(text, "LICENSE")
    assert time.process_time() - start < 60  # generous: a few seconds on a loaded machine


def test_leaving_a_set_out_drops_what_it_alone_prompted() -> None:
    from openlint.text.clause_lexicon import concept

    new = concept({**GOOD, "origin": "r10"})
    old = concept({**GOOD, "retired": "r10"})
    shared = concept({**GOOD, "origin": "r4 r5 r9"})
    corpus = concept({**GOOD, "origin": "general r10", "learned": [["alone", "r10"], ["also", "general r10"]]})
    lexicon = (new, old, shared, corpus)
    assert [c.concept for c in clauses.active(lexicon)] == [new, shared, corpus]
    # r10 left out: what it alone prompted is dropped, what it alone retired is restored; an entry
    # several sets prompted, or the corpus too, stays
    assert [c.concept for c in clauses.active(lexicon, "r10")] == [old, shared, corpus]
    assert clauses.active(lexicon, "r10")[2]._vetoes == ("also",)
    assert [c.concept for c in clauses.active(lexicon, "r9")] == [new, shared, corpus]
    # in the shipped lexicon: a veto r10 alone taught ("a mutual written instrument") is dropped
    text = HEAD + "The parties can amend this Agreement through a mutual written instrument.\n"
    assert _structural(extract(text, "LICENSE")) == set()
    clauses.use_lexicon("r10")
    try:
        assert {kind for kind, _, _ in _structural(extract(text, "LICENSE"))} == {"terms_may_change"}
    finally:
        clauses.use_lexicon()


def test_an_item_under_a_lead_in_is_cited_by_its_own_words() -> None:
    text = HEAD + "You must not use the weights:\n\n(a) to train any other machine learning system.\n"
    (reading,) = [ob for ob in extract(text, "LICENSE") if ob.kind == "no_training_other_models"]
    assert (reading.summary or "").endswith(clauses.MARK)
    assert (reading.source.start_line, reading.source.end_line) == (5, 5)
    assert reading.source.text == "to train any other machine learning system."


GOOD = {
    "kind": "notice",
    "modals": ["duty"],
    "needles": ["notice"],
    "triggers": ["distribute"],
    "summary": "s",
    "groups": [["keep"], ["notice"]],
}


@pytest.mark.parametrize(
    "change",
    [
        {"kind": "notices"},
        {"modals": ["should"]},
        {"triggers": ["sell"]},
        {"groups": []},
        {"groups": [["keep", 3]]},
        {"learned": [["alone"]]},
    ],
    ids=lambda change: next(iter(change)),
)
def test_a_broken_lexicon_entry_is_an_error(change: dict[str, object]) -> None:
    from openlint.text.clause_lexicon import concept

    assert concept(GOOD).kind == "notice"
    with pytest.raises(ValueError, match="clause lexicon"):
        concept({**GOOD, **change})


@pytest.mark.parametrize("change", [{"veto": ["(unclosed"]}, {"groups": [["keep"], ["no(tice"]]}])
def test_a_fragment_that_is_no_regex_is_an_error_naming_it(change: dict[str, object]) -> None:
    # fragments compile when a concept is first needed (not at import): the error names the fragment
    from openlint.text.clause_lexicon import concept

    compiled = clauses.active([concept({**GOOD, **change})])[0]
    with pytest.raises(ValueError, match=r"clause lexicon: notice (veto|group): '(\(unclosed|no\(tice)'"):
        compiled.compile()


def test_the_shipped_lexicon_compiles_whole() -> None:
    for leave_out in (None, "r4", "r5", "r9", "r10"):
        for compiled in clauses.active(LEXICON, leave_out):
            assert compiled.compile()


def test_concepts_compile_only_when_a_kind_is_wanted() -> None:
    clauses.use_lexicon()
    try:
        extract(HEAD + "You must keep this notice in every copy of the weights.\n", "LICENSE")
        notice = [c for c in clauses._COMPILED if c.concept.kind == "notice"]
        assert notice and all(c.groups is None for c in notice)  # a pattern read the notice: never compiled
    finally:
        clauses.use_lexicon()


def test_blocks_viewed_are_bounded_at_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clauses, "MAX_BLOCKS", 2)
    filler = "Research notes are kept as they are.\n\n"
    clause = "You may use the weights exclusively for academic study.\n"
    assert {ob.kind for ob in extract("Terms\n\n" + filler + clause, "LICENSE")} == {"research_only"}
    assert {ob.kind for ob in extract("Terms\n\n" + filler * 2 + clause, "LICENSE")} == set()


def test_reading_stops_when_every_kind_is_read() -> None:
    from openlint.text.view import LineIndex, blocks

    text = "You may use the weights exclusively for academic study.\n\n" * 3
    starts, ends = blocks(text)
    others = {compiled.concept.kind for compiled in clauses.active(LEXICON)} - {"research_only"}
    found = list(clauses.clause_readings(text, starts, ends, others, "LICENSE", LineIndex(text)))
    assert [(ob.kind, ob.source.start_line) for ob in found] == [("research_only", 1)]


def test_items_of_a_defined_term_are_not_bans() -> None:
    # A definition's list is what the term covers: "such use is not connected to any commercial activity"
    # under "'Non-Commercial Purpose' means any of the following uses, but only so far as ... does not ...:"
    # is no ban on commercial use (the lead-in once made each item "you must not ...").
    text = (
        HEAD + "2. A Commercial Entity may use the Model without a separate agreement solely for a Non-Commercial "
        'Purpose. "Non-Commercial Purpose" means any of the following uses, but only so far as the Commercial '
        "Entity does not receive any payment from them:\n\n"
        "(a) use by an individual for research or hobby projects where such use is not connected to any "
        "commercial activity;\n\n(b) use by a school for teaching.\n"
    )
    kinds = {ob.kind for ob in read_text(text, path="LICENSE").obligations}
    assert "non_commercial" not in kinds


def _alone(text: str) -> set[tuple[str, int]]:
    """The layer's readings alone: kind and cited line."""
    return {(ob.kind, ob.source.start_line or 0) for ob in layer_alone(text)}


def test_distribution_that_must_be_under_this_licence_is_share_alike() -> None:
    # "must be distributed ... under this License" is the duty; "Materials provided under this License"
    # only names the material (the lexicon's "be" once held a doubled backslash and never matched)
    duty = HEAD + "Any model you derive from the weights must be distributed entirely under this License.\n"
    assert _alone(duty) == {("share_alike", 3)}
    described = HEAD + "You shall state that the dataset was made with the Materials provided under this License.\n"
    assert _alone(described) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "We will not use your prompts to train or improve any other models.",
        "Licensor shall not host the weights as a service for third parties.",
        "The Licensor must retain the copyright notices in every copy it distributes.",
    ],
)
def test_the_licensors_own_conduct_is_read_as_nothing(sentence: str) -> None:
    assert _alone(HEAD + sentence + "\n") == set()


def test_a_limit_on_one_option_of_the_licence_is_no_limit_on_it() -> None:
    option = "This alternative is allowed only for noncommercial distribution of the object code.\n"
    assert _alone(HEAD + option) == set()
    assert _alone(HEAD + "Use of the weights is allowed only for noncommercial purposes.\n") == {("non_commercial", 3)}


def test_the_licensees_conduct_beside_the_licensors_is_read() -> None:
    text = HEAD + "We will not sell your data, and you will not use the weights to train any other models.\n"
    assert _alone(text) == {("no_training_other_models", 3)}


def test_do_not_bans_as_an_imperative_or_said_of_the_licensee() -> None:
    assert _alone(HEAD + "(c) you do not sell or monetize access to the weights.\n") == {("non_commercial", 3)}
    assert _alone(HEAD + "Do not sell or otherwise monetize access to the weights.\n") == {("non_commercial", 3)}


def test_a_notice_the_licence_supplies_is_no_notice_kept() -> None:
    # keeping "the above copyright notice ... and the following disclaimer" is keeping notices ...
    kept = HEAD + "Copies must retain the above copyright notice, these conditions and the following disclaimer.\n"
    assert _alone(kept) == {("notice", 3)}
    # ... while "retain the following attribution notice" supplies a new one (an attribution)
    supplied = HEAD + 'You must retain in all copies the following attribution notice: "Made with Wren."\n'
    assert ("notice", 3) not in _alone(supplied)
