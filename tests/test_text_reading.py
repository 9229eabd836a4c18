"""Reading license texts: identification, extraction with line citations, reconciliation."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from openlint.core.catalog import default_catalog
from openlint.core.obligations import Obligation
from openlint.text.extract import extract
from openlint.text.identify import identify
from openlint.text.normalize import decode, words
from openlint.text.patterns import NEEDLE_KINDS
from openlint.text.read import identity, read_path, read_text

REPO = Path(__file__).resolve().parents[1]
LICENSE_FIXTURES = sorted(p for p in (REPO / "fixtures" / "licenses").iterdir() if p.is_dir())


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(corpus.glob("licenses/*/*.txt"))


def test_every_corpus_text_is_identified_as_itself(corpus: Path) -> None:
    files = corpus_files(corpus)
    assert len(files) >= 70
    for path in files:
        result = identify(words(decode(path.read_bytes())))
        assert result.verdict == "known", path.name
        assert result.best is not None and result.best.reference.source == str(path.relative_to(corpus / "licenses"))


def _llama31(corpus: Path) -> str:
    return (corpus / "licenses" / "ai" / "llama3.1-community.txt").read_text(encoding="utf-8")


def test_changed_number_is_known_with_differences_and_the_file_wins(corpus: Path) -> None:
    reading = read_text(_llama31(corpus).replace("700 million", "70 million"), "LICENSE")
    assert reading.verdict == "known-with-differences" and reading.license_id == "llama3.1"
    (changed,) = [d for d in reading.differences if d.kind == "user_cap"]
    assert changed.status == "changed" and changed.text is not None and changed.text.threshold == 70_000_000
    cap = next(ob for ob in reading.obligations if ob.kind == "user_cap")
    assert cap.threshold == 70_000_000


def test_text_embedded_in_a_readme_is_known(corpus: Path) -> None:
    readme = "# Orion-8B\n\nA fine-tune for support chat with many useful skills and benchmarks.\n\n## License\n\n"
    readme += _llama31(corpus) + "\n\n## Citation\n\nPlease cite our technical report if this model helps you.\n"
    reading = read_text(readme, "README.md")
    assert reading.verdict == "known" and reading.license_id == "llama3.1"


def test_added_passage_cites_its_own_line_after_a_copyright_line(corpus: Path) -> None:
    # Blank lines before a copyright line are kept: dropping them moved every later citation up.
    text = (corpus / "licenses" / "spdx" / "MIT.txt").read_text(encoding="utf-8")
    text = text.replace("MIT License\n\n", "MIT License\n\n\n\n\n", 1)
    text = text.replace("to deal\n", "to deal, once the holder is paid a fee,\n", 1)
    line = next(i for i, row in enumerate(text.split("\n"), 1) if "a fee" in row)
    (added,) = identify(words(text)).added
    assert added.inside and added.start_line <= line <= added.end_line


def test_llama_versions_are_told_apart(corpus: Path) -> None:
    for version in ("3", "3.1", "3.2", "3.3", "4"):
        text = (corpus / "licenses" / "ai" / f"llama{version}-community.txt").read_text(encoding="utf-8")
        assert read_text(text, "LICENSE").license_id == f"llama{version}"


def test_renamed_llama_variant_is_same_family_with_differences(corpus: Path) -> None:
    text = _llama31(corpus).replace("Llama 3.1", "Orion 2").replace("Llama", "Orion").replace("Meta", "Orion Labs")
    reading = read_text(text, "LICENSE")
    assert reading.verdict == "known-with-differences"
    assert reading.entry is not None and reading.entry.family == "llama"
    naming = next(ob for ob in reading.obligations if ob.kind == "naming")
    assert naming.prefix == "Orion"


@pytest.mark.parametrize("case", LICENSE_FIXTURES, ids=lambda p: p.name)
def test_custom_license_fixture(case: Path) -> None:
    """Exact, like semgrep-rules' annotations: each obligation's kind, parameters and the first and last
    line it cites; a missing, extra or duplicate reading, or a citation off by one line, fails."""
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    (reading,) = read_path(str(case / "LICENSE"))
    assert reading.verdict == expected["verdict"]
    got = sorted((ob.kind, ob.source.start_line, ob.source.end_line) for ob in reading.obligations)
    want = sorted((o["kind"], o["start_line"], o["end_line"]) for o in expected["obligations"])
    assert got == want
    for want_ob in expected["obligations"]:
        (ob,) = [
            ob
            for ob in reading.obligations
            if (ob.kind, ob.source.start_line, ob.source.end_line)
            == (want_ob["kind"], want_ob["start_line"], want_ob["end_line"])
        ]
        for key, value in want_ob.items():
            if key not in ("kind", "start_line", "end_line"):
                assert ob.parameters()[key] == value, (want_ob["kind"], key)
        assert ob.source.path == str(case / "LICENSE")
        assert 0.0 < ob.confidence <= 1.0


READABLE_KINDS = frozenset().union(*NEEDLE_KINDS.values())


def test_readable_kinds_cover_the_core_vocabulary() -> None:
    assert {"user_cap", "naming", "attribution", "territory", "no_derivatives", "research_only"} <= READABLE_KINDS


# Readings the text states that the catalog entry does not record (yet): Hunyuan's "Model Derivatives" take in
# models made by transfer of patterns of its weights or Output, including distillation (outputs_make_derivatives,
# read from the text since round 9; the gemma / deepseek / RAIL entries record it, the Hunyuan entries do not).
CATALOG_LAGS = {"tencent-hunyuan-community": {"outputs_make_derivatives"}}


def test_extraction_matches_the_catalog_for_ai_licenses(corpus: Path) -> None:
    catalog = default_catalog()
    by_file = {e.text_in_corpus: e for e in catalog.values() if e.text_in_corpus}

    def signature(ob: Obligation) -> tuple[str, tuple[str, ...]]:
        return ob.kind, identity(ob)

    for path in sorted((corpus / "licenses" / "ai").glob("*.txt")):
        entry = by_file[f"ai/{path.name}"]
        # Kinds only counsel's reading records are not the reader's to find.
        want = {signature(o) for o in entry.obligations if o.source.document is None and o.kind in READABLE_KINDS}
        got = {signature(o) for o in extract(path.read_text(encoding="utf-8"), path.name)}
        lags = CATALOG_LAGS.get(entry.id, set())
        assert lags <= {kind for kind, _ in got}, entry.id  # the text states it: the reader must find it
        want |= {sig for sig in got if sig[0] in lags}
        assert want == got, entry.id


def test_rail_is_flow_down_not_copyleft(corpus: Path) -> None:
    for name in ("bigscience-bloom-rail-1.0.txt", "creativeml-openrail-m.txt", "deepseek-model.txt"):
        kinds = {ob.kind for ob in extract((corpus / "licenses" / "ai" / name).read_text(encoding="utf-8"), name)}
        assert "flow_down" in kinds and "share_alike" not in kinds


def test_precision_guards() -> None:
    text = (
        "1. You may not use our trademarks, names or logos.\n\n"
        '2. THE MODEL IS PROVIDED AS IS AND WE SHALL NOT BE LIABLE; display "Built with Foo" never.\n\n'
        '3. You are encouraged to mark products "Powered by Foo".\n\n'
        "4. If you use outputs to train an AI model which is distributed, you shall name it freely.\n"
    )
    assert extract(text, "LICENSE") == []


def test_model_directory_reads_license_and_policy(tmp_path: Path, corpus: Path) -> None:
    (tmp_path / "LICENSE").write_text(_llama31(corpus), encoding="utf-8")
    (tmp_path / "USE_POLICY.md").write_text(
        (corpus / "licenses" / "ai" / "llama3.1-aup.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    readings = read_path(str(tmp_path))
    assert [r.license_id for r in readings] == ["llama3.1", "llama3.1-aup"]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "openlint", *args], input=stdin, capture_output=True, timeout=120)


def test_cli_file_stdin_and_json(corpus: Path) -> None:
    path = corpus / "licenses" / "ai" / "gemma-terms-of-use.txt"
    proc = run("explain", str(path), "--format", "json")
    assert proc.returncode == 0
    doc = json.loads(proc.stdout)
    assert doc["schema_version"] == 1
    (document,) = doc["documents"]
    assert document["verdict"] == "known" and document["license"] == "gemma"
    notice = next(o for o in document["obligations"] if o["kind"] == "notice")
    assert set(notice["source"]) >= {"path", "start_line", "end_line", "text"}
    piped = run("explain", "-", stdin=path.read_bytes())
    assert piped.returncode == 0 and b"known license" in piped.stdout


def test_cli_missing_path_is_exit_2() -> None:
    proc = run("explain", "no/such/LICENSE")
    assert proc.returncode == 2 and b"no such file" in proc.stderr and b"Traceback" not in proc.stderr


def test_shipped_fingerprints_are_current(corpus: Path) -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    from build_fingerprints import build

    from openlint.text.fingerprints import store_document

    shipped = json.loads((REPO / "rules" / "fingerprints" / "licenses.json").read_text(encoding="utf-8"))
    rebuilt = json.loads(json.dumps(store_document(build(corpus / "licenses", set())), sort_keys=True))
    assert shipped == rebuilt, "run scripts/build_fingerprints.py"


def test_package_data_has_no_license_texts() -> None:
    store = (REPO / "rules" / "fingerprints" / "licenses.json").read_text(encoding="utf-8")
    assert "Permission is hereby granted" not in store and "Llama Materials" not in store


def test_cli_several_files(corpus: Path) -> None:
    llama, mit = corpus / "licenses" / "ai" / "llama3.1-community.txt", corpus / "licenses" / "spdx" / "MIT.txt"
    proc = run("explain", str(llama), str(mit), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert [d["license"] for d in json.loads(proc.stdout)["documents"]] == ["llama3.1", "MIT"]
    mixed = run("explain", str(mit), "apache-2.0")
    assert mixed.returncode == 2 and b"one license name at a time" in mixed.stderr
