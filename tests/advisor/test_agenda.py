"""The agenda: one ordered list of what to do, which every page, the calendar and the CLI read."""

from collections import Counter
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from icalendar import Calendar

import advisor.agenda as agenda_module
from advisor import Plan, windows
from advisor.agenda import ActionStatus, agenda
from advisor.calendar_export import action_uid, plan_to_ics
from advisor.dates import DateStyle
from advisor.events import Event, EventKind, StepKind
from advisor.offers import offer_of, timing_picture
from advisor.schedule import with_event
from tests.advisor.factories import MONDAY, TODAY, an_application, waiting_above_offers
from tests.advisor.plans import plans

FRIDAY_27 = date(2026, 11, 27)
SATURDAY_28 = date(2026, 11, 28)


def the_issue_case(*events: Event) -> Plan:
    """Contoso (first choice) interviewed Friday 27 November; Fabrikam's offer is due 2 December."""
    return Plan.model_validate(
        {
            "candidate_name": "Alex Morgan",
            "applications": [
                {
                    "id": "contoso1",
                    "company": "Contoso",
                    "interview_date": FRIDAY_27,
                    "timing": "time_frame",
                    "timing_phrase": "we will decide by the end of next week",
                    "country": "GB",
                    "events": [e.model_dump() for e in events],
                },
                {
                    "id": "fabrikam",
                    "company": "Fabrikam",
                    "interview_date": date(2026, 11, 16),
                    "country": "GB",
                    "events": [
                        {"kind": "offer", "on": FRIDAY_27, "offer_deadline": date(2026, 12, 2)}
                    ],
                },
            ],
            "preference": ["contoso1", "fabrikam"],
        },
        context={"today": SATURDAY_28},
    )


@pytest.mark.parametrize("style", list(DateStyle))
def test_one_agenda_reads_each_applications_words_once(
    monkeypatch: pytest.MonkeyPatch, style: DateStyle
) -> None:
    plan = waiting_above_offers(
        said=("within two weeks", "by the end of next week", "in 2-3 weeks"), offers=2
    )
    read: Counter[str] = Counter()
    real = windows.parse_timeline_phrase

    def counted(**arguments: Any) -> Any:
        read[arguments["phrase"]] += 1
        return real(**arguments)

    monkeypatch.setattr(windows, "parse_timeline_phrase", counted)
    windows._window.cache_clear()
    windows._reading.cache_clear()

    plan_agenda = agenda(plan=plan, today=TODAY, date_style=style)

    assert read == Counter(a.timing_phrase for a in plan.applications if a.timing_phrase)
    assert all(timing.gaps for timing in timing_picture(plan=plan, today=TODAY))
    assert [t.window for t in plan_agenda.tracks] == [
        windows.expected_window(application=a, date_style=style) for a in plan.applications
    ]


def kinds_of(plan: Plan, today: date, application_id: str) -> dict[StepKind, ActionStatus]:
    actions = agenda(plan=plan, today=today).for_application(application_id)
    return {action.kind: action.status for action in actions}


@pytest.mark.parametrize(
    ("interview", "today", "date_shown", "status"),
    [
        (MONDAY, MONDAY, MONDAY, ActionStatus.DUE_TODAY),  # the interview day
        (MONDAY, date(2026, 11, 3), date(2026, 11, 3), ActionStatus.DUE_TODAY),  # the next day
        (MONDAY, date(2026, 11, 4), date(2026, 11, 4), ActionStatus.OVERDUE),  # then: today
        (date(2026, 11, 6), date(2026, 11, 9), date(2026, 11, 9), ActionStatus.DUE_TODAY),  # Fri
        (MONDAY, date(2026, 10, 30), MONDAY, ActionStatus.UPCOMING),  # before the interview
    ],
)
def test_the_thank_you_has_one_date_the_interview_day_or_next_business_day_then_today(
    interview: date, today: date, date_shown: date, status: ActionStatus
) -> None:
    # [D]: the same day or the next; three days is too long. Once late, it is due today.
    plan = Plan(applications=(an_application(interview_date=interview, today=today),))

    thank_you = agenda(plan=plan, today=today).actions[0]

    assert (thank_you.kind, thank_you.date, thank_you.status) == (
        StepKind.THANK_YOU,
        date_shown,
        status,
    )


def test_a_thank_you_marked_done_is_done_everywhere() -> None:
    application = an_application()
    done = with_event(
        application=application,
        event=Event(kind=EventKind.STEP_DONE, on=TODAY, step=StepKind.THANK_YOU),
        today=TODAY,
    )
    plan = Plan(applications=(done,))

    plan_agenda = agenda(plan=plan, today=TODAY)

    assert plan_agenda.next_action is not None
    assert plan_agenda.next_action.kind is not StepKind.THANK_YOU
    assert kinds_of(plan, TODAY, application.id)[StepKind.THANK_YOU] is ActionStatus.DONE


