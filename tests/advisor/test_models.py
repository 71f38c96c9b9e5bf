import re
from datetime import date, timedelta

import pytest
from pydantic import ValidationError

from advisor import Application, Plan, Signal, TimingAnswer
from advisor.models import MAX_APPLICATIONS
from tests.advisor.factories import MONDAY, TODAY, an_application

_DAY, _YEAR = timedelta(days=1), timedelta(days=400)


def test_an_application_needs_only_a_company_and_an_interview_date() -> None:
    application = Application(company="Northwind", interview_date=MONDAY)

    assert application.timing is TimingAnswer.DID_NOT_ASK
    assert application.country == "US"
    assert len(application.id) == 8


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"company": ""}, "company", "at least 1 character"),
        ({"company": "   "}, "company", "at least 1 character"),
        ({"company": "x" * 81}, "company", "at most 80 characters"),
        ({"role": "y" * 81}, "role", "at most 80 characters"),
        ({"company": "Acme\x00"}, "company", "control characters"),
        ({"interviewer": {"name": "n" * 81}}, "interviewer.name", "at most 80"),
        (
            {"interview_date": TODAY + timedelta(days=400)},
            "interview_date",
            "more than a year away",
        ),
        ({"interview_date": TODAY - timedelta(days=400)}, "interview_date", "more than a year ago"),
        ({"country": "XX"}, "country", "not a country we have"),
        ({"timing": "date"}, "decision_date", "enter the date they gave"),
        (
            {"timing": "date", "decision_date": MONDAY - timedelta(days=1)},
            "decision_date",
            "before the interview",
        ),
        (
            {"timing": "date", "decision_date": MONDAY + timedelta(days=400)},
            "decision_date",
            "more than a year after",
        ),
        ({"call_back_on": MONDAY - timedelta(days=3)}, "call_back_on", "before the interview"),
        (
            {"no_calls": True, "call_back_on": MONDAY + timedelta(days=3)},
            "call_back_on",
            "asked you not to call",
        ),
        ({"timing": "time_frame"}, "timing_phrase", "type the time frame"),
        (
            {"timing": "time_frame", "timing_phrase": "when the moon is blue"},
            "timing_phrase",
            "could not read a time frame",
        ),
        (
            {"timing": "time_frame", "timing_phrase": "we will be in touch"},
            "timing_phrase",
            "sets no time frame",
        ),
        ({"timing_phrase": "z" * 201}, "timing_phrase", "at most 200"),
        (
            {"reading_choice": {"phrase": "x", "earliest": MONDAY, "latest": MONDAY - _DAY}},
            "reading_choice",
            "ends before it starts",
        ),
        (
            {"reading_choice": {"phrase": "x", "earliest": MONDAY - _DAY, "latest": MONDAY}},
            "reading_choice",
            "before the interview",
        ),
        (
            {"reading_choice": {"phrase": "x", "earliest": MONDAY, "latest": MONDAY + _YEAR}},
            "reading_choice",
            "more than a year after",
        ),
        ({"timing": "maybe"}, "timing", "Input should be"),
        ({"signals": ["mind_reading"]}, "signals", "Input should be"),
        ({"surprise": 1}, "surprise", "Extra inputs"),
    ],
)
def test_invalid_applications_are_refused_with_the_field_named(
    overrides: dict[str, object], field: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        an_application(**overrides)

    locations = {".".join(str(p) for p in error["loc"]) for error in caught.value.errors()}
    assert any(location.startswith(field) for location in locations)


@pytest.mark.parametrize(
    "overrides",
    [
        {"timing": "date", "decision_date": MONDAY},
        {"timing": "time_frame", "timing_phrase": "in two weeks"},
        {"timing": "in_touch", "timing_phrase": "we'll be in touch"},
        {"call_back_on": MONDAY + timedelta(days=7)},
        {"no_calls": True, "email_invited": True},
        {"company": "  Northwind  "},
        {"company": "Zoë & Søn 🚀"},
        {"country": "gb"},
        {"signals": ["met_the_team", "references_requested"]},
        {"reading_choice": {"phrase": "by 04/03", "earliest": MONDAY, "latest": MONDAY}},
    ],
)
def test_valid_applications_are_accepted(overrides: dict[str, object]) -> None:
    application = an_application(**overrides)

    assert application.company.strip() == application.company


def test_dates_are_not_checked_against_today_without_a_today() -> None:
    application = Application(company="Old Co", interview_date=date(2020, 1, 6))

    assert application.interview_date == date(2020, 1, 6)


def test_the_plan_adds_replaces_and_removes_applications_by_id() -> None:
    first, second = an_application(company="A"), an_application(company="B")
    plan = Plan().with_application(first).with_application(second)

    renamed = plan.with_application(first.model_copy(update={"company": "A2"}))
    removed = renamed.without(second.id)

    assert [a.company for a in renamed.applications] == ["A2", "B"]
    assert [a.company for a in removed.applications] == ["A2"]
    assert plan.get("nope") is None


def test_a_plan_refuses_duplicate_ids_and_too_many_applications() -> None:
    one = an_application()
    with pytest.raises(ValidationError, match="share an id"):
        Plan(applications=(one, one))

    full = Plan(applications=tuple(an_application() for _ in range(MAX_APPLICATIONS)))
    with pytest.raises(ValueError, match="at most 100"):
        full.with_application(an_application())


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("Alex Morgan", "Alex Morgan"), ("  Priya Nair  ", "Priya Nair"), ("", "")],
)
def test_signing_the_drafts_keeps_the_name_trimmed_and_leaves_the_plan_it_came_from(
    typed: str, kept: str
) -> None:
    plan = Plan(candidate_name="Sam", applications=(an_application(),))

    signed = plan.signed_by(typed)

    assert signed.candidate_name == kept
    assert signed.applications == plan.applications
    assert plan.candidate_name == "Sam"


