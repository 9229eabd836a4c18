"""Audit throughput on generated model cards: cards per second and peak memory, at two sizes.

    python benchmarks/audit.py [--cards 100000] [--jobs 2]

Generates realistic cards (license tags drawn from the Hub's common ones, `other` with and without
license_name, families of a base model and up to 4 generations of derivatives, some merges, some bases
outside the set, some YAML lists) in a temporary directory, runs `openlint audit` on N/10 and N cards,
with lineage (two passes through an on-disk index) and with `--no-lineage`, and prints cards/s and the
peak RSS of the audit processes, so flat memory shows as a flat figure across the two sizes.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _repo import SOURCE_ENV

TAGS = [
    "apache-2.0",
    "mit",
    "llama3.1",
    "llama3",
    "llama2",
    "gemma",
    "cc-by-nc-4.0",
    "openrail",
    "other",
    "creativeml-openrail-m",
    "cc-by-4.0",
    "bigscience-bloom-rail-1.0",
    "afl-3.0",
    "bsd-3-clause",
    "llama3.2",
]


def _name(i: int) -> str:
    return f"org{i % 997}/model-{i}"


def generate(root: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for i in range(count):
        folder = root / _name(i)
        folder.mkdir(parents=True, exist_ok=True)
        tag = rng.choice(TAGS)
        lines = ["---", f"license: {tag}"]
        if tag == "other" and rng.random() < 0.5:
            lines.append("license_name: acme-community-license")
        if i % 5 and rng.random() < 0.8:  # a family: a base model and up to 4 generations of derivatives
            if i % 5 > 1 and rng.random() < 0.1:
                lines += ["base_model:", f"- {_name(i - 1)}", f"- {_name(i - 2)}", "base_model_relation: merge"]
            else:
                lines.append(f"base_model: {_name(i - 1)}")
                lines.append(f"base_model_relation: {rng.choice(['finetune', 'adapter', 'quantized'])}")
        elif rng.random() < 0.05:
            lines.append(f"base_model: elsewhere/base-{i}")  # not among the audited cards
        if rng.random() < 0.3:
            lines += ["tags:", "- text-generation", "- conversational"]
        lines += ["---", "", f"# model-{i}", "", "A fine-tuned model. " * rng.randint(5, 40)]
        (folder / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


# Run in a wrapper process so that each run's peak RSS (audit process and its workers) is its own:
# RUSAGE_CHILDREN of this process would only ever report the largest run so far.
_WRAPPER = (
    "import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], stderr=subprocess.PIPE, text=True); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
    "sys.exit(r.returncode and r.returncode != 1 and r.stderr)"  # exit 1 = findings; anything else fails
)


def measure(root: Path, jobs: int, lineage: bool) -> tuple[float, int]:
    command = [sys.executable, "-m", "openlint", "audit", str(root), "--jobs", str(jobs), "-o", "/dev/null"]
    start = time.perf_counter()
    wrapped = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *command, *([] if lineage else ["--no-lineage"])],
        check=True,
        capture_output=True,
        text=True,
        env=SOURCE_ENV,
    )
    return time.perf_counter() - start, int(wrapped.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    for count in (args.cards // 10, args.cards):
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            generate(root, count)
            measure(root, args.jobs, lineage=False)  # warm the file cache
            for lineage in (False, True):
                elapsed, peak_kb = measure(root, args.jobs, lineage)
                print(
                    f"{count:>8,} cards, {'lineage   ' if lineage else 'no lineage'}: {elapsed:6.1f} s, "
                    f"{count / elapsed:8,.0f} cards/s, peak RSS {peak_kb / 1024:.0f} MB ({args.jobs} processes)",
                    flush=True,
                )


if __name__ == "__main__":
    main()
