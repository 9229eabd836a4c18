"""The shipped regex programs (text/programs.py): current, the same regexes re.compile makes, and a
first reading compiles none of the regexes they hold."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from openlint.text import programs
from repo_scripts import load_script

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "licenses"


def _script() -> ModuleType:
    return load_script("build_regex_programs")


def _table() -> dict[str, tuple[int, tuple[Any, ...]]]:
    table = programs._loaded()
    if not table:
        pytest.skip(f"the shipped programs are for another interpreter than {programs.TAG}")
    return table


def test_shipped_programs_are_current() -> None:
    _table()
    assert _script().render() == programs.PROGRAMS.read_bytes(), "run: python scripts/build_regex_programs.py"


def test_the_programs_hold_every_regex_the_reader_compiles_lazily() -> None:
    table = _table()
    listed = list(_script().sources())
    assert {source for source, _ in listed} == set(table)
    assert len(table) > 300  # the patterns' alternatives, Near steps, chain parts, lexicon groups and vetoes


def test_a_shipped_program_is_the_regex_re_compile_makes() -> None:
    texts = [
        (CORPUS / name).read_text(encoding="utf-8").lower()
        for name in ("ai/llama3.1-community.txt", "spdx/Apache-2.0.txt")
    ]
    for source, (flags, _) in _table().items():
        shipped, made = programs.prebuilt(source, flags), re.compile(source, flags)
        assert shipped is not made and (shipped.pattern, shipped.flags, shipped.groups, shipped.groupindex) == (
            made.pattern,
            made.flags,
            made.groups,
            made.groupindex,
        )
        for text in texts:
            assert [m.span() for m in shipped.finditer(text)] == [m.span() for m in made.finditer(text)], source


def test_another_source_flag_or_interpreter_is_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    source, (flags, _) = next(iter(_table().items()))
    assert programs.prebuilt(source + "x", flags).pattern == source + "x"  # not in the table
    assert programs.prebuilt(source, flags | re.I).flags & re.I  # other flags: compiled as asked
    monkeypatch.setattr(programs, "_programs", [])
    monkeypatch.setattr(programs, "TAG", ("another interpreter",))
    assert programs._loaded() == {}
    assert programs.prebuilt(source, flags).pattern == source
    monkeypatch.setattr(programs, "_programs", [])
    monkeypatch.setattr(programs, "PROGRAMS", programs.PROGRAMS.with_name("no-such-file.bin"))
    assert programs._loaded() == {}  # a checkout that never built the file compiles as usual


SCRIPT = textwrap.dedent(
    """
    import json, sys
    import re._compiler as compiler
    from openlint.text.read import read_text
    from openlint.text import programs
    compiled = []
    make = compiler.compile
    def counted(source, flags=0):
        compiled.append(source)
        return make(source, flags)
    compiler.compile = counted
    with open(sys.argv[1], encoding="utf-8") as handle:
        reading = read_text(handle.read(), "LICENSE")
    held = programs._loaded()
    print(json.dumps({"shipped": len(held), "held": sum(source in held for source in compiled),
                      "all": len(compiled), "obligations": len(reading.obligations)}))
    """
)


@pytest.mark.parametrize("name", ["ai/llama3.1-community.txt", "spdx/Apache-2.0.txt"])
def test_a_first_reading_compiles_no_regex_the_programs_hold(name: str) -> None:
    _table()
    env = {key: value for key, value in os.environ.items() if not key.startswith("COVERAGE_")}
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(CORPUS / name)], capture_output=True, text=True, timeout=120, env=env
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    # Before the programs the Llama 3.1 text compiled ~115 pattern and lexicon regexes in its first reading.
    assert result["shipped"] > 300 and result["held"] == 0 and result["obligations"] > 0, result


IMPORT_SCRIPT = textwrap.dedent(
    """
    import json, sys
    import re._compiler as compiler
    ours = []
    make = compiler.compile
    def counted(source, flags=0):
        frame = sys._getframe(1)
        while "/re/" in frame.f_code.co_filename:  # the caller of re.compile
            frame = frame.f_back
        where = frame.f_code.co_filename.rsplit("/openlint/", 1)[-1]
        if where.startswith(("text/", "sources/")) and isinstance(source, str):
            ours.append(where + ":" + str(frame.f_lineno))
        return make(source, flags)
    compiler.compile = counted
    import openlint.text.read, openlint.sources.card, openlint.sources.card_lines
    print(json.dumps(ours))
    """
)


def test_importing_the_reader_and_the_card_sources_compiles_no_regex() -> None:
    # ~166 regexes (of str) the modules of openlint.text and openlint.sources compile when imported are shipped too
    # (prebuilt); before, importing the reader compiled them (~40 ms of a one-shot `explain LICENSE`).
    _table()
    env = {key: value for key, value in os.environ.items() if not key.startswith("COVERAGE_")}
    proc = subprocess.run([sys.executable, "-c", IMPORT_SCRIPT], capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == []
