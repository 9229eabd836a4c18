"""The clause layer's screens (openlint.text.clause_screen): the strings a block or clause must hold
for a concept's group to match in it. A screen rules a concept out with string searches instead of
regex searches; it must never rule out a text the regex matches in (the readings stay the same)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openlint.text import clause_screen, clauses
from openlint.text.clause_lexicon import LEXICON
from openlint.text.extract import extract
from openlint.text.normalize import decode
from openlint.text.view import Paragraph, blocks, lower, plain

REPO = Path(__file__).resolve().parents[1]


def _sets(regex: str) -> list[set[str]]:
    return [set(found) for found in clause_screen.screen(re.compile(regex))]


def test_strings_every_match_holds() -> None:
    assert _sets(r"\b(?:must|shall)\s(?:not|without)\b") == [{"must", "shall"}, {"not", "without"}]
    assert _sets(r"\b(?:for\s)?research\w{0,4}") == [{"research"}]  # optional words require nothing
    assert _sets(r"(?:\w+\s){0,3}?licen[cs]e") == [{"licen"}]
    assert _sets(r"(?:abc\s){1,2}x") == [{"abc"}]  # a repetition of at least one requires its words
    assert _sets(r"\b(?:copy|copies)\sof|provided\swith") == [{"cop", "provided"}]  # (the parser shares "cop")
    assert _sets(r"(?:keep|)\snotice") == [{"notice"}]  # an empty branch requires nothing
    assert _sets(r"may\s(?!be\s)\w+") == [{"may"}]  # what a negative lookahead names is not required
    assert _sets(r"no|ab") == []  # shorter than MIN_SCREEN: screens almost nothing out
    assert _sets(r"(?i)notice") == []  # case-blind: a string search cannot stand for it
    assert _sets(r"(?i:notice)\skeep") == [{"keep"}]
    # a literal space or line break: the pieces around it (a view has one space where a text may
    # have a line break, so a block is screened on its own lower case before its view is built)
    assert _sets(r"third party|end user") == [{"third", "user"}]
    assert _sets("code of conduct") == [{"conduct"}, {"code"}]


def test_no_screen_string_of_the_lexicon_holds_whitespace() -> None:
    strings = [s for group in GROUPS for found in clause_screen.screens_of((group,)) for s in found]
    assert len(strings) > 100 and not [s for s in strings if any(ch.isspace() for ch in s)]


def _groups() -> list[re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    for leave_out in (None, "r4", "r5", "r9", "r10"):
        for compiled in clauses.active(LEXICON, leave_out):
            for group in compiled.compile():
                found[group.pattern] = group
    return list(found.values())


GROUPS = _groups()


@pytest.mark.parametrize("group", GROUPS, ids=range(len(GROUPS)))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_text_a_group_matches_holds_its_screens(group: re.Pattern[str], data: st.DataObject) -> None:
    text = data.draw(st.from_regex(group))
    assert group.search(text)
    for found in clause_screen.screens_of((group,)):
        assert any(string in text for string in found), (group.pattern, text, found)


def test_every_corpus_clause_a_group_matches_holds_its_screens(corpus: Path) -> None:
    groups = [(group, clause_screen.screens_of((group,))) for group in GROUPS]
    matched = 0
    for path in sorted(corpus.glob("licenses/*/*.txt")):
        text = decode(path.read_bytes())
        starts, ends = blocks(text)
        for start, end in zip(starts, ends, strict=True):
            para = Paragraph(text[start:end], start)
            for lo, hi in clauses._clauses(para.low):
                clause = para.low[lo : min(hi, lo + clauses.MAX_CLAUSE)]
                for group, screens in groups:
                    if group.search(clause):
                        matched += 1
                        assert all(any(s in clause for s in found) for found in screens), (group.pattern, clause)
    assert matched > 1000


def test_every_concept_of_the_lexicon_is_screened() -> None:
    for compiled in clauses.active(LEXICON):
        assert clauses._screens(compiled), compiled.concept.kind


def test_readings_are_those_read_without_screens(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [decode(p.read_bytes()) for p in sorted((REPO / "fixtures" / "licenses").glob("*/LICENSE*")) if p.is_file()]
    assert len(texts) > 50
    screened = [extract(text, "LICENSE") for text in texts]
    monkeypatch.setattr(clause_screen, "_parser", None)
    monkeypatch.setattr(clause_screen, "SCREENS", {})  # nor shipped
    monkeypatch.setattr(clauses, "_COMPILED", clauses.active(LEXICON))  # concepts with no screens parsed yet
    assert all(not clauses._screens(compiled) for compiled in clauses.active(LEXICON))
    assert [extract(text, "LICENSE") for text in texts] == screened


def test_clauses_of_a_screened_out_block_count_toward_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    # the filler block holds a needle ("notice") but no string of any concept's screens: it is viewed
    # but not read clause by clause, and its clauses count as examined as they did when read
    filler = "The notice board is green. " * 3 + "The notice board is green."
    assert clauses._able(clauses._screened(clauses.active(LEXICON)), filler.lower()) == []
    assert clauses._count(filler.lower()) == 4
    text = "Terms\n\n" + filler + "\n\nYou may use the weights exclusively for academic study.\n"
    monkeypatch.setattr(clauses, "MAX_CLAUSES", 5)
    assert {ob.kind for ob in extract(text, "LICENSE")} == {"research_only"}
    monkeypatch.setattr(clauses, "MAX_CLAUSES", 4)
    assert {ob.kind for ob in extract(text, "LICENSE")} == set()


@given(st.text(alphabet="ab.;!? ()1\n", max_size=80), st.integers(min_value=0, max_value=80))
def test_a_count_is_the_clauses_yielded(low: str, start: int) -> None:
    yielded = [lo for lo, _ in clauses._clauses(low)]
    start = min(start, len(low))
    # from a clause's start on, the count is the clauses yielded from there
    for i, lo in enumerate(yielded):
        assert clauses._count(low, lo) == len(yielded) - i
    assert clauses._count(low) == len(yielded)


def test_items_seen_again_at_their_places_are_the_items_found(corpus: Path) -> None:
    """The pattern reader notes where the items under lead-ins are; the clause layer sees them there
    again instead of looking through the whole text: the same items, mapped to the same lines."""
    from openlint.text.lead_in import items_under_bans

    compared = 0
    for path in sorted(corpus.glob("licenses/*/*.txt")):
        text = decode(path.read_bytes())
        starts, ends = blocks(text)
        found = list(items_under_bans(text, starts, ends))
        again = list(clauses._items(text, starts, ends, [clauses.place_of(item) for item in found]))
        assert [(i.text, i.low, i.body, i.offset) for i in again] == [(i.text, i.low, i.body, i.offset) for i in found]
        assert [i.origin(len(i.text) - 1) for i in again] == [i.origin(len(i.text) - 1) for i in found]
        compared += len(found)
    assert compared > 100


def test_a_reading_screens_from_its_nth_viewed_block_or_its_first_once_the_process_has_screens(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Screening is decided by the reading (it once began after 400 blocks read by the process): a
    process without screens parses them at a reading's SCREEN_AFTER-th viewed block, not before (a
    one-shot `explain LICENSE` of a short licence never pays the set-up); once it has them, every
    reading screens from its first viewed block. A reading that views no block parses none."""
    monkeypatch.setattr(clauses, "_COMPILED", clauses.active(LEXICON))
    monkeypatch.setattr(clauses, "SCREEN_AFTER", 3)
    real = clauses._able
    screened: list[tuple[bool, str]] = []

    def able(concepts: list[clauses.Screened], piece: str) -> list[clauses.Screened]:
        screened.append((all(screens for _, screens in concepts), piece.strip()))
        return real(concepts, piece)

    monkeypatch.setattr(clauses, "_able", able)
    extract("Terms\n\nThe weather is green today.\n", "LICENSE")  # no concept's needle: nothing viewed
    assert not _screened() and screened == []
    two = "Terms\n\nThe notice board is green.\n\nThe notice desk is blue.\n"
    extract(two, "LICENSE")  # two blocks viewed: below SCREEN_AFTER
    assert not _screened()
    assert {flag for flag, _ in screened} == {False}
    screened.clear()
    extract(two + "\nThe notice wall is red.\n", "LICENSE")  # the third viewed block is screened
    assert _screened()
    flags = {(flag, piece) for flag, piece in screened if piece}
    assert {flag for flag, piece in flags if "wall" in piece} == {True}
    assert {flag for flag, piece in flags if "board" in piece or "desk" in piece} == {False}
    screened.clear()
    extract("Terms\n\nThe notice board is green.\n", "LICENSE")  # the process has them: from the first
    assert screened and {flag for flag, _ in screened} == {True}


