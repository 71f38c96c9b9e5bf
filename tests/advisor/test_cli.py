"""`python -m advisor ...`: one JSON object (or text) on success, one error line on bad input.

The commands run in-process through `main(argv)`, as `python -m advisor` calls it; the two tests
at "A real process" start the program itself, for what only a process shows: that it runs as a
module, its exit status, standard input read as bytes, and no traceback on bad input.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import NamedTuple

import pytest

from advisor.cli import main

REPO_ROOT = Path(__file__).resolve().parents[2]
FIELDS = ["phrase", "said_on", "country", "kind", "earliest", "latest", "explanation"]
FIELDS += ["matched", "confidence", "alternatives", "parts", "notes"]


class Done(NamedTuple):
    """What one command did: its exit status and everything it printed."""

    returncode: int
    stdout: str
    stderr: str


Cli = Callable[..., Done]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """Runs `python -m advisor ARGS...` in this process, from the repository's root, in a
    British English terminal (dates in sentences day first)."""
    monkeypatch.chdir(REPO_ROOT)
    for name in ("LC_ALL", "LC_TIME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")

    def run(*args: str) -> Done:
        capsys.readouterr()  # only what this command prints
        status = main(list(args))
        out, err = capsys.readouterr()
        return Done(status, out, err)

    return run


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        pytest.param(
            ["parse", "in two weeks", "--said-on", "2026-11-18"],
            {"country": "US", "kind": "on_date", "earliest": "2026-12-02", "latest": "2026-12-02"},
            id="country-defaults-to-us",
        ),
        pytest.param(
            ["parse", "by Friday", "--said-on", "2026-11-21", "--country", "gb"],
            {"country": "GB", "kind": "by_date", "earliest": "2026-11-23", "latest": "2026-11-27"},
            id="lowercase-country-accepted",
        ),
        pytest.param(
            ["parse", "we will be in touch", "--said-on", "2026-11-18"],
            {"kind": "no_timeline", "earliest": None, "latest": None},
            id="no-timeline-is-not-an-error",
        ),
        pytest.param(
            ["parse", "hello there", "--said-on", "2026-11-18"],
            {"kind": "unrecognised", "earliest": None, "latest": None, "confidence": "low"},
            id="unrecognised-is-not-an-error",
        ),
        pytest.param(
            [
                "parse",
                "Great to meet you - we'll decide by the end of next week",
                "--said-on",
                "2026-11-25",
            ],
            {"latest": "2026-12-04", "matched": ["by the end of next week"], "confidence": "high"},
            id="matched-words-as-typed",
        ),
        pytest.param(
            ["parse", "by 04/03", "--said-on", "2026-02-10", "--country", "CA"],
            {
                "latest": "2026-03-04",
                "confidence": "low",
                "alternatives": [
                    {
                        "kind": "by_date",
                        "earliest": "2026-02-11",
                        "latest": "2026-04-02",
                        "label": "month then day",
                    }
                ],
            },
            id="ambiguous-date-offers-the-other-reading",
        ),
    ],
)
def test_parse_prints_one_json_reading(
    cli: Cli, args: list[str], expected: dict[str, object]
) -> None:
    done = cli(*args)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert len(done.stdout.splitlines()) == 1
    reading = json.loads(done.stdout)
    assert list(reading) == FIELDS
    assert reading["phrase"] == args[1]
    assert reading["said_on"] == args[3]
    assert reading["explanation"]
    assert {key: reading[key] for key in expected} == expected


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(
            ["parse", "in two weeks", "--said-on", "2026-13-01"],
            "error: --said-on: expected a date as YYYY-MM-DD, got '2026-13-01'",
            id="impossible-date",
        ),
        pytest.param(
            ["parse", "in two weeks", "--said-on", "20261201"],
            "error: --said-on: expected a date as YYYY-MM-DD, got '20261201'",
            id="date-without-dashes",
        ),
        pytest.param(
            ["parse", "in two weeks"],
            "error: the following arguments are required: --said-on",
            id="missing-said-on",
        ),
        pytest.param(
            ["parse", "--said-on", "2026-11-18"],
            "error: the following arguments are required: phrase",
            id="missing-phrase",
        ),
        pytest.param(
            ["parse", "", "--said-on", "2026-11-18"], "error: phrase is empty", id="empty-phrase"
        ),
        pytest.param(
            ["parse", "x" * 201, "--said-on", "2026-11-18"],
            "error: phrase is 201 characters long; the limit is 200",
            id="phrase-too-long",
        ),
        pytest.param(
            ["parse", "in two weeks", "--said-on", "2026-11-18", "--country", "zz"],
            "error: --country: unknown country code 'zz'",
            id="unknown-country",
        ),
        pytest.param(["remind"], "error: COMMAND: invalid choice: 'remind'", id="unknown-cmd"),
        pytest.param([], "error: the following arguments are required: COMMAND", id="no-command"),
        pytest.param(
            ["parse", "a", "b", "--said-on", "2026-11-18"],
            "error: unrecognized arguments: b",
            id="extra-argument",
        ),
    ],
)
def test_bad_input_exits_2_with_one_error_line(cli: Cli, args: list[str], message: str) -> None:
    done = cli(*args)
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.splitlines()) == 1, done.stderr
    assert done.stderr.startswith(message)


STEP_FIELDS = {"kind", "date", "channel", "status", "why", "source"}


def test_schedule_prints_the_steps_as_one_json_object(cli: Cli) -> None:
    done = cli(
        "schedule",
        "--interview-date", "2026-11-02",
        "--said", "2-3 weeks",
        "--today", "2026-11-04",
        "--recruiter",
        "--format", "json",
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    steps = json.loads(done.stdout)["steps"]
    assert set(steps[0]) >= STEP_FIELDS
    assert [s["kind"] for s in steps] == [
        "thank_you",
        "recruiter_check_in",
        "first_follow_up",
        "written_note",
        "second_follow_up",
        "move_on",
    ]
    assert steps[0]["status"] == "overdue"
    assert steps[2]["date"] == "2026-11-25"  # three weeks (23 Nov) + 2 business days


def test_schedule_with_no_calls_plans_no_calls(cli: Cli) -> None:
    done = cli(
        "schedule", "--interview-date", "2026-11-02", "--said", "we will be in touch",
        "--today", "2026-11-02", "--no-calls", "--company-size", "small",
    )  # fmt: skip

    steps = json.loads(done.stdout)["steps"]
    assert "call" not in {s["channel"] for s in steps}
    assert steps[1]["date"] == "2026-11-09"  # a small company: one week


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--said", "in two weeks"], "--interview-date"),
        (["--interview-date", "2026-11-02"], "--said"),
        (["--interview-date", "2026-11-02", "--said", "whenever"], "no time frame could be read"),
        (["--interview-date", "2026-02-30", "--said", "soon"], "YYYY-MM-DD"),
        (["--interview-date", "2026-11-02", "--said", "soon", "--country", "ZZ"], "--country"),
        (
            ["--interview-date", "2026-11-02", "--said", "soon", "--country", "DE-XX"],
            "--country: 'XX' is not a region of DE; use one of BB, BE",
        ),
        (
            [
                "--interview-date",
                "2026-11-02",
                "--said",
                "soon",
                "--country",
                "IL",
                "--region",
                "TA",
            ],
            "--region: 'TA' is not a region of IL; use one of none",
        ),
        (
            [
                "--interview-date",
                "2026-11-02",
                "--said",
                "soon",
                "--country",
                "CA-ON",
                "--region",
                "BC",
            ],
            "--region: 'BC' differs from the region in --country",
        ),
        (
            ["--interview-date", "2026-11-02", "--said", "soon", "--company-size", "huge"],
            "--company-size",
        ),
        (
            ["--interview-date", "2024-01-02", "--said", "soon", "--today", "2026-11-02"],
            "more than a year ago",
        ),
        (["--interview-date", "2026-11-02", "--said", "soon", "--format", "xml"], "--format"),
    ],
)
def test_schedule_bad_input_exits_2_with_one_line(cli: Cli, args: list[str], fragment: str) -> None:
    done = cli("schedule", *args)

    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    assert fragment in done.stderr


# --- python -m advisor plan FILE ---------------------------------------------------------------


def _plan_file(tmp_path: Path) -> Path:
    """Northwind (interviewed 2 Nov 2026, "2-3 weeks", a recruiter) and Fabrikam, with no role."""
    from advisor import Plan
    from advisor.plan_file import plan_to_json
    from tests.advisor.factories import an_application

    plan = Plan(
        applications=(
            an_application(
                id="north01", timing="time_frame", timing_phrase="2-3 weeks", recruiter=True
            ),
            an_application(id="fabri01", company="Fabrikam 🙂", role=""),
        )
    )
    path = tmp_path / "plan.json"
    path.write_bytes(plan_to_json(plan))
    return path


def test_plan_prints_a_block_per_application_with_one_line_per_step(
    cli: Cli, tmp_path: Path
) -> None:
    done = cli("plan", str(_plan_file(tmp_path)), "--today", "2026-11-04")

    assert done.returncode == 0, done.stderr
    northwind, fabrikam = done.stdout.strip().split("\n\n")
    assert northwind.splitlines()[0] == "Northwind · Analyst"
    assert fabrikam.splitlines()[0] == "Fabrikam 🙂"
    thank_you = northwind.splitlines()[1].split()
    assert thank_you[:2] == ["2026-11-02", "Thank-you"]
    assert northwind.splitlines()[1].endswith("Email                        overdue")
    assert "Ask the recruiter" in northwind
    assert all(line.startswith("  20") for line in northwind.splitlines()[1:])


def test_plan_json_prints_each_step_exactly_as_the_schedule_command_does(
    cli: Cli, tmp_path: Path
) -> None:
    done = cli("plan", str(_plan_file(tmp_path)), "--today", "2026-11-04", "--format", "json")
    single = cli(
        "schedule", "--interview-date", "2026-11-02", "--said", "2-3 weeks",
        "--today", "2026-11-04", "--recruiter",
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    applications = json.loads(done.stdout)["applications"]
    assert [(a["id"], a["company"], a["role"]) for a in applications] == [
        ("north01", "Northwind", "Analyst"),
        ("fabri01", "Fabrikam 🙂", ""),
    ]
    assert applications[0]["steps"] == json.loads(single.stdout)["steps"]


def test_plan_says_so_when_the_plan_has_no_applications(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "empty.json"
    path.write_text('{"schema_version": 2}')

    done = cli("plan", str(path))

    assert (done.returncode, done.stdout) == (0, "This plan has no applications yet.\n")


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        pytest.param(None, "missing.json: no such file", id="missing"),
        pytest.param("directory", ": this is a directory, not a plan file", id="directory"),
        pytest.param(b"", "plan.json: the file is empty", id="empty"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00", "plan.json: this is not a text file", id="binary"),
        pytest.param(b'{"schema_version": 2,', "may have been cut short", id="truncated"),
        pytest.param(b"[1, 2]", "this is not a plan file", id="list"),
        pytest.param(b'{"schema_version": 99}', "saved by a newer version of the app", id="newer"),
        pytest.param(b"[" * 100_000, "nested too deeply", id="deep"),
        pytest.param(b" " * 600_000, "the file is too large", id="too-large"),
        pytest.param(
            b'{"schema_version": 2, "applications": [{"company": "A", '
            b'"interview_date": "2024-01-02"}]}',
            "Application 1 (A), Interview date: this is more than a year ago",
            id="invalid-plan",
        ),
    ],
)
def test_plan_with_a_bad_file_exits_2_with_one_line_naming_the_problem(
    cli: Cli, tmp_path: Path, content: bytes | str | None, fragment: str
) -> None:
    path = tmp_path / ("missing.json" if content is None else "plan.json")
    if content == "directory":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)

    done = cli("plan", str(path), "--today", "2026-11-04")

    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.splitlines()) == 1, done.stderr
    assert done.stderr.startswith("error: ")
    assert fragment in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    "said",
    [
        "We'll keep you posted",
        "That depends on budget sign-off",
        "Nothing is fixed yet",
        "Someone will reach out",
        "HR will intimate you",
        "Great to meet you this morning, we'll be in touch",
    ],
)
def test_schedule_plans_a_non_answer_as_no_timeline_instead_of_refusing_it(
    cli: Cli, said: str
) -> None:
    done = cli("schedule", "--interview-date", "2026-11-02", "--said", said,
               "--today", "2026-11-02", "--company-size", "small")  # fmt: skip

    assert (done.returncode, done.stderr) == (0, "")
    steps = json.loads(done.stdout)["steps"]
    assert steps[1]["date"] == "2026-11-09"  # the no-timeline wait: a small company, one week


def test_schedule_reads_the_decision_not_the_small_talk(cli: Cli) -> None:
    said = "Great to meet you this morning - we'll make a decision within three weeks"

    done = cli("schedule", "--interview-date", "2026-11-02", "--said", said,
               "--today", "2026-11-02")  # fmt: skip

    steps = json.loads(done.stdout)["steps"]
    assert done.returncode == 0
    first = next(step for step in steps if step["kind"] == "first_follow_up")
    assert first["date"] == "2026-11-25"  # 23 Nov, then two business days


AGENDA_FIELDS = ["application_id", "company", "kind", "date", "status", "channel", "why", "source"]


def test_agenda_json_lists_every_action_of_the_plan_by_date_with_the_contract_fields(
    cli: Cli, tmp_path: Path
) -> None:
    from advisor.agenda import agenda
    from advisor.plan_file import plan_from_json

    path = _plan_file(tmp_path)
    done = cli("agenda", str(path), "--today", "2026-11-04", "--format", "json")

    assert done.returncode == 0, done.stderr
    actions = json.loads(done.stdout)["actions"]
    assert all(list(action) == AGENDA_FIELDS for action in actions)
    assert [a["date"] for a in actions] == sorted(a["date"] for a in actions)
    plan = plan_from_json(path.read_bytes(), today=date(2026, 11, 4))
    expected = agenda(plan=plan, today=date(2026, 11, 4)).actions
    assert [(a["application_id"], a["kind"], a["date"], a["status"]) for a in actions] == [
        (a.application_id, a.kind.value, a.date.isoformat(), a.status.value) for a in expected
    ]
    # The overdue thank-yous are dated today, as on every page and in the calendar.
    assert actions[0]["date"] == "2026-11-04"
    assert actions[0]["status"] == "overdue"


def test_agenda_text_prints_one_line_per_action(cli: Cli, tmp_path: Path) -> None:
    done = cli("agenda", str(_plan_file(tmp_path)), "--today", "2026-11-04")

    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert first.startswith("2026-11-04  Overdue")
    assert "Thank-you (email)" in first


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["agenda"], "the following arguments are required: FILE"),
        (["agenda", "no-such-file.json"], "no-such-file.json: no such file"),
        (["agenda", "README.md", "--format", "xml"], "--format: invalid choice"),
        (["agenda", "README.md", "--today", "tomorrow"], "expected a date as YYYY-MM-DD"),
    ],
)
def test_agenda_bad_input_exits_2_with_one_line(cli: Cli, args: list[str], fragment: str) -> None:
    done = cli(*args)

    assert done.returncode == 2
    assert fragment in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


# --- A real process: `python -m advisor` as a user or a script starts it -------------------------


def _run_with_input(*args: str, stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "advisor", *args],
        cwd=REPO_ROOT,
        input=stdin,
        capture_output=True,
        timeout=60,
        check=False,
    )


def test_plan_reads_the_file_from_standard_input_given_a_dash(tmp_path: Path) -> None:
    done = _run_with_input(
        "plan", "-", "--today", "2026-11-04", "--format", "json",
        stdin=_plan_file(tmp_path).read_bytes(),
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    applications = json.loads(done.stdout)["applications"]
    assert [a["company"] for a in applications] == ["Northwind", "Fabrikam 🙂"]


def test_plan_with_bad_standard_input_exits_2_naming_standard_input() -> None:
    done = _run_with_input("plan", "-", stdin=b"not json")

    assert done.returncode == 2
    assert done.stdout == b""
    assert len(done.stderr.splitlines()) == 1, done.stderr
    assert done.stderr.decode().startswith("error: standard input: this is not valid JSON")
    assert b"Traceback" not in done.stderr


@pytest.mark.parametrize(
    "place",
    [
        ["--country", "CA-BC"],
        ["--country", "CA", "--region", "BC"],
        ["--country", "ca", "--region", "bc"],
    ],
)
def test_a_region_can_be_given_with_the_country_or_on_its_own(cli: Cli, place: list[str]) -> None:
    # Tue 29 Sep 2026; the 30th is a holiday in British Columbia, not in Ontario
    done = cli(
        "schedule", "--interview-date", "2026-09-29", "--said", "we will be in touch",
        "--today", "2026-09-29", *place,
    )  # fmt: skip

    steps = json.loads(done.stdout)["steps"]
    assert done.returncode == 0, done.stderr
    assert "2026-09-30" not in {step["date"] for step in steps}


def test_a_schedule_in_israel_skips_friday_and_saturday(cli: Cli) -> None:
    done = cli(
        "schedule", "--interview-date", "2026-11-25", "--said", "we will be in touch",
        "--today", "2026-11-25", "--country", "IL",
    )  # fmt: skip

    days = {date.fromisoformat(step["date"]).weekday() for step in json.loads(done.stdout)["steps"]}
    assert days.isdisjoint({4, 5})


@pytest.mark.parametrize(
    ("lang", "written"),
    [("en_US.UTF-8", "Wed, Dec 2"), ("en_GB.UTF-8", "Wed 2 Dec"), ("C.UTF-8", "Wed 2 Dec")],
)
def test_the_command_line_writes_dates_in_sentences_as_the_terminals_locale_does(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, lang: str, written: str
) -> None:
    monkeypatch.setenv("LANG", lang)

    done = cli("parse", "in two weeks", "--said-on", "2026-11-18")

    reading = json.loads(done.stdout)
    assert written in reading["explanation"]
    assert reading["latest"] == "2026-12-02"  # the date fields stay ISO, for scripts
