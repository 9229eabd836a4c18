"""Identification of long texts by partitions against a plain set, side by side in one process.

    python benchmarks/identify_partitions.py [--held-out DIR] [--reps 9] [--src PATH]

Texts: every text of ../shared/corpus/licenses and, with --held-out, of DIR (e.g. the r2-r10
held-out texts) that has at least SMALL_TEXT characters, the length from which identification
queries a text by partitions (memory-lean) instead of a set of its shingles. Each repetition runs
`identify` on all of them both ways, alternately; the figure is the least CPU time of each way and
their ratio, with a digest of the answers (they must be the same both ways, and across checkouts:
run it once with --src of a baseline checkout's src to compare).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

parser = argparse.ArgumentParser()
parser.add_argument("--held-out", type=Path)
parser.add_argument("--reps", type=int, default=9)
parser.add_argument("--src", type=Path, help="the src directory to measure (default: this checkout's)")
args = parser.parse_args()
if args.src:
    sys.path.insert(0, str(args.src.resolve()))
else:
    import _repo  # noqa: F401 (this checkout's src first on the import path)

from openlint.text import identify as identification  # noqa: E402
from openlint.text import shingle_query  # noqa: E402
from openlint.text.normalize import decode, words  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "licenses"


def main() -> None:
    paths = sorted(CORPUS.glob("*/*.txt")) + (sorted(args.held_out.glob("*.txt")) if args.held_out else [])
    texts = [text for text in (decode(path.read_bytes()) for path in paths) if len(text) >= shingle_query.SMALL_TEXT]
    tokens = [words(text) for text in texts]
    ways = {"partitions": shingle_query.query_of, "set": lambda hashes, chars: shingle_query.ShortQuery(hashes)}
    times: dict[str, list[float]] = {way: [] for way in ways}
    answers: dict[str, str] = {}
    for _ in range(args.reps):
        for way, query_of in ways.items():
            identification.query_of = query_of  # type: ignore[assignment]
            start = time.process_time()
            found = [identification.identify(t) for t in tokens]
            times[way].append(time.process_time() - start)
            summary = [
                (r.verdict, r.best and (r.best.reference.id, r.best.containment, r.best.coverage), r.missing, r.added)
                for r in found
            ]
            answers[way] = hashlib.sha1(repr(summary).encode()).hexdigest()[:12]
    by_parts, by_set = min(times["partitions"]), min(times["set"])
    print(f"{len(texts)} texts of {shingle_query.SMALL_TEXT:,}+ characters, openlint from {identification.__file__}")
    print(
        f"partitions {by_parts * 1000:.1f} ms, set {by_set * 1000:.1f} ms (least CPU of {args.reps}): "
        f"{by_parts / by_set:.2f}x; answers {answers['partitions']} / {answers['set']}"
    )


if __name__ == "__main__":
    main()
