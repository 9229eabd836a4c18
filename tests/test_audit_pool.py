"""`openlint audit --jobs N`: workers walk the tree in stack segments that stop after a budget of
cards; the output is the single-process output, byte for byte, whatever the tree's shape."""

from __future__ import annotations

import io
import itertools
import random
from pathlib import Path

import pytest

from openlint.audit import pool as audit_pool
from openlint.audit import run as audit


def _tree(root: Path, seed: int) -> int:
    """An irregular tree: cards at several depths, directories without cards, wide and deep parts,
    hidden folders and cache blobs (skipped), a card named MODEL_CARD.md. Returns the card count."""
    rng = random.Random(seed)
    count = 0

    def grow(directory: Path, depth: int) -> None:
        nonlocal count
        directory.mkdir(parents=True, exist_ok=True)
        if rng.random() < 0.6:
            name = "README.md" if rng.random() < 0.9 else "MODEL_CARD.md"
            lic = rng.choice(["mit", "other", "llama3.1", "gpl"])
            base = f"base_model: {rng.choice(['a', 'b', 'c'])}{rng.randint(0, 30)}\n" if rng.random() < 0.5 else ""
            (directory / name).write_text(f"---\nlicense: {lic}\n{base}---\n", encoding="utf-8")
            count += 1
        if depth < 5:
            for n in range(rng.choice([0, 0, 1, 2, 3, 12]) if depth else 8):
                grow(directory / f"{'abc'[n % 3]}{n}", depth + 1)
        if rng.random() < 0.1:
            (directory / ".hidden").mkdir(exist_ok=True)
            (directory / ".hidden" / "README.md").write_text("---\nlicense: mit\n---\n", encoding="utf-8")

    grow(root, 0)
    return count


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("lineage", [True, False])
def test_parallel_output_is_the_single_process_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int, lineage: bool
) -> None:
    cards = _tree(tmp_path / "tree", seed)
    assert cards > 20
    monkeypatch.setattr(audit_pool, "CARDS_PER_TASK", 3)  # many tasks, many stacks handed back and split
    monkeypatch.setattr(audit_pool, "FIRST_BUDGET", 2)  # the cards the parent audits before forking
    monkeypatch.setattr(audit, "LINEAGE_RANGE", 4)
    single, parallel = io.StringIO(), io.StringIO()
    counts = audit.run(str(tmp_path / "tree"), single, jobs=1, lineage=lineage)
    assert audit.run(str(tmp_path / "tree"), parallel, jobs=2, lineage=lineage) == counts
    assert counts["cards"] == cards
    assert parallel.getvalue() == single.getvalue()
    order = [line.split('"path":"', 1)[1].split('"', 1)[0] for line in single.getvalue().splitlines()]
    assert order == list(audit.find_cards(tmp_path / "tree"))


def test_a_stopped_walk_leaves_exactly_the_rest_on_its_stack(tmp_path: Path) -> None:
    _tree(tmp_path / "tree", 4)
    everything = list(audit.find_cards(tmp_path / "tree"))
    stack = [(str(tmp_path / "tree"), 0)]
    pieces: list[str] = []
    while stack:
        taken, begun = audit._taken(stack, 5)
        assert len(taken) <= 5 and begun >= 1
        pieces += taken
    assert pieces == everything


def test_pass_two_ranges_cover_every_row_once_and_shrink_toward_the_end() -> None:
    """Rows 1..last in order, each once; chunks of `size` while much is left, down to size/8 at the end
    (a long last chunk would leave the other workers waiting)."""
    from concurrent.futures import ThreadPoolExecutor

    def rows(lo: int, hi: int) -> list[tuple[int, int]]:
        return [(lo, hi)]

    with ThreadPoolExecutor(2) as executor:
        chunks = list(audit_pool.ranges(executor, 2, rows, 10_000, 512))  # type: ignore[arg-type]
    assert chunks[0] == (1, 513) and chunks[-1][0] <= 10_000 < chunks[-1][1]
    assert all(a[1] == b[0] for a, b in itertools.pairwise(chunks))  # contiguous, in order
    sizes = [hi - lo for lo, hi in chunks]
    assert sizes.count(512) > 10 and sizes[-1] == 512 // 8 and sizes == sorted(sizes, reverse=True)
    assert 512 // 8 < sizes[sizes.count(512)] < 512  # shrinking, not jumping from 512 to 64
    with ThreadPoolExecutor(1) as executor:  # a size below 8 still moves on
        small = list(audit_pool.ranges(executor, 1, rows, 9, 4))  # type: ignore[arg-type]
    assert small[0] == (1, 3) and small[-1] == (9, 10) and all(a[1] == b[0] for a, b in itertools.pairwise(small))


