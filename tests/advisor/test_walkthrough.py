from datetime import date
from typing import Any

import pytest

from advisor import Application, Plan
from advisor.events import Event, EventKind
from advisor.offer_scripts import ScriptKind
from advisor.offers import Offer, record_offer, timing_picture
from advisor.sources import Source
from advisor.walkthrough import (
    EXTENSION_CAP_DAYS,
    ChoiceKind,
    Walkthrough,
    extension_problem,
    suggested_extension,
    walkthrough,
)
from tests.advisor.factories import TODAY, an_application

DEADLINE = date(2026, 11, 12)  # a Thursday; the offer came on Wednesday 4 November

BEFORE = {"timing": "date", "decision_date": date(2026, 11, 9)}
MAYBE = {"timing": "time_frame", "timing_phrase": "next week"}  # 9-13 November
SHORT_AFTER = {"timing": "date", "decision_date": date(2026, 11, 17)}
LONG_AFTER = {"timing": "date", "decision_date": date(2026, 12, 4)}
UNKNOWN = {"timing": "in_touch"}


def an_offer(deadline: date | None = DEADLINE, **overrides: Any) -> Application:
    application = an_application(company="Second Co", role="Analyst", **overrides)
    return record_offer(application=application, received_on=TODAY, deadline=deadline, today=TODAY)


def walk(first: dict[str, Any] | None, *, today: date = TODAY, **offer: Any) -> Walkthrough:
    offering = an_offer(**offer)
    applications = [offering]
    if first is not None:
        applications.insert(0, an_application(company="First Co", **first))
    plan = Plan(applications=tuple(applications), preference=tuple(a.id for a in applications))
    (timing,) = timing_picture(plan=plan, today=today)
    return walkthrough(plan=plan, timing=timing, today=today)


def kinds(result: Walkthrough) -> list[ChoiceKind]:
    return [choice.kind for choice in result.choices]


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        (BEFORE, [ChoiceKind.TELL_FIRST_CHOICE]),
        (MAYBE, [ChoiceKind.TELL_FIRST_CHOICE, ChoiceKind.ASK_EXTENSION]),
        (SHORT_AFTER, [ChoiceKind.TELL_FIRST_CHOICE, ChoiceKind.ASK_EXTENSION]),
        (LONG_AFTER, [ChoiceKind.TELL_FIRST_CHOICE]),
        (UNKNOWN, [ChoiceKind.TELL_FIRST_CHOICE, ChoiceKind.ASK_EXTENSION]),
        (None, []),
    ],
    ids=["before", "straddles", "short gap after", "long gap after", "unknown", "no first choice"],
)
def test_an_extension_is_offered_only_where_a_short_gap_could_be_bridged(
    first: dict[str, Any] | None, expected: list[ChoiceKind]
) -> None:
    result = walk(first)

    assert kinds(result) == [
        *expected,
        ChoiceKind.ACCEPT,
        ChoiceKind.DECLINE_AND_WAIT,
        ChoiceKind.ACCEPT_THEN_BACK_OUT,
    ]


@pytest.mark.parametrize("first", [BEFORE, MAYBE, SHORT_AFTER, LONG_AFTER, UNKNOWN, None])
def test_accepting_and_backing_out_later_is_always_shown_as_what_not_to_do(
    first: dict[str, Any] | None,
) -> None:
    result = walk(first)

    avoided = [choice for choice in result.choices if choice.avoid]
    assert [choice.kind for choice in avoided] == [ChoiceKind.ACCEPT_THEN_BACK_OUT]
    assert "unethical" in avoided[0].downside
    assert Source.ROBERT_HALF_2019 in avoided[0].sources


def test_when_the_first_choice_decides_before_the_deadline_the_step_is_to_wait_then_ask() -> None:
    result = walk(BEFORE)

    step = result.next_step
    assert step.title == "Wait for First Co until Monday 9 November"
    assert step.on == date(2026, 11, 10)  # the next business day, still before the deadline
    assert step.script is ScriptKind.TO_FIRST_CHOICE
    assert "2 days before" not in result.headline  # 9 → 12 November is three days
    assert "3 days before the deadline" in result.headline


@pytest.mark.parametrize("first", [MAYBE, SHORT_AFTER, LONG_AFTER, UNKNOWN])
def test_when_the_first_choice_may_decide_too_late_the_step_is_to_tell_them_today(
    first: dict[str, Any],
) -> None:
    result = walk(first)

    step = result.next_step
    assert step.title == "Tell First Co about the offer, today"
    assert step.on == TODAY
    assert step.script is ScriptKind.TO_FIRST_CHOICE
    assert "Thursday 12 November" in step.detail


def test_on_a_weekend_telling_them_waits_for_monday() -> None:
    saturday = date(2026, 11, 7)

    result = walk(SHORT_AFTER, today=saturday)

    assert result.next_step.on == date(2026, 11, 9)
    assert result.next_step.title.endswith("on Monday 9 November")


