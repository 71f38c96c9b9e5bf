"""How people write dates where they are: the order of a numeric date, a date in words for a
reader (`DateStyle`), and the country a browser's or a terminal's language setting points to.

>>> from datetime import date
>>> DateStyle.DAY_FIRST.short(date(2026, 12, 2)), DateStyle.MONTH_FIRST.short(date(2026, 12, 2))
('Wed 2 Dec 2026', 'Wed, Dec 2, 2026')
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum

from advisor.workdays import split_place, supported_countries

__all__ = [
    "YEAR_FIRST",
    "DateOrder",
    "DateStyle",
    "country_of_locale",
    "date_order",
    "date_style",
    "date_style_of_environment",
    "date_style_of_locale",
    "numeric_date_format",
    "spoken_date",
]


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
# Countries that write the year first (2026/12/02); the timing reader takes their short forms
# as month then day, as it does for the United States.
YEAR_FIRST = frozenset(("CN", "JP", "KR", "TW", "HU", "LT", "MN"))

# English names, whatever the server's locale: the app's sentences are English.
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)


def date_order(country: str) -> DateOrder:
    """The order of a short numeric date in `country` (a country code, without a region)."""
    if country in _MONTH_FIRST:
        return DateOrder.MONTH_FIRST
    if country in _EITHER:
        return DateOrder.EITHER
    return DateOrder.DAY_FIRST


class DateStyle(StrEnum):
    """How a reader writes a date in words: "Wed 2 Dec" or, in the US and where the month comes
    first, "Wed, Dec 2". Every date a page, the calendar or the command line shows in a sentence
    goes through one of these methods."""

    DAY_FIRST = "day_first"
    MONTH_FIRST = "month_first"

    def short(self, day: date, *, year_of: date | None = None) -> str:
        """ "Wed 2 Dec", with the year when it is not `year_of`'s year (or none is given)."""
        weekday, month = _DAYS[day.weekday()][:3], _MONTHS[day.month - 1][:3]
        with_year = year_of is None or day.year != year_of.year
        if self is DateStyle.DAY_FIRST:
            return f"{weekday} {day.day} {month}" + (f" {day.year}" if with_year else "")
        return f"{weekday}, {month} {day.day}" + (f", {day.year}" if with_year else "")

    def long(self, day: date, *, year: bool = False) -> str:
        """ "Wednesday 2 December" (with `year`, "Wednesday 2 December 2026")."""
        weekday, month = _DAYS[day.weekday()], _MONTHS[day.month - 1]
        if self is DateStyle.DAY_FIRST:
            return f"{weekday} {day.day} {month}" + (f" {day.year}" if year else "")
        return f"{weekday}, {month} {day.day}" + (f", {day.year}" if year else "")

    def day_and_month(self, day: date) -> str:
        """ "2 Dec" or "Dec 2": where the weekday would crowd a line."""
        month = _MONTHS[day.month - 1][:3]
        return f"{day.day} {month}" if self is DateStyle.DAY_FIRST else f"{month} {day.day}"

    def span(self, first: date, last: date, *, year_of: date | None = None) -> str:
        """ "Mon 7 Dec – Fri 11 Dec": one day alone when they are the same."""
        if first == last:
            return self.short(first, year_of=year_of)
        return f"{self.short(first, year_of=year_of)} – {self.short(last, year_of=year_of)}"


def date_style(country: str | None) -> DateStyle:
    """How dates are written in words in `country` ("GB", "US-TX"); day first when unknown."""
    if not country:
        return DateStyle.DAY_FIRST
    order = date_order(split_place(country.upper())[0])
    return DateStyle.DAY_FIRST if order is DateOrder.DAY_FIRST else DateStyle.MONTH_FIRST


def _region_of_tag(locale: str | None) -> str | None:
    """The region a language tag names: "en-GB" -> "GB", "en_US.UTF-8" -> "US", "en" -> None."""
    if not locale:
        return None
    parts = locale.split(".")[0].split("@")[0].replace("_", "-").split("-")
    return next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), None)


def date_style_of_locale(locale: str | None) -> DateStyle:
    """How a reader whose browser says `locale` ("en-US") writes dates; day first when the
    setting names no region ("en"), the order most of the world uses."""
    return date_style(_region_of_tag(locale))


def date_style_of_environment(environ: Mapping[str, str]) -> DateStyle:
    """How the person at a terminal writes dates, from its locale settings (LC_ALL, then
    LC_TIME, then LANG, as the C library reads them)."""
    for name in ("LC_ALL", "LC_TIME", "LANG"):
        if environ.get(name):
            return date_style_of_locale(environ[name])
    return DateStyle.DAY_FIRST


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
    region = _region_of_tag(locale)
    return region if region in supported_countries() else None


def spoken_date(day: date, *, country: str) -> str:
    """A date in words as it is written in English there: "Monday 2 November" in most places,
    "Monday, November 2" where the month comes first (the US, Canada, Japan...).

    >>> spoken_date(date(2026, 11, 2), country="GB"), spoken_date(date(2026, 11, 2), country="US")
    ('Monday 2 November', 'Monday, November 2')
    """
    return date_style(country).long(day)
