"""GitHub Actions workflow commands (`::error file=...,line=...::message`)."""

from __future__ import annotations

from openlint.engine import Report

LEVELS = {"error": "error", "warning": "warning", "note": "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report) -> str:
    lines = []
    for finding in report.findings:
        props = [f"title={_escape_property(f'{finding.rule} {finding.name}')}"]
        if finding.location is not None:
            props.insert(0, f"file={_escape_property(finding.location.path)}")
            if finding.location.line:
                props.insert(1, f"line={finding.location.line}")
        message = finding.message
        if finding.required_text:
            message += f' (exact text: "{finding.required_text}")'
        lines.append(f"::{LEVELS[finding.severity]} {','.join(props)}::{_escape_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")
