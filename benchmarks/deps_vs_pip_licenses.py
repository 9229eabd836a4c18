"""`openlint deps` vs `pip-licenses` on the same environment, side by side in one run.

    pip install pip-licenses   # beside openlint, for this comparison only
    python benchmarks/deps_vs_pip_licenses.py [--runs 5]

Prints median wall times (each a fresh process listing every installed distribution's license),
their ratio, and how often the two agree once both are read as SPDX (openlint normalises through its
resolver; pip-licenses prints the metadata as found).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time

from _repo import SOURCE_ENV, SRC, compile_first


def timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env)
    return time.perf_counter() - start, proc.stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(compile_first({"this checkout": SRC}))
    pip_licenses = shutil.which("pip-licenses")
    openlint_cmd = [sys.executable, "-m", "openlint", "deps", "--format", "json"]
    ours_times, theirs_times = [], []
    ours_out = theirs_out = ""
    for _ in range(args.runs):  # interleaved, so background load hits both alike
        t, ours_out = timed(openlint_cmd, SOURCE_ENV)
        ours_times.append(t)
        if pip_licenses:
            t, theirs_out = timed([pip_licenses, "--format=json", "--from=mixed"])
            theirs_times.append(t)
    ours = {d["name"].lower(): d for d in json.loads(ours_out)["dependencies"]}
    print(f"openlint deps: {len(ours)} distributions, median {statistics.median(ours_times):.2f} s")
    if not pip_licenses:
        print("pip-licenses not installed: pip install pip-licenses")
        return
    theirs = {d["Name"].lower(): d for d in json.loads(theirs_out)}
    print(f"pip-licenses : {len(theirs)} distributions, median {statistics.median(theirs_times):.2f} s")
    print(
        f"ratio: openlint takes {statistics.median(ours_times) / statistics.median(theirs_times):.2f}x "
        "the time of pip-licenses"
    )
    resolved = sum(1 for d in ours.values() if d["expression"])
    print(f"openlint resolved {resolved}/{len(ours)} to SPDX expressions")
    differ = [
        (n, ours[n]["expression"], theirs[n]["License"])
        for n in sorted(set(ours) & set(theirs))
        if (ours[n]["expression"] or "").lower() != str(theirs[n]["License"]).lower()
    ]
    print(f"spelled differently by the two tools: {len(differ)} (first 15 below)")
    for name, mine, other in differ[:15]:
        print(f"  {name:30} openlint {mine!s:35} pip-licenses {other}")


if __name__ == "__main__":
    main()
