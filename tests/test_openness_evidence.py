"""Openness verdicts that survive bad evidence (issue #18): evidence strength, the API-only list,
sparse records, 'unlicensed', merged sources, and the text/JSON reports of all of it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any, get_args

import pytest

from openlint.errors import OpenlintError
from openlint.openness.api_only import families, lookup
from openlint.openness.classify import Category, classify
from openlint.openness.index import load_index
from openlint.openness.merge import merge
from openlint.openness.mot import load_mot, release_from_mot
from openlint.openness.release import (
    STRENGTH_RANK,
    Component,
    Release,
    Released,
    Strength,
    component,
    empty_release,
)
from openlint.openness.repo import release_from_repo
from openlint.openness.sources import NotAModelRepository, load_release, load_sources
from openlint.output import openness_json, openness_text

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures" / "openness"
EXPECTED: dict[str, dict[str, Any]] = tomllib.loads((FIXTURES / "expected.toml").read_text("utf-8"))
WEIGHTS = "Model parameters (Final)"


def names(lines: tuple[str, ...]) -> list[str]:
    return [line.split(":", 1)[0] for line in lines]


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_fixture_verdicts(stem: str) -> None:
    want = EXPECTED[stem]
    verdict = classify(load_mot(FIXTURES / "mot" / f"{stem}.yml"))
    assert (verdict.category, verdict.osaid, verdict.basis) == (want["category"], want["osaid"], want["basis"])
    contradictions = [d for d in verdict.disagreements if d.startswith("contradiction:")]
    assert len(contradictions) == want.get("contradictions", 0)
    assert names(verdict.rests_on) == want.get("rests_on", [])
    kinds = [
        ["unlicensed" if "unlicensed" in a.condition else "claims", a.category, a.osaid] for a in verdict.would_change
    ]
    assert kinds == want.get("would_change", [])
    assert names(verdict.missing_evidence) == want.get("missing", [])
    if "interpretations" in want:
        assert len(verdict.release.interpretations) == want["interpretations"]


def test_every_fixture_is_pinned() -> None:
    assert sorted(p.stem for p in (FIXTURES / "mot").glob("*.yml")) == sorted(EXPECTED)


# --- the API-only list -------------------------------------------------------------------------------


def test_api_only_entries_are_cited() -> None:
    assert len(families()) >= 8
    for fam in families():
        assert fam.source.startswith("https://"), fam.family
        assert fam.says and fam.access and fam.producers and fam.names


@pytest.mark.parametrize(
    ("name", "producer", "family"),
    [
        ("Claude-2", "Anthropic", "Claude"),
        ("claude-3-5-sonnet@20240620", None, "Claude"),
        ("anthropic/claude-3-opus", None, "Claude"),
        ("GPT-4", "OpenAI", "GPT-4"),
        ("gpt-4-turbo-2024-04-09", None, "GPT-4"),
        ("GPT-4o", "OpenAI", "GPT-4o"),
        ("GPT-3.5", "OpenAI", "GPT-3.5 / ChatGPT"),
        ("Gemini-1.5", "Google", "Gemini"),
        ("PaLM 2", "Google", "PaLM / PaLM 2"),
        ("o1", "OpenAI", "OpenAI o-series reasoning models"),
        ("openai/o3-mini", None, "OpenAI o-series reasoning models"),  # the Hub organisation is the producer
        ("openai/gpt-4o", None, "GPT-4o"),
        ("google/gemini-1.5-pro", None, "Gemini"),
        ("GPT-5", "OpenAI", "GPT-4"),
    ],
)
def test_hosted_models_are_found(name: str, producer: str | None, family: str) -> None:
    found = lookup(name, producer)
    assert found is not None and found.family == family


@pytest.mark.parametrize(
    ("name", "producer"),
    [
        ("gpt-oss-20b", "OpenAI"),
        ("openai/gpt-oss-120b", None),  # a Hub id: OpenAI is the producer, the name is not on the list
        ("gpt-oss-120b", None),
        ("google/gemma-2-9b-it", None),
        ("gemma-3-27b-it", None),
        ("google/recurrentgemma-2b", None),
        ("google/paligemma-3b-pt-224", None),
        ("GPT-2", "OpenAI"),
        ("GPT-3-Finnish", "University of Turku"),
        ("GPT-3", "University of Turku"),  # a producer that is not OpenAI
        ("gemma-7b", "Google"),
        ("CodeGemma-7B", "Google"),
        ("Palmyra", "Writer"),
        ("gpt4all-j", None),
        ("someone/claude-2-alpaca", None),
        ("o1", None),  # too short to match without its producer
        ("Grok-1", "xAI"),
    ],
)
def test_open_weights_models_are_not_on_the_list(name: str, producer: str | None) -> None:
    assert lookup(name, producer) is None


def test_verified_weights_beat_the_list(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("---\nlicense: apache-2.0\n---\n# M\n", encoding="utf-8")
    (tmp_path / "model.safetensors").write_bytes(b"\0")
    verdict = classify(release_from_repo(tmp_path, name="anthropic/claude-2"))
    assert verdict.category == "open-weights"
    assert verdict.basis == "verified"
    assert len(verdict.disagreements) == 1 and "judged on the files" in verdict.disagreements[0]


def test_located_but_unverified_weights_do_not_beat_the_list() -> None:
    data = {
        "release": {
            "name": "Claude-2",
            "producer": "Anthropic",
            "huggingface": "https://huggingface.co/anthropic/claude-2",
            "components": [{"name": WEIGHTS, "license": "MIT"}, {"name": "Model card"}, {"name": "Datasets"}],
        }
    }
    verdict = classify(release_from_mot(data, "x"))
    assert verdict.category == "closed"
    assert [d.split(":")[0] for d in verdict.disagreements] == ["contradiction"]
    assert "https://huggingface.co/anthropic/claude-2" in verdict.disagreements[0]


# --- evidence strength and sparse records ------------------------------------------------------------


def component_strengths(stem: str) -> dict[str, tuple[str, str]]:
    release = load_mot(FIXTURES / "mot" / f"{stem}.yml")
    return {c.name: (c.state, c.strength) for c in release.components}


def test_mot_locations_make_components_located() -> None:
    crystal = component_strengths("CrystalCoder")
    assert crystal[WEIGHTS] == ("released", "located")  # the release's Hub repository
    assert crystal["Training code"] == ("released", "located")  # the release's code repository
    assert crystal["Datasets"] == ("claimed, unverified", "claimed")  # no location for data
    assert crystal["Sample model outputs"] == ("not released", "claimed")  # unlisted in a 15-item record


def test_stub_record_leaves_the_rest_unknown() -> None:
    t5 = component_strengths("T5")
    assert t5[WEIGHTS] == ("unknown", "none")
    assert t5["Training code"] == ("unknown", "none")
    assert t5["Datasets"] == ("claimed, unverified", "claimed")


def four_components(extra: str | None = None) -> dict[str, Any]:
    items: list[dict[str, str]] = [
        {"name": WEIGHTS, "license": "Apache-2.0"},
        {"name": "Model architecture", "license": "Apache-2.0"},
        {"name": "Model card", "license": "CC-BY-4.0"},
    ]
    if extra:
        items.append({"name": extra, "license": "Apache-2.0"})
    return {"release": {"name": "m", "components": items}}


def test_stub_threshold_is_four_components() -> None:
    three = release_from_mot(four_components(), "x")
    assert three.get("Training code").released == "unknown"
    four = release_from_mot(four_components("Inference code"), "x")
    assert four.get("Training code").released == "no"
    assert classify(three).osaid == "unknown" and classify(four).osaid == "no"
    # Four or more components but not the final parameters: still sparse, what is unlisted stays unknown.
    data = four_components("Inference code")
    data["release"]["components"][0]["name"] = "Training code"
    no_weights = release_from_mot(data, "x")
    assert (no_weights.get(WEIGHTS).released, no_weights.get("Datasets").released) == ("unknown", "unknown")
    assert classify(no_weights).category == "insufficient-evidence"


def test_claimed_weights_say_what_they_rest_on() -> None:
    verdict = classify(release_from_mot(four_components("Inference code"), "x"))
    assert verdict.category == "open-weights" and verdict.basis == "claimed"
    assert WEIGHTS in names(verdict.rests_on)
    assert [(a.category, a.osaid) for a in verdict.would_change] == [("insufficient-evidence", "no")]


def located_open_source_ai(data_card: dict[str, str] | None) -> dict[str, Any]:
    """Code, weights and datasets all located and open; the data card as given (or unlisted)."""
    names = ["Data preprocessing code", "Training code", "Evaluation code", "Inference code", "Model architecture"]
    items = [{"name": n, "license": "Apache-2.0", "component_path": f"https://example.org/{n[:4]}"} for n in names]
    items += [
        {"name": WEIGHTS, "license": "Apache-2.0", "component_path": "https://example.org/w"},
        {"name": "Datasets", "license": "CC-BY-4.0", "component_path": "https://example.org/d"},
    ]
    return {"release": {"name": "m", "components": items + ([data_card] if data_card else [])}}


@pytest.mark.parametrize(
    "data_card", [None, {"name": "Data card", "license": "CC-BY-4.0"}], ids=["unlisted", "claimed"]
)
def test_open_source_ai_rests_on_the_data_information_that_satisfies_it(data_card: dict[str, str] | None) -> None:
    """Located open datasets are the data information; a data card that is unlisted ('not released') or only
    claimed is an alternative the verdict does not need: it neither weakens the basis nor is rested on."""
    verdict = classify(release_from_mot(located_open_source_ai(data_card), "x"))
    assert (verdict.category, verdict.osaid) == ("open-source-ai", "yes")
    assert (verdict.basis, verdict.rests_on, verdict.would_change) == ("located", (), ())


def test_strength_order() -> None:
    assert sorted(STRENGTH_RANK, key=STRENGTH_RANK.__getitem__) == ["none", "claimed", "curated", "located", "verified"]


@pytest.mark.parametrize(
    ("value", "verdict"),
    [
        ("Undisclosed", "unknown"),
        ("unlicensed", "unknown"),  # the tool's blank: not stated
        ("Unlicensed", "unknown"),
        ("No license", "unlicensed"),  # said outright: released without a license
        ("none", "unlicensed"),
        ("MIT", "open"),
    ],
)
def test_form_license_values(value: str, verdict: str) -> None:
    release = release_from_mot(four_components("Inference code") | {}, "x")
    data = four_components()
    data["release"]["components"][0]["license"] = value
    assert release_from_mot(data, "x").get(WEIGHTS).judgment.verdict == verdict
    assert release.get(WEIGHTS).judgment.verdict == "open"


def test_unlicensed_all_rights_reserved_reading() -> None:
    data = four_components()
    data["release"]["components"][0]["license"] = "unlicensed"
    strict = release_from_mot(data, "x", unlicensed="all-rights-reserved")
    assert strict.get(WEIGHTS).judgment.verdict == "unlicensed"
    assert classify(strict).category == "restricted-weights" and not strict.interpretations


def test_yaml_aliases_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.yml"
    path.write_text("a: &x [1, 2]\nrelease: {name: m, components: *x}\n", encoding="utf-8")
    with pytest.raises(OpenlintError, match="aliases"):
        load_mot(path)


# --- repositories, `license: Other`, and "not a model repository" -----------------------------------


@pytest.mark.parametrize("tag", ["other", "Other", "OTHER"])
def test_license_other_resolves_like_check(tmp_path: Path, tag: str) -> None:
    (tmp_path / "README.md").write_text(f"---\nlicense: {tag}\nlicense_name: MIT\n---\n# M\n", encoding="utf-8")
    (tmp_path / "model.safetensors").write_bytes(b"\0")
    weights = release_from_repo(tmp_path).get(WEIGHTS)
    assert (weights.license_name, weights.judgment.verdict, weights.strength) == ("MIT", "open", "verified")


def test_not_a_model_repository(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# A web app\n\nNothing to do with models.\n", encoding="utf-8")
    (tmp_path / "main.py").write_text("print('hi')\n", encoding="utf-8")
    with pytest.raises(NotAModelRepository):
        load_release(str(tmp_path))
    proc = subprocess.run(
        [sys.executable, "-m", "openlint", "openness", str(tmp_path)], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 2 and proc.stdout == ""
    assert "not a model repository" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    "files",
    [
        {"README.md": "---\nlicense: mit\n---\n# M\n"},
        {"config.json": "{}"},
        {"sub/model.safetensors": ""},
        {"openlint.toml": '[release]\nlicense = "MIT"\n'},
    ],
)
def test_what_makes_a_model_repository(tmp_path: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert load_release(str(tmp_path)).components


@pytest.mark.parametrize(
    ("files", "category"),
    [
        ({"sub/model.safetensors": ""}, "unknown"),  # weights below the top, no card: released, terms unknown
        ({"openlint.toml": '[release]\nlicense = "MIT"\n'}, "insufficient-evidence"),  # its own declaration
    ],
)
def test_cli_judges_what_load_release_accepts(tmp_path: Path, files: dict[str, str], category: str) -> None:
    """The CLI asks the one question load_release asks (it once refused these with a shallower test)."""
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "openlint", "openness", str(tmp_path), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert [r["category"] for r in json.loads(proc.stdout)["releases"]] == [category]


def test_a_card_without_weights_is_insufficient_evidence(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("---\nlicense: apache-2.0\n---\n# M\n", encoding="utf-8")
    verdict = classify(release_from_repo(tmp_path))
    assert verdict.category == "insufficient-evidence"
    assert names(verdict.missing_evidence)[0] == WEIGHTS


# --- several sources ---------------------------------------------------------------------------------


def test_repository_files_beat_a_wrong_record(tmp_path: Path) -> None:
    """StarCoder's record says its weights are 'not included'; the repository shows them."""
    (tmp_path / "README.md").write_text("---\nlicense: bigcode-openrail-m\n---\n# StarCoder\n", encoding="utf-8")
    (tmp_path / "model.safetensors").write_bytes(b"\0")
    (merged,) = load_sources(str(tmp_path), mof=[str(FIXTURES / "mot" / "StarCoder.yml")])
    weights = merged.get(WEIGHTS)
    assert (weights.released, weights.strength) == ("yes", "verified")
    verdict = classify(merged)
    assert verdict.category == "restricted-weights" and verdict.basis == "verified"
    # The record's own contradiction (weights 'not included', Hub repository named) is kept.
    assert [d.split(":", 2)[1].strip() for d in verdict.disagreements] == [WEIGHTS]
    assert merged.source == "model repository + Model Openness Tool YAML"


