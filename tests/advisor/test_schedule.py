from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.events import Channel, Event, EventKind, StepKind
from advisor.models import Application
from advisor.schedule import StepStatus, follow_up_schedule
from advisor.workdays import is_business_day
from tests.advisor.factories import MONDAY, TODAY, an_application

FRIDAY = date(2026, 11, 6)
SATURDAY = date(2026, 11, 7)


def _steps(application: Application, today: date = TODAY) -> dict[StepKind, object]:
    schedule = follow_up_schedule(application=application, today=today)
    return {step.kind: step for step in schedule.steps}


def _with_events(*events: Event, **overrides: object) -> Application:
    return an_application(events=list(events), **overrides)


def _dates(application: Application, today: date = TODAY) -> dict[StepKind, date]:
    schedule = follow_up_schedule(application=application, today=today)
    return {step.kind: step.date for step in schedule.steps}


@pytest.mark.parametrize(
    ("interview", "thank_you", "due_by"),
    [
        (MONDAY, MONDAY, date(2026, 11, 3)),
        (FRIDAY, FRIDAY, date(2026, 11, 9)),  # the next business day is Monday
        (SATURDAY, date(2026, 11, 9), date(2026, 11, 9)),  # a Saturday interview: Monday
        (date(2026, 11, 25), date(2026, 11, 25), date(2026, 11, 27)),  # over Thanksgiving
    ],
)
def test_thank_you_is_due_the_same_or_next_business_day(
    interview: date, thank_you: date, due_by: date
) -> None:
    step = follow_up_schedule(
        application=an_application(interview_date=interview), today=interview
    ).steps[0]

    assert (step.kind, step.date, step.due_by) == (StepKind.THANK_YOU, thank_you, due_by)


def test_a_stated_window_puts_the_first_follow_up_two_business_days_after_it() -> None:
    application = an_application(timing="date", decision_date=date(2026, 11, 13))

    assert _dates(application)[StepKind.FIRST_FOLLOW_UP] == date(2026, 11, 17)


def test_a_window_ending_on_a_holiday_skips_it_for_the_follow_up() -> None:
    application = an_application(timing="date", decision_date=date(2026, 11, 25))

    # 25 Nov + 2 business days, skipping Thanksgiving (26 Nov): Friday 27, Monday 30.
    assert _dates(application)[StepKind.FIRST_FOLLOW_UP] == date(2026, 11, 30)


@pytest.mark.parametrize(
    ("size", "industry", "business_days"),
    [
        ("small", "other", 5),
        ("medium", "other", 10),
        ("unknown", "other", 10),
        ("large", "other", 15),
        ("small", "restaurants_bars", 5),  # shrunk, but never under a week
    ],
)
def test_without_a_time_frame_the_first_follow_up_waits_one_to_three_weeks(
    size: str, industry: str, business_days: int
) -> None:
    from advisor.workdays import add_business_days

    application = an_application(company_size=size, industry=industry)

    expected = add_business_days(MONDAY, business_days, country="US")
    assert _dates(application)[StepKind.FIRST_FOLLOW_UP] == expected


def test_the_default_follow_up_says_which_range_it_picked_from() -> None:
    step = _steps(an_application(company_size="large"))[StepKind.FIRST_FOLLOW_UP]

    assert "one week [E] to two or three weeks [D]" in step.why  # type: ignore[attr-defined]
    assert "15 business days" in step.why  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("size", "said"),
    [
        ("small", "for a small company"),
        ("medium", "for a medium company"),
        ("large", "for a large company"),
        ("unknown", "for a company of unknown size"),
    ],
)
def test_the_default_follow_up_names_the_company_size_in_plain_words(size: str, said: str) -> None:
    step = _steps(an_application(company_size=size))[StepKind.FIRST_FOLLOW_UP]

    assert said in step.why  # type: ignore[attr-defined]


def test_late_december_widens_the_wait_with_a_note() -> None:
    application = an_application(interview_date=date(2026, 12, 14), today=date(2026, 12, 14))

    step = _steps(application, date(2026, 12, 14))[StepKind.FIRST_FOLLOW_UP]

    assert step.date == date(2027, 1, 6)  # type: ignore[attr-defined]  # 10 + 5 business days
    assert "end-of-year holidays" in step.why  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("overrides", "first", "note", "second"),
    [
        ({}, Channel.CALL, Channel.WRITTEN_NOTE, Channel.CALL),
        ({"email_invited": True}, Channel.EMAIL, None, Channel.CALL),
        ({"no_calls": True}, Channel.WRITTEN_NOTE, None, Channel.WRITTEN_NOTE),
        ({"no_calls": True, "email_invited": True}, Channel.EMAIL, None, Channel.EMAIL),
    ],
)
def test_asked_not_to_call_means_no_calls_email_if_invited_else_a_note(
    overrides: dict[str, object], first: Channel, note: Channel | None, second: Channel
) -> None:
    steps = follow_up_schedule(application=an_application(**overrides), today=TODAY).steps
    channel = {step.kind: step.channel for step in steps}

    assert channel[StepKind.FIRST_FOLLOW_UP] is first
    assert channel.get(StepKind.WRITTEN_NOTE) is note  # a note follows an unanswered call only
    assert channel[StepKind.SECOND_FOLLOW_UP] is second