def test_an_offer_makes_telling_the_first_choice_come_before_its_deadline() -> None:
    # [B][C]: tell the employer you prefer that you have an offer, and ask where they stand.
    plan_agenda = agenda(plan=the_issue_case(), today=SATURDAY_28)

    tell = next(a for a in plan_agenda.actions if a.kind is StepKind.TELL_ABOUT_OFFER)
    assert (tell.application_id, tell.date) == ("contoso1", date(2026, 11, 30))
    assert tell.offer_id == "fabrikam"
    assert tell.date < date(2026, 12, 2)
    assert "another employer" in tell.draft.body
    assert "Fabrikam" not in tell.draft.body  # the other employer is never named to them


def test_the_first_choices_follow_ups_after_the_deadline_are_dropped_with_the_reason() -> None:
    plan_agenda = agenda(plan=the_issue_case(), today=SATURDAY_28)

    contoso = plan_agenda.for_application("contoso1")
    follow_ups = [a for a in contoso if a.kind is StepKind.FIRST_FOLLOW_UP]
    assert [a.status for a in follow_ups] == [ActionStatus.DROPPED]
    assert "Wednesday 2 December" in follow_ups[0].why
    assert all(
        a.date <= date(2026, 12, 2)
        for a in contoso
        if a.is_open and a.kind in (StepKind.FIRST_FOLLOW_UP, StepKind.SECOND_FOLLOW_UP)
    )


def test_the_offering_employer_waits_for_no_decision_and_decides_by_its_deadline() -> None:
    plan_agenda = agenda(plan=the_issue_case(), today=SATURDAY_28)

    assert not plan_agenda.track("fabrikam").waiting
    kinds = {a.kind: a for a in plan_agenda.for_application("fabrikam") if a.is_open}
    assert set(kinds) == {StepKind.ASK_FOR_MORE_TIME, StepKind.OFFER_DECISION}
    assert kinds[StepKind.OFFER_DECISION].date == date(2026, 12, 2)
    assert kinds[StepKind.ASK_FOR_MORE_TIME].date < date(2026, 12, 2)