def test_sources_disagreeing_are_listed(tmp_path: Path) -> None:
    record = tmp_path / "record.yml"
    items = [{"name": WEIGHTS, "license": "Component not included"}] + [
        {"name": n, "license": "MIT"} for n in ("Model architecture", "Training code", "Inference code")
    ]
    record.write_text(json.dumps({"release": {"name": "m", "components": items}}), encoding="utf-8")
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "README.md").write_text("---\nlicense: apache-2.0\n---\n# M\n", encoding="utf-8")
    (repo / "model.safetensors").write_bytes(b"\0")
    (merged,) = load_sources(str(repo), mof=[str(record)])
    about_weights = [d for d in merged.disagreements if d.startswith(WEIGHTS)]
    assert len(about_weights) == 1
    assert "Model Openness Tool YAML: not released (claimed)" in about_weights[0]
    assert about_weights[0].endswith("-> model repository wins (verified)")
    assert classify(merged).category == "open-weights"


def test_index_and_record_merge() -> None:
    (merged,) = load_sources(
        None, mof=[str(FIXTURES / "mot" / "Amber.yml")], index=[str(FIXTURES / "index" / "amber.yaml")]
    )
    datasets = merged.get("Datasets")
    assert (datasets.strength, datasets.location) == ("located", "https://huggingface.co/datasets/LLM360/AmberDatasets")
    verdict = classify(merged)
    assert verdict.category == "open-source-ai" and verdict.osaid == "yes"
    assert "Datasets" not in names(verdict.rests_on)  # the index located what the record only claimed


