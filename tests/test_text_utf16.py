"""A licence text saved as UTF-16 without a byte-order mark (alternating NULs in its ASCII text) is a
text, not binary data: it is decoded as UTF-16 in the byte order its NULs show."""

from __future__ import annotations

from pathlib import Path

import pytest

from openlint.text.normalize import decode
from openlint.text.read import not_license_text

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "licenses" / "spdx"
MIT = (SHARED / "MIT.txt").read_text(encoding="utf-8") if (SHARED / "MIT.txt").is_file() else None
SHORT = "Permission is hereby granted, free of charge, to any person obtaining a copy.\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_a_text(encoding: str) -> None:
    data = SHORT.encode(encoding)
    assert not data.startswith((b"\xff\xfe", b"\xfe\xff"))
    assert not_license_text(data) is None
    assert decode(data) == SHORT


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_licence_file_in_utf16_without_bom_is_identified(tmp_path: Path, encoding: str) -> None:
    if MIT is None:
        pytest.skip("needs ../shared/corpus/licenses/spdx/MIT.txt")
    from openlint.sources.license_text import license_text

    (tmp_path / "LICENSE").write_bytes(MIT.encode(encoding))
    found = license_text(tmp_path)
    assert found is not None and (found.query, found.entry) == ("MIT", None)


def test_binary_data_with_nuls_is_still_binary() -> None:
    assert not_license_text(bytes(range(256)) * 8) == "binary data"
    assert not_license_text(b"ab\x00\x00cd\x00\x00" * 64) == "binary data"  # NULs, but not every other byte
    assert not_license_text(b"\x00" * 64) == "binary data"
    # one NUL in an otherwise alternating run is not enough to say what the rest of a file is
    assert not_license_text(b"a\x00b\x00" + b"x" * 64) == "binary data"


@pytest.mark.parametrize(("ascii_chars", "utf16"), [(90, True), (89, False)])
def test_nine_in_ten_characters_must_show_their_nul(ascii_chars: int, utf16: bool) -> None:
    """U+4E4E has no NUL byte in UTF-16: 90 of 100 characters with a NUL is UTF-16, 89 is binary."""
    from openlint.text.normalize import utf16_order

    data = ("a" * ascii_chars + "\u4e4e" * (100 - ascii_chars)).encode("utf-16-le")
    assert utf16_order(data) == ("utf-16-le" if utf16 else None)
    assert (not_license_text(data) is None) == utf16
