"""A reading: its errors, what it says about itself, the words it quotes and its other readings."""

from __future__ import annotations

from datetime import date

import pytest

from advisor.phrases import (
    Confidence,
    PhraseError,
    PhraseKind,
    PhraseReading,
    parse_timeline_phrase,
)

TUE = date(2026, 2, 10)
WED = date(2026, 11, 18)  # the week before US Thanksgiving (Thursday 2026-11-26)


def _read(phrase: str, said_on: date = TUE, country: str = "GB") -> PhraseReading:
    return parse_timeline_phrase(phrase=phrase, said_on=said_on, country=country)


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
    assert _read("in two weeks".ljust(200)).kind is PhraseKind.ON_DATE


def test_lowercase_country_is_accepted_and_stored_upper() -> None:
    assert _read("by Friday", WED, "gb").country == "GB"


def test_reading_keeps_the_phrase_and_said_on() -> None:
    reading = _read("  in two weeks ")

    assert (reading.phrase, reading.said_on) == ("in two weeks", TUE)


def test_reading_is_frozen() -> None:
    with pytest.raises(ValueError, match="frozen"):
        _read("in two weeks").kind = PhraseKind.BY_DATE  # type: ignore[misc]


def test_the_words_read_are_quoted_as_typed_not_as_cleaned() -> None:
    reading = _read("Great to meet you - we'll decide by  Thursdya, maybe a bit after")

    assert reading.matched == ("by  Thursdya", "maybe a bit after")


def test_small_talk_is_listed_as_read_and_set_aside() -> None:
    reading = _read("Great to meet you this morning - we'll decide within three weeks")

    parts = {part.words: part.meaning for part in reading.parts}
    assert "not the decision" in parts["this morning"]
    assert reading.matched == ("within three weeks",)


def test_each_hedge_says_how_far_it_moves_the_window() -> None:
    reading = _read("by the end of next week, maybe a bit after", WED, "US")

    parts = {part.words: part.meaning for part in reading.parts}
    assert parts["by the end of next week"] == "a deadline of Fri 27 Nov"
    assert parts["maybe a bit after"].startswith("it may run over: up to Tue 1 Dec")
    assert "our allowance" in parts["maybe a bit after"]
    assert reading.latest == date(2026, 12, 1)


@pytest.mark.parametrize(
    ("phrase", "hedge", "latest"),
    [
        pytest.param("by Friday", "", "2026-02-13", id="no-hedge"),
        pytest.param("hopefully by Friday", "a hope, not a promise", "2026-02-17", id="hope"),
        pytest.param("by Friday, give or take", "a little either side", "2026-02-17", id="around"),
        pytest.param("by Friday or sooner", "possibly sooner", "2026-02-13", id="sooner"),
        pytest.param(
            "by Friday, depending on sign-off",
            "depends on something else",
            "2026-02-18",
            id="condition",
        ),
        pytest.param(
            "hopefully Friday, Monday at the latest", "firm last day", "2026-02-16", id="firm"
        ),
    ],
)
def test_hedges_widen_or_tighten_the_window_and_say_so(
    phrase: str, hedge: str, latest: str
) -> None:
    reading = _read(phrase)

    assert reading.latest == date.fromisoformat(latest), reading.explanation
    assert hedge in reading.explanation


def test_a_holiday_that_moves_a_date_is_named() -> None:
    assert "Thanksgiving Day" in _read("tomorrow", date(2026, 11, 25), "US").explanation
    assert "Christmas Day" in _read("in two weeks", date(2026, 12, 11), "US").explanation


def test_a_deadline_moved_back_says_so_and_names_the_holiday() -> None:
    why = _read("by Saturday", date(2026, 7, 1), "US").explanation

    assert "Independence Day" in why
    assert "moves back" in why


def test_an_assumed_year_is_stated() -> None:
    assert "no year was given" in _read("by 4 March").explanation.lower()


def test_a_holiday_from_another_calendar_is_stated_and_less_sure() -> None:
    reading = _read("after Diwali", date(2026, 10, 19), "GB")

    assert "comes from IN's calendar" in reading.explanation
    assert reading.confidence is Confidence.MEDIUM


def test_an_allowance_of_our_own_is_labelled_as_ours() -> None:
    assert "our own allowance" in _read("shortly").explanation


def test_no_timeline_suggests_asking_to_check_in() -> None:
    why = _read("we will be in touch").explanation

    assert "No date was set" in why
    assert "check in" in why


def test_unrecognised_asks_for_a_structured_answer_and_says_why() -> None:
    assert "structured answer" in _read("hello there").explanation
    assert "before the day it was said" in _read("2025-01-01").explanation
    assert "about the past" in _read("We opened this role three weeks ago").explanation


def test_an_ambiguous_date_offers_both_readings() -> None:
    reading = _read("by 04/03", TUE, "CA")

    assert reading.confidence is Confidence.LOW
    assert reading.latest == date(2026, 3, 4)
    assert [(a.label, a.latest) for a in reading.alternatives] == [
        ("month then day", date(2026, 4, 2))
    ]


def test_next_friday_said_early_in_the_week_offers_this_friday_too() -> None:
    reading = _read("next Friday")

    assert (reading.latest, reading.confidence) == (date(2026, 2, 20), Confidence.MEDIUM)
    assert [(a.label, a.latest) for a in reading.alternatives] == [
        ("this Friday", date(2026, 2, 13))
    ]


def test_two_times_named_cover_both_and_offer_each() -> None:
    reading = _read("feedback by Friday, final decision in three weeks")

    assert (reading.earliest, reading.latest) == (date(2026, 2, 11), date(2026, 3, 3))
    assert {a.latest for a in reading.alternatives} == {date(2026, 2, 13), date(2026, 3, 3)}


def test_a_local_order_date_is_sure_but_still_offers_the_other() -> None:
    reading = _read("by 04/03")

    assert reading.confidence is Confidence.HIGH
    assert reading.alternatives[0].label == "month then day"


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        pytest.param("Nothing will happen before the 20th", PhraseKind.NOT_BEFORE, id="not-before"),
        pytest.param("by the 20th", PhraseKind.BY_DATE, id="deadline"),
        pytest.param("the 20th", PhraseKind.ON_DATE, id="one-day"),
        pytest.param("2-3 weeks", PhraseKind.RANGE, id="amounts"),
        pytest.param("next week", PhraseKind.PERIOD, id="stretch"),
    ],
)
def test_the_kind_says_what_sort_of_timing_was_given(phrase: str, kind: PhraseKind) -> None:
    assert _read(phrase).kind is kind


def test_a_lower_bound_sets_the_first_day() -> None:
    reading = _read("Nothing will happen before the 20th")

    assert (reading.earliest, reading.latest) == (date(2026, 2, 20), date(2026, 2, 27))
    assert "not before Fri 20 Feb" in reading.explanation
