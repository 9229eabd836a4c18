"""The `openlint` command: `main(argv) -> int`, stdlib argparse, everything heavy imported lazily."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"openlint: error: {message}\n")


def _cmd_explain(args: argparse.Namespace) -> int:
    from openlint.errors import OpenlintError
    from openlint.explain import explain

    try:
        explanation = explain(args.license)
    except OpenlintError as exc:
        print(f"openlint: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "json":
        from openlint.output import explain_json

        sys.stdout.write(explain_json.render(explanation))
    else:
        from openlint.output import explain_text

        sys.stdout.write(explain_text.render(explanation))
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "explain": _cmd_explain,
}


def build_parser() -> argparse.ArgumentParser:
    from openlint import __version__

    parser = _Parser(
        prog="openlint",
        description="What do the licenses of your AI models, datasets and code require of you?",
    )
    parser.add_argument("--version", action="version", version=f"openlint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    p_explain = sub.add_parser(
        "explain",
        help="explain a license: identity and every obligation, with its source",
        description="Explain a license id, Hugging Face tag, ScanCode key, license name or SPDX expression.",
    )
    p_explain.add_argument("license", help='e.g. llama3.1, "Apache-2.0 OR MIT", gemma, "apache 2"')
    p_explain.add_argument("--format", choices=("text", "json"), default="text")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
