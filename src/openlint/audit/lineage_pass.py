"""Pass 2 of `openlint audit` with lineage: the cards streamed back out of the index
(openlint.audit.index) in scan order, each card naming base models with its lineage fields and the
codes its lineage adds (OL408, OL409, OL411, OL108)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

from openlint.audit.index import AuditIndex, card_of, checked_record
from openlint.audit.jsonline import dumps
from openlint.audit.lineage_facts import Summaries
from openlint.audit.naming import NAMING_RULE, unmet_names
from openlint.audit.read_terms import read_catalog, read_terms
from openlint.sources.lineage import MAX_NODES, Card, LineageFacts, facts, walk

if TYPE_CHECKING:
    from openlint.core.catalog import LicenseEntry

_TRUSTED = "seq, key, license, kinds, bases, relation, codes, ident, label, problems, terms, line"
_KEPT = "seq, key, license, kinds, bases, relation, codes, terms, line"
CHUNK = 256  # rows whose base models are looked up together


class LineagePass:
    """Pass 2 over one index: its rows' lines with their cards' lineage findings added."""

    def __init__(self, index: AuditIndex) -> None:
        self.index = index
        self._summaries = Summaries(index.locate, card_of)

    def _facts(self, seq: int, name: object, card: Card) -> LineageFacts:
        """The card's lineage facts: joined from its bases' summaries, or walked where they cannot be."""
        found = self._summaries.facts(seq, name, card) if isinstance(name, str) else None
        if found is None:
            lookup = self.index.lookup
            found = facts(walk(name, card, lambda base, _child: lookup(base)), tree=False)  # type: ignore[arg-type]
        return found

    def lines(self, lo: int = 1, hi: int | None = None) -> Iterator[tuple[str, list[str]]]:
        """The JSON line and finding codes of every card with lo <= seq < hi, in scan order, with
        lineage findings added to the cards that name base models."""
        if self.index.trusted:
            yield from self._trusted_lines(lo, hi)
            return
        for columns in self._prefetched(self.index.rows(lo, hi, _KEPT), _KEPT):
            yield self._parsed_row(*columns)

    def _prefetched(self, rows: Iterable[tuple[Any, ...]], columns: str) -> Iterator[tuple[Any, ...]]:
        """The rows (of `columns`, as selected), a chunk at a time, with the base models the chunk names
        looked up together. At most MAX_NODES per row, the most a lineage looks
        up: a row of a kept index naming a million bases prefetches no more."""
        bases_at = columns.split(", ").index("bases")  # derived: a column list edited cannot drift from it
        rows = iter(rows)
        while chunk := list(islice(rows, CHUNK)):
            names = (
                base
                for columns in chunk
                if isinstance(bases := columns[bases_at], str)
                for base in bases.split("\n", MAX_NODES)[:MAX_NODES]
            )
            self.index.prefetch(names)
            yield from chunk

    def _parsed_row(
        self, seq: int, key: Any, lic: Any, kinds: Any, bases: Any, relation: Any, codes: Any, terms: Any, line: Any
    ) -> tuple[str, list[str]]:
        """One row of a kept index: parsed, checked and encoded again (nothing raw reaches the output)."""
        record, checked = checked_record(line, codes, key, lic, kinds, bases, relation, terms)
        if not bases:
            return dumps(record), checked
        card = card_of(lic, kinds, bases, relation, terms)
        found = self._facts(seq, record.get("id", key), card)
        record.update(
            upstream_licenses=list(found.upstream),
            drift=list(found.drift),
            unresolved_bases=list(found.unresolved),
            merge_conflicts=list(dict.fromkeys(found.conflicts)),  # a diamond lineage finds one merge twice
        )
        record["findings"] = findings = _with_lineage_codes(record, key, lic, found, card.terms)
        record["name_prefix_missing"] = _unmet_names(str(record.get("id", key)), lic, found, findings, card.terms)
        return dumps(record), findings

    def _trusted_lines(self, lo: int, hi: int | None) -> Iterator[tuple[str, list[str]]]:
        """`lines` over rows this run wrote (openlint.audit.index.row): their lines are openlint's own
        JSON, so a card with no base model streams its line as stored, and one with base models gets its
        lineage fields appended to it (the order json.dumps gives the updated record) instead of being
        parsed again. A line not ending as `row` wrote it takes the parsing path."""
        from openlint.audit.lineage_codes import lineage_codes

        dumps = _strings
        rows = self._prefetched(self.index.rows(lo, hi, _TRUSTED), _TRUSTED)
        for seq, key, lic, kinds, bases, relation, codes, ident, label, problems, terms, line in rows:
            ident = key if ident is None else ident  # pass-1 records always have an id: never None here
            own = codes.split(",") if codes else []
            if not bases:
                yield line, own
                continue
            tail = ',"findings":' + dumps(own) + "}"
            if not line.endswith(tail):  # not the last field: parse and re-encode, as for a kept index
                yield self._parsed_row(seq, key, lic, kinds, bases, relation, codes, terms, line)
                continue
            card = card_of(lic, kinds, bases, relation, terms)
            found = self._facts(seq, ident, card)
            conflicts = list(dict.fromkeys(found.conflicts))  # a diamond lineage finds one merge twice
            stated = json.loads(problems) if problems else []
            added = lineage_codes(
                ident,
                key if label is None else label,
                lic,
                stated,
                found.upstream,
                found.drift,
                found.unresolved,
                conflicts,
                read_terms(card.terms, found),
            )
            findings = sorted(set(own) | set(added))
            unnamed = _unmet_names(ident, lic, found, findings, card.terms)
            added_fields = (
                f',"upstream_licenses":{dumps(list(found.upstream))},"drift":{dumps(list(found.drift))}'
                f',"unresolved_bases":{dumps(list(found.unresolved))},"merge_conflicts":{dumps(conflicts)}'
                f',"name_prefix_missing":{dumps(unnamed)}}}'
            )
            yield f'{line[: -len(tail)]},"findings":{dumps(findings)}{added_fields}', findings


def _with_lineage_codes(
    record: dict[str, Any], key: str, lic: str | None, found: LineageFacts, own: LicenseEntry | None
) -> list[str]:
    """The card's pass-1 codes and those the audit rules give its lineage facts (openlint.audit.lineage_codes)."""
    from openlint.audit.lineage_codes import lineage_codes

    problems = record.get("card_problems")
    added = lineage_codes(
        str(record.get("id", key)),
        str(record.get("model", key)),
        lic,
        [str(p) for p in problems] if isinstance(problems, list) else [],
        found.upstream,
        found.drift,
        found.unresolved,
        record["merge_conflicts"],
        read_terms(own, found),
    )
    return sorted({str(code) for code in record["findings"]} | set(added))


