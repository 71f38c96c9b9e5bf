"""Business-day arithmetic that respects each country's own weekend and its public holidays.

Every function takes a *place*: a country code ("DE"), or a country and one of its regions
("DE-BW", "CA-ON"), whose own holidays then count too. The `holidays` package knows each
country's weekend (Friday and Saturday in Israel, Sunday alone in Hong Kong...) and its
working-day arithmetic; this module only names the place.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import holidays

__all__ = [
    "UnknownCountryError",
    "UnknownRegionError",
    "add_business_days",
    "business_days_between",
    "holiday_name",
    "is_business_day",
    "place_code",
    "region_code",
    "roll_back",
    "roll_forward",
    "split_place",
    "supported_countries",
    "supported_regions",
    "weekend_days",
]


class UnknownCountryError(ValueError):
    """Raised for a country code the holiday calendar does not know."""


class UnknownRegionError(UnknownCountryError):
    """Raised for a region the country's holiday calendar does not know."""


@lru_cache(maxsize=1)
def supported_countries() -> dict[str, str]:
    """Two-letter country code -> readable name, for every country with a holiday calendar."""
    names: dict[str, str] = {}
    for module, entry in holidays.registry.COUNTRIES.items():
        code = entry[1]
        names[code] = module.replace("_", " ").title()
    return dict(sorted(names.items(), key=lambda item: item[1]))


@lru_cache(maxsize=256)
def supported_regions(country: str) -> dict[str, str]:
    """Region code -> readable name (the code where the package has no name), for the regions
    of `country` that have holidays of their own; empty for a country without any."""
    if country not in supported_countries():
        return {}
    calendar = holidays.country_holidays(country)
    names: dict[str, str] = {}
    for name, code in calendar.subdivisions_aliases.items():
        names.setdefault(code, name)
    return {code: names.get(code, code) for code in calendar.subdivisions}


def region_code(country: str, typed: str) -> str | None:
    """The code of `country`'s region that `typed` names, in any case ("on": "ON"), or None."""
    wanted = typed.strip().lower()
    return next((code for code in supported_regions(country) if code.lower() == wanted), None)


def split_place(place: str) -> tuple[str, str]:
    """("CA", "ON") for "CA-ON"; ("DE", "") for "DE"."""
    country, _, region = place.partition("-")
    return country, region


def place_code(country: str, region: str = "") -> str:
    """The place for `country` and, when given, one of its regions: "CA-ON", or "CA"."""
    return f"{country}-{region}" if region else country


# The same few days are asked about over and over (every step of every application, on every
# rerun): answers are kept, as the package looks each day up afresh.
_ANSWERS_KEPT = 16_384


@lru_cache(maxsize=256)
def _calendar(place: str) -> holidays.HolidayBase:
    country, region = split_place(place)
    if country not in supported_countries():
        raise UnknownCountryError(
            f"unknown country code {country!r}: use a two-letter ISO code such as US, GB or DE"
        )
    if region and region not in supported_regions(country):
        raise UnknownRegionError(
            f"unknown region {region!r} of {country}: use one of "
            f"{', '.join(supported_regions(country)) or 'none (it has no regional holidays)'}"
        )
    return holidays.country_holidays(country, subdiv=region or None)


def weekend_days(place: str) -> frozenset[int]:
    """The weekdays (Monday 0 ... Sunday 6) that are the weekend in `place`."""
    return frozenset(_calendar(place).weekend)


def holiday_name(day: date, *, country: str) -> str | None:
    """The public holiday on `day` in `country` (a place: "DE" or "DE-BW"), or None."""
    name = _calendar(country).get(day)
    return None if name is None else str(name)


@lru_cache(maxsize=_ANSWERS_KEPT)
def is_business_day(day: date, *, country: str) -> bool:
    """Neither that place's weekend nor one of its public holidays (`country` is a place)."""
    return bool(_calendar(country).is_working_day(day))


@lru_cache(maxsize=_ANSWERS_KEPT)
def roll_forward(day: date, *, country: str) -> date:
    """`day` itself if it is a business day, else the next business day."""
    return _calendar(country).get_nth_working_day(day, 0)


@lru_cache(maxsize=_ANSWERS_KEPT)
def roll_back(day: date, *, country: str) -> date:
    """`day` itself if it is a business day, else the business day before it."""
    calendar = _calendar(country)
    return day if calendar.is_working_day(day) else calendar.get_nth_working_day(day, -1)


@lru_cache(maxsize=_ANSWERS_KEPT)
def add_business_days(day: date, count: int, *, country: str) -> date:
    """The date `count` business days after `day` (before it when `count` is negative).

    >>> add_business_days(date(2026, 11, 20), 1, country="US")  # a Friday
    datetime.date(2026, 11, 23)
    >>> add_business_days(date(2026, 11, 26), 1, country="IL")  # a Thursday; Fri-Sat weekend
    datetime.date(2026, 11, 29)
    """
    return day if count == 0 else _calendar(country).get_nth_working_day(day, count)


@lru_cache(maxsize=_ANSWERS_KEPT)
def business_days_between(start: date, end: date, *, country: str) -> int:
    """Business days after `start` up to and including `end` (negative when `end` is earlier)."""
    if end < start:
        return -business_days_between(end, start, country=country)
    calendar = _calendar(country)
    return int(calendar.get_working_days_count(start, end)) - int(calendar.is_working_day(start))
