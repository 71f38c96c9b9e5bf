from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Alarm, Calendar, Component, vText
from icalendar import Event as CalendarEvent
from icalendar.parser import Contentline

from advisor import Application, Plan
from advisor.agenda import Action, agenda
from advisor.calendar_export import (
    CALENDAR_NAME,
    PRODUCT_ID,
    _description,
    _folded,
    _summary,
    _text,
    action_uid,
    agenda_to_ics,
    google_calendar_link,
    plan_to_ics,
    sequence_at,
)
from advisor.events import Event, EventKind, StepKind
from tests.advisor.factories import MONDAY, TODAY, an_application
from tests.advisor.plans import plans

HOSTILE: dict[str, Any] = {
    "id": "hostile1",
    "company": 'Acme, Inc.; "R&D" \\ Ltd 🚀 {role} $company',
    "role": "C:\\Data; Analyst, senior",
    "interviewer": {"name": "O'Brien, \u200fדנה\u200f; \\n"},
    "topic": "commas, semicolons; back\\slashes \\n \\, and 🧪 emoji",
    "strength": "ten years of SQL; Python, too \\",
    "email_invited": True,
}


def a_plan(*applications: Application, candidate_name: str = "Jan Novak") -> Plan:
    return Plan(candidate_name=candidate_name, applications=applications)


def two_applications() -> Plan:
    return a_plan(
        an_application(id="northwind", interviewer={"name": "Dana Reyes"}),
        an_application(**HOSTILE),
    )


def events_of(ics: bytes) -> list[Component]:
    return list(Calendar.from_ical(ics).walk("VEVENT"))


def open_actions(plan: Plan, today: date = TODAY) -> list[Action]:
    return list(agenda(plan=plan, today=today).open_actions)


def confirmed(events: list[Component]) -> list[Component]:
    return [e for e in events if str(e["STATUS"]) == "CONFIRMED"]


def test_the_calendar_declares_itself_as_a_published_gregorian_calendar() -> None:
    calendar = Calendar.from_ical(plan_to_ics(plan=two_applications(), today=TODAY))

    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["PRODID"])
    assert str(calendar["X-WR-CALNAME"]) == "Interview follow-ups"


def test_there_is_one_all_day_event_per_open_action_of_the_agenda() -> None:
    plan = two_applications()

    events = confirmed(events_of(plan_to_ics(plan=plan, today=TODAY)))

    expected = open_actions(plan)
    assert len(events) == len(expected)
    for event, action in zip(events, expected, strict=True):
        assert event.decoded("DTSTART") == action.date
        assert event.decoded("DTEND") == action.date + timedelta(days=1)
        assert event.decoded("DTSTAMP") == datetime(2026, 11, 4, tzinfo=UTC)


def test_summaries_and_descriptions_survive_the_round_trip_with_hostile_text() -> None:
    plan = two_applications()

    events = confirmed(events_of(plan_to_ics(plan=plan, today=TODAY)))

    for event, action in zip(events, open_actions(plan), strict=True):
        draft = action.draft
        summary = f"{action.title} · {action.company} ({action.channel.label})"
        description = str(event["DESCRIPTION"])
        assert str(event["SUMMARY"]) == summary
        assert description.startswith(f"{action.why}\nSource: {action.source.citation}\n\n")
        assert description.endswith(draft.body)
        if draft.subject is not None:
            assert f"Subject: {draft.subject}\n\n" in description
    hostile_texts = [str(e["DESCRIPTION"]) for e in events if "hostile1" in str(e["UID"])]
    assert any(HOSTILE["topic"] in text and HOSTILE["strength"] in text for text in hostile_texts)
    assert all(HOSTILE["company"] in text for text in hostile_texts)


def test_every_open_event_reminds_at_nine_the_day_before_as_every_client_reads_it() -> None:
    events = confirmed(events_of(plan_to_ics(plan=two_applications(), today=TODAY)))

    for event in events:
        (alarm,) = event.walk("VALARM")
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert str(alarm["DESCRIPTION"]) == str(event["SUMMARY"])
        if event.decoded("DTSTART") > TODAY:
            assert alarm.decoded("TRIGGER") == -timedelta(hours=15)  # Outlook and Apple agree
            assert b"TRIGGER:-PT15H" in alarm.to_ical()


