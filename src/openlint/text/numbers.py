"""Numbers and places written in prose: '700 million', 'one million (1,000,000)', 'European Union'."""

from __future__ import annotations

import re
from functools import lru_cache

from openlint.text.programs import prebuilt

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
# The currencies a sum of money is written in: (ISO code, forms written before the figure, forms written
# after it), lower-cased regex text. MONEY is built from it and currency_code() names a written form
# from it, so what is read and how it is named cannot drift apart. A dollar sign with a prefix ("C$",
# "HK$", "NT$") is its own currency; the bare sign is the US dollar. The yen sign, the currency of Japan and
# of China, is named by its context (currency_code); with none it is either (YEN_OR_YUAN).
CURRENCIES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("USD", (r"us\s?\$", "usd", r"\$"), ("usd", r"us\s+dollars?", "dollars?")),
    ("CAD", ("cad", r"c(?:an?)?\$"), ("cad", r"canadian\s+dollars?")),
    ("AUD", ("aud", r"au?\$"), ("aud", r"australian\s+dollars?")),
    ("HKD", ("hkd", r"hk\$"), ("hkd", r"hong\s+kong\s+dollars?")),
    ("TWD", ("twd", r"nt\$"), ("twd", r"new\s+taiwan\s+dollars?")),
    ("SGD", ("sgd", r"s\$"), ("sgd", r"singapore\s+dollars?")),
    ("EUR", ("eur", "€"), ("eur", "euros?", "€")),
    ("GBP", ("gbp", "£"), ("gbp", r"pounds?\s+sterling", "£")),
    ("CNY", ("rmb", "cny"), ("rmb", "cny", "yuan", "renminbi")),
    ("JPY", ("jpy",), ("jpy", "yen")),
    ("RUB", ("rub", "₽"), ("rub", "rubles?", "roubles?", "₽")),
    ("INR", ("inr", "₹"), ("inr", "rupees?", "₹")),
    ("CHF", ("chf",), ("chf", r"swiss\s+francs?")),
    ("KRW", ("krw", "₩"), ("krw", r"(?:south\s+)?korean\s+won", "₩")),
)
YEN_SIGNS = ("¥", "\uffe5")  # the yen sign and its full-width form: yen or yuan, by context
# A yen sign its sentence does not name: either currency. checking.caps compares it through the union of
# both currencies' bands, so a revenue between them is a question, never a guess at one currency.
YEN_OR_YUAN = "CNY/JPY"
_CUR_BEFORE = "|".join([*(form for _, before, _ in CURRENCIES for form in before), *YEN_SIGNS])
_CUR_AFTER = "|".join([*(form for _, _, after in CURRENCIES for form in after), *YEN_SIGNS])
# A sum of money, the currency before the figure ("USD 1 million", "$5m", "C$5 million", "RMB 100
# million") or after it ("20 million RUB", "100 million yuan", "5 million €"); pattern text is
# lower-cased (see patterns.base._p).
MONEY = (
    rf"(?:(?<![a-z])(?P<cur>{_CUR_BEFORE})(?>\s*\$?\s*)(?P<amount>{AMOUNT})"
    rf"|(?P<amount_first>{AMOUNT})\s?(?P<cur_after>{_CUR_AFTER})(?![a-z]))"
)
_CODES = tuple((code, prebuilt("|".join((*before, *after)))) for code, before, after in CURRENCIES)
# The context that names a yen sign: the currency's own name first, then the country, then the script.
_YEN_WORDS = prebuilt(r"\b(?:jpy|yen|japanese)\b|円")
_YUAN_WORDS = prebuilt(r"\b(?:rmb|cny|yuan|renminbi|chinese)\b|人民币|元(?![\u3040-\u30ff])")  # 元の: "original"
_JAPAN = prebuilt(r"\bjapan\b|日本")
_CHINA = prebuilt(r"\b(?:china|prc|mainland)\b|中国")
_KANA = prebuilt(r"[\u3040-\u30ff]")


def currency_code(written: str, context: str) -> str:
    """The ISO code of a currency as written ("US$", "roubles", "€", "C$"). A yen sign is the yen or the
    yuan as its context (the sentence) says: by the currency's name ("RMB", "yen", "円"), else by the
    country ("China", "Japan"), else by the script (Japanese kana: the yen); with none of these it is
    either (YEN_OR_YUAN): both signs are written in both countries, and taking the yen (worth about a
    twentieth of a yuan) blocked a company that a cap in yuan clears."""
    key = " ".join(written.lower().split()).replace(" $", "$")
    for code, forms in _CODES:
        if forms.fullmatch(key):
            return code
    if key in YEN_SIGNS:
        low = context.lower()
        for yen, yuan in ((_YEN_WORDS, _YUAN_WORDS), (_JAPAN, _CHINA)):
            said_yen, said_yuan = yen.search(low) is not None, yuan.search(low) is not None
            if said_yen != said_yuan:
                return "JPY" if said_yen else "CNY"
        if _KANA.search(context):
            return "JPY"
        return YEN_OR_YUAN
    return "USD"


_PARENS_DIGITS = prebuilt(r"\(\s{0,3}((?:\d{1,3}(?:,\d{3}){1,5}|\d{1,15}))\s{0,3}\)")


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
    """Any place named in the territory table's `prose` (rules/territories.toml), longest name first:
    from the shipped program (text/programs.py), as compiling ~500 names costs ~45 ms a process."""

    return prebuilt(territory_source(), re.IGNORECASE)


def territory_source() -> str:
    """The source of `territory_re` (scripts/build_regex_programs.py ships its program)."""
    names = sorted((re.escape(name) for name in _prose()), key=len, reverse=True)
    return r"\b(?:" + "|".join(names) + r")\b"


def codes_of(place: str) -> tuple[str, ...]:
    """The codes a place matched by territory_re() stands for (any case, any spacing)."""
    return _prose()[" ".join(place.lower().split())]
