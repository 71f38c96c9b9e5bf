from datetime import date

import pytest

from advisor import country_of_locale, numeric_date_format, parse_timeline_phrase
from advisor.dates import spoken_date
from advisor.events import StepKind
from tests.advisor.factories import MONDAY, an_application
from tests.advisor.test_drafts import draft_of


@pytest.mark.parametrize(
    ("country", "pattern"),
    [
        ("GB", "DD/MM/YYYY"),
        ("DE", "DD/MM/YYYY"),
        ("DE-BW", "DD/MM/YYYY"),
        ("IN", "DD/MM/YYYY"),
        ("AU", "DD/MM/YYYY"),
        ("IL", "DD/MM/YYYY"),
        ("AE", "DD/MM/YYYY"),
        ("US", "MM/DD/YYYY"),
        ("US-TX", "MM/DD/YYYY"),
        ("PH", "MM/DD/YYYY"),
        ("JP", "YYYY/MM/DD"),
        ("CN", "YYYY/MM/DD"),
        ("CA", "YYYY-MM-DD"),  # both orders are common there: only ISO cannot be misread
        ("CA-QC", "YYYY-MM-DD"),
    ],
)
def test_a_date_field_shows_the_order_the_country_writes_dates_in(
    country: str, pattern: str
) -> None:
    assert numeric_date_format(country) == pattern


@pytest.mark.parametrize(
    ("country", "said", "day"),
    [("GB", "by 04/12", 4), ("US", "by 12/04", 4), ("DE", "by 04.12", 4)],
)
def test_the_field_order_agrees_with_how_the_timing_reader_reads_that_country(
    country: str, said: str, day: int
) -> None:
    reading = parse_timeline_phrase(phrase=said, said_on=MONDAY, country=country)
    first, second = said.removeprefix("by ").replace(".", "/").split("/")

    assert reading.latest is not None
    assert (reading.latest.day, reading.latest.month) == (day, 12)
    day_first = numeric_date_format(country).startswith("DD")
    assert int(first if day_first else second) == reading.latest.day


@pytest.mark.parametrize(
    ("locale", "country"),
    [
        ("en-GB", "GB"),
        ("en-US", "US"),
        ("hi-IN", "IN"),
        ("de-DE", "DE"),
        ("he-IL", "IL"),
        ("zh-Hant-TW", "TW"),
        ("en_AU", "AU"),
        ("en", None),
        ("", None),
        (None, None),
        ("xx-ZZ", None),
        ("en-419", None),
    ],
)
def test_a_browsers_language_tag_points_to_its_country(
    locale: str | None, country: str | None
) -> None:
    assert country_of_locale(locale) == country


@pytest.mark.parametrize(
    ("country", "spoken"),
    [
        ("GB", "Monday 2 November"),
        ("IN", "Monday 2 November"),
        ("DE-BW", "Monday 2 November"),
        ("AU", "Monday 2 November"),
        ("US", "Monday, November 2"),
        ("US-TX", "Monday, November 2"),
        ("PH", "Monday, November 2"),
        ("CA", "Monday, November 2"),
    ],
)
def test_a_date_in_words_follows_how_the_country_writes_it(country: str, spoken: str) -> None:
    assert spoken_date(date(2026, 11, 2), country=country) == spoken


def test_a_draft_to_a_british_employer_writes_the_day_before_the_month() -> None:
    british = an_application(country="GB", timing="date", decision_date=date(2026, 11, 13))
    american = an_application(country="US", timing="date", decision_date=date(2026, 11, 13))

    assert "Friday 13 November" in draft_of(british, StepKind.FIRST_FOLLOW_UP).body
    assert "Friday, November 13" in draft_of(american, StepKind.FIRST_FOLLOW_UP).body
