"""Which parts of a text are not in English, so a reading can say what it did not read.

The patterns read English, plus a few common clauses of Chinese licenses (non-commercial,
research-only, monthly-user caps, copyright notices, training other models). Lines mostly in
another script are reported as ranges, so a bilingual or Chinese-only license is never silently
read as saying nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator

MAX_RANGES = 5
_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
_KANA_HANGUL = re.compile("[\u3040-\u30ff\uac00-\ud7af]")
_NON_LATIN = re.compile("[^\\W\\d_a-zA-Z\u00c0-\u024f]")  # letters outside the Latin script


def _language(line: str) -> str | None:
    letters = sum(1 for ch in line if ch.isalpha())
    if letters < 2:
        return None
    other = len(_NON_LATIN.findall(line))
    if other * 2 < letters:
        return None
    if _KANA_HANGUL.search(line):
        return "Japanese or Korean"
    if _CJK.search(line):
        return "Chinese"
    return "a language other than English"


_NON_ASCII = re.compile("[^\x00-\x7f]")


def _non_ascii_lines(text: str) -> Iterator[tuple[int, str]]:
    """(1-based number, line) of each line holding a character outside ASCII: a line of ASCII is
    never foreign (it has no letter outside the Latin script), and most lines of a long text are."""
    number, counted, at = 1, 0, 0
    while (found := _NON_ASCII.search(text, at)) is not None:
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.end())
        end = len(text) if end == -1 else end
        number += text.count("\n", counted, start)
        counted = start
        yield number, text[start:end]
        at = end + 1


def foreign_passages(text: str) -> list[str]:
    """'lines 12-40 (Chinese): ...' for each run of lines mostly outside the Latin script."""
    if text.isascii():
        return []
    runs: list[tuple[int, int, str]] = []
    for number, line in _non_ascii_lines(text):
        language = _language(line)
        if language is None:
            continue
        if runs and runs[-1][2] == language and number - runs[-1][1] <= 2:
            runs[-1] = (runs[-1][0], number, language)
        else:
            runs.append((number, number, language))
    notes = []
    for start, end, language in runs[:MAX_RANGES]:
        where = f"lines {start}-{end}" if end > start else f"line {start}"
        if language == "Chinese":
            notes.append(
                f"{where} (Chinese): only common clauses are read in Chinese (non-commercial, research-only, "
                "user caps, copyright notices, training other models); check the rest by hand"
            )
        else:
            notes.append(f"{where} ({language}): not read; check them by hand")
    if len(runs) > MAX_RANGES:
        notes.append(f"and {len(runs) - MAX_RANGES} more passages not in English")
    return notes
