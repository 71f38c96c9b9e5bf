"""The follow-up plan as an iCalendar file (RFC 5545) to import into any calendar app."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from icalendar import Alarm, Calendar, Event

from advisor.drafts import draft_for
from advisor.models import Application, Plan
from advisor.schedule import FollowUpStep, StepStatus, follow_up_schedule

__all__ = ["CALENDAR_NAME", "PRODUCT_ID", "plan_to_ics", "step_uid"]

PRODUCT_ID = "-//Interview Follow-up Advisor//EN"
CALENDAR_NAME = "Interview follow-ups"
_UID_DOMAIN = "interview-follow-up-advisor"
_REMINDER_AT = timedelta(hours=9)  # all-day events start at midnight: remind at 09:00


def plan_to_ics(*, plan: Plan, today: date) -> bytes:
    """Every step still to do, for every application in `plan`, as an .ics file.

    The same plan on the same day gives the same bytes, and UIDs are stable, so importing a
    newer export updates the events instead of duplicating them.
    """
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", CALENDAR_NAME)
    stamp = datetime.combine(today, time(0), tzinfo=UTC)
    for application in plan.applications:
        schedule = follow_up_schedule(application=application, today=today)
        for step in schedule.steps:
            if step.status is not StepStatus.DONE:
                calendar.add_component(
                    _event(step, application, candidate_name=plan.candidate_name, stamp=stamp)
                )
    ics: bytes = calendar.to_ical()  # untyped in icalendar
    return ics


def step_uid(*, application: Application, step: FollowUpStep) -> str:
    """The event's UID: one per application and step kind, the same in every export."""
    return f"{application.id}-{step.kind.value}@{_UID_DOMAIN}"


def _event(
    step: FollowUpStep, application: Application, *, candidate_name: str, stamp: datetime
) -> Event:
    summary = f"{step.title} · {application.company} ({step.channel.label})"
    draft = draft_for(step=step, application=application, candidate_name=candidate_name)
    message = draft.body if draft.subject is None else f"Subject: {draft.subject}\n\n{draft.body}"
    description = f"{step.why}\nSource: {step.source.citation}\n\n{draft.title}:\n\n{message}"

    event = Event()
    event.add("uid", step_uid(application=application, step=step))
    event.add("dtstamp", stamp)
    event.add("dtstart", step.date)
    event.add("dtend", step.date + timedelta(days=1))
    event.add("summary", summary)
    event.add("description", description)
    # A reminder, not a meeting: keep the day free in the candidate's calendar.
    event.add("transp", "TRANSPARENT")

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", _REMINDER_AT)
    event.add_component(alarm)
    return event
