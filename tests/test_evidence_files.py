"""Evidence files that do not discharge a duty: outside the project, only in an HTML comment, or the licence
text itself (which contains the phrase it requires, in the clause requiring it)."""

from __future__ import annotations

from pathlib import Path

import pytest

import openlint
from conftest import require_shared
from openlint.errors import ConfigError

CONFIG = """[use]
distribution = ["saas"]

[evidence]
attribution = "{path}"

[[models]]
id = "meta-llama/Llama-3.1-8B-Instruct"
license = "llama3.1"
"""


def _codes(root: Path, evidence: str) -> list[str]:
    (root / "openlint.toml").write_text(CONFIG.format(path=evidence), encoding="utf-8")
    return [f.rule for f in openlint.check(root).findings if not f.undecided]


def test_the_licence_text_is_not_evidence_of_the_attribution_it_requires(tmp_path: Path) -> None:
    licence = require_shared() / "licenses" / "ai" / "llama3.1-community.txt"
    (tmp_path / "LICENSE-llama").write_text(licence.read_text(encoding="utf-8"), encoding="utf-8")
    assert "OL201" in _codes(tmp_path, "LICENSE-llama")
    (tmp_path / "about.md").write_text("# About\n\nAcmeChat is Built with Llama.\n", encoding="utf-8")
    assert "OL201" not in _codes(tmp_path, "about.md")  # a page that shows the phrase still discharges it


def test_a_phrase_only_in_an_html_comment_is_not_displayed(tmp_path: Path) -> None:
    (tmp_path / "about.md").write_text("# About\n<!-- TODO: add Built with Llama -->\n", encoding="utf-8")
    assert "OL201" in _codes(tmp_path, "about.md")
    (tmp_path / "about.md").write_text("# About\n<!-- draft -->\nBuilt with Llama\n", encoding="utf-8")
    assert "OL201" not in _codes(tmp_path, "about.md")


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("a <!-- b --> c", "a   c"),
        ("a <!-- b", "a "),
        ("<!--x--><!--y-->z", "  z"),
        ("no comment", "no comment"),
    ],
)
def test_shown_removes_html_comments(text: str, seen: str) -> None:
    from openlint.checking.evidence import shown

    assert shown(text) == seen


@pytest.mark.parametrize("path", ["../outside/about.md", "../../../../work/shared/x.txt", "/etc/hosts", "docs/../../x"])
def test_evidence_outside_the_project_is_a_config_error(tmp_path: Path, path: str) -> None:
    (tmp_path / "openlint.toml").write_text(CONFIG.format(path=path), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"evidence\.attribution"):
        openlint.check(tmp_path)


def test_evidence_inside_the_project_through_dot_dot_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "about.md").write_text("Built with Llama\n", encoding="utf-8")
    assert "OL201" not in _codes(tmp_path, "docs/../about.md")


def test_a_link_out_of_the_project_is_not_evidence(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "about.md").write_text("Built with Llama\n", encoding="utf-8")
    project = tmp_path / "project"
    project.mkdir()
    (project / "about.md").symlink_to(outside / "about.md")
    assert "OL201" in _codes(project, "about.md")
