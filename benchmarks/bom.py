"""AI-BOM writing on a generated project: time and peak memory for 1,000 models with lineage.

    python benchmarks/bom.py [--models 1000]

Generates, in a temporary directory, a project declaring N fine-tunes (each a local model directory
whose card names a license, a base model among 20 local base models and up to two training datasets),
then, in a fresh process per size (N/10 and N), times `check` (what the BOM is built from), building the
BOM model, and writing each format, and prints the process's peak RSS. The check dominates: the ratio
BOM/check says what writing the BOM adds.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from _repo import SOURCE_ENV, SRC, compile_first

BASE_TAGS = ["llama3.1", "apache-2.0", "gemma", "mit", "cc-by-nc-4.0"]
OWN_TAGS = ["apache-2.0", "llama3.1", "mit", "gemma", "cc-by-4.0"]
RELATIONS = ["finetune", "adapter", "quantized", "merge"]
BASES = 20


def generate(root: Path, count: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    models = root / "models"
    for i in range(BASES):
        base = models / f"base-{i}"
        base.mkdir(parents=True)
        (base / "README.md").write_text(f"---\nlicense: {BASE_TAGS[i % len(BASE_TAGS)]}\n---\n# base {i}\n")
    lines = [
        "[use]",
        "commercial = true",
        'distribution = ["saas", "derivative-weights"]',
        "monthly-active-users = 1_000_000",
        'regions = ["US"]',
        "fine-tunes = true",
        "trains-other-models = false",
        'derivative-name = "Acme-8B"',
        'use-cases = ["customer-support"]',
        "",
    ]
    for i in range(count):
        folder = models / f"ft-{i}"
        folder.mkdir()
        relation = rng.choice(RELATIONS)
        bases = [f"./models/base-{rng.randrange(BASES)}"]
        if relation == "merge":
            bases.append(f"./models/base-{rng.randrange(BASES)}")
        card = ["---", f"license: {rng.choice(OWN_TAGS)}", "base_model:"]
        card += [f"- {b}" for b in bases]
        card += [f"base_model_relation: {relation}", "datasets:"]
        card += [f"- org/data-{rng.randrange(50)}" for _ in range(rng.randint(1, 2))]
        card += ["---", f"# fine-tune {i}", ""]
        (folder / "README.md").write_text("\n".join(card))
        lines += ["[[models]]", f'id = "acme/ft-{i}"', f'path = "models/ft-{i}"', ""]
    (root / "openlint.toml").write_text("\n".join(lines))


CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from openlint.bom.build import build_bom
from openlint.cli.bom import render
from openlint.cli.common import BOM_FORMATS
from openlint.checking.checker import load_project, run_check

root = Path(sys.argv[1])
out = {}
t = time.perf_counter()
config = load_project(root)
report = run_check(config, use_baseline=False)
out["check_s"] = time.perf_counter() - t
t = time.perf_counter()
bom = build_bom(config, report)
out["build_s"] = time.perf_counter() - t
out["components"] = len(bom.components)
out["licenses"] = len(bom.licenses)
for fmt in BOM_FORMATS:
    t = time.perf_counter()
    text = render(fmt, bom)
    out[fmt] = {"s": time.perf_counter() - t, "bytes": len(text.encode("utf-8"))}
out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def measure(root: Path) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(root)], capture_output=True, text=True, env=SOURCE_ENV, check=True
    )
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--models", type=int, default=1000)
    args = parser.parse_args()
    print(compile_first({"this checkout": SRC}))
    for count in (max(1, args.models // 10), args.models):
        with tempfile.TemporaryDirectory(prefix="openlint-bom-bench-") as tmp:
            root = Path(tmp)
            generate(root, count)
            r = measure(root)
        check_s, build_s = float(r["check_s"]), float(r["build_s"])  # type: ignore[arg-type]
        print(
            f"{count:>6} models: {r['components']} components, {r['licenses']} licenses; "
            f"check {check_s:.1f} s, build BOM {build_s:.2f} s; peak RSS {float(r['peak_rss_mb']):.0f} MB"  # type: ignore[arg-type]
        )
        for fmt in ("cyclonedx-1.6", "cyclonedx-1.7", "spdx-3.0.1", "spdx-2.3", "spdx-2.3-tv"):
            entry = r[fmt]
            assert isinstance(entry, dict)
            print(
                f"        {fmt:14} {entry['s']:6.2f} s  {entry['bytes'] / 1e6:7.1f} MB  "
                f"(writing / check = {entry['s'] / check_s:.2f})"
            )


if __name__ == "__main__":
    main()
