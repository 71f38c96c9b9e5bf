"""The follow-up schedule: which step to take on which day, by which channel, and why."""

from __future__ import annotations

import datetime
from datetime import date, timedelta
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from advisor.dates import DateStyle
from advisor.events import CONTACT_STEPS, Channel, Event, EventKind, StepKind, outcome_of
from advisor.models import Application, CompanySize
from advisor.offers import offer_deadline
from advisor.sources import Source
from advisor.windows import (
    DecisionWindow,
    WindowBasis,
    expected_window,
    industry_pace,
    seasonal_slowdowns,
)
from advisor.workdays import add_business_days, roll_back, roll_forward

__all__ = [
    "FIRST_FOLLOW_UP_RANGE",
    "FollowUpStep",
    "Schedule",
    "StepStatus",
    "default_follow_up_wait",
    "follow_up_schedule",
    "with_event",
    "without_last_event",
]

# With no stated time frame the articles disagree: about a week [E] to two or three weeks [D].
FIRST_FOLLOW_UP_RANGE = (5, 15)  # business days after the interview
_DEFAULT_FIRST_FOLLOW_UP: dict[CompanySize, int] = {
    CompanySize.SMALL: 5,
    CompanySize.MEDIUM: 10,
    CompanySize.UNKNOWN: 10,
    CompanySize.LARGE: 15,
}
_AFTER_STATED_WINDOW = 2  # business days past the stated date (candidate.so; Indeed says 1-2)
_NOTE_AFTER_FIRST = 3  # business days without an answer before the short note
_SECOND_AFTER_FIRST = 5  # "about a week later"
_MOVE_ON_AFTER_INTERVIEW = timedelta(weeks=3)
_MOVE_ON_AFTER_SECOND = 5  # business days for an answer to the last follow-up


_IMPLY_FOLLOW_UP = (EventKind.NONCOMMITTAL, EventKind.NO_REPLY)


class StepStatus(StrEnum):
    DONE = "done"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    UPCOMING = "upcoming"


