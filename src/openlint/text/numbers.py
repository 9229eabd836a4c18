"""Numbers and places written in prose: '700 million', 'one million (1,000,000)', 'European Union'."""

from __future__ import annotations

import re
from functools import lru_cache

_UNITS = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "k": 10**3,
    "m": 10**6,
    "mm": 10**6,
    "bn": 10**9,
    "b": 10**9,
    "lakh": 10**5,  # Indian numbering: "INR 50 lakh", "₹ 10 crore"
    "lakhs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
}
_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "twenty-five": 25,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "one hundred": 100,
    "two hundred": 200,
    "five hundred": 500,
    "seven hundred": 700,
}

# A figure: digits with separators and an optional unit, or number words with a unit. Bounded and
# tried only where a digit run starts (not inside one: that made long runs quadratic).
AMOUNT = (
    r"(?:(?<![\d,.])(?:\d{1,3}(?:[,\s]\d{3}){1,5}|\d{1,15})(?!\d)(?:\.\d{1,6})?"
    r"(?:\s{0,3}(?:thousand|million|billion|crores?|lakhs?|bn|mm|[kmb])\b)?"
    r"|\b(?=[a-z-]{3,13}\s{1,3}(?:thousand|million|billion)\b)(?:"  # words only before a unit
    + "|".join(sorted((re.escape(w) for w in _WORDS), key=len, reverse=True))
    + r")\s{1,3}(?:thousand|million|billion)\b)"
)
# A sum of money, the currency before the figure ("USD 1 million", "$5m", "€10,000", "RMB 100 million") or
# after it ("20 million RUB", "100 million yuan", "5 million euros"); pattern text is lower-cased (see
# patterns.base._p). The builder names the currency from the group that matched (builders.currency_code).
_CUR_BEFORE = r"us\s?\$|usd|eur|gbp|rmb|cny|jpy|rub|inr|chf|cad|aud|sgd|hkd|krw|\$|€|£|¥|\uffe5|₽|₹|₩"
_CUR_AFTER = (
    r"usd|us\s+dollars?|dollars?|eur|euros?|gbp|pounds?\s+sterling|rmb|cny|yuan|renminbi|jpy|yen|rub|rubles?|roubles?"
    r"|inr|rupees?|chf|swiss\s+francs?|cad|aud|sgd|hkd|krw|₽"
)
MONEY = (
    rf"(?:(?<![a-z])(?P<cur>{_CUR_BEFORE})(?>\s*\$?\s*)(?P<amount>{AMOUNT})"
    rf"|(?P<amount_first>{AMOUNT})\s?(?P<cur_after>{_CUR_AFTER})(?![a-z]))"
)
_PARENS_DIGITS = re.compile(r"\(\s{0,3}((?:\d{1,3}(?:,\d{3}){1,5}|\d{1,15}))\s{0,3}\)")


def parse_amount(text: str) -> int | None:
    """'700 million' -> 700000000; '700,000,000' -> 700000000; 'one million' -> 1000000."""
    text = text.strip().lower()
    match = re.fullmatch(r"((?:\d{1,3}(?:[,\s]\d{3})+|\d+)(?:\.\d+)?)\s*([a-z]+)?", text)
    if match and len(match.group(1)) <= 24:  # longer is no threshold (and a float would overflow)
        number = float(re.sub(r"[,\s]", "", match.group(1)))
        unit = match.group(2)
        if unit and unit not in _UNITS:
            return None
        return round(number * (_UNITS[unit] if unit else 1))
    match = re.fullmatch(r"([a-z\- ]+?)\s+(thousand|million|billion)", text)
    if match and match.group(1) in _WORDS:
        return _WORDS[match.group(1)] * _UNITS[match.group(2)]
    return None


def amount_near(text: str) -> int | None:
    """Prefer an explicit digit form in parentheses: 'one million (1,000,000)'."""
    paren = _PARENS_DIGITS.search(text)
    if paren:
        return parse_amount(paren.group(1))
    match = re.search(AMOUNT, text, re.IGNORECASE)
    return parse_amount(match.group(0)) if match else None


def _prose() -> dict[str, tuple[str, ...]]:
    from openlint.core.vocabulary import territories

    return territories().prose


@lru_cache(maxsize=1)
def territory_re() -> re.Pattern[str]:
    """Any place named in the territory table's `prose` (rules/territories.toml), longest name first."""
    names = sorted((re.escape(name) for name in _prose()), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(names) + r")\b", re.IGNORECASE)


def codes_of(place: str) -> tuple[str, ...]:
    """The codes a place matched by territory_re() stands for (any case, any spacing)."""
    return _prose()[" ".join(place.lower().split())]
