"""What cli.py and the sub-command modules it hands over to (bom/cli.py) share: exit codes, the
one-line usage error, and the values `--format` accepts that the parser names before their module is
imported. Imports nothing: every command's start-up pays for it."""

from __future__ import annotations

import sys

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2

BOM_FORMATS = ("spdx-2.3", "spdx-2.3-tv", "spdx-3.0.1", "cyclonedx-1.6", "cyclonedx-1.7")  # `bom --format`


def usage_error(message: str) -> int:
    """One line on stderr and exit 2: how every command reports bad input, never a traceback."""
    print(f"openlint: error: {message}", file=sys.stderr)
    return EXIT_USAGE
