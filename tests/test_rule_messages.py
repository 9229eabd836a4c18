"""Rule messages cite a clause's section (`§{obligation.section}`) only when it has one: obligations read
from a licence text have none, and their messages carry no empty "(§)"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from openlint.checking.checker import load_project, run_check
from openlint.checking.rules import render_message

PROJECTS = Path(__file__).resolve().parents[1] / "fixtures" / "projects"
# A section sign with no section after it, or a parenthesis left empty or opening on a separator.
DANGLING = re.compile(r"§(?![\w.()]*\w)|\(\s*\)|\(\s*[;,]|[;,]\s*\)")


@pytest.mark.parametrize(
    ("template", "section", "expected"),
    [
        ("X (§{o.section}) forbids it", "", "X forbids it"),
        ("X (§{o.section}) forbids it", "4.a", "X (§4.a) forbids it"),
        ("cap of 1 (§{o.section}; it counts a) b", "", "cap of 1 (it counts a) b"),
        ("cap of 1 (§{o.section}; it counts a) b", "2", "cap of 1 (§2; it counts a) b"),
        ("in EU (§{o.section}, test: t; s)", "", "in EU (test: t; s)"),
        ("in EU (§{o.section}, test: t; s)", "5", "in EU (§5, test: t; s)"),
        ("(a derivative, §{o.section}): do", "", "(a derivative): do"),
        ("(a derivative, §{o.section}): do", "1.1(e)", "(a derivative, §1.1(e)): do"),
        ("see §{o.section}.", "", "see ."),
    ],
)
def test_section_part_disappears_when_absent(template: str, section: str, expected: str) -> None:
    assert render_message(template, {"o": {"section": section}}) == expected


def test_a_missing_field_still_shows_as_unknown() -> None:
    # Only an empty section is left out; a field the data lacks is a rule's mistake and stays visible.
    assert render_message("X (§{o.section})", {"o": {}}) == "X (§?)"


def _messages(project: str) -> dict[str, list[str]]:
    root = PROJECTS / project
    report = run_check(load_project(root, environ={}), use_baseline=False, relative_to=root)
    out: dict[str, list[str]] = {}
    for finding in report.findings:
        out.setdefault(finding.rule, []).append(finding.message)
    return out


def test_text_read_obligations_have_no_empty_section() -> None:
    messages = _messages("license-other-named")  # obligations read from models/heron/LICENSE
    assert {"OL101", "OL105"} <= set(messages)
    for code in ("OL101", "OL105"):
        (message,) = messages[code]
        assert "§" not in message and not DANGLING.search(message), message


def test_catalog_obligations_keep_their_section() -> None:
    messages = _messages("llama-chatbot-over-cap")  # Llama 3.1's user cap, catalogued with its section
    (message,) = messages["OL101"]
    assert re.search(r"\(§2; ", message) and not DANGLING.search(message), message
