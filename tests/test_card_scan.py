"""The Hub-shaped key scan (openlint.sources.card_scan) gives exactly what the YAML loader gives for
the keys openlint reads, on valid and broken Hub-shaped front matter, and declines what YAML refuses."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from card_parsing import parse_yaml_only
from openlint.sources.card import front_block, parse_block
from openlint.sources.card_scan import scan_card_keys
from openlint.sources.metadata import CARD_KEYS, validate
from openlint.sources.yaml_load import load

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from hub_cards import hf_hub_card, hub_card, hub_front_matter

# Values YAML reads as something other than their characters, or refuses, or cannot construct.
TRICKY = [
    "mit",
    "4-bit",
    "'it''s'",
    '"a\\tb"',
    '"a\\qb"',
    '"\\/"',
    "~",
    "null",
    "Yes",
    "off",
    "42",
    "1.5",
    "1e-05",
    "0x1F",
    "0b_",
    "._",
    ".inf",
    "-.INF",
    "1:30",
    "2024-01-01",
    "2024-13-45",
    "=",
    "<<",
    "&a x",
    "*a",
    "!!str x",
    "!!binary aGk=",
    "[a, b]",
    "[a, [b]]",
    "[a # c]",
    "{a: 1}",
    "|",
    ">-",
    "|2",
    "a: b",
    "a:",
    "- a",
    "-x",
    ":x",
    "? x",
    "%x",
    "@x",
    "a #c",
    "a#c",
    "x\u00e9",
    "x\u0085y",
    "x\u2028y",
    "\ufeffx",
    "",
]


@st.composite
def hub_blocks(draw: st.DrawFn) -> str:
    """A Hub-shaped front matter (as the benchmark writes), then broken or bent a few times."""
    lines = hub_front_matter(random.Random(draw(st.integers(0, 10_000))), draw(st.integers(0, 50)))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(lines) - 1))
        line = lines[at]
        action = draw(st.sampled_from(["indent", "dedent", "value", "insert", "duplicate", "delete", "key"]))
        if action == "indent":
            lines[at] = " " * draw(st.integers(1, 3)) + line
        elif action == "dedent":
            lines[at] = line[draw(st.integers(1, 3)) :]
        elif action == "value" and ": " in line:
            lines[at] = line.split(": ", 1)[0] + ": " + draw(st.sampled_from(TRICKY))
        elif action == "value" and line.lstrip().startswith("- "):
            lines[at] = line.split("- ", 1)[0] + "- " + draw(st.sampled_from(TRICKY))
        elif action == "insert":
            indent = " " * draw(st.integers(0, 8))
            extra = draw(
                st.sampled_from(
                    [
                        "- x",
                        "x: y",
                        "x:",
                        "# c",
                        "",
                        "  ",
                        "x",
                        "? x",
                        "- - x",
                        "...",
                        "x: |",
                        "- x: |",
                        "- x:",
                        "- x: 'a",
                    ]
                )
            )
            lines.insert(at, indent + extra)
        elif action == "duplicate":
            lines.insert(at, line)
        elif action == "delete":
            del lines[at]
        elif action == "key":
            lines.insert(at, f"{draw(st.sampled_from(sorted(CARD_KEYS)))}: {draw(st.sampled_from(TRICKY))}")
    return "\n".join(lines)


def _yaml_keys(block: str) -> tuple[Any, tuple[str, ...]] | None:
    """validate() of what YAML loads, or None when the loader refuses the block or reports a problem."""
    loaded = load(block)
    if loaded.problem is not None or not isinstance(loaded.data, dict) or loaded.duplicates:
        return None
    return validate(loaded.data), ()


@settings(max_examples=600, deadline=None)
@given(hub_blocks())
def test_scan_equals_yaml_on_hub_shaped_blocks_valid_and_broken(block: str) -> None:
    scanned = scan_card_keys(block)
    if scanned is not None:  # when the scan answers, YAML loads the block and agrees on every card key
        assert set(scanned) <= set(CARD_KEYS)
        assert _yaml_keys(block) == (validate(scanned), ())
    reader, yaml_only = parse_block(block), parse_yaml_only(block)
    assert reader.problems == yaml_only.problems
    assert (reader.raw is None) == (yaml_only.raw is None)
    if reader.raw is not None and yaml_only.raw is not None:
        assert validate(reader.raw) == validate(yaml_only.raw)


def test_the_scan_reads_the_hub_shapes_it_was_built_for() -> None:
    """The fast path is used: every card huggingface_hub renders, and every generated Hub-shaped card
    (multi-line single-quoted prompt templates and dates included)."""
    rng = random.Random(11)
    generated = [front_block(hub_card(rng, i)) for i in range(400)]
    taken = sum(scan_card_keys(m[0]) is not None for m in generated if m and m[0] is not None)
    assert taken == 400
    pytest.importorskip("huggingface_hub")
    rendered = [front_block(hf_hub_card(rng, i)) for i in range(60)]
    assert all(m is not None and m[0] is not None and scan_card_keys(m[0]) is not None for m in rendered)


def test_a_model_index_card_reads_its_keys_and_skips_the_rest() -> None:
    block = (
        "# comment\nlanguage: [en, fr]\nlicense: 'apache-2.0' # SPDX\ntags:\n- 4-bit\n- \"llama\"\n"
        "model-index:\n- name: m\n  results:\n  - task:\n      type: text-generation\n    metrics:\n"
        "    - type: acc\n      value: 64.59\n      name: normalized accuracy\n"
        "extra_gated_prompt: >-\n  By requesting access you agree: to the terms.\n"
        "extra_gated_fields:\n  I agree to use this model for non-commercial use ONLY: checkbox\n"
        "base_model:\n  - org/base\nlicense_link: https://example.com/LICENSE\ninference: false\nmodel_name:\n"
    )
    assert scan_card_keys(block) == {
        "license": "apache-2.0",
        "tags": ["4-bit", "llama"],
        "base_model": ["org/base"],
        "license_link": "https://example.com/LICENSE",
        "model_name": None,
    }


@pytest.mark.parametrize(
    "rest",
    [
        "a: b\n  c: d",  # a value followed by a deeper line
        "x:\n  - a\n   - b",  # ragged sequence
        "x:\n  a: 1\n b: 2",  # a key between two indentations
        "x: |\n    a\n  b",  # a literal block dedented inside itself
        "x:\n- a: |\n  t",  # a block under an item's key, not indented past the key
        "x:\n- a:\n - y",  # a sequence under an item's key, not indented past the item
        "x: 0b_",  # an int YAML cannot construct
        "x: 2024-13-45",  # a date YAML cannot construct
        "x: =",  # YAML's value tag, no constructor
        "x: [a # c]",  # the comment swallows the bracket
        "x: [a, b",  # unclosed flow
        "a: &x 1\nb: *x",  # aliases are refused
        'x: "\\q"',  # unknown escape
        "x: a: b",  # mapping values are not allowed here
        "- stray",  # an item where a key belongs
        "k" * 1100 + ": v",  # longer than YAML's simple keys
        "x:\n" + "".join(" " * n + "- a:\n" for n in range(0, 70, 2)),  # deeper than the scan goes
        "x: [" + "a," * 60_000 + "a]",  # more nodes than the loader takes
    ],
)
def test_the_scan_declines_what_yaml_refuses_or_it_cannot_prove(rest: str) -> None:
    block = "license: mit\n" + rest
    assert scan_card_keys(block) is None
    assert parse_block(block).problems == parse_yaml_only(block).problems


# What front matter is, as one regex (slow: its lazy group walks the card a character at a time).
FRONT = re.compile(r"\A\ufeff?[ \t\r\n]*---[ \t]*\r?\n(?:(.*?)\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)


@settings(max_examples=800, deadline=None)
@given(
    st.lists(
        st.sampled_from(["---", "--- ", "---\t", "----", " ---", "\ufeff", "\r", "\n", "\r\n", "a", "- x", " ", "\t"])
    )
)
def test_front_block_is_the_front_matter_regex(parts: list[str]) -> None:
    text = "".join(parts)
    match, found = FRONT.match(text), front_block(text)
    if match is None:
        assert found is None
    else:
        assert found is not None and found[0] == match.group(1)
        if match.group(1) is not None:
            assert found[1] == match.start(1)


# Lines that may follow a single-quoted scalar left open: text, escaped and closing quotes, comments
# after and without a space, document markers, indentation, things that look like keys and items.
CONTINUATIONS = [
    "",
    "  ",
    "x",
    "  {system}<|end|>",
    "it''s",
    "''",
    "'",
    "x'",
    "x' # c",
    "x'#c",
    "x' y",
    "  x'",
    "---",
    "--- x",
    "---x",
    "...",
    "... x",
    "...x",
    " ---",
    "a: b",
    "- x",
    "x'\r",
    "'\r",
    "x\r",
]


@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from(["prompt_template", "license", "x", "- a", "  b"]),
    st.sampled_from(["'", "'<|im_start|>system", "'a''", "''", "'a' b", "'a # c"]),
    st.lists(st.sampled_from(CONTINUATIONS), max_size=5),
    st.sampled_from(["", "\nlicense_name: x", "\n  deeper: x", "\n- item", "\nlicense: mit"]),
)
def test_the_scan_equals_yaml_on_quoted_scalars_across_lines(key: str, first: str, more: list[str], after: str) -> None:
    head = "license: apache-2.0\n" if key != "license" else ""
    opener = f"{key}: {first}" if not key.lstrip().startswith("- ") else f"{key.lstrip()} {first}"
    if key.startswith(" "):
        head += "outer:\n"
    block = head + "\n".join([opener, *more]) + after
    scanned = scan_card_keys(block)
    if scanned is not None:
        assert _yaml_keys(block) == (validate(scanned), ())
    assert parse_block(block).problems == parse_yaml_only(block).problems


@pytest.mark.parametrize(
    ("value", "scanned"),
    [
        ("2024-05-01", True),
        ("2024-02-29", True),
        ("2023-02-29", False),
        ("0000-01-01", False),
        ("2024-13-01", False),
        ("2024-5-01", False),
        ("2024-05-01 # c", True),
    ],
)
def test_the_scan_reads_dates_yaml_constructs_and_declines_the_others(value: str, scanned: bool) -> None:
    block = f"license: mit\nlast_modified: {value}"
    assert (scan_card_keys(block) is not None) is scanned
    assert parse_block(block).problems == parse_yaml_only(block).problems
    assert validate(parse_yaml_only(block).raw or {}) == validate(parse_block(block).raw or {})


def test_a_quoted_template_across_lines_is_scanned_and_its_card_keys_read() -> None:
    block = "license: mit\nprompt_template: '<|im_start|>system\n\n  {system_message}<|im_end|>'\ntags:\n- a"
    assert scan_card_keys(block) == {"license": "mit", "tags": ["a"]}
    for broken in ("x: 'a\n---\nb'", "x: 'a\n... b'", "x: 'a\nb' c", "x: 'a\nb''", "license: 'a\nb'"):
        assert scan_card_keys("license_name: n\n" + broken) is None


@pytest.mark.parametrize(
    ("rest", "scanned"),
    [
        ("x:\n- |\n  text\n- b", True),  # a literal block as a sequence item
        ("x:\n- 'a\n  b'\n- c", True),  # a quoted item going on below its line
        ("x:\n-\n  - y", True),  # an empty item with a nested sequence under it
        ("x:\n- # c\n  y: 1", True),  # an item holding only a comment, then its mapping
        ("x:\n- |\n text\n  more", True),  # more indented lines inside a block item are its text
        ("x:\n- 'a\n---\n'", False),  # a document marker inside a quoted item: YAML refuses it
    ],
)
def test_sequence_items_with_blocks_quotes_and_nothing_agree_with_yaml(rest: str, scanned: bool) -> None:
    block = "license: mit\n" + rest
    keys = scan_card_keys(block)
    assert (keys is not None) is scanned
    if keys is not None:
        assert _yaml_keys(block) == (validate(keys), ())
    assert parse_block(block).problems == parse_yaml_only(block).problems


def test_the_shape_memory_is_bounded_and_forgets_at_once() -> None:
    from openlint.sources import card_lines

    card_lines._SHAPES.clear()
    for n in range(card_lines.MAX_SHAPES + 5):
        assert scan_card_keys(f"license: mit\nx{n}: y") == {"license": "mit"}
    assert len(card_lines._SHAPES) <= card_lines.MAX_SHAPES
    assert scan_card_keys("license: mit\nx: y") == {"license": "mit"}


def _line_by_line(block: str) -> dict[str, Any] | None:
    """The scan as one pass over the block's lines (no sections, no remembered sections or skeletons)."""
    from openlint.sources import card_lines

    if "\t" in block or card_lines._ODD.search(block) is not None:
        return None
    if "\r" in block and "\r" in block.replace("\r\n", ""):
        return None
    found = card_lines._scan_lines(block.split("\n"))
    return found if isinstance(found, dict) else None