@pytest.mark.parametrize(
    ("typed", "message"),
    [("n" * 81, "at most 80 characters"), ("Alex\nMorgan", "line breaks"), ("A\x00", "control")],
)
def test_a_name_the_field_refuses_is_refused_naming_the_field(typed: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as refused:
        Plan().signed_by(typed)

    assert [error["loc"] for error in refused.value.errors()] == [("candidate_name",)]


def test_signals_know_whether_they_are_good_news() -> None:
    assert Signal.MET_THE_TEAM.is_positive
    assert not Signal.SHORT_INTERVIEW.is_positive


def test_a_copy_with_fresh_ids_keeps_everything_but_the_ids_and_follows_the_ranking() -> None:
    from advisor.examples import examples

    plan = examples(today=TODAY)[3].plan

    first, second = plan.with_fresh_ids(), plan.with_fresh_ids()

    assert {a.id for a in first.applications}.isdisjoint(a.id for a in second.applications)
    assert [a.company for a in first.ranked()] == [a.company for a in plan.ranked()]
    strip = [a.model_copy(update={"id": "x"}) for a in first.applications]
    assert strip == [a.model_copy(update={"id": "x"}) for a in plan.applications]


@pytest.mark.parametrize(
    ("country", "typed", "region"),
    [
        ("CA", "ON", "ON"),
        ("CA", " on ", "ON"),
        ("CA", "Ontario", "ON"),
        ("DE", "bw", "BW"),
        ("AU", "NSW", "NSW"),
        ("US", "", ""),
        ("IL", "", ""),
    ],
)
def test_a_region_is_kept_by_its_code_however_it_was_typed(
    country: str, typed: str, region: str
) -> None:
    application = Application(
        company="Acme", interview_date=date(2026, 11, 2), country=country, region=typed
    )

    assert application.region == region
    assert application.place == (f"{country}-{region}" if region else country)


@pytest.mark.parametrize(
    ("country", "typed", "message"),
    [
        ("CA", "XX", "'XX' is not a region of CA with holidays; one of AB, BC"),
        ("IL", "TA", "'TA' is not a region of IL with holidays; none: it has no regions"),
    ],
)
def test_a_region_the_country_does_not_have_is_refused_with_the_choices(
    country: str, typed: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=re.escape(message)):
        Application(company="Acme", interview_date=date(2026, 11, 2), country=country, region=typed)


def test_an_old_plan_without_regions_still_opens_with_none() -> None:
    application = Application.model_validate(
        {"company": "Acme", "interview_date": "2026-11-02", "country": "CA"}
    )

    assert application.region == ""
    assert application.place == "CA"
