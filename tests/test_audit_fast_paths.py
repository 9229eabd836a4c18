"""The audit's fast paths answer exactly what the slow ones answer: a card's id from string slicing as
from pathlib and relpath, and a card's record through the scan as through the YAML loader alone."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from openlint.audit import run as audit_run
from openlint.sources import card as card_module

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from hub_cards import hub_card, name

PARTS = ["a", "org", "models--org--m", "models--x", "snapshots", "rev", ".", "..", "", "b c", "-"]


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.sampled_from(PARTS), min_size=0, max_size=3),
    st.lists(st.sampled_from(PARTS), min_size=0, max_size=4),
    st.sampled_from(["", "/", "./"]),
    st.sampled_from(["", "/"]),
)
def test_card_id_by_slicing_is_card_id_by_pathlib(
    root_parts: list[str], below: list[str], lead: str, trail: str
) -> None:
    root = lead + "/".join(root_parts) + trail
    path = "/".join(p for p in (root.rstrip("/") if root != "/" else "", *below, "README.md"))
    if root == "/":
        path = "/" + "/".join([*below, "README.md"])
    directory = audit_run.os.path.dirname(path)
    for given_root in (root or ".", None):
        assert audit_run.card_id(path, given_root) == audit_run._card_id_slow(directory, given_root)


def test_card_ids_of_a_mirror_and_an_hf_cache() -> None:
    assert audit_run.card_id("m/org/name/README.md", "m") == "org/name"
    assert audit_run.card_id("m/models--org--name/snapshots/abc/README.md", "m") == "org/name"
    assert audit_run.card_id("models--org--name/snapshots/abc/README.md", "models--org--name") == "org/name"
    assert audit_run.card_id("m/README.md", "m") == "m"


def test_audit_records_through_the_scan_equal_those_through_yaml_alone(tmp_path: Path) -> None:
    """Hub-shaped cards (model-index, quoted templates across lines, dates, broken shapes): every
    record, findings included, is the same when the fast paths are switched off."""
    rng = random.Random(5)
    paths = []
    for i in range(120):
        text = hub_card(rng, i)
        if i % 7 == 0:  # a broken line: the loader reports it, and so must the scan path
            text = text.replace("\n  results:", "\n results:", 1)
        folder = tmp_path / name(i)
        folder.mkdir(parents=True)
        (folder / "README.md").write_text(text, encoding="utf-8")
        paths.append(str(folder / "README.md"))
    fast = [audit_run.audit_card(p, str(tmp_path)) for p in paths]
    original = card_module.fast_parse, card_module.scan_card_keys
    card_module.fast_parse = lambda _block: None  # type: ignore[assignment]
    card_module.scan_card_keys = lambda _block: None  # type: ignore[assignment]
    try:
        slow = [audit_run.audit_card(p, str(tmp_path)) for p in paths]
    finally:
        card_module.fast_parse, card_module.scan_card_keys = original
    assert fast == slow
    assert sum("card_problems" in r for r in fast) >= 10  # the broken cards are reported on both paths