@settings(max_examples=600, deadline=None)
@given(st.lists(hub_blocks(), min_size=1, max_size=4))
def test_reading_by_sections_equals_reading_line_by_line(blocks: list[str]) -> None:
    """Sections remembered verbatim or by skeleton (a model-index whose values differ) read exactly as
    the line-by-line scan reads the whole block: several blocks in a row share what is remembered."""
    for block in blocks:
        assert scan_card_keys(block) == _line_by_line(block)


SIMPLE_VALUES = ["text", "Text Generation", "https://x.org/a?b=c/d", "61.23", "7", "a'b", "(x)", "_y", "/p"]
BENT_VALUES = ["", "'q", '"q"', "|", ">-", "[a, b]", "x: y", "x:", "a #c", "2024-13-45", "0b_", "https://x:", "&a", "-"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 8),
            st.booleans(),
            st.sampled_from(["value", "name", "url", "x-y"]),
            st.sampled_from(SIMPLE_VALUES + BENT_VALUES),
        ),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from(SIMPLE_VALUES),
)
def test_a_skeleton_decides_as_its_lines_do_whatever_their_plain_values(
    rows: list[tuple[int, bool, str, str]], other: str
) -> None:
    """Two sections under a key openlint does not read, differing only in plain values: the second is
    decided by the first one's skeleton, and that is what reading it line by line gives."""
    lines = [" " * indent + ("- " if item else "") + f"{key}: {value}" for indent, item, key, value in rows]
    first = "license: mit\nmodel-index:\n" + "\n".join(lines)
    second = "license: mit\nmodel-index:\n" + "\n".join(
        line.rsplit(": ", 1)[0] + ": " + other if line.rsplit(": ", 1)[1] in SIMPLE_VALUES else line for line in lines
    )
    for block in (first, second, first):
        assert scan_card_keys(block) == _line_by_line(block)


