"""Hand mutations the test suite must kill: each one applied to a temporary copy of this checkout.

    python benchmarks/mutations.py            # every mutation
    python benchmarks/mutations.py cap-monthly-ge no-derivatives-dropped
    python benchmarks/mutations.py --exclude tests/test_output_pins.py --golden sarif-note-level
    python benchmarks/mutations.py --shared /path/to/shared   # the corpus, when not beside the checkout

For each mutation (a file, an exact snippet and its replacement) the named tests run on the mutated copy;
"killed" means at least one of them failed. The unmutated copy runs the same tests first: a mutation
counts only when the tests pass without it. Prints one row per mutation and exits 1 if any survived.

The tests named are the behavioural ones; a golden file ("regenerate the golden" tripwire) never counts:
`test_golden_reporters` is deselected, so a mutation only it catches shows as survived (--golden keeps
it; --exclude FILE leaves a named test file out, to reproduce the state before a test was added).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _repo import REPO

GOLDEN = "tests/test_projects.py::test_golden_reporters"


@dataclasses.dataclass(frozen=True)
class Mutation:
    name: str
    origin: str  # where the mutation comes from: the issue's list of survivors, its golden-only list, or new
    path: str
    old: str
    new: str
    tests: tuple[str, ...]


ISSUE = "#13 survived"
GOLDEN_ONLY = "#13 golden only"
# The reporters' behavioural tests (not the CLI end-to-end ones: minutes each on a loaded machine).
OUTPUT_TESTS = ("tests/test_projects.py", "tests/test_output_registry.py", "tests/test_output_pins.py")

MUTATIONS = (
    Mutation(
        "cap-monthly-ge",
        ISSUE,
        "rules/checks/OL101-user-cap-exceeded.toml",
        "obligation.users > obligation.threshold",
        "obligation.users >= obligation.threshold",
        ("tests/test_rules.py",),
    ),
    Mutation(
        "cap-daily-ge",
        ISSUE,
        "rules/checks/OL102-daily-user-cap-exceeded.toml",
        "use.daily_active_users > obligation.threshold",
        "use.daily_active_users >= obligation.threshold",
        ("tests/test_rules.py",),
    ),
    Mutation(
        "cap-revenue-ge",
        ISSUE,
        "rules/checks/OL103-revenue-cap-exceeded.toml",
        "use.annual_revenue_usd > obligation.threshold",
        "use.annual_revenue_usd >= obligation.threshold",
        ("tests/test_rules.py",),
    ),
    Mutation(
        "no-derivatives-dropped",
        ISSUE,
        "src/openlint/text/patterns/needles.py",
        '    "no_derivatives": (\n        "adapted",\n        "modified",\n        "derivative",\n',
        '    "no_derivatives": (\n',
        ("tests/test_text_reading.py", "tests/test_extraction_kinds.py"),
    ),
    Mutation(
        "citation-start-minus-one",
        ISSUE,
        "src/openlint/text/extract.py",
        "start_line=index.line(begin),",
        "start_line=max(1, index.line(begin) - 1),",
        ("tests/test_text_reading.py", "tests/test_extraction_kinds.py"),
    ),
    Mutation(
        "citation-end-plus-one",
        ISSUE,
        "src/openlint/text/extract.py",
        "end_line=index.line(max(begin, finish - 1)),",
        "end_line=index.line(max(begin, finish - 1)) + 1,",
        ("tests/test_text_reading.py", "tests/test_extraction_kinds.py"),
    ),
    Mutation(
        "identify-known-threshold",
        ISSUE,
        "src/openlint/text/identify.py",
        "KNOWN = 0.95 ",
        "KNOWN = 0.93 ",
        ("tests/test_text_reading.py", "tests/test_identify_threshold.py"),
    ),
    Mutation(
        "identify-similar-threshold",
        ISSUE,
        "src/openlint/text/identify.py",
        "SIMILAR = 0.60",
        "SIMILAR = 0.55",
        ("tests/test_text_reading.py", "tests/test_identify_threshold.py"),
    ),
    Mutation(
        "or-choice-ignores-blockers",
        ISSUE,
        "src/openlint/checking/engine.py",
        "score = (errors, alt.restrictiveness)",
        "score = (0, alt.restrictiveness)",
        ("tests/test_compatibility.py", "tests/test_cli.py", "tests/test_or_choice.py"),
    ),
    Mutation(
        "sarif-note-level",
        GOLDEN_ONLY,
        "src/openlint/output/sarif.py",
        'LEVELS = {"error": "error", "warning": "warning", "note": "note"}',
        'LEVELS = {"error": "error", "warning": "warning", "note": "none"}',
        OUTPUT_TESTS,
    ),
    Mutation(
        "sarif-start-line-shift",
        GOLDEN_ONLY,
        "src/openlint/output/sarif.py",
        'physical["region"] = {"startLine": location.line}',
        'physical["region"] = {"startLine": location.line + 1}',
        OUTPUT_TESTS,
    ),
    Mutation(
        "github-note-as-warning",
        GOLDEN_ONLY,
        "src/openlint/output/github.py",
        'LEVELS = {"error": "error", "warning": "warning", "note": "notice"}',
        'LEVELS = {"error": "error", "warning": "warning", "note": "warning"}',
        OUTPUT_TESTS,
    ),
    Mutation(
        "sarif-related-ids-from-one",
        GOLDEN_ONLY,
        "src/openlint/output/sarif.py",
        "enumerate(places)]",
        "enumerate(places, 1)]",
        OUTPUT_TESTS,
    ),
)


def _copy(destination: Path, shared: Path) -> Path:
    """The working tree as it is (tracked and new files, not ignored ones) in destination/repo, with the
    shared corpus (read by the corpus tests as ../shared) linked beside it."""
    repo = destination / "repo"
    listed = subprocess.run(
        ["git", "-C", str(REPO), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for name in filter(None, listed.split("\0")):
        source = REPO / name
        if source.is_file():  # a file deleted in the working tree is still listed as cached
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, repo / name)
    # Some tests read the checkout's git state (release, gate): the copy is a repository of one commit.
    git = ["git", "-c", "user.name=mutations", "-c", "user.email=mutations@localhost", "-C", str(repo)]
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "copy"]):
        subprocess.run([*git, *args], check=True, capture_output=True)
    if shared.is_dir():
        (destination / "shared").symlink_to(shared.resolve())
    return repo


def _pytest(repo: Path, tests: tuple[str, ...], golden: bool) -> tuple[bool, float, str]:
    """Whether the tests pass, their time, and the first failing test's id."""
    present = [t for t in tests if (repo / t.split("::")[0]).exists()]
    if golden and "tests/test_projects.py" not in present:
        present.append(GOLDEN)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(repo / "src")}
    env.pop("COVERAGE_PROCESS_START", None)
    command = [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "-o", "addopts=", "-rfE"]
    command += [*([] if golden else ["--deselect", GOLDEN]), *present]
    start = time.perf_counter()
    proc = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True)
    failed = [line.split()[1] for line in proc.stdout.splitlines() if line.startswith(("FAILED ", "ERROR "))]
    return proc.returncode == 0, time.perf_counter() - start, failed[0] if failed else ""


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="mutations to run (default: all)")
    parser.add_argument("--exclude", action="append", default=[], help="a test file to leave out")
    parser.add_argument("--golden", action="store_true", help="let the golden reporter test count")
    parser.add_argument(
        "--shared", type=Path, default=REPO.parent / "shared", help="the shared corpus (default: ../shared)"
    )
    args = parser.parse_args(argv)
    unknown = set(args.names) - {m.name for m in MUTATIONS}
    if unknown:
        parser.error(f"unknown mutation(s): {', '.join(sorted(unknown))}")
    chosen = [
        dataclasses.replace(m, tests=tuple(t for t in m.tests if t not in args.exclude))
        for m in MUTATIONS
        if not args.names or m.name in args.names
    ]
    survived = 0
    with tempfile.TemporaryDirectory(prefix="openlint-mutations-") as tmp:
        repo = _copy(Path(tmp), args.shared)
        baseline: dict[tuple[str, ...], bool] = {}
        print(f"{'mutation':28} {'origin':16} {'result':9} seconds  killed by (first failing test)")
        for mutation in chosen:
            target = repo / mutation.path
            original = target.read_text(encoding="utf-8")
            if original.count(mutation.old) != 1:
                print(f"{mutation.name:28} {mutation.origin:16} {'STALE':9}    -     snippet not found once")
                survived += 1
                continue
            if mutation.tests not in baseline:
                baseline[mutation.tests] = _pytest(repo, mutation.tests, args.golden)[0]
            if not baseline[mutation.tests]:
                print(f"{mutation.name:28} {mutation.origin:16} {'BASELINE':9}    -     tests fail unmutated")
                survived += 1
                continue
            target.write_text(original.replace(mutation.old, mutation.new), encoding="utf-8")
            try:
                passed, seconds, killer = _pytest(repo, mutation.tests, args.golden)
            finally:
                target.write_text(original, encoding="utf-8")
            survived += passed
            verdict = "survived" if passed else "killed"
            print(f"{mutation.name:28} {mutation.origin:16} {verdict:9} {seconds:7.1f}  {killer}", flush=True)
    print(f"{len(chosen) - survived} of {len(chosen)} killed")
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
