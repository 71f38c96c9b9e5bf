from datetime import date

import pytest
from pydantic import ValidationError

from advisor import (
    Application,
    CompanySize,
    DecisionWindow,
    Industry,
    Source,
    TimingAnswer,
    WindowBasis,
    default_wait,
)
from advisor.phrases import Confidence
from advisor.windows import expected_window, industry_pace, seasonal_slowdowns
from tests.advisor.factories import MONDAY, an_application


@pytest.mark.parametrize(
    ("size", "industry", "expected"),
    [
        (CompanySize.SMALL, Industry.OTHER, (5, 10)),
        (CompanySize.MEDIUM, Industry.OTHER, (10, 15)),
        (CompanySize.UNKNOWN, Industry.OTHER, (10, 15)),
        (CompanySize.LARGE, Industry.OTHER, (10, 20)),
        (CompanySize.MEDIUM, Industry.GOVERNMENT, (23, 34)),  # 53.8 / 23.8 days
        (CompanySize.MEDIUM, Industry.RESTAURANTS_BARS, (5, 8)),  # 10.2 / 23.8, capped at half
        (CompanySize.MEDIUM, Industry.HEALTH, (15, 22)),  # 49 / 33 working days
        (CompanySize.SMALL, Industry.CONSTRUCTION, (3, 5)),  # never under three business days
    ],
)
def test_default_wait_follows_company_size_scaled_by_the_industry_figure(
    size: CompanySize, industry: Industry, expected: tuple[int, int]
) -> None:
    assert default_wait(company_size=size, industry=industry) == expected


def test_industry_pace_names_its_figure_and_source() -> None:
    government = industry_pace(Industry.GOVERNMENT)
    other = industry_pace(Industry.OTHER)

    assert government.source is Source.GLASSDOOR_2017
    assert "53.8 days" in government.sentence
    assert other.stretch == 1.0
    assert other.source is None


def test_a_stated_date_is_the_window() -> None:
    application = an_application(timing="date", decision_date=date(2026, 11, 13))

    window = expected_window(application=application)

    assert (window.earliest, window.latest) == (date(2026, 11, 13), date(2026, 11, 13))
    assert window.basis is WindowBasis.STATED_DATE


def test_a_stated_date_on_a_holiday_moves_to_the_next_business_day() -> None:
    application = an_application(timing="date", decision_date=date(2026, 11, 26))

    window = expected_window(application=application)

    assert window.latest == date(2026, 11, 27)


def test_a_stated_time_frame_is_read_from_the_phrase() -> None:
    application = an_application(timing="time_frame", timing_phrase="within 10 business days")

    window = expected_window(application=application)

    assert window.basis is WindowBasis.STATED_TIME_FRAME
    assert window.latest == date(2026, 11, 17)  # Veterans Day, 11 Nov, is not a business day


@pytest.mark.parametrize("timing", ["in_touch", "non_answer", "did_not_ask"])
def test_without_a_time_frame_the_window_comes_from_company_size(timing: str) -> None:
    application = an_application(timing=timing, company_size="small")

    window = expected_window(application=application)

    assert window.basis is WindowBasis.DEFAULT
    assert (window.earliest, window.latest) == (date(2026, 11, 9), date(2026, 11, 17))
    assert "5 to 10 business days" in window.explanation
    assert Source.FOLLOW_UP_SERIES in window.sources


def test_late_december_widens_a_default_window_by_about_a_week() -> None:
    application = an_application(interview_date=date(2026, 12, 14), today=date(2026, 12, 14))

    window = expected_window(application=application)

    # 15 business days (skipping 25 Dec and 1 Jan) end on 6 Jan, then 5 more for the holidays.
    assert window.latest == date(2027, 1, 13)
    assert "end-of-year holidays" in window.explanation


@pytest.mark.parametrize(
    ("earliest", "latest", "names"),
    [
        (date(2026, 11, 2), date(2026, 11, 20), []),
        (date(2026, 12, 1), date(2026, 12, 21), ["Late December"]),
        (date(2026, 12, 1), date(2026, 12, 19), []),
        (date(2026, 9, 10), date(2026, 9, 22), ["Quarter end (September 2026)"]),
        (date(2027, 1, 2), date(2027, 1, 20), ["Late December"]),
        (date(2027, 1, 3), date(2027, 1, 20), []),
    ],
)
def test_slow_seasons_are_late_december_and_quarter_ends(
    earliest: date, latest: date, names: list[str]
) -> None:
    found = seasonal_slowdowns(earliest=earliest, latest=latest)

    assert [slowdown.name for slowdown in found] == names


def test_a_window_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValidationError, match="cannot end before it starts"):
        DecisionWindow(
            earliest=MONDAY,
            latest=date(2026, 11, 1),
            basis=WindowBasis.DEFAULT,
            explanation="",
            sources=(),
        )


# --- their words: one reading, several, or the one the candidate chose ---------------------------


def _said(phrase: str, **changes: object) -> Application:
    data: dict[str, object] = {
        "company": "Contoso",
        "interview_date": date(2026, 2, 10),
        "country": "CA",
        "timing": TimingAnswer.TIME_FRAME,
        "timing_phrase": phrase,
    }
    return Application.model_validate({**data, **changes})


def test_an_unsure_reading_spans_every_reading_until_one_is_chosen() -> None:
    window = expected_window(application=_said("by 04/03"))

    assert (window.earliest, window.latest) == (date(2026, 2, 11), date(2026, 4, 2))
    assert window.confidence is Confidence.LOW
    assert "allows for every reading" in window.explanation


def test_the_reading_the_candidate_chose_sets_the_window() -> None:
    choice = {"phrase": "by 04/03", "earliest": "2026-02-11", "latest": "2026-03-04"}

    window = expected_window(application=_said("by 04/03", reading_choice=choice))

    assert (window.earliest, window.latest) == (date(2026, 2, 11), date(2026, 3, 4))
    assert window.explanation == "You chose to read “by 04/03” as Wed 11 Feb to Wed 4 Mar."


def test_a_choice_made_for_other_words_no_longer_applies() -> None:
    choice = {"phrase": "by 04/03", "earliest": "2026-02-11", "latest": "2026-03-04"}

    window = expected_window(application=_said("within two weeks", reading_choice=choice))

    assert window.latest == date(2026, 2, 24)
