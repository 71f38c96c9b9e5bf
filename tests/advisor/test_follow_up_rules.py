"""The follow-up rules of PRODUCT.md, with their sources, for the cases that used to break."""

from datetime import date

import pytest

from advisor.events import Channel, Event, EventKind, StepKind
from advisor.models import Application
from advisor.schedule import StepStatus, follow_up_schedule, with_event
from advisor.windows import expected_window
from advisor.workdays import add_business_days
from tests.advisor.factories import MONDAY, an_application

TODAY = date(2026, 11, 4)


def _dates(application: Application, today: date = TODAY) -> dict[StepKind, date]:
    schedule = follow_up_schedule(application=application, today=today)
    return {step.kind: step.date for step in schedule.steps}


@pytest.mark.parametrize(
    ("size", "industry"),
    [
        ("large", "government"),  # 53.8 days against 23.8 [Glassdoor 2017]
        ("medium", "health"),  # 49 working days [DHI/JOLTS 2017]
        ("large", "financial"),
        ("small", "aerospace_defense"),
        ("medium", "other"),
        ("small", "restaurants_bars"),
    ],
)
def test_the_first_follow_up_never_comes_before_the_estimated_window_opens(
    size: str, industry: str
) -> None:
    # [D] "two or three weeks" and [E] "about a week" give the wait; an industry's pace can
    # push the estimated decision later, and a check-in before it would be premature.
    application = an_application(company_size=size, industry=industry)
    window = expected_window(application=application)

    assert _dates(application)[StepKind.FIRST_FOLLOW_UP] >= window.earliest


def test_a_government_interview_waits_for_the_window_then_moves_on_only_after_it() -> None:
    # The case from the issue: interview 16 March 2026, "we will be in touch".
    application = an_application(
        interview_date=date(2026, 3, 16),
        company_size="large",
        industry="government",
        timing="in_touch",
        today=date(2026, 3, 16),
    )
    window = expected_window(application=application)
    dates = _dates(application, date(2026, 3, 16))

    assert dates[StepKind.FIRST_FOLLOW_UP] == window.earliest
    assert dates[StepKind.MOVE_ON] > window.latest


@pytest.mark.parametrize(
    "overrides",
    [
        {"timing": "date", "decision_date": date(2026, 11, 13)},
        {"timing": "time_frame", "timing_phrase": "within six weeks"},
        {"company_size": "large", "industry": "health"},
        {"company_size": "small", "industry": "restaurants_bars"},
    ],
)
def test_move_on_comes_after_the_window_and_after_the_last_follow_up_had_its_wait(
    overrides: dict[str, object],
) -> None:
    # [D]: more than three weeks and no answer to your follow-ups; [C][E]: not too early.
    application = an_application(**overrides)
    window = expected_window(application=application)
    dates = _dates(application)

    assert dates[StepKind.MOVE_ON] > window.latest
    assert dates[StepKind.MOVE_ON] >= add_business_days(
        dates[StepKind.SECOND_FOLLOW_UP], 5, country="US"
    )
    assert (dates[StepKind.MOVE_ON] - MONDAY).days >= 21


@pytest.mark.parametrize(
    ("answer", "expected_second"),
    [
        (Event(kind=EventKind.NONCOMMITTAL, on=date(2026, 11, 18)), date(2026, 11, 25)),
        (
            Event(kind=EventKind.CALL_BACK, on=date(2026, 11, 18), call_back_on=date(2026, 12, 3)),
            date(2026, 12, 3),
        ),
    ],
)
def test_after_they_answer_no_no_answer_note_is_planned(
    answer: Event, expected_second: date
) -> None:
    # [C]: the short note is for when a call goes unanswered; after a noncommittal answer comes
    # one more call after a reasonable wait, and a call-back date replaces the wait.
    done = Event(kind=EventKind.STEP_DONE, on=date(2026, 11, 16), step=StepKind.FIRST_FOLLOW_UP)
    application = an_application(events=[done, answer], today=date(2026, 11, 18))

    dates = _dates(application, date(2026, 11, 18))

    assert StepKind.WRITTEN_NOTE not in dates
    assert dates[StepKind.SECOND_FOLLOW_UP] == expected_second


