"""Discovery cost of resolving names (constants, imports, Hydra) against reading literals only.

Builds a synthetic project of N modules that each import a shared settings module and load models
through constants, env defaults and a Hydra config, and times `discover()` on it side by side with the
same scan where every name is a literal (the work literal-only discovery did). Prints medians of 5 runs.
Measured on: generated files only (see `build`); not a real project.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import _repo  # noqa: F401  (this checkout's src first)

from openlint.discovery.constants import _parsed
from openlint.discovery.scan import discover
from openlint.discovery.yaml_values import _load_yaml

INDIRECT = """import os
import hydra
from proj.settings import BASE, ORG
M{i} = f"{{ORG}}/model-{i}"

class Cfg{i}:
    NAME = BASE + "-{i}"

def load():
    a = from_pretrained(M{i})
    b = from_pretrained(Cfg{i}.NAME)
    c = from_pretrained(os.getenv("M{i}", "org/env-{i}"))
    return a, b, c

@hydra.main(config_path="conf", config_name="config")
def main(cfg):
    return from_pretrained(cfg.model.name)
"""
LITERAL = """def load():
    a = from_pretrained("acme/model-{i}")
    b = from_pretrained("acme/base-{i}")
    c = from_pretrained("org/env-{i}")
    return a, b, c

def main(cfg):
    return from_pretrained("org/hydra")
"""


def build(root: Path, template: str, n: int) -> None:
    pkg = root / "proj"
    (pkg / "conf" / "model").mkdir(parents=True)
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "settings.py").write_text('ORG = "acme"\nBASE = ORG + "/base"\n', encoding="utf-8")
    (pkg / "conf" / "config.yaml").write_text("defaults:\n  - model: small\n", encoding="utf-8")
    (pkg / "conf" / "model" / "small.yaml").write_text("name: org/hydra\n", encoding="utf-8")
    for i in range(n):
        (pkg / f"mod{i}.py").write_text(template.format(i=i), encoding="utf-8")


def median_seconds(root: Path) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(5):
        _parsed.cache_clear()
        _load_yaml.cache_clear()
        start = time.perf_counter()
        count = len(discover(root))
        times.append(time.perf_counter() - start)
    return statistics.median(times), count


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    with tempfile.TemporaryDirectory() as tmp:
        indirect, literal = Path(tmp) / "indirect", Path(tmp) / "literal"
        build(indirect, INDIRECT, n)
        build(literal, LITERAL, n)
        t_lit, c_lit = median_seconds(literal)
        t_ind, c_ind = median_seconds(indirect)
    print(f"synthetic project, {n} modules, 4 loads each; median of 5 runs, side by side")
    print(f"  literal names:  {t_lit * 1000:8.1f} ms  {c_lit} distinct references")
    print(f"  resolved names: {t_ind * 1000:8.1f} ms  {c_ind} distinct references")
    print(f"  ratio resolved/literal: {t_ind / t_lit:.2f}x")


if __name__ == "__main__":
    main()
