"""Pass 2 joins a card's lineage facts from its bases' summaries (openlint.audit.lineage_facts) instead
of walking its chain: the facts must be those facts(walk(...)) gives, in every lineage, and a lineage
the join cannot reproduce (a cycle, deeper than MAX_DEPTH, more than MAX_NODES models) is walked."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from openlint.audit.index import MISSING, card_of
from openlint.audit.lineage_facts import Summaries
from openlint.sources.lineage import MAX_DEPTH, MAX_NODES, Card, LineageFacts, facts, walk

LICENCES = [None, "mit", "apache-2.0", "cc-by-nc-4.0", "gpl-3.0", "llama3.1", "gemma", "cc-by-sa-4.0", "nope-x"]
KINDS = [None, "non_commercial", "share_alike", "naming", "acceptable_use", "non_commercial,naming"]


class World:
    """Cards in index rows, looked up as the audit index looks them up: without case, the first row
    of a name winning."""

    def __init__(self, rows: list[tuple[str, str | None, str | None, tuple[str, ...]]]) -> None:
        self.rows = rows  # (name, licence, kinds, bases) per row, seq = position + 1
        self.located = 0

    def locate(self, name: str) -> tuple[int, tuple[Any, ...]] | str:
        self.located += 1
        for seq, (key, lic, kinds, bases) in enumerate(self.rows, 1):
            if key.lower() == name.lower():
                return seq, (lic, kinds, "\n".join(bases) or None, None, None)
        return MISSING

    def card(self, seq: int) -> Card:
        _, lic, kinds, bases = self.rows[seq - 1]
        return card_of(lic, kinds, "\n".join(bases) or None, None)

    def walked(self, seq: int) -> LineageFacts:
        def lookup(base: str, _child: Card) -> Card | str:
            found = self.locate(base)
            return found if isinstance(found, str) else card_of(*found[1])

        return facts(walk(self.rows[seq - 1][0], self.card(seq), lookup), tree=False)


def _same(joined: LineageFacts, walked: LineageFacts) -> None:
    assert joined.upstream == walked.upstream
    assert joined.drift == walked.drift
    assert joined.unresolved == walked.unresolved
    assert joined.conflicts == tuple(dict.fromkeys(walked.conflicts))  # the audit record keeps each once
    assert joined.terms == walked.terms


def _joined_or_walked(world: World, summaries: Summaries, seq: int) -> bool:
    """Checks the card in row `seq`; whether it was joined."""
    joined = summaries.facts(seq, world.rows[seq - 1][0], world.card(seq))
    if joined is not None:
        _same(joined, world.walked(seq))
    return joined is not None


names = st.sampled_from([f"org/m{i}" for i in range(12)] + ["ORG/M1", "org/M2", "elsewhere/x"])
rows = st.lists(
    st.tuples(
        names,
        st.sampled_from(LICENCES),
        st.sampled_from(KINDS),
        st.lists(names, max_size=3).map(tuple),
    ),
    min_size=1,
    max_size=14,
)


@settings(max_examples=400, deadline=None)
@given(rows, st.randoms(use_true_random=False))
def test_joined_facts_are_the_walks(cards: list[Any], rng: Any) -> None:
    """Random lineages (merges, diamonds, cycles, names differing in case, a name on two rows, bases
    not in the set): every card joined has the walk's facts, whatever order cards come in."""
    world = World(cards)
    summaries = Summaries(world.locate, card_of)
    order = list(range(1, len(cards) + 1))
    rng.shuffle(order)
    for seq in order + order:  # the second time from summaries kept the first time
        _joined_or_walked(world, summaries, seq)


def _chain(length: int) -> World:
    """org/m0 <- org/m1 <- ... <- org/m{length}: the last card has `length` generations above it."""
    rows = [("org/m0", "llama3.1", "naming", ())]
    rows += [(f"org/m{i}", "mit" if i % 2 else "apache-2.0", None, (f"org/m{i - 1}",)) for i in range(1, length + 1)]
    return World(rows)


