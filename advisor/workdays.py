"""Business-day arithmetic that respects weekends and a country's public holidays."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays

__all__ = [
    "UnknownCountryError",
    "add_business_days",
    "business_days_between",
    "holiday_name",
    "is_business_day",
    "long_date",
    "roll_back",
    "roll_forward",
    "supported_countries",
]

_ONE_DAY = timedelta(days=1)


class UnknownCountryError(ValueError):
    """Raised for a country code the holiday calendar does not know."""


@lru_cache(maxsize=1)
def supported_countries() -> dict[str, str]:
    """Two-letter country code -> readable name, for every country with a holiday calendar."""
    names: dict[str, str] = {}
    for module, entry in holidays.registry.COUNTRIES.items():
        code = entry[1]
        names[code] = module.replace("_", " ").title()
    return dict(sorted(names.items(), key=lambda item: item[1]))


@lru_cache(maxsize=64)
def _calendar(country: str) -> holidays.HolidayBase:
    if country not in supported_countries():
        raise UnknownCountryError(
            f"unknown country code {country!r}: use a two-letter ISO code such as US, GB or DE"
        )
    return holidays.country_holidays(country)


def holiday_name(day: date, *, country: str) -> str | None:
    """The public holiday on `day` in `country`, or None."""
    name = _calendar(country).get(day)
    return None if name is None else str(name)


def long_date(day: date) -> str:
    """A date as a person says it: "Monday 2 November"."""
    return f"{day:%A} {day.day} {day:%B}"


def is_business_day(day: date, *, country: str) -> bool:
    return day.weekday() < 5 and day not in _calendar(country)


def roll_forward(day: date, *, country: str) -> date:
    """`day` itself if it is a business day, else the next business day."""
    while not is_business_day(day, country=country):
        day += _ONE_DAY
    return day


def roll_back(day: date, *, country: str) -> date:
    """`day` itself if it is a business day, else the business day before it."""
    while not is_business_day(day, country=country):
        day -= _ONE_DAY
    return day


def add_business_days(day: date, count: int, *, country: str) -> date:
    """The date `count` business days after `day` (before it when `count` is negative).

    >>> add_business_days(date(2026, 11, 20), 1, country="US")  # a Friday
    datetime.date(2026, 11, 23)
    """
    step = _ONE_DAY if count >= 0 else -_ONE_DAY
    remaining = abs(count)
    while remaining:
        day += step
        if is_business_day(day, country=country):
            remaining -= 1
    return day


def business_days_between(start: date, end: date, *, country: str) -> int:
    """Business days after `start` up to and including `end` (negative when `end` is earlier)."""
    if end < start:
        return -business_days_between(end, start, country=country)
    count = 0
    day = start
    while day < end:
        day += _ONE_DAY
        if is_business_day(day, country=country):
            count += 1
    return count
