"""Read any supported BOM file (bounded, hostile input): CycloneDX 1.4-1.7 JSON, SPDX 2.2/2.3 JSON or
tag-value, SPDX 3.0.x JSON-LD. Problems are one-line errors naming the file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from openlint.bom.entries import Document
from openlint.errors import OpenlintError

MAX_TAG_VALUE_BYTES = 4_000_000


class BomError(OpenlintError):
    """A BOM file openlint cannot read (names the file)."""


def _load_json(raw: bytes, path: str) -> Any:
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise BomError(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise BomError(f"{path}: not valid JSON (line {exc.lineno} column {exc.colno}: {exc.msg})") from None
    except RecursionError:
        raise BomError(f"{path}: JSON nested too deeply") from None


def _tag_value(raw: bytes, path: str) -> dict[str, Any]:
    """SPDX 2.x tag-value, parsed by spdx-tools and handed on as its JSON form."""
    import contextlib
    import io

    try:
        from spdx_tools.spdx.jsonschema.document_converter import DocumentConverter
        from spdx_tools.spdx.parser.error import SPDXParsingError
        from spdx_tools.spdx.parser.tagvalue.parser import Parser
    except ImportError:  # pragma: no cover - spdx-tools is a dependency
        raise BomError(f"{path}: reading SPDX tag-value needs spdx-tools") from None
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            # no tables or debug files written into site-packages: nothing but the output is written
            document = Parser(write_tables=False, debug=False).parse(raw.decode("utf-8", errors="replace"))
        converted: dict[str, Any] = DocumentConverter().convert(document)
    except SPDXParsingError as exc:
        messages = exc.get_messages()
        raise BomError(
            f"{path}: not a valid SPDX tag-value document: {messages[0] if messages else 'parse error'}"
        ) from None
    except Exception as exc:
        raise BomError(f"{path}: not a valid SPDX tag-value document ({type(exc).__name__})") from None
    return converted


def parse(raw: bytes, path: str) -> Document:
    """A BOM document from its bytes: the format is recognised from its content."""
    head = raw.lstrip()[:1]
    if head in (b"{", b"["):
        data = _load_json(raw, path)
    elif raw.lstrip().startswith(b"SPDXVersion:") or b"\nSPDXVersion:" in raw[:4096]:
        if len(raw) > MAX_TAG_VALUE_BYTES:  # its parser is far slower than json's
            raise BomError(f"{path}: SPDX tag-value documents over {MAX_TAG_VALUE_BYTES // 1_000_000} MB are not read")
        data = _tag_value(raw, path)
    else:
        raise BomError(f"{path}: not a CycloneDX JSON, SPDX JSON / tag-value or SPDX 3 JSON-LD document")
    if not isinstance(data, dict):
        raise BomError(f"{path}: a BOM is a JSON object")
    if data.get("bomFormat") == "CycloneDX":
        from openlint.bom import read_cyclonedx

        spec = str(data.get("specVersion"))
        if spec not in ("1.4", "1.5", "1.6", "1.7"):
            raise BomError(f"{path}: CycloneDX {spec[:10]} is not read (1.4-1.7 are)")
        return read_cyclonedx.read(data, path)
    if "@context" in data or "@graph" in data:
        from openlint.bom import read_spdx3

        return read_spdx3.read(data, path)
    if str(data.get("spdxVersion", "")).startswith("SPDX-2."):
        from openlint.bom import read_spdx2

        return read_spdx2.read(data, path)
    raise BomError(f"{path}: not a CycloneDX, SPDX 2.x or SPDX 3 document")


def read_file(path: str | Path) -> Document:
    from openlint.safeio import JSON, read_bytes

    try:
        raw = read_bytes(path, JSON)
    except OpenlintError:
        raise
    except OSError as exc:
        raise BomError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        return parse(raw, str(path))
    except RecursionError:
        raise BomError(f"{path}: nested too deeply") from None
