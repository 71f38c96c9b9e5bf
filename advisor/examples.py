"""Ready-made cases for demos: plans that show one situation each, dated from today.

Every date counts business days back or forward from `today` in the application's country, so
a case looks the same whichever day a coach opens it. Usage::

    by_key = {example.key: example for example in examples(today=today)}
    plan = by_key["clear-timeline"].plan  # a Plan like any loaded one, `example` set to its title
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict

from advisor.dates import spoken_date
from advisor.models import Plan
from advisor.workdays import add_business_days

__all__ = ["CANDIDATE_NAME", "Example", "examples"]

CANDIDATE_NAME = "Alex Morgan"


class Example(BaseModel):
    """One ready-made case: a plan, and what a coach can point at in it."""

    model_config = ConfigDict(frozen=True)

    key: str  # a slug, stable across days: safe in links and widget keys
    title: str
    summary: str
    plan: Plan


def _shift(today: date, business_days: int, country: str) -> date:
    """`business_days` after today (before it when negative), skipping weekends and holidays."""
    return add_business_days(today, business_days, country=country)


def _done(step: str, on: date) -> dict[str, Any]:
    return {"kind": "step_done", "on": on, "step": step}


def _example(key: str, title: str, summary: str, data: dict[str, Any], today: date) -> Example:
    data = {"candidate_name": CANDIDATE_NAME, "example": title, **data}
    plan = Plan.model_validate(data, context={"today": today})
    return Example(key=key, title=title, summary=summary, plan=plan)


def _clear_timeline(today: date) -> Example:
    country = "US"
    interview = _shift(today, -3, country)
    return _example(
        "clear-timeline",
        "A clear two-week timeline",
        "They said they would decide within two weeks, so the follow-up waits for that window "
        "plus two business days. Point at the decision window as dates and the thank-you "
        "already ticked off.",
        {
            "applications": [
                {
                    "id": "northwind",
                    "company": "Northwind Traders",
                    "role": "Supply Chain Analyst",
                    "interviewer": {"name": "Dana Levi", "title": "Head of Planning"},
                    "interview_date": interview,
                    "round": "second",
                    "format": "in_person",
                    "company_size": "medium",
                    "country": country,
                    "email_invited": True,
                    "timing": "time_frame",
                    "timing_phrase": "We will decide within two weeks.",
                    "signals": ["timeline_given", "long_and_detailed"],
                    "topic": "cutting stock-outs in the spring catalogue",
                    "strength": "five years of demand forecasting in retail",
                    "events": [_done("thank_you", interview)],
                }
            ]
        },
        today,
    )


def _we_will_be_in_touch(today: date) -> Example:
    country = "US"
    interview = _shift(today, -2, country)
    return _example(
        "we-will-be-in-touch",
        "“We will be in touch” after a long, positive interview",
        "No date was given, but the interview ran long and touched on the team and next steps. "
        "Point at the three readings weighed by those signals, and at the slower pace of "
        "hiring at a large bank.",
        {
            "applications": [
                {
                    "id": "woodgrove",
                    "company": "Woodgrove Bank",
                    "role": "Product Manager, Mobile Banking",
                    "interviewer": {"name": "Priya Raman", "title": "Director of Digital Channels"},
                    "interview_date": interview,
                    "round": "first",
                    "format": "video",
                    "company_size": "large",
                    "industry": "financial",
                    "country": country,
                    "timing": "in_touch",
                    "timing_phrase": "Thanks for coming in, we will be in touch.",
                    "signals": [
                        "long_and_detailed",
                        "ran_over_time",
                        "met_the_team",
                        "next_steps_discussed",
                    ],
                    "topic": "the redesign of the mobile sign-up flow",
                    "strength": "shipping two banking apps from first sketch to launch",
                    "events": [_done("thank_you", interview)],
                }
            ]
        },
        today,
    )


def _four_weeks_of_silence(today: date) -> Example:
    country = "CA"
    interview = _shift(today, -20, country)
    first_follow_up = _shift(today, -12, country)
    second_follow_up = _shift(today, -7, country)
    return _example(
        "four-weeks-of-silence",
        "Four weeks of silence after two follow-ups",
        "A thank-you and two follow-ups, none answered, and four weeks gone: the schedule says "
        "to cross it off and move on. Point at the done steps and at Ontario's 45-day rule.",
        {
            "applications": [
                {
                    "id": "tailspin",
                    "company": "Tailspin Toys",
                    "role": "Marketing Coordinator",
                    "interviewer": {"name": "Sam Okafor", "title": "Marketing Lead"},
                    "interview_date": interview,
                    "round": "first",
                    "format": "video",
                    "company_size": "small",
                    "country": country,
                    "email_invited": True,
                    "timing": "non_answer",
                    "timing_phrase": "Hard to say, there are a lot of moving parts right now.",
                    "signals": ["next_steps_discussed"],
                    "topic": "the holiday launch of the new board-game line",
                    "strength": "running social campaigns on a shoestring budget",
                    "events": [
                        _done("thank_you", interview),
                        _done("first_follow_up", first_follow_up),
                        {"kind": "no_reply", "on": _shift(today, -9, country)},
                        _done("second_follow_up", second_follow_up),
                        {"kind": "no_reply", "on": _shift(today, -3, country)},
                    ],
                }
            ]
        },
        today,
    )


def _offer_before_first_choice(today: date) -> Example:
    country = "US"
    first_interview = _shift(today, -4, country)
    second_interview = _shift(today, -8, country)
    # Seven business days: past the deadline, yet always within the week a short extension
    # can bridge (eight would leave a gap over a week whenever a holiday falls in between).
    decision = _shift(today, 7, country)
    return _example(
        "offer-before-first-choice",
        "A second-choice offer before the first choice decides",
        "Fabrikam made an offer that must be answered before Contoso, the first choice, has "
        "said it will decide. Point at the deadline against Contoso's date, the choices with "
        "their trade-offs, and the note to Contoso.",
        {
            "applications": [
                {
                    "id": "contoso",
                    "company": "Contoso",
                    "role": "Data Engineer",
                    "interviewer": {"name": "Maria Chen", "title": "Engineering Manager"},
                    "interview_date": first_interview,
                    "round": "final",
                    "format": "panel",
                    "company_size": "large",
                    "industry": "information",
                    "country": country,
                    "email_invited": True,
                    "timing": "date",
                    "decision_date": decision,
                    "timing_phrase": (
                        f"We will make our decision by {spoken_date(decision, country=country)}."
                    ),
                    "signals": ["met_the_team", "timeline_given"],
                    "topic": "moving the nightly batch jobs to streaming",
                    "strength": "building data pipelines that other teams rely on",
                    "events": [_done("thank_you", first_interview)],
                    "pay": {"base": 105_000, "bonus": 10_000},
                    "ratings": {"benefits": 4, "growth": 5, "commute": 3, "team": 4, "interest": 5},
                    "compare_estimate": True,
                },
                {
                    "id": "fabrikam",
                    "company": "Fabrikam",
                    "role": "Data Engineer",
                    "interviewer": {"name": "Tom Becker", "title": "Head of Data"},
                    "interview_date": second_interview,
                    "round": "second",
                    "format": "video",
                    "company_size": "medium",
                    "industry": "information",
                    "country": country,
                    "timing": "in_touch",
                    "signals": ["long_and_detailed"],
                    "topic": "their move to a cloud data warehouse",
                    "strength": "building data pipelines that other teams rely on",
                    "events": [
                        _done("thank_you", second_interview),
                        {
                            "kind": "offer",
                            "on": _shift(today, -1, country),
                            "offer_deadline": _shift(today, 3, country),
                        },
                    ],
                    "pay": {"base": 98_000, "bonus": 5_000},
                    "ratings": {"benefits": 3, "growth": 3, "commute": 5, "team": 4, "interest": 3},
                },
            ],
            "preference": ["contoso", "fabrikam"],
            "weights": {
                "weights": {
                    "pay": 4,
                    "benefits": 2,
                    "growth": 4,
                    "commute": 3,
                    "team": 3,
                    "interest": 5,
                }
            },
        },
        today,
    )


def _rejection_thank_you(today: date) -> Example:
    country = "GB"
    interview = _shift(today, -8, country)
    return _example(
        "rejection-thank-you",
        "A polite no, with a thank-you still to send",
        "They said no today. The schedule turns to thanking them anyway and, later, connecting "
        "on LinkedIn. Point at how few candidates do this, and at the draft.",
        {
            "applications": [
                {
                    "id": "adventureworks",
                    "company": "Adventure Works",
                    "role": "Customer Success Manager",
                    "interviewer": {"name": "Olivia Hughes", "title": "Head of Customer Success"},
                    "interview_date": interview,
                    "round": "final",
                    "format": "in_person",
                    "company_size": "medium",
                    "country": country,
                    "email_invited": True,
                    "timing": "time_frame",
                    "timing_phrase": "You will hear from us within a week.",
                    "signals": ["met_the_team"],
                    "topic": "bringing new outdoor-gear retailers on board",
                    "strength": "turning unhappy accounts into long-term customers",
                    "events": [
                        _done("thank_you", interview),
                        # Dated today even at a weekend, so the thank-you is never shown late.
                        {"kind": "rejected", "on": today},
                    ],
                }
            ]
        },
        today,
    )


@lru_cache(maxsize=8)
def examples(*, today: date) -> tuple[Example, ...]:
    """The ready-made cases, every date counted from `today`, in the order a demo shows them.

    Kept per day: the start page lists them on every run, and they are immutable.
    """
    return (
        _clear_timeline(today),
        _we_will_be_in_touch(today),
        _four_weeks_of_silence(today),
        _offer_before_first_choice(today),
        _rejection_thank_you(today),
    )
