import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hyp

from advisor import (
    DateStyle,
    Plan,
    country_of_locale,
    date_style,
    date_style_of_environment,
    date_style_of_locale,
    interpret,
    numeric_date_format,
    parse_timeline_phrase,
)
from advisor.agenda import agenda
from advisor.dates import spoken_date
from advisor.events import StepKind
from advisor.examples import Example, examples
from advisor.offers import timing_picture
from advisor.walkthrough import walkthrough
from tests.advisor.factories import MONDAY, TODAY, an_application
from tests.advisor.plans import plans
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


DAY, MONTH = DateStyle.DAY_FIRST, DateStyle.MONTH_FIRST
WED_2_DEC = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("style", "day", "year_of", "shown"),
    [
        (DAY, WED_2_DEC, WED_2_DEC, "Wed 2 Dec"),
        (MONTH, WED_2_DEC, WED_2_DEC, "Wed, Dec 2"),
        (DAY, WED_2_DEC, None, "Wed 2 Dec 2026"),  # no year to compare with: the year is shown
        (MONTH, WED_2_DEC, None, "Wed, Dec 2, 2026"),
        (DAY, date(2027, 1, 4), WED_2_DEC, "Mon 4 Jan 2027"),  # another year than the reference
        (MONTH, date(2027, 1, 4), WED_2_DEC, "Mon, Jan 4, 2027"),
        (DAY, date(2026, 5, 31), WED_2_DEC, "Sun 31 May"),
        (MONTH, date(2026, 9, 14), WED_2_DEC, "Mon, Sep 14"),
    ],
)
def test_a_short_date_puts_day_and_month_in_the_readers_order_with_the_year_only_when_needed(
    style: DateStyle, day: date, year_of: date | None, shown: str
) -> None:
    assert style.short(day, year_of=year_of) == shown


@pytest.mark.parametrize(
    ("style", "year", "shown"),
    [
        (DAY, False, "Wednesday 2 December"),
        (MONTH, False, "Wednesday, December 2"),
        (DAY, True, "Wednesday 2 December 2026"),
        (MONTH, True, "Wednesday, December 2, 2026"),
    ],
)
def test_a_long_date_spells_out_the_day_and_month_in_the_readers_order(
    style: DateStyle, year: bool, shown: str
) -> None:
    assert style.long(WED_2_DEC, year=year) == shown


@pytest.mark.parametrize(
    ("style", "first", "last", "shown"),
    [
        (DAY, WED_2_DEC, WED_2_DEC, "Wed 2 Dec"),  # one day is not a span
        (DAY, WED_2_DEC, date(2026, 12, 4), "Wed 2 Dec – Fri 4 Dec"),
        (MONTH, WED_2_DEC, date(2026, 12, 4), "Wed, Dec 2 – Fri, Dec 4"),
        (DAY, WED_2_DEC, date(2027, 1, 4), "Wed 2 Dec – Mon 4 Jan 2027"),
    ],
)
def test_a_span_names_both_ends_in_the_readers_order(
    style: DateStyle, first: date, last: date, shown: str
) -> None:
    assert style.span(first, last, year_of=WED_2_DEC) == shown


def test_day_and_month_alone_keep_the_readers_order() -> None:
    assert (DAY.day_and_month(WED_2_DEC), MONTH.day_and_month(WED_2_DEC)) == ("2 Dec", "Dec 2")


def test_dates_are_written_in_english_whatever_the_servers_locale() -> None:
    # the names come from the app's own table, not from strftime and the C library's locale
    assert DAY.long(date(2026, 11, 2)) == "Monday 2 November"


@pytest.mark.parametrize(
    ("place", "style"),
    [
        ("GB", DAY),
        ("IN", DAY),
        ("DE-BW", DAY),
        ("AU", DAY),
        ("IL", DAY),
        ("US", MONTH),
        ("us-tx", MONTH),
        ("PH", MONTH),
        ("JP", MONTH),  # English in Japan: "Wed, Dec 2"
        ("CA", MONTH),  # numeric dates go both ways there; in words the month comes first
        (None, DAY),
        ("", DAY),
    ],
)
def test_a_country_decides_whether_the_day_or_the_month_comes_first(
    place: str | None, style: DateStyle
) -> None:
    assert date_style(place) is style


