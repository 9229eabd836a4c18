"""One output layer: every renderer, keyed by (command, format).

A renderer is a pure function `(document, options) -> str`: it writes nothing and decides no exit
code. The CLI builds the command's document, asks `render(command, fmt, ...)` and writes the string
where it belongs. Renderer modules are imported only when their format is asked for (start-up time of
the pre-commit hook). `openlint audit` streams JSON Lines record by record and is not a string
renderer; its records are versioned by `schema_versions.AUDIT`.

A new format for a command: a module under output/ with a pure `render`, one adapter below, one
entry in RENDERERS; the command's `--format` choices come from `formats(command)`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    from openlint.checking.engine import Report
    from openlint.checking.rules import Rule
    from openlint.core.compatibility import Combination
    from openlint.core.explanation import Explanation
    from openlint.openness.classify import Verdict
    from openlint.sources.deps import Dependency
    from openlint.text.read import DocumentReading

D = TypeVar("D", contravariant=True)


@dataclass(frozen=True)
class RenderOptions:
    """What a renderer may know besides the document: never the whole config."""

    colour: bool = False


class Renderer(Protocol[D]):
    def __call__(self, document: D, options: RenderOptions, /) -> str: ...


@dataclass(frozen=True)
class CheckDocument:
    report: Report
    rules: Sequence[Rule] = ()  # the rules that ran (SARIF lists their metadata)


@dataclass(frozen=True)
class ReadingDocument:
    query: str
    readings: Sequence[DocumentReading]
    cards: Sequence[dict[str, Any]] = field(default_factory=tuple)  # model cards of directories explained
    not_read: Sequence[tuple[str, str]] = ()  # (directory, what was not read there and why)


@dataclass(frozen=True)
class DepsDocument:
    dependencies: Sequence[Dependency]
    allowed: frozenset[str] | set[str] | None  # None: no allow-list, so nothing was judged


def _check_printable(document: CheckDocument) -> Report:
    from openlint.output.escape import printable_tree

    return printable_tree(document.report)  # card and header text never reaches a terminal raw


def _check_text(document: CheckDocument, options: RenderOptions) -> str:
    from openlint.output import check_text

    return check_text.render(_check_printable(document), colour=options.colour)


def _check_json(document: CheckDocument, options: RenderOptions) -> str:
    from openlint.output import check_json

    return check_json.render(document.report)


def _check_sarif(document: CheckDocument, options: RenderOptions) -> str:
    from openlint.output import sarif

    return sarif.render(document.report, document.rules)


def _check_github(document: CheckDocument, options: RenderOptions) -> str:
    from openlint.output import github

    return github.render(_check_printable(document))


def _check_markdown(document: CheckDocument, options: RenderOptions) -> str:
    from openlint.output import markdown

    return markdown.render(_check_printable(document))


def _explain_text(document: Explanation, options: RenderOptions) -> str:
    from openlint.output import explain_text
    from openlint.output.escape import printable_lines

    return printable_lines(explain_text.render(document))


def _explain_json(document: Explanation, options: RenderOptions) -> str:
    from openlint.output import explain_json

    return explain_json.render(document)


def _reading_text(document: ReadingDocument, options: RenderOptions) -> str:
    from openlint.output import reading_text
    from openlint.output.escape import printable_lines
    from openlint.sources.directory import describe

    cards = "".join(describe(card) + "\n\n" for card in document.cards)
    paths = frozenset(str(card["path"]) for card in document.cards if card.get("path"))
    return printable_lines(cards + reading_text.render(list(document.readings), paths))


def _reading_json(document: ReadingDocument, options: RenderOptions) -> str:
    from openlint.output import reading_json

    return reading_json.render(document.query, document.readings, document.cards, document.not_read)


def _openness_text(document: Sequence[Verdict], options: RenderOptions) -> str:
    from openlint.output import openness_text
    from openlint.output.escape import printable_lines

    return printable_lines(openness_text.render(list(document)))


def _openness_json(document: Sequence[Verdict], options: RenderOptions) -> str:
    from openlint.output import openness_json

    return openness_json.render(list(document))


def _deps_text(document: DepsDocument, options: RenderOptions) -> str:
    from openlint.output import deps_text

    return deps_text.render(document.dependencies, judged=document.allowed is not None)


def _deps_json(document: DepsDocument, options: RenderOptions) -> str:
    from openlint.output import deps_json

    return deps_json.render(document.dependencies, document.allowed)


def _combine_text(document: Combination, options: RenderOptions) -> str:
    from openlint.output import combination

    return combination.render_text(document)


def _combine_json(document: Combination, options: RenderOptions) -> str:
    from openlint.output import combination

    return combination.render_json(document)


DocT = TypeVar("DocT")


@dataclass(frozen=True)
class Renderers(Generic[DocT]):
    """The formats of one command, in the order `--help` lists them (the first is the default)."""

    command: str
    by_format: dict[str, Renderer[DocT]]

    def formats(self) -> tuple[str, ...]:
        return tuple(self.by_format)

    def render(self, fmt: str, document: DocT, options: RenderOptions | None = None) -> str:
        try:
            renderer = self.by_format[fmt]
        except KeyError:
            raise ValueError(f"openlint {self.command} has no {fmt!r} format") from None
        return renderer(document, options or RenderOptions())


CHECK: Renderers[CheckDocument] = Renderers(
    "check",
    {
        "text": _check_text,
        "json": _check_json,
        "sarif": _check_sarif,
        "github": _check_github,
        "markdown": _check_markdown,
    },
)
EXPLAIN: Renderers[Explanation] = Renderers("explain", {"text": _explain_text, "json": _explain_json})
READING: Renderers[ReadingDocument] = Renderers("explain", {"text": _reading_text, "json": _reading_json})
OPENNESS: Renderers[Sequence[Verdict]] = Renderers("openness", {"text": _openness_text, "json": _openness_json})
DEPS: Renderers[DepsDocument] = Renderers("deps", {"text": _deps_text, "json": _deps_json})
COMBINE: Renderers[Combination] = Renderers("combine", {"text": _combine_text, "json": _combine_json})
