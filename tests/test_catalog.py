"""Every catalog entry loads, cites its sources, and its quotes are really in the license text."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from openlint.core.catalog import Catalog, LicenseEntry, default_catalog, load_entry
from openlint.errors import CatalogError
from repo_scripts import load_script

CATALOG = default_catalog()
ENTRIES = sorted(CATALOG.values(), key=lambda e: e.id)


def _fold(text: str) -> str:
    """Compare quotes modulo typography: quotes, dashes, markdown emphasis, whitespace, case."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(
        str.maketrans(
            {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u2013": "-", "\u2014": "-", "\u00a0": " "}
        )
    )
    text = re.sub(r"[*_`#>]", "", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def test_catalog_is_not_trivial() -> None:
    assert len(CATALOG) >= 100


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.id)
def test_entry_has_sourced_obligations(entry: LicenseEntry) -> None:
    assert entry.summary.strip()
    for ob in entry.obligations:
        assert ob.source.section, f"{entry.id}: {ob.kind} has no section"
        assert ob.source.quote and len(ob.source.quote) <= 400, f"{entry.id}: {ob.kind} quote missing or long"
        if ob.source.document:
            assert ob.source.document in CATALOG


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.text_in_corpus], ids=lambda e: e.id)
def test_quotes_are_verbatim_in_corpus_text(entry: LicenseEntry, corpus: Path) -> None:
    own = _fold((corpus / "licenses" / str(entry.text_in_corpus)).read_text(encoding="utf-8"))
    for ob in entry.obligations:
        doc = CATALOG[ob.source.document] if ob.source.document else entry
        if doc.text_in_corpus is None:
            continue
        text = own if doc is entry else _fold((corpus / "licenses" / doc.text_in_corpus).read_text("utf-8"))
        quote = _fold(str(ob.source.quote))
        # Ellipses in a quote join verbatim fragments.
        for fragment in (f.strip() for f in re.split(r"\.\.\.|…|\[\.\.\.\]", quote)):
            assert not fragment or fragment in text, f"{entry.id} {ob.kind}: {fragment!r} not in {doc.text_in_corpus}"


def test_every_corpus_text_is_catalogued(corpus: Path) -> None:
    covered = {e.text_in_corpus for e in ENTRIES}
    texts = sorted(str(p.relative_to(corpus / "licenses")) for p in (corpus / "licenses").glob("*/*.txt"))
    missing = [t for t in texts if t not in covered]
    assert not missing


def test_catalog_ids_and_tags_are_unique() -> None:
    seen: dict[str, str] = {}
    for entry in ENTRIES:
        for key in (entry.id, *entry.hf_tags, *(s for s in (entry.spdx, *entry.other_spdx) if s)):
            assert seen.setdefault(key.lower(), entry.id) == entry.id, (
                f"{key} claimed by {seen[key.lower()]} and {entry.id}"
            )


def test_scancode_keys_exist_in_license_expression_index() -> None:
    from license_expression import get_license_index

    known = {item["license_key"] for item in get_license_index()}
    unknown = [(e.id, k) for e in ENTRIES for k in e.scancode_keys if k not in known]
    assert not unknown


def _write(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / f"{name}.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_malformed_entry_names_file_and_field(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "bad",
        'id = "bad"\nname = "Bad"\nfamily = "permissive"\nosi_approved = "maybe"\n'
        'ai_model_license = false\nsummary = "x"\n',
    )
    with pytest.raises(CatalogError, match=r"bad\.toml: osi_approved"):
        load_entry(path)


def test_obligation_parameters_are_checked_per_kind(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "cap",
        'id = "cap"\nname = "Cap"\nfamily = "ai-other"\nosi_approved = false\n'
        'ai_model_license = true\nsummary = "x"\n[[obligations]]\nkind = "user_cap"\n'
        'triggers = ["use"]\nthreshold = 5\nsource = { section = "2", quote = "q" }\n',
    )
    with pytest.raises(CatalogError, match=r"cap\.toml: obligations\.0.*metric"):
        load_entry(path)


def test_unknown_key_and_bad_toml_fail_loudly(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="licence_typo"):
        load_entry(_write(tmp_path, "x", 'id = "x"\nlicence_typo = 1\n'))
    with pytest.raises(CatalogError, match=r"y\.toml"):
        load_entry(_write(tmp_path, "y", "id = \n"))


def test_id_must_match_file_name(tmp_path: Path) -> None:
    body = (
        'id = "other-name"\nname = "N"\nfamily = "permissive"\nosi_approved = true\n'
        'ai_model_license = false\nsummary = "s"\n'
    )
    with pytest.raises(CatalogError, match="must match the file name"):
        load_entry(_write(tmp_path, "name", body))


def test_dangling_reference_is_rejected(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "a",
        'id = "a"\nname = "A"\nfamily = "ai-other"\nosi_approved = false\nai_model_license = true\n'
        'summary = "s"\nincorporates = ["missing-policy"]\n',
    )
    with pytest.raises(CatalogError, match="missing-policy"):
        Catalog.from_directory(tmp_path)


def test_shipped_name_index_is_current() -> None:

    repo = Path(__file__).resolve().parents[1]
    module = load_script("build_catalog_index")
    current = (repo / "rules" / "licenses" / "_index.json").read_text(encoding="utf-8")
    assert current == module.render(repo / "rules" / "licenses"), "run scripts/build_catalog_index.py"


def test_lazy_catalog_matches_eager() -> None:
    repo = Path(__file__).resolve().parents[1]
    eager = Catalog.from_directory(repo / "rules" / "licenses")
    assert set(CATALOG) == set(eager)
    assert CATALOG["llama3.1"] == eager["llama3.1"]


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.id)
def test_shipped_entry_is_what_pydantic_validates(entry: LicenseEntry) -> None:
    """The shipped catalog is built without pydantic for speed; pydantic must agree on every file."""
    from openlint._data import data_dir

    path = data_dir() / "licenses" / f"{entry.id}.toml"
    assert load_entry(path) == load_entry(path, trusted=True) == entry


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"kind": "naming"}, "needs one of contains, prefix"),
        ({"kind": "attribution", "prefix": "X"}, "takes no prefix"),
        ({"kind": "attribution", "triggers": ()}, "triggers"),
        ({"kind": "attribution", "triggers": ("sell",)}, "triggers"),
        ({"kind": "attribution", "confidence": 1.5}, "confidence"),
        ({"kind": "user_cap", "threshold": 0, "metric": "monthly_active_users"}, "greater than 0"),
        ({"kind": "territory", "excluded": ("Europe",)}, "alpha-2"),
        ({"kind": "copyleft"}, "unknown obligation kind"),
    ],
)
def test_obligation_invariants_hold_however_it_is_built(fields: dict[str, object], message: str) -> None:
    from openlint.core.obligations import Obligation, Source

    args: dict[str, object] = {"triggers": ("distribute",), "source": Source(section="1", quote="q"), **fields}
    with pytest.raises(ValueError, match=message):
        Obligation(**args)  # type: ignore[arg-type]


def test_trusted_load_falls_back_to_pydantic_errors(tmp_path: Path) -> None:
    path = _write(tmp_path, "x", 'id = "x"\nname = "X"\nfamily = "permissive"\nosi_approved = "maybe"\n')
    with pytest.raises(CatalogError, match=r"x\.toml: "):
        load_entry(path, trusted=True)
