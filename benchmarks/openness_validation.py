"""Validate `openlint openness` against OSI's OSAID 1.0 validation and the Open Source AI Index,
before (the openness code at BEFORE, run from a `git archive` copy in a child process) and after (this
checkout), side by side in one run.

    python benchmarks/openness_validation.py [--corpus PATH] [--before REV]

1. Classifies every Model Openness Tool record (shared/corpus/openness/mot/models): categories, OSAID
   verdicts, MOF classes, and the records of models on openlint's API-only list.
2. OSI's published validation outcomes (fixtures/openness/osaid-validation.toml): per MOT record of a
   validated system, does openlint's OSAID verdict agree ("yes" for systems that passed, "no" for those
   that did not or would only pass under other licenses), stay undecided ("unknown"), or contradict OSI?
3. Every Open Source AI Index project (shared/corpus/openness/osai-index/projects) whose name matches a
   MOT record: per-dimension agreement (weights, training code, training data, architecture, model card,
   data sheet, preprint), each disagreement listed with its reason.
4. Item 2 split into the tune set (the records a rule was changed for) and the others, and swept over
   the stub threshold; the API-only list on the index projects (not the records it was written from).
Both runs judge the MOT records alone (no repository, no --online): the figures are in-sample for the
API-only list and the stub threshold, which were written with these records in view (docs/openness.md
says which, and reports the split and the sweep).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from collections import Counter
from io import BytesIO
from pathlib import Path
from typing import Any

from _repo import REPO, SRC

BEFORE = "9efab3b"  # main before issue #18 (the openness code the issue describes)

# Runs inside either code base: only the API both have (load_mot, classify, Component fields).
PROBE = r"""
import json, sys
from pathlib import Path
from openlint.openness.classify import classify
from openlint.openness.mot import load_mot

DIMENSIONS = json.loads(sys.argv[2])
if len(sys.argv) > 3:  # the stub threshold to try (this checkout only: read at call time)
    import openlint.openness.mot as mot
    mot.STUB_BELOW = int(sys.argv[3])
out = {}
for path in sorted(Path(sys.argv[1]).glob("*.yml")):
    verdict = classify(load_mot(path))
    release = verdict.release
    dims = {}
    for dim, names in DIMENSIONS.items():
        best = "unknown"
        for c in (release.get(n) for n in names):
            if c.open:
                best = "open"
                break
            if c.released == "yes":
                best = "partial"
            elif c.released == "no" and best == "unknown":
                best = "closed"
        dims[dim] = best
    out[path.stem] = {"name": release.name, "category": verdict.category, "osaid": verdict.osaid,
                      "mof": verdict.mof_class, "dims": dims,
                      "sparse": any(n.startswith("sparse record") for n in release.notes)}