def test_a_slow_task_does_not_hold_back_the_stacks_handed_back_after_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """While the task next in the output runs long, tasks finishing after it hand their leftover stacks
    back at once and the workers go on with them (the parent used to wait for the head task first);
    the output stays in walk order."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    monkeypatch.setattr(audit_pool, "FIRST_BUDGET", 2, raising=False)
    monkeypatch.setattr(audit_pool, "CARDS_PER_TASK", 2)
    release = threading.Event()
    calls_while_slow = 0
    released: list[bool] = []
    lock = threading.Lock()

    def task(stack: list[tuple[str, int]], budget: int) -> tuple[list[str], list[tuple[str, int]], int]:
        """A fake walk: `root` holds `big` (20 cards), `slow` (1) and `mid` (2); an entry stops mid-way
        at the budget and stays on the stack with what is left."""
        nonlocal calls_while_slow
        given, items = len(stack), []
        low = given
        while stack and len(items) < budget:
            low = min(low, len(stack) - 1)
            name, left = stack.pop()
            if name == "root":
                stack += [("big", 20), ("slow", 1), ("mid", 2)]
                continue
            if name == "slow":
                released.append(release.wait(timeout=5))  # False: nothing ran while it waited
            else:
                with lock:
                    calls_while_slow += not release.is_set()
                    if calls_while_slow >= 4:
                        release.set()
            taken = min(left, budget - len(items))
            items += [f"{name}{left - n}" for n in range(taken)]
            if left > taken:
                stack.append((name, left - taken))
        return items, stack, given - max(min(low, len(stack)), 0)

    with ThreadPoolExecutor(2) as executor:
        out = list(audit_pool.ordered(executor, 2, task, [("root", 0)]))  # type: ignore[arg-type]
    assert out == ["mid2", "mid1", "slow1"] + [f"big{n}" for n in range(20, 0, -1)]
    assert released == [True]  # the other worker was fed 4 tasks while the slow one ran


@pytest.mark.parametrize("lineage", [True, False])
def test_the_parent_audits_the_first_cards_before_forking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lineage: bool
) -> None:
    """The workers are forked after the parent audited the first FIRST_BUDGET cards, so that they
    inherit what those warmed (here: the licence statements met); a tree the first task walks whole
    needs no workers at all."""
    for n in range(6):
        (tmp_path / f"m{n}").mkdir()
        (tmp_path / f"m{n}" / "README.md").write_text(f"---\nlicense: {['mit', 'llama3.1'][n % 2]}\n---\n")
    monkeypatch.setattr(audit, "_STATED", {})
    seen_at_fork: list[int] = []
    forking = audit_pool.pool

    def pool(jobs: int) -> object:
        seen_at_fork.append(len(audit._STATED))
        return forking(jobs)

    monkeypatch.setattr(audit_pool, "pool", pool)
    monkeypatch.setattr(audit_pool, "FIRST_BUDGET", 3)
    single, parallel = io.StringIO(), io.StringIO()
    audit.run(str(tmp_path), parallel, jobs=2, lineage=lineage)
    assert seen_at_fork == [2]  # mit and llama3.1, met in m0..m2
    monkeypatch.setattr(audit, "_STATED", {})
    audit.run(str(tmp_path), single, jobs=1, lineage=lineage)
    assert parallel.getvalue() == single.getvalue() and single.getvalue().count("\n") == 6
    monkeypatch.setattr(audit_pool, "FIRST_BUDGET", 6)
    whole = io.StringIO()
    audit.run(str(tmp_path), whole, jobs=2, lineage=lineage)
    assert seen_at_fork == [2] and whole.getvalue() == single.getvalue()  # no pool for 6 cards


def test_pass_two_hands_out_ranges_while_the_awaited_one_runs_long() -> None:
    """While the range next in the output runs long, the other worker goes on with up to
    PER_WORKER * jobs - 1 ranges behind it (3 per worker in flight left it 5)."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    release = threading.Event()
    released: list[bool] = []
    others = 0
    lock = threading.Lock()

    def rows(lo: int, hi: int) -> list[tuple[int, int]]:
        nonlocal others
        if lo == 1:
            released.append(release.wait(timeout=5))
        else:
            with lock:
                others += 1
                if others >= 6:
                    release.set()
        return [(lo, hi)]

    with ThreadPoolExecutor(2) as executor:
        chunks = list(audit_pool.ranges(executor, 2, rows, 4_000, 64))  # type: ignore[arg-type]
    assert released == [True]
    assert chunks[0][0] == 1 and all(a[1] == b[0] for a, b in itertools.pairwise(chunks)) and chunks[-1][1] > 4_000
