"""Every reading of a set of texts, as JSON lines: to show that a change to the reading machinery
(not to what patterns say) leaves every reading identical.

    python benchmarks/text_readings.py --out /tmp/readings-before.jsonl      # before the change
    python benchmarks/text_readings.py --compare /tmp/readings-before.jsonl  # after: exit 1 on a difference

Texts: every file of ../shared/corpus/licenses/{ai,spdx} and fixtures/licenses/*/LICENSE as published
(original wrapping), re-wrapped at 40 columns, blockquoted ("> " before every line) and with CRLF line
ends; and long inputs as benchmarks/text_perf.py builds them (the corpus one after another, the
Llama 3.1 license repeated, Python's documentation prose, the same words shuffled) cut to
20 KB, 50 KB, 100 KB, 500 KB and 2 MB. A reading is everything `read_text` returns: verdict,
identification (closest reference, its containment and coverage, the other references it contains,
missing clauses, added passages with lines), catalog entry, obligations (kind, triggers, every
parameter, confidence, summary, scope, cited lines and text), differences, unread notes.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from _repo import REPO

sys.path.insert(0, str(REPO / "tests"))
from openlint.text.normalize import decode
from openlint.text.read import DocumentReading, read_text
from rewrap import rewrap

CORPUS = REPO.parent / "shared" / "corpus" / "licenses"
FIXTURES = REPO / "fixtures" / "licenses"
LONG_SIZES = (20_000, 50_000, 100_000, 500_000, 2_000_000)


def _short_texts(corpus: Path) -> Iterator[tuple[str, str]]:
    paths = sorted(corpus.glob("ai/*.txt")) + sorted(corpus.glob("spdx/*.txt")) + sorted(FIXTURES.glob("*/LICENSE"))
    for path in paths:
        text = decode(path.read_bytes())
        name = str(path.relative_to(path.parents[1]))
        yield name, text
        yield f"{name}@40", rewrap(text, 40)
        yield f"{name}@quoted", "".join("> " + line for line in text.splitlines(keepends=True))
        yield f"{name}@crlf", text.replace("\n", "\r\n")


def _long_texts(corpus: Path) -> Iterator[tuple[str, str]]:
    import pydoc_data.topics

    prose = "\n\n".join(pydoc_data.topics.topics.values())
    vocabulary, rng = prose.split(), random.Random(17)
    shuffled = "\n".join(
        " ".join(rng.choice(vocabulary) for _ in range(12)) + ("\n" if rng.random() < 0.15 else "")
        for _ in range(20_000)
    )
    units = {
        "corpus": "\n\n".join(decode(p.read_bytes()) for p in sorted(corpus.glob("*/*.txt"))),
        "one-license": decode((corpus / "ai" / "llama3.1-community.txt").read_bytes()),
        "prose": prose,
        "shuffled": shuffled,
    }
    for kind, unit in units.items():
        for size in LONG_SIZES:
            yield f"{kind}-{size}", (unit * (size // len(unit) + 1))[:size]


def describe(reading: DocumentReading) -> dict[str, Any]:
    ident = reading.identification

    def match(m: Any) -> Any:
        return None if m is None else [m.reference.id, m.containment, m.coverage, m.shared]

    return {
        "verdict": reading.verdict,
        "identification": {
            "verdict": ident.verdict,
            "best": match(ident.best),
            "also": [match(m) for m in ident.also_contains],
            "missing": [list(m) for m in ident.missing],
            "added": [list(a) for a in ident.added],
        },
        "entry": reading.license_id,
        "by_title": reading.by_title,
        "obligations": [dataclasses.asdict(ob) for ob in reading.obligations],
        "differences": [[d.kind, d.status, d.detail] for d in reading.differences],
        "truncated": reading.truncated,
        "unread": list(reading.unread),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="shared/corpus/licenses")
    parser.add_argument("--out", type=Path, help="write the readings here")
    parser.add_argument("--compare", type=Path, help="compare with readings written before")
    parser.add_argument("--short-only", action="store_true", help="skip the long inputs")
    args = parser.parse_args()
    readings: dict[str, str] = {}
    texts = _short_texts(args.corpus) if args.short_only else _chain(args.corpus)
    for name, text in texts:
        readings[name] = json.dumps(describe(read_text(text, "LICENSE")), sort_keys=True, default=str)
    if args.out:
        args.out.write_text("".join(json.dumps({"text": k, "reading": v}) + "\n" for k, v in readings.items()))
    print(f"{len(readings)} readings")
    if args.compare:
        before = {row["text"]: row["reading"] for row in map(json.loads, args.compare.read_text().splitlines())}
        differ = [name for name in readings if name in before and before[name] != readings[name]]
        missing = [name for name in before if name not in readings]
        for name in differ:
            print(f"DIFFERS: {name}")
        print(f"compared {len(readings) - len(missing)} with {args.compare}: {len(differ)} differ")
        if differ:
            raise SystemExit(1)


def _chain(corpus: Path) -> Iterator[tuple[str, str]]:
    yield from _short_texts(corpus)
    yield from _long_texts(corpus)


if __name__ == "__main__":
    main()
