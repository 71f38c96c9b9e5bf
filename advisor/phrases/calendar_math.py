"""Calendar arithmetic for the reader: weeks, months, quarters and the order of numeric dates."""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta
from enum import StrEnum

from dateutil.relativedelta import relativedelta

__all__ = [
    "MONTHS",
    "ONE_DAY",
    "WEEKDAYS",
    "DateOrder",
    "add_months",
    "date_order",
    "last_of_month",
    "monday_of",
    "month_number",
    "ordinal",
    "short_date",
]

ONE_DAY = timedelta(days=1)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    *("january", "february", "march", "april", "may", "june"),
    *("july", "august", "september", "october", "november", "december"),
)


class DateOrder(StrEnum):
    """How a country writes a short numeric date such as 04/03."""

    DAY_FIRST = "day_first"  # 4 March: most of the world
    MONTH_FIRST = "month_first"  # 3 April: the US, and year-first countries' short forms
    EITHER = "either"  # both are common: a short date there is ambiguous


# Countries that put the month first in a short date; year-first countries write 3/4 for 4 March's
# opposite (month/day), so they belong here too. Canada uses both.
_MONTH_FIRST = frozenset(
    (
        *("US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "VI", "UM", "BZ"),
        *("CN", "JP", "KR", "TW", "HU", "LT", "MN"),
    )
)
_EITHER = frozenset(("CA",))


def date_order(country: str) -> DateOrder:
    if country in _MONTH_FIRST:
        return DateOrder.MONTH_FIRST
    if country in _EITHER:
        return DateOrder.EITHER
    return DateOrder.DAY_FIRST


def short_date(day: date, *, year_of: date | None = None) -> str:
    """'Fri 4 Dec', with the year when it is not `year_of`'s year (or none is given)."""
    text = f"{day:%a} {day.day} {day:%b}"
    return text if year_of is not None and day.year == year_of.year else f"{text} {day.year}"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def month_number(name: str) -> int:
    """1 for 'jan' or 'january', and so on."""
    return next(i for i, full in enumerate(MONTHS, start=1) if full.startswith(name[:3]))


def last_of_month(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


def add_months(day: date, count: int) -> date:
    """`day` moved by `count` months, kept inside the month it lands in (31 Jan + 1 = 28 Feb)."""
    moved: date = day + relativedelta(months=count)
    return moved


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())