def test_index_closed_beats_a_claim() -> None:
    chatgpt = load_index(FIXTURES / "index" / "chatgpt.yaml")
    assert (chatgpt.get(WEIGHTS).released, chatgpt.get(WEIGHTS).strength) == ("no", "curated")
    data = {"release": {"name": "ChatGPT", "components": [{"name": WEIGHTS, "license": "MIT"}] * 1}}
    merged = merge([chatgpt, release_from_mot(data, "x")])
    assert merged.get(WEIGHTS).released == "no"
    assert len([d for d in merged.disagreements if d.startswith(WEIGHTS)]) == 1
    assert classify(merged).category == "closed"


def saying(source: str, released: Released, strength: Strength, license_name: str | None = None) -> Release:
    """A source that says only this about the final weights."""
    weights = component(WEIGHTS, released, "https://example.org/w", license_name, "said", None, strength)
    return empty_release("m", source).replacing(weights)


@pytest.mark.parametrize(
    ("weaker", "stronger"),
    [("none", "claimed"), ("claimed", "curated"), ("curated", "located"), ("located", "verified")],
)
def test_merge_the_stronger_neighbour_wins_in_either_order(weaker: Strength, stronger: Strength) -> None:
    """Each adjacent pair of strengths, the weaker source given first: swapping two ranks fails here."""
    weak = saying("A", "no", weaker) if weaker != "none" else empty_release("m", "A")
    merged = merge([weak, saying("B", "yes", stronger, "MIT")])
    assert (merged.get(WEIGHTS).released, merged.get(WEIGHTS).strength) == ("yes", stronger)
    merged = merge([saying("B", "yes", stronger, "MIT"), weak])
    assert (merged.get(WEIGHTS).released, merged.get(WEIGHTS).strength) == ("yes", stronger)


