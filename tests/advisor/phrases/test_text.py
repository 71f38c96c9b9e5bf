"""Normalising an answer: what the patterns see, and the interviewer's words kept for quoting."""

from __future__ import annotations

import pytest

from advisor.phrases.text import normalise


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        pytest.param("By  FRIDAY", "by friday", id="casing-and-spaces"),
        pytest.param("We’ll decide – soon", "we'll decide - soon", id="typographic-marks"),
        pytest.param("within three weeks", "within 3 weeks", id="number-in-words"),
        pytest.param("twenty-one days", "21 days", id="hyphenated-number"),
        pytest.param("twenty one days", "21 days", id="spaced-number"),
        pytest.param("by the twelfth", "by the 12th", id="ordinal-in-words"),
        pytest.param("the twenty-first", "the 21st", id="hyphenated-ordinal"),
        pytest.param("by thursdya", "by thursday", id="transposed-letters"),
        pytest.param("by wendesday", "by wednesday", id="swapped-letters"),
        pytest.param("tommorow", "tomorrow", id="doubled-consonant"),
        pytest.param("nxt wk", "next week", id="shorthand"),
        pytest.param("in 2 hrs", "in 2 hours", id="hours-shorthand"),
        pytest.param("before xmas", "before christmas", id="xmas"),
        pytest.param("by thurs", "by thursday", id="short-weekday"),
        pytest.param("w/c 16th", "w/c 16th", id="slash-kept-tight"),
        pytest.param("04/03", "04/03", id="numeric-date-kept"),
    ],
)
def test_normalising_reads_what_people_type(typed: str, read: str) -> None:
    assert normalise(typed).text == read


@pytest.mark.parametrize(
    "word",
    ["when", "match", "mouth", "weekly", "monthly", "decided", "eastern", "yours", "latent"],
)
def test_real_words_near_a_time_word_are_not_corrected(word: str) -> None:
    assert normalise(word).text == word.lower()
    assert normalise(word).corrections == ()


def test_a_corrected_typo_is_recorded_as_typed() -> None:
    assert normalise("By Thursdya").corrections == (("Thursdya", "thursday"),)


def test_quote_gives_back_the_words_as_typed() -> None:
    phrase = "We'll   decide by  Thursdya, maybe"
    normalised = normalise(phrase)

    start = normalised.text.index("by thursday")
    end = start + len("by thursday")

    assert normalised.quote(phrase, start, end) == "by  Thursdya"


def test_quote_of_a_number_in_words_is_the_words() -> None:
    phrase = "in twenty-one days"
    normalised = normalise(phrase)

    assert normalised.quote(phrase, 0, len(normalised.text)) == "in twenty-one days"
