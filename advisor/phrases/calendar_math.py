"""Calendar arithmetic for the reader: weeks, months, quarters and the order of numeric dates."""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from advisor.dates import DateOrder, date_order

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
]

ONE_DAY = timedelta(days=1)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    *("january", "february", "march", "april", "may", "june"),
    *("july", "august", "september", "october", "november", "december"),
)


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
