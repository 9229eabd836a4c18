"""Identification weighs what a document calls itself (issue 14) and never invents differences for a
verbatim reference text (issue 15); empty and binary files are not license texts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from license_clauses import CLAUSES
from openlint.text.read import read_path, read_text


def _ai(corpus: Path, name: str) -> str:
    return (corpus / "licenses" / "ai" / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("title", "license_id", "verdict"),
    [
        # the clauses say nothing the catalog lacks: what they omit is "only in the catalog"
        ("Databricks Open Model License", "databricks-open-model", "known"),
        # NVIDIA's entry has no training-other-models clause: the text adds one
        ("NVIDIA Open Model License Agreement", "nvidia-open-model", "known-with-differences"),
    ],
)
def test_a_catalogued_license_without_reference_text_is_known_by_its_title(
    title: str, license_id: str, verdict: str
) -> None:
    reading = read_text(f"{title}\n{CLAUSES}", "LICENSE")
    assert reading.by_title and reading.license_id == license_id
    assert reading.verdict == verdict
    untitled = read_text(f"Model License\n{CLAUSES}", "LICENSE")
    assert not untitled.by_title and untitled.license_id is None


def test_reused_wording_under_another_title_is_not_the_reference(corpus: Path) -> None:
    # Stability's SDXL 0.9 license reuses another licensor's research-license wording: a text with
    # that wording under another name is unidentified, its closest match named, never that licensor.
    text = _ai(corpus, "stability-sdxl0.9-research.txt")
    assert read_text(text, "LICENSE").license_id == "stability-sdxl0.9-research"
    first = text.index("\n")
    renamed = read_text("ACME-30B LICENSE AGREEMENT" + text[first:], "LICENSE")
    assert renamed.verdict == "unidentified" and renamed.license_id is None
    assert renamed.identification.best is not None
    assert renamed.identification.best.reference.id == "stability-sdxl0.9-research"


def test_a_research_title_is_not_the_commercial_license(corpus: Path) -> None:
    text = _ai(corpus, "qwen-tongyi-qianwen.txt")
    assert read_text(text, "LICENSE").license_id == "tongyi-qianwen"
    first = text.index("\n")
    assert text[:first].strip().lower() == "tongyi qianwen license agreement"
    research = read_text("Tongyi Qianwen RESEARCH LICENSE AGREEMENT" + text[first:], "LICENSE")
    assert research.verdict == "unidentified" and research.license_id is None


def test_a_title_naming_another_catalogued_license_wins_over_a_relative(corpus: Path) -> None:
    text = _ai(corpus, "creativeml-openrail-m.txt")
    assert read_text(text, "LICENSE").license_id == "creativeml-openrail-m"
    retitled = read_text("CreativeML Open RAIL++-M License\n\n" + text, "LICENSE")
    assert (retitled.verdict, retitled.license_id) == ("known-with-differences", "openrail++")


def test_every_corpus_text_is_known_without_invented_differences(corpus: Path) -> None:
    for path in sorted(corpus.glob("licenses/*/*.txt")):
        reading = read_text(path.read_text(encoding="utf-8"), path.name)
        assert reading.verdict == "known" and reading.differences == (), path.name


def test_a_changed_text_still_shows_its_differences(corpus: Path) -> None:
    text = _ai(corpus, "llama3.1-community.txt").replace("700 million", "70 million")
    reading = read_text(text, "LICENSE")
    assert reading.verdict == "known-with-differences" and [d.kind for d in reading.differences] == ["user_cap"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\n", "empty"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4, "binary"),
        (b"12 34 56", "no words"),
    ],
)
def test_empty_and_binary_files_are_not_license_texts(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "LICENSE"
    path.write_bytes(data)
    proc = subprocess.run(
        [sys.executable, "-m", "openlint", "explain", str(path)], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 2 and proc.stdout == ""
    (line,) = proc.stderr.splitlines()
    assert "not a license text" in line and reason in line


def test_a_directory_skips_files_that_are_not_license_texts(tmp_path: Path) -> None:
    (tmp_path / "LICENSE").write_bytes(b"")
    (tmp_path / "NOTICE").write_text("Databricks Open Model License\n" + CLAUSES, encoding="utf-8")
    (reading,) = read_path(str(tmp_path))
    assert reading.path.endswith("NOTICE")


@pytest.mark.parametrize(
    ("name", "title", "license_id"),
    [
        (
            "spdx/CC-BY-NC-4.0.txt",
            "Creative Commons Attribution-NonCommercial 4.0 International Public License",
            "CC-BY-NC-4.0",
        ),
        ("spdx/Apache-2.0.txt", "Apache License", "Apache-2.0"),
        ("spdx/MIT.txt", "The MIT License (MIT)", "MIT"),
        ("ai/llama3.1-community.txt", "Llama 3.1 Community License Agreement", "llama3.1"),
    ],
)
def test_a_title_agreeing_with_the_text_keeps_it_known(corpus: Path, name: str, title: str, license_id: str) -> None:
    # "NonCommercial" and "Non Commercial" are the same qualifier: no false contradiction.
    text = (corpus / "licenses" / name).read_text(encoding="utf-8")
    reading = read_text(f"{title}\n\n{text}", "LICENSE")
    assert reading.verdict == "known" and reading.license_id == license_id


@pytest.mark.parametrize(
    ("title", "license_id", "by_title"),
    [
        # A bare name on the first line, without "license": the Creative Commons legal codes open so.
        ("Attribution-NonCommercial-ShareAlike 4.0 International", "CC-BY-NC-SA-4.0", True),
        ("Attribution-NonCommercial-ShareAlike 4.0\nInternational", "CC-BY-NC-SA-4.0", True),  # wrapped at 40
        ("Attribution-ShareAlike 4.0 International", "CC-BY-SA-4.0", False),
    ],
)
def test_a_bare_catalogued_name_as_first_line_names_the_license(
    corpus: Path, title: str, license_id: str, by_title: bool
) -> None:
    # CC BY-NC-SA 4.0 shares ~98% of CC BY-SA 4.0's wording and has no reference text of its own:
    # before, its text read as "CC-BY-SA-4.0 with differences", a wrong license.
    text = (corpus / "licenses" / "spdx" / "CC-BY-SA-4.0.txt").read_text(encoding="utf-8")
    first = text.index("\n")
    assert text[:first].strip() == "Attribution-ShareAlike 4.0 International"
    reading = read_text(title + text[first:], "LICENSE")
    assert (reading.license_id, reading.by_title) == (license_id, by_title)


@pytest.mark.parametrize("first_line", ["Attribution 4.0 International Weights", "Model weights for Acme"])
def test_a_first_line_that_is_not_exactly_a_name_changes_nothing(corpus: Path, first_line: str) -> None:
    text = (corpus / "licenses" / "spdx" / "CC-BY-SA-4.0.txt").read_text(encoding="utf-8")
    reading = read_text(first_line + "\n\n" + text, "LICENSE")
    assert (reading.license_id, reading.by_title) == ("CC-BY-SA-4.0", False)


def test_a_first_line_in_another_script_names_nothing() -> None:
    # Only its version would be read as a word, and "2.0" alone is the name of no license.
    reading = read_text("源2.0模型许可协议\n" + CLAUSES, "LICENSE")
    assert (reading.license_id, reading.by_title) == (None, False)