def test_a_simple_line_has_the_class_its_shape_gives() -> None:
    from openlint.sources import card_lines, card_scan

    for value in SIMPLE_VALUES + BENT_VALUES:
        for prefix in ("  ", "- ", "    - ", "      "):
            line = f"{prefix}key: {value}"
            if card_scan._SIMPLE.fullmatch(line) is None:
                continue
            shape = card_lines._shape(line)
            level, indent, item, _, kind, at, _, got, _, nodes = shape
            expected = (level, indent, item, kind, at, got is card_lines._EMPTY, nodes)
            assert got is card_lines._UNKNOWN
            assert card_scan._CLASS_OF.get(expected) == card_scan._class(line)


@pytest.mark.parametrize("code", range(0x80))
def test_odd_characters_in_ascii_are_what_the_regex_finds(code: int) -> None:
    from openlint.sources import card_lines, card_scan

    block = f"license: mit\nx: a{chr(code)}b\r\n"
    assert card_scan._odd(block) is (card_lines._ODD.search(block) is not None)


def test_a_remembered_value_keeps_booleans_and_numbers_apart() -> None:
    """validate() remembers string values by key; True and 1 are equal dictionary keys and are never
    remembered, so each keeps its own problem."""
    assert validate({"license": True}).problems == ("license: a boolean, not a string",)
    assert validate({"license": 1}).problems == ("license: a number, not a string",)
    assert validate({"license": ["mit", "mit", " x "]}).data == {"license": ["mit", "x"]}
    first = validate({"tags": ["a", "b"]}).data["tags"]
    assert isinstance(first, list)
    first.append("changed")
    assert validate({"tags": ["a", "b"]}).data == {"tags": ["a", "b"]}  # a remembered list is never shared