print(json.dumps(out))
"""

# index dimension -> openlint component(s) it judges
DIMENSIONS: dict[str, list[str]] = {
    "llmweights": ["Model parameters (Final)"],
    "opencode": ["Training code"],
    "llmdata": ["Datasets"],
    "architecture": ["Model architecture"],
    "modelcard": ["Model card"],
    "datasheet": ["Data card"],
    "preprint": ["Research paper", "Technical report"],
}
RANK = {"closed": 0, "partial": 1, "open": 2}
OSI_EXPECTED = {"conformant": "yes", "license": "no", "not-conformant": "no"}
# The OSI-validated records whose wrong "before" answers the rules were changed for (the tune set): the
# stub threshold (fewer than 4 components) was set on Pythia-14M/31M, sparse records on T5, the
# 'unlicensed' reading on CrystalCoder and T5-11b. The other OSI records were in view too, so they are
# not truly held out, but no rule was written for them.
TUNED_ON = frozenset({"Pythia-14M", "Pythia-31M", "T5", "T5-11b", "CrystalCoder"})
STUB_SWEEP = (1, 2, 3, 4, 5, 6)


def key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def run(src: Path, mot_dir: Path, stub_below: int | None = None) -> dict[str, Any]:
    extra = [str(stub_below)] if stub_below is not None else []
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, str(mot_dir), json.dumps(DIMENSIONS), *extra],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1"},
    )
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def before_src(rev: str, into: Path) -> Path:
    archive = subprocess.run(["git", "-C", str(REPO), "archive", rev, "src", "rules"], capture_output=True, check=True)
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def distribution(results: dict[str, Any]) -> list[str]:
    cats = Counter(r["category"] for r in results.values())
    osaid = Counter(r["osaid"] for r in results.values())
    mof = Counter(f"class {r['mof']}" if r["mof"] else "no class" for r in results.values())
    return [
        f"  categories: {dict(cats.most_common())}",
        f"  OSAID: {dict(osaid.most_common())}",
        f"  MOF: {dict(mof.most_common())}",
    ]


def osi_agreement(
    results: dict[str, Any], systems: list[dict[str, Any]], only: frozenset[str] | None = None, inverse: bool = False
) -> tuple[Counter[str], list[str]]:
    """OSI agreement on the validated systems' records (with `only`: those records, or all others)."""
    tally: Counter[str] = Counter()
    rows: list[str] = []
    for system in systems:
        expected = OSI_EXPECTED[system["outcome"]]
        for stem in system["mot"]:
            if only is not None and (stem in only) == inverse:
                continue
            got = results[stem]["osaid"]
            verdict = "agree" if got == expected else "undecided" if got == "unknown" else "contradicts OSI"
            tally[verdict] += 1
            if verdict != "agree":
                rows.append(
                    f"  {stem} ({system['name']}, OSI: {system['outcome']}): OSAID {got}, "
                    f"category {results[stem]['category']} -> {verdict}"
                )
    return tally, rows


def index_pairs(corpus: Path, stems: list[str]) -> list[tuple[str, str, dict[str, Any]]]:
    pairs = []
    keys = {key(s): s for s in stems}
    for path in sorted((corpus / "osai-index" / "projects").glob("*.yaml")):
        if path.name.startswith("A_sample"):
            continue
        import yaml

        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        project = doc.get("project") or {}
        best, score = None, 0.0
        for wanted in (str(project.get("name") or ""), path.stem):
            for mot_key, stem in keys.items():
                ratio = difflib.SequenceMatcher(None, key(wanted), mot_key).ratio()
                if ratio > score:
                    best, score = stem, ratio
        if best is not None and score >= 0.8:
            pairs.append((path.stem, best, doc))
    return pairs


def index_agreement(
    results: dict[str, Any], pairs: list[tuple[str, str, dict[str, Any]]]
) -> tuple[int, int, Counter[str], list[str]]:
    agree = total = 0
    reasons: Counter[str] = Counter()
    rows: list[str] = []
    for project, stem, doc in pairs:
        for dim in DIMENSIONS:
            theirs = str((doc.get(dim) or {}).get("class") or "").strip()
            if theirs not in RANK:
                continue
            mine = results[stem]["dims"][dim]
            total += 1
            if mine == theirs:
                agree += 1
                continue
            if mine == "unknown" or (mine == "closed" and theirs != "closed"):
                reason = "data missing"
            elif RANK[mine] < RANK[theirs]:
                reason = "openlint stricter"
            else:
                reason = "index stricter"
            reasons[reason] += 1
            rows.append(f"  {project} ~ {stem} [{dim}]: index {theirs}, openlint {mine} ({reason})")
    return agree, total, reasons, rows


