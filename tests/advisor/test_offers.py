from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor import Application, Plan, offers
from advisor.events import Event, EventKind
from advisor.offers import (
    ASSUMED_OFFER_DAYS,
    OfferError,
    TimingCase,
    is_waiting,
    offer_of,
    record_offer,
    timing_picture,
    withdraw_offer,
)
from advisor.schedule import follow_up_schedule
from advisor.workdays import business_days_between
from tests.advisor.factories import MONDAY, TODAY, an_application, waiting_above_offers

DEADLINE = date(2026, 11, 12)  # a Thursday


def an_offer(deadline: date | None = DEADLINE, **overrides: Any) -> Application:
    overrides.setdefault("company", "Second Co")
    return record_offer(
        application=an_application(**overrides), received_on=TODAY, deadline=deadline, today=TODAY
    )


def first_choice(**overrides: Any) -> Application:
    overrides.setdefault("company", "First Co")
    return an_application(**overrides)


def ranked(*applications: Application) -> Plan:
    return Plan(applications=applications, preference=tuple(a.id for a in applications))


def test_an_offer_is_held_with_the_dates_given() -> None:
    application = an_offer()

    offer = offer_of(application)

    assert offer is not None
    assert (offer.received_on, offer.deadline, offer.deadline_assumed) == (TODAY, DEADLINE, False)
    assert not is_waiting(application)


def test_an_offer_without_a_deadline_assumes_a_few_business_days_and_says_so() -> None:
    offer = offer_of(an_offer(deadline=None))

    assert offer is not None
    assert offer.deadline_assumed
    assert business_days_between(TODAY, offer.deadline, country="US") == ASSUMED_OFFER_DAYS


def test_the_schedule_and_the_offer_agree_on_the_decision_day() -> None:
    application = an_offer(deadline=None)

    schedule = follow_up_schedule(application=application, today=TODAY)
    offer = offer_of(application)

    assert offer is not None
    assert schedule.steps[-1].date == offer.deadline


def test_recording_an_offer_again_replaces_the_first_one() -> None:
    application = record_offer(
        application=an_offer(), received_on=TODAY, deadline=date(2026, 11, 18), today=TODAY
    )

    assert [e.kind for e in application.events] == [EventKind.OFFER]
    offer = offer_of(application)
    assert offer is not None
    assert offer.deadline == date(2026, 11, 18)


def test_a_later_rejection_means_no_offer_is_held() -> None:
    application = an_offer()
    rejected = Event(kind=EventKind.REJECTED, on=date(2026, 11, 5))
    application = application.model_copy(update={"events": (*application.events, rejected)})

    assert offer_of(application) is None


def test_withdrawing_an_offer_keeps_the_other_entries() -> None:
    done = Event(kind=EventKind.NO_REPLY, on=MONDAY)
    application = record_offer(
        application=an_application(events=[done]), received_on=TODAY, deadline=None, today=TODAY
    )

    assert withdraw_offer(application=application).events == (done,)


def test_what_a_log_ended_with_follows_every_edit_of_that_log() -> None:
    # offer_of and is_waiting keep their answer per application object: each edit makes a new one
    waiting = an_application()
    offered = record_offer(
        application=waiting, received_on=TODAY, deadline=date(2026, 11, 18), today=TODAY
    )
    moved = record_offer(
        application=offered, received_on=TODAY, deadline=date(2026, 11, 20), today=TODAY
    )
    withdrawn = withdraw_offer(application=moved)
    rejected = Event(kind=EventKind.REJECTED, on=TODAY)
    turned_down = withdrawn.model_copy(update={"events": (*withdrawn.events, rejected)})

    answers = []
    for application in (waiting, offered, moved, withdrawn, turned_down, offered, waiting):
        offer = offer_of(application)
        answers.append((is_waiting(application), offer.deadline if offer else None))

    assert answers == [
        (True, None),
        (False, date(2026, 11, 18)),
        (False, date(2026, 11, 20)),
        (True, None),
        (False, None),
        (False, date(2026, 11, 18)),
        (True, None),
    ]


@pytest.mark.parametrize(
    ("received_on", "deadline", "message"),
    [
        (date(2026, 11, 5), None, r"^Offer received on: this is in the future"),
        (date(2026, 11, 1), None, r"^Offer received on: this is before the interview"),
        (TODAY, date(2026, 11, 3), r"^Reply by: this is before the offer arrived"),
    ],
    ids=["from the future", "before the interview", "deadline before the offer"],
)
def test_an_impossible_offer_is_refused_with_the_field_named(
    received_on: date, deadline: date | None, message: str
) -> None:
    with pytest.raises(OfferError, match=message):
        record_offer(
            application=an_application(), received_on=received_on, deadline=deadline, today=TODAY
        )


