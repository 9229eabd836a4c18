"""openlint.sources: one card reader (fast path proven equal to YAML), one stated licence, one
licence-text finder, one Hub-id syntax, one cache locator; check and audit agree on the same cards."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from card_parsing import parse_yaml_only
from hf_cache import cache_card
from openlint.audit.run import audit_card
from openlint.sources.card import directory_card, fast_parse, parse_block, parse_card
from openlint.sources.hf_cache import cached
from openlint.sources.hub_ids import is_hub_id, is_repo_id
from openlint.sources.license_text import license_text, linked_file
from openlint.sources.metadata import CARD_KEYS, validate
from openlint.sources.stated import stated_license
from openlint.sources.yaml_load import load

KEYS = ["license", "license_name", "license_link", "base_model", "model_name", "datasets", "tags", "yes", "On"]
# Plain words, and every scalar YAML reads differently from its characters.
SCALARS = [
    "mit",
    "apache-2.0",
    "meta-llama/Llama-3.1-8B",
    "Other",
    "other",
    "My Model v2",
    "a  b",
    "mit # SPDX",
    "'mit'",
    '"llama3.1"',
    "'it''s'",
    '"a\\tb"',
    "~",
    "null",
    "Null",
    "",
    "42",
    "1.5",
    "0x1F",
    "1e3",
    "007",
    ".inf",
    "-1",
    "true",
    "Yes",
    "off",
    "y",
    "2024-01-01",
    "2024-01-01 10:00:00",
    "!!str 42",
    "!!set {a}",
    "!!binary aGk=",
    "[mit, apache-2.0]",
    "{a: 1}",
    "&anchor mit",
    "*anchor",
    "|",
    "> folded",
    "a: b",
    "-",
    "x\u00e9",
    "@at",
    "%pct",
]
WORDS = st.one_of(st.sampled_from(SCALARS), st.from_regex(r"[A-Za-z0-9][A-Za-z0-9 ./_+#:'\"-]{0,12}", fullmatch=True))


@st.composite
def blocks(draw: st.DrawFn) -> str:
    lines: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["pair", "pair", "list", "comment", "blank", "odd"]))
        key = draw(st.sampled_from(KEYS))
        if kind == "pair":
            lines.append(f"{key}: {draw(WORDS)}".rstrip() if draw(st.booleans()) else f"{key}:{draw(WORDS)}")
        elif kind == "list":
            indent = draw(st.sampled_from(["", "  ", " "]))
            lines.append(f"{key}:")
            lines += [f"{indent}- {draw(WORDS)}" for _ in range(draw(st.integers(0, 3)))]
        elif kind == "comment":
            lines.append(draw(st.sampled_from(["# a comment", "  # indented", "#"])))
        elif kind == "blank":
            lines.append(draw(st.sampled_from(["", "   "])))
        else:
            lines.append(draw(st.sampled_from(["  continued", "\tkey: x", "key: x\r", "- stray", "? key", "---"])))
    return "\n".join(lines)


def card_keys(raw: dict[str, Any] | None) -> dict[str, Any] | None:
    """What the card reader uses of a raw mapping (the key scan reads only these keys)."""
    return None if raw is None else {k: v for k, v in raw.items() if k in CARD_KEYS}


@settings(max_examples=400, deadline=None)
@given(blocks())
def test_fast_path_equals_yaml_on_comments_quotes_null_numbers_booleans(block: str) -> None:
    fast, slow = parse_block(block), parse_yaml_only(block)
    assert card_keys(fast.raw) == card_keys(slow.raw) and fast.problems == slow.problems
    if fast.raw is not None:
        assert validate(fast.raw) == validate(slow.raw or {})
    direct = fast_parse(block)
    if direct is not None:  # when the fast path answers, it answers what PyYAML says
        assert direct == yaml.safe_load(block)


@pytest.mark.parametrize(
    "block",
    [
        "license: mit # SPDX",
        "license: 'mit'",
        "base_model: 42",
        "base_model: 1.5",
        "base_model: true",
        "base_model: 2024-01-01",
        "license: ~",
        "base_model:",
        "license: mit\nlicense: apache-2.0",
        "license: mit\n\tx: y",
        "yes: mit",
        "license: x\u00e9",
    ],
)
def test_fast_path_declines_what_it_does_not_fully_understand(block: str) -> None:
    assert fast_parse(block) is None


def test_fast_path_takes_flat_cards() -> None:
    block = "license: llama3.1\nbase_model:\n- meta-llama/Llama-3.1-8B\n# note\nmodel_name: Acme Chat 8B"
    assert fast_parse(block) == {
        "license": "llama3.1",
        "base_model": ["meta-llama/Llama-3.1-8B"],
        "model_name": "Acme Chat 8B",
    }


def test_values_of_the_wrong_type_are_problems_not_values() -> None:
    meta = parse_card(
        "---\nlicense: [mit, 42]\nbase_model: 2024-01-01\nmodel_name: !!set {a}\n"
        'license_name: !!binary aGk=\nlicense_link: "a\\x00b"\n---\n'
    )
    assert meta.data == {"license": ["mit"]}
    assert meta.problems == (
        "license: a number, not a string",
        "license_name: binary data, not a string",
        "license_link: contains control characters",
        "base_model: a date, not a string",
        "model_name: a set, not a string",
    )


def test_a_key_stated_twice_is_a_problem_and_neither_value_is_used() -> None:
    meta = parse_card("---\nbase_model: a/b\nlicense: mit\nbase_model:\n- c/d\n---\n")
    assert meta.data == {"license": "mit"}
    assert meta.problems == ("base_model: stated more than once (none of its values is used)",)
    # a key openlint does not read may repeat without a problem
    assert parse_card("---\nwidget: a\nwidget: b\nlicense: mit\n---\n").problems == ()


def test_yaml_loader_refuses_aliases_depth_and_size() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    assert load(bomb).problem == "YAML aliases are not accepted"
    # the top mapping is the first level
    assert load("a: " + "[" * 64 + "]" * 64).problem == "YAML nested deeper than 64 levels"
    assert load("a: " + "[" * 63 + "]" * 63).problem is None
    assert load("a: &x 1\nb: 2").data == {"a": 1, "b": 2}  # an anchor alone is harmless


def test_yaml_loader_event_budget_at_the_boundary(monkeypatch: pytest.MonkeyPatch) -> None:
    from openlint.sources import yaml_load

    monkeypatch.setattr(yaml_load, "MAX_EVENTS", 20)
    # a flow list of n scalars is n + 6 events (stream, document and sequence start and end)
    assert load("[" + ", ".join(["x"] * 14) + "]").data == ["x"] * 14
    assert load("[" + ", ".join(["x"] * 15) + "]").problem == "more than 20 YAML nodes"


def test_only_top_level_keys_stated_twice_are_duplicates() -> None:
    assert load("a:\n  x: 1\nb:\n  x: 2\nc: a\nd: [b, b]\n").duplicates == ()
    assert load("a: 1\nb: {a: 2}\na: 3\nb: [a]\n").duplicates == ("a", "b")
    assert load("- a\n- a\n").duplicates == ()  # not a mapping


def test_validator_caps_at_the_boundary() -> None:
    at_cap = validate({"tags": [f"t{n}" for n in range(256)], "license_name": "x" * 256})
    assert at_cap.problems == () and len(at_cap.data["tags"]) == 256 and at_cap.data["license_name"] == "x" * 256
    over = validate({"tags": [f"t{n}" for n in range(257)], "license_name": "x" * 257, "license": "  "})
    assert over.data == {}
    assert over.problems == (
        "license: empty",
        "license_name: longer than 256 characters",
        "tags: more than 256 items",
    )


def _stated(front: str) -> str | None:
    return stated_license(parse_card(f"---\n{front}\n---\n")).query


@pytest.mark.parametrize("tag", ["other", "Other", "OTHER"])
def test_other_is_case_insensitive(tag: str) -> None:
    assert _stated(f"license: {tag}\nlicense_name: llama3.1") == "llama3.1"


def test_license_list_is_an_and() -> None:
    assert _stated("license:\n- mit\n- apache-2.0") == "mit AND apache-2.0"


def test_model_card_md_is_a_card(tmp_path: Path) -> None:
    (tmp_path / "MODEL_CARD.md").write_text("---\nlicense: mit\nbase_model: a/b\n---\n", encoding="utf-8")
    found = directory_card(tmp_path)
    assert found is not None and found.path.name == "MODEL_CARD.md"
    assert found.meta.strings("base_model") == ("a/b",)


def test_hub_id_syntax() -> None:
    assert is_hub_id("gpt2") and is_hub_id("meta-llama/Llama-3.1-8B")
    for bad in ("../../etc", "/abs/dir", "a/b/c", "a--b/c", "a/..", "", "a b/c", "refs/../x"):
        assert not is_hub_id(bad), bad
    assert is_repo_id("org/name") and not is_repo_id("gpt2") and not is_repo_id("org/na..me")


def test_license_link_is_confined_to_the_repository(tmp_path: Path) -> None:
    (tmp_path / "TERMS.txt").write_text("terms", encoding="utf-8")
    terms = tmp_path / "TERMS.txt"
    assert linked_file(tmp_path, "TERMS.txt") == terms
    assert linked_file(tmp_path, "./TERMS.txt") == terms
    assert linked_file(tmp_path, "sub/../TERMS.txt") == terms
    assert linked_file(tmp_path, "https://huggingface.co/acme/m/blob/main/TERMS.txt") == terms
    for outside in ("../secret", "/etc/passwd", "https://example.com/LICENSE", "https://huggingface.co/acme/m"):
        assert linked_file(tmp_path, outside) is None, outside


def test_license_link_file_is_read_before_other_files(tmp_path: Path) -> None:
    (tmp_path / "LICENSE").write_text("MIT License\n\nPermission is hereby granted, free of charge", encoding="utf-8")
    (tmp_path / "TERMS.txt").write_text(
        "You will not use the Materials or any output to train or improve any other large language model.\n",
        encoding="utf-8",
    )
    found = license_text(tmp_path, "TERMS.txt")
    assert found is not None and found.path.name == "TERMS.txt" and found.via == "license_link"
    assert found.entry is not None and [o.kind for o in found.entry.obligations] == ["no_training_other_models"]


def test_a_recognised_text_beats_an_earlier_unread_one_and_each_file_is_read_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openlint.sources import license_text as module

    (tmp_path / "LICENSE").write_text("Heron license. Ask us before anything.\n", encoding="utf-8")
    (tmp_path / "USE_POLICY.md").write_text(
        "You will not use the Materials or any output to train or improve any other large language model.\n",
        encoding="utf-8",
    )
    reads: list[str] = []
    original = module._read
    monkeypatch.setattr(module, "_read", lambda path: reads.append(path.name) or original(path))
    found = license_text(tmp_path, accept_unread=True)
    assert found is not None and found.path.name == "USE_POLICY.md"
    assert found.entry is not None and [o.kind for o in found.entry.obligations] == ["no_training_other_models"]
    assert reads == ["LICENSE", "USE_POLICY.md"]
    (tmp_path / "USE_POLICY.md").unlink()
    assert license_text(tmp_path) is None  # an unread text only when asked for
    reads.clear()
    unread = license_text(tmp_path, accept_unread=True)
    assert reads == ["LICENSE"]  # read (and its terms looked for) once, not once per pass
    assert unread is not None and unread.path.name == "LICENSE" and unread.entry is not None
    assert unread.entry.obligations == ()


def test_cache_refs_main_outside_the_cache_is_not_followed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path))
    snapshot = cache_card(tmp_path, "acme/good", "---\nlicense: mit\n---\n")
    assert cached("acme/good") == snapshot
    evil = cache_card(tmp_path, "acme/evil", "---\nlicense: mit\n---\n")
    (evil.parents[1] / "refs" / "main").write_text("../../../../etc", encoding="utf-8")
    assert cached("acme/evil") is None
    assert cached("../acme--good") is None and cached("/etc") is None


CARDS = {
    "comment": ("license: mit # SPDX", "MIT", []),
    "quoted": ("license: 'apache-2.0'", "Apache-2.0", []),
    "other-capital": ("license: Other\nlicense_name: llama3.1", "llama3.1", []),
    "malformed": ('license: "( AND mit"', None, ["OL405"]),
    "number-base": ("license: mit\nbase_model: 42", "MIT", ["OL413"]),
    # invalid front matter was OL404 in audit and OL401 in check: now the same two codes in both
    "invalid-yaml": ("license: [mit", None, ["OL401", "OL413"]),
}


@pytest.mark.parametrize("name", sorted(CARDS))
def test_check_and_audit_read_the_same_card_the_same_way(tmp_path: Path, name: str) -> None:
    from openlint.checking.checker import load_project, run_check

    front, expression, audit_codes = CARDS[name]
    model = tmp_path / "models" / "m"
    model.mkdir(parents=True)
    (model / "README.md").write_text(f"---\n{front}\n---\n# m\n", encoding="utf-8")
    (tmp_path / "openlint.toml").write_text('[[models]]\nid = "acme/m"\npath = "models/m"\n', encoding="utf-8")
    record = audit_card(str(model / "README.md"))
    assert record["findings"] == audit_codes
    assert record.get("expression") == expression
    report = run_check(load_project(tmp_path, environ={}), use_baseline=False)
    decided = sorted({f.rule for f in report.findings if not f.undecided and f.rule.startswith("OL4")})
    assert decided == audit_codes
    if expression is not None:
        assert report.models[0].licenses[0].lower() == expression.lower()


def test_model_card_md_gives_check_and_audit_both_licence_and_lineage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openlint.checking.checker import load_project, run_check

    cache = tmp_path / "cache"
    monkeypatch.setenv("HF_HUB_CACHE", str(cache))
    cache_card(cache, "meta-llama/Llama-3.1-8B", "---\nlicense: llama3.1\n---\n")
    project = tmp_path / "p"
    model = project / "models" / "m"
    model.mkdir(parents=True)
    card = "---\nlicense: apache-2.0\nbase_model: meta-llama/Llama-3.1-8B\n---\n# m\n"
    (model / "MODEL_CARD.md").write_text(card, encoding="utf-8")
    (project / "openlint.toml").write_text('[[models]]\nid = "acme/m"\npath = "models/m"\n', encoding="utf-8")
    report = run_check(load_project(project, environ={}), use_baseline=False)
    assert report.models[0].lineage[1].startswith("  <- meta-llama/Llama-3.1-8B [llama3.1]")
    assert "OL408" in {f.rule for f in report.findings}
    record = audit_card(str(model / "MODEL_CARD.md"))
    assert record["expression"] == "Apache-2.0" and record["base_model"] == ["meta-llama/Llama-3.1-8B"]


def test_audit_finds_model_card_md_and_only_one_card_per_directory(tmp_path: Path) -> None:
    from openlint.audit.run import find_cards

    for name, files in {"a": ["MODEL_CARD.md"], "b": ["README.md", "MODEL_CARD.md"], "c": ["notes.md"]}.items():
        for file in files:
            (tmp_path / name).mkdir(exist_ok=True)
            (tmp_path / name / file).write_text("---\nlicense: mit\n---\n", encoding="utf-8")
    found = sorted(Path(p).relative_to(tmp_path).as_posix() for p in find_cards(tmp_path))
    assert found == ["a/MODEL_CARD.md", "b/README.md"]


def test_license_link_in_the_cache_reaches_the_blob(tmp_path: Path) -> None:
    from hf_cache import cache_repo

    card = "---\nlicense: other\nlicense_name: acme\nlicense_link: TERMS.md\n---\n"
    terms = "You will not use the Materials or any output to train or improve any other large language model.\n"
    snapshot = cache_repo(tmp_path, "acme/m", {"README.md": card, "TERMS.md": terms})
    found = license_text(snapshot, "TERMS.md")
    assert found is not None and found.path == snapshot / "TERMS.md" and found.via == "license_link"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400), st.sampled_from(["", "---\n", "---\nlicense: mit\n"]))
def test_any_card_text_reads_without_crashing_into_plain_printable_values(body: str, head: str) -> None:
    meta = parse_card(head + body + "\n---\n")
    for value in meta.data.values():
        for item in [value] if isinstance(value, str) else value:
            assert isinstance(item, str) and item.isprintable()
    assert all(problem.isprintable() for problem in meta.problems)


def test_unknown_duplicate_keys_are_not_echoed() -> None:
    meta = parse_card('---\n"\\e[2Kok": 1\n"\\e[2Kok": 2\nlicense: mit\n---\n')
    assert meta.problems == () and meta.data == {"license": "mit"}


def test_crlf_cards_read_like_lf_cards_and_an_unclosed_block_is_a_problem() -> None:
    lf = "---\nlicense: other\nlicense_name: llama3.1 # tag\nbase_model:\n  - a/b\n---\n# m\n"
    crlf = parse_card(lf.replace("\n", "\r\n"))
    assert crlf.data == parse_card(lf).data == {"license": "other", "license_name": "llama3.1", "base_model": ["a/b"]}
    assert crlf.line_of("license_name") == 3
    assert parse_card("---\r\nlicense: mit\r\n").problems == ("front matter: no closing '---' line",)
