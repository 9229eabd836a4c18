"""GitHub Actions workflow commands (`::error file=...,line=...::message`)."""

from __future__ import annotations

from pathlib import Path

from openlint.checking.engine import Report
from openlint.core.findings import Location

LEVELS = {"error": "error", "warning": "warning", "note": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _repository_path(location: Location, report: Report) -> str | None:
    """Annotations name files relative to the repository root (GITHUB_WORKSPACE), whatever the cwd."""
    from openlint.checking.gate import relative_uri

    base = Path(report.base_dir) if report.base_dir else Path.cwd()
    return relative_uri(location.path, base, Path(report.repository_root) if report.repository_root else base)


def _where(location: Location, report: Report) -> str:
    path = _repository_path(location, report) or location.path
    return f"{path}:{location.line}" if location.line else path


def render(report: Report) -> str:
    lines = []
    for finding in report.findings:
        props = [f"title={_escape_property(f'{finding.rule} {finding.name}')}"]
        # A file outside the repository (the Hugging Face cache) cannot be annotated: the related one can.
        places = [loc for loc in (finding.location, *finding.related) if loc is not None]
        annotated = next((loc for loc in places if _repository_path(loc, report) is not None), None)
        if annotated is not None:
            path = _repository_path(annotated, report)
            assert path is not None
            props.insert(0, f"file={_escape_property(path)}")
            if annotated.line:
                props.insert(1, f"line={annotated.line}")
        message = finding.message
        if finding.required_text:
            message += f' (exact text: "{finding.required_text}")'
        others = [_where(loc, report) for loc in places if loc is not annotated]
        if others:
            message += f" (see also: {', '.join(others)})"
        lines.append(f"::{LEVELS[finding.severity]} {','.join(props)}::{escape_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")