def test_a_call_back_date_given_before_any_follow_up_is_the_first_call_with_nothing_before_it() -> (
    None
):
    answer = Event(kind=EventKind.CALL_BACK, on=MONDAY, call_back_on=date(2026, 11, 20))
    application = an_application(events=[answer])

    schedule = follow_up_schedule(application=application, today=TODAY)
    first = next(s for s in schedule.steps if s.kind is StepKind.FIRST_FOLLOW_UP)

    assert (first.date, first.channel) == (date(2026, 11, 20), Channel.CALL)
    assert StepKind.WRITTEN_NOTE not in {s.kind for s in schedule.steps}


def test_an_answer_after_a_call_that_was_not_answered_keeps_a_note_already_sent() -> None:
    events = [
        Event(kind=EventKind.STEP_DONE, on=date(2026, 11, 16), step=StepKind.FIRST_FOLLOW_UP),
        Event(kind=EventKind.STEP_DONE, on=date(2026, 11, 19), step=StepKind.WRITTEN_NOTE),
        Event(kind=EventKind.NONCOMMITTAL, on=date(2026, 11, 20)),
    ]
    application = an_application(events=events, today=date(2026, 11, 20))

    steps = follow_up_schedule(application=application, today=date(2026, 11, 20)).steps
    note = next(s for s in steps if s.kind is StepKind.WRITTEN_NOTE)

    assert note.status is StepStatus.DONE


@pytest.mark.parametrize(
    ("logged_on", "accepted"),
    [
        (date(2026, 11, 4), False),  # two days after the interview: nothing was due yet
        (date(2026, 11, 16), False),  # the day before the first follow-up
        (date(2026, 11, 17), True),  # its own day: 10 business days, Veterans Day skipped
        (date(2026, 11, 20), True),
    ],
)
def test_no_reply_can_be_logged_only_once_a_follow_up_was_due(
    logged_on: date, accepted: bool
) -> None:
    application = an_application(today=logged_on)
    event = Event(kind=EventKind.NO_REPLY, on=logged_on)

    if accepted:
        logged = with_event(application=application, event=event, today=logged_on)
        assert logged.events[-1].kind is EventKind.NO_REPLY
    else:
        with pytest.raises(ValueError, match=r"^What happened: .*not due until Tuesday 17 Nov"):
            with_event(application=application, event=event, today=logged_on)


def test_no_reply_before_the_due_day_is_accepted_once_you_marked_the_follow_up_done() -> None:
    early = date(2026, 11, 6)
    done = Event(kind=EventKind.STEP_DONE, on=early, step=StepKind.FIRST_FOLLOW_UP)
    application = an_application(events=[done], today=early)

    logged = with_event(
        application=application, event=Event(kind=EventKind.NO_REPLY, on=early), today=early
    )

    assert [e.kind for e in logged.events] == [EventKind.STEP_DONE, EventKind.NO_REPLY]


def test_an_answer_names_the_follow_up_it_answers_and_that_follow_up_counts_as_made() -> None:
    answer = Event(
        kind=EventKind.NONCOMMITTAL, on=date(2026, 11, 18), step=StepKind.FIRST_FOLLOW_UP
    )
    application = an_application(events=[answer], today=date(2026, 11, 18))

    steps = follow_up_schedule(application=application, today=date(2026, 11, 18)).steps
    first = next(s for s in steps if s.kind is StepKind.FIRST_FOLLOW_UP)

    assert (first.status, first.date) == (StepStatus.DONE, date(2026, 11, 18))


def test_no_reply_to_the_second_follow_up_is_refused_before_it_was_due_naming_it() -> None:
    done = Event(kind=EventKind.STEP_DONE, on=date(2026, 11, 17), step=StepKind.FIRST_FOLLOW_UP)
    application = an_application(events=[done], today=date(2026, 11, 19))
    early = Event(kind=EventKind.NO_REPLY, on=date(2026, 11, 19), step=StepKind.SECOND_FOLLOW_UP)

    with pytest.raises(ValueError, match="your second, final follow-up is not due until"):
        with_event(application=application, event=early, today=date(2026, 11, 19))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"kind": "step_done"}, "step: name the step that was done"),
        ({"kind": "rejected", "step": "first_follow_up"}, "only a step done or an answer"),
        ({"kind": "no_reply", "step": "thank_you"}, "an answer belongs to a follow-up you made"),
    ],
)
def test_a_logged_entry_names_a_step_only_where_it_belongs(
    data: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        Event.model_validate({"on": MONDAY, **data})