def test_merge_ties_go_to_the_source_given_first() -> None:
    mit, nc = saying("A", "yes", "located", "MIT"), saying("B", "yes", "located", "CC-BY-NC-4.0")
    assert merge([mit, nc]).get(WEIGHTS).license_name == "MIT"
    assert merge([nc, mit]).get(WEIGHTS).license_name == "CC-BY-NC-4.0"
    (about_weights,) = [d for d in merge([mit, nc]).disagreements if d.startswith(WEIGHTS)]
    assert about_weights.endswith("-> A wins (located)")
    assert merge([mit, nc]).get(WEIGHTS).evidence == "A: said"


def test_mot_files_alone_are_judged_one_by_one() -> None:
    files = [str(FIXTURES / "mot" / f"{n}.yml") for n in ("T5", "Claude-2")]
    assert [r.name for r in load_sources(None, mof=files)] == ["T5", "Claude-2"]


# --- reports -----------------------------------------------------------------------------------------


def docs_words(heading: str) -> set[str]:
    """The backticked words of the docs table under `heading` (docs/openness.md)."""
    text = (REPO / "docs" / "openness.md").read_text("utf-8")
    section = text.split(heading, 1)[1].split("\n\n", 2)[1]
    return set(re.findall(r"^\| `([^`]+)`", section, re.M))


