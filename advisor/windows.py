"""The expected decision window: from what the interviewer said, or from published figures."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, model_validator

from advisor.dates import DateStyle
from advisor.models import Application, CompanySize, Industry, ReadingChoice, TimingAnswer
from advisor.phrases import Confidence, PhraseError, PhraseReading, parse_timeline_phrase
from advisor.sources import Source
from advisor.workdays import add_business_days, roll_back, roll_forward

__all__ = [
    "DecisionWindow",
    "IndustryPace",
    "Slowdown",
    "WindowBasis",
    "default_wait",
    "expected_window",
    "industry_pace",
    "seasonal_slowdowns",
    "timing_reading",
]

# The whole-process averages behind the industry stretch; see PRODUCT.md "Figures".
GLASSDOOR_AVERAGE_DAYS = 23.8
_GLASSDOOR_DAYS: dict[Industry, float] = {
    Industry.GOVERNMENT: 53.8,
    Industry.AEROSPACE_DEFENSE: 32.6,
    Industry.ENERGY_UTILITIES: 28.8,
    Industry.RESTAURANTS_BARS: 10.2,
    Industry.SUPERMARKETS: 12.3,
}
_DHI_WORKING_DAYS: dict[Industry, float] = {
    Industry.CONSTRUCTION: 12.7,
    Industry.PROFESSIONAL_SERVICES: 25.2,
    Industry.INFORMATION: 33.0,
    Industry.FINANCIAL: 44.7,
    Industry.HEALTH: 49.0,
}
# DHI's list also has Leisure & Hospitality (20.7) and Government (40.9); the middle of all seven.
DHI_MEDIAN_WORKING_DAYS = 33.0
# Keep a single figure from stretching a two-week wait past reason (or shrinking it to nothing).
_STRETCH_BOUNDS = (0.5, 2.5)

# Business days after the interview, before any industry stretch.
_BASE_WAIT: dict[CompanySize, tuple[int, int]] = {
    CompanySize.SMALL: (5, 10),
    CompanySize.MEDIUM: (10, 15),
    CompanySize.UNKNOWN: (10, 15),
    CompanySize.LARGE: (10, 20),
}
_BASE_REASON: dict[CompanySize, str] = {
    CompanySize.SMALL: (
        "Small companies often decide much faster than the usual two weeks, "
        "so we expect one to two weeks"
    ),
    CompanySize.MEDIUM: (
        "A decision usually takes about two weeks, and waiting two to three weeks "
        "before asking is common advice"
    ),
    CompanySize.UNKNOWN: (
        "A decision usually takes about two weeks, and waiting two to three weeks "
        "before asking is common advice"
    ),
    CompanySize.LARGE: (
        "At large companies the usual two weeks often stretches, because more people "
        "and more layers of approval are involved, so we expect two to four weeks"
    ),
}
_BASE_SOURCES: dict[CompanySize, tuple[Source, ...]] = {
    CompanySize.SMALL: (Source.FOLLOW_UP_SERIES,),
    CompanySize.MEDIUM: (Source.FOLLOW_UP_SERIES, Source.WHEN_TO_FOLLOW_UP),
    CompanySize.UNKNOWN: (Source.FOLLOW_UP_SERIES, Source.WHEN_TO_FOLLOW_UP),
    CompanySize.LARGE: (Source.FOLLOW_UP_SERIES, Source.WE_WILL_BE_IN_TOUCH),
}


class WindowBasis(StrEnum):
    STATED_DATE = "stated_date"
    STATED_TIME_FRAME = "stated_time_frame"
    DEFAULT = "default"


class DecisionWindow(BaseModel):
    """When a decision can be expected, and why we think so."""

    model_config = ConfigDict(frozen=True)

    earliest: date
    latest: date
    basis: WindowBasis
    explanation: str
    sources: tuple[Source, ...]
    # How sure the reading of their words is; LOW means the window spans every reading offered.
    confidence: Confidence = Confidence.HIGH

    @model_validator(mode="after")
    def _ordered(self) -> DecisionWindow:
        if self.latest < self.earliest:
            raise ValueError("a decision window cannot end before it starts")
        return self


class IndustryPace(BaseModel):
    """How much slower or faster an industry hires than the average, by a published figure."""

    model_config = ConfigDict(frozen=True)

    stretch: float
    sentence: str
    source: Source | None


def industry_pace(industry: Industry) -> IndustryPace:
    """The stretch factor applied to the usual wait for `industry`, with the figure behind it."""
    low, high = _STRETCH_BOUNDS
    if industry in _GLASSDOOR_DAYS:
        days = _GLASSDOOR_DAYS[industry]
        ratio = days / GLASSDOOR_AVERAGE_DAYS
        sentence = (
            f"{industry.label} hiring took {days:g} days from start to finish on average, "
            f"against {GLASSDOOR_AVERAGE_DAYS:g} across all industries"
        )
        source: Source | None = Source.GLASSDOOR_2017
    elif industry in _DHI_WORKING_DAYS:
        days = _DHI_WORKING_DAYS[industry]
        ratio = days / DHI_MEDIAN_WORKING_DAYS
        sentence = (
            f"{industry.label} vacancies stayed open {days:g} working days on average, "
            f"against a middle value of {DHI_MEDIAN_WORKING_DAYS:g} across the industries measured"
        )
        source = Source.DHI_JOLTS_2017
    else:
        return IndustryPace(stretch=1.0, sentence="", source=None)
    return IndustryPace(stretch=min(high, max(low, ratio)), sentence=sentence, source=source)


class Slowdown(BaseModel):
    """A season that slows hiring down, and how many business days we add for it."""

    model_config = ConfigDict(frozen=True)

    name: str
    extra_business_days: int
    reason: str
    source: Source = Source.WE_WILL_BE_IN_TOUCH


_QUARTER_END_MONTHS = (3, 6, 9, 12)


def seasonal_slowdowns(*, earliest: date, latest: date) -> tuple[Slowdown, ...]:
    """The slow seasons that a wait from `earliest` to `latest` runs into.

    Late December (the 20th to the 2nd of January) adds about a week; the last ten days of a
    calendar quarter add three business days. Both amounts are our own allowance for the slowdown
    the article describes, not published figures.
    """
    found: list[Slowdown] = []
    late_december = False
    for year in range(earliest.year - 1, latest.year + 1):
        start, end = date(year, 12, 20), date(year + 1, 1, 2)
        if earliest <= end and latest >= start:
            found.append(
                Slowdown(
                    name="Late December",
                    extra_business_days=5,
                    reason=(
                        "The wait runs into the end-of-year holidays, when hiring teams are "
                        "away and decisions slow down [E]; we allow about a week more (our own "
                        "allowance: no source gives a length)."
                    ),
                    source=Source.OUR_READING,
                )
            )
            late_december = True
            break
    for year in range(earliest.year, latest.year + 1):
        for month in _QUARTER_END_MONTHS:
            if month == 12 and late_december:
                continue  # the same days: count the slowdown once
            start = date(year, month, 21)
            end = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
            if earliest < end and latest >= start:
                found.append(
                    Slowdown(
                        name=f"Quarter end ({start:%B %Y})",
                        extra_business_days=3,
                        reason=(
                            "The wait runs into the end of a quarter, when managers are busy "
                            "with targets and reports [E]; we allow three more business days "
                            "(our own allowance)."
                        ),
                        source=Source.OUR_READING,
                    )
                )
                return tuple(found)
    return tuple(found)


def default_wait(*, company_size: CompanySize, industry: Industry) -> tuple[int, int]:
    """Business days after the interview within which a decision is expected, if none was stated."""
    low, high = _BASE_WAIT[company_size]
    stretch = industry_pace(industry).stretch
    earliest = max(3, round(low * stretch))
    return earliest, max(earliest + 2, round(high * stretch))


def expected_window(
    *, application: Application, date_style: DateStyle = DateStyle.DAY_FIRST
) -> DecisionWindow:
    """The decision window for `application`: the stated one if there is one, else a default;
    the dates in its explanation written in `date_style`."""
    return _window(_Asked.of(application), date_style)


def timing_reading(
    application: Application, *, date_style: DateStyle = DateStyle.DAY_FIRST
) -> PhraseReading | None:
    """How the interviewer's words about timing read, when they gave a time frame."""
    return _reading(_Asked.of(application), date_style)