def test_a_call_back_request_before_any_follow_up_becomes_the_first_follow_up() -> None:
    application = _with_events(
        Event(kind=EventKind.CALL_BACK, on=date(2026, 11, 4), call_back_on=date(2026, 11, 9)),
        no_calls=False,
    )

    dates = _dates(application)

    assert dates[StepKind.FIRST_FOLLOW_UP] == date(2026, 11, 9)
    assert dates[StepKind.SECOND_FOLLOW_UP] > dates[StepKind.FIRST_FOLLOW_UP]


def test_a_recruiter_is_asked_for_feedback_the_next_business_day() -> None:
    with_recruiter = _dates(an_application(recruiter=True, interview_date=FRIDAY))
    without = _dates(an_application())

    assert with_recruiter[StepKind.RECRUITER_CHECK_IN] == date(2026, 11, 9)
    assert StepKind.RECRUITER_CHECK_IN not in without


def test_call_me_back_on_a_date_overrides_the_wait() -> None:
    step = _steps(an_application(call_back_on=date(2026, 11, 10)))[StepKind.FIRST_FOLLOW_UP]

    assert (step.date, step.channel) == (date(2026, 11, 10), Channel.CALL)  # type: ignore[attr-defined]


def test_second_follow_up_about_a_week_later_then_move_on_after_three_weeks() -> None:
    dates = _dates(an_application(timing="date", decision_date=date(2026, 11, 13)))

    assert dates[StepKind.SECOND_FOLLOW_UP] == date(2026, 11, 24)  # first + 5 business days
    assert dates[StepKind.MOVE_ON] == date(2026, 12, 2)  # second + 5 business days
    assert dates[StepKind.MOVE_ON] - MONDAY >= timedelta(weeks=3)


def test_marking_the_first_follow_up_done_re_plans_from_that_day() -> None:
    done_on = date(2026, 11, 12)
    application = _with_events(
        Event(kind=EventKind.STEP_DONE, on=done_on, step=StepKind.FIRST_FOLLOW_UP)
    )

    steps = _steps(application, date(2026, 11, 12))

    assert steps[StepKind.FIRST_FOLLOW_UP].status is StepStatus.DONE  # type: ignore[attr-defined]
    assert steps[StepKind.WRITTEN_NOTE].date == date(2026, 11, 17)  # type: ignore[attr-defined]
    assert steps[StepKind.SECOND_FOLLOW_UP].date == date(2026, 11, 19)  # type: ignore[attr-defined]


def test_a_noncommittal_answer_sets_the_second_follow_up_a_week_after_it() -> None:
    application = _with_events(Event(kind=EventKind.NONCOMMITTAL, on=date(2026, 11, 18)))

    assert _dates(application)[StepKind.SECOND_FOLLOW_UP] == date(2026, 11, 25)


@pytest.mark.parametrize("kind", [EventKind.NONCOMMITTAL, EventKind.NO_REPLY])
def test_an_answer_or_silence_counts_the_first_follow_up_as_done(kind: EventKind) -> None:
    application = _with_events(Event(kind=kind, on=date(2026, 11, 5)))

    steps = _steps(application)

    first = steps[StepKind.FIRST_FOLLOW_UP]
    assert (first.status, first.date) == (StepStatus.DONE, date(2026, 11, 5))  # type: ignore[attr-defined]
    assert steps[StepKind.SECOND_FOLLOW_UP].date > first.date  # type: ignore[attr-defined]


def test_being_asked_to_call_back_sets_the_second_follow_up_on_that_date() -> None:
    application = _with_events(
        Event(kind=EventKind.STEP_DONE, on=date(2026, 11, 17), step=StepKind.FIRST_FOLLOW_UP),
        Event(kind=EventKind.CALL_BACK, on=date(2026, 11, 18), call_back_on=date(2026, 12, 1)),
    )

    assert _dates(application)[StepKind.SECOND_FOLLOW_UP] == date(2026, 12, 1)


def test_a_rejection_replaces_the_pending_steps_with_a_thank_you_and_a_connection() -> None:
    application = _with_events(
        Event(kind=EventKind.STEP_DONE, on=MONDAY, step=StepKind.THANK_YOU),
        Event(kind=EventKind.REJECTED, on=date(2026, 11, 14)),  # a Saturday
    )

    schedule = follow_up_schedule(application=application, today=date(2026, 11, 14))

    assert [s.kind for s in schedule.steps] == [
        StepKind.THANK_YOU,
        StepKind.REJECTION_THANK_YOU,
        StepKind.CONNECT_AFTER_DECISION,
    ]
    assert schedule.steps[1].date == date(2026, 11, 16)
    assert schedule.closed


