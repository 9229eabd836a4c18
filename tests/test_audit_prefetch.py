"""Pass 2 looks the base models of a chunk of rows up together (AuditIndex.prefetch): the same rows as
one query per name (_locate) finds, for ids in any case, repositories found by their last two parts,
ids stated twice (the first card scanned wins) and names not in the audit set."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from openlint.audit import index as audit_index
from openlint.audit import lineage_pass
from openlint.audit import run as audit
from openlint.audit.index import MISSING, AuditIndex, row


def _record(ident: str, lic: str, bases: list[str] | None = None) -> dict[str, Any]:
    record: dict[str, Any] = {"schema_version": "x", "path": f"{ident}/README.md", "model": ident, "id": ident}
    record["license"] = lic
    if bases:
        record["base_model"] = bases
    record["findings"] = []
    return record


def _filled(tmp_path: Path, records: list[dict[str, Any]]) -> AuditIndex:
    index = AuditIndex(str(tmp_path / "index.sqlite"), str(tmp_path))
    for _ in index.fill(row(r) for r in records):
        pass
    return index


NAMES = [
    "org/base",  # an id as stated
    "ORG/Base",  # another case of it
    "models/org/deep",  # an id with three parts
    "org/deep",  # found by the last two parts of one
    "org/twice",  # stated by two cards: the first scanned
    "nowhere/else",  # not in the set
    "a/b/c",  # three parts, not in the set: no search by repository
    "",
]


def test_prefetched_rows_are_the_rows_one_query_per_name_finds(tmp_path: Path) -> None:
    records = [
        _record("org/base", "mit"),
        _record("models/org/deep", "apache-2.0", ["org/base"]),
        _record("org/twice", "llama3.1"),
        _record("Org/Twice", "gemma"),
    ]
    with _filled(tmp_path, records) as index:
        single = {name: index._locate(name) for name in NAMES}
        index.prefetch(NAMES)
        assert index._prefetched == single
        assert single["ORG/Base"] == single["org/base"] != MISSING
        assert single["org/deep"] == single["models/org/deep"] != MISSING
        assert single["org/twice"][1][0] == "llama3.1"  # type: ignore[index]
        assert single["nowhere/else"] == single["a/b/c"] == MISSING


def test_a_prefetched_name_is_located_without_a_query(tmp_path: Path) -> None:
    with _filled(tmp_path, [_record("org/base", "mit")]) as index:
        expected = index._locate("org/base")
        index.prefetch(["org/base", "gone/away"])
        db = index.db
        index.db = None  # type: ignore[assignment]  # any query now fails
        try:
            assert index.locate("org/base") == expected
            assert index.locate("gone/away") == MISSING
        finally:
            index.db = db


def test_more_names_than_one_query_takes_are_looked_up_in_several(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit_index, "PREFETCH", 3)
    records = [_record(f"org/m{i}", "mit") for i in range(10)]
    with _filled(tmp_path, records) as index:
        names = [f"org/m{i}" for i in range(12)]
        single = {name: index._locate(name) for name in names}
        index.prefetch(names)
        assert index._prefetched == single
        assert sum(found == MISSING for found in single.values()) == 2


def test_pass_two_prefetches_each_chunk_and_writes_what_single_lookups_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(40):
        folder = tmp_path / "cards" / "org" / f"m{i}"
        folder.mkdir(parents=True)
        base = f"base_model: org/m{i + 2}\n" if i % 3 else ""
        lic = ("llama3.1", "mit", "gemma")[i % 3]
        (folder / "README.md").write_text(f"---\nlicense: {lic}\n{base}---\n", encoding="utf-8")
    root = str(tmp_path / "cards")
    batched = io.StringIO()
    monkeypatch.setattr(lineage_pass, "CHUNK", 7)
    chunks: list[int] = []
    prefetch = AuditIndex.prefetch

    def counted(self: AuditIndex, names: Any) -> None:
        chunks.append(1)
        prefetch(self, names)

    monkeypatch.setattr(AuditIndex, "prefetch", counted)
    audit.run(root, batched)
    assert len(chunks) == 6  # 40 rows, 7 at a time
    monkeypatch.setattr(AuditIndex, "prefetch", lambda self, names: None)  # every base by its own query
    single = io.StringIO()
    audit.run(root, single)
    assert batched.getvalue() == single.getvalue()
    assert '"unresolved_bases":["org/m40 (base model not in the audit set)"]' in batched.getvalue()


def test_an_audit_reusing_its_kept_index_prefetches_the_base_models(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second audit of unchanged cards reads its kept index (not the rows it wrote itself, whose columns
    differ): what it prefetches are the cards' base models, not another column's values."""
    for i in range(6):
        folder = tmp_path / "cards" / "org" / f"m{i}"
        folder.mkdir(parents=True)
        base = f"base_model: org/m{i + 1}\n" if i % 2 else ""
        (folder / "README.md").write_text(f"---\nlicense: llama3.1\n{base}---\n", encoding="utf-8")
    root, kept = str(tmp_path / "cards"), str(tmp_path / "kept.sqlite")
    first = io.StringIO()
    audit.run(root, first, index=kept)
    asked: list[list[str]] = []
    prefetch = AuditIndex.prefetch

    def spied(self: AuditIndex, names: Any) -> None:
        asked.append(sorted(names))
        prefetch(self, names)

    monkeypatch.setattr(AuditIndex, "prefetch", spied)
    again = io.StringIO()
    audit.run(root, again, index=kept)
    assert asked == [["org/m2", "org/m4", "org/m6"]]
    assert again.getvalue() == first.getvalue()


def test_a_row_naming_many_bases_prefetches_no_more_than_a_lineage_looks_up(tmp_path: Path) -> None:
    from openlint.sources.lineage import MAX_NODES

    many = [f"org/b{i}" for i in range(5 * MAX_NODES)]
    with _filled(tmp_path, [_record("org/base", "mit"), _record("org/merge", "mit", many)]) as index:
        asked: list[list[str]] = []
        index.prefetch = lambda names: asked.append(list(names))  # type: ignore[method-assign]
        rows = list(lineage_pass.LineagePass(index)._prefetched(index.rows(1, None, "seq, bases"), "seq, bases"))
    assert len(rows) == 2
    assert asked == [many[:MAX_NODES]]


def _steps(index: AuditIndex, names: list[str]) -> int:
    """SQLite virtual-machine steps one prefetch of these names takes."""
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    index.db.set_progress_handler(count, 1)
    try:
        index.prefetch(names)
    finally:
        index.db.set_progress_handler(None, 1)
    return steps[0]


@pytest.mark.parametrize("name", ["org/twice", "models/org/twice"])
def test_a_prefetch_reads_one_row_per_name_however_many_cards_share_its_id(tmp_path: Path, name: str) -> None:
    """Every chunk of pass 2 prefetches its bases: reading every card that shares a base's id (or its last
    two parts) would make an audit of N copies of one id quadratic. The work stays that of one row."""
    steps = []
    for copies in (10, 1000):
        folder = tmp_path / str(copies)
        folder.mkdir()
        records = [_record(name, "mit")] + [_record(name, "gemma") for _ in range(copies)]  # the first wins
        with _filled(folder, records) as index:
            steps.append(_steps(index, [name.removeprefix("models/")]))
            assert index._prefetched[name.removeprefix("models/")][1][0] == "mit"  # type: ignore[index]
    assert steps[1] < 2 * steps[0]
