"""Pass 2 over rows this run wrote appends the lineage fields to the stored line instead of parsing it
again (openlint.audit.lineage_pass); a kept index reused later is parsed, checked and encoded again. Both must
write the same bytes."""

from __future__ import annotations

import io
import json
import os
import random
import string
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openlint.audit import index as audit_index
from openlint.audit import lineage_pass
from openlint.audit import run as audit

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from hub_cards import hub_card, name


def _hub_tree(root: Path, count: int) -> None:
    """Hub-shaped cards with lineage families, merges and missing bases, plus cards with problems:
    broken front matter, a base named twice, a card that is not a regular file."""
    rng = random.Random(11)
    for i in range(count):
        folder = root / name(i)
        folder.mkdir(parents=True)
        (folder / "README.md").write_text(hub_card(rng, i), encoding="utf-8")
    broken = root / "odd" / "broken"
    broken.mkdir(parents=True)
    (broken / "README.md").write_text("---\nlicense: mit\nbase_model: [a\n---\n", encoding="utf-8")
    twice = root / "odd" / "twice"
    twice.mkdir()
    (twice / "README.md").write_text(f"---\nlicense: mit\nbase_model: {name(3)}\nlicense: gemma\n---\n", "utf-8")
    fifo = root / "odd" / "fifo"
    fifo.mkdir()
    os.mkfifo(fifo / "README.md")


_LOG = Path()
_TASK = lineage_pass.lineage_task


def _logged_task(path: str, lo: int, hi: int, trusted: bool = False) -> list[tuple[str, list[str]]]:
    """lineage_task, noting whether it was told its rows are trusted (a module function: pickled to workers)."""
    with _LOG.open("a") as out:
        out.write(f"{trusted}\n")
    return _TASK(path, lo, hi, trusted)


def _spy(monkeypatch: pytest.MonkeyPatch, method: str) -> list[int]:
    calls: list[int] = []
    original = getattr(lineage_pass.LineagePass, method)

    def counted(self: lineage_pass.LineagePass, *args: Any) -> Any:
        calls.append(1)
        return original(self, *args)

    monkeypatch.setattr(lineage_pass.LineagePass, method, counted)
    return calls


@pytest.mark.skipif(sys.platform == "win32", reason="mkfifo")
@pytest.mark.parametrize("jobs", [1, 2])
def test_rows_of_this_run_stream_as_a_reused_index_parses_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    _hub_tree(tmp_path / "cards", 300)
    kept = str(tmp_path / "audit.sqlite")
    parsed = _spy(monkeypatch, "_parsed_row")
    log = tmp_path / "tasks.log"  # what each pass-2 task was told (in the workers with --jobs 2)
    monkeypatch.setattr(sys.modules[__name__], "_LOG", log)
    monkeypatch.setattr(lineage_pass, "lineage_task", _logged_task)
    fresh, reused = io.StringIO(), io.StringIO()
    counts = audit.run(str(tmp_path / "cards"), fresh, jobs=jobs, index=kept)
    assert parsed == []  # every row this run wrote was streamed without parsing (--jobs 2: in the workers)
    assert audit.run(str(tmp_path / "cards"), reused, jobs=jobs, index=kept) == counts
    assert len(parsed) == (303 if jobs == 1 else 0) and counts["cards"] == 303  # reused: each row parsed
    assert fresh.getvalue() == reused.getvalue()
    if jobs > 1:  # trusted rows in the first run's tasks only
        told = log.read_text().split()
        assert set(told[: told.index("False")]) == {"True"} and set(told[told.index("False") :]) == {"False"}
    lines = fresh.getvalue().splitlines()
    with_bases = [line for line in lines if '"upstream_licenses":' in line]
    assert len(with_bases) > 100  # the appended fields were exercised, on most cards
    assert any('"card_problems":' in line for line in with_bases)  # problems and a label through columns


@pytest.mark.skipif(sys.platform == "win32", reason="mkfifo")
def test_a_line_whose_last_field_is_not_findings_is_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Should a record ever gain a field after `findings`, appending would misplace it: such a line is
    parsed and encoded again, never spliced."""
    _hub_tree(tmp_path / "cards", 60)
    row = audit_index.row

    def reordered(record: dict[str, Any], terms: Any = None) -> tuple[Any, ...]:
        return row({**record, "later": "a field after findings"}, terms)

    monkeypatch.setattr(audit_index, "row", reordered)
    parsed = _spy(monkeypatch, "_parsed_row")
    kept = str(tmp_path / "audit.sqlite")
    fresh, reused = io.StringIO(), io.StringIO()
    audit.run(str(tmp_path / "cards"), fresh, jobs=1, index=kept)
    assert len(parsed) == sum('"upstream_licenses":' in line for line in fresh.getvalue().splitlines()) > 20
    audit.run(str(tmp_path / "cards"), reused, jobs=1, index=kept)
    assert fresh.getvalue() == reused.getvalue()


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(st.text(), st.text(alphabet=string.printable), st.sampled_from(['"', "\\", "", ","]))))
def test_lists_of_strings_are_encoded_as_json_dumps_encodes_them(items: list[str]) -> None:
    assert lineage_pass._strings(items) == json.dumps(items, separators=(",", ":"))