class FollowUpStep(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: StepKind
    date: datetime.date  # the day it was done, for a done step
    due_by: datetime.date  # the last day it is still on time
    channel: Channel
    status: StepStatus
    title: str
    why: str
    source: Source
    done_on: datetime.date | None = None


class Schedule(BaseModel):
    """One application's steps in date order, with what to do next."""

    model_config = ConfigDict(frozen=True)

    application_id: str
    steps: tuple[FollowUpStep, ...]
    window: DecisionWindow
    days_waited: int
    closed: bool  # a rejection or an offer ended the waiting

    @property
    def next_step(self) -> FollowUpStep | None:
        return next((s for s in self.steps if s.status is not StepStatus.DONE), None)


def default_follow_up_wait(*, application: Application) -> tuple[int, str]:
    """Business days from the interview to the first follow-up when no time frame was stated."""
    low, high = FIRST_FOLLOW_UP_RANGE
    base = _DEFAULT_FIRST_FOLLOW_UP[application.company_size]
    pace = industry_pace(application.industry)
    days = min(high, max(low, round(base * pace.stretch)))
    size = application.company_size
    company = "a company of unknown size" if size is CompanySize.UNKNOWN else f"a {size} company"
    why = (
        "No time frame was given. Advice ranges from about one week [E] to two or three weeks [D] "
        f"before checking in; for {company}"
    )
    if pace.source is not None:
        why += f" in {application.industry.label.lower()} ({pace.sentence})"
    why += f" we suggest {days} business days."
    return days, why


def follow_up_schedule(
    *, application: Application, today: date, date_style: DateStyle = DateStyle.DAY_FIRST
) -> Schedule:
    """Every follow-up step for `application` as of `today`, re-planned from what was logged;
    the dates in its reasons written in `date_style`.

    A step marked done sits on the day it was done; the steps after it count from that day.
    """
    country, long_date = application.place, date_style.long
    window = expected_window(application=application, date_style=date_style)
    done = {e.step: e.on for e in application.events if e.kind is EventKind.STEP_DONE and e.step}
    steps: list[tuple[StepKind, date, Channel, str, str, Source]] = []

    def add(kind: StepKind, day: date, channel: Channel, why: str, source: Source) -> date:
        planned = roll_forward(max(day, application.interview_date), country=country)
        steps.append((kind, planned, channel, kind.label, why, source))
        return done.get(kind, planned)

    # The thank-you is still on time on the next business day.
    grace = {StepKind.THANK_YOU: add_business_days(application.interview_date, 1, country=country)}

    interview = application.interview_date
    add(
        StepKind.THANK_YOU,
        interview,
        Channel.EMAIL,
        "Send it the same day or the next business day; three days is too long. "
        "A written thank-you comes before any follow-up.",
        Source.WHEN_TO_FOLLOW_UP,
    )
    if application.recruiter:
        add(
            StepKind.RECRUITER_CHECK_IN,
            add_business_days(interview, 1, country=country),
            Channel.RECRUITER,
            "The hiring manager usually briefs an outside recruiter right after the interview; "
            "ask them for feedback and where things stand.",
            Source.WHEN_TO_FOLLOW_UP,
        )

    outcome = outcome_of(application.events)
    answers = [e for e in application.events if e.kind is not EventKind.STEP_DONE]
    call_back = next((e.call_back_on for e in reversed(answers) if e.call_back_on), None)
    for answer in answers:  # an answer to a follow-up means that follow-up took place
        if answer.step is not None:
            done.setdefault(answer.step, answer.on)
    contact = next((e for e in answers if e.kind in _IMPLY_FOLLOW_UP), None)
    if contact is not None and call_back is None:
        # An answer, or silence after you reached out, means the first follow-up took place.
        done.setdefault(StepKind.FIRST_FOLLOW_UP, contact.on)
    first_day, first_why, first_source = _first_follow_up(application, window, date_style)
    first_channel = _channel(application, prefer_call=application.call_back_on is not None)
    if call_back is not None and StepKind.FIRST_FOLLOW_UP not in done:
        # Their answer came before you followed up: the call they asked for is the first contact.
        first_day, first_channel, first_source = call_back, Channel.CALL, Source.FOLLOW_UP_SERIES
        first_why = f"They asked you to call back on {long_date(call_back)}; call then."
        call_back = None
    first = add(StepKind.FIRST_FOLLOW_UP, first_day, first_channel, first_why, first_source)
    # "No answer to your call" makes sense only while they have not answered, and never before
    # a call they asked for.
    answered = any(e.kind in (EventKind.NONCOMMITTAL, EventKind.CALL_BACK) for e in answers)
    if first_channel is Channel.CALL and (not answered or StepKind.WRITTEN_NOTE in done):
        note_channel = Channel.EMAIL if application.email_invited else Channel.WRITTEN_NOTE
        add(
            StepKind.WRITTEN_NOTE,
            add_business_days(first, _NOTE_AFTER_FIRST, country=country),
            note_channel,
            "No answer to your call: a short note keeps you in mind. "
            + (
                "They invited email, so send one."
                if application.email_invited
                else "A typed or handwritten note shows extra effort."
            ),
            Source.FOLLOW_UP_SERIES,
        )
    second_day, second_why, second_source = _second_follow_up(
        first, answers, call_back, application, date_style
    )
    second = add(
        StepKind.SECOND_FOLLOW_UP,
        second_day,
        Channel.CALL if call_back else _channel(application, prefer_call=True),
        second_why,
        second_source,
    )
    add(
        StepKind.MOVE_ON,
        max(
            interview + _MOVE_ON_AFTER_INTERVIEW,
            add_business_days(second, _MOVE_ON_AFTER_SECOND, country=country),
            add_business_days(window.latest, _AFTER_STATED_WINDOW, country=country),
        ),
        Channel.DECISION,
        "Three weeks or more since the interview, the expected decision window over and no "
        "answer to your follow-ups: cross it off and put your energy elsewhere. If they come "
        "back later, ask what happened.",
        Source.WHEN_TO_FOLLOW_UP,
    )

    if outcome is not None:
        steps = [s for s in steps if s[0] in done and done[s[0]] <= outcome.on]
        steps += _after_outcome(outcome, country)

    built = [
        FollowUpStep(
            kind=kind,
            date=done.get(kind, day),
            due_by=max(day, grace.get(kind, day)),
            channel=channel,
            status=_status(day, max(day, grace.get(kind, day)), done.get(kind), today),
            title=title,
            why=why,
            source=source,
            done_on=done.get(kind),
        )
        for kind, day, channel, title, why, source in steps
    ]
    built.sort(key=lambda step: (step.date, list(StepKind).index(step.kind)))
    return Schedule(
        application_id=application.id,
        steps=tuple(built),
        window=window,
        days_waited=max(0, (today - interview).days),
        closed=outcome is not None,
    )


def _channel(application: Application, *, prefer_call: bool) -> Channel:
    if application.no_calls:
        return Channel.EMAIL if application.email_invited else Channel.WRITTEN_NOTE
    if application.email_invited and not prefer_call:
        return Channel.EMAIL
    return Channel.CALL


def _first_follow_up(
    application: Application, window: DecisionWindow, style: DateStyle
) -> tuple[date, str, Source]:
    country, long_date = application.place, style.long
    if application.call_back_on is not None:
        return (
            application.call_back_on,
            f"They asked you to call back on {long_date(application.call_back_on)}: that date "
            "replaces the usual wait.",
            Source.FOLLOW_UP_SERIES,
        )
    if window.basis is not WindowBasis.DEFAULT:
        day = add_business_days(window.latest, _AFTER_STATED_WINDOW, country=country)
        said = (
            f"They said they would decide by {long_date(window.latest)}."
            if window.basis is WindowBasis.STATED_DATE
            else f"They said “{application.timing_phrase}”, which we read as a decision by "
            f"{long_date(window.latest)}."
        )
        why = (
            f"{said} Wait that out and a few days more [C]: {_AFTER_STATED_WINDOW} business days "
            "after the stated date, as candidate.so suggests (Indeed says one or two)."
        )
        return day, why, Source.CANDIDATE_SO
    days, why = default_follow_up_wait(application=application)
    day = add_business_days(application.interview_date, days, country=country)
    for slowdown in seasonal_slowdowns(earliest=application.interview_date, latest=day):
        day = add_business_days(day, slowdown.extra_business_days, country=country)
        why += f" {slowdown.reason}"
    if day < window.earliest:
        # Checking in before a decision is even expected would be early: wait for the window.
        day = window.earliest
        why += (
            f" At this employer's usual pace a decision is not expected before "
            f"{long_date(window.earliest)} (our estimate from the figures above), so wait "
            "until then."
        )
    return day, why, Source.WHEN_TO_FOLLOW_UP


def _second_follow_up(
    first: date,
    answers: list[Event],
    call_back: date | None,
    application: Application,
    style: DateStyle,
) -> tuple[date, str, Source]:
    country = application.place
    if call_back is not None:
        why = f"They asked you to call back on {style.long(call_back)}; call then."
        return max(call_back, first), why, Source.FOLLOW_UP_SERIES
    vague = [e for e in answers if e.kind is EventKind.NONCOMMITTAL]
    if vague:
        day = add_business_days(vague[-1].on, _SECOND_AFTER_FIRST, country=country)
        return (
            day,
            "Their answer was polite but noncommittal. After another reasonable wait, one more "
            "courteous, upbeat contact; usually the last unless they ask for another.",
            Source.FOLLOW_UP_SERIES,
        )
    day = add_business_days(first, _SECOND_AFTER_FIRST, country=country)
    return (
        day,
        "About a week after the first follow-up with no answer, a second and final one, just "
        "as courteous and upbeat; after that, stop.",
        Source.CANDIDATE_SO,
    )


def _after_outcome(
    outcome: Event, country: str
) -> list[tuple[StepKind, date, Channel, str, str, Source]]:
    if outcome.kind is EventKind.REJECTED:
        return [
            (
                StepKind.REJECTION_THANK_YOU,
                roll_forward(outcome.on, country=country),
                Channel.EMAIL,
                StepKind.REJECTION_THANK_YOU.label,
                "Thank them for their time, ask to be kept in mind for other openings and say you "
                "are still interested in the company. Few people do; it stands out.",
                Source.FOLLOW_UP_SERIES,
            ),
            (
                StepKind.CONNECT_AFTER_DECISION,
                add_business_days(outcome.on, 2, country=country),
                Channel.LINKEDIN,
                StepKind.CONNECT_AFTER_DECISION.label,
                "Only now that they have decided, and only if you really got on well. "
                "Keep it professional: no Facebook requests.",
                Source.FOLLOW_UP_SERIES,
            ),
        ]
    deadline, assumed = offer_deadline(outcome, country=country)
    why = (
        "You normally get a short spell, often several days, to weigh an offer before you "
        "must give your answer."
        + (
            " No deadline was given, so we assumed three business days: ask them."
            if assumed
            else ""
        )
    )
    return [
        (
            StepKind.OFFER_DECISION,
            max(roll_back(deadline, country=country), roll_forward(outcome.on, country=country)),
            Channel.DECISION,
            StepKind.OFFER_DECISION.label,
            why,
            Source.FOLLOW_UP_SERIES,
        )
    ]


def _status(day: date, due_by: date, done_on: date | None, today: date) -> StepStatus:
    if done_on is not None:
        return StepStatus.DONE
    if today < day:
        return StepStatus.UPCOMING
    return StepStatus.DUE_TODAY if today <= due_by else StepStatus.OVERDUE


def with_event(
    *,
    application: Application,
    event: Event,
    today: date,
    date_style: DateStyle = DateStyle.DAY_FIRST,
) -> Application:
    """`application` with `event` logged; raises ValidationError naming the field when it can't be
    (dates in the message written in `date_style`).

    Marking a step done a second time moves it to the new day instead of logging it twice.
    """
    kept = [
        e
        for e in application.events
        if not (
            event.kind is EventKind.STEP_DONE
            and e.kind is EventKind.STEP_DONE
            and e.step is event.step
        )
    ]
    data = application.model_dump()
    data["events"] = [e.model_dump() for e in (*kept, event)]
    if event.on > today:
        raise ValueError("Date: this is in the future; log what has already happened")
    if event.on < application.interview_date:
        raise ValueError(
            f"Date: this is before the interview ({date_style.long(application.interview_date)})"
        )
    if event.kind is EventKind.NO_REPLY:
        _check_a_follow_up_went_unanswered(application, event, date_style)
    return Application.model_validate(data)


def _check_a_follow_up_went_unanswered(
    application: Application, event: Event, style: DateStyle
) -> None:
    """ "No reply" answers a follow-up: refuse it, saying why, before that follow-up was due.

    Without a step named, it answers the first follow-up, unless one was already marked done.
    """
    marked = {e.step for e in application.events if e.kind is EventKind.STEP_DONE}
    step = event.step
    if step is None:
        if marked & set(CONTACT_STEPS):
            return
        step = StepKind.FIRST_FOLLOW_UP
    if step in marked:
        return
    schedule = follow_up_schedule(application=application, today=event.on)
    planned = next((s for s in schedule.steps if s.kind is step), None)
    if planned is not None and planned.date > event.on:
        raise ValueError(
            f"What happened: “No reply” is for a follow-up that went unanswered, and your "
            f"{step.label.lower()} is not due until {style.long(planned.date)}. If you already "
            "got in touch, mark that step done first."
        )


def without_last_event(*, application: Application) -> Application:
    """`application` with its latest logged entry taken back."""
    return application.model_copy(update={"events": application.events[:-1]})