@pytest.mark.parametrize(
    ("first_overrides", "today", "case", "days_after"),
    [
        ({"timing": "date", "decision_date": date(2026, 11, 9)}, TODAY, TimingCase.BEFORE, -3),
        ({"timing": "date", "decision_date": DEADLINE}, TODAY, TimingCase.BEFORE, 0),
        ({"timing": "time_frame", "timing_phrase": "next week"}, TODAY, TimingCase.MAYBE, 1),
        ({"timing": "date", "decision_date": date(2026, 11, 20)}, TODAY, TimingCase.AFTER, 8),
        ({"timing": "in_touch"}, TODAY, TimingCase.UNKNOWN, None),
        (
            {"timing": "date", "decision_date": date(2026, 11, 3)},
            TODAY,
            TimingCase.UNKNOWN,
            -9,
        ),
    ],
    ids=["decides before", "decides on the day", "straddles", "decides after", "no date", "passed"],
)
def test_the_gap_says_where_the_first_choice_decides_against_the_deadline(
    first_overrides: dict[str, Any], today: date, case: TimingCase, days_after: int | None
) -> None:
    plan = ranked(first_choice(**first_overrides), an_offer())

    (timing,) = timing_picture(plan=plan, today=today)

    (gap,) = timing.gaps
    assert gap.case is case
    assert gap.rank == 1
    if days_after is not None:
        assert gap.days_after_deadline == days_after
    assert gap.days_after_deadline == (gap.window.latest - DEADLINE).days
    assert "First Co" in gap.summary


def test_only_applications_ranked_above_the_offer_and_still_waiting_count() -> None:
    best = first_choice(company="Best")
    turned_down = first_choice(company="Said no", events=[Event(kind="rejected", on=TODAY)])
    offer = an_offer()
    lower = first_choice(company="Lower")
    plan = ranked(best, turned_down, offer, lower)

    (timing,) = timing_picture(plan=plan, today=TODAY)

    assert timing.rank == 3
    assert [g.application_id for g in timing.gaps] == [best.id]


def test_an_unranked_offer_counts_below_every_ranked_application() -> None:
    best, offer = first_choice(), an_offer()
    plan = Plan(applications=(offer, best), preference=(best.id,))

    (timing,) = timing_picture(plan=plan, today=TODAY)

    assert timing.rank is None
    assert [g.application_id for g in timing.gaps] == [best.id]


def test_without_a_ranking_no_application_is_preferred() -> None:
    plan = Plan(applications=(first_choice(), an_offer()))

    (timing,) = timing_picture(plan=plan, today=TODAY)

    assert timing.gaps == ()


def test_offers_come_soonest_deadline_first() -> None:
    late = an_offer(company="Late", deadline=date(2026, 11, 20))
    soon = an_offer(company="Soon", deadline=date(2026, 11, 9))

    timings = timing_picture(plan=Plan(applications=(late, soon)), today=TODAY)

    assert [t.offer.application_id for t in timings] == [soon.id, late.id]


def test_a_plan_without_offers_has_no_timing_picture() -> None:
    assert timing_picture(plan=ranked(first_choice()), today=TODAY) == ()


def test_removing_an_application_drops_it_from_the_ranking() -> None:
    best, offer = first_choice(), an_offer()

    plan = ranked(best, offer).without(best.id)

    assert plan.preference == (offer.id,)
    assert plan.rank_of(offer.id) == 1


@pytest.mark.parametrize(
    ("preference", "message"),
    [(("a1b2", "a1b2"), "ranked twice"), (("zzzz",), "not in the plan")],
    ids=["twice", "unknown id"],
)
def test_a_ranking_must_name_each_application_once(
    preference: tuple[str, ...], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        Plan(applications=(first_choice(id="a1b2"),), preference=preference)


@settings(max_examples=100, deadline=None)
@given(st.permutations(range(4)), st.permutations(range(4)))
def test_the_timing_picture_does_not_depend_on_the_order_applications_were_entered(
    entered: list[int], preferred: list[int]
) -> None:
    applications = [
        first_choice(company="A", timing="date", decision_date=date(2026, 11, 9)),
        first_choice(company="B"),
        an_offer(company="C", deadline=date(2026, 11, 10)),
        an_offer(company="D", deadline=None),
    ]
    preference = tuple(applications[i].id for i in preferred)
    one = Plan(applications=tuple(applications), preference=preference)
    other = Plan(applications=tuple(applications[i] for i in entered), preference=preference)

    assert timing_picture(plan=one, today=TODAY) == timing_picture(plan=other, today=TODAY)


def test_each_ranked_application_is_checked_for_an_answer_once_however_many_offers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plan = waiting_above_offers(said=("within two weeks",) * 3, offers=3)
    checked: list[str] = []
    real = offers.is_waiting

    def counted(application: Application) -> bool:
        checked.append(application.id)
        return real(application)

    monkeypatch.setattr(offers, "is_waiting", counted)

    timings = timing_picture(plan=plan, today=TODAY)

    assert sorted(checked) == sorted(plan.preference)
    assert [len(t.gaps) for t in timings] == [3, 3, 3]
    assert [g.rank for g in timings[-1].gaps] == [1, 2, 3]
