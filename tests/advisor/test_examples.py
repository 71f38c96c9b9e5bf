import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor import Plan
from advisor.comparison import compare
from advisor.drafts import draft_for
from advisor.events import EventKind, StepKind
from advisor.examples import Example, examples
from advisor.interpretation import ReadingKind, interpret
from advisor.offer_scripts import ScriptKind
from advisor.offers import TimingCase, timing_picture
from advisor.schedule import StepStatus, follow_up_schedule
from advisor.walkthrough import walkthrough
from advisor.windows import WindowBasis, expected_window, industry_pace

MONDAY = date(2026, 11, 2)
FRIDAY = date(2026, 11, 6)
CHRISTMAS_EVE = date(2026, 12, 24)  # a Thursday, with Christmas and New Year ahead
SECOND_OF_JANUARY = date(2027, 1, 2)  # a Saturday, just after New Year's Day
SECOND_OF_JANUARY_WEEKDAY = date(2026, 1, 2)  # a Friday

FIXED_TODAYS = pytest.mark.parametrize(
    "today",
    [MONDAY, FRIDAY, CHRISTMAS_EVE, SECOND_OF_JANUARY, SECOND_OF_JANUARY_WEEKDAY],
    ids=["monday", "friday", "christmas eve", "2 january saturday", "2 january friday"],
)


def example(key: str, today: date) -> Example:
    return next(e for e in examples(today=today) if e.key == key)


def test_keys_and_titles_are_unique_and_keys_are_slugs() -> None:
    found = examples(today=MONDAY)

    keys = [e.key for e in found]
    titles = [e.title for e in found]

    assert len(found) >= 4
    assert len(set(keys)) == len(keys)
    assert len(set(titles)) == len(titles)
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", key) for key in keys)


def test_the_four_promised_cases_are_there_in_order() -> None:
    keys = [e.key for e in examples(today=MONDAY)]

    assert keys[:4] == [
        "clear-timeline",
        "we-will-be-in-touch",
        "four-weeks-of-silence",
        "offer-before-first-choice",
    ]


def test_each_plan_names_the_example_it_came_from() -> None:
    for found in examples(today=MONDAY):
        assert found.plan.example == found.title


def test_every_application_has_what_the_drafts_need_to_read_well() -> None:
    for found in examples(today=MONDAY):
        assert found.plan.candidate_name
        assert found.summary
        for application in found.plan.applications:
            assert application.role
            assert application.interviewer.name
            assert application.interviewer.title
            assert application.topic
            assert application.strength


def test_the_same_day_always_gives_the_same_examples() -> None:
    assert examples(today=CHRISTMAS_EVE) == examples(today=CHRISTMAS_EVE)


@settings(max_examples=150, deadline=None)
@given(today=st.dates(min_value=date(2026, 1, 1), max_value=date(2030, 12, 31)))
def test_every_example_is_a_valid_plan_whatever_the_day(today: date) -> None:
    for found in examples(today=today):
        reloaded = Plan.model_validate(found.plan.model_dump(), context={"today": today})

        assert reloaded == found.plan
        for application in found.plan.applications:
            assert application.interview_date < today
            assert all(event.on <= today for event in application.events)
            schedule = follow_up_schedule(application=application, today=today)
            for step in schedule.steps:
                draft_for(
                    step=step, application=application, candidate_name=found.plan.candidate_name
                )
            interpret(application=application, today=today)
        for timing in timing_picture(plan=found.plan, today=today):
            walkthrough(plan=found.plan, timing=timing, today=today)


@FIXED_TODAYS
def test_clear_timeline_has_a_stated_window_ending_about_two_weeks_after_the_interview(
    today: date,
) -> None:
    (application,) = example("clear-timeline", today).plan.applications

    window = expected_window(application=application)
    schedule = follow_up_schedule(application=application, today=today)

    assert window.basis is WindowBasis.STATED_TIME_FRAME
    # A deadline on a Monday holiday moves back to the Friday: 11 days, still about two weeks.
    assert 10 <= (window.latest - application.interview_date).days <= 16
    assert schedule.steps[0].kind is StepKind.THANK_YOU
    assert schedule.steps[0].status is StepStatus.DONE


@FIXED_TODAYS
def test_we_will_be_in_touch_reads_most_likely_as_still_deciding(today: date) -> None:
    (application,) = example("we-will-be-in-touch", today).plan.applications

    result = interpret(application=application, today=today)

    assert result.readings[0].kind is ReadingKind.STILL_DECIDING
    assert result.window.basis is WindowBasis.DEFAULT
    assert industry_pace(application.industry).source is not None
    assert any(e.step is StepKind.THANK_YOU for e in application.events)


@FIXED_TODAYS
def test_four_weeks_of_silence_says_to_move_on_after_both_follow_ups(today: date) -> None:
    (application,) = example("four-weeks-of-silence", today).plan.applications

    schedule = follow_up_schedule(application=application, today=today)
    status = {step.kind: step.status for step in schedule.steps}

    assert 21 <= (today - application.interview_date).days <= 35
    assert status[StepKind.FIRST_FOLLOW_UP] is StepStatus.DONE
    assert status[StepKind.SECOND_FOLLOW_UP] is StepStatus.DONE
    assert schedule.next_step is not None
    assert schedule.next_step.kind is StepKind.MOVE_ON
    assert schedule.next_step.status in (StepStatus.DUE_TODAY, StepStatus.OVERDUE)


@FIXED_TODAYS
def test_second_choice_offer_expires_before_the_first_choice_decides_so_tell_them(
    today: date,
) -> None:
    plan = example("offer-before-first-choice", today).plan
    first, second = plan.ranked()

    (timing,) = timing_picture(plan=plan, today=today)
    result = walkthrough(plan=plan, timing=timing, today=today)

    assert timing.offer.application_id == second.id
    assert timing.offer.received_on <= today < timing.offer.deadline
    assert not timing.offer.deadline_assumed
    assert timing.gaps[0].application_id == first.id
    assert timing.gaps[0].case in (TimingCase.AFTER, TimingCase.MAYBE)
    assert result.next_step.script is ScriptKind.TO_FIRST_CHOICE
    assert result.next_step.title.startswith(f"Tell {first.company} about the offer")
    assert result.next_step.extension_to is not None


@FIXED_TODAYS
def test_second_choice_offer_compares_with_the_first_choices_estimate(today: date) -> None:
    plan = example("offer-before-first-choice", today).plan

    comparison = compare(plan=plan)

    assert {o.application_id for o in comparison.options} == {"contoso", "fabrikam"}
    assert [o.company for o in comparison.options if o.estimated] == ["Contoso"]
    assert all(o.total_pay for o in comparison.options)


@FIXED_TODAYS
def test_rejection_leaves_a_thank_you_to_send_that_is_not_yet_late(today: date) -> None:
    (application,) = example("rejection-thank-you", today).plan.applications

    schedule = follow_up_schedule(application=application, today=today)

    assert schedule.closed
    assert any(e.kind is EventKind.REJECTED for e in application.events)
    assert schedule.next_step is not None
    assert schedule.next_step.kind is StepKind.REJECTION_THANK_YOU
    assert schedule.next_step.status in (StepStatus.DUE_TODAY, StepStatus.UPCOMING)
