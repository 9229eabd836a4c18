"""A use ban read from a licence text names use-case categories by rules/use-cases.toml's `text` words, so OL107
can decide a declared use case the ban names (round 13: the red-team's 'may not use the Model to provide medical
diagnoses' against use-cases = ["medical-advice"] was only an undecided note)."""

from __future__ import annotations

import re

import pytest

from openlint.core.vocabulary import categories_named, use_cases


@pytest.mark.parametrize(
    ("clause", "named"),
    [
        ("You may not use the Model to provide medical diagnoses or treatment recommendations.", ["medical-advice"]),
        ("not to develop weapons or explosives", ["weapons"]),
        ("for military or warfare purposes", ["military"]),
        ("to generate sexually explicit material", ["sexual-content"]),
        ("to generate sexually", ["sexual-content"]),  # a reading's cited match may end at the word
        ("to discriminate by sexual orientation", []),
        ("make fully automated decisions about eligibility for credit", ["automated-decisions"]),
        ("to create malware or other malicious code", ["malware"]),
        ("mass surveillance of individuals", ["surveillance"]),
        # no category named: the ban stays undecided for every declared use case
        ("You may not use the Model in violation of applicable law.", []),
        ("to harm others", []),
        # words that share a category's stem but are not it
        ("the diagnostics port of your own server", []),
    ],
)
def test_a_ban_names_the_categories_its_words_name(clause: str, named: list[str]) -> None:
    assert categories_named(clause) == named


def test_every_category_word_is_a_regular_expression_over_lower_cased_text() -> None:
    for category in use_cases().values():
        for word in category.text:
            re.compile(word)
            assert word == word.lower(), category.name