def _count_schedules(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How many times each application is scheduled from now on, by its id."""
    scheduled: Counter[str] = Counter()
    real = agenda_module.follow_up_schedule

    def counted(**arguments: Any) -> Any:
        scheduled[arguments["application"].id] += 1
        return real(**arguments)

    monkeypatch.setattr(agenda_module, "follow_up_schedule", counted)
    return scheduled


def test_a_plan_with_one_application_changed_schedules_that_one_again_and_no_other(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plan = waiting_above_offers(
        said=("within two weeks", "by the end of next week", "in 2-3 weeks"), offers=2
    )
    scheduled = _count_schedules(monkeypatch)
    before = agenda(plan=plan, today=TODAY)
    first = plan.applications[0]
    changed = plan.with_application(first.model_copy(update={"role": "Head of data"}))

    after = agenda(plan=changed, today=TODAY)

    assert scheduled == Counter({a.id: 1 for a in plan.applications}) + Counter({first.id: 1})
    assert after == agenda_module.agenda(plan=changed.model_copy(deep=True), today=TODAY)
    assert before.tracks == after.tracks


def test_signing_with_another_name_re_signs_every_draft_and_re_plans_no_application(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plan = waiting_above_offers(said=("within two weeks", "in 2-3 weeks"), offers=1)
    scheduled = _count_schedules(monkeypatch)
    before = agenda(plan=plan.signed_by("Alex Morgan"), today=TODAY)

    after = agenda(plan=plan.signed_by("Priya Nair"), today=TODAY)

    assert scheduled == Counter({a.id: 1 for a in plan.applications})
    assert [a.date for a in after.actions] == [a.date for a in before.actions]
    signed = [a.draft.body.replace("Alex Morgan", "Priya Nair") for a in before.actions]
    assert any("Priya Nair" in body for body in signed)
    assert [a.draft.body for a in after.actions] == signed
    assert after == agenda(plan=plan.model_copy(deep=True).signed_by("Priya Nair"), today=TODAY)


def test_the_pages_next_step_for_the_offer_moves_on_once_it_is_marked_done() -> None:
    told = Event(kind=EventKind.STEP_DONE, on=SATURDAY_28, step=StepKind.TELL_ABOUT_OFFER)

    before = agenda(plan=the_issue_case(), today=SATURDAY_28).next_for_offer("fabrikam")
    after = agenda(plan=the_issue_case(told), today=SATURDAY_28).next_for_offer("fabrikam")

    assert before is not None
    assert before.kind is StepKind.TELL_ABOUT_OFFER
    assert after is not None
    assert after.kind is StepKind.ASK_FOR_MORE_TIME


def test_the_calendar_holds_the_monday_message_to_the_first_choice() -> None:
    ics = plan_to_ics(plan=the_issue_case(), today=SATURDAY_28)

    events = {str(e["UID"]): e for e in Calendar.from_ical(ics).walk("VEVENT")}

    tell = events["contoso1-tell_about_offer@interview-follow-up-advisor"]
    assert tell.decoded("DTSTART") == date(2026, 11, 30)
    assert str(tell["STATUS"]) == "CONFIRMED"
    dropped = events["contoso1-first_follow_up@interview-follow-up-advisor"]
    assert str(dropped["STATUS"]) == "CANCELLED"


def test_after_a_rejection_the_thank_you_comes_next_and_linkedin_only_after_it() -> None:
    # [C]: thank them anyway; connect on LinkedIn only after the decision.
    rejected = Event(kind=EventKind.REJECTED, on=date(2026, 11, 10))
    plan = Plan(applications=(an_application(events=[rejected], today=date(2026, 11, 10)),))

    plan_agenda = agenda(plan=plan, today=date(2026, 11, 10))

    open_kinds = [a.kind for a in plan_agenda.open_actions]
    assert open_kinds[:1] == [StepKind.REJECTION_THANK_YOU]
    linkedin = next(a for a in plan_agenda.actions if a.kind is StepKind.CONNECT_AFTER_DECISION)
    assert linkedin.date > date(2026, 11, 10)
    assert not plan_agenda.track(plan.applications[0].id).waiting


# Properties over any plan the app accepts.

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(plan=plans())
def test_open_actions_are_never_in_the_past_and_come_in_date_order(plan: Plan) -> None:
    plan_agenda = agenda(plan=plan, today=TODAY)

    days = [a.date for a in plan_agenda.actions]
    assert days == sorted(days)
    assert all(a.date >= TODAY for a in plan_agenda.open_actions)
    assert plan_agenda.next_action == next(iter(plan_agenda.open_actions), None)


@_SETTINGS
@given(plan=plans())
def test_the_calendar_holds_exactly_the_agendas_open_actions(plan: Plan) -> None:
    plan_agenda = agenda(plan=plan, today=TODAY)

    events = Calendar.from_ical(plan_to_ics(plan=plan, today=TODAY)).walk("VEVENT")
    confirmed = [str(e["UID"]) for e in events if str(e["STATUS"]) == "CONFIRMED"]

    assert confirmed == [action_uid(a) for a in plan_agenda.open_actions]
    assert len(set(confirmed)) == len(confirmed)


@_SETTINGS
@given(plan=plans())
def test_the_follow_up_rules_hold_for_every_plan(plan: Plan) -> None:
    plan_agenda = agenda(plan=plan, today=TODAY)
    for application in plan.applications:
        track = plan_agenda.track(application.id)
        planned = {a.kind: a for a in plan_agenda.for_application(application.id)}
        answered = any(
            e.kind in (EventKind.NONCOMMITTAL, EventKind.CALL_BACK) for e in application.events
        )
        asked_to_call = application.call_back_on is not None or any(
            e.kind is EventKind.CALL_BACK for e in application.events
        )
        first = planned.get(StepKind.FIRST_FOLLOW_UP)
        if first is not None and first.is_open and not asked_to_call and not answered:
            assert first.planned_on >= track.window.earliest  # never before the window opens
        move_on = planned.get(StepKind.MOVE_ON)
        if move_on is not None and move_on.is_open:
            assert move_on.planned_on > track.window.latest  # never before the window ends
        note = planned.get(StepKind.WRITTEN_NOTE)
        if answered and note is not None:
            assert note.status is ActionStatus.DONE  # no "no answer to your call" after an answer


@_SETTINGS
@given(plan=plans())
def test_every_waiting_employer_ranked_above_an_offer_is_told_before_its_deadline(
    plan: Plan,
) -> None:
    plan_agenda = agenda(plan=plan, today=TODAY)
    tells = {
        a.application_id: a for a in plan_agenda.actions if a.kind is StepKind.TELL_ABOUT_OFFER
    }
    for action in tells.values():
        offering = plan.get(action.offer_id or "")
        assert offering is not None
        offer = offer_of(offering)
        assert offer is not None
        if action.is_open and offer.deadline >= TODAY:
            assert action.date <= offer.deadline
