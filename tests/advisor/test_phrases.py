"""Reading an interviewer's words about timing as a window of business days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.phrases import PhraseError, PhraseKind, PhraseReading, parse_timeline_phrase
from advisor.workdays import add_business_days, is_business_day

ON, BY, RANGE, PERIOD = PhraseKind.ON_DATE, PhraseKind.BY_DATE, PhraseKind.RANGE, PhraseKind.PERIOD
NONE, UNKNOWN = PhraseKind.NO_TIMELINE, PhraseKind.UNRECOGNISED

WED = date(2026, 11, 18)  # the week before US Thanksgiving (Thursday 2026-11-26)
FRI = date(2026, 11, 20)
SAT = date(2026, 11, 21)
SUN = date(2026, 11, 22)


def _read(phrase: str, said_on: date = WED, country: str = "US") -> PhraseReading:
    return parse_timeline_phrase(phrase=phrase, said_on=said_on, country=country)


def _row(
    phrase: str,
    said_on: date,
    kind: PhraseKind,
    earliest: str | None = None,
    latest: str | None = None,
    country: str = "US",
) -> object:
    where = said_on.isoformat() if country == "US" else f"{said_on.isoformat()} {country}"
    return pytest.param(phrase, said_on, country, kind, earliest, latest, id=f"{phrase} @{where}")


READINGS = [
    # --- single expected days
    _row("in two weeks", WED, ON, "2026-12-02", "2026-12-02"),
    _row("in 3 months", WED, ON, "2027-02-18", "2027-02-18"),
    _row("in 1 month", date(2026, 1, 31), ON, "2026-03-02", "2026-03-02"),  # Feb 28
    _row("two weeks from now", WED, ON, "2026-12-02", "2026-12-02"),
    _row("in a week", WED, ON, "2026-11-25", "2026-11-25"),
    _row("tomorrow", WED, ON, "2026-11-19", "2026-11-19"),
    _row("tomorrow", SAT, ON, "2026-11-23", "2026-11-23"),  # Sunday rolls on
    _row("tomorrow", date(2026, 11, 25), ON, "2026-11-27", "2026-11-27"),  # Thanksgiving
    _row("the day after tomorrow", FRI, ON, "2026-11-23", "2026-11-23"),
    _row("today", WED, ON, "2026-11-18", "2026-11-18"),
    _row("later today", WED, ON, "2026-11-18", "2026-11-18"),
    _row("by later today", WED, ON, "2026-11-18", "2026-11-18"),  # today stays today
    _row("today", SAT, ON, "2026-11-23", "2026-11-23"),
    _row("end of day Friday", WED, ON, "2026-11-20", "2026-11-20"),
    _row("Monday", WED, ON, "2026-11-23", "2026-11-23"),
    _row("on Monday", WED, ON, "2026-11-23", "2026-11-23"),
    _row("Monday", date(2026, 12, 31), ON, "2027-01-04", "2027-01-04"),
    _row("Friday", FRI, ON, "2026-11-27", "2026-11-27"),  # strictly after
    _row("next Friday", WED, ON, "2026-11-27", "2026-11-27"),  # next calendar week
    _row("next Friday", SUN, ON, "2026-11-27", "2026-11-27"),
    _row("this Friday", SAT, ON, "2026-11-27", "2026-11-27"),  # passed
    _row("the 31st", WED, ON, "2026-12-31", "2026-12-31"),  # Nov has 30
    _row("December 5", WED, ON, "2026-12-07", "2026-12-07"),
    _row("5 December", WED, ON, "2026-12-07", "2026-12-07"),
    _row("Dec 5th", WED, ON, "2026-12-07", "2026-12-07"),
    _row("on the 5th of December", WED, ON, "2026-12-07", "2026-12-07"),
    _row("2026-12-05", WED, ON, "2026-12-07", "2026-12-07"),
    _row("December 5", date(2026, 12, 5), ON, "2026-12-07", "2026-12-07"),  # on/after
    _row("May 5", date(2026, 6, 1), ON, "2027-05-05", "2027-05-05"),
    _row("Dec. 5, 2027", WED, ON, "2027-12-06", "2027-12-06"),
    _row("Feb 29", date(2026, 3, 1), ON, "2028-02-29", "2028-02-29"),  # leap year
    _row("July 4", date(2026, 6, 1), ON, "2026-07-06", "2026-07-06"),  # Sat holiday
    _row("in two weeks", date(2026, 12, 11), ON, "2026-12-28", "2026-12-28"),  # Christmas
    # --- deadlines: earliest is the next business day, latest rolls back
    _row("by mid-July", WED, BY, "2026-11-19", "2027-07-15"),
    _row("by mid-July", date(2026, 7, 14), BY, "2026-07-15", "2026-07-15"),
    _row("by mid-July", date(2026, 7, 16), BY, "2026-07-17", "2027-07-15"),  # past the 15th
    _row("by the end of next week", WED, BY, "2026-11-19", "2026-11-27"),
    _row("within 10 business days", WED, BY, "2026-11-19", "2026-12-03"),  # Thanksgiving
    _row("within 10 business days", SAT, BY, "2026-11-23", "2026-12-07"),
    _row("within 10 business days", date(2026, 12, 18), BY, "2026-12-21", "2027-01-05"),
    _row("within a week", WED, BY, "2026-11-19", "2026-11-25"),
    _row("within the next week", FRI, BY, "2026-11-23", "2026-11-27"),
    _row("in the next few days", WED, BY, "2026-11-19", "2026-11-25"),
    _row("by Friday", WED, BY, "2026-11-19", "2026-11-20"),
    _row("by Friday", SAT, BY, "2026-11-23", "2026-11-27"),
    _row("by Friday", date(2026, 5, 13), BY, "2026-05-15", "2026-05-15", "DE"),  # Ascension
    _row("by next Friday", FRI, BY, "2026-11-23", "2026-11-27"),
    _row("before Friday", WED, BY, "2026-11-19", "2026-11-19"),  # day before
    _row("by Saturday", WED, BY, "2026-11-19", "2026-11-20"),  # means Friday
    _row("by Saturday", date(2026, 7, 1), BY, "2026-07-02", "2026-07-02"),  # July 3, 4
    _row("by July 4", date(2026, 6, 1), BY, "2026-06-02", "2026-07-02"),
    _row("by tomorrow", FRI, BY, "2026-11-23", "2026-11-23"),  # not < earliest
    _row("by the 20th", WED, BY, "2026-11-19", "2026-11-20"),
    _row("by the 20th", FRI, BY, "2026-11-23", "2026-12-18"),  # Sun -> Fri
    _row("by the 20th", SAT, BY, "2026-11-23", "2026-12-18"),
    _row("by the 20th", date(2026, 12, 21), BY, "2026-12-22", "2027-01-20"),  # next year
    _row("by the end of the month", WED, BY, "2026-11-19", "2026-11-30"),
    _row("by the end of the month", date(2026, 1, 30), BY, "2026-02-02", "2026-02-02"),  # Sat
    _row("by the end of the quarter", WED, BY, "2026-11-19", "2026-12-31"),
    _row("by the end of the quarter", date(2026, 3, 31), BY, "2026-04-01", "2026-06-30"),
    _row("by the end of the year", WED, BY, "2026-11-19", "2026-12-31"),
    # --- ranges of days after it was said
    _row("2-3 weeks", WED, RANGE, "2026-12-02", "2026-12-09"),
    _row("2–3 weeks", WED, RANGE, "2026-12-02", "2026-12-09"),
    _row("two to three weeks", WED, RANGE, "2026-12-02", "2026-12-09"),
    _row("two or three weeks", WED, RANGE, "2026-12-02", "2026-12-09"),
    _row("between 2 and 3 weeks", WED, RANGE, "2026-12-02", "2026-12-09"),
    _row("a couple of weeks", WED, RANGE, "2026-12-02", "2026-12-09"),
    _row("a few weeks", WED, RANGE, "2026-12-02", "2026-12-16"),
    _row("a few days", WED, RANGE, "2026-11-20", "2026-11-25"),  # 2-5 bdays
    _row("a week or two", WED, RANGE, "2026-11-25", "2026-12-02"),
    _row("a week or two", date(2026, 12, 18), RANGE, "2026-12-28", "2027-01-04"),
    _row("in a day or two", WED, RANGE, "2026-11-19", "2026-11-20"),
    # --- stretches of calendar
    _row("end of next week", WED, PERIOD, "2026-11-27", "2026-11-27"),  # Thu Thanksgiving
    _row("end of this week", FRI, PERIOD, "2026-11-27", "2026-11-27"),  # over: next
    _row("early next week", WED, PERIOD, "2026-11-23", "2026-11-24"),
    _row("mid next week", WED, PERIOD, "2026-11-24", "2026-11-27"),  # Thu -> Fri
    _row("this week", WED, PERIOD, "2026-11-19", "2026-11-20"),
    _row("this week", SAT, PERIOD, "2026-11-23", "2026-11-27"),  # over: next
    _row("next week", WED, PERIOD, "2026-11-23", "2026-11-27"),
    _row("next week", date(2026, 12, 27), PERIOD, "2026-12-28", "2027-01-04"),  # Jan 1
    _row("the week after next", WED, PERIOD, "2026-11-30", "2026-12-04"),
    _row("next month", WED, PERIOD, "2026-12-01", "2026-12-31"),
    _row("early next month", WED, PERIOD, "2026-12-01", "2026-12-10"),  # 1st-10th
    _row("early next month", date(2026, 12, 20), PERIOD, "2027-01-04", "2027-01-11"),
    _row("later this month", WED, PERIOD, "2026-11-23", "2026-11-30"),  # 21st-end
    _row("end of the month", date(2026, 1, 31), PERIOD, "2026-02-23", "2026-03-02"),  # over: Feb
    _row("mid-December", WED, PERIOD, "2026-12-11", "2026-12-21"),  # 11th-20th
    _row("late January", WED, PERIOD, "2027-01-21", "2027-02-01"),
    _row("end of May", WED, PERIOD, "2027-05-21", "2027-06-01"),  # Memorial Day
    _row("sometime in August", WED, PERIOD, "2027-08-02", "2027-08-31"),
    _row("sometime in August", date(2026, 8, 10), PERIOD, "2026-08-11", "2026-08-31"),  # rest of it
    _row("sometime in August", date(2026, 8, 31), PERIOD, "2027-08-02", "2027-08-31"),  # over: 2027
    _row("next quarter", WED, PERIOD, "2027-01-04", "2027-03-31"),
    _row("end of the year", WED, PERIOD, "2026-12-01", "2026-12-31"),
    _row("end of the year", date(2026, 12, 28), PERIOD, "2026-12-29", "2026-12-31"),
    _row("after the holidays", WED, PERIOD, "2027-01-04", "2027-01-15"),
    _row("after Christmas", WED, PERIOD, "2027-01-04", "2027-01-15"),
    _row("in the new year", date(2026, 12, 20), PERIOD, "2027-01-04", "2027-01-15"),
    _row("after the holidays", date(2026, 3, 10), PERIOD, "2026-05-26", "2026-06-08"),
    _row("after the holidays", date(2026, 3, 10), PERIOD, "2026-04-06", "2026-04-17", "gb"),
    # --- filler around the time expression
    _row("We'll be in touch in two weeks", WED, ON, "2026-12-02", "2026-12-02"),
    _row("we hope to decide within 10 business days", WED, BY, "2026-11-19", "2026-12-03"),
    _row("probably by mid-July", WED, BY, "2026-11-19", "2027-07-15"),
    _row("I’d say 2-3 weeks", WED, RANGE, "2026-12-02", "2026-12-09"),
    _row("We’ll get back to you by Friday", WED, BY, "2026-11-19", "2026-11-20"),
    _row("  SOMETIME IN AUGUST  ", WED, PERIOD, "2027-08-02", "2027-08-31"),
    _row("in touch soon, probably next week", FRI, PERIOD, "2026-11-23", "2026-11-27"),
    # --- no timeline given
    _row("we will be in touch", WED, NONE),
    _row("We’ll let you know", WED, NONE),
    _row("we’ll get back to you", WED, NONE),
    _row("no timeline yet", WED, NONE),
    _row("not sure yet", WED, NONE),
    _row("soon", WED, NONE),
    _row("shortly", WED, NONE),
    _row("ASAP", WED, NONE),
    _row("as soon as possible", WED, NONE),
    _row("I don’t know", WED, NONE),
    # --- nothing readable: the user is asked for a structured answer
    _row("hello there", WED, UNKNOWN),
    _row("12/05", WED, UNKNOWN),  # US or UK order?
    _row("by July", WED, UNKNOWN),  # start or end?
    _row("before the holidays", WED, UNKNOWN),
    _row("in 0 days", WED, UNKNOWN),
    _row("2025-01-01", WED, UNKNOWN),  # before said_on
    _row("end of May 2026", date(2026, 6, 1), UNKNOWN),
    _row("February 30", WED, UNKNOWN),
    _row("the 45th", WED, UNKNOWN),
]


@pytest.mark.parametrize(("phrase", "said_on", "country", "kind", "earliest", "latest"), READINGS)
def test_phrase_reads_as_business_day_window(
    phrase: str,
    said_on: date,
    country: str,
    kind: PhraseKind,
    earliest: str | None,
    latest: str | None,
) -> None:
    reading = _read(phrase, said_on, country)
    assert (reading.kind, reading.earliest, reading.latest) == (
        kind,
        None if earliest is None else date.fromisoformat(earliest),
        None if latest is None else date.fromisoformat(latest),
    ), reading.explanation
    assert reading.explanation


@pytest.mark.parametrize(
    ("phrase", "said_on", "country", "message"),
    [
        pytest.param("", WED, "US", "phrase is empty", id="empty"),
        pytest.param("  \t\n ", WED, "US", "phrase is empty", id="whitespace-only"),
        pytest.param("x" * 201, WED, "US", "201 characters long; the limit is 200", id="too-long"),
        pytest.param("in two weeks", WED, "XX", "unknown country code 'XX'", id="unknown-country"),
        pytest.param("in two weeks", WED, "", "unknown country code ''", id="blank-country"),
        pytest.param("tomorrow", date(1800, 1, 1), "US", "outside the years", id="said-on-1800"),
    ],
)
def test_unreadable_input_is_a_phrase_error(
    phrase: str, said_on: date, country: str, message: str
) -> None:
    with pytest.raises(PhraseError, match=message):
        _read(phrase, said_on, country)


def test_phrase_of_exactly_200_characters_is_accepted() -> None:
    assert _read("in two weeks".ljust(200)).kind is ON


def test_lowercase_country_is_accepted_and_stored_upper() -> None:
    assert _read("by Friday", WED, "gb").country == "GB"


def test_reading_keeps_the_phrase_and_said_on() -> None:
    reading = _read("  in two weeks ")
    assert (reading.phrase, reading.said_on) == ("in two weeks", WED)


def test_reading_is_frozen() -> None:
    with pytest.raises(ValueError, match="frozen"):
        _read("in two weeks").kind = BY  # type: ignore[misc]


def test_moved_date_names_the_holiday() -> None:
    assert "Thanksgiving Day" in _read("tomorrow", date(2026, 11, 25)).explanation
    assert "Christmas Day" in _read("in two weeks", date(2026, 12, 11)).explanation


def test_deadline_moved_back_names_the_holiday_and_says_so() -> None:
    why = _read("by Saturday", date(2026, 7, 1)).explanation
    assert "Independence Day" in why
    assert "moves back" in why


def test_weekend_move_is_explained() -> None:
    assert "weekend" in _read("December 5").explanation


def test_counting_business_days_names_the_skipped_holiday() -> None:
    assert "Thanksgiving Day" in _read("within 10 business days").explanation


def test_which_friday_is_stated() -> None:
    assert "next Friday after it was said" in _read("by Friday").explanation
    assert "Friday of next calendar week" in _read("next Friday").explanation


def test_assumed_year_is_stated() -> None:
    assert "no year was given" in _read("sometime in August").explanation.lower()


def test_holiday_assumption_is_stated() -> None:
    assert "Memorial Day" in _read("after the holidays", date(2026, 3, 10)).explanation
    assert "year-end holidays" in _read("after the holidays").explanation


def test_time_words_win_over_in_touch_words() -> None:
    assert _read("we'll let you know by Friday").kind is BY


def test_no_timeline_suggests_asking_to_check_in() -> None:
    why = _read("we will be in touch").explanation
    assert "No date was set" in why
    assert "check in" in why


def test_unrecognised_asks_for_a_structured_answer() -> None:
    assert "structured answer" in _read("hello there").explanation
    assert "before the day it was said" in _read("2025-01-01").explanation


def test_explanation_is_at_most_two_sentences() -> None:
    for phrase in ("by Saturday", "a few days", "sometime in August", "this week"):
        why = _read(phrase, SAT).explanation
        assert why.count(". ") <= 1, why


# --- properties -------------------------------------------------------------------------

RECOGNISED = [
    "in two weeks", "by mid-July", "end of next week", "by the end of next week",
    "within 10 business days", "early next month", "mid-March", "late October", "end of May",
    "a couple of weeks", "a few weeks", "a few days", "a week or two", "by Friday",
    "next Friday", "Monday", "2-3 weeks", "by the 20th", "the 31st", "tomorrow", "today",
    "sometime in August", "by the end of the quarter", "next quarter", "by the end of the month",
    "end of the year", "this week", "next week", "next month", "after the holidays",
    "in the new year", "December 5", "Feb 29", "by Saturday", "before Friday",
]  # fmt: skip
DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))
COUNTRIES = st.sampled_from(["US", "GB", "DE", "JP"])


@settings(max_examples=300, deadline=None, database=None)
@given(phrase=st.sampled_from(RECOGNISED), said_on=DAYS, country=COUNTRIES)
def test_recognised_window_is_business_days_from_said_on(
    phrase: str, said_on: date, country: str
) -> None:
    reading = _read(phrase, said_on, country)
    assert reading.earliest is not None
    assert reading.latest is not None
    assert said_on - timedelta(days=1) < reading.earliest <= reading.latest
    assert is_business_day(reading.earliest, country=country)
    assert is_business_day(reading.latest, country=country)
    if reading.kind is BY:
        assert reading.earliest == add_business_days(said_on, 1, country=country)


@settings(max_examples=300, deadline=None, database=None)
@given(phrase=st.text(min_size=1, max_size=200).filter(str.strip), said_on=DAYS)
def test_any_text_gets_some_reading(phrase: str, said_on: date) -> None:
    reading = _read(phrase, said_on)
    dateless = reading.kind in (NONE, UNKNOWN)
    assert dateless == (reading.earliest is None) == (reading.latest is None)
