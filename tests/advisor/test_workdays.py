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
