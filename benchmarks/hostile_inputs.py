"""Time and peak memory of `openlint check` / `audit` on hostile inputs built on the spot.

    python benchmarks/hostile_inputs.py                 # this checkout's src
    python benchmarks/hostile_inputs.py --src OTHER/src # another checkout, for a side-by-side run

Each case runs in a subprocess with a timeout (default 60 s): "timeout" means it did not finish.
Figures are wall-clock seconds and the child's peak RSS on the machine it runs on; compare two
checkouts in one run of this script on the same machine, not across machines.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from _repo import REPO, compile_first


def _project(root: Path, body: str = "") -> Path:
    root.mkdir(parents=True)
    (root / "pyproject.toml").write_text(f"[tool.openlint]\n{body}", encoding="utf-8")
    return root


def large_json_config(root: Path) -> list[str]:
    project = _project(root)
    items = [{"model_name_or_path": f"org{n}/model-{n}"} for n in range(20_000)]
    (project / "runs.json").write_text("[\n" + ",\n".join(json.dumps(i) for i in items) + "\n]\n", encoding="utf-8")
    return ["check", str(project)]


def dotted_key_toml(root: Path) -> list[str]:
    return ["check", str(_project(root, "a." * 20_000 + "b = 1\n"))]


def yaml_alias_bomb(root: Path) -> list[str]:
    project = _project(root)
    lines = ["a0: &a0 [model_name_or_path, acme/x]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)]
    (project / "train.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ["check", str(project)]


def many_license_files(root: Path) -> list[str]:
    root.mkdir(parents=True)
    (root / "README.md").write_text("---\nlicense: other\n---\n", encoding="utf-8")
    (root / "model.safetensors").write_bytes(b"\0")
    for n in range(20_000):
        (root / f"LICENSE-{n:05}").touch()
    return ["check", str(root)]


def sparse_3gb_license(root: Path) -> list[str]:
    root.mkdir(parents=True)
    (root / "README.md").write_text("---\nlicense: other\n---\n", encoding="utf-8")
    (root / "model.safetensors").write_bytes(b"\0")
    with open(root / "LICENSE", "wb") as handle:
        handle.truncate(3_000_000_000)
    return ["check", str(root)]


def fifo_code(root: Path) -> list[str]:
    project = _project(root)
    os.mkfifo(project / "train.py")
    return ["check", str(project)]


CASES: dict[str, Callable[[Path], list[str]]] = {
    "880 KB JSON training config (20,000 names)": large_json_config,
    "40 KB dotted TOML key": dotted_key_toml,
    "1 KB YAML alias bomb (train.yaml)": yaml_alias_bomb,
    "20,000 LICENSE-* files": many_license_files,
    "sparse 3 GB LICENSE": sparse_3gb_license,
    "train.py is a FIFO": fifo_code,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", default=str(REPO / "src"), help="the openlint src directory to run")
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args()
    print(compile_first({"openlint": Path(args.src)}))
    env = {**os.environ, "PYTHONPATH": args.src, "HF_HUB_OFFLINE": "1"}
    print(f"openlint from {args.src}; timeout {args.timeout:.0f} s")
    print(f"{'case':46} {'seconds':>9} {'peak MB':>8}  exit")
    for name, build in CASES.items():
        with tempfile.TemporaryDirectory() as directory:
            command = build(Path(directory) / "case")
            with tempfile.TemporaryDirectory() as cache:
                env["HF_HUB_CACHE"] = cache
                start = time.perf_counter()
                child = subprocess.Popen(
                    [sys.executable, "-m", "openlint", *command],
                    env=env,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                )
                timer = threading.Timer(args.timeout, child.kill)
                timer.start()
                stderr = child.stderr.read() if child.stderr else b""
                _, status, usage = os.wait4(child.pid, 0)  # this child's own peak RSS
                timer.cancel()
                elapsed = time.perf_counter() - start
                killed = os.WIFSIGNALED(status)
                code = os.waitstatus_to_exitcode(status)
                outcome = "timeout" if killed else "traceback" if b"Traceback" in stderr else str(code)
                shown = f"{usage.ru_maxrss / 1024:8.0f}"
                print(f"{name:46} {elapsed:9.2f} {shown}  {outcome}")


if __name__ == "__main__":
    main()