def test_a_chain_is_joined_up_to_the_walks_depth_and_walked_beyond() -> None:
    # MAX_DEPTH generations: the walk reaches the top model; one more and it stops with a problem.
    for length, joined in ((MAX_DEPTH, True), (MAX_DEPTH + 1, False)):
        world = _chain(length)
        summaries = Summaries(world.locate, card_of)
        for seq in range(1, length + 2):  # each card in scan order, as pass 2 meets them
            assert _joined_or_walked(world, summaries, seq) == (seq <= MAX_DEPTH + 1)
        assert _joined_or_walked(world, summaries, length + 1) == joined
        if not joined:
            assert "lineage deeper than" in world.walked(length + 1).unresolved[0]


def test_a_long_chain_locates_each_base_once() -> None:
    """Each card joins its base's summary, kept when that base was the card before: one lookup per
    card however long the chain (a walk looks up every generation)."""
    world = _chain(MAX_DEPTH)
    summaries = Summaries(world.locate, card_of)
    for seq in range(2, MAX_DEPTH + 2):
        assert summaries.facts(seq, world.rows[seq - 1][0], world.card(seq)) is not None
    assert world.located == MAX_DEPTH
    joined = summaries.facts(MAX_DEPTH + 1, f"org/m{MAX_DEPTH}", world.card(MAX_DEPTH + 1))
    assert joined is not None and joined.upstream == ("mit", "apache-2.0", "llama3.1")
    assert joined.drift == ("naming",) and world.located == MAX_DEPTH  # kept: not located again


def test_a_cycle_and_a_lineage_too_large_are_walked() -> None:
    cycle = World([("org/a", "mit", None, ("org/b",)), ("org/b", "apache-2.0", None, ("org/a",))])
    summaries = Summaries(cycle.locate, card_of)
    assert summaries.facts(1, "org/a", cycle.card(1)) is None
    assert "cycle" in cycle.walked(1).unresolved[0]
    # MAX_NODES bases are joined; one more and the walk stops at its budget: walked.
    for count, joined in ((MAX_NODES, True), (MAX_NODES + 1, False)):
        bases = tuple(f"org/b{i}" for i in range(count))
        wide = World([("org/wide", "mit", None, bases), *((b, "gpl-3.0", None, ()) for b in bases)])
        found = Summaries(wide.locate, card_of).facts(1, "org/wide", wide.card(1))
        assert (found is not None) == joined
        if found is not None:
            _same(found, wide.walked(1))


def test_kept_summaries_stay_bounded(monkeypatch: Any) -> None:
    """Summaries kept are capped (memory stays flat on any number of cards); an evicted one is made again."""
    from openlint.audit import lineage_facts

    monkeypatch.setattr(lineage_facts, "SUMMARIES", 3)
    world = _chain(MAX_DEPTH)
    summaries = Summaries(world.locate, card_of)
    for seq in [*range(2, MAX_DEPTH + 2), *range(2, MAX_DEPTH + 2)]:
        assert _joined_or_walked(world, summaries, seq)
        assert len(summaries._made) <= 3


def test_an_audit_walks_a_cycle_and_joins_the_rest(tmp_path: Any) -> None:
    """In an audit, cards whose lineage meets a cycle (its members, and a derivative outside it) are
    walked, the cycle reported as the walk reports it; a plain chain beside them is joined."""
    import io
    import json

    from openlint.audit import run as audit

    cards = {
        "org/a": "license: mit\nbase_model: org/b",
        "org/b": "license: apache-2.0\nbase_model: org/a",
        "org/c": "license: mit\nbase_model: org/a",
        "org/d": "license: llama3.1",
        "org/e": "license: mit\nbase_model: org/d",
    }
    for name, meta in cards.items():
        (tmp_path / name).mkdir(parents=True)
        (tmp_path / name / "README.md").write_text(f"---\n{meta}\n---\n", encoding="utf-8")
    out = io.StringIO()
    audit.run(str(tmp_path), out, jobs=1)
    records = {r["id"]: r for r in map(json.loads, out.getvalue().splitlines())}
    assert records["org/a"]["unresolved_bases"] == ["org/a (cycle in base_model links)"]
    assert records["org/c"]["unresolved_bases"] == ["org/a (cycle in base_model links)"]
    assert records["org/c"]["upstream_licenses"] == ["mit", "apache-2.0"]
    assert records["org/e"]["upstream_licenses"] == ["llama3.1"] and "naming" in records["org/e"]["drift"]
