import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor import MAX_APPLICATIONS, Plan, Signal
from advisor.plan_file import (
    _MIGRATIONS,
    MAX_FILE_BYTES,
    SCHEMA_VERSION,
    PlanFileError,
    plan_from_data,
    plan_from_json,
    plan_to_data,
    plan_to_json,
)
from advisor.terms import RATED_CRITERIA
from tests.advisor.factories import MONDAY, TODAY, a_plan
from tests.advisor.plans import assert_opens_or_is_refused, plans

REPO_ROOT = Path(__file__).resolve().parents[2]


def _file_of(data: Any) -> bytes:
    return json.dumps(data).encode()


_GOOD: dict[str, Any] = json.loads(plan_to_json(a_plan("Fabrikam", "Contoso")))


def _with_application(index: int = 0, **changes: Any) -> bytes:
    applications = [dict(a) for a in _GOOD["applications"]]
    applications[index].update(changes)
    return _file_of({**_GOOD, "applications": applications})


# --- writing -------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(plan=plans())
def test_a_plan_comes_back_unchanged_from_its_file(plan: Plan) -> None:
    assert plan_from_json(plan_to_json(plan), today=TODAY) == plan


def test_the_file_is_indented_utf8_json_with_the_version_first_and_a_final_newline() -> None:
    raw = plan_to_json(a_plan("Zürich Straße 🙂"))

    text = raw.decode("utf-8")
    assert text.startswith('{\n  "schema_version": 2,\n')
    assert text.endswith("}\n")
    assert "Zürich Straße 🙂" in text  # readable, not \\u escapes


def test_the_file_holds_every_field_even_those_left_at_their_default() -> None:
    data = json.loads(plan_to_json(a_plan("Fabrikam")))

    assert set(data) == set(Plan.model_fields)
    assert data["example"] == ""
    application = data["applications"][0]
    assert application["compare_estimate"] is False
    assert application["pay"] == {"base": None, "bonus": None, "equity": None, "currency": None}
    assert application["signals"] == []


def test_equal_plans_make_the_same_bytes_whatever_the_order_things_were_entered_in() -> None:
    one = a_plan("Fabrikam").applications[0].model_dump()
    first = {
        **one,
        "signals": ["met_the_team", "short_interview", "ran_over_time"],
        "ratings": {"team": 4, "growth": 2},
    }
    second = {
        **one,
        "signals": ["ran_over_time", "met_the_team", "short_interview"],
        "ratings": {"growth": 2, "team": 4},
    }

    made = [
        plan_to_json(Plan.model_validate({"applications": [a]}, context={"today": TODAY}))
        for a in (first, second)
    ]

    assert made[0] == made[1]


def test_the_file_is_the_same_in_every_process_whatever_the_hash_seed() -> None:
    script = (
        "from tests.advisor.test_plan_file import _ORDER_SENSITIVE as p;"
        "from advisor.plan_file import plan_to_json;"
        "import sys; sys.stdout.buffer.write(plan_to_json(p))"
    )

    made = {
        subprocess.run(
            [sys.executable, "-c", script],
            cwd=REPO_ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            check=True,
            timeout=60,
        ).stdout
        for seed in ("1", "2", "3")
    }

    assert made == {plan_to_json(_ORDER_SENSITIVE)}


def _entered_out_of_order() -> Plan:
    data = plan_to_data(
        a_plan(
            "Fabrikam",
            weights={"weights": {"team": 5, "pay": 1, "own_2": 3}, "own_names": {"own_2": "x"}},
        )
    )
    data["applications"][0].update(
        signals=["few_questions_about_you", "met_the_team", "long_and_detailed"],
        ratings={"interest": 5, "benefits": 2, "own_1": 3},
    )
    return Plan.model_validate(data, context={"today": TODAY})


_ORDER_SENSITIVE = _entered_out_of_order()


def test_sets_and_maps_are_written_in_the_order_the_app_lists_them() -> None:
    data = plan_to_data(_ORDER_SENSITIVE)

    application = data["applications"][0]
    assert application["signals"] == [
        "long_and_detailed",
        "met_the_team",
        "few_questions_about_you",
    ]
    assert list(application["ratings"]) == ["benefits", "interest", "own_1"]
    assert list(data["weights"]["weights"]) == ["pay", "team", "own_2"]


# --- reading -------------------------------------------------------------------------------