class _Asked(NamedTuple):
    """All of an application that its window depends on: hashable, unlike the application."""

    timing: TimingAnswer
    decision_date: date | None
    phrase: str
    chosen: ReadingChoice | None
    said_on: date
    place: str
    size: CompanySize
    industry: Industry

    @classmethod
    def of(cls, application: Application) -> _Asked:
        return cls(
            timing=application.timing,
            decision_date=application.decision_date,
            phrase=application.timing_phrase,
            chosen=application.chosen_reading,
            said_on=application.interview_date,
            place=application.place,
            size=application.company_size,
            industry=application.industry,
        )


# The schedule, the offer stage and the questionnaire each ask for an application's window on
# every rerun; its words are read, and its window worked out, once.
@lru_cache(maxsize=4096)
def _window(asked: _Asked, style: DateStyle) -> DecisionWindow:
    if asked.timing is TimingAnswer.DATE and asked.decision_date is not None:
        day = roll_forward(asked.decision_date, country=asked.place)
        return DecisionWindow(
            earliest=day,
            latest=day,
            basis=WindowBasis.STATED_DATE,
            explanation=f"They said they would decide by {style.long(asked.decision_date)}.",
            sources=(Source.ASK_OFFER,),
        )
    reading = _reading(asked, style)
    if reading is not None and reading.earliest is not None and reading.latest is not None:
        return _stated_window(asked, reading, (reading.earliest, reading.latest), style)
    return _default_window(asked)


