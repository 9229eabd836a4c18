"""SPDX license exceptions (the `WITH` operand): a typo or a license put there is an error, not a pass."""

from __future__ import annotations

import difflib
from functools import lru_cache

from openlint.errors import ExpressionError


@lru_cache(maxsize=1)
def known_exceptions() -> dict[str, str]:
    """Lower-cased key -> canonical id, for every exception license-expression's index knows (SPDX ids,
    their older spellings, and ScanCode's `LicenseRef-scancode-*` keys)."""
    from license_expression import get_license_index

    known: dict[str, str] = {}
    for record in get_license_index():
        if not record.get("is_exception"):
            continue
        spdx = record.get("spdx_license_key") or f"LicenseRef-scancode-{record['license_key']}"
        for key in (
            spdx,
            *(record.get("other_spdx_license_keys") or ()),
            f"LicenseRef-scancode-{record['license_key']}",
        ):
            known.setdefault(key.lower(), spdx)
    return known


def check_exception(exception: str, license_id: str) -> str:
    """The canonical id of a `WITH` exception; raises ExpressionError naming the closest one."""
    known = known_exceptions()
    found = known.get(exception.lower())
    if found is not None:
        return found
    spdx_ids = sorted({v for v in known.values() if not v.startswith("LicenseRef-")})
    close = difflib.get_close_matches(exception.lower(), [s.lower() for s in spdx_ids], n=1, cutoff=0.6)
    hint = f" (did you mean {next(s for s in spdx_ids if s.lower() == close[0])!r}?)" if close else ""
    what = "is a license, not an exception" if _is_license(exception) else "is not a known license exception"
    raise ExpressionError(f"'{license_id} WITH {exception}': {exception!r} {what}{hint}")


def _is_license(name: str) -> bool:
    from openlint.core.resolve import resolve_name
    from openlint.errors import UnknownLicenseError

    try:
        resolve_name(name)
    except UnknownLicenseError:
        return False
    return True
