"""Leave-one-set-out figures of the structural reading layer (openlint.text.clauses).

    python benchmarks/clause_loso.py --held-out DIR [--set r10]

For each held-out set of benchmarks/held_out.json (r2 ... r12, read from DIR as text_quality.py
reads them), recall and spurious readings with: the patterns alone (the layer off); the lexicon as
shipped; and the lexicon as it would stand had that set never been looked at (every entry and veto
that set alone prompted dropped, every entry it alone retired restored: rules/clause-lexicon.toml records
which sets prompted each). The last column is the honest held-out gain of the layer on that set.
Blind sets are totals only, like text_quality.py; a set none of whose texts is in DIR is not shown.
--strict also drops every entry whose origin names the set, even where other sets (or the corpus,
"general rN") prompted it too: what the layer reads had the set never been looked at by anyone.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from _repo import REPO

sys.path.insert(0, str(REPO / "tests"))
from text_quality import _matches

from openlint.core.obligations import Obligation
from openlint.text import clauses
from openlint.text.normalize import decode
from openlint.text.read import read_text
from openlint.text.view import LineIndex, blocks
from rewrap import rewrap


def _alone(text: str, name: str) -> list[Obligation]:
    """The layer's readings with no pattern reading at all (every kind wanted)."""
    text = text.replace("\r\n", "\n")
    starts, ends = blocks(text)
    return list(clauses.clause_readings(text, starts, ends, set(), name, LineIndex(text)))


def score(spec: dict[str, dict], directory: Path, width: int | None, alone: bool = False) -> Counter[str]:
    totals: Counter[str] = Counter()
    for name, case in spec.items():
        path = directory / name
        if not path.is_file():
            continue
        text = decode(path.read_bytes())
        text = rewrap(text, width) if width else text
        left = _alone(text, name) if alone else list(read_text(text, name).obligations)
        for want in sorted(case["obligations"], key=len, reverse=True):
            hit = next((ob for ob in left if _matches(want, ob)), None)
            if hit is not None:
                left.remove(hit)
                totals["found"] += 1
        totals.update(texts=1, expected=len(case["obligations"]), spurious=len(left))
    return totals


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--held-out", type=Path, required=True)
    parser.add_argument("--set", default=None)
    parser.add_argument("--width", type=int, default=None, help="re-wrap every text at this width first")
    parser.add_argument("--strict", action="store_true", help="drop every entry whose origin names the set")
    args = parser.parse_args()
    spec = json.loads((REPO / "benchmarks" / "held_out.json").read_text(encoding="utf-8"))["texts"]
    sets = sorted({case["set"] for case in spec.values()}, key=lambda s: int(s[1:]))
    configs = ("patterns", "shipped", "left out", "alone left out")
    grand: dict[str, Counter[str]] = {config: Counter() for config in configs}
    print(
        "set  texts  labels | patterns alone | + layer as shipped | + layer without the set (held out) "
        "| the layer alone without the set (no pattern reading)"
    )
    for name in sets if args.set is None else [args.set]:
        part = {k: v for k, v in spec.items() if v["set"] == name}
        if not any((args.held_out / k).is_file() for k in part):
            continue  # (a blind set being built by others: never read here)
        left_out = f"strict:{name}" if args.strict else name
        row = {}
        for config, leave_out, lexicon in (
            ("patterns", None, ()),
            ("shipped", None, clauses.LEXICON),
            ("left out", left_out, clauses.LEXICON),
            ("alone left out", left_out, clauses.LEXICON),
        ):
            clauses.use_lexicon(leave_out, lexicon)
            row[config] = score(part, args.held_out, args.width, alone=config == "alone left out")
            grand[config].update(row[config])
        clauses.use_lexicon()
        cells = " | ".join(f"{row[c]['found']:3d} found {row[c]['spurious']:2d} spurious" for c in configs)
        print(f"{name:4} {row['patterns']['texts']:5d} {row['patterns']['expected']:7d} | {cells}")
    cells = " | ".join(f"{grand[c]['found']:3d} found {grand[c]['spurious']:2d} spurious" for c in grand)
    print(f"all  {grand['patterns']['texts']:5d} {grand['patterns']['expected']:7d} | {cells}")


if __name__ == "__main__":
    main()
