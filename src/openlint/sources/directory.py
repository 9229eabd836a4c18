"""A model directory as `explain DIR` shows it: the licence the card states and the licence texts,
found the way `check`, `audit` and `openness` find them."""

from __future__ import annotations

import contextlib
import stat
from pathlib import Path
from typing import Any

from openlint.sources.card import directory_card
from openlint.sources.license_text import licence_candidates, licence_files, linked_file
from openlint.sources.stated import stated_license


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)  # following symlinks, as in an HF cache snapshot
    except (OSError, ValueError):
        return False


def documents(directory: Path) -> list[Path]:
    """The files to read, in order: the card's `license_link` file, the licence files, the card (regular
    files only: a directory named LICENSE is not a licence text)."""
    card = directory_card(directory)
    link = stated_license(card.meta).link if card is not None else None
    linked = linked_file(directory, link)
    out: list[Path] = []
    for path in [linked if linked is not None and _is_regular(linked) else None, *licence_files(directory)]:
        if path is not None and path.resolve() not in {p.resolve() for p in out}:
            out.append(path)
    if card is not None and card.path.resolve() not in {p.resolve() for p in out}:
        out.append(card.path)
    return out


def not_read(directory: Path) -> list[str]:
    """What looks like a licence text in the directory but is not a regular file, or is missing: a
    directory called LICENSE, the card's `license_link` naming nothing there (one note each)."""
    card = directory_card(directory)
    link = stated_license(card.meta).link if card is not None else None
    odd = licence_candidates(directory)[1]
    notes = [f"{name} is {_what(directory / name)}, not a licence file" for name in odd]
    linked = linked_file(directory, link)
    if linked is not None and not _is_regular(linked) and linked.name not in odd:
        notes.append(f"the card's license_link {link!r} names {_what(linked)}")
    return notes


def _what(path: Path) -> str:
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):
        return "no file" if not path.is_symlink() else "a broken link"
    if stat.S_ISDIR(mode):
        return "a directory"
    return "a FIFO or device"


def card_summary(directory: Path) -> dict[str, Any] | None:
    """What the directory's model card states about its licence, and whether openlint knows it; None
    without a card."""
    from openlint.core.explanation import explain
    from openlint.errors import OpenlintError
    from openlint.sources.license_text import license_text

    card = directory_card(directory)
    if card is None:
        return None
    stated = stated_license(card.meta)
    out: dict[str, Any] = {
        "path": str(card.path),
        "license": stated.tag,
        "license_name": stated.name,
        "license_link": stated.link,
        "expression": None,
        "read_from": None,
        "problems": list(card.meta.problems),
    }
    if stated.query is not None and stated.problem is None:
        with contextlib.suppress(OpenlintError):
            out["expression"] = explain(stated.query).expression
    if out["expression"] is None:
        found = license_text(directory, stated.link, accept_unread=True, root=directory)
        if found is not None:
            out["read_from"] = str(found.path)
    return out


def describe(summary: dict[str, Any]) -> str:
    """One line for the text output."""
    stated = summary["license"] or "no license field"
    if summary["license_name"]:
        stated += f", license_name: {summary['license_name']}"
    line = f"model card {summary['path']}: license: {stated}"
    if summary["expression"]:
        line += f" (resolves to {summary['expression']})"
    elif summary["read_from"]:
        line += f" (not a known license: the terms are read from {Path(summary['read_from']).name})"
    else:
        line += " (not a known license, and no license text beside it)"
    if summary["problems"]:
        line += "; metadata problems: " + "; ".join(summary["problems"])
    return line
