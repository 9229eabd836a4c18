"""Shared by the blind licensing-scenario tests (fixtures/scenarios-blind, -blind2 ... -blind7) and
benchmarks/legal_scenarios.py: how a scenario is read and judged, and each blind set's recorded history.

Nothing here imports openlint at module level: the benchmark imports `as_expected` after putting the engine
it measures (perhaps an older checkout's src/) first on sys.path."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
VERDICTS = {"blocked", "duty", "note", "clear", "undecided", "bad-input"}


@dataclass(frozen=True)
class BlindSet:
    """A blind set as first measured, and how the engine decides it today (docs/testing.md judges each)."""

    directory: Path
    first: dict[str, tuple[int, int]]  # verdict -> (as expected, scenarios) when first measured; kept as written
    fixed_since: frozenset[str]  # first misses fixed since, each as a class: in-sample from then on
    disagree: frozenset[str]  # the scenarios the engine decides otherwise than counsel today
    bad_inputs: int
    keys: tuple[str, ...]  # text every scenario.toml states
    once: frozenset[str] = frozenset()  # verdicts the set has one scenario of (written so); every other, two or more
    # first decided as counsel decides, decided otherwise since by a reading class fixed from the set (each named in
    # `disagree` too, with the reason: a fact the profile cannot state)
    regressed: frozenset[str] = frozenset()


BLIND_SETS = {
    # First measured on 01e1641 (engine = main 9d23fa1): 76 of 80 as a counsel decides. Fixed in round 8
    # (r8-legalfix), each with in-sample scenarios in fixtures/scenarios on both sides of the new boundary.
    "scenarios-blind": BlindSet(
        REPO / "fixtures" / "scenarios-blind",
        {
            "bad-input": (8, 8),
            "blocked": (22, 23),
            "clear": (23, 26),
            "duty": (13, 13),
            "note": (3, 3),
            "undecided": (7, 7),
        },
        frozenset(
            {
                "gemma-labels-train-sentiment-classifier",  # purpose test: a declared non-generative `trains`
                "hunyuan-video-uk-users",  # the tag's later edition (EU, UK, South Korea) applied by model id
                "llama31-integrated-product-recipient-over-cap",  # declarable: end-user-of-integrated-product
                "llama32-vision-eu-end-user-of-vendor-product",  # declarable: end-user-of-integrated-product
            }
        ),
        frozenset(),
        bad_inputs=8,
        keys=("clause", "why"),
    ),
    # Labels committed in d716956 before openlint ran on them; first measured on the engine of main a598eef:
    # 61 of 67. Fixed in round 9 (r9-legalfix2), each as a class with in-sample scenarios in fixtures/scenarios.
    "scenarios-blind2": BlindSet(
        REPO / "fixtures" / "scenarios-blind2",
        {
            "bad-input": (6, 6),
            "blocked": (23, 27),
            "clear": (17, 18),
            "duty": (11, 11),
            "note": (2, 2),
            "undecided": (2, 3),
        },
        frozenset(
            {
                "other-corvid-public-chatbot-saas",  # a hosting ban naming any service using the model blocks saas
                "other-marlowe-revenue-exactly-at-threshold",  # "or more": the obligation records an inclusive bound
                "other-marlowe-users-in-belarus",  # every ISO 3166-1 country name is read (rules/country-names.json)
                "other-osprey-eur-cap-usd-revenue-far-below",  # a EUR cap is decided outside an exchange-rate band
                "other-sable-territory-regions-undeclared",  # a grant limited to places is read (territory `allowed`)
                "other-sable-territory-us-users",  # ... and a region outside it is excluded
            }
        ),
        frozenset(),
        bad_inputs=6,
        keys=("clause", "why", "decided-by"),
    ),
    # Labels committed in bc8392f (helper scen3, round 10) before openlint ran on them; first measured on the
    # engine of main cf65c4e (round 10's start) and, the same, on main 366ca39: 53 of 57. One `note` scenario only.
    "scenarios-blind3": BlindSet(
        REPO / "fixtures" / "scenarios-blind3",
        {
            "bad-input": (5, 5),
            "blocked": (17, 19),
            "clear": (19, 20),
            "duty": (5, 6),
            "note": (1, 1),
            "undecided": (6, 6),
        },
        frozenset(
            {
                "card-duplicate-license-keys",  # a key openlint reads stated twice is not used (sources/card.py)
                # a grant confined to a non-production setting: research_only, covers = "non-production"
                "other-larkspur-business-evaluation",
                "other-larkspur-internal-production",
                # registration with the commercial use named first; OL211 only for commercial use
                "other-tessellate-commercial-registration",
            }
        ),
        frozenset(),
        bad_inputs=5,
        keys=("clause", "why", "decided-by"),
        once=frozenset({"note"}),
    ),
    # Labels committed in b439289 (helper blind4, round 13) before openlint ran on them, written from the corpus
    # licence texts and the user documentation only; first measured on the engine of f9e3eea (round 13): 88 of 88.
    "scenarios-blind4": BlindSet(
        REPO / "fixtures" / "scenarios-blind4",
        {
            "bad-input": (7, 7),
            "blocked": (26, 26),
            "clear": (32, 32),
            "duty": (12, 12),
            "note": (3, 3),
            "undecided": (8, 8),
        },
        frozenset(),
        frozenset(),
        bad_inputs=7,
        keys=("clause", "why", "decided-by"),
    ),
    # Labels committed in c4ad5dc (helper blind5, round 14) before openlint ran on them; 41 of the 61 rest on real
    # licence texts openlint does not catalogue (fixtures/scenarios-blind5/README.md). First measured on the engine
    # of main e902d6e: 44 of 61. The 17 disagreements, by class (docs/testing.md, "Fifth blind licensing set"):
    "scenarios-blind5": BlindSet(
        REPO / "fixtures" / "scenarios-blind5",
        {
            "bad-input": (5, 5),
            "blocked": (11, 20),
            "clear": (19, 22),
            "duty": (4, 8),
            "note": (2, 2),
            "undecided": (3, 4),
        },
        # Fixed in round 14 (helpers fix5a and fix5b), each as a class with in-sample scenarios in fixtures/scenarios on
        # both sides (docs/testing.md, "Fifth blind licensing set"):
        frozenset(
            {
                # fix5a: a model licence file (MODEL_LICENSE, LICENSE-MODEL ...) is searched first and binds over
                # the card's tag (OL410), docs/model-facts.md "Which file licenses the weights"
                "kolors-apache-tag-model-license-file",
                # fix5a: a base model / merge parent / licence link named by Hub id and kept in the project
                # (models/<org>/<name>, a declaration's path) is read from it (docs/discovery.md, Lineage)
                "kolors-fp8-quantised-over-cap",
                "kolors-lora-published-apache-tag",
                "merge-by-sa-with-by-nc-sa-published",
                "merge-nc-parent-apache-tag-published",
                # fix5b: a research purpose defined by a colon glossary entry, granted "solely in furtherance of" it
                "ecp-carmaker-internal-research",
                "ecp-commercial-adas-detector",
                "ecp-commercial-undeclared",
                "ecp-nonprofit-public-demo",
                # fix5b: a sharing ban beside an express grant to distribute trained models bans no derivative; a
                # notice in public materials "that the research was conducted using" the data is attribution
                "ecp-university-published-detector-attribution",
                "ecp-university-published-weights-allowed",
                # fix5b: a revenue cap on "Commercial entities" carries condition commercial
                "fairuse-nonprofit-large-revenue",
                # fix5b: registration in the passive ("registration ... will be deemed to have obtained ... license")
                "kolors-commercial-registration",
                # fix5b: a licence copy owed to users of "products or services using them" is served; the model
                # directory's LICENSE is no evidence of a copy given to the users of a hosted service
                "kolors-saas-license-copy-to-users",
                # fix5b: a dual licence's "you may choose to use it under the terms of" GPLv3 applies GPLv3 by name
                "nus-morphing-academic-published-derivative",
                # cardprose: a card's prose outside its licence section withholding commerce for the model itself
                # ("the trained model therefore can't be used in a commercial product") binds with its cc0 tag
                "dlib-68-landmarks-commercial-app",
            }
        ),
        frozenset(
            {
                # "any other large model" read as any model (a small classifier blocked): the label is contested, not
                # the engine (the Chinese text of the bilingual licence bans improving 任何其他模型, any other model;
                # docs/testing.md)
                "kolors-outputs-train-small-classifier",
            }
        ),
        bad_inputs=5,
        keys=("clause", "why", "decided-by"),
    ),
    # Labels committed in d30c3ac (helper blind6, round 14) before openlint ran on them; 35 of the 53 rest on real
    # licence texts openlint does not catalogue (fixtures/scenarios-blind6/README.md). Measured once on the engine of
    # e902d6e (round 14's start) and once on round 14's merged engine (2a1849e: blind5's, the red-team's, r24's and
    # r26's fixes, card prose and terms, fixed terms), which never saw it: 37 of 53 both times, the same 16
    # disagreements (docs/testing.md, "Sixth blind licensing set"):
    "scenarios-blind6": BlindSet(
        REPO / "fixtures" / "scenarios-blind6",
        {
            "bad-input": (5, 5),
            "blocked": (13, 17),
            "clear": (14, 17),
            "duty": (1, 6),
            "note": (1, 2),
            "undecided": (3, 6),
        },
        # Fixed in round 14's second wave, each as a class with in-sample scenarios in fixtures/scenarios on both sides
        # (docs/testing.md, "Sixth blind licensing set"):
        frozenset(
            {
                # b6card: a card whose tag names no known licence, with no licence text beside it, whose own licence
                # section states terms: those words are the licence text read (OL414), cited at the card's lines; a
                # daily-user cap "of your or your affiliate's service ... is less than" N, no non-commercial ban read
                # from 不可转让...的商用许可 (a commercial licence granted); OL102 cleared by declared monthly active
                # users under the daily cap
                "baichuan2-4bit-quantised-over-dau",
                "baichuan2-academic-no-application",
                "baichuan2-commercial-application",
                "baichuan2-dau-exactly-1m",
                "baichuan2-dau-just-under-1m",
                "baichuan2-dau-undeclared",
                "baichuan2-mau-below-dau-cap",
                # b6terms: commerce allowed only "with written permission" of the licensor (non_commercial), also for
                # a card tagged "other" naming nothing, whose own licence section is then read (as b6card's); a
                # commercial licence applied for through a form ("To apply for a commercial license, please fill in"):
                # registration; a listed condition "That you include a reference to X in any work" (attribution);
                # derived models given "the same licensing terms" (share_alike)
                "bci-university-published-generator",
                "ehrshot-published-model-same-terms",
                "internlm-chat-7b-commercial-saas",
                "internlm-chat-7b-commercial-undeclared",
                "internlm-chat-7b-finetune-apache-tag",
                "internlm25-commercial-saas-application",
                "internlm25-commercial-undeclared",
                "internlm25-gguf-onprem-commercial",
            }
        ),
        frozenset(
            {
                # contested label, not the engine (docs/testing.md, "Sixth blind licensing set"): a grant "revocable"
                # among its attributes is not `revocable` by the catalog convention (termination at will)
                "baichuan2-revocable-commercial-licence",
            }
        ),
        bad_inputs=5,
        keys=("clause", "why", "decided-by"),
    ),
    # Labels committed in cd7c1d7 (helper blind7, round 15) before openlint ran on them; 33 of the 50 rest on real texts
    # openlint does not catalogue (fixtures/scenarios-blind7/README.md: ADE20K terms, the Air Force data agreement, the
    # Algonauts 2025 data terms, the StyleTTS 2 card's condition of use). First measured on the engine of main b806514:
    # 37 of 50 (blind). Round 15 (fixb7) made it a fix source: 44 of 50 in-sample (README, "Fixed from").
    "scenarios-blind7": BlindSet(
        REPO / "fixtures" / "scenarios-blind7",
        {
            "bad-input": (4, 4),
            "blocked": (12, 15),
            "clear": (14, 18),
            "duty": (3, 5),
            "note": (2, 4),
            "undecided": (2, 4),
        },
        # Fixed in round 15 by fixb7, each as a reader class with hand-written paraphrases and near misses
        # (tests/test_text_classes_blind7.py):
        frozenset(
            {
                # a grant confined to "the purpose(s) of" a list of research, education and public aims (research_only)
                "af-magnav-commercial-undeclared",
                "af-magnav-company-navigation-product",
                "af-magnav-nonprofit-production-service",
                # a reserved power to end use after an aside ("in its sole discretion") or last of a list (revocable)
                "af-magnav-revocable-sole-discretion",
                # a term counted from an approval, a signature or a date named before ("from such date")
                "af-magnav-one-year-term-from-approval",
                # a condition that generated content be disclosed as such (acceptable_use, the disclosure category):
                # read in an `other` card's licence section (OL414 and OL208 instead of OL405), and under an MIT tag a
                # contradiction (OL416)
                "styletts2-audiobook-saas-disclosure",
                "styletts2-commercial-voice-app",
                "styletts2-speech-classifier-evaluation",
                "styletts2-mit-tag-licence-section",
            }
        ),
        frozenset(
            {
                # the condition in a MIT-tagged card's prose: outside what the prose reader reads (docs/model-facts.md:
                # only commerce and research limits are read from prose outside a licence section)
                "styletts2-mit-tag-condition-in-prose",
                # "share or redistribute any derivative data under the same Terms of Use", a condition of redistributing
                # the dataset, read as share-alike for published model weights (0.60, from the clause's structure)
                "algonauts-published-encoder-not-derivative-data",
                # contested labels, not the engine: a course's teaching tool read by counsel as an "educational purpose"
                # the grant names; docs/legal-model.md reads "research and educational purposes" as research_only
                "ade20k-university-teaching-tool",
                "algonauts-course-teaching-tool",
                # regressed by the purpose-list class (both clear when nothing was read): the grant also names
                # "government purposes by or on behalf of the U.S. Government", and the profile cannot state that a
                # use is done for a government, so the research-only limit blocks a contractor's and an agency's use
                "af-magnav-contractor-for-air-force",
                "af-magnav-government-agency-operations",
            }
        ),
        bad_inputs=4,
        keys=("clause", "why", "decided-by"),
        regressed=frozenset({"af-magnav-contractor-for-air-force", "af-magnav-government-agency-operations"}),
    ),
}


def scenarios(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if (p / "scenario.toml").is_file())


def spec(scenario: Path) -> dict[str, object]:
    return tomllib.loads((scenario / "scenario.toml").read_text(encoding="utf-8"))


def rule_codes() -> set[str]:
    table = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\| \[(OL\d{3})\]\(#ol\d{3}\) \|", table, flags=re.M))


def as_expected(expected: dict[str, Any], findings: list[Any]) -> bool:
    """The judge (benchmarks/legal_scenarios.py uses it too): the deciding rule says what the verdict says,
    and no other rule blocks a scenario that is not itself blocked."""
    verdict, rule = expected["verdict"], expected.get("rule")
    mine = [f for f in findings if f.rule == rule]
    if verdict == "blocked":
        return any(f.severity == "error" and not f.undecided for f in mine)
    if any(f.severity == "error" and not f.undecided for f in findings):
        return False
    if verdict == "clear":
        return not mine
    if verdict == "undecided":
        return bool(mine) and all(f.undecided for f in mine)
    severity = "warning" if verdict == "duty" else "note"
    return any(f.severity == severity and not f.undecided for f in mine)


def decided(scenario: Path) -> bool:
    """Whether the engine decides the scenario as its label says (bad input: exit 2 naming error-names)."""
    from openlint.checking.checker import load_project, run_check
    from openlint.errors import OpenlintError

    expected = spec(scenario)
    try:
        report = run_check(load_project(scenario, environ={}), use_baseline=False, relative_to=scenario)
    except OpenlintError as error:
        names = expected.get("error-names", [])
        assert isinstance(names, list)
        return expected["verdict"] == "bad-input" and all(str(n) in str(error) for n in names)
    return expected["verdict"] != "bad-input" and as_expected(expected, list(report.findings))


def fold(text: str) -> str:
    """Typography and wrapping folded away, so a quote matches the licence however it is wrapped."""
    for curly, plain in (("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"')):
        text = text.replace(curly, plain)
    return re.sub(r"[\s*_`]+", " ", text).strip().lower()
