"""The licences of a BOM: SPDX-style ids for names openlint knows no SPDX id for, and the licences read
from texts (a model's LICENSE file, a base model's), carried with their text and obligations."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from pathlib import Path

from openlint.bom.model import BomLicense, ObligationRecord
from openlint.core.catalog import LicenseEntry
from openlint.core.obligations import Obligation


def licenseref(name: str) -> str:
    return "LicenseRef-openlint-" + (re.sub(r"[^A-Za-z0-9.]+", "-", name).strip("-")[:80] or "unnamed")


def text_license(directory: Path, root: Path) -> tuple[LicenseEntry, str] | None:
    """The custom license openlint reads from a model directory's LICENSE file, with that text."""
    from openlint.sources.models import license_text

    _, entry, location = license_text(directory, root=root)
    if entry is None or location is None:
        return None
    try:
        from openlint import safeio

        raw = safeio.read_head(location.path, safeio.LICENSE_TEXT)[0]
    except OSError:
        return entry, ""
    from openlint.text.normalize import decode

    return entry, decode(raw)


def entry_text(entry: LicenseEntry) -> str | None:
    """The text a licence read from a file was read from (the file its obligations cite), decoded as it
    was read; None when it names no file or cannot be read now."""
    path = next((ob.source.path for ob in entry.obligations if ob.source.path), None)
    if path is None:
        return None
    from openlint import safeio
    from openlint.text.normalize import decode

    data = safeio.head_or_none(path, safeio.LICENSE_TEXT)
    return decode(data) if data is not None else None


def cited(ob: Obligation, root: Path) -> Obligation:
    """A citation of a file inside the project, relative to it: a BOM does not publish local paths."""
    path = ob.source.path
    if path is None or not Path(path).is_absolute():
        return ob
    try:
        relative = Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        relative = Path(path).name
    return dataclasses.replace(ob, source=dataclasses.replace(ob.source, path=relative))


def bom_license(
    entry: LicenseEntry, text: str | None, root: Path, incorporated: tuple[ObligationRecord, ...] = ()
) -> BomLicense:
    spdx = entry.spdx or licenseref(entry.id)
    status = "catalogued"
    if entry.id.startswith("LicenseRef-text-"):
        spdx, status = entry.id, "text"
    return BomLicense(
        id=entry.id,
        spdx_id=spdx,
        name=entry.name,
        status=status,
        url=entry.url,
        text=text or None,
        text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest() if text else None,
        complete=entry.obligations_complete,
        obligations=tuple(ObligationRecord(entry.id, cited(ob, root)) for ob in entry.obligations) + incorporated,
        facts=(
            ("family", entry.family),
            ("osi_approved", str(entry.osi_approved).lower()),
            ("ai_model_license", str(entry.ai_model_license).lower()),
        ),
    )
