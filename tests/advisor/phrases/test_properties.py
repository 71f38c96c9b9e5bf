"""Rules that hold for every reading: order, no day before it was said, no weekend or holiday,
and small talk, casing and spacing never change what is read."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.phrases import PhraseKind, PhraseReading, parse_timeline_phrase
from advisor.workdays import is_business_day
from tests.advisor.phrases.test_phrase_table import WINDOWS

PHRASES = sorted({param.values[0] for param in WINDOWS})  # type: ignore[attr-defined]
# the years every country's calendar in the holidays package covers
DAYS = st.dates(min_value=date(2010, 1, 1), max_value=date(2034, 12, 31))
COUNTRIES = st.sampled_from(["US", "GB", "IN", "AU", "CA", "DE", "JP", "NZ"])
GREETINGS = st.sampled_from(
    ["", "Thanks so much for coming in today. ", "Great to meet you this morning - ",
     "Lovely to chat! ", "Thank you for your time. "]
)  # fmt: skip
SIGN_OFFS = st.sampled_from(["", " Thanks again!", " Have a great weekend.", " Take care."])


def _read(phrase: str, said_on: date, country: str) -> PhraseReading:
    return parse_timeline_phrase(phrase=phrase, said_on=said_on, country=country)


def _window(reading: PhraseReading) -> tuple[object, ...]:
    others = tuple((a.earliest, a.latest) for a in reading.alternatives)
    return (reading.kind, reading.earliest, reading.latest, reading.confidence, others)


@settings(max_examples=400, deadline=None, database=None)
@given(phrase=st.sampled_from(PHRASES), said_on=DAYS, country=COUNTRIES)
def test_a_window_is_ordered_starts_no_earlier_than_said_and_avoids_days_off(
    phrase: str, said_on: date, country: str
) -> None:
    reading = _read(phrase, said_on, country)

    if reading.earliest is None or reading.latest is None:
        return
    assert said_on <= reading.earliest <= reading.latest
    assert is_business_day(reading.earliest, country=country)
    assert is_business_day(reading.latest, country=country)
    assert (reading.latest - said_on).days <= 366
    for other in reading.alternatives:
        assert said_on <= other.earliest <= other.latest
        assert is_business_day(other.latest, country=country)


@settings(max_examples=300, deadline=None, database=None)
@given(
    phrase=st.sampled_from(PHRASES),
    said_on=DAYS,
    country=COUNTRIES,
    greeting=GREETINGS,
    sign_off=SIGN_OFFS,
)
def test_a_greeting_or_thanks_around_the_words_never_changes_the_reading(
    phrase: str, said_on: date, country: str, greeting: str, sign_off: str
) -> None:
    plain = _read(phrase, said_on, country)
    wrapped = f"{greeting}{phrase.strip()}{sign_off}"

    assert _window(_read(wrapped, said_on, country)) == _window(plain)


@settings(max_examples=300, deadline=None, database=None)
@given(phrase=st.sampled_from(PHRASES), said_on=DAYS, casing=st.sampled_from(["upper", "title"]))
def test_casing_and_extra_spaces_never_change_the_reading(
    phrase: str, said_on: date, casing: str
) -> None:
    changed = " ".join(getattr(phrase, casing)().split()).replace(" ", "   ")

    assert _window(_read(changed, said_on, "GB")) == _window(_read(phrase, said_on, "GB"))


@settings(max_examples=500, deadline=None, database=None)
@given(phrase=st.text(min_size=1, max_size=200).filter(str.strip), said_on=DAYS)
def test_any_text_gets_a_reading_and_never_an_exception(phrase: str, said_on: date) -> None:
    reading = _read(phrase, said_on, "GB")

    dateless = reading.kind in (PhraseKind.NO_TIMELINE, PhraseKind.UNRECOGNISED)
    assert dateless == (reading.earliest is None) == (reading.latest is None)


WORDS = st.sampled_from(
    ["by", "the", "end", "of", "next", "week", "friday", "mid", "march", "2", "weeks", "not",
     "before", "after", "easter", "and", "between", "20th", "maybe", "later", "then", "04/03",
     "q1", "within", "a", "fortnight", "hopefully", "at", "latest", "-", ",", "until", "away",
     "decide", "interviewing", "on", "monday", "ago", "so", "or", "3", "days", "christmas",
     # words that once ended in a traceback: "within working week", "away until 9999-12-31"
     "working", "business", "month", "hours", "9999-12-31", "0001-01-01", "diwali", "eod",
     "travelling", "back", "year", "she", "is", "sooner", "than"]
)  # fmt: skip


@settings(max_examples=500, deadline=None, database=None)
@given(words=st.lists(WORDS, min_size=1, max_size=14), said_on=DAYS, country=COUNTRIES)
def test_any_mix_of_time_words_reads_without_an_exception_and_within_the_calendar(
    words: list[str], said_on: date, country: str
) -> None:
    reading = _read(" ".join(words), said_on, country)

    if reading.earliest is not None and reading.latest is not None:
        assert said_on <= reading.earliest <= reading.latest
        assert is_business_day(reading.latest, country=country)