def all_components() -> list[Component]:
    return [c for p in (FIXTURES / "mot").glob("*.yml") for c in load_mot(p).components]


def test_docs_and_output_use_the_same_words() -> None:
    comps = all_components()
    assert {c.state for c in comps} == docs_words("### Component states")
    assert {c.strength for c in comps} | {"verified", "curated"} == docs_words("### Evidence strength")
    assert docs_words("### Categories") == set(get_args(Category))


def test_text_report() -> None:
    verdicts = [classify(load_mot(FIXTURES / "mot" / f"{n}.yml")) for n in ("Claude-2", "CrystalCoder", "T5")]
    text = openness_text.render(verdicts)
    blocks = text.split("\n\n")
    assert len(blocks) == 3
    claude, crystal, t5 = (b.splitlines() for b in blocks)
    assert claude[0] == "Claude-2  (evidence: Model Openness Tool YAML)"
    assert claude[1].split() == ["weights", "not", "released"]
    assert "  category: closed  (evidence strength: curated)" in claude
    section = claude.index("  contradictions and disagreements:")
    assert claude[section + 1].startswith("    - contradiction: Model parameters (Final)")
    assert "  OSAID 1.0: not conformant" in claude
    assert "  MOF: no class" in claude
    assert crystal[1].split(maxsplit=1)[1] == "released (located), license open (Apache-2.0)"
    assert crystal[4].split(maxsplit=2)[2] == "claimed, unverified, license unknown"
    assert "    - if 'unlicensed' means all rights reserved: open-weights, OSAID no" in crystal
    assert "  interpretation:" in crystal
    assert "  OSAID 1.0: cannot tell (evidence missing)" in crystal
    assert "  category: insufficient-evidence  (evidence strength: none)" in t5
    needed = t5.index("  needed to decide:")
    assert t5[needed + 1].startswith("    - Model parameters (Final): released or not")
    rows = [line for line in t5 if line.startswith("    Model parameters (Final) ")]
    assert rows == ["    Model parameters (Final)           unknown"]


