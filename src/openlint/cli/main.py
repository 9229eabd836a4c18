"""The `openlint` command: `main(argv) -> int`, stdlib argparse. Each command is one module of this package
(`add_parser` declares its arguments, `run` carries it out) importing everything heavy lazily."""

from __future__ import annotations

import gc
from collections.abc import Sequence

from openlint.cli import audit, bom, check, combine, deps, explain, openness
from openlint.cli.common import EXIT_OK, EXIT_USAGE, Parser

COMMANDS = (explain, combine, check, openness, deps, audit, bom)  # in `openlint --help` order


def build_parser() -> Parser:
    from openlint import __version__

    parser = Parser(
        prog="openlint",
        description="What do the licenses of your AI models, datasets and code require of you?",
    )
    parser.add_argument("--version", action="version", version=f"openlint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for command in COMMANDS:
        command.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        code: int = args.run(args)
        return code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


def run() -> None:
    """The `openlint` executable: `main` in a process of its own, which may tune the collector.
    Collect garbage rarely, and skip the final collection over objects the process drops anyway:
    both are measurable in a pre-commit hook's wall time."""
    gc.set_threshold(50_000, 20, 100)
    code = main()
    gc.freeze()
    raise SystemExit(code)


if __name__ == "__main__":
    run()
