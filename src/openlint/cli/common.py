"""What the command modules share: exit codes, the one-line usage error, the parser class, the project
arguments of `check` and `bom`, and the BOM formats the `bom` parser names. Imports nothing but the
import-free openlint.bom: every command's start-up pays for it."""

from __future__ import annotations

import argparse
import sys

from openlint.bom import FORMATS

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2

BOM_FORMATS = FORMATS  # `bom --format`; the writers load only when a BOM is written


def usage_error(message: str) -> int:
    """One line on stderr and exit 2: how every command reports bad input, never a traceback."""
    print(f"openlint: error: {message}", file=sys.stderr)
    return EXIT_USAGE


class Parser(argparse.ArgumentParser):
    """A usage error is one line and exit 2, as every other error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"openlint: error: {message}\n")


def add_project_arguments(p: argparse.ArgumentParser) -> None:
    """What `check` and `bom` both read: the project, its config, and whether the Hub may be asked."""
    p.add_argument("path", nargs="?", default=".", help="project directory or file (default: .)")
    p.add_argument("--config", help="config file (default: openlint.toml / pyproject.toml found upwards)")
    p.add_argument(
        "--online",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="read Hub ids missing from the local Hugging Face cache from the Hub: model cards and license "
        "texts only, never weights (token: HF_TOKEN); default: offline",
    )
