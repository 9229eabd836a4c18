"""Licenses of installed Python distributions (PEP 639 License-Expression, License, classifiers)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import metadata
from typing import Literal

from openlint.errors import OpenlintError

Status = Literal["allowed", "denied", "unknown"]

# Trove classifiers -> SPDX (the common ones; the rest fall back to the License field)
CLASSIFIERS: dict[str, str] = {
    "License :: OSI Approved :: MIT License": "MIT",
    "License :: OSI Approved :: MIT No Attribution License (MIT-0)": "MIT-0",
    "License :: OSI Approved :: Apache Software License": "Apache-2.0",
    "License :: OSI Approved :: BSD License": "bsd",  # 2- or 3-clause: a family, never guessed
    "License :: OSI Approved :: GNU General Public License (GPL)": "gpl",
    "License :: OSI Approved :: GNU Library or Lesser General Public License (LGPL)": "lgpl",
    "License :: OSI Approved :: ISC License (ISCL)": "ISC",
    "License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
    "License :: OSI Approved :: GNU General Public License v2 (GPLv2)": "GPL-2.0-only",
    "License :: OSI Approved :: GNU General Public License v2 or later (GPLv2+)": "GPL-2.0-or-later",
    "License :: OSI Approved :: GNU General Public License v3 (GPLv3)": "GPL-3.0-only",
    "License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)": "GPL-3.0-or-later",
    "License :: OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+)": "LGPL-2.1-or-later",
    "License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0-only",
    "License :: OSI Approved :: GNU Lesser General Public License v3 or later (LGPLv3+)": "LGPL-3.0-or-later",
    "License :: OSI Approved :: GNU Affero General Public License v3": "AGPL-3.0-only",
    "License :: OSI Approved :: Python Software Foundation License": "PSF-2.0",
    "License :: OSI Approved :: The Unlicense (Unlicense)": "Unlicense",
    "License :: OSI Approved :: zlib/libpng License": "Zlib",
    "License :: OSI Approved :: Boost Software License 1.0 (BSL-1.0)": "BSL-1.0",
    "License :: OSI Approved :: Eclipse Public License 2.0 (EPL-2.0)": "EPL-2.0",
    "License :: CC0 1.0 Universal (CC0 1.0) Public Domain Dedication": "CC0-1.0",
    "License :: Public Domain": "LicenseRef-scancode-public-domain",
}


@dataclass(frozen=True)
class Dependency:
    name: str
    version: str
    declared: str | None  # as the metadata states it
    expression: str | None  # SPDX expression openlint resolved it to
    source: str  # License-Expression, classifiers, License, or none
    status: Status = "unknown"
    reason: str = ""


def _field(meta: metadata.PackageMetadata, name: str) -> str | None:
    values = meta.get_all(name)  # missing -> None on every Python version (indexing may raise)
    return str(values[0]) if values else None


def _declared(dist: metadata.Distribution) -> tuple[str | None, str]:
    meta = dist.metadata
    expression = _field(meta, "License-Expression")
    if expression:
        return expression.strip(), "License-Expression"
    classifiers = [CLASSIFIERS[c] for c in meta.get_all("Classifier") or [] if c in CLASSIFIERS]
    license_field = (_field(meta, "License") or "").strip()
    short_field = license_field if license_field and len(license_field) < 200 and "\n" not in license_field else ""
    family_only = classifiers and all(c in ("bsd", "gpl", "lgpl") for c in classifiers)
    if short_field and (not classifiers or family_only) and _resolve(short_field):
        return short_field, "License"  # more specific than a family classifier such as "BSD License"
    if classifiers:
        # Several license classifiers do not say "choose one": read them as all applying (AND).
        return " AND ".join(dict.fromkeys(classifiers)), "classifiers"
    if short_field:
        return short_field, "License"
    if license_field:  # the whole license text pasted into the field: identify it
        from openlint.text.identify import identify
        from openlint.text.normalize import words

        found = identify(words(license_field))
        if found.license_id:
            return found.license_id, "License (text)"
    return None, "none"


def _resolve(declared: str) -> str | None:
    from openlint.core.explanation import explain

    try:
        return explain(declared).expression
    except OpenlintError:
        return None


def installed(names: Iterable[str] | None = None) -> Iterator[Dependency]:
    """Every installed distribution (or the named ones), its license normalised to SPDX."""
    wanted = {n.lower().replace("_", "-") for n in names} if names else None
    seen: set[str] = set()
    for dist in metadata.distributions():
        name = _field(dist.metadata, "Name") or "?"
        key = name.lower().replace("_", "-")
        if key in seen or (wanted is not None and key not in wanted):
            continue
        seen.add(key)
        declared, source = _declared(dist)
        yield Dependency(name, dist.version, declared, _resolve(declared) if declared else None, source)


def judge(dep: Dependency, allowed: set[str]) -> Dependency:
    """`A OR B` is allowed when one alternative is wholly allowed; `A AND B` needs both.

    A family name such as "BSD" cannot be matched against an allow-list: it is unknown, not denied.
    """
    import dataclasses

    from openlint.core.explanation import explain

    if dep.expression is None:
        why = f"license {dep.declared!r} not recognised" if dep.declared else "no license metadata"
        return dataclasses.replace(dep, status="unknown", reason=why)
    allowed_ids = {a.lower() for a in allowed}
    vague = False
    for alternative in explain(dep.expression).alternatives:
        ids = {lic.id.lower() for lic in alternative.licenses}
        if ids <= allowed_ids:
            return dataclasses.replace(
                dep, status="allowed", reason=" AND ".join(sorted(lic.id for lic in alternative.licenses))
            )
        vague |= any(lic.status in ("ambiguous", "unspecified") for lic in alternative.licenses)
    if vague:
        return dataclasses.replace(
            dep, status="unknown", reason=f"{dep.expression} names a license family, not one license"
        )
    return dataclasses.replace(dep, status="denied", reason=f"{dep.expression} is not in the allow-list")


def normalise_allow_list(items: Iterable[str]) -> set[str]:
    from openlint.core.explanation import explain

    out: set[str] = set()
    for item in items:
        for part in item.split(","):
            if part.strip():
                out |= {lic.id for lic in explain(part.strip()).licenses}
    return out
