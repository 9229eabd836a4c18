"""Round 9's readings of values at the edges found on review: whether a cap's figure is itself over the cap,
and which currency a yen sign is. Each first case was read wrongly by 9affac8; the others guard the rest."""

from __future__ import annotations

import pytest

from openlint.text.bounds import inclusive_bound
from openlint.text.numbers import currency_code


# "or more than" after a figure starts another comparison; an exclusive word before the figure decides.
@pytest.mark.parametrize(
    ("sentence", "figure", "inclusive"),
    [
        ("more than 700 million monthly active users or more than USD 1 billion in revenue", "700 million", False),
        ("revenue exceeds USD 10 million and more than 50 staff use it", "10 million", False),
        ("more than 700 million monthly active users", "700 million", False),
        ("700 million monthly active users or more", "700 million", True),
        ("USD 10,000,000 or more in annual revenue", "10,000,000", True),
        ("at least 1 million users", "1 million", True),
        ("revenue of USD 5 million and above", "5 million", True),
    ],
)
def test_the_words_at_the_figure_decide_whether_it_is_reached(sentence: str, figure: str, inclusive: bool) -> None:
    at = sentence.index(figure)
    assert inclusive_bound(sentence, at, at + len(figure)) is inclusive


# A bare 元 before kana is the Japanese word (元の: "original"), not the yuan.
@pytest.mark.parametrize(
    ("context", "code"),
    [
        ("年間売上高が¥1億を超える場合は、元のライセンスに従います", "JPY"),
        ("年間売上高が¥1億を超える場合", "JPY"),
        ("年收入超过￥1亿元的", "CNY"),
        ("收入超过¥1亿元", "CNY"),
    ],
)
def test_the_yen_sign_is_read_by_its_words(context: str, code: str) -> None:
    sign = "\uffe5" if "\uffe5" in context else "¥"
    assert currency_code(sign, context) == code
