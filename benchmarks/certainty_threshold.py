"""How far a text reading's confidence predicts a real obligation: the evidence for REVIEW_CONFIDENCE.

    python benchmarks/certainty_threshold.py [--corpus PATH] [--held-out DIR] [--extra DIR]

For every AI licence text in the shared corpus that has a catalog entry, each obligation the pattern
reader extracts is counted as confirmed when the catalog (checked by hand against that text) lists an
obligation of the same kind for the text itself. Precision is printed per confidence band and on each
side of REVIEW_CONFIDENCE, for the kinds a blocker rule reads (restrictions) and for all kinds.

These figures are IN-SAMPLE: the patterns were written while reading these very texts. `--held-out DIR`
measures the same on the real licences of benchmarks/held_out.json (kept out of every pattern change;
their texts are not in the repository: fetch them into DIR as that file says), against the obligation
kinds recorded there. `--extra DIR`
adds texts in the fixtures/licenses layout (DIR/<name>/LICENSE beside an expected.json whose
`obligations` list the kinds a reader confirmed by hand), printed separately under the label given by
`--extra-label` (say "held out" only for texts the patterns were not written against).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from _repo import REPO

from openlint.core.catalog import Catalog
from openlint.core.findings import REVIEW_CONFIDENCE
from openlint.core.obligations import USE_RESTRICTING_KINDS
from openlint.text.extract import extract
from openlint.text.normalize import decode

BLOCKER_KINDS = USE_RESTRICTING_KINDS | {"naming", "share_alike", "no_derivatives"}


def tally(found: list[tuple[str, float]], truth: set[str], counts: dict[str, Counter[str]]) -> None:
    for kind, confidence in found:
        band = f"{confidence:.2f}"
        side = "at or above" if confidence >= REVIEW_CONFIDENCE else "below"
        hit = "ok" if kind in truth else "wrong"
        for scope in ("all", "blocker kinds") if kind in BLOCKER_KINDS else ("all",):
            counts[scope][f"{band} {hit}"] += 1
            counts[scope][f"{side} {hit}"] += 1


def report(title: str, counts: dict[str, Counter[str]]) -> None:
    print(title)
    for scope, tally_ in counts.items():
        bands = sorted({key.rsplit(" ", 1)[0] for key in tally_})
        for band in bands:
            ok, wrong = tally_[f"{band} ok"], tally_[f"{band} wrong"]
            if ok + wrong:
                print(f"  {scope:14} {band:12} precision {ok / (ok + wrong):.2f}  ({ok} confirmed / {wrong} not)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus" / "licenses")
    parser.add_argument("--held-out", type=Path, default=None)
    parser.add_argument("--extra", type=Path, default=None)
    parser.add_argument("--extra-label", default="extra texts (not held out unless you say so)")
    args = parser.parse_args()
    catalog = Catalog.from_directory(REPO / "rules" / "licenses")
    counts: dict[str, Counter[str]] = {"all": Counter(), "blocker kinds": Counter()}
    texts = 0
    for entry in catalog.values():
        rel = entry.text_in_corpus
        if not rel or not rel.startswith("ai/") or not (args.corpus / rel).is_file():
            continue
        truth = {str(o.kind) for o in entry.obligations if o.source.document is None}
        found = [(str(o.kind), o.confidence) for o in extract(decode((args.corpus / rel).read_bytes()), rel)]
        tally(found, truth, counts)
        texts += 1
    report(f"in-sample: {texts} AI licence texts of the shared corpus (REVIEW_CONFIDENCE {REVIEW_CONFIDENCE})", counts)
    if args.held_out is not None:
        held: dict[str, Counter[str]] = {"all": Counter(), "blocker kinds": Counter()}
        spec = json.loads((REPO / "benchmarks" / "held_out.json").read_text(encoding="utf-8"))["texts"]
        present = [name for name in spec if (args.held_out / name).is_file()]
        for name in present:
            truth = {str(o["kind"]) for o in spec[name]["obligations"]}
            found = [(str(o.kind), o.confidence) for o in extract(decode((args.held_out / name).read_bytes()), name)]
            tally(found, truth, held)
        report(f"held out: {len(present)} of {len(spec)} texts of benchmarks/held_out.json", held)
    if args.extra is not None:
        extra: dict[str, Counter[str]] = {"all": Counter(), "blocker kinds": Counter()}
        n = 0
        for expected in sorted(args.extra.glob("*/expected.json")):
            text = expected.parent / "LICENSE"
            if not text.is_file():
                continue
            truth = {str(o["kind"]) for o in json.loads(expected.read_text(encoding="utf-8")).get("obligations", [])}
            found = [(str(o.kind), o.confidence) for o in extract(decode(text.read_bytes()), text.name)]
            tally(found, truth, extra)
            n += 1
        report(f"{args.extra_label}: {n} texts", extra)


if __name__ == "__main__":
    main()
