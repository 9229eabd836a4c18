"""Audit work spread over processes with the output kept in walk order.

Workers do the walking, reading, parsing and JSON encoding: a task is a segment of the directory
stack (walked depth-first, as `audit.find_cards` does) and stops after a budget of cards, handing
back what is left of its stack, which is split into new tasks placed where that stack belongs in
the order. The parent only stores and writes what comes back, so `--jobs N` scales with N. At most
PER_WORKER tasks per worker are submitted and not yet written out (memory stays flat); a worker
that dies (SIGKILL, the OOM killer) fails the audit with a one-line error instead of leaving it waiting forever."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from openlint.errors import OpenlintError

Stack = list[tuple[str, int]]  # directories still to walk, the next one last
CARDS_PER_TASK = 512
PER_WORKER = 4  # tasks per worker submitted and not yet streamed out (running, queued or finished early)
RUNNING = 2  # tasks per worker submitted and not finished: one running, one queued behind it
FIRST_BUDGET = 32  # cards of the first task, which expands the top of the tree for the others
MAX_SEGMENT = 4096  # directories per task, whatever the estimate


class WorkerDied(OpenlintError):
    def __init__(self) -> None:
        super().__init__(
            "an audit worker process died (killed by a signal, such as the out-of-memory killer): "
            "the audit is incomplete"
        )


def pool(jobs: int) -> ProcessPoolExecutor:
    """`jobs` worker processes, forked now (before the parent opens its index), with the audit's
    modules already imported."""
    import multiprocessing
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    executor = ProcessPoolExecutor(jobs, mp_context=context)
    try:
        for future in [executor.submit(_ready) for _ in range(jobs)]:
            future.result()
    except BrokenProcessPool:
        executor.shutdown(wait=False, cancel_futures=True)
        raise WorkerDied() from None
    return executor


def _ready() -> None:
    return None


def ordered(
    executor: ProcessPoolExecutor,
    jobs: int,
    task: Callable[[Stack, int], tuple[list[Any], Stack, int]],
    start: Stack,
    first: tuple[list[Any], Stack, int] | None = None,
) -> Iterator[Any]:
    """The items of `task` over the whole tree under `start`, in walk order. `task(stack, budget)`
    returns its items, the stack it left and how many of the given entries it began; `first`: what
    the first task returned, run by the caller before the workers were forked (then `start` is unused).

    A task that finishes out of order hands its leftover stack back at once (split into new tasks
    while earlier tasks still run), and its items wait for their turn: a worker never idles behind a
    slow task ahead of it. The first task has a small budget: it expands the top of the tree, so that
    every worker has entries to walk within milliseconds."""
    from concurrent.futures import FIRST_COMPLETED, wait
    from concurrent.futures.process import BrokenProcessPool

    Task = Future[tuple[list[Any], Stack, int]]
    # Slots in output order: a running task, a finished task's items (a tuple), or entries not yet
    # given to a task (a list, stack order).
    slots: list[Task | tuple[Any, ...] | Stack] = [list(start)]
    per_entry: float | None = None  # cards under one stack entry, learnt from finished tasks
    running: set[Task] = set()
    held = 0  # finished tasks whose items wait for an earlier one
    if first is not None:
        items, left, begun = first
        slots, held = [tuple(items), *([left] if left else [])], 1
        per_entry = len(items) / begun if begun else float(CARDS_PER_TASK)
    try:
        while slots:
            while len(running) < RUNNING * jobs:
                at = next((n for n, slot in enumerate(slots) if isinstance(slot, list)), None)
                if at is None or (at and len(running) + held >= PER_WORKER * jobs):
                    break  # (the entries next in the output are always handed out: nothing waits on them)
                run = slots[at]
                assert isinstance(run, list)
                if per_entry is None:
                    size, budget = 1, FIRST_BUDGET
                else:
                    size, budget = max(1, min(MAX_SEGMENT, int(CARDS_PER_TASK / max(per_entry, 1e-3)))), CARDS_PER_TASK
                segment, run[:] = run[-size:], run[:-size]
                future = executor.submit(task, segment, budget)
                slots.insert(at, future)
                if not run:
                    del slots[at + 1]
                running.add(future)
                if per_entry is None:
                    break  # nothing else is handed out before the first task's stack comes back
            if not isinstance(slots[0], tuple):
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    running.discard(future)
                    items, left, begun = future.result()
                    at = slots.index(future)
                    slots[at] = tuple(items)
                    held += 1
                    if left:
                        slots.insert(at + 1, left)
                    if begun:
                        seen = len(items) / begun
                        per_entry = seen if per_entry is None else 0.5 * per_entry + 0.5 * seen
            while slots and isinstance(head := slots[0], tuple):
                del slots[0]
                held -= 1
                yield from head
    except BrokenProcessPool:
        raise WorkerDied() from None


def ranges(
    executor: ProcessPoolExecutor, jobs: int, task: Callable[[int, int], list[Any]], last: int, size: int
) -> Iterator[Any]:
    """The items of `task(lo, hi)` over 1..last in chunks of at most `size`, in order. Chunks shrink
    (to size/8) as the end nears, so that no worker is left alone with a long last chunk."""
    from collections import deque
    from concurrent.futures.process import BrokenProcessPool

    pending: deque[Future[list[Any]]] = deque()
    lo = 1
    try:
        while lo <= last or pending:
            while lo <= last and len(pending) < PER_WORKER * jobs:
                chunk = max(1, size // 8, min(size, (last - lo + 1) // (4 * jobs)))
                pending.append(executor.submit(task, lo, lo + chunk))
                lo += chunk
            yield from pending.popleft().result()
    except BrokenProcessPool:
        raise WorkerDied() from None
