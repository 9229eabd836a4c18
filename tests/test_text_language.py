"""Text not in English is never silently skipped (issue 14): every passage in another language is
named (lines and language) in `explain`'s `unread` and, for a model whose terms were read from the
text, in `check`'s OL415 finding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from openlint.cli.main import main
from openlint.text.language import foreign_passages

# The duty clauses the per-language lexicons read (openlint.text.patterns.foreign_clauses).
LEXICON = (
    "commercial use by registration, credit, the same license for what is shared, no modifying or sharing, "
    "a copy of the license, training other models, terms that may change"
)
# What the Latin-script lexicons read beside (not the Cyrillic one).
LATIN = (
    "research-only, copyright notices, marking changes, conditions passed on to recipients, unlawful or other harmful "
    "use, "
)
ENGLISH = "Kite License\n\n1. You may use the Kite model for research only, at the café or anywhere.\n"


def test_korean_and_japanese_are_named_apart() -> None:
    text = ENGLISH + "\n2. 상업적 이용은 허용되지 않습니다.\n3. 商用利用は禁止されています。\n"
    assert foreign_passages(text) == [
        f"line 5 (Korean): only common clauses are read in Korean (non-commercial, research- or evaluation-only,"
        f" copyright notices, military, unlawful or other harmful use, hosting as a service, derivatives that take in"
        f" models trained on outputs, {LEXICON}); check the rest by hand",
        f"line 6 (Japanese): only common clauses are read in Japanese (non-commercial, research- or evaluation-only,"
        f" copyright notices, military, unlawful or other harmful use, hosting as a service, derivatives that take in"
        f" models trained on outputs, {LEXICON}); check the rest by hand",
    ]


def test_latin_script_languages_are_found_by_their_function_words() -> None:
    french = (
        "Vous pouvez utiliser le modèle pour la recherche et les travaux\n"
        "académiques, mais pas dans un but commercial.\n"
    )
    german = "Sie dürfen das Modell nicht für kommerzielle Zwecke verwenden und die\nLizenz wird nicht übertragen.\n"
    text = ENGLISH + "\n" + french + "\n" + german
    assert foreign_passages(text) == [
        f"lines 5-6 (French): only common clauses are read in French (non-commercial, {LATIN}{LEXICON});"
        " check the rest by hand",
        f"lines 8-9 (German): only common clauses are read in German (non-commercial, {LATIN}{LEXICON});"
        " check the rest by hand",
    ]


def test_cyrillic_lines_are_named_and_a_language_without_a_lexicon_is_not_read() -> None:
    ukrainian = "Модель можна вільно змінювати й поширювати з посиланням на автора.\n"
    russian = "Использование модели в коммерческих целях запрещено.\n"
    dutch = "Het model mag niet voor commerciële doeleinden worden gebruikt en de licentie is van u.\n"
    assert foreign_passages(ENGLISH + "\n" + ukrainian + "\n" + russian + "\n" + dutch) == [
        f"line 5 (Ukrainian): only common clauses are read in Russian or Ukrainian (non-commercial, {LEXICON});"
        " check the rest by hand",
        f"line 7 (Cyrillic): only common clauses are read in Russian or Ukrainian (non-commercial, {LEXICON});"
        " check the rest by hand",
        "line 9 (Dutch): not read; check them by hand",
    ]


def test_english_with_an_accented_word_is_english() -> None:
    assert foreign_passages(ENGLISH) == []
    # "die", "in", "a" are English words too: a line needs four of another language's words.
    assert foreign_passages(ENGLISH + "Die at the café in a van or die trying, the end.\n") == []


def test_explain_lists_the_unread_part(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "LICENSE"
    path.write_text(ENGLISH + "\n2. 상업적 이용은 허용되지 않습니다.\n", encoding="utf-8")
    assert main(["explain", str(path), "--format", "json"]) == 0
    (doc,) = json.loads(capsys.readouterr().out)["documents"]
    assert [note.split(":")[0] for note in doc["unread"]] == ["line 5 (Korean)"]


def test_a_latin_script_language_written_without_accents_is_found_too() -> None:
    french = (
        "Les poids sont fournis pour la recherche dans les laboratoires et pour les cours.\n"
        "Les copies des poids sont distribuees avec une licence et les notes des auteurs.\n"
        "Les modeles derives sont publies dans les depots des auteurs avec une description.\n"
    )
    assert foreign_passages(ENGLISH.replace("café", "cafe") + "\n" + french) == [
        f"lines 5-7 (French): only common clauses are read in French (non-commercial, {LATIN}{LEXICON});"
        " check the rest by hand"
    ]
    # a few such words in an English text of plain ASCII: nothing to look at ("Los Angeles", "per una")
    assert (
        foreign_passages("Kite License\n\nMade in Los Angeles for the community, with the weights in une box.\n") == []
    )


@pytest.mark.parametrize(
    ("after", "lines"),
    [
        ("\n\nVous devez citer l'auteur dans toute publication.\n", "lines 5-8"),  # one blank line: the same run
        ("\nVous devez citer l'auteur dans toute publication.\n", "lines 5-7"),  # the next line, as before
        ("\n\n\nVous devez citer l'auteur dans toute publication.\n", "lines 5-6"),  # two blank lines: a new start
        ("\n\nYou must cite the author in any publication.\n", "lines 5-6"),  # English words: not French
    ],
)
def test_a_short_foreign_line_after_one_blank_line_goes_on_the_passage(after: str, lines: str) -> None:
    """A line with too few function words to be told alone ("Vous devez citer l'auteur ...": two) goes on the
    foreign passage before it also across one blank line, as passages themselves are joined; before, only a
    line right below one did, and a short clause after a blank line was neither read nor named."""
    french = (
        "Vous pouvez utiliser le modèle pour la recherche et les travaux\nacadémiques, mais pas dans un but commercial."
    )
    assert foreign_passages(ENGLISH + "\n" + french + after) == [
        f"{lines} (French): only common clauses are read in French (non-commercial, {LATIN}{LEXICON});"
        " check the rest by hand"
    ]