VERSION_1_FILE = """{
  "schema_version": 1,
  "candidate_name": "Alex Morgan",
  "applications": [
    {
      "id": "4f2a9c1e",
      "company": "Northwind",
      "role": "Data analyst",
      "interviewer": {"name": "Dana Levi", "title": "Head of data"},
      "interview_date": "2026-11-02",
      "round": "second",
      "format": "video",
      "company_size": "large",
      "industry": "information",
      "country": "US",
      "recruiter": false,
      "no_calls": false,
      "email_invited": true,
      "call_back_on": null,
      "timing": "time_frame",
      "decision_date": null,
      "timing_phrase": "in two weeks",
      "signals": ["met_the_team", "long_and_detailed"],
      "topic": "the data platform",
      "strength": "five years of reporting pipelines",
      "events": [{"kind": "step_done", "on": "2026-11-02", "step": "thank_you"}]
    }
  ]
}
"""


def test_a_version_1_file_from_the_first_release_still_opens() -> None:
    plan = plan_from_json(VERSION_1_FILE, today=TODAY)

    assert plan.schema_version == SCHEMA_VERSION
    assert plan.applications[0].company == "Northwind"
    assert plan.applications[0].timing_phrase == "in two weeks"
    assert plan.applications[0].pay.total is None
    assert (plan.preference, plan.example) == ((), "")


def test_every_older_version_has_one_migration_step() -> None:
    assert set(_MIGRATIONS) == set(range(1, SCHEMA_VERSION))


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(b"\xef\xbb\xbf" + plan_to_json(a_plan("Fabrikam")), id="utf8-bom-bytes"),
        pytest.param("\ufeff" + plan_to_json(a_plan("Fabrikam")).decode(), id="bom-text"),
        pytest.param(plan_to_json(a_plan("Fabrikam")).decode(), id="text"),
        pytest.param(plan_to_json(a_plan("Fabrikam")).replace(b"\n", b"\r\n"), id="crlf"),
    ],
)
def test_a_plan_file_opens_as_bytes_or_text_with_or_without_a_byte_order_mark(
    raw: bytes | str,
) -> None:
    assert plan_from_json(raw, today=TODAY) == a_plan("Fabrikam")


def test_a_file_with_only_the_version_is_an_empty_plan() -> None:
    assert plan_from_json(b'{"schema_version": 2}', today=TODAY) == Plan()


def test_dates_are_checked_against_the_day_the_file_is_opened() -> None:
    raw = plan_to_json(a_plan("Fabrikam"))

    with pytest.raises(PlanFileError, match="more than a year ago"):
        plan_from_json(raw, today=TODAY + timedelta(days=400))


_TRUNCATED = plan_to_json(a_plan("Fabrikam"))[:-40]
_HOSTILE = "<script>alert(1)</script>" * 4_000

