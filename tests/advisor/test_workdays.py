import re
from datetime import date

import pytest

from advisor.workdays import (
    UnknownCountryError,
    add_business_days,
    business_days_between,
    holiday_name,
    is_business_day,
    roll_back,
    roll_forward,
    supported_countries,
    supported_regions,
    weekend_days,
)


@pytest.mark.parametrize(
    ("start", "count", "country", "expected"),
    [
        (date(2026, 11, 20), 1, "US", date(2026, 11, 23)),  # Friday -> Monday
        (date(2026, 11, 25), 1, "US", date(2026, 11, 27)),  # skips Thanksgiving
        (date(2026, 11, 25), 1, "GB", date(2026, 11, 26)),  # no Thanksgiving in the UK
        (date(2026, 12, 24), 1, "GB", date(2026, 12, 29)),  # Christmas and Boxing Day
        (date(2026, 11, 2), 0, "US", date(2026, 11, 2)),
        (date(2026, 11, 23), -1, "US", date(2026, 11, 20)),
    ],
)
def test_business_days_skip_weekends_and_the_countrys_holidays(
    start: date, count: int, country: str, expected: date
) -> None:
    assert add_business_days(start, count, country=country) == expected


def test_rolling_moves_a_weekend_or_holiday_to_the_nearest_business_day() -> None:
    thanksgiving = date(2026, 11, 26)

    assert roll_forward(thanksgiving, country="US") == date(2026, 11, 27)
    assert roll_back(thanksgiving, country="US") == date(2026, 11, 25)
    assert roll_forward(date(2026, 11, 2), country="US") == date(2026, 11, 2)


def test_business_days_between_counts_only_working_days() -> None:
    assert business_days_between(date(2026, 11, 20), date(2026, 11, 27), country="US") == 4
    assert business_days_between(date(2026, 11, 27), date(2026, 11, 20), country="US") == -4


def test_holidays_are_named_and_weekends_are_not_business_days() -> None:
    assert holiday_name(date(2026, 12, 25), country="US") == "Christmas Day"
    assert holiday_name(date(2026, 12, 23), country="US") is None
    assert not is_business_day(date(2026, 11, 21), country="US")


def test_unknown_country_is_refused_with_a_clear_message() -> None:
    with pytest.raises(UnknownCountryError, match="unknown country code 'XX'"):
        is_business_day(date(2026, 11, 2), country="XX")


def test_countries_have_readable_names() -> None:
    countries = supported_countries()

    assert countries["US"] == "United States"
    assert countries["DE"] == "Germany"
    assert all(len(code) == 2 for code in countries)


@pytest.mark.parametrize(
    ("place", "start", "expected", "why"),
    [
        ("IL", date(2026, 11, 26), date(2026, 11, 29), "Thursday -> Sunday: Fri-Sat weekend"),
        ("SA", date(2026, 11, 25), date(2026, 11, 26), "Wednesday -> Thursday, a working day"),
        ("SA", date(2026, 11, 26), date(2026, 11, 29), "Thursday -> Sunday"),
        ("EG", date(2026, 11, 26), date(2026, 11, 29), "Fri-Sat weekend"),
        ("AE", date(2026, 11, 27), date(2026, 11, 30), "Sat-Sun since 2022: Friday -> Monday"),
        ("IN", date(2026, 1, 23), date(2026, 1, 27), "Friday -> Tuesday: Republic Day Monday"),
        ("US", date(2026, 11, 20), date(2026, 11, 23), "Friday -> Monday"),
    ],
)
def test_each_country_counts_working_days_from_its_own_weekend(
    place: str, start: date, expected: date, why: str
) -> None:
    assert add_business_days(start, 1, country=place) == expected, why


@pytest.mark.parametrize(
    ("place", "weekend"),
    [("IL", {4, 5}), ("SA", {4, 5}), ("AE", {5, 6}), ("IR", {4}), ("HK", {6}), ("DE", {5, 6})],
)
def test_the_weekend_is_the_countrys_own(place: str, weekend: set[int]) -> None:
    assert weekend_days(place) == weekend


@pytest.mark.parametrize(
    ("place", "day", "working"),
    [
        ("DE-BW", date(2026, 1, 6), False),  # Epiphany in Baden-Württemberg
        ("DE-BE", date(2026, 1, 6), True),  # ... not in Berlin
        ("DE", date(2026, 1, 6), True),
        ("DE-BW", date(2026, 6, 4), False),  # Corpus Christi
        ("DE-BE", date(2026, 6, 4), True),
        ("CA-BC", date(2026, 9, 30), False),  # Truth and Reconciliation: a BC holiday
        ("CA-ON", date(2026, 9, 30), True),  # ... not an Ontario one
        ("AU-VIC", date(2026, 11, 3), False),  # Melbourne Cup Day
        ("AU-NSW", date(2026, 11, 3), True),
        ("CH-TI", date(2026, 3, 19), False),  # Saint Joseph's Day in Ticino
        ("CH", date(2026, 3, 19), True),
        ("US-TX", date(2026, 3, 2), False),  # Texas Independence Day
        ("US", date(2026, 3, 2), True),
        ("IN", date(2026, 10, 2), False),  # Gandhi Jayanti, nationwide
    ],
)
def test_a_region_adds_its_own_holidays_to_the_countrys(
    place: str, day: date, working: bool
) -> None:
    assert is_business_day(day, country=place) is working


@pytest.mark.parametrize(
    ("place", "message"),
    [
        ("DE-XX", "unknown region 'XX' of DE: use one of BB, BE"),
        ("IL-TA", "unknown region 'TA' of IL: use one of none"),
        ("ZZ-ON", "unknown country code 'ZZ'"),
    ],
)
def test_an_unknown_region_is_named_with_the_choices(place: str, message: str) -> None:
    with pytest.raises(UnknownCountryError, match=re.escape(message)):
        is_business_day(date(2026, 1, 6), country=place)


def test_every_region_offered_has_a_name_and_a_calendar() -> None:
    for country in ("DE", "CA", "US", "AU", "IN", "CH", "GB"):
        regions = supported_regions(country)
        assert regions, country
        for code, name in regions.items():
            assert name
            assert isinstance(is_business_day(date(2026, 6, 1), country=f"{country}-{code}"), bool)