def test_a_quoted_scalar_going_on_at_column_zero_is_read_across_what_looks_like_sections() -> None:
    """`license_name: b'` closes the quoted value above it: it is text, not a key (the block is read as
    a whole once a section holds a quoted scalar going on below its line)."""
    block = "license: mit\nx: 'a\nlicense_name: b'\ntags:\n- t"
    assert scan_card_keys(block) == {"license": "mit", "tags": ["t"]} == _line_by_line(block)
    assert _yaml_keys(block) == (validate({"license": "mit", "tags": ["t"]}), ())


def test_the_section_and_skeleton_memories_are_bounded() -> None:
    from openlint.sources import card_scan

    for n in range(card_scan.MAX_SECTIONS + 5):
        block = (
            f"license: mit\ntags:\n- t{n}\nmodel-index:\n" + "  - x: y\n" * (1 + n % 3) + f"  {'  ' * (n % 40)}- z: 1"
        )
        assert scan_card_keys(block) == _line_by_line(block)
    assert len(card_scan._SECTIONS) <= card_scan.MAX_SECTIONS
    assert len(card_scan._SKELETONS) <= card_scan.MAX_SKELETONS


@pytest.mark.parametrize(
    "line",
    [
        "base_model: org/model-1.5",
        'base_model: "org/model-1"',
        "base_model: 'org/model-1'",
        "license: Yes",
        "license: yEs",
        "license: off",
        'license: "yes"',
        "license: null",
        "license: mit ",
        "license: mit # a comment",
        'license: ""',
        "license: e1",
        "base_model: org/model:1",
        "library: org/model-1",
        "model_name: a" + "b" * 250,
    ],
)
def test_a_needed_key_with_one_word_reads_as_its_shape_and_yaml_say(line: str) -> None:
    """The one-line section a card's own base_model is (met once: never remembered) is read by one regex
    where its value is a word YAML reads as that string; anything else takes the general reading."""
    from openlint.sources import card_scan

    block = f"tags:\n- x\n{line}"
    assert scan_card_keys(block) == _line_by_line(block)
    scanned = scan_card_keys(block)
    if scanned is not None:
        assert (validate(scanned), ()) == _yaml_keys(block)
    read = card_scan._read_section(line)
    fast = card_scan._ONE_WORD.fullmatch(line)
    if fast is not None and fast.group(1) in CARD_KEYS:
        loaded = load(line).data
        assert isinstance(loaded, dict)
        value = loaded[fast.group(1)]
        # a string YAML reads: the key, the value, one unit; a boolean, null or a word YAML 1.1 reads as
        # one in some casing: declined (the loader reads the block)
        plain = isinstance(value, str) and (line.endswith(("'", '"')) or value.lower() not in card_scan._SPECIAL)
        assert read == ((fast.group(1), value, 1) if plain else card_scan._FAIL)


