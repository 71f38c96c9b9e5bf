"""How people write dates where they are: the order of a numeric date, a date in words, and the
country a browser's language setting points to."""

from __future__ import annotations

from datetime import date

from advisor.phrases.calendar_math import DateOrder, date_order
from advisor.workdays import split_place, supported_countries

__all__ = ["YEAR_FIRST", "country_of_locale", "numeric_date_format", "spoken_date"]

# Countries that write the year first (2026/12/02); the timing reader takes their short forms
# as month then day, as it does for the United States.
YEAR_FIRST = frozenset(("CN", "JP", "KR", "TW", "HU", "LT", "MN"))


def numeric_date_format(country: str) -> str:
    """The pattern a date field shows in `country` ("DD/MM/YYYY", "MM/DD/YYYY", "YYYY/MM/DD"),
    in the order the timing reader reads that country's short dates; ISO where both are common
    (Canada), so that no typed date can be read two ways.

    >>> numeric_date_format("GB"), numeric_date_format("US"), numeric_date_format("CA-ON")
    ('DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY-MM-DD')
    """
    nation, _ = split_place(country)
    if nation in YEAR_FIRST:
        return "YYYY/MM/DD"
    order = date_order(nation)
    if order is DateOrder.MONTH_FIRST:
        return "MM/DD/YYYY"
    if order is DateOrder.EITHER:
        return "YYYY-MM-DD"
    return "DD/MM/YYYY"


def country_of_locale(locale: str | None) -> str | None:
    """The country a browser language tag names ("en-GB" -> "GB", "hi-IN" -> "IN"), if the app
    has a holiday calendar for it; None for a bare language ("en") or an unknown place."""
    if not locale:
        return None
    parts = locale.replace("_", "-").split("-")
    region = next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), None)
    return region if region in supported_countries() else None


def spoken_date(day: date, *, country: str) -> str:
    """A date in words as it is written in English there: "Monday 2 November" in most places,
    "Monday, November 2" where the month comes first (the US, Canada, Japan...).

    >>> spoken_date(date(2026, 11, 2), country="GB"), spoken_date(date(2026, 11, 2), country="US")
    ('Monday 2 November', 'Monday, November 2')
    """
    if date_order(split_place(country)[0]) is DateOrder.DAY_FIRST:
        return f"{day:%A} {day.day} {day:%B}"
    return f"{day:%A}, {day:%B} {day.day}"
