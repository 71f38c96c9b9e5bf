"""Command line: `python -m advisor parse "PHRASE" --said-on YYYY-MM-DD [--country CC]`.

Each subcommand is one `_add_<name>` function that registers its arguments and the
function that runs it, so `schedule` and `plan` can be added beside `parse`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from datetime import date
from typing import NoReturn

from advisor.phrases import PhraseError, parse_timeline_phrase

__all__ = ["main"]

_Run = Callable[[argparse.Namespace], int]


class _UsageError(Exception):
    """Bad command-line input; the message is the one line shown after `error: `."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # argparse would print a multi-line usage block and exit; callers want one line
        raise _UsageError(message.removeprefix("argument "))


def _iso_date(text: str) -> date:
    # date.fromisoformat also takes "20261201" and week dates; only YYYY-MM-DD is promised
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text, re.ASCII):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}")


def _run_parse(args: argparse.Namespace) -> int:
    try:
        reading = parse_timeline_phrase(
            phrase=args.phrase, said_on=args.said_on, country=args.country
        )
    except PhraseError as exc:
        raise _UsageError(str(exc)) from exc
    print(json.dumps(reading.model_dump(mode="json")))
    return 0


def _add_parse(commands: argparse._SubParsersAction[_Parser]) -> None:
    command = commands.add_parser(
        "parse", help="read an interviewer's words about timing as business days"
    )
    command.add_argument("phrase", help="the words used, e.g. 'in two weeks'")
    command.add_argument(
        "--said-on", required=True, type=_iso_date, help="the day it was said, YYYY-MM-DD"
    )
    command.add_argument(
        "--country", default="US", help="two-letter code for public holidays (default US)"
    )
    command.set_defaults(run=_run_parse)


def _build_parser() -> _Parser:
    parser = _Parser(prog="python -m advisor", description="Interview follow-up advisor.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_parse(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one subcommand; exit status 2 with a one-line message on bad input."""
    try:
        args = _build_parser().parse_args(argv)
        run: _Run = args.run
        return run(args)
    except _UsageError as exc:
        print("error: " + " ".join(str(exc).split()), file=sys.stderr)
        return 2