def api_only_on_index(corpus: Path) -> None:
    """Which index projects the list catches, by their weights' availability in the index. Only
    chatgpt.yaml was in view (an entry cites it); the open ones are a check for false positives."""
    import yaml

    from openlint.openness.api_only import lookup

    tally: Counter[str] = Counter()
    for path in sorted((corpus / "osai-index" / "projects").glob("*.yaml")):
        if path.name.startswith("A_sample"):
            continue
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        name = str((doc.get("project") or {}).get("name") or path.stem)
        org = str((doc.get("org") or {}).get("name") or "") or None
        weights = "closed" if str((doc.get("llmweights") or {}).get("class")) == "closed" else "open or partial"
        caught = lookup(name, org) is not None or lookup(path.stem) is not None
        tally[f"{weights}, {'caught' if caught else 'not caught'}"] += 1
        if caught or weights == "closed":
            print(f"  {path.stem} ({name}, {org}): index weights {weights}, {'caught' if caught else 'not caught'}")
    print(f"  {dict(sorted(tally.items()))}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus" / "openness")
    parser.add_argument("--before", default=BEFORE, help="git revision whose openness code is 'before'")
    args = parser.parse_args()
    mot_dir = args.corpus / "mot" / "models"
    systems = tomllib.loads((REPO / "fixtures" / "openness" / "osaid-validation.toml").read_text("utf-8"))["system"]
    runs: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        try:
            runs["before"] = run(before_src(args.before, Path(tmp)), mot_dir)
        except subprocess.CalledProcessError as exc:  # no git history (an sdist), or an unknown revision
            print(f"before ({args.before}): not measured ({exc.cmd[0]} failed)")
        runs["after"] = run(SRC, mot_dir)
    print(f"MOT records: {len(runs['after'])}; before = {args.before}, after = this checkout")
    for label, results in runs.items():
        print(f"\n[{label}]")
        print("\n".join(distribution(results)))
    from openlint.openness.api_only import lookup  # this checkout's list

    hosted = []
    for path in sorted(mot_dir.glob("*.yml")):
        import yaml

        release = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("release") or {}
        if lookup(str(release.get("name") or path.stem), release.get("producer")):
            hosted.append(path.stem)
    print(f"\nrecords of models on the API-only list ({len(hosted)}):")
    for stem in hosted:
        was = runs["before"][stem]["category"] if "before" in runs else "?"
        print(f"  {stem}: before {was}, after {runs['after'][stem]['category']}")

    n_records = sum(len(s["mot"]) for s in systems)
    print(f"\nOSI OSAID 1.0 validation ({len(systems)} systems, {n_records} MOT records of them):")
    for label, results in runs.items():
        tally, rows = osi_agreement(results, systems)
        print(
            f"[{label}] agree {tally['agree']}/{n_records}, undecided {tally['undecided']}, "
            f"contradicts OSI {tally['contradicts OSI']}"
        )
        print("\n".join(rows))

    print("\nOSI agreement, tune set (records a rule was changed for) vs the others (not used to set a rule):")
    for label, results in runs.items():
        for part, inverse in (("tune set", False), ("others", True)):
            tally, _ = osi_agreement(results, systems, TUNED_ON, inverse)
            print(
                f"[{label}] {part}: agree {tally['agree']}/{tally.total()}, undecided {tally['undecided']}, "
                f"contradicts OSI {tally['contradicts OSI']}"
            )

    pairs = index_pairs(args.corpus, sorted(runs["after"]))
    print("\nstub threshold sweep (this checkout; records listing fewer components are stubs; 4 is shipped):")
    for below in STUB_SWEEP:
        results = run(SRC, mot_dir, below)
        others, _ = osi_agreement(results, systems, TUNED_ON, inverse=True)
        tally, _ = osi_agreement(results, systems)
        agree, total, _, _ = index_agreement(results, pairs)
        stubs = sum(1 for r in results.values() if r["sparse"])
        print(
            f"  below {below}: OSI agree {tally['agree']}, undecided {tally['undecided']}, contradicts "
            f"{tally['contradicts OSI']} (others: {others['agree']}/{others['undecided']}/"
            f"{others['contradicts OSI']}); index agreement {agree}/{total}; sparse records {stubs}"
        )

    print("\nAPI-only list on the Open Source AI Index projects (not the MOT records it was written from):")
    api_only_on_index(args.corpus)

    print(f"\nOpen Source AI Index projects matched to a MOT record: {len(pairs)}")
    for label, results in runs.items():
        agree, total, reasons, rows = index_agreement(results, pairs)
        undecided = sum(1 for row in rows if "openlint unknown" in row)
        decided = total - undecided
        print(
            f"[{label}] per-dimension agreement: {agree}/{total} ({agree / total:.0%}); where openlint decides: "
            f"{agree}/{decided} ({agree / decided:.0%}); disagreements: {dict(reasons.most_common())}"
        )
        print("\n".join(rows))


if __name__ == "__main__":
    main()
