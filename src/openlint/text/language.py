"""Which parts of a text are not in English, so a reading can say what it did not read.

The patterns read English, plus a few common clauses of Chinese licenses (non-commercial,
research-only, monthly-user caps, copyright notices, training other models) and the common duty clauses
of French, Spanish, German, Portuguese, Italian, Russian, Ukrainian, Japanese and Korean ones (a small
lexicon per language). Lines mostly in another script (Korean, Japanese, Chinese, Cyrillic ...) or plainly
in another Latin-script language (French, German, Spanish, Italian, Portuguese, Dutch: told by their
function words) are reported as ranges with what is read in them, so a bilingual or foreign-language
license is never silently read as saying nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from openlint.text.programs import prebuilt

MAX_RANGES = 5
# Scripts told apart on a line mostly outside the Latin script, in this order; each class compiled
# when first needed (their wide ranges took ~3 ms to compile, and most texts have no such line).
_SCRIPTS = (
    ("Korean", "[\u1100-\u11ff\uac00-\ud7af]"),
    ("Japanese", "[\u3040-\u30ff]"),
    ("Chinese", "[\u3400-\u4dbf\u4e00-\u9fff]"),
    (
        "Ukrainian",
        "[\u0404\u0406\u0407\u0490\u0454\u0456\u0457\u0491]",
    ),  # letters Russian has not (\u0454 \u0456 \u0457 \u0491)
    ("Cyrillic", "[\u0400-\u04ff]"),  # Russian, or another language in the Cyrillic script
)
_NON_LATIN = prebuilt("[^\\W\\d_a-zA-Z\u00c0-\u024f]")  # letters outside the Latin script


# Latin-script languages, told from English by their commonest short words (none of them English).
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_FUNCTION_WORDS = {
    "French": _words(
        "le la les des du de et est une un pour dans que qui sur pas ne vous avec ce au aux ou par sont cette "
        "il mais à leur"
    ),
    "German": _words(
        "der die das und ist nicht mit für von zu den dem ein eine auf sie werden oder auch des sich im wird "
        "zur zum bei nur über"
    ),
    "Spanish": _words("el la los las y del por para con una que se su es al lo como usted sus"),
    "Italian": _words("il lo la gli le di del della che per con una non sono è al dei alla"),
    "Portuguese": _words("o os as da do das dos e em para com uma que não por ao se você"),
    "Dutch": _words("de het een en van is niet met voor op dat zijn te die u uw wordt"),
}
_ENGLISH = _words("the and of to in is for with that you this or be by any not may are as on it your shall")
# Each language's function words that are not English ones, and all of them (a line with fewer
# than four of these is in none of the languages: most lines of an English text are decided here).
_FOREIGN_ONLY = {language: vocabulary - _ENGLISH for language, vocabulary in _FUNCTION_WORDS.items()}
_ANY_FOREIGN = frozenset().union(*_FOREIGN_ONLY.values())
_WORD = prebuilt(r"[^\W\d_]+")
_LATIN_ACCENTS = prebuilt("[\u00c0-\u024f]")


def _latin_language(line: str) -> str | None:
    """A Latin-script line's language when it is plainly not English: at least four of that language's
    function words, and more than twice as many as English ones ("die", "a" and "in" alone decide nothing)."""
    words = _WORD.findall(line.lower())
    if len(words) < 6 or sum(map(_ANY_FOREIGN.__contains__, words)) < 4:
        return None
    english = sum(map(_ENGLISH.__contains__, words))
    best, count = None, 0
    for language, foreign in _FOREIGN_ONLY.items():
        hits = sum(map(foreign.__contains__, words))
        if hits > count:
            best, count = language, hits
    return best if count >= 4 and count > 2 * english else None


def foreign_line(line: str) -> bool:
    """Whether a line is in another language than English (another script, or plainly another Latin-script one)."""
    return _language(line) is not None


def english_prose(text: str) -> bool:
    """Whether a passage holds English prose: at least two of English's commonest words."""
    return sum(map(_ENGLISH.__contains__, _WORD.findall(text.lower()))) >= 2


def _continues(line: str, vocabulary: frozenset[str]) -> bool:
    """A short line that goes on a foreign paragraph: one of its language's words, no English one."""
    words = _WORD.findall(line.lower())
    return any(word in vocabulary for word in words) and not any(word in _ENGLISH for word in words)


def _language(line: str) -> str | None:
    if line.isascii():  # no letter outside the Latin script; fewer than 2 letters is fewer than 6 words
        return _latin_language(line)
    letters = sum(map(str.isalpha, line))
    if letters < 2:
        return None
    other = len(_NON_LATIN.findall(line))
    if other * 2 < letters:
        return _latin_language(line)
    for language, chars in _SCRIPTS:
        if _script(chars).search(line):
            return language
    return "a language other than English"


