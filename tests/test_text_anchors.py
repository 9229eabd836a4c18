"""Anchors (openlint.text.anchors): a pattern is not run on a paragraph holding none of the literals
every match of it contains. They must be sound (never skip a paragraph the pattern matches) and the
shipped table must be what the patterns give today."""

from __future__ import annotations

import re
from pathlib import Path

from openlint.text._anchor_table import ALTERNATIVES, ANCHORS
from openlint.text.anchors import anchors, pattern_anchors, pattern_regexes, present
from openlint.text.normalize import decode
from openlint.text.patterns import PATTERNS, finditer
from openlint.text.regex import Regex, table_key
from openlint.text.view import Paragraph, blocks
from rewrap import rewrap


def _sets(regex: str, flags: int = 0) -> set[frozenset[str]]:
    return set(anchors(re.compile(regex, flags)))


def test_literal_runs_and_alternatives() -> None:
    assert _sets("appropriate credit|give credit to") == {frozenset({"appropriate credit", "give credit to"})}
    assert _sets(r"licen[cs]e\s+fee") == {frozenset({"licence", "license"}), frozenset({"fee"})}
    assert _sets(r"\bmonthly\s++active") == {frozenset({"monthly"}), frozenset({"active"})}
    assert _sets("(?:annual|yearly) revenue") == {frozenset({"annual revenue", "yearly revenue"})}


def test_what_is_not_required_is_no_anchor() -> None:
    assert _sets("(?:credit)?x") == set()  # optional
    assert _sets(r"(?=notice)\w+") == set()  # a look-ahead consumes nothing: not taken as a literal
    assert _sets("ab|cd") == set()  # too short to be worth a test
    assert _sets("notice|x{1,3}yz") == set()  # one branch requires nothing useful
    assert _sets("notice", re.IGNORECASE) == set()  # patterns run on lower-cased text, never so


def test_shipped_table_is_current() -> None:
    derived = {
        table_key(regex.pattern): tuple(tuple(sorted(found)) for found in anchors(regex))
        for pattern in PATTERNS
        for regex in pattern_regexes(pattern.regex)
    }
    stale = {key for key in derived if ANCHORS.get(key) != derived[key]}
    assert not stale, "run: python scripts/build_anchor_table.py"
    assert set(ANCHORS) == set(derived), "run: python scripts/build_anchor_table.py"


def test_no_two_sources_share_a_key() -> None:
    sources = {regex.pattern for pattern in PATTERNS for regex in pattern_regexes(pattern.regex)}
    assert len({table_key(source) for source in sources}) == len(sources) > 70


def test_an_edited_source_finds_no_entry() -> None:
    """The table is keyed by a source's length and CRC-32: an edit that keeps the length changes the
    CRC (it catches every change within 32 bits), one that does not changes the length; either way a
    stale entry is never used for the edited regex, which then has its anchors derived and runs whole."""
    for pattern in PATTERNS:
        for regex in pattern_regexes(pattern.regex):
            source = regex.pattern
            for i in range(0, len(source), max(1, len(source) // 16)):
                edited = source[:i] + ("x" if source[i] != "x" else "y") + source[i + 1 :]
                assert table_key(edited) not in ANCHORS, (source[:40], i)
            assert table_key(source + " ") not in ANCHORS
            assert table_key(source[1:]) not in ANCHORS
    split = next(p.regex for p in PATTERNS if isinstance(p.regex, Regex) and table_key(p.regex.pattern) in ALTERNATIVES)
    assert isinstance(split, Regex)
    edited = Regex(split.pattern.replace("|", "|(?:zzzq)?", 1), split.flags)  # same matches, another key
    low = "you must retain all copyright notices. keep the legal notices intact."
    spans = [m.span() for m in split.compiled.finditer(low)]
    assert len(spans) == 2
    assert [m.span() for m in edited.finditer(low)] == spans
    assert edited._alternatives == []  # run whole: no stale split of the old source
    assert [m.span() for m in split.finditer(low)] == spans
    assert split._alternatives  # the current source is split


def test_a_paragraph_without_the_anchor_is_skipped() -> None:
    (flow_down,) = (p for p in PATTERNS if p.kind == "flow_down" and not p.gate)  # (not another language's)
    para = Paragraph("Use terms apply; see the enforceable terms.", 0)
    assert not present(pattern_anchors(flow_down), para.low)  # no "enforceable provision"
    para = Paragraph("use restrictions, as an enforceable\nprovision", 0)  # a line break is a space
    assert present(pattern_anchors(flow_down), para.low)
    assert list(finditer(flow_down, para))


def _paragraphs(text: str) -> list[Paragraph]:
    starts, ends = blocks(text)
    return [Paragraph(text[s:e], s) for s, e in zip(starts, ends, strict=True)]


def test_every_match_in_the_corpus_holds_its_anchors(corpus: Path) -> None:
    """On every corpus text and fixture, as published and re-wrapped: wherever a pattern matches,
    its anchors are present, so skipping paragraphs without them loses nothing."""
    texts = [decode(p.read_bytes()) for p in sorted(corpus.glob("licenses/*/*.txt"))]
    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "licenses"
    texts += [decode(p.read_bytes()) for p in sorted(fixtures.glob("*/LICENSE"))]
    matched = 0
    for text in texts:
        for variant in (text, rewrap(text, 40)):
            for para in _paragraphs(variant):
                for pattern in PATTERNS:
                    if next(iter(finditer(pattern, para)), None) is not None:
                        matched += 1
                        assert present(pattern_anchors(pattern), para.low), (pattern.kind, para.text[:80])
    assert matched > 500  # the check saw real matches of many patterns