def _unmet_names(
    ident: str, lic: str | None, found: LineageFacts, findings: list[str], own: LicenseEntry | None = None
) -> list[str]:
    """The naming duties behind OL108, from its own decisions (only on a card it fired on)."""
    if NAMING_RULE not in findings:
        return []
    return unmet_names(ident, (lic, *found.upstream), read_catalog(read_terms(own, found)), fired=True)


_OPEN: dict[str, LineagePass] = {}  # in a worker: pass 2 over the index it reads rows from


def lineage_task(path: str, lo: int, hi: int, trusted: bool = False) -> list[tuple[str, list[str]]]:
    """A worker's share of pass 2: the lines of cards lo <= seq < hi of the (complete) index at `path`,
    opened once per worker and read only (`trusted`: filled by the parent in this run)."""
    found = _OPEN.get(path)
    if found is None:
        _OPEN.clear()
        found = _OPEN[path] = LineagePass(AuditIndex.reader(path, trusted))
    return list(found.lines(lo, hi))


def _strings(items: list[str]) -> str:
    """json.dumps of a list of strings, joined directly when no item needs escaping (rule codes,
    licence ids: nearly always)."""
    if not items:
        return "[]"
    joined = '","'.join(items)
    if joined.count('"') == 2 * len(items) - 2 and joined.isascii() and joined.isprintable() and "\\" not in joined:
        return f'["{joined}"]'
    return dumps(items)
