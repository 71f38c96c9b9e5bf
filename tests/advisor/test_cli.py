"""`python -m advisor parse ...`: one JSON object on success, one error line on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
FIELDS = ["phrase", "said_on", "country", "kind", "earliest", "latest", "explanation"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "advisor", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


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
            {"kind": "unrecognised", "earliest": None, "latest": None},
            id="unrecognised-is-not-an-error",
        ),
    ],
)
def test_parse_prints_one_json_reading(args: list[str], expected: dict[str, object]) -> None:
    done = _run(*args)
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
            "error: unknown country code 'ZZ'",
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
def test_bad_input_exits_2_with_one_error_line(args: list[str], message: str) -> None:
    done = _run(*args)
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.splitlines()) == 1, done.stderr
    assert done.stderr.startswith(message)


STEP_FIELDS = {"kind", "date", "channel", "status", "why", "source"}


def test_schedule_prints_the_steps_as_one_json_object() -> None:
    done = _run(
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


def test_schedule_with_no_calls_plans_no_calls() -> None:
    done = _run(
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
def test_schedule_bad_input_exits_2_with_one_line(args: list[str], fragment: str) -> None:
    done = _run("schedule", *args)

    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    assert fragment in done.stderr