def test_the_extension_asks_until_just_after_the_first_choice_decides() -> None:
    result = walk(SHORT_AFTER)

    assert result.next_step.extension_to == date(2026, 11, 18)
    assert "until Wednesday 18 November" in result.next_step.detail
    extension = next(c for c in result.choices if c.kind is ChoiceKind.ASK_EXTENSION)
    assert extension.title == "Ask Second Co for 6 days more, until Wednesday 18 November"
    assert "covers First Co" in extension.upside


def test_an_extension_never_asks_for_more_than_two_weeks_in_all() -> None:
    long_wait = {"timing": "date", "decision_date": date(2026, 11, 19)}

    result = walk(long_wait, deadline=date(2026, 11, 13))

    asked = result.next_step.extension_to
    assert asked is not None
    assert (asked - TODAY).days <= EXTENSION_CAP_DAYS
    extension = next(c for c in result.choices if c.kind is ChoiceKind.ASK_EXTENSION)
    assert "may not close it" in extension.upside


def test_with_nothing_preferred_still_waiting_the_step_is_to_answer_by_the_deadline() -> None:
    result = walk(None)

    assert result.first_choice is None
    assert result.next_step.script is ScriptKind.ACCEPT
    assert result.next_step.on == DEADLINE
    assert "Nothing you rank above Second Co" in result.headline


def test_a_passed_deadline_asks_whether_the_offer_still_stands() -> None:
    result = walk(SHORT_AFTER, today=date(2026, 11, 13))

    assert result.next_step.script is ScriptKind.ASK_EXTENSION
    assert result.next_step.on == date(2026, 11, 13)
    assert result.next_step.title == "Ask Second Co today whether the offer still stands"


def test_the_trade_offs_name_both_employers_and_the_dates() -> None:
    result = walk(SHORT_AFTER)

    text = " ".join(f"{c.title} {c.upside} {c.downside}" for c in result.choices)
    assert "First Co" in text
    assert "Second Co" in text
    assert "Thursday 12 November" in text
    decline = next(c for c in result.choices if c.kind is ChoiceKind.DECLINE_AND_WAIT)
    assert "Tuesday 17 November" in decline.downside


def test_a_first_choice_that_said_no_leaves_the_offer_on_its_own_merits() -> None:
    said_no = {"events": [Event(kind=EventKind.REJECTED, on=TODAY)]}

    result = walk(said_no)

    assert result.first_choice is None


def test_an_offer_outside_the_plan_is_a_key_error() -> None:
    offering = an_offer()
    (timing,) = timing_picture(plan=Plan(applications=(offering,)), today=TODAY)

    with pytest.raises(KeyError):
        walkthrough(plan=Plan(), timing=timing, today=TODAY)


def _offer_due(deadline: date) -> Offer:
    return Offer(
        application_id="second1", received_on=TODAY, deadline=deadline, deadline_assumed=False
    )


@pytest.mark.parametrize(
    ("deadline", "asked_for", "problem"),
    [
        (DEADLINE, date(2026, 11, 13), None),
        (DEADLINE, date(2026, 11, 18), None),  # two weeks after it came: the last day to ask
        (DEADLINE, None, "Ask for an answer by: pick the day you would like to answer by"),
        (DEADLINE, DEADLINE, "Ask for an answer by: pick a day after the deadline (Thursday 12"),
        (DEADLINE, date(2026, 11, 2), "Ask for an answer by: pick a day after the deadline"),
        (DEADLINE, date(2026, 11, 19), "Ask for an answer by: Wednesday 18 November at the lat"),
        (DEADLINE, date(2027, 1, 4), "Ask for an answer by: Wednesday 18 November at the lat"),
        # a deadline that already gives two weeks leaves no cap to apply
        (date(2026, 11, 20), date(2026, 11, 30), None),
        (date(2026, 11, 20), date(2026, 11, 20), "Ask for an answer by: pick a day after"),
    ],
)
def test_more_time_is_asked_for_past_the_deadline_and_within_two_weeks_of_the_offer(
    deadline: date, asked_for: date | None, problem: str | None
) -> None:
    found = extension_problem(offer=_offer_due(deadline), country="US", asked_for=asked_for)

    assert (found or "")[: len(problem or "")] == (problem or "")
    assert (found is None) == (problem is None)


@pytest.mark.parametrize(
    ("first", "deadline", "suggested"),
    [
        (SHORT_AFTER, DEADLINE, date(2026, 11, 18)),  # the day after their decision
        (None, DEADLINE, date(2026, 11, 17)),  # three business days past the deadline
        (None, date(2026, 11, 17), date(2026, 11, 18)),  # ... but never past two weeks
        (None, date(2026, 11, 20), date(2026, 11, 25)),  # a long deadline: no cap applies
    ],
)
def test_the_suggested_answer_date_is_the_walkthroughs_own_else_a_few_days_within_the_cap(
    first: dict[str, Any] | None, deadline: date, suggested: date
) -> None:
    result = walk(first, deadline=deadline)

    assert suggested_extension(result) == suggested
    assert (
        extension_problem(offer=result.offer, country="US", asked_for=suggested_extension(result))
        is None
    )
