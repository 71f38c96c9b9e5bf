import pytest

from advisor import country_of_locale, numeric_date_format, parse_timeline_phrase
from tests.advisor.factories import MONDAY


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
