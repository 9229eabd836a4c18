"""The on-disk SQLite index of `openlint audit` with lineage: pass 1 stores every card in it as a row
(`row`), pass 2 (openlint.audit.lineage_pass) streams the rows back out and looks base models up in it.

Memory does not grow with the number of cards: rows live on disk, SQLite's page cache is capped
(`CACHE_KIB`) and so is the cache of looked-up parents (`LOOKUP_CACHE`).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from openlint.audit.jsonline import dumps
from openlint.audit.read_terms import stored_terms, terms_json
from openlint.checking.rule_spec import RULE_CODE
from openlint.errors import OpenlintError
from openlint.sources.lineage import Card

if TYPE_CHECKING:
    from openlint.core.catalog import LicenseEntry

SCHEMA = "openlint-audit-index/5"  # 3: records carry schema_version; 4: id, label, problems; 5: terms
CACHE_KIB = 2048  # SQLite page cache, whatever the number of cards
BATCH = 1000  # rows per insert transaction (the last one is written while the workers wait)
LOOKUP_CACHE = 4096  # parents looked up recently: chains and popular bases hit it
PREFETCH = 400  # base model names looked up in one query (under SQLite's oldest limit of 999 parameters)
MISSING = "base model not in the audit set"
APPLICATION_ID = 0x4F4C4149  # "OLAI" in the SQLite header: marks a file as an openlint audit index
_CODES = re.compile(f"^(?:{RULE_CODE}(?:,{RULE_CODE})*)?$")  # rule codes, comma-separated


class AuditIndexError(OpenlintError):
    """The audit index file cannot be created, read or reused."""


def _connect(path: str) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    # Scratch data: a crash leaves an index without the `complete` mark, which is rebuilt, never reused.
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    return db


def _meta(db: sqlite3.Connection) -> dict[str, str]:
    try:
        return dict(db.execute("SELECT key, value FROM meta"))
    except sqlite3.DatabaseError:
        return {}


def _is_ours(db: sqlite3.Connection, meta: dict[str, str]) -> bool:
    """An openlint index: our application id, or (written before the id) our schema mark and only our
    two tables. Anything else is another application's file and is left alone."""
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError:
        return False
    if app_id == APPLICATION_ID:
        return True
    marked = str(meta.get("schema", "")).startswith("openlint-audit-index/")
    return app_id == 0 and marked and tables <= {"meta", "cards"}


def checked_record(line: object, codes: object, *columns: object) -> tuple[dict[str, Any], list[str]]:
    """A stored row as it is streamed out: a JSON object (re-serialised by the caller, so nothing raw
    from the file reaches the output) and rule codes (OL000, ACME000); anything else means the file was
    edited."""
    try:
        if not isinstance(codes, str | None) or not _CODES.match(codes or ""):
            raise ValueError("finding codes")
        if not isinstance(line, str) or not all(isinstance(c, str | None) for c in columns):
            raise ValueError("column types")
        record = json.loads(line)
        if not isinstance(record, dict) or not isinstance(record.get("findings"), list):
            raise ValueError("not a card record")
    except (ValueError, RecursionError) as exc:
        raise AuditIndexError(f"a row of the audit index is not valid ({exc}): delete the index and rerun") from None
    return record, codes.split(",") if codes else []