def test_text_report_of_a_verified_repository(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("---\nlicense: mit\n---\n# M\n", encoding="utf-8")
    (tmp_path / "model.safetensors").write_bytes(b"\0")
    lines = openness_text.render([classify(release_from_repo(tmp_path))]).splitlines()
    assert lines[1].split(maxsplit=1)[1] == "released (verified), license open (MIT)"
    assert "    Model parameters (Final)           released (verified) [mit: open] <model.safetensors>" in lines
    assert "  MOF: no class" in lines


def test_json_report() -> None:
    verdicts = [classify(load_mot(FIXTURES / "mot" / f"{n}.yml")) for n in ("CrystalCoder", "GPT-4")]
    doc = json.loads(openness_json.render(verdicts))
    assert doc["schema_version"] == 2
    crystal, gpt4 = doc["releases"]
    assert crystal["would_change"] == [
        {"if": "if 'unlicensed' means all rights reserved", "category": "open-weights", "osaid": "no"}
    ]
    assert crystal["evidence_strength"] == "located" and len(crystal["interpretations"]) == 1
    weights = next(c for c in crystal["components"] if c["name"] == WEIGHTS)
    assert (weights["state"], weights["strength"], weights["location"]) == (
        "released",
        "located",
        "https://huggingface.co/LLM360/CrystalCoder",
    )
    assert gpt4["category"] == "closed" and gpt4["producer"] == "OpenAI"
    assert len(gpt4["disagreements"]) == 1


def check_codes(project: Path) -> list[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "openlint", "check", str(project), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return sorted(f["rule"] for f in json.loads(proc.stdout)["findings"] if f["rule"].startswith("OL3"))


@pytest.mark.parametrize(("weights", "codes"), [(False, ["OL304"]), (True, [])])
def test_check_treats_insufficient_evidence_as_undecided(tmp_path: Path, weights: bool, codes: list[str]) -> None:
    """A card without weight files cannot show the policy is met, nor that it is not: a note, not a pass."""
    (tmp_path / "openlint.toml").write_text(
        'require-openness = "open-weights"\n\n[[models]]\npath = "model"\n', encoding="utf-8"
    )
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "README.md").write_text("---\nlicense: apache-2.0\n---\n# M\n", encoding="utf-8")
    if weights:
        (tmp_path / "model" / "model.safetensors").write_bytes(b"\0")
    assert check_codes(tmp_path) == codes


def test_cli_merges_a_record_and_an_index_file() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "openlint",
            "openness",
            "--format",
            "json",
            "--mof",
            str(FIXTURES / "mot" / "Amber.yml"),
            "--index",
            str(FIXTURES / "index" / "amber.yaml"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    (release,) = json.loads(proc.stdout)["releases"]
    assert release["evidence"] == "Open Source AI Index + Model Openness Tool YAML"
    assert release["category"] == "open-source-ai"


def test_a_record_s_hub_repository_in_the_cache_verifies_its_weights(tmp_path: Path) -> None:
    """T5-11b's record locates its weights on the Hub but calls them 'unlicensed'; the cached repository
    shows the weight files and the card's Apache-2.0 (no network: the local cache only)."""
    import os

    from hf_cache import cache_repo

    card = "---\nlicense: apache-2.0\n---\n# T5-11B\n"
    cache_repo(Path(os.environ["HF_HUB_CACHE"]), "google-t5/t5-11b", {"README.md": card, "model.safetensors": b"\0"})
    (release,) = load_sources(None, mof=[str(FIXTURES / "mot" / "T5-11b.yml")])
    weights = release.get(WEIGHTS)
    assert (weights.strength, weights.judgment.verdict, weights.license_name) == ("verified", "open", "apache-2.0")
    assert release.name == "T5-11b"
    verdict = classify(release)
    assert verdict.category == "open-weights" and verdict.basis == "verified"
    # The record stated no license ('unlicensed', read as not stated): nothing to disagree with.
    assert [d for d in verdict.disagreements if d.startswith(WEIGHTS)] == []
    # Not cached: the record alone, unchanged.
    (alone,) = load_sources(None, mof=[str(FIXTURES / "mot" / "Falcon-40B.yml")])
    assert classify(alone).category == "unknown"


def test_check_knows_api_only_models_are_closed(tmp_path: Path) -> None:
    (tmp_path / "openlint.toml").write_text(
        'require-openness = "open-weights"\n\n[[models]]\nid = "openai/gpt-4o"\nlicense = "other"\n', encoding="utf-8"
    )
    assert check_codes(tmp_path) == ["OL303"]


@pytest.mark.parametrize(
    "text",
    [
        "release:\n  name: m\n  notes: '" + "x" * 1_000_001 + "'\n",  # over the 1 MB cap
        "- just\n- a list\n",  # not a mapping
        "release: [1, 2]\n",  # no release table
        "release:\n  name: m\n  components: [\n",  # broken YAML
    ],
    ids=["over-cap", "list", "no-release-table", "broken"],
)
def test_bad_evidence_files_are_one_line_errors(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.yml"
    path.write_text(text, encoding="utf-8")
    for flag in ("--mof", "--index"):
        proc = subprocess.run(
            [sys.executable, "-m", "openlint", "openness", flag, str(path)], capture_output=True, text=True, timeout=120
        )
        assert proc.returncode == 2 and proc.stdout == ""
        assert len(proc.stderr.splitlines()) == 1 and "Traceback" not in proc.stderr


def test_odd_field_types_in_a_record_are_not_trusted() -> None:
    data = {
        "release": {
            "name": "m",
            "producer": ["not", "a", "string"],
            "huggingface": {"url": "https://huggingface.co/a/b"},
            "license": "MIT",  # not a table
            "components": "Model parameters (Final)",  # not a list
        }
    }
    release = release_from_mot(data, "x")
    assert release.producer is None
    assert {c.state for c in release.components} == {"unknown"}
    assert classify(release).category == "insufficient-evidence"


def test_declared_local_path_is_verified_and_a_url_is_located(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("---\nlicense: apache-2.0\n---\n# M\n", encoding="utf-8")
    (tmp_path / "model.safetensors").write_bytes(b"\0")
    (tmp_path / "train").mkdir()
    (tmp_path / "openlint.toml").write_text(
        "[release]\ncomponents = [\n"
        '  {name = "training code", location = "train"},\n'
        '  {name = "datasets", location = "https://huggingface.co/datasets/acme/pile", license = "CC-BY-4.0"},\n'
        '  {name = "data card", location = "../outside"},\n'
        '  {name = "evaluation code", location = "missing-dir"},\n'
        "]\n",
        encoding="utf-8",
    )
    (tmp_path.parent / "outside").mkdir(exist_ok=True)
    release = load_release(str(tmp_path))
    strengths = {n: release.get(n).strength for n in ("Training code", "Datasets", "Data card", "Evaluation code")}
    assert strengths == {
        "Training code": "verified",
        "Datasets": "located",
        "Data card": "located",  # a path outside the declaration's directory is only a location
        "Evaluation code": "located",  # not present: only a location
    }
