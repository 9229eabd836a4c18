"""Audit throughput on generated model cards: cards per second and peak memory, at two sizes.

    python benchmarks/audit.py [--cards 100000] [--jobs 2]

Generates realistic cards (license tags drawn from the Hub's common ones, `other` with and without
license_name, base_model chains up to depth 4, some YAML lists) in a temporary directory, runs
`openlint audit` on N/10 and N cards, and prints cards/s and the peak RSS of the audit processes,
so flat memory shows as a flat figure across the two sizes.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


def generate(root: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for i in range(count):
        folder = root / f"org{i % 997}" / f"model-{i}"
        folder.mkdir(parents=True, exist_ok=True)
        tag = rng.choice(TAGS)
        lines = ["---", f"license: {tag}"]
        if tag == "other" and rng.random() < 0.5:
            lines.append("license_name: acme-community-license")
        depth = rng.choice([0, 0, 1, 1, 2, 4])
        if depth:
            lines.append(f"base_model: org{(i + 1) % 997}/model-{max(0, i - depth)}")
            lines.append(f"base_model_relation: {rng.choice(['finetune', 'adapter', 'quantized', 'merge'])}")
        if rng.random() < 0.3:
            lines += ["tags:", "- text-generation", "- conversational"]
        lines += ["---", "", f"# model-{i}", "", "A fine-tuned model. " * rng.randint(5, 40)]
        (folder / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def measure(root: Path, jobs: int) -> tuple[float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "openlint", "audit", str(root), "--jobs", str(jobs), "-o", "/dev/null"],
        check=False,
        stderr=subprocess.DEVNULL,
    )
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    for count in (args.cards // 10, args.cards):
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            generate(root, count)
            elapsed, peak_kb = measure(root, args.jobs)
            print(
                f"{count:>8,} cards: {elapsed:6.1f} s, {count / elapsed:8,.0f} cards/s, "
                f"peak RSS {peak_kb / 1024:.0f} MB ({args.jobs} processes)"
            )


if __name__ == "__main__":
    main()
