"""Public holidays and festivals by name ("before Easter", "after Diwali"), with their slow seasons.

Dates come from the `holidays` package for the application's country. A festival that is not a
public holiday there (Diwali in the UK, Thanksgiving in India) takes its date from a country where
it is, and the reading says so. The slow season around a festival is our own allowance.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import holidays
from dateutil.easter import easter

from advisor.phrases.calendar_math import ONE_DAY
from advisor.workdays import split_place

__all__ = [
    "FESTIVAL_WORDS",
    "FestivalDay",
    "festival_key",
    "holiday_names_pattern",
    "next_festival",
    "next_named_holiday",
]


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _thanksgiving(year: int, country: str) -> date:
    if country == "CA":
        return _nth_weekday(year, 10, 0, 2)  # the second Monday of October
    return _nth_weekday(year, 11, 3, 4)  # the fourth Thursday of November


@dataclass(frozen=True)
class Festival:
    title: str
    words: str  # how people say it, as a regular expression
    names: tuple[str, ...] = ()  # pieces of its name in the holidays package, lower case
    homes: tuple[str, ...] = ()  # where it is a public holiday, to borrow the date from
    rule: Callable[[int, str], date] | None = None  # its date when it follows a fixed rule
    season_before: int = 0  # days the slow season starts before the day itself
    season_after: int = 0  # days it runs on after
    any_holiday: bool = False  # "the bank holiday": whichever comes next
    weekdays: tuple[int, ...] = tuple(range(7))  # the days of the week it can fall on


_FESTIVALS: dict[str, Festival] = {
    "christmas": Festival(
        "Christmas",
        r"christmas\s+(?:break|holidays?|period|shutdown|closure)|christmas(?:\s+day)?|x-?mas"
        r"|the\s+festive\s+(?:season|period|break)|the\s+holiday\s+season",
        rule=lambda year, _: date(year, 12, 25),
        season_before=4,
        season_after=7,
    ),
    "new_year": Festival(
        "New Year's Day", r"new\s+year'?s?(?:\s+day)?", rule=lambda year, _: date(year, 1, 1)
    ),
    "easter_monday": Festival(
        "Easter Monday", r"easter\s+monday", rule=lambda y, _: easter(y) + timedelta(days=1)
    ),
    "good_friday": Festival(
        "Good Friday", r"good\s+friday", rule=lambda y, _: easter(y) - timedelta(days=2)
    ),
    "easter": Festival(
        "Easter",
        r"easter(?!\s+(?:long\s+)?weekend)(?:\s+(?:sunday|break|holidays?))?",
        rule=lambda year, _: easter(year),
        season_before=2,
        season_after=1,
    ),
    "easter_weekend": Festival(  # "before the Easter long weekend": before Good Friday
        "the Easter weekend",
        r"easter\s+(?:long\s+)?weekend|long\s+easter\s+weekend",
        rule=lambda y, _: easter(y) - timedelta(days=2),
        season_after=3,  # to Easter Monday
    ),
    "thanksgiving": Festival(
        "Thanksgiving",
        r"thanksgiving(?:\s+day)?",
        homes=("US", "CA"),
        rule=_thanksgiving,
        season_after=3,
    ),
    "diwali": Festival("Diwali", r"diwali|deepavali|dipawali", ("diwali",), ("IN",), None, 1, 4),
    "holi": Festival("Holi", r"holi", ("holi",), ("IN",)),
    "dussehra": Festival(
        "Dussehra", r"dussehra|dasara|dussera|vijayadashami", ("dussehra",), ("IN",)
    ),
    "eid": Festival(
        "Eid",
        r"eid(?:\s+(?:al|ul)[\s-]?(?:fitr|adha))?|bakri?\s*eid",
        ("eid al-fitr", "eid al-adha"),
        ("AE", "IN", "SA"),
        None,
        0,
        2,
    ),
    "chinese_new_year": Festival(
        "Chinese New Year",
        r"(?:chinese|lunar)\s+new\s+year|spring\s+festival",
        ("chinese new year",),
        ("CN", "SG"),
        None,
        1,
        6,
    ),
    "pongal": Festival("Pongal", r"pongal", ("pongal",), ("IN-TN",)),
    "onam": Festival("Onam", r"onam", ("onam",), ("IN-KL",)),
    "independence_day": Festival(
        "Independence Day",
        r"independence\s+day|july\s+4th|4th\s+of\s+july",
        ("independence day",),
        ("US",),
    ),
    "labour_day": Festival("Labour Day", r"labou?r\s+day", ("labor day", "labour day"), ("US",)),
    "memorial_day": Festival("Memorial Day", r"memorial\s+day", ("memorial day",), ("US",)),
    "juneteenth": Festival("Juneteenth", r"juneteenth", ("juneteenth",), ("US",)),
    "presidents_day": Festival(
        "Presidents' Day", r"presidents'?\s+day", ("washington's birthday",), ("US",)
    ),
    "canada_day": Festival("Canada Day", r"canada\s+day", ("canada day",), ("CA",)),
    "victoria_day": Festival("Victoria Day", r"victoria\s+day", ("victoria day",), ("CA-ON",)),
    "australia_day": Festival("Australia Day", r"australia\s+day", ("australia day",), ("AU",)),
    "anzac_day": Festival("Anzac Day", r"anzac\s+day", ("anzac day",), ("AU",)),
    "republic_day": Festival("Republic Day", r"republic\s+day", ("republic day",), ("IN",)),
    "boxing_day": Festival("Boxing Day", r"boxing\s+day", ("boxing day",), ("GB",)),
    "st_patricks_day": Festival(
        "St Patrick's Day",
        r"st\.?\s+patrick'?s\s+day|saint\s+patrick'?s\s+day|paddy'?s\s+day",
        ("saint patrick's day",),
        ("IE",),
    ),
    "spring_bank_holiday": Festival(
        "the spring bank holiday", r"(?:the\s+)?spring\s+bank\s+holiday", ("spring bank holiday",)
    ),
    "summer_bank_holiday": Festival(
        "the summer bank holiday",
        r"(?:the\s+)?(?:late\s+)?(?:summer|august)\s+bank\s+holiday",
        ("summer bank holiday", "august bank holiday"),
        ("GB-ENG",),
    ),
    "bank_holiday": Festival(
        "the next bank holiday",
        r"(?:the\s+)?(?:next\s+)?bank\s+holiday(?:\s+weekend)?"
        r"|(?:the\s+)?(?:next\s+)?(?:public|national)\s+holiday",
        any_holiday=True,
    ),
    "long_weekend": Festival(
        "the next long weekend",
        r"(?:the\s+)?(?:next\s+)?long\s+weekend",
        any_holiday=True,
        weekdays=(0, 4),  # a holiday on a Monday or a Friday
    ),
}
# The words, longest first so "easter monday" is not read as "easter".
FESTIVAL_WORDS = "|".join(
    f"(?:{festival.words})" for festival in sorted(_FESTIVALS.values(), key=lambda f: -len(f.words))
)
_KEYS = tuple((key, re.compile(rf"(?:{f.words})\Z", re.ASCII)) for key, f in _FESTIVALS.items())


def festival_key(words: str) -> str:
    """The festival that `words` (a match of FESTIVAL_WORDS) names."""
    return next(key for key, pattern in _KEYS if pattern.match(words))


@dataclass(frozen=True)
class FestivalDay:
    """The next occurrence of a festival after a day, and its slow season."""

    title: str
    day: date
    season_start: date
    season_end: date
    borrowed_from: str | None  # the country whose calendar gave the date, if not the user's


@lru_cache(maxsize=256)
def _named_days(code: str, year: int) -> tuple[tuple[date, str], ...]:
    country, region = split_place(code)
    calendar = holidays.country_holidays(country, subdiv=region or None, years=year)
    if "en_US" in calendar.supported_languages:
        calendar = holidays.country_holidays(
            country, subdiv=region or None, years=year, language="en_US"
        )
    return tuple(sorted((day, str(name).lower()) for day, name in calendar.items()))


def _first_named(festival: Festival, code: str, after: date) -> date | None:
    for year in (after.year, after.year + 1):
        for day, name in _named_days(code, year):
            if day < after or day.weekday() not in festival.weekdays:
                continue
            if festival.any_holiday or any(piece in name for piece in festival.names):
                return day
    return None


def next_festival(key: str, *, after: date, country: str) -> FestivalDay | None:
    """The festival `key` on or after `after`, in `country` if it is a holiday there."""
    festival = _FESTIVALS[key]
    nation, _ = split_place(country)  # `country` may name a region too: "CA-ON"
    borrowed: str | None = None
    day: date | None = None
    if festival.rule is not None:
        rule = festival.rule
        day = next(d for y in (after.year, after.year + 1) if (d := rule(y, nation)) >= after)
        if festival.homes and nation not in festival.homes:
            borrowed = festival.homes[0]
    else:
        for code in (country, *festival.homes):
            day = _first_named(festival, code, after)
            if day is not None:
                borrowed = None if code == country else code
                break
    if day is None:
        return None
    title = festival.title
    if festival.any_holiday:
        named = dict(_named_days(country, day.year))
        title = named[day].title().replace("'S", "'s")
    return FestivalDay(
        title=title,
        day=day,
        season_start=day - ONE_DAY * festival.season_before,
        season_end=day + ONE_DAY * festival.season_after,
        borrowed_from=borrowed,
    )


def _spoken(name: str) -> str:
    """A holiday's name as people say it: no "(observed)", no "day" needed at the end."""
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    return name.removesuffix(" day") if name.endswith(" day") and " " in name else name


@lru_cache(maxsize=64)
def _names(country: str, year: int) -> tuple[str, ...]:
    pieces = {
        _spoken(piece)
        for _, name in _named_days(country, year) + _named_days(country, year + 1)
        for piece in name.split("; ")
    }
    return tuple(sorted((p for p in pieces if len(p) >= 4), key=len, reverse=True))


@lru_cache(maxsize=64)
def holiday_names_pattern(country: str, year: int) -> re.Pattern[str]:
    """Any public holiday of `country` by the name its calendar gives it ("matariki")."""
    names = "|".join(re.escape(name).replace("\\ ", r"\s+") for name in _names(country, year))
    return re.compile(rf"\b(?:the\s+)?(?P<name>{names or '(?!)'})(?:\s+day)?\b", re.ASCII)


def next_named_holiday(words: str, *, after: date, country: str) -> tuple[date, str] | None:
    """The first holiday called `words` on or after `after`, and its name as the calendar has it."""
    wanted = " ".join(words.split())
    for year in (after.year, after.year + 1):
        for day, name in _named_days(country, year):
            if day >= after and any(_spoken(piece) == wanted for piece in name.split("; ")):
                return day, name.title().replace("'S", "'s")
    return None