def _screened() -> bool:
    """Whether any concept of the lexicon read has had its screens parsed."""
    return any(compiled._screens is not None for compiled in clauses._COMPILED)


def test_readings_are_those_read_with_every_view_built_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pattern reader keeps its views' lower case for the clause layer (up to half the text's
    size): the readings are those of a layer that builds every view itself."""
    from openlint.text import extract as extract_module

    texts = [decode(p.read_bytes()) for p in sorted((REPO / "fixtures" / "licenses").glob("*/LICENSE*")) if p.is_file()]
    kept: list[int] = []
    real = clauses.clause_readings

    def spy(*args: object) -> object:
        kept.append(len(args[7]))  # type: ignore[arg-type]
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(extract_module, "clause_readings", spy)
    with_lows = [extract(text, "LICENSE") for text in texts]
    assert sum(kept) > 10  # views' lower case was kept and offered
    monkeypatch.setattr(extract_module, "LOW_ENTRY", 10**12)  # none kept
    assert [extract(text, "LICENSE") for text in texts] == with_lows


def test_blocks_with_needles_found_in_the_pattern_pass_are_those_the_layer_finds(corpus: Path) -> None:
    """The pattern reader's needle pass also finds the blocks holding the concepts' needles (one
    lowering and one search per needle for both): for every subset of concepts, the blocks it
    records and the layer's own search from `upto` on are the blocks the layer alone finds."""
    from openlint.text import extract as extract_module
    from openlint.text.block_needles import ConceptHits

    compared = 0
    for path in sorted(corpus.glob("licenses/*/*.txt"))[::3]:
        text = decode(path.read_bytes())
        starts, ends = blocks(text)
        for upto in (len(starts), len(starts) // 2):  # a pass stopped halfway by the budget
            hits = ConceptHits()
            for i, _, bits in extract_module.block_hits(text, starts, ends, extract_module._needles()):
                if i >= upto:
                    break
                if bits:
                    hits.add(i, bits)
            hits.upto = upto
            for j in range(len(clauses._COMPILED)):
                wanted = [c for k, c in enumerate(clauses._COMPILED) if k != j]  # every concept but one
                mask = sum(1 << k for k in range(len(clauses._COMPILED)) if k != j)
                needles = tuple(dict.fromkeys(n for c in wanted for n in c.concept.needles))
                alone = list(clauses._holding(text, starts, ends, needles))
                found = [*hits.holding(mask), *clauses._holding(text, starts, ends, needles, upto)]
                assert found == alone, path.name
                compared += len(alone)
    assert compared > 1000


def test_readings_are_those_of_a_layer_that_finds_its_needles_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    from openlint.text import extract as extract_module

    texts = [decode(p.read_bytes()) for p in sorted((REPO / "fixtures" / "licenses").glob("*/LICENSE*")) if p.is_file()]
    real = clauses.clause_readings
    given: list[int] = []

    def spy(*args: object) -> object:
        given.append(len(args[8].blocks))  # type: ignore[attr-defined]
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(extract_module, "clause_readings", spy)
    with_hits = [extract(text, "LICENSE") for text in texts]
    assert sum(given) > 100
    monkeypatch.setattr(extract_module, "clause_readings", lambda *args: real(*args[:8]))  # type: ignore[arg-type]
    assert [extract(text, "LICENSE") for text in texts] == with_hits


def test_a_plain_block_screens_and_counts_on_its_own_lower_case_as_on_its_view(corpus: Path) -> None:
    """A block the pattern reader did not keep is screened on its own lower case before its view is
    built, when the view only folds whitespace (view.plain): the same concepts pass and the same
    clauses are counted as on the view; any other block is not (its view is built first)."""
    screening = clauses._screened(clauses.active(LEXICON))
    compared = ruled_out = 0
    for path in sorted(corpus.glob("licenses/*/*.txt")):
        text = decode(path.read_bytes())
        starts, ends = blocks(text)
        for start, end in zip(starts, ends, strict=True):
            raw = text[start:end]
            if not plain(raw):
                continue
            low, view = lower(raw), Paragraph(raw, start).low
            assert clauses._able(screening, low) == clauses._able(screening, view)
            assert clauses._count(low) == clauses._count(view)
            compared += 1
            ruled_out += not clauses._able(screening, low)
    assert compared > 1000 and ruled_out > 100
    assert not plain("Use for re*search* only.") and not plain("a <b>b</b>") and not plain("x\x00y")
    assert not plain("\u7814\u7a76\n\u76ee\u7684") and plain("Caf\u00e9 terms,\n  only.")


def test_readings_are_those_read_with_every_view_built_first(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [decode(p.read_bytes()) for p in sorted((REPO / "fixtures" / "licenses").glob("*/LICENSE*")) if p.is_file()]
    screened = [extract(text, "LICENSE") for text in texts]
    monkeypatch.setattr(clauses, "plain", lambda raw: False)
    assert [extract(text, "LICENSE") for text in texts] == screened


def test_a_block_of_items_is_screened_with_the_lead_in_above_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Items that open their own block under a short lead-in ending in a colon are read with that lead-in, so
    they are screened with it: the word a concept needs may stand only in the lead-in ("terminate"), and a
    process that had parsed its screens read nothing here while one that had not read patent_termination."""
    text = (
        "Your rights under these terms terminate at once if:\n"
        "(a) you fail to pay; or (b) you bring any lawsuit against\nthe Foundation over the Weights.\n"
    )

    def kinds() -> set[str]:
        return {o.kind for o in extract(text, "LICENSE")}

    for compiled in clauses.active(LEXICON):
        clauses._screens(compiled)  # every screen parsed: the reading screens from its first block
    assert "patent_termination" in kinds()
    monkeypatch.setattr(clause_screen, "_parser", None)
    monkeypatch.setattr(clauses, "_COMPILED", clauses.active(LEXICON))  # concepts with no screens parsed yet
    assert "patent_termination" in kinds()


def test_the_shipped_screens_are_the_parsed_ones_and_a_reading_parses_none(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lexicon's screens ship in the generated table (scripts/build_anchor_table.py): each is what parsing
    its group gives, and a reading with the shipped lexicon parses no group; an edited group finds no entry."""
    from openlint.text._anchor_table import SCREENS
    from openlint.text.clause_lexicon import words
    from openlint.text.regex import table_key

    groups = {words(group, "group") for compiled in clauses.active(LEXICON) for group in compiled.concept.groups}
    assert len(groups) > 50
    for regex in groups:
        assert clause_screen.screen(regex) == clause_screen.derived_screen(regex), regex.pattern
        assert table_key(regex.pattern) in SCREENS, "run: python scripts/build_anchor_table.py"
    assert len(SCREENS) == len(groups), "run: python scripts/build_anchor_table.py"
    edited = re.compile(r"\b(?:commerc|monetiz|zzzz-edited)")
    assert table_key(edited.pattern) not in SCREENS
    assert clause_screen.screen(edited) == [frozenset({"commerc", "monetiz", "zzzz-edited"})]
    parsed: list[str] = []
    monkeypatch.setattr(clause_screen, "derived_screen", lambda regex: parsed.append(regex.pattern) or [])
    for compiled in clauses.active(LEXICON):
        compiled._screens = None
        clauses._screens(compiled)
    assert parsed == []


def test_screening_by_the_index_finds_the_concepts_string_by_string_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """`_able` searches a piece once for every screen string when many concepts are screened (`_ScreenIndex`):
    the same concepts as testing each screen's strings in turn, on pieces of every fixture licence."""
    monkeypatch.setattr(clauses, "INDEXED", 0)
    screened = clauses._screened(clauses._COMPILED)
    assert clauses._index().findall is not None
    texts = [decode(p.read_bytes()) for p in sorted((REPO / "fixtures" / "licenses").glob("*/LICENSE*")) if p.is_file()]
    for text in texts:
        low = lower(text)
        for at in range(0, len(low), 97):
            for size in (40, 300):
                piece = low[at : at + size]
                for concepts in (screened, screened[::3]):
                    assert clauses._able(concepts, piece) == clauses._able_by_strings(concepts, piece)
