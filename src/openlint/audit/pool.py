"""Audit work spread over processes with the output kept in walk order.

Workers do the walking, reading, parsing and JSON encoding: a task is a segment of the directory
stack (walked depth-first, as `audit.find_cards` does) and stops after a budget of cards, handing
back what is left of its stack, which is split into new tasks placed where that stack belongs in
the order. The parent only stores and writes what comes back, so `--jobs N` scales with N. At most
PER_WORKER tasks per worker are in flight (memory stays flat); a worker that dies (SIGKILL, the OOM killer)
fails the audit with a one-line error instead of leaving it waiting forever."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from openlint.errors import OpenlintError

Stack = list[tuple[str, int]]  # directories still to walk, the next one last
CARDS_PER_TASK = 512
PER_WORKER = 3  # tasks in flight per worker: one running, and two waiting while an earlier one is awaited
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
) -> Iterator[Any]:
    """The items of `task` over the whole tree under `start`, in walk order. `task(stack, budget)`
    returns its items, the stack it left and how many of the given entries it began."""
    from concurrent.futures.process import BrokenProcessPool

    # Slots in output order: a submitted task, or entries not yet given to a task (stack order).
    slots: list[tuple[Future[tuple[list[Any], Stack, int]], int] | Stack] = [list(start)]
    per_entry = float(CARDS_PER_TASK)  # cards under one stack entry, learnt from finished tasks
    in_flight = 0
    try:
        while slots:
            while in_flight < PER_WORKER * jobs:
                at = next((n for n, slot in enumerate(slots) if isinstance(slot, list)), None)
                if at is None:
                    break
                run = slots[at]
                assert isinstance(run, list)
                size = max(1, min(MAX_SEGMENT, int(CARDS_PER_TASK / max(per_entry, 1e-3))))
                segment, run[:] = run[-size:], run[:-size]
                slots.insert(at, (executor.submit(task, segment, CARDS_PER_TASK), len(segment)))
                if not run:
                    del slots[at + 1]
                in_flight += 1
            head = slots[0]
            if isinstance(head, list):
                continue
            items, left, begun = head[0].result()
            in_flight -= 1
            if begun:
                per_entry = 0.5 * per_entry + 0.5 * (len(items) / begun)
            if left:
                slots[0] = left
            else:
                slots.pop(0)
            yield from items
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