@lru_cache(maxsize=4096)
def _reading(asked: _Asked, style: DateStyle) -> PhraseReading | None:
    if asked.timing is not TimingAnswer.TIME_FRAME or not asked.phrase:
        return None
    try:
        return parse_timeline_phrase(
            phrase=asked.phrase, said_on=asked.said_on, country=asked.place, date_style=style
        )
    except PhraseError:
        return None  # a saved application's phrase was checked when it was saved


def _stated_window(
    asked: _Asked,
    reading: PhraseReading,
    window: tuple[date, date],
    style: DateStyle,
) -> DecisionWindow:
    """Their words' window: the reading chosen, the one reading, or all of them while unsure."""
    earliest, latest = window
    chosen = asked.chosen
    sources = (Source.FOLLOW_UP_SERIES,)
    basis = WindowBasis.STATED_TIME_FRAME
    if chosen is not None:
        span = _span_words(chosen.earliest, chosen.latest, asked.said_on, style)
        return DecisionWindow(
            earliest=chosen.earliest,
            latest=chosen.latest,
            basis=basis,
            explanation=f"You chose to read “{reading.phrase}” as {span}.",
            sources=sources,
        )
    explanation, confidence = reading.explanation, reading.confidence
    if confidence is Confidence.LOW and reading.alternatives:
        earliest = min(earliest, *(a.earliest for a in reading.alternatives))
        latest = max(latest, *(a.latest for a in reading.alternatives))
        span = _span_words(earliest, latest, asked.said_on, style)
        explanation += (
            f" Until you choose how they meant it, the plan allows for every reading: {span}."
        )
    return DecisionWindow(
        earliest=earliest,
        latest=latest,
        basis=basis,
        explanation=explanation,
        sources=sources,
        confidence=confidence,
    )


def _span_words(earliest: date, latest: date, said_on: date, style: DateStyle) -> str:
    if earliest == latest:
        return style.short(earliest, year_of=said_on)
    return f"{style.short(earliest, year_of=said_on)} to {style.short(latest, year_of=said_on)}"


def _default_window(asked: _Asked) -> DecisionWindow:
    size, industry, country = asked.size, asked.industry, asked.place
    low, high = default_wait(company_size=size, industry=industry)
    start = asked.said_on
    pace = industry_pace(industry)
    sentences = [f"No time frame was given. {_BASE_REASON[size]}."]
    sources = list(_BASE_SOURCES[size])
    if pace.source is not None:
        sentences.append(
            f"{pace.sentence}, so we scaled the wait by the same ratio (×{pace.stretch:.1f})."
        )
        sources.append(pace.source)
    sentences.append(
        f"Our own estimate from these figures puts a decision {low} to {high} business days "
        "after the interview, skipping weekends and public holidays."
    )
    sources.append(Source.OUR_READING)
    earliest = add_business_days(start, low, country=country)
    latest = roll_back(add_business_days(start, high, country=country), country=country)
    for slowdown in seasonal_slowdowns(earliest=earliest, latest=latest):
        latest = add_business_days(latest, slowdown.extra_business_days, country=country)
        sentences.append(slowdown.reason)
        sources.append(slowdown.source)
    return DecisionWindow(
        earliest=earliest,
        latest=latest,
        basis=WindowBasis.DEFAULT,
        explanation=" ".join(sentences),
        sources=tuple(dict.fromkeys(sources)),
    )