def test_an_action_due_today_rings_ten_minutes_after_the_export() -> None:
    now = datetime(2026, 11, 4, 14, 30, tzinfo=UTC)

    events = confirmed(events_of(plan_to_ics(plan=two_applications(), today=TODAY, now=now)))

    due = [e for e in events if e.decoded("DTSTART") == TODAY]
    assert due  # the overdue thank-yous, dated today
    for event in due:
        (alarm,) = event.walk("VALARM")
        assert alarm.decoded("TRIGGER") == datetime(2026, 11, 4, 14, 40, tzinfo=UTC)


def test_uids_are_unique_within_an_export_and_stable_across_exports() -> None:
    plan = two_applications()
    week_later = TODAY + timedelta(days=7)

    first = [str(e["UID"]) for e in events_of(plan_to_ics(plan=plan, today=TODAY))]
    later = [str(e["UID"]) for e in events_of(plan_to_ics(plan=plan, today=week_later))]

    assert len(first) == len(set(first))
    assert first == later
    assert "northwind-first_follow_up@interview-follow-up-advisor" in first


def test_the_same_plan_on_the_same_day_gives_identical_bytes() -> None:
    plan = two_applications()

    assert plan_to_ics(plan=plan, today=TODAY) == plan_to_ics(plan=plan, today=TODAY)