@pytest.mark.parametrize(
    ("deadline", "expected", "assumed"),
    [
        (date(2026, 11, 20), date(2026, 11, 20), False),
        (date(2026, 11, 22), date(2026, 11, 20), False),  # a Sunday deadline: decide by Friday
        (None, date(2026, 11, 19), True),  # a few days: three business days assumed
    ],
)
def test_an_offer_puts_a_decision_on_its_deadline(
    deadline: date | None, expected: date, assumed: bool
) -> None:
    application = _with_events(
        Event(kind=EventKind.OFFER, on=date(2026, 11, 16), offer_deadline=deadline)
    )

    step = follow_up_schedule(application=application, today=date(2026, 11, 16)).steps[-1]

    assert (step.kind, step.date) == (StepKind.OFFER_DECISION, expected)
    assert ("assumed three business days" in step.why) is assumed


@pytest.mark.parametrize(
    ("today", "status"),
    [
        (date(2026, 10, 30), StepStatus.UPCOMING),
        (MONDAY, StepStatus.DUE_TODAY),
        (date(2026, 11, 3), StepStatus.DUE_TODAY),
        (date(2026, 11, 4), StepStatus.OVERDUE),
    ],
)
def test_each_step_knows_whether_it_is_upcoming_due_or_overdue(
    today: date, status: StepStatus
) -> None:
    step = follow_up_schedule(application=an_application(), today=today).steps[0]

    assert step.status is status


def test_the_next_action_is_the_first_step_not_done() -> None:
    application = _with_events(Event(kind=EventKind.STEP_DONE, on=MONDAY, step=StepKind.THANK_YOU))

    schedule = follow_up_schedule(application=application, today=TODAY)

    assert schedule.next_step is not None
    assert schedule.next_step.kind is StepKind.FIRST_FOLLOW_UP
    assert schedule.days_waited == 2


# --- properties -------------------------------------------------------------------------

# (country, region): other weekends (Fri-Sat, Sat-Sun since 2022, Friday alone) and regions
# with holidays of their own.
_PLACES = [
    ("US", ""),
    ("US", "TX"),
    ("GB", ""),
    ("GB", "SCT"),
    ("DE", "BW"),
    ("DE", "BE"),
    ("FR", ""),
    ("CA", "ON"),
    ("CA", "BC"),
    ("IN", ""),
    ("IN", "MH"),
    ("AU", "VIC"),
    ("CH", "TI"),
    ("IL", ""),
    ("SA", ""),
    ("AE", ""),
    ("EG", ""),
    ("IR", ""),
]


@st.composite
def applications(draw: st.DrawFn) -> Application:
    interview = draw(st.dates(min_value=date(2025, 1, 1), max_value=date(2028, 12, 31)))
    timing = draw(st.sampled_from(["date", "time_frame", "in_touch", "did_not_ask"]))
    data: dict[str, object] = {
        "company": "Acme",
        "interview_date": interview,
        **dict(zip(("country", "region"), draw(st.sampled_from(_PLACES)), strict=True)),
        "company_size": draw(st.sampled_from(["small", "medium", "large", "unknown"])),
        "industry": draw(st.sampled_from(["other", "government", "health", "restaurants_bars"])),
        "recruiter": draw(st.booleans()),
        "no_calls": draw(st.booleans()),
        "email_invited": draw(st.booleans()),
        "timing": timing,
    }
    if timing == "date":
        data["decision_date"] = interview + timedelta(days=draw(st.integers(0, 60)))
    if timing == "time_frame":
        data["timing_phrase"] = draw(
            st.sampled_from(
                [
                    "in two weeks",
                    "2-3 weeks",
                    "by Friday",
                    "end of next month",
                    "within 10 business days",
                ]
            )
        )
    return Application.model_validate(data)


@settings(max_examples=200, deadline=None)
@given(application=applications(), offset=st.integers(0, 90))
def test_planned_steps_are_in_order_after_the_interview_and_on_business_days(
    application: Application, offset: int
) -> None:
    today = application.interview_date + timedelta(days=offset)

    steps = follow_up_schedule(application=application, today=today).steps

    assert [s.date for s in steps] == sorted(s.date for s in steps)
    assert all(s.date >= application.interview_date for s in steps)
    # never on that place's weekend or one of its holidays, its region's included
    assert all(is_business_day(s.date, country=application.place) for s in steps)
    assert all(s.channel is not Channel.CALL for s in steps) or not application.no_calls


@settings(max_examples=200, deadline=None)
@given(application=applications(), data=st.data())
def test_marking_a_step_done_never_moves_an_earlier_step(
    application: Application, data: st.DataObject
) -> None:
    today = application.interview_date + timedelta(days=30)
    before = follow_up_schedule(application=application, today=today).steps
    chosen = data.draw(st.sampled_from(before))
    done_on = data.draw(st.dates(min_value=application.interview_date, max_value=today))
    marked = application.model_copy(
        update={"events": (Event(kind=EventKind.STEP_DONE, on=done_on, step=chosen.kind),)}
    )

    after = {s.kind: s for s in follow_up_schedule(application=marked, today=today).steps}

    for step in before:
        if step.date < chosen.date and step.kind is not chosen.kind:
            assert after[step.kind].date == step.date
    assert after[chosen.kind].status is StepStatus.DONE
