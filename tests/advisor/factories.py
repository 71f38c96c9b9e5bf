"""Small builders for valid domain objects, with fixed dates."""

from __future__ import annotations

from datetime import date
from typing import Any

from advisor import Application

MONDAY = date(2026, 11, 2)
FRIDAY = date(2026, 11, 6)
SATURDAY = date(2026, 11, 7)
TODAY = date(2026, 11, 4)


def an_application(**overrides: Any) -> Application:
    today = overrides.pop("today", TODAY)
    data: dict[str, Any] = {"company": "Northwind", "role": "Analyst", "interview_date": MONDAY}
    data.update(overrides)
    return Application.model_validate(data, context={"today": today})