def test_every_line_is_folded_to_75_octets_and_ends_with_crlf() -> None:
    ics = plan_to_ics(plan=two_applications(), today=TODAY)

    assert ics.endswith(b"\r\n")
    lines = ics.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    assert not any(b"\n" in line or b"\r" in line for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # long descriptions were folded


def test_a_done_step_is_exported_as_cancelled_so_an_earlier_import_drops_it() -> None:
    done = Event(kind=EventKind.STEP_DONE, on=MONDAY, step=StepKind.THANK_YOU)
    plan = a_plan(an_application(id="northwind", events=[done]))

    events = {str(e["UID"]): e for e in events_of(plan_to_ics(plan=plan, today=TODAY))}

    thank_you = events["northwind-thank_you@interview-follow-up-advisor"]
    assert str(thank_you["STATUS"]) == "CANCELLED"
    assert not thank_you.walk("VALARM")
    assert str(events["northwind-first_follow_up@interview-follow-up-advisor"]["STATUS"]) == (
        "CONFIRMED"
    )


def test_a_later_export_raises_the_sequence_and_stamps_its_own_time() -> None:
    plan = two_applications()
    morning = datetime(2026, 11, 4, 8, 0, tzinfo=UTC)
    evening = datetime(2026, 11, 4, 19, 30, tzinfo=UTC)

    first = events_of(plan_to_ics(plan=plan, today=TODAY, now=morning))
    second = events_of(plan_to_ics(plan=plan, today=TODAY, now=evening))

    for before, after in zip(first, second, strict=True):
        assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
        assert after.decoded("LAST-MODIFIED") == evening
        assert after.decoded("DTSTAMP") == evening


def test_an_overdue_step_is_dated_today_so_its_reminder_can_still_fire() -> None:
    plan = a_plan(an_application(id="northwind"))
    later = date(2026, 11, 6)  # the thank-you was due by Tuesday 3 November

    events = {str(e["UID"]): e for e in events_of(plan_to_ics(plan=plan, today=later))}

    assert events["northwind-thank_you@interview-follow-up-advisor"].decoded("DTSTART") == later


def test_the_google_calendar_link_opens_the_action_as_an_all_day_event() -> None:
    action = open_actions(two_applications())[0]

    link = urlsplit(google_calendar_link(action))
    query = parse_qs(link.query)

    assert (link.scheme, link.netloc) == ("https", "calendar.google.com")
    assert query["action"] == ["TEMPLATE"]
    assert query["dates"] == [f"{action.date:%Y%m%d}/{action.date + timedelta(days=1):%Y%m%d}"]
    assert query["text"] == [f"{action.title} · {action.company} ({action.channel.label})"]
    assert len(google_calendar_link(action)) < 8000


@pytest.mark.parametrize(
    ("events", "kinds"),
    [
        ([], {"thank_you", "first_follow_up", "written_note", "second_follow_up", "move_on"}),
        (
            [Event(kind=EventKind.REJECTED, on=TODAY)],
            {"rejection_thank_you", "connect_after_decision"},
        ),
        ([Event(kind=EventKind.OFFER, on=TODAY)], {"offer_decision"}),
    ],
)
def test_an_outcome_replaces_the_waiting_steps_in_the_calendar(
    events: list[Event], kinds: set[str]
) -> None:
    plan = a_plan(an_application(id="northwind", events=events))

    events = confirmed(events_of(plan_to_ics(plan=plan, today=TODAY)))

    uids = {str(e["UID"]) for e in events}
    assert uids == {f"northwind-{kind}@interview-follow-up-advisor" for kind in kinds}


def test_an_empty_plan_is_a_valid_calendar_without_events() -> None:
    ics = plan_to_ics(plan=a_plan(), today=TODAY)

    assert events_of(ics) == []
    assert ics.startswith(b"BEGIN:VCALENDAR\r\n")


# The file is written line by line, not with icalendar's objects (which took most of an
# export's time): the bytes must stay exactly those icalendar writes for the same events.
def with_icalendar(plan_agenda: Any, *, now: datetime) -> bytes:
    """The same calendar built with icalendar: the oracle for `agenda_to_ics`."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", CALENDAR_NAME)
    for action in plan_agenda.actions:
        event = CalendarEvent()
        event.add("uid", action_uid(action))
        event.add("dtstamp", now)
        event.add("last-modified", now)
        event.add("sequence", sequence_at(now))
        event.add("dtstart", action.date)
        event.add("dtend", action.date + timedelta(days=1))
        event.add("summary", _summary(action))
        event.add("description", _description(action))
        event.add("transp", "TRANSPARENT")
        event.add("status", "CONFIRMED" if action.is_open else "CANCELLED")
        if action.is_open:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", _summary(action))
            due_now = action.date <= plan_agenda.today
            alarm.add("trigger", now + timedelta(minutes=10) if due_now else -timedelta(hours=15))
            event.add_component(alarm)
        calendar.add_component(event)
    ics: bytes = calendar.to_ical()
    return ics


_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NOW = datetime(2026, 11, 4, 9, 30, tzinfo=UTC)


@_SETTINGS
@given(plan=plans())
def test_the_file_is_byte_for_byte_what_icalendar_writes(plan: Plan) -> None:
    plan_agenda = agenda(plan=plan, today=TODAY)

    assert agenda_to_ics(plan_agenda, now=NOW) == with_icalendar(plan_agenda, now=NOW)


# Any text a plan can hold: the models refuse lone surrogates (not valid Unicode text), and so
# does icalendar, the oracle, when it encodes.
_PLAN_CHARACTERS = st.characters(exclude_categories=("Cs",))


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.one_of(st.sampled_from("\\;,:\r\nN"), _PLAN_CHARACTERS)))
def test_text_is_escaped_as_icalendar_escapes_it(text: str) -> None:
    assert _text(text) == vText(text).to_ical().decode()


@settings(max_examples=300, deadline=None)
@given(
    line=st.text(
        alphabet=st.one_of(st.sampled_from("a\\^;,:é·🚀“"), st.characters(exclude_characters="\n")),
        max_size=400,
    )
)
def test_a_line_is_folded_where_icalendar_folds_it(line: str) -> None:
    assert _folded(line) == Contentline(line).to_ical() + b"\r\n"


@pytest.mark.parametrize("escape", ["\\", "^"])
@pytest.mark.parametrize("at", [72, 73, 74, 75])
def test_a_fold_never_separates_an_escape_from_the_character_it_escapes(
    escape: str, at: int
) -> None:
    line = "x" * at + escape + "n" + "y" * 100

    assert _folded(line) == Contentline(line).to_ical() + b"\r\n"
