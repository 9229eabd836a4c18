"""What cli.py and the sub-command modules it hands over to (bom/cli.py) share: exit codes, the
one-line usage error, and the values `--format` accepts that the parser names before their module is
imported. Imports nothing but the import-free openlint.bom: every command's start-up pays for it."""

from __future__ import annotations

import sys

from openlint.bom import FORMATS

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2

BOM_FORMATS = FORMATS  # `bom --format`, named by the parser before openlint.cli.bom is imported


def usage_error(message: str) -> int:
    """One line on stderr and exit 2: how every command reports bad input, never a traceback."""
    print(f"openlint: error: {message}", file=sys.stderr)
    return EXIT_USAGE