class AuditIndex:
    """Cards by id: license, restrictive kinds, base models, and the pass-1 JSON line to stream back."""

    def __init__(self, path: str | None, root: str, listing: str = "") -> None:
        """`listing` identifies the cards under `root` (their paths, sizes and times): an index is reused
        only when both match."""
        self._temp = path is None
        made: str | None = None  # a temporary file made here: removed whatever stops the set-up
        try:
            if path is None:
                fd, path = tempfile.mkstemp(prefix="openlint-audit-", suffix=".sqlite")
                made = path
                os.close(fd)
            try:
                self.db = _connect(path)
                meta = _meta(self.db)
            except (OSError, sqlite3.Error) as exc:
                raise AuditIndexError(f"{path or 'temporary file'}: {exc}") from None
            self._prepare(path, root, listing, meta)
        except BaseException:
            if made is not None:
                if hasattr(self, "db"):
                    self.db.close()
                with contextlib.suppress(OSError):
                    os.unlink(made)
            raise

    def _prepare(self, path: str, root: str, listing: str, meta: dict[str, str]) -> None:
        self.path = path
        self.trusted = False  # rows this process wrote in this run (see lineage)
        self._cached_locate = lru_cache(maxsize=LOOKUP_CACHE)(self._locate)
        self._prefetched: dict[str, tuple[int, tuple[Any, ...]] | str] = {}
        if not self._temp and os.path.getsize(path) and not _is_ours(self.db, meta):
            self.db.close()  # another application's database: its tables are never dropped
            raise AuditIndexError(f"{path}: exists and is not an openlint audit index")
        self.reused = (
            meta.get("schema") == SCHEMA
            and meta.get("root") == root
            and meta.get("complete") == "1"
            and meta.get("listing") == listing
        )
        self.stale = bool(meta) and not self.reused  # a kept index that no longer matches the cards
        if not self.reused:
            self.trusted = True
            self.db.executescript(
                "DROP TABLE IF EXISTS meta; DROP TABLE IF EXISTS cards;"
                "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);"
                "CREATE TABLE cards(seq INTEGER PRIMARY KEY, key TEXT, repo TEXT, license TEXT, kinds TEXT,"
                " bases TEXT, relation TEXT, codes TEXT, ident TEXT, label TEXT, problems TEXT, terms TEXT,"
                " line TEXT NOT NULL);"
            )
            self.db.executemany(
                "INSERT INTO meta VALUES (?, ?)", [("schema", SCHEMA), ("root", root), ("listing", listing)]
            )
            self.db.execute(f"PRAGMA application_id={APPLICATION_ID}")

    @classmethod
    def reader(cls, path: str, trusted: bool = False) -> AuditIndex:
        """A complete index another process filled, opened to read pass-2 rows from (`trusted`: the
        parent filled it in this run)."""
        index = cls.__new__(cls)
        index._temp = False
        index.trusted = trusted
        index.path = path
        index.reused = True
        index.stale = False
        try:
            index.db = _connect(path)
        except sqlite3.Error as exc:
            raise AuditIndexError(f"{path}: {exc}") from None
        index._cached_locate = lru_cache(maxsize=LOOKUP_CACHE)(index._locate)
        index._prefetched = {}
        return index

    def close(self) -> None:
        self.db.close()
        if self._temp:
            os.unlink(self.path)

    def __enter__(self) -> AuditIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM cards").fetchone()[0])

    def fill(self, records: Iterable[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
        """Store pass-1 rows (`row` of each record, made by the workers) in batches (one transaction
        each), passing each row on."""
        rows: list[tuple[Any, ...]] = []
        for record in records:
            rows.append(record)
            yield record
            if len(rows) >= BATCH:
                self._insert(rows)
        self._insert(rows)
        # Indexing after the bulk load is faster than maintaining the index row by row.
        self.db.execute("CREATE INDEX cards_key ON cards(key)")
        self.db.execute("CREATE INDEX cards_repo ON cards(repo)")
        self.db.execute("INSERT INTO meta VALUES ('complete', '1')")

    def _insert(self, rows: list[tuple[Any, ...]]) -> None:
        self.db.execute("BEGIN")
        self.db.executemany(
            "INSERT INTO cards(key, repo, license, kinds, bases, relation, codes, ident, label, problems, terms, line)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        self.db.execute("COMMIT")
        rows.clear()

    def last(self) -> int:
        """The sequence number of the last card stored."""
        return int(self.db.execute("SELECT coalesce(max(seq), 0) FROM cards").fetchone()[0])

    def rows(self, lo: int, hi: int | None, columns: str) -> Iterator[tuple[Any, ...]]:
        """These columns of the cards with lo <= seq < hi, in scan order."""
        return self.db.execute(
            f"SELECT {columns} FROM cards WHERE seq >= ? AND seq < ? ORDER BY seq",
            (lo, hi if hi is not None else 1 << 62),
        )

    def lookup(self, name: str) -> Card | str:
        """The card a base model link names, or why there is none."""
        found = self.locate(name)
        return found if isinstance(found, str) else card_of(*found[1])

    def locate(self, name: str) -> tuple[int, tuple[Any, ...]] | str:
        """The row a base model link names (recently located ones cached): its number and its columns
        as card_of reads them; or why there is none."""
        return self._cached_locate(name)

    def prefetch(self, names: Iterable[str]) -> None:
        """Look these base model names up together (a few queries instead of one per name): `locate`
        then finds them without a query. Replaces the names prefetched before."""
        wanted = list(dict.fromkeys(names))
        found: dict[str, tuple[int, tuple[Any, ...]] | str] = {}
        for at in range(0, len(wanted), PREFETCH):
            found.update(self._located(wanted[at : at + PREFETCH]))
        self._prefetched = found

    def _located(self, names: list[str]) -> dict[str, tuple[int, tuple[Any, ...]] | str]:
        """_locate of each name, in two queries (by id; then, for "org/name" ids not found, by the
        last two parts of a card's id): the first card scanned wins, as in _locate."""
        keys = {name: name.lower() for name in names}
        rows = self._first_rows("key", set(keys.values()))
        repos = {key for key in keys.values() if key not in rows and key.count("/") == 1}
        by_repo = self._first_rows("repo", repos)
        return {name: rows.get(key) or by_repo.get(key) or MISSING for name, key in keys.items()}

    def _first_rows(self, column: str, values: set[str]) -> dict[str, tuple[int, tuple[Any, ...]]]:
        """The first row scanned (lowest seq) for each value of `column`: one index seek per value
        (ORDER BY seq LIMIT 1), however many cards share it; rows sharing a value are never all read."""
        if not values:
            return {}
        wanted = ",".join(["(?)"] * len(values))
        return {
            value: (seq, tuple(rest))
            for value, seq, *rest in self.db.execute(
                f"WITH wanted(value) AS (VALUES {wanted})"
                " SELECT wanted.value, seq, license, kinds, bases, relation, terms FROM wanted JOIN cards ON"
                f" seq = (SELECT seq FROM cards WHERE {column} = wanted.value ORDER BY seq LIMIT 1)",
                tuple(values),
            )
        }

    def _locate(self, name: str) -> tuple[int, tuple[Any, ...]] | str:
        # Hub ids are case-insensitive; the first card scanned wins when an id occurs twice (cache snapshots).
        # An "org/name" not found as an id is looked for as the last two parts of one: a mirror audited
        # from above its org folders (MIRROR/models/org/name) holds the same repositories.
        prefetched = self._prefetched.get(name)
        if prefetched is not None:
            return prefetched
        return self._located([name])[name]


def card_of(
    lic: str | None, kinds: str | None, bases: str | None, relation: str | None, terms: str | None = None
) -> Card:
    """A card as `row` stored it: kinds comma-separated, base models one per line, the terms of a
    licence read from a text as JSON."""
    if not all(isinstance(c, str | None) for c in (lic, kinds, bases, relation, terms)):
        raise AuditIndexError("a row of the audit index is not valid (column types): delete the index and rerun")
    return Card(
        lic,
        tuple(bases.split("\n")) if bases else (),
        relation,
        frozenset(kinds.split(",")) if kinds else frozenset(),
        terms=_stored(terms, lic) if terms else None,
    )


def _stored(terms: str, lic: str | None) -> LicenseEntry:
    entry = stored_terms(terms, lic)
    if entry is None:
        raise AuditIndexError("a row of the audit index is not valid (licence terms): delete the index and rerun")
    return entry


def row(record: dict[str, Any], terms: LicenseEntry | None = None) -> tuple[Any, ...]:
    """A card record as the index stores it (made in the worker that read the card); `terms`: the
    entry of its licence when it was read from a licence text, kept for the cards derived from it."""
    bases = [b for b in (str(x).strip() for x in record.get("base_model", [])) if b and "\n" not in b]
    key = str(record.get("id", "")).lower()
    return (
        key,
        "/".join(key.split("/")[-2:]),  # the repository id a deeper path ends with
        record.get("license"),
        ",".join(record.get("restrictive", [])),
        "\n".join(bases) or None,
        record.get("base_model_relation"),
        ",".join(record.get("findings", [])),
        record.get("id"),
        record.get("model"),
        dumps(problems) if isinstance(problems := record.get("card_problems"), list) and problems else None,
        terms_json(terms) if terms is not None and terms.id == record.get("license") else None,
        dumps(record),
    )