@cache
def _script(chars: str) -> re.Pattern[str]:
    return re.compile(chars)


_NON_ASCII = prebuilt("[^\x00-\x7f]")


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


def _all_lines(text: str) -> Iterator[tuple[int, str]]:
    """(1-based number, line) of every line, one at a time (no list of the text's lines)."""
    number, at = 1, 0
    while at <= len(text):
        end = text.find("\n", at)
        end = len(text) if end == -1 else end
        yield number, text[at:end]
        number, at = number + 1, end + 1


# Languages whose common duty clauses a lexicon reads (openlint.text.patterns.foreign_clauses), and those clauses.
_LEXICON_LANGUAGES = frozenset({"French", "Spanish", "German", "Portuguese", "Italian", "Ukrainian", "Cyrillic"})
_LEXICON_CLAUSES = (
    "commercial use by registration, credit, the same license for what is shared, "
    "no modifying or sharing, a copy of the license, training other models, terms that may change"
)

# What the Latin-script lexicons read beside (round 13, fixQ): foreign_clauses' grants, conditions and harmful uses.
_LATIN_CLAUSES = (
    "research-only, copyright notices, marking changes, conditions passed on to recipients, unlawful or other harmful "
    "use, "
)


# Function words of the Latin-script languages that English never uses (none a name, unit or domain): a text of
# plain ASCII holding many of them is looked at line by line (French written without accents). Counted as
# substrings between spaces (a regex scan of 2 MB of one-letter words cost a second).
_ASCII_FOREIGN = tuple(
    f" {word} "
    for words in (
        ("les", "des", "une", "pour", "dans", "avec", "sont", "cette"),  # French
        ("und", "ist", "nicht", "werden", "oder"),  # German
        ("los", "las", "del", "para", "una", "por"),  # Spanish
        ("della", "che", "sono", "gli"),  # Italian
        ("uma", "dos"),  # Portuguese
        ("het", "een", "niet", "voor"),  # Dutch
    )
    for word in words
)
MIN_ASCII_FOREIGN = 10  # such words in a text of plain ASCII, and at least one in 50 words


def _ascii_foreign(text: str) -> bool:
    hits = sum(text.count(word) for word in _ASCII_FOREIGN)
    return hits >= MIN_ASCII_FOREIGN and hits * 50 >= text.count(" ")


def foreign_passages(text: str) -> list[str]:
    """'lines 12-40 (Chinese): ...' for each run of lines mostly outside the Latin script, or in a
    Latin-script language other than English (French, German ...: looked for only in a text holding
    an accented letter, where its lines of plain ASCII are read too, or many of those languages' words)."""
    if text.isascii():
        if not _ascii_foreign(text):
            return []
        lines = _all_lines(text)
    else:
        lines = _all_lines(text) if _LATIN_ACCENTS.search(text) else _non_ascii_lines(text)
    runs: list[tuple[int, int, str]] = []
    for number, line in lines:
        language = _language(line)
        # a short line right after a foreign run, or after it and one blank line (as runs are joined below)
        if language is None and runs and number - runs[-1][1] <= 2 and runs[-1][2] in _FUNCTION_WORDS:
            language = runs[-1][2] if _continues(line, _FUNCTION_WORDS[runs[-1][2]]) else None
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
                "user caps, copyright notices, a copy of the license, marking changes, IP-suit termination, "
                "commercial use by registration, terms that may change, training other models, military or "
                "unlawful use, brand labels, credit, the same license for what is shared, no modifying or sharing, "
                "hosting as a service, derivatives that take in models trained on outputs); "
                "check the rest by hand"
            )
        elif language in ("Korean", "Japanese"):
            notes.append(
                f"{where} ({language}): only common clauses are read in {language} (non-commercial, "
                f"research- or evaluation-only, copyright notices, military, unlawful or other harmful use, hosting as "
                f"a service, derivatives that take in models trained on outputs, {_LEXICON_CLAUSES}); "
                "check the rest by hand"
            )
        elif language in _LEXICON_LANGUAGES:
            cyrillic = language in ("Cyrillic", "Ukrainian")
            read_in = "Russian or Ukrainian" if cyrillic else language
            notes.append(
                f"{where} ({language}): only common clauses are read in {read_in} "
                f"(non-commercial, {'' if cyrillic else _LATIN_CLAUSES}{_LEXICON_CLAUSES}); check the rest by hand"
            )
        else:
            notes.append(f"{where} ({language}): not read; check them by hand")
    if len(runs) > MAX_RANGES:
        notes.append(f"and {len(runs) - MAX_RANGES} more passages not in English")
    return notes
