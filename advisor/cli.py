"""Command line: `python -m advisor parse ...`, `... schedule ...`, `... plan FILE` and
`... agenda FILE`.

Each subcommand is one `_add_<name>` function that registers its arguments and the
function that runs it.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import sys
from collections.abc import Callable
from datetime import date
from typing import NoReturn

from pydantic import ValidationError

from advisor.agenda import Action, agenda
from advisor.dates import date_style_of_environment
from advisor.editing import field_errors
from advisor.models import Application, CompanySize, Plan, TimingAnswer
from advisor.phrases import PhraseError, PhraseKind, parse_timeline_phrase
from advisor.plan_file import MAX_FILE_BYTES, PlanFileError, plan_from_json
from advisor.schedule import FollowUpStep, Schedule, follow_up_schedule
from advisor.workdays import (
    place_code,
    region_code,
    split_place,
    supported_countries,
    supported_regions,
)

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


def _place(args: argparse.Namespace) -> tuple[str, str]:
    """(country, region) from `--country CA-ON`, or `--country CA --region ON`."""
    country, region = split_place(str(args.country).strip().upper())
    also = str(args.region or "").strip()
    if region and also and also.upper() != region:
        raise _UsageError(
            f"--region: {also!r} differs from the region in --country {args.country!r}"
        )
    region = region or also
    if country not in supported_countries():
        raise _UsageError(
            f"--country: unknown country code {args.country!r}; use e.g. US, GB, DE or CA-ON"
        )
    found = region_code(country, region)
    if region and found is None:
        choices = ", ".join(supported_regions(country)) or "none: it has no regional holidays"
        flag = "--region" if also else "--country"
        raise _UsageError(f"{flag}: {region!r} is not a region of {country}; use one of {choices}")
    return country, found or ""


def _add_place(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--country",
        default="US",
        help="two-letter code for public holidays and weekends, optionally with a region: "
        "CA-ON, DE-BW (default US)",
    )
    command.add_argument("--region", help="a region of the country with its own holidays: ON, BW")


def _run_parse(args: argparse.Namespace) -> int:
    try:
        reading = parse_timeline_phrase(
            phrase=args.phrase,
            said_on=args.said_on,
            country=place_code(*_place(args)),
            date_style=args.date_style,
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
    _add_place(command)
    command.set_defaults(run=_run_parse)


def _timing_from(phrase: str, said_on: date, country: str) -> TimingAnswer:
    try:
        reading = parse_timeline_phrase(phrase=phrase, said_on=said_on, country=country)
    except PhraseError as exc:
        raise _UsageError(f"--said: {exc}") from exc
    if reading.kind is PhraseKind.UNRECOGNISED:
        raise _UsageError(
            f"--said: no time frame could be read in {phrase!r}; "
            "try e.g. 'in two weeks', 'by Friday' or 'we will be in touch'"
        )
    return (
        TimingAnswer.IN_TOUCH if reading.kind is PhraseKind.NO_TIMELINE else TimingAnswer.TIME_FRAME
    )


def _run_schedule(args: argparse.Namespace) -> int:
    today: date = args.today or date.today()  # the clock is read here, at the edge, only
    country, region = _place(args)
    timing = _timing_from(args.said, args.interview_date, place_code(country, region))
    data = {
        "company": "the company",
        "interview_date": args.interview_date,
        "country": country,
        "region": region,
        "company_size": args.company_size,
        "no_calls": args.no_calls,
        "recruiter": args.recruiter,
        "timing": timing,
        "timing_phrase": args.said,
    }
    try:
        context = {"today": today, "date_style": args.date_style}
        application = Application.model_validate(data, context=context)
    except ValidationError as exc:
        raise _UsageError("; ".join(field_errors(exc).values())) from exc
    schedule = follow_up_schedule(application=application, today=today, date_style=args.date_style)
    steps = [_step_data(step) for step in schedule.steps]
    print(json.dumps({"steps": steps}, ensure_ascii=False))
    return 0


def _add_schedule(commands: argparse._SubParsersAction[_Parser]) -> None:
    command = commands.add_parser("schedule", help="print the follow-up steps for one interview")
    command.add_argument(
        "--interview-date", required=True, type=_iso_date, help="the interview's day, YYYY-MM-DD"
    )
    command.add_argument("--said", required=True, help="what they said about timing")
    command.add_argument("--today", type=_iso_date, help="the day to plan from (default: today)")
    _add_place(command)
    command.add_argument(
        "--company-size",
        default=CompanySize.UNKNOWN.value,
        choices=[CompanySize.SMALL.value, CompanySize.MEDIUM.value, CompanySize.LARGE.value],
    )
    command.add_argument("--no-calls", action="store_true", help="they asked you not to call")
    command.add_argument(
        "--recruiter", action="store_true", help="an independent recruiter is involved"
    )
    command.add_argument("--format", default="json", choices=["json"], help="output format")
    command.set_defaults(run=_run_schedule)


def _step_data(step: FollowUpStep) -> dict[str, str]:
    """A step as the `schedule` command prints it."""
    return {
        "kind": step.kind.value,
        "date": step.date.isoformat(),
        "channel": step.channel.value,
        "status": step.status.value,
        "title": step.title,
        "why": step.why,
        "source": step.source.citation,
    }


def _read_plan_file(name: str) -> bytes:
    """At most one byte more than a plan file may hold, from the path `name` or stdin for "-"."""
    shown = "standard input" if name == "-" else name
    try:
        if name == "-":
            raw = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        else:
            with open(name, "rb") as file:
                raw = file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise _UsageError(f"{shown}: no such file") from None
    except IsADirectoryError:
        raise _UsageError(f"{shown}: this is a directory, not a plan file") from None
    except PermissionError:
        raise _UsageError(f"{shown}: permission denied") from None
    except OSError as exc:
        raise _UsageError(f"{shown}: the file cannot be read ({exc.strerror or exc})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise _UsageError(f"{shown}: the file is too large (the limit is {MAX_FILE_BYTES:,} bytes)")
    return raw


def _load_plan(name: str, today: date) -> Plan:
    """The plan in the file `name` (or stdin for "-"); a one-line usage error when unreadable."""
    raw = _read_plan_file(name)
    try:
        return plan_from_json(raw, today=today)
    except PlanFileError as exc:
        shown = "standard input" if name == "-" else name
        raise _UsageError(f"{shown}: {exc}") from None


def _run_plan(args: argparse.Namespace) -> int:
    today: date = args.today or date.today()  # the clock is read here, at the edge, only
    plan = _load_plan(args.file, today)
    schedules = [
        (a, follow_up_schedule(application=a, today=today, date_style=args.date_style))
        for a in plan.applications
    ]
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="replace")  # a console without emoji must not crash
    print(_plan_json(schedules) if args.format == "json" else _plan_text(schedules))
    return 0


def _plan_json(schedules: list[tuple[Application, Schedule]]) -> str:
    applications = [
        {
            "id": application.id,
            "company": application.company,
            "role": application.role,
            "steps": [_step_data(step) for step in schedule.steps],
        }
        for application, schedule in schedules
    ]
    return json.dumps({"applications": applications}, ensure_ascii=False)


def _plan_text(schedules: list[tuple[Application, Schedule]]) -> str:
    """One block per application: "company · role", then date, title, channel, status per step."""
    blocks = [
        "\n".join(
            [
                " · ".join(part for part in (application.company, application.role) if part),
                *(
                    f"  {step.date.isoformat()}  {step.title:<24}  {step.channel.label:<27}  "
                    f"{step.status.value.replace('_', ' ')}"
                    for step in schedule.steps
                ),
            ]
        )
        for application, schedule in schedules
    ]
    return "\n\n".join(blocks) if blocks else "This plan has no applications yet."


def _add_plan_file_command(
    commands: argparse._SubParsersAction[_Parser], name: str, summary: str, run: _Run
) -> None:
    """A command that reads a plan file: FILE, --today and --format text|json."""
    command = commands.add_parser(name, help=summary)
    command.add_argument(
        "file", metavar="FILE", help="a plan file saved from the app, or - for stdin"
    )
    command.add_argument("--today", type=_iso_date, help="the day to plan from (default: today)")
    command.add_argument("--format", default="text", choices=["text", "json"], help="output format")
    command.set_defaults(run=run)


def _add_plan(commands: argparse._SubParsersAction[_Parser]) -> None:
    summary = "print the follow-up steps of every application in a saved plan file"
    _add_plan_file_command(commands, "plan", summary, _run_plan)


def _run_agenda(args: argparse.Namespace) -> int:
    today: date = args.today or date.today()  # the clock is read here, at the edge, only
    plan = _load_plan(args.file, today)
    actions = agenda(plan=plan, today=today, date_style=args.date_style).actions
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="replace")  # a console without emoji must not crash
    print(_agenda_json(actions) if args.format == "json" else _agenda_text(actions))
    return 0


def _agenda_json(actions: tuple[Action, ...]) -> str:
    rows = [
        {
            "application_id": action.application_id,
            "company": action.company,
            "kind": action.kind.value,
            "date": action.date.isoformat(),
            "status": action.status.value,
            "channel": action.channel.value,
            "why": action.why,
            "source": action.source.citation,
        }
        for action in actions
    ]
    return json.dumps({"actions": rows}, ensure_ascii=False)


def _agenda_text(actions: tuple[Action, ...]) -> str:
    """One line per action: date, status, company, what to do and how."""
    if not actions:
        return "Nothing to do: this plan has no applications yet."
    return "\n".join(
        f"{action.date.isoformat()}  {action.status.label:<9}  {action.company}: "
        f"{action.title} ({action.channel.label.lower()})"
        for action in actions
    )


def _add_agenda(commands: argparse._SubParsersAction[_Parser]) -> None:
    summary = "print every dated action across a saved plan, in the order to do them"
    _add_plan_file_command(commands, "agenda", summary, _run_agenda)


def _build_parser() -> _Parser:
    parser = _Parser(prog="python -m advisor", description="Interview follow-up advisor.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_parse(commands)
    _add_schedule(commands)
    _add_plan(commands)
    _add_agenda(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one subcommand; exit status 2 with a one-line message on bad input."""
    try:
        args = _build_parser().parse_args(argv)
        # Sentences write dates as the terminal's locale does (LANG=en_US: "Wed, Dec 2"); the
        # date fields stay ISO, for scripts.
        args.date_style = date_style_of_environment(os.environ)
        run: _Run = args.run
        return run(args)
    except _UsageError as exc:
        print("error: " + " ".join(str(exc).split()), file=sys.stderr)
        return 2
