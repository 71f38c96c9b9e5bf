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
        pytest.param(["schedule"], "error: COMMAND: invalid choice: 'schedule'", id="unknown-cmd"),
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
