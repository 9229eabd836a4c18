"""Hypothesis fuzz targets, one per parser of untrusted input: model-card front matter, config TOML, BOMs,
licence expressions, GGUF headers, licence texts. Each parser must answer or refuse with an
OpenlintError; anything else (a traceback) is a bug.

CI runs a small fixed budget. For a longer run (see docs/security.md):

    OPENLINT_FUZZ_EXAMPLES=20000 python -m pytest -q tests/test_fuzz_parsers.py
"""

from __future__ import annotations

import contextlib
import json
import os
import struct
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gguf_writer import gguf, string
from openlint.errors import OpenlintError

EXAMPLES = int(os.environ.get("OPENLINT_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize="OPENLINT_FUZZ_EXAMPLES" not in os.environ,  # CI: the same examples every run
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


def _tokens(*words: str) -> st.SearchStrategy[str]:
    """Text built from a grammar's tokens and stray characters (fuzzing near the format, not noise)."""
    token = st.one_of(st.sampled_from(words), st.text(max_size=6))
    return st.lists(token, max_size=40).map("".join)


YAML = _tokens(
    "license: ",
    "base_model: ",
    "model_name: ",
    "- ",
    "\n",
    "  ",
    "&a ",
    "*a",
    "!!set ",
    "!!binary ",
    "!!python/object:os.system ",
    "{",
    "}",
    "[",
    "]",
    ": ",
    "'",
    '"',
    "|",
    ">",
    "? ",
    "---\n",
    "\x00",
    "42",
    "1.5",
    "2024-01-01",
    "true",
    "~",
    "mit",
    "( AND mit",
    "other",
    "#",
    ",",
    "license_name: ",
    "\x1b[2J",
)
TOML = _tokens(
    "[tool.openlint]\n",
    "[tool.openlint.use]\n",
    "[[tool.openlint.models]]\n",
    "[project]\n",
    "id = ",
    "license = ",
    "path = ",
    "fail-on = ",
    "ignore = ",
    "use-cases = ",
    "distribution = ",
    "monthly-active-users = ",
    "online = ",
    "baseline = ",
    '"',
    "'",
    "'''",
    '"""',
    "[",
    "]",
    "{",
    "}",
    "=",
    ",",
    ".",
    "\n",
    "9" * 40,
    "1e400",
    "true",
    "inf",
    "nan",
    "#",
    "\\u0000",
    "a.b.c",
    "../../x",
)
EXPRESSION = _tokens(
    "mit",
    "apache-2.0",
    "llama3.1",
    "gpl-3.0-only",
    "Classpath-exception-2.0",
    " AND ",
    " OR ",
    " WITH ",
    "(",
    ")",
    "+",
    "LicenseRef-x",
    "other",
    " ",
    ",",
    "/",
    "openrail++",
    "\x00",
    "\u202e",
)
LICENCE = _tokens(
    "You may not use ",
    "the Model ",
    "for commercial purposes",
    " more than 700 million monthly active users",
    "must include ",
    '"Built with Llama"',
    " attribution",
    " in the United States",
    "display",
    " ",
    "\n\n",
    ".",
    ",",
    "'",
    '"',
    "“",
    "”",
    "0" * 30,
    "https://a.a.",
    "a.",
    "(c) ",
    "Copyright ",
    "Notice",
    "prohibited",
)


@FUZZ
@given(YAML)
def test_card_front_matter(body: str) -> None:
    from openlint.audit.run import audit_card, front_matter

    text = f"---\n{body}\n---\n# card\n"
    front_matter(text)
    with tempfile.TemporaryDirectory() as directory:
        card = Path(directory) / "README.md"
        card.write_text(text, encoding="utf-8", errors="surrogatepass")
        record = audit_card(str(card), directory)
        json.dumps(record)  # every record is one JSON line


@FUZZ
@given(TOML)
def test_config_toml(body: str) -> None:
    from openlint.core.config import load_config

    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "pyproject.toml"
        path.write_text(body, encoding="utf-8", errors="surrogatepass")
        with contextlib.suppress(OpenlintError):
            load_config(path)


@FUZZ
@given(EXPRESSION)
def test_licence_expression(query: str) -> None:
    from openlint.core.explanation import explain

    with contextlib.suppress(OpenlintError):
        explain(query)


GGUF_VALUES = st.one_of(
    st.integers(0, 2**31 - 1), st.booleans(), st.text(max_size=20), st.lists(st.text(max_size=5), max_size=5)
)


@FUZZ
@given(
    st.lists(st.tuples(st.sampled_from(["general.license", "general.name", "x"]), GGUF_VALUES), max_size=6),
    st.integers(0, 64),
    st.binary(max_size=64),
    st.sampled_from([1, 2, 3]),
)
def test_gguf_header(meta: list[tuple[str, object]], cut: int, tail: bytes, version: int) -> None:
    """Valid headers truncated, extended with junk, or with a forged length."""
    from openlint.sources.gguf import read_general

    data = gguf(meta, version=version)
    variants = [data[: len(data) - cut], data + tail, data[:24] + struct.pack("<Q", 2**63) + tail]
    variants.append(b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + string("general.license") + struct.pack("<I", 8) + tail)
    with tempfile.TemporaryDirectory() as directory:
        for n, blob in enumerate(variants):
            path = Path(directory) / f"{n}.gguf"
            path.write_bytes(blob)
            assert isinstance(read_general(path), dict)


@FUZZ
@given(LICENCE)
def test_licence_text(text: str) -> None:
    from openlint.text.read import read_text

    reading = read_text(text, "LICENSE")
    assert reading.verdict


BOM_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=12)),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=20,
)
BOM_KEYS = st.sampled_from(
    [
        "components",
        "licenses",
        "license",
        "id",
        "name",
        "expression",
        "packages",
        "SPDXID",
        "licenseConcluded",
        "licenseDeclared",
        "@graph",
        "type",
        "modelCard",
        "relationships",
        "hasExtractedLicensingInfos",
        "text",
    ]
)


@FUZZ
@given(
    st.sampled_from(
        [
            {"bomFormat": "CycloneDX", "specVersion": "1.6"},
            {"spdxVersion": "SPDX-2.3", "SPDXID": "SPDXRef-DOCUMENT"},
            {"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"},
        ]
    ),
    st.dictionaries(BOM_KEYS, BOM_VALUES, max_size=6),
    st.text(max_size=200),
)
def test_bom_documents(head: dict[str, object], body: dict[str, object], tag_value: str) -> None:
    from openlint.bom.read import parse

    for raw in (json.dumps({**head, **body}).encode(), ("SPDXVersion: SPDX-2.3\n" + tag_value).encode()):
        with contextlib.suppress(OpenlintError):
            parse(raw, "bom.json")
