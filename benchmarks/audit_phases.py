"""Where `openlint audit --jobs N` spends its time, per process: the parent's phases and each
worker's tasks (CPU by time.process_time, wall by time.perf_counter), and each process's idle time.

    python benchmarks/audit_phases.py DIR [--jobs 2] [--no-lineage]

The audit runs in this process with its task functions wrapped (the workers are forked, so they
inherit the wrappers); each task appends one line (pid, task, start, end, CPU) to a scratch file.
Nothing here changes what the audit writes (its output goes to /dev/null). Prints, per process: CPU,
busy wall, and idle wall (the run's wall minus busy), and for the parent its phases.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from _repo import SRC

sys.path.insert(0, str(SRC))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--no-lineage", action="store_true")
    parser.add_argument("--gaps", action="store_true", help="list each worker's idle gaps over 10 ms")
    args = parser.parse_args()
    t0 = time.perf_counter()
    c0 = time.process_time()

    from openlint.audit import lineage_pass, pool, run

    fd, log_name = tempfile.mkstemp(prefix="audit-phases-", suffix=".tsv")
    os.close(fd)

    def timed(name: str, fn):  # type: ignore[no-untyped-def]
        @functools.wraps(fn)
        def wrapper(*a, **k):  # type: ignore[no-untyped-def]
            s, c = time.perf_counter(), time.process_time()
            first = not getattr(wrapper, "seen", False)
            wrapper.seen = True  # type: ignore[attr-defined]
            out = fn(*a, **k)
            e = time.perf_counter()
            with open(log_name, "a") as f:
                f.write(f"{os.getpid()}\t{name}{'*' if first else ''}\t{s}\t{e}\t{time.process_time() - c}\n")
            return out

        return wrapper

    run._rows_task = timed("pass1", run._rows_task)
    run._lines_task = timed("lines", run._lines_task)
    lineage_pass.lineage_task = timed("pass2", lineage_pass.lineage_task)
    # the parent's phases: waiting on a result, storing rows, writing lines
    from concurrent.futures import Future

    waits: list[float] = []
    result = Future.result

    def timed_result(self, timeout=None):  # type: ignore[no-untyped-def]
        s = time.perf_counter()
        try:
            return result(self, timeout)
        finally:
            waits.append(time.perf_counter() - s)

    Future.result = timed_result  # type: ignore[method-assign]
    marks: list[tuple[str, float, float]] = [("imported", time.perf_counter(), time.process_time())]
    from openlint.audit import index as index_mod

    fill = index_mod.AuditIndex.fill

    def timed_fill(self, records):  # type: ignore[no-untyped-def]
        marks.append(("pass 1 start", time.perf_counter(), time.process_time()))
        yield from fill(self, records)
        marks.append(("pass 1 end (index complete)", time.perf_counter(), time.process_time()))

    index_mod.AuditIndex.fill = timed_fill  # type: ignore[method-assign]
    ranges = pool.ranges

    def timed_ranges(*a, **k):  # type: ignore[no-untyped-def]
        marks.append(("pass 2 start", time.perf_counter(), time.process_time()))
        yield from ranges(*a, **k)
        marks.append(("pass 2 end", time.perf_counter(), time.process_time()))

    pool.ranges = timed_ranges
    with open(os.devnull, "w") as out:
        counts = run.run(args.root, out, jobs=args.jobs, lineage=not args.no_lineage)
    t1 = time.perf_counter()
    marks.append(("done", t1, time.process_time()))
    import resource

    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = t1 - t0
    print(
        f"{counts['cards']:,} cards, --jobs {args.jobs}, {'no ' if args.no_lineage else ''}lineage: wall {wall:.2f} s"
    )
    print(f"parent CPU {time.process_time() - c0:.2f} s, workers CPU {kids.ru_utime + kids.ru_stime:.2f} s")
    prev_w, prev_c = t0, c0
    for name, w, c in marks:
        print(f"  parent  {name:<30} at {w - t0:6.2f} s  (+{w - prev_w:5.2f} wall, +{c - prev_c:5.2f} CPU)")
        prev_w, prev_c = w, c
    print(f"  parent waited on results {sum(waits):.2f} s in {len(waits)} waits")
    per: dict[str, list[tuple[str, float, float, float]]] = defaultdict(list)
    for line in Path(log_name).read_text().splitlines():
        pid, name, s, e, c = line.split("\t")
        per[pid].append((name, float(s), float(e), float(c)))
    os.unlink(log_name)
    for pid, tasks in sorted(per.items()):
        busy = sum(e - s for _, s, e, _ in tasks)
        cpu = sum(c for *_, c in tasks)
        first_seen = [t for t in tasks if t[0].endswith("*")]
        kinds = defaultdict(lambda: [0, 0.0, 0.0])
        for name, s, e, c in tasks:
            k = kinds[name.rstrip("*")]
            k[0] += 1
            k[1] += e - s
            k[2] += c
        print(f"  worker {pid}: {len(tasks)} tasks, busy {busy:.2f} s wall ({cpu:.2f} CPU), idle {wall - busy:.2f} s")
        for name, (n, w, c) in kinds.items():
            print(f"     {name}: {n} tasks {w:.2f} s wall {c:.2f} CPU")
        for name, s, e, c in first_seen:
            print(f"     first {name.rstrip('*')} task: {s - t0:.2f}-{e - t0:.2f} s, {c:.3f} CPU")
        spans = sorted((s, e) for _, s, e, _ in tasks)
        gap_between = sum(max(0.0, b[0] - a[1]) for a, b in itertools.pairwise(spans))
        if args.gaps:
            for a, b in itertools.pairwise(spans):
                if b[0] - a[1] > 0.01:
                    print(f"       gap {a[1] - t0:.2f}-{b[0] - t0:.2f} ({b[0] - a[1]:.3f} s)")
        print(
            f"     first task began at {spans[0][0] - t0:.2f} s, last ended {spans[-1][1] - t0:.2f} s;"
            f" gaps between tasks {gap_between:.2f} s"
        )


if __name__ == "__main__":
    main()
