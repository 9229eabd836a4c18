"""Write src/openlint/text/_regex_programs.bin: the regex programs of every regex the text reader
compiles when first needed, and of every regex a module of openlint.text or openlint.sources compiles
when imported (openlint.text.programs.prebuilt), as this interpreter's regex compiler emits them.

    python scripts/build_regex_programs.py

Run it after editing text patterns or the clause lexicon (tests/test_text_programs.py checks the
file is current), with the interpreter the benchmarks and tests run (its tag is in the file; any
other interpreter compiles every regex as usual).
"""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
import zlib
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from openlint.text import programs  # noqa: E402
from openlint.text._anchor_table import ALTERNATIVES  # noqa: E402
from openlint.text.anchors import pattern_regexes  # noqa: E402
from openlint.text.block_needles import letterless, regex_sources  # noqa: E402
from openlint.text.clause_lexicon import LEXICON, joined_words  # noqa: E402
from openlint.text.clauses import active, screen_sources  # noqa: E402
from openlint.text.extract import _needles as extract_needles  # noqa: E402
from openlint.text.kept_lists import _NEEDLES as KEPT_NEEDLES  # noqa: E402
from openlint.text.numbers import territory_source  # noqa: E402
from openlint.text.patterns import PATTERNS  # noqa: E402
from openlint.text.regex import Regex, table_key  # noqa: E402

# Run in a fresh interpreter: each module compiles its regexes once, when first imported.
_IMPORT_ALL = """
import importlib, json, pkgutil, sys
from openlint.text import programs
programs.RECORDED = []
import openlint.sources, openlint.text
for package in (openlint.text, openlint.sources):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(module.name)
json.dump(programs.RECORDED, sys.stdout)
"""


def module_sources() -> list[tuple[str, int]]:
    """Every regex the modules of openlint.text and openlint.sources compile when imported."""
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )
    return [(source, flags) for source, flags in json.loads(done.stdout)]


def sources() -> Iterator[tuple[str, int]]:
    """Every regex the reader compiles lazily, with its flags: each pattern's alternatives as the
    anchor table splits it (or the whole regex), its chains' parts, a Near chain's first regex and
    steps, and each group and veto of the shipped clause lexicon."""
    for pattern in PATTERNS:
        for regex in pattern_regexes(pattern.regex):
            if not isinstance(regex, Regex):  # a Near chain's step, compiled by `_p` (re.S)
                yield regex.pattern, re.S
                continue
            split = ALTERNATIVES.get(table_key(regex.pattern), ())
            if not split:
                yield regex.pattern, regex.flags
            start = 0
            for end, _ in split:
                yield regex.pattern[start:end], regex.flags
                start = end + 1
            for chain in regex.chains():
                yield from ((part, chain.flags) for part in chain.parts())
    yield territory_source(), re.IGNORECASE  # compiled on a first territory needle, ~45 ms
    yield from ((source, re.S) for source in screen_sources() if source)  # the lexicon's screens (clauses._ScreenIndex)
    for needles in (extract_needles(), KEPT_NEEDLES):  # the needle tables' tries (block_needles)
        for table in (needles, letterless(needles)):
            yield from ((source, re.S) for source in regex_sources(table) if source)
    for compiled in active(LEXICON):
        for group in compiled.concept.groups:
            yield joined_words(group), 0
        if compiled._vetoes:
            yield joined_words(compiled._vetoes), 0
    yield from module_sources()


class _Recorder:
    """Stands in for the regex engine inside re._compiler: keeps the arguments of `compile`."""

    def __init__(self, engine: Any) -> None:
        self.engine, self.args = engine, ()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.engine, name)

    def compile(self, *args: Any) -> Any:
        self.args = args
        return self.engine.compile(*args)


def program(source: str, flags: int) -> tuple[Any, ...]:
    """The arguments `re._compiler.compile` passes the engine for this source, the code compressed."""
    compiler: Any = sys.modules["re._compiler"]
    engine = compiler._sre
    recorder = _Recorder(engine)
    compiler._sre = recorder
    try:
        compiler.compile(source, flags)
    finally:
        compiler._sre = engine
    args = recorder.args
    assert args[0] == source and isinstance(args[2], list), "re._compiler.compile changed: update this script"
    return (args[0], int(args[1]), zlib.compress(array("I", args[2]).tobytes(), 9), *args[3:])


def render() -> bytes:
    table: dict[str, tuple[int, tuple[Any, ...]]] = {}
    for source, flags in sources():
        if source in table and table[source][0] != flags:
            raise SystemExit(f"one source with two flags: {source[:80]!r}")
        table.setdefault(source, (int(flags), program(source, flags)))
    re.purge()
    return marshal.dumps((programs.TAG, table))


if __name__ == "__main__":
    data = render()
    programs.PROGRAMS.write_bytes(data)
    print(f"wrote {programs.PROGRAMS.relative_to(REPO)}: {len(data):,} bytes, tag {programs.TAG}")
