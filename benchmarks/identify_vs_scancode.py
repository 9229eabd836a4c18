"""openlint vs ScanCode: identify every text of the shared corpus, in one run, side by side.

    python -m venv /tmp/sc && /tmp/sc/bin/pip install scancode-toolkit pluggy==1.0.0
    python benchmarks/identify_vs_scancode.py --scancode /tmp/sc/bin/scancode

Prints both wall times (each tool starting from a fresh process and identifying every file),
their ratio, and how often the two identifications agree. ScanCode is never a dependency of
openlint; it is installed beside it for this comparison only.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _repo import REPO, SOURCE_ENV, SRC, compile_first

from openlint.core.catalog import Catalog

OPENLINT_RUN = """
import gc, json, sys
gc.set_threshold(50_000, 20, 100)  # as the openlint executable does (openlint.cli.main.run)
from pathlib import Path
from openlint.text.identify import identify
from openlint.text.normalize import decode, words
out = {}
for p in sorted(Path(sys.argv[1]).glob("*/*.txt")):
    r = identify(words(decode(p.read_bytes())))
    out[str(p.relative_to(sys.argv[1]))] = r.license_id
print(json.dumps(out))
gc.freeze()
"""


def run_openlint(corpus: Path) -> tuple[float, dict[str, str | None]]:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", OPENLINT_RUN, str(corpus)],
        capture_output=True,
        text=True,
        check=True,
        env=SOURCE_ENV,
    )
    return time.perf_counter() - start, json.loads(proc.stdout)


def run_openlint_cli(corpus: Path) -> float:
    """The whole product path: `openlint explain --format json` on every file (identification plus
    obligation extraction and reconciliation, which ScanCode does not do)."""
    files = [str(p) for p in sorted(corpus.glob("*/*.txt"))]
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "openlint", "explain", "--format", "json", *files],
        capture_output=True,
        check=True,
        env=SOURCE_ENV,
    )
    return time.perf_counter() - start


def run_scancode(scancode: str, corpus: Path, processes: int) -> tuple[float, dict[str, list[str]]]:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "corpus"
        shutil.copytree(corpus, copy)
        out = Path(tmp) / "scan.json"
        start = time.perf_counter()
        subprocess.run(
            [scancode, "--license", "-n", str(processes), "--quiet", "--json", str(out), str(copy)], check=True
        )
        elapsed = time.perf_counter() - start
        doc = json.loads(out.read_text(encoding="utf-8"))
    keys: dict[str, list[str]] = {}
    for item in doc.get("files", []):
        if item.get("type") != "file":
            continue
        rel = str(Path(item["path"]).relative_to("corpus"))
        expression = item.get("detected_license_expression") or ""
        keys[rel] = [
            k for k in expression.replace("(", " ").replace(")", " ").split() if k not in ("AND", "OR", "WITH")
        ]
    return elapsed, keys


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus" / "licenses")
    parser.add_argument("--scancode", default=shutil.which("scancode"))
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3, help="alternate the tools this many times; medians")
    parser.add_argument("--openlint-runs", type=int, default=5, help="openlint runs per round")
    args = parser.parse_args()
    print(compile_first({"this checkout": SRC}))
    ol_times, cli_times, sc_times = [], [], []
    sc_keys: dict[str, list[str]] = {}
    for _ in range(args.rounds):  # interleaved, so background load hits both tools alike
        for _ in range(args.openlint_runs):  # openlint's runs are short: several per round steady its median
            ol_time, ol_ids = run_openlint(args.corpus)
            ol_times.append(ol_time)
            cli_times.append(run_openlint_cli(args.corpus))
        if args.scancode:
            sc_time, sc_keys = run_scancode(args.scancode, args.corpus, args.processes)
            sc_times.append(sc_time)
    ol_time, cli_time = statistics.median(ol_times), statistics.median(cli_times)
    print(f"openlint identification: {len(ol_ids)} files in {ol_time:.3f} s wall (one process, including start-up)")
    print(f"openlint explain (identification + obligations): {cli_time:.3f} s wall (one process)")
    if not args.scancode:
        print("scancode not found: install it in a separate venv (see this script's docstring) and pass --scancode")
        return
    sc_time = statistics.median(sc_times)
    print(f"scancode: {len(sc_keys)} files in {sc_time:.2f} s wall ({args.processes} processes)")
    print(f"medians of {args.rounds} rounds; scancode runs: {', '.join(f'{t:.1f}' for t in sc_times)} s")
    print(f"openlint identification runs: {min(ol_times):.3f}-{max(ol_times):.3f} s")
    print(f"ratio: openlint identification {sc_time / ol_time:.0f}x faster, openlint explain {sc_time / cli_time:.0f}x")
    catalog = Catalog.from_directory(REPO / "rules" / "licenses")
    agree, disagree = 0, []
    for rel, ol_id in sorted(ol_ids.items()):
        entry = catalog.get(ol_id) if ol_id else None
        ours = (
            set(entry.scancode_keys) | {(entry.spdx or "").lower(), *(s.lower() for s in entry.other_spdx)}
            if entry
            else set()
        )
        ours |= {k.removeprefix("licenseref-scancode-") for k in ours}
        theirs = {k.lower().removeprefix("licenseref-scancode-") for k in sc_keys.get(rel, [])}
        if ours & theirs or (entry and entry.id.lower() in theirs):
            agree += 1
        else:
            disagree.append(f"{rel}: openlint {ol_id} / scancode {sorted(theirs) or 'nothing'}")
    print(f"agreement: {agree}/{len(ol_ids)}")
    for line in disagree:
        print("  ", line)


if __name__ == "__main__":
    main()