def test_sections_met_once_do_not_clear_the_repeated_ones_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every Hub card has a `base_model` line of its own: remembering each would fill the section memory
    and clear out the sections cards repeat (a licence line, a tag list), read again after each clear.
    A section is remembered the second time it is met; the hashes of those met once are bounded too."""
    from openlint.sources import card_scan

    monkeypatch.setattr(card_scan, "_SECTIONS", {})
    monkeypatch.setattr(card_scan, "_MET_ONCE", set(), raising=False)
    read: list[str] = []
    real = card_scan._read_section
    monkeypatch.setattr(card_scan, "_read_section", lambda section: read.append(section) or real(section))
    for n in range(3 * card_scan.MAX_SECTIONS):
        assert scan_card_keys(f"license: mit\nbase_model: org/m-{n}") == {"license": "mit", "base_model": f"org/m-{n}"}
    assert read.count("license: mit") == 2  # met once, then remembered: never cleared out
    assert "base_model: org/m-0" not in card_scan._SECTIONS
    scan_card_keys("license: mit\nbase_model: org/m-5")  # a second meeting: remembered
    assert card_scan._SECTIONS["base_model: org/m-5"] == real("base_model: org/m-5")
    for n in range(card_scan.MAX_MET_ONCE + 5):
        scan_card_keys(f"license: mit\nbase_model: x/m-{n}")
    assert len(card_scan._MET_ONCE) <= card_scan.MAX_MET_ONCE
    assert len(card_scan._SECTIONS) <= card_scan.MAX_SECTIONS


def test_long_lines_and_long_sections_are_read_but_never_remembered() -> None:
    """Memory stays flat on hostile cards: a line over the remembered length, and a section over the
    skeleton's line count, are read line by line and kept nowhere."""
    from openlint.sources import card_lines, card_scan

    long_value = "w" * (card_scan.MAX_CLASSED_LINE + 10)
    block = f"license: mit\nmodel-index:\n- name: {long_value}\n  x: 1"
    assert scan_card_keys(block) == {"license": "mit"} == _line_by_line(block)
    assert not any(len(line) > card_lines.MAX_REMEMBERED_LINE for line in card_lines._SHAPES)
    assert not any(len(line) > card_scan.MAX_CLASSED_LINE for line in card_scan._CLASSES)
    huge = "license: mit\nwidget:\n" + "- text: a\n" * (card_scan.MAX_SKELETON_LINES + 1)
    before = len(card_scan._SKELETONS)
    assert scan_card_keys(huge) == {"license": "mit"} == _line_by_line(huge)
    assert len(card_scan._SKELETONS) == before
    flow = "[" + ", ".join(["a"] * card_lines.MAX_REMEMBERED_LINE) + "]"  # a long line the scan reads
    very_long = f"license: mit\nmodel-index:\n- x: {flow}"
    assert scan_card_keys(very_long) == {"license": "mit"} == _line_by_line(very_long)
    assert not any(len(line) > card_lines.MAX_REMEMBERED_LINE for line in card_lines._SHAPES)
