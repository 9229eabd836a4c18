"""Build rules/fingerprints/licenses.json from the reference texts in ../shared/corpus/licenses/.

    python scripts/build_fingerprints.py [--corpus PATH] [--exclude FILE ...] [--output PATH]

Each corpus text is fingerprinted under the catalog id whose `text_in_corpus` names it. Only
hashes are written, never text. `--exclude` builds leave-one-out stores for benchmarks.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from openlint.core.catalog import Catalog  # noqa: E402
from openlint.text.fingerprints import fingerprint, write_store  # noqa: E402
from openlint.text.normalize import decode  # noqa: E402


def build(corpus: Path, exclude: set[str]) -> list[dict[str, object]]:
    catalog = Catalog.from_directory(REPO / "rules" / "licenses")
    # One text can back several entries (GPL-3.0-only and -or-later): the first id in sorted order names it.
    by_file: dict[str, object] = {}
    for entry in sorted(catalog.values(), key=lambda e: e.id):
        if entry.text_in_corpus:
            by_file.setdefault(entry.text_in_corpus, entry)
    refs = []
    for path in sorted(corpus.glob("*/*.txt")):
        rel = str(path.relative_to(corpus))
        if rel in exclude:
            continue
        entry = by_file.get(rel)
        if entry is None:
            raise SystemExit(f"{rel}: no catalog entry has text_in_corpus = {rel!r}")
        refs.append(fingerprint(entry.id, entry.family, rel, decode(path.read_bytes())))  # type: ignore[attr-defined]
    return refs


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus" / "licenses")
    parser.add_argument("--exclude", nargs="*", default=[])
    parser.add_argument("--output", type=Path, default=REPO / "rules" / "fingerprints" / "licenses.json")
    args = parser.parse_args()
    refs = build(args.corpus, set(args.exclude))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    write_store(args.output, refs)
    print(f"wrote {len(refs)} fingerprints to {args.output} ({args.output.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
