"""Small builders for valid domain objects, with fixed dates."""

from __future__ import annotations

from datetime import date
from typing import Any

from advisor import Application, Plan

MONDAY = date(2026, 11, 2)
FRIDAY = date(2026, 11, 6)
SATURDAY = date(2026, 11, 7)
TODAY = date(2026, 11, 4)


def an_application(**overrides: Any) -> Application:
    today = overrides.pop("today", TODAY)
    data: dict[str, Any] = {"company": "Northwind", "role": "Analyst", "interview_date": MONDAY}
    data.update(overrides)
    return Application.model_validate(data, context={"today": today})


def a_plan(*companies: str, **overrides: Any) -> Plan:
    """A plan with one application per company, interviewed on MONDAY, said "in two weeks"."""
    data: dict[str, Any] = {
        "candidate_name": "Alex Morgan",
        "applications": [
            {
                "id": f"app{index}aa",
                "company": company,
                "role": "Analyst",
                "interview_date": MONDAY,
                "timing": "time_frame",
                "timing_phrase": "in two weeks",
            }
            for index, company in enumerate(companies)
        ],
    }
    data.update(overrides)
    return Plan.model_validate(data, context={"today": TODAY})


def waiting_above_offers(*, said: tuple[str, ...], offers: int) -> Plan:
    """Employers still deciding, one per answer in `said`, ranked above `offers` offers made
    TODAY and due Friday 13 November: each offer is weighed against every one of them."""
    deciding = [
        {
            "id": f"wait{index}",
            "company": f"Waiting {index}",
            "interview_date": MONDAY,
            "timing": "time_frame",
            "timing_phrase": phrase,
        }
        for index, phrase in enumerate(said)
    ]
    offering = [
        {
            "id": f"offer{index}",
            "company": f"Offering {index}",
            "interview_date": MONDAY,
            "events": [{"kind": "offer", "on": TODAY, "offer_deadline": date(2026, 11, 13)}],
        }
        for index in range(offers)
    ]
    applications = deciding + offering
    return Plan.model_validate(
        {"applications": applications, "preference": [a["id"] for a in applications]},
        context={"today": TODAY},
    )