BAD_FILES: list[Any] = [
    pytest.param(b"", r"^the file is empty$", id="empty"),
    pytest.param(b"  \n\t\r\n ", r"^the file is empty \(only blank space\)$", id="whitespace"),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file", id="png"),
    pytest.param(b"\xff\xfe\xfa", "not a text file", id="invalid-utf8"),
    pytest.param('{"a": 1}'.encode("utf-16"), "not a text file", id="utf16"),
    pytest.param(b'{"schema_version": 2}\x00\x00', "not a text file", id="nul-bytes"),
    pytest.param(_TRUNCATED, r"line \d+, column \d+; the file may have been cut short$", id="cut"),
    pytest.param(b'{"schema_version": 2, "candidate_name": "Al', "cut short", id="cut-in-text"),
    pytest.param(
        b"company: Fabrikam",
        r"^this is not valid JSON: expecting value at line 1, column 1$",
        id="not-json",
    ),
    pytest.param(
        b'{"schema_version": 2,,\n "example": ""}',
        r"^this is not valid JSON: .* at line 1, column 22$",
        id="invalid-json-mid-file",
    ),
    pytest.param(b"[1, 2, 3]", "^this is not a plan file: it holds a list, not a plan$", id="list"),
    pytest.param(b'"a plan"', "not a plan file: it holds a piece of text", id="string"),
    pytest.param(b"42", "not a plan file: it holds a number", id="number"),
    pytest.param(b"null", "not a plan file: it holds null", id="null"),
    pytest.param(
        _file_of({k: v for k, v in _GOOD.items() if k != "schema_version"}),
        "not a plan from this app: it has no schema_version",
        id="no-version",
    ),
    pytest.param(
        _file_of({**_GOOD, "schema_version": "2"}),
        "schema_version should be a whole number, not the text “2”",
        id="version-as-text",
    ),
    pytest.param(
        _file_of({**_GOOD, "schema_version": True}),
        "schema_version should be a whole number, not true",
        id="version-true",
    ),
    pytest.param(
        _file_of({**_GOOD, "schema_version": 2.0}),
        "whole number, not the number 2.0",
        id="version-float",
    ),
    pytest.param(
        _file_of({**_GOOD, "schema_version": 99}),
        r"saved by a newer version of the app \(version 99; this one reads up to version 2\)",
        id="newer-version",
    ),
    pytest.param(
        _file_of({**_GOOD, "schema_version": 10**200}), "newer version", id="huge-version"
    ),
    pytest.param(
        _file_of({**_GOOD, "schema_version": {"major": 2}}),
        "whole number, not a group of fields",
        id="version-object",
    ),
    pytest.param(
        _file_of({**_GOOD, "schema_version": 0}), "schema_version 0 is not a version", id="v0"
    ),
    pytest.param(
        _file_of({**_GOOD, "schema_version": -1}), "schema_version -1 is not a", id="negative"
    ),
    pytest.param(
        b'{"schema_version": 2, "candidate_name": "' + b"x" * 600_000 + b'"}',
        r"^the file is too large \(600,043 bytes; the limit is 512,000\)$",
        id="too-large",
    ),
    pytest.param(b"[" * 100_000 + b"]" * 100_000, "nested too deeply", id="deep-list"),
    pytest.param(
        b'{"schema_version": 2, "candidate_name": ' + b'{"a":' * 50_000 + b"1" + b"}" * 50_001,
        "nested too deeply",
        id="deep-object",
    ),
    pytest.param(
        b'{"schema_version": 2, "x": [' + b",".join([b"[]"] * 160_000) + b"]}",
        "^this holds more than 150,000 entries, far more than any plan$",
        id="too-many-entries",
    ),
    pytest.param(b'{"schema_version": NaN}', "“NaN”, which is not a number", id="nan"),
    pytest.param(b'{"schema_version": -Infinity}', "“-Infinity”", id="infinity"),
    pytest.param(b'{"schema_version": 1e999}', "“1e999”", id="float-overflow"),
    pytest.param(b'{"schema_version": ' + b"9" * 5000 + b"}", "number far too long", id="digits"),
    pytest.param(
        _file_of({**_GOOD, "password": "hunter2"}),
        "^password: the app does not know this field$",
        id="unknown-field",
    ),
    pytest.param(
        _with_application(1, nickname="x"),
        "^Application 2 \\(Contoso\\), nickname: the app does not know this field$",
        id="unknown-application-field",
    ),
    pytest.param(
        _with_application(0, company=""),
        r"^Application 1, Company: this can't be empty$",
        id="empty-company",
    ),
    pytest.param(
        _file_of({**_GOOD, "applications": ["Fabrikam"]}),
        "^Application 1: expected a group of fields$",
        id="application-not-an-object",
    ),
    pytest.param(
        _file_of({**_GOOD, "applications": [_GOOD["applications"][0]] * 2}),
        "^Applications: two applications share an id$",
        id="duplicate-ids",
    ),
    pytest.param(
        _file_of(
            {
                **_GOOD,
                "applications": [
                    {**_GOOD["applications"][0], "id": f"id{n:04d}"} for n in range(101)
                ],
            }
        ),
        "^Applications: at most 100 allowed$",
        id="101-applications",
    ),
    pytest.param(
        _with_application(0, interview_date="9999-12-31"),
        r"^Application 1 \(Fabrikam\), Interview date: this is more than a year away",
        id="year-9999",
    ),
    pytest.param(
        _with_application(0, interview_date="2026-02-30"),
        r"^Application 1 \(Fabrikam\), Interview date: expected a date as YYYY-MM-DD$",
        id="impossible-date",
    ),
    pytest.param(
        _file_of({**_GOOD, "preference": ["app0aa", "nosuchid"]}),
        "^Ranking: a ranked application is not in the plan$",
        id="ranking-unknown-id",
    ),
    pytest.param(
        _with_application(0, events=[{"kind": "call_back", "on": "2026-11-03"}]),
        r"^Application 1 \(Fabrikam\), Logged answers, entry 1: call-back date: enter the date",
        id="event-without-its-date",
    ),
    pytest.param(
        _with_application(0, ratings={"pay": 4}),
        r"^Application 1 \(Fabrikam\), Ratings: pay is scored from the amounts, not rated$",
        id="pay-rated",
    ),
    pytest.param(
        _with_application(0, pay={"base": -5}),
        r"^Application 1 \(Fabrikam\), Base salary: this should be at least 0$",
        id="negative-pay",
    ),
    pytest.param(
        _with_application(0, company="\ud800"),
        "Company: this holds characters that are not valid text",
        id="lone-surrogate",
    ),
    pytest.param(
        _with_application(1, company=_HOSTILE),
        r"^Application 2 \(<script>.{1,40}\), "
        r"Company: keep it to 80 characters \(this has 100000\)$",
        id="hostile-company",
    ),
    pytest.param(
        _file_of({**_GOOD, "candidate_name": "<img src=x onerror=alert(1)>" * 50}),
        r"^Your name: keep it to 80 characters \(this has 1400\)$",
        id="hostile-candidate-name",
    ),
]


