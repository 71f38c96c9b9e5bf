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
