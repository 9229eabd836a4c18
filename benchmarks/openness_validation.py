"""Validate `openlint openness` against the Open Source AI Index and run it over every MOT YAML.

    python benchmarks/openness_validation.py [--corpus PATH] [--show-all]

1. Classifies all Model Openness Tool YAMLs (shared/corpus/openness/mot/models) and prints the
   distribution of categories, OSAID verdicts and MOF classes.
2. For every Open Source AI Index project (shared/corpus/openness/osai-index/projects) whose base
   model has a MOT file, compares per-dimension judgments (weights, training code, training data,
   architecture, model card, data card, paper) and lists every disagreement with its reason:
   "openlint stricter", "index stricter" or "data missing" (the MOT file lacks the evidence).
"""

from __future__ import annotations

import argparse
import difflib
import re
from collections import Counter
from pathlib import Path

import yaml
from _repo import REPO

from openlint.openness.classify import classify
from openlint.openness.mot import load_mot
from openlint.openness.release import Component, Release

# index dimension -> openlint component(s) it judges
DIMENSIONS: dict[str, tuple[str, ...]] = {
    "llmweights": ("Model parameters (Final)",),
    "opencode": ("Training code",),
    "llmdata": ("Datasets",),
    "architecture": ("Model architecture",),
    "modelcard": ("Model card",),
    "datasheet": ("Data card",),
    "preprint": ("Research paper", "Technical report"),
}
RANK = {"closed": 0, "partial": 1, "open": 2}


def key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def ours(components: list[Component]) -> str:
    """The index's three levels from openlint's component judgment (best of the listed components)."""
    best = "unknown"
    for c in components:
        if c.open:
            return "open"
        if c.released == "yes" and c.judgment.verdict in ("not-open", "unlicensed", "unknown"):
            best = "partial"
        elif c.released == "no" and best == "unknown":
            best = "closed"
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus" / "openness")
    args = parser.parse_args()
    mot_dir = args.corpus / "mot" / "models"
    releases: dict[str, Release] = {}
    categories: Counter[str] = Counter()
    osaid: Counter[str] = Counter()
    classes: Counter[str] = Counter()
    for path in sorted(mot_dir.glob("*.yml")):
        release = load_mot(path)
        releases[key(path.stem)] = release
        verdict = classify(release)
        categories[verdict.category] += 1
        osaid[verdict.osaid] += 1
        classes[f"class {verdict.mof_class}" if verdict.mof_class else "no class"] += 1
    print(f"MOT files classified: {len(releases)}")
    print("  categories:", dict(categories.most_common()))
    print("  OSAID conformant:", dict(osaid.most_common()))
    print("  MOF:", dict(classes.most_common()))

    agree = total = 0
    reasons: Counter[str] = Counter()
    lines: list[str] = []
    matched = 0
    for path in sorted((args.corpus / "osai-index" / "projects").glob("*.yaml")):
        if path.name.startswith("A_sample"):
            continue
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        project = doc.get("project") or {}
        # Match the project itself, not its base model: a fine-tune is judged on its own release.
        candidates = [str(project.get("name") or ""), path.stem]
        best_key, best_score = None, 0.0
        for wanted in candidates:
            for mot_key in releases:
                score = difflib.SequenceMatcher(None, key(wanted), mot_key).ratio()
                if score > best_score:
                    best_key, best_score = mot_key, score
        if best_key is None or best_score < 0.8:
            continue
        matched += 1
        release = releases[best_key]
        for dim, names in DIMENSIONS.items():
            theirs = str((doc.get(dim) or {}).get("class") or "").strip()
            if theirs not in RANK:
                continue
            mine = ours([release.get(n) for n in names])
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
            lines.append(f"  {path.stem} ~ {release.name} [{dim}]: index {theirs}, openlint {mine} ({reason})")
    print(f"\nOpen Source AI Index projects matched to a MOT file: {matched}")
    if total:
        print(f"per-dimension agreement: {agree}/{total} ({agree / total:.0%})")
        print("disagreements by reason:", dict(reasons.most_common()))
        print("\n".join(lines))


if __name__ == "__main__":
    main()