@pytest.mark.parametrize(("raw", "message"), BAD_FILES)
def test_a_bad_file_is_refused_with_a_message_saying_what_is_wrong(
    raw: bytes, message: str
) -> None:
    with pytest.raises(PlanFileError, match=message) as refused:
        plan_from_json(raw, today=TODAY)

    assert "\n" not in str(refused.value)
    assert len(str(refused.value)) <= 300


def test_a_message_names_the_application_and_the_field_as_the_questionnaire_does() -> None:
    raw = _with_application(1, interview_date=str(TODAY - timedelta(days=400)))

    with pytest.raises(PlanFileError) as refused:
        plan_from_json(raw, today=TODAY)

    assert str(refused.value) == (
        "Application 2 (Contoso), Interview date: this is more than a year ago: check the year"
    )


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"company": _HOSTILE}, id="company"),
        pytest.param({"country": "Z" * 5_000}, id="country"),
        pytest.param({"role": "x" * 300, "company": "y" * 200_000}, id="two-fields"),
        pytest.param({"k" * 10_000: 1}, id="field-name"),
    ],
)
def test_a_message_never_echoes_more_than_a_little_of_what_was_typed(
    changes: dict[str, Any],
) -> None:
    with pytest.raises(PlanFileError) as refused:
        plan_from_json(_with_application(0, **changes), today=TODAY)

    message = str(refused.value)
    assert len(message) <= 300
    assert "x" * 61 not in message
    assert all(ch * 61 not in message for ch in "yZk")
    assert "<script>alert(1)</script>" * 3 not in message


# --- hostile input never raises anything else ------------------------------------------------

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(raw=st.binary(max_size=2_000) | st.text(max_size=2_000).map(str.encode))
def test_any_bytes_either_open_as_a_plan_or_are_refused_with_a_plan_file_error(raw: bytes) -> None:
    assert_opens_or_is_refused(lambda: plan_from_json(raw, today=TODAY))


@settings(max_examples=200, deadline=None)
@given(plan=plans(), field=st.text(max_size=20), value=_JSON, where=st.integers(0, 7))
def test_a_plan_file_with_any_field_changed_opens_or_is_refused_with_a_plan_file_error(
    plan: Plan, field: str, value: Any, where: int
) -> None:
    data = plan_to_data(plan)
    if data["applications"] and where < len(data["applications"]):
        application = data["applications"][where]
        key = sorted(application)[len(field) % len(application)] if where % 2 else field
        application[key] = value
    else:
        data[sorted(data)[len(field) % len(data)] if where % 2 else field] = value

    assert_opens_or_is_refused(lambda: plan_from_data(data, today=TODAY))
    assert_opens_or_is_refused(lambda: plan_from_json(json.dumps(data), today=TODAY))


def test_the_size_limit_counts_bytes_not_characters() -> None:
    text = '{"schema_version": 2, "candidate_name": "' + "é" * 256_000 + '"}'

    with pytest.raises(PlanFileError, match=r"too large \(512,043 bytes"):
        plan_from_json(text, today=TODAY)
    assert len(text) < MAX_FILE_BYTES


def test_the_largest_valid_plan_is_not_refused_for_its_number_of_entries() -> None:
    events = [{"kind": "offer", "on": MONDAY, "offer_deadline": MONDAY + timedelta(days=7)}] * 200
    largest = Plan.model_validate(
        {
            "applications": [
                {
                    "id": f"app{n:03d}",
                    "company": "Fabrikam",
                    "interview_date": MONDAY,
                    "events": events,
                    "signals": list(Signal),
                    "ratings": dict.fromkeys(RATED_CRITERIA, 3),
                }
                for n in range(MAX_APPLICATIONS)
            ],
            "preference": [f"app{n:03d}" for n in range(MAX_APPLICATIONS)],
        },
        context={"today": TODAY},
    )

    assert plan_from_data(plan_to_data(largest), today=TODAY) == largest
