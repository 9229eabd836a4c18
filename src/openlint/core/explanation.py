"""Explain a license name or expression: which licenses, and what they require."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from openlint.core.catalog import Catalog, default_catalog
from openlint.core.kinds import RESTRICTIVENESS
from openlint.core.obligations import Obligation
from openlint.core.resolve import ResolvedLicense, resolve_name
from openlint.errors import ExpressionError, UnknownLicenseError

# Cap on OR-alternatives after distributing AND over OR: a pathological expression
# must not explode (2**n alternatives).
MAX_ALTERNATIVES = 64
MAX_QUERY_LENGTH = 4096

# Unknown terms are never "least restrictive": we cannot know what they demand.
UNKNOWN_RESTRICTIVENESS = 1000


@dataclass(frozen=True)
class Alternative:
    """One way to comply with an expression: every license in it applies (AND)."""

    licenses: tuple[ResolvedLicense, ...]
    restrictiveness: int

    @property
    def obligations(self) -> tuple[Obligation, ...]:
        return _union(self.licenses)


@dataclass(frozen=True)
class Explanation:
    """What a license query means: the licenses named and the obligations they carry."""

    query: str
    expression: str
    licenses: tuple[ResolvedLicense, ...]
    alternatives: tuple[Alternative, ...]
    truncated: bool = False

    @property
    def least_restrictive(self) -> Alternative:
        return min(self.alternatives, key=lambda alt: alt.restrictiveness)

    @property
    def is_choice(self) -> bool:
        return len(self.alternatives) > 1

    @property
    def obligations(self) -> tuple[Obligation, ...]:
        """Obligations of the least restrictive alternative (all of them for a plain AND)."""
        return self.least_restrictive.obligations


def _union(licenses: tuple[ResolvedLicense, ...]) -> tuple[Obligation, ...]:
    out: list[Obligation] = []
    for lic in licenses:
        if lic.entry is not None:
            out.extend(ob for ob in lic.entry.obligations if ob not in out)
    return tuple(out)


def _restrictiveness(licenses: tuple[ResolvedLicense, ...]) -> int:
    score = 0
    for lic in licenses:
        if lic.entry is None:
            score += UNKNOWN_RESTRICTIVENESS
        else:
            score += sum(RESTRICTIVENESS.get(ob.kind, 5) for ob in lic.entry.obligations)
    return score


# A query license-expression parses to one symbol whose key is the query itself (checked against the
# parser in tests/test_explain.py); the operators are the exception.
_LONE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9.+_-]*")
_OPERATORS = frozenset({"and", "or", "with"})


def _parse(query: str) -> Any:
    from license_expression import ExpressionError as LEExpressionError
    from license_expression import ExpressionParseError, Licensing

    try:
        parsed = Licensing().parse(query, validate=False, strict=False)
    except (LEExpressionError, ExpressionParseError) as exc:
        raise ExpressionError(f"malformed license expression {query!r}: {exc}") from None
    # license-expression signals some malformed inputs with a bare assert ("( AND mit")
    except (TypeError, ValueError, IndexError, AttributeError, RecursionError, AssertionError) as exc:
        raise ExpressionError(f"malformed license expression {query!r}: {type(exc).__name__}") from None
    if parsed is None:
        raise ExpressionError("empty license expression")
    return parsed


def _resolve_symbol(symbol: Any, catalog: Catalog, keep_unknown: bool = False) -> ResolvedLicense:
    exception = None
    if hasattr(symbol, "license_symbol"):
        from openlint.core.license_exceptions import check_exception

        exception = check_exception(str(symbol.exception_symbol.key), str(symbol.license_symbol.key))
        symbol = symbol.license_symbol
    try:
        resolved = resolve_name(str(symbol.key), catalog)
    except UnknownLicenseError as exc:
        if not keep_unknown:
            raise
        resolved = ResolvedLicense(query=exc.name, status="unknown", note=str(exc))
    if exception is None:
        return resolved
    note = f"with the exception '{exception}', which grants extra permissions: check how it relaxes these obligations"
    return ResolvedLicense(
        query=resolved.query,
        status=resolved.status,
        matched_by=resolved.matched_by,
        entry=resolved.entry,
        spdx=resolved.spdx,
        exception=exception,
        candidates=resolved.candidates,
        note=note if resolved.note is None else f"{resolved.note}; {note}",
    )


def _alternatives(
    node: Any, catalog: Catalog, state: dict[str, bool], keep_unknown: bool = False
) -> list[tuple[ResolvedLicense, ...]]:
    """Disjunctive normal form: a list of AND-groups, capped at MAX_ALTERNATIVES."""
    from license_expression import Licensing

    licensing = Licensing()
    if isinstance(node, licensing.OR):
        alts: list[tuple[ResolvedLicense, ...]] = []
        for arg in node.args:
            alts.extend(_alternatives(arg, catalog, state, keep_unknown))
        return _cap(alts, state)
    if isinstance(node, licensing.AND):
        acc: list[tuple[ResolvedLicense, ...]] = [()]
        for arg in node.args:
            parts = _alternatives(arg, catalog, state, keep_unknown)
            acc = _cap([a + tuple(p for p in b if p not in a) for a in acc for b in parts], state)
        return acc
    return [(_resolve_symbol(node, catalog, keep_unknown),)]


def _cap(alts: list[tuple[ResolvedLicense, ...]], state: dict[str, bool]) -> list[tuple[ResolvedLicense, ...]]:
    if len(alts) > MAX_ALTERNATIVES:
        state["truncated"] = True
        return alts[:MAX_ALTERNATIVES]
    return alts


def _render(node: Any, resolved: dict[str, ResolvedLicense]) -> str:
    """The expression with each term replaced by the id it resolved to."""
    from license_expression import Licensing

    licensing = Licensing()
    by_query = {lic.query.lower(): lic.id for lic in resolved.values()}
    if isinstance(node, (licensing.AND, licensing.OR)):
        op = " AND " if isinstance(node, licensing.AND) else " OR "
        parts = []
        for arg in node.args:
            text = _render(arg, resolved)
            nested = isinstance(arg, (licensing.AND, licensing.OR)) and type(arg) is not type(node)
            parts.append(f"({text})" if nested else text)
        return op.join(parts)
    if hasattr(node, "license_symbol"):
        base = by_query.get(str(node.license_symbol.key).lower(), str(node.license_symbol.key))
        return f"{base} WITH {node.exception_symbol.key}"
    return by_query.get(str(node.key).lower(), str(node.key))


def explain(query: str, catalog: Catalog | None = None, *, keep_unknown: bool = False) -> Explanation:
    """Resolve a license id, Hub tag, ScanCode key, loose name or SPDX expression.

    Raises ``UnknownLicenseError`` (with the closest names) or ``ExpressionError``. With `keep_unknown`,
    an expression that names some known licenses keeps its unknown terms as `status="unknown"` members
    instead (the known terms' obligations still apply); it raises only when no term is known.
    """
    catalog = catalog if catalog is not None else default_catalog()
    if not isinstance(query, str):
        raise ExpressionError(f"a license query must be a string, not {type(query).__name__}")
    cleaned = query.strip()
    if not cleaned:
        raise ExpressionError("empty license name")
    if len(cleaned) > MAX_QUERY_LENGTH:
        raise ExpressionError(f"license query too long ({len(cleaned)} characters)")
    if not cleaned.isprintable():
        raise ExpressionError("license query contains control or non-printable characters")
    state = {"truncated": False}
    if _LONE_NAME.fullmatch(cleaned) and cleaned.lower() not in _OPERATORS:
        # One bare id (most queries, and every model `check` reads): license-expression would parse it
        # to a symbol keyed by the text itself, so it is resolved without importing that parser.
        return _explained(query, [(resolve_name(cleaned, catalog),)], state)
    parsed = _parse(cleaned)
    try:
        groups = _alternatives(parsed, catalog, state)
    except RecursionError:
        raise ExpressionError("license expression is nested too deeply") from None
    except UnknownLicenseError as exc:
        # A whole-query loose name ("Llama 3.1 Community License") may contain 'and'/'or'.
        if cleaned != exc.name:
            try:
                groups = [(resolve_name(cleaned, catalog),)]
            except UnknownLicenseError:
                groups = _partly_known(parsed, catalog, state, exc) if keep_unknown else []
                if not groups:
                    raise exc from None
        else:
            raise
    return _explained(query, groups, state, parsed)


def _partly_known(
    parsed: Any, catalog: Catalog, state: dict[str, bool], exc: UnknownLicenseError
) -> list[tuple[ResolvedLicense, ...]]:
    """The expression's alternatives with unknown terms kept as such; none when no term is known."""
    state["truncated"] = False
    groups = _alternatives(parsed, catalog, state, keep_unknown=True)
    if all(lic.status == "unknown" for group in groups for lic in group):
        return []
    return groups


def _explained(
    query: str, groups: list[tuple[ResolvedLicense, ...]], state: dict[str, bool], parsed: Any = None
) -> Explanation:
    seen: dict[str, ResolvedLicense] = {}
    for group in groups:
        for lic in group:
            seen.setdefault(lic.id, lic)
    alternatives = tuple(Alternative(g, _restrictiveness(g)) for g in groups)
    return Explanation(
        query=query,
        expression=_render(parsed, seen) if len(groups) > 1 or len(groups[0]) > 1 else groups[0][0].id,
        licenses=tuple(seen.values()),
        alternatives=alternatives,
        truncated=state["truncated"],
    )
