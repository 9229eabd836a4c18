"""Write the held-out license texts named in benchmarks/held_out.json into a directory.

    python benchmarks/fetch_held_out.py DIR [--mirrors /work/.mirror] [--set NAME]

Each text is `git show COMMIT:PATH` in a local bare copy of its repository, looked up as
MIRRORS/<owner>+<name>/repo (or MIRRORS/<owner>+<name>). Nothing is downloaded: the texts stay out
of this repository and out of the package; a text whose repository is absent is reported and skipped.
"""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path

from _repo import REPO


def git_dir(mirrors: Path, repo: str) -> Path | None:
    owner, name = repo.split("/")[-2:]
    for candidate in (mirrors / f"{owner}+{name}" / "repo", mirrors / f"{owner}+{name}"):
        if candidate.is_dir():
            return candidate
    return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("directory", type=Path)
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--set", default=None, help="only the texts of this set (see held_out.json 'sets')")
    args = parser.parse_args()
    spec = json.loads((REPO / "benchmarks" / "held_out.json").read_text(encoding="utf-8"))
    args.directory.mkdir(parents=True, exist_ok=True)
    for name, case in spec["texts"].items():
        if args.set and case.get("set") != args.set:
            continue
        repo, _, rest = case["source"].partition(" ")
        commit, _, path = rest.partition(":")
        where = git_dir(args.mirrors, repo)
        if where is None:
            print(f"  {name}: no local copy of {repo} under {args.mirrors}")
            continue
        done = subprocess.run(
            ["git", "--git-dir", str(where), "show", f"{commit}:{path}"], capture_output=True, check=False
        )
        if done.returncode:
            print(f"  {name}: {done.stderr.decode(errors='replace').strip()}")
            continue
        (args.directory / name).write_bytes(done.stdout)
        print(f"  {name}: {len(done.stdout)} bytes from {repo} {commit[:12]}:{path}")


if __name__ == "__main__":
    main()
