"""The plans the benchmark opens: the ready-made example a coach demonstrates, and plans of
1, 10 and 100 applications to see how the pages grow."""

from __future__ import annotations

from datetime import date
from typing import Any

from advisor import Application, Plan, add_business_days
from advisor.examples import examples
from advisor.offers import record_offer

__all__ = ["SIZES", "example_plan", "growth_plan"]

SIZES = (1, 10, 100)


def example_plan(today: date) -> Plan:
    """The ready-made "offer before the first choice" case: two applications, one offer."""
    by_key = {example.key: example.plan for example in examples(today=today)}
    # Without its example title: a link does not carry it, and AppTest should see the same page.
    return by_key["offer-before-first-choice"].model_copy(update={"example": ""})


_COMPANIES = (
    "Northwind",
    "Contoso",
    "Fabrikam",
    "Woodgrove",
    "Tailspin",
    "Litware",
    "Proseware",
    "Adatum",
    "Wingtip",
    "Relecloud",
)
_ROLES = ("Data analyst", "Product manager", "Backend engineer", "UX researcher", "Team lead")
_PEOPLE = (
    ("Dana Levi", "Head of Data"),
    ("Sam Okafor", "Engineering Manager"),
    ("Priya Raman", "Director of Product"),
    ("Tom Becker", "Recruiter"),
)
_TIMINGS: tuple[tuple[str, str], ...] = (
    ("time_frame", "We will decide within two weeks."),
    ("date", ""),
    ("in_touch", "Thanks for coming in, we will be in touch."),
    ("time_frame", "You will hear from us within a week."),
    ("non_answer", ""),
    ("did_not_ask", ""),
)
_COUNTRIES = ("US", "GB", "CA", "DE", "FR")


def growth_plan(size: int, today: date) -> Plan:
    """`size` applications, interviewed 2-13 business days ago, with varied answers.

    The first application, the one each page shows first, is the same at every size, so the
    sizes compare like with like: it holds an offer, due in three business days, as every
    tenth one does (so the offers page has a chart at every size). The first five are ranked;
    the first choice is the second application, compared on estimates.
    """
    applications: list[Application] = []
    for index in range(size):
        country = _COUNTRIES[index % len(_COUNTRIES)]
        interview = add_business_days(today, -(2 + index % 12), country=country)
        timing, phrase = _TIMINGS[index % len(_TIMINGS)]
        name, title = _PEOPLE[index % len(_PEOPLE)]
        data: dict[str, Any] = {
            "id": f"bench{index:03d}",
            "company": f"{_COMPANIES[index % len(_COMPANIES)]} {index // len(_COMPANIES) + 1}",
            "role": _ROLES[index % len(_ROLES)],
            "interviewer": {"name": name, "title": title},
            "interview_date": interview,
            "country": country,
            "email_invited": index % 2 == 0,
            "timing": timing,
            "timing_phrase": phrase,
            "topic": f"the {_ROLES[(index + 1) % len(_ROLES)].lower()} hand-over",
            "strength": "five years of SQL reporting",
        }
        if timing == "date":
            data["decision_date"] = add_business_days(today, 5 + index % 4, country=country)
        if index % 3 == 0:
            data["events"] = [{"kind": "step_done", "on": interview, "step": "thank_you"}]
        if index == 1:
            data["pay"] = {"base": 95_000}
            data["compare_estimate"] = True
        application = Application.model_validate(data, context={"today": today})
        if index % 10 == 0:
            application = record_offer(
                application=application,
                received_on=max(interview, add_business_days(today, -1, country=country)),
                deadline=add_business_days(today, 3, country=country),
                today=today,
            )
            application = application.model_copy(
                update={"pay": application.pay.model_copy(update={"base": 90_000 + index})}
            )
        applications.append(application)
    ranked = [application.id for application in applications[:5]]
    preference = tuple(ranked[1:2] + ranked[:1] + ranked[2:])  # the second first, as said
    return Plan(
        candidate_name="Alex Morgan", applications=tuple(applications), preference=preference
    )