@pytest.mark.parametrize(
    ("locale", "style"),
    [
        ("en-US", MONTH),
        ("es-US", MONTH),
        ("en-GB", DAY),
        ("en-IN", DAY),
        ("hi-IN", DAY),
        ("de-DE", DAY),
        ("en-AU", DAY),
        ("zh-Hant-TW", MONTH),
        ("en_PH", MONTH),
        ("en", DAY),  # no country named: the order most of the world uses
        ("en-419", DAY),  # a region of the world, not a country
        ("", DAY),
        (None, DAY),
        ("not a locale", DAY),
    ],
)
def test_the_browsers_language_setting_decides_how_the_pages_write_dates(
    locale: str | None, style: DateStyle
) -> None:
    assert date_style_of_locale(locale) is style


@pytest.mark.parametrize(
    ("environ", "style"),
    [
        ({"LANG": "en_US.UTF-8"}, MONTH),
        ({"LANG": "en_GB.UTF-8"}, DAY),
        ({"LANG": "en_GB.UTF-8", "LC_TIME": "en_US.UTF-8"}, MONTH),  # LC_TIME is the one for dates
        ({"LANG": "en_US.UTF-8", "LC_ALL": "en_GB.UTF-8"}, DAY),  # LC_ALL overrides both
        ({"LANG": "C.UTF-8"}, DAY),
        ({"LANG": "", "LC_TIME": ""}, DAY),
        ({}, DAY),
    ],
)
def test_a_terminals_locale_decides_how_the_command_line_writes_dates(
    environ: dict[str, str], style: DateStyle
) -> None:
    assert date_style_of_environment(environ) is style


_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
WRITTEN = {
    DAY: re.compile(rf"\b{_WEEKDAY} \d{{1,2}} {_MONTH}\b"),  # "Wed 2 Dec", "Wednesday 2 December"
    MONTH: re.compile(rf"\b{_WEEKDAY}, {_MONTH} \d{{1,2}}\b"),  # "Wed, Dec 2"
}
# What the candidate typed, and the drafts, which are written the employer's way
_NOT_THE_READERS = frozenset(("draft", "script", "offer_from", "first_choice", "phrase", "words"))
_QUOTED = re.compile(r"“[^”]*”")


def _sentences(value: object) -> list[str]:
    """Every sentence in a dumped model, leaving out the candidate's words and the drafts."""
    if isinstance(value, str):
        return [_QUOTED.sub("“…”", value)]
    if isinstance(value, dict):
        return [s for k, v in value.items() if k not in _NOT_THE_READERS for s in _sentences(v)]
    if isinstance(value, list | tuple):
        return [s for item in value for s in _sentences(item)]
    return []


def everything_the_pages_say(plan: Plan, style: DateStyle) -> list[str]:
    """The advice for every application in `plan`, its offers included, with dates in `style`."""
    said: list[object] = [agenda(plan=plan, today=TODAY, date_style=style)]
    said += [interpret(application=a, today=TODAY, date_style=style) for a in plan.applications]
    for timing in timing_picture(plan=plan, today=TODAY, date_style=style):
        said += [timing, walkthrough(plan=plan, timing=timing, today=TODAY, date_style=style)]
    return _sentences([s.model_dump(mode="json") for s in said])  # type: ignore[attr-defined]


@pytest.mark.parametrize("style", list(DateStyle))
@pytest.mark.parametrize("example", examples(today=TODAY), ids=lambda e: e.key)
def test_every_sentence_of_every_example_writes_its_dates_the_readers_way(
    example: Example, style: DateStyle
) -> None:
    other = MONTH if style is DAY else DAY

    said = " ".join(everything_the_pages_say(example.plan, style))

    assert WRITTEN[style].search(said), "the example's advice names no date at all"
    assert not WRITTEN[other].findall(said)


@settings(max_examples=60, deadline=None)
@given(plan=plans(), style=hyp.sampled_from(DateStyle))
def test_no_plan_gets_advice_with_a_date_written_the_other_way(
    plan: Plan, style: DateStyle
) -> None:
    other = MONTH if style is DAY else DAY

    said = everything_the_pages_say(plan, style)

    assert not [s for s in said if WRITTEN[other].search(s)]
