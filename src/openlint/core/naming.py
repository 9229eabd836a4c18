"""How a model name is compared with a license's required name prefix."""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s_-]+")


def name_key(text: str) -> str:
    """`text` without case, spaces, hyphens or underscores.

    Hub repository names hold no spaces and compare case-insensitively, so "llama-3-acme" and
    "Llama3_Acme" both begin with "Llama 3": a prefix is checked on these keys, by `check` (OL108)
    and `audit` alike.
    """
    return _SEPARATORS.sub("", text).casefold()
