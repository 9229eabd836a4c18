"""Regexes whose character classes span wide ranges take milliseconds to compile (the re module
fills a 64K map one code point at a time): start-up compiles none of them unless a text needs it,
and a class rewritten to compile faster matches exactly the characters it did."""

from __future__ import annotations

import re
import subprocess
import sys

from openlint.sources.card_scan import _ODD
from openlint.text.view import _cjk, _cjk_if_any

# The class as first written: PyYAML's printable characters, negated.
PRINTABLE_NEGATED = "[^\n\r\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"


def test_odd_characters_are_those_outside_the_printable_set() -> None:
    every = "".join(map(chr, range(sys.maxunicode + 1)))  # lone surrogates included
    expected = [m.start() for m in re.finditer(PRINTABLE_NEGATED, every)]
    assert [m.start() for m in _ODD.finditer(every)] == expected
    assert len(expected) == 32 - 2 + 33 + 2 + 2048 + 3  # C0 but \n \r, DEL and C1, LS PS, surrogates, BOM, 2


def _compiled_after(code: str) -> str:
    script = (
        "import openlint.text.view as v, openlint.text.language as l\n"
        f"{code}\n"
        "print(v._cjk.cache_info().currsize, l._script.cache_info().currsize)"
    )
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.strip()


def test_a_text_without_cjk_compiles_no_cjk_class() -> None:
    read = "from openlint.text.read import read_text; read_text({!r}, 'LICENSE')"
    assert _compiled_after("") == "0 0"
    ascii_text = "Permission is hereby granted, free of charge.\n\nTHE SOFTWARE IS PROVIDED AS IS.\n"
    assert _compiled_after(read.format(ascii_text)) == "0 0"
    quoted = "\u201cLicensed Material\u201d \u00a9 2024 Acme\u00a0Inc.\n*You must* keep this notice.\n\n\u2028\n"
    assert _compiled_after(read.format(quoted)) == "0 0"  # beyond ASCII, but no CJK character
    chinese = "本许可证允许\n非商业用途使用。\n\n" * 3
    assert _compiled_after(read.format(chinese)) == "1 3"  # a Chinese line: Korean, Japanese, then Chinese


def test_the_utf8_lead_bytes_find_every_cjk_character() -> None:
    """A text is tested with the CJK class only when its UTF-8 holds a lead byte of U+3000-U+9FFF or
    U+F000-U+FFFF: every character of the class has one (beyond the BMP it has none to match)."""
    cjk = _cjk()
    chars = [chr(c) for c in range(0x10000) if cjk.match(chr(c))]
    assert len(chars) == 64 + 192 + 6592 + 20992 + 240
    assert all(_cjk_if_any(f"a \u201c{char}\u201d") is cjk for char in chars)
    assert _cjk_if_any("\u201cquoted\u201d \u00a9 \u2028 \ud800 \U0001f600 \u0430") is None
