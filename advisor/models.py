"""The plan: the applications a candidate follows up on, with what was said in each interview."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from enum import StrEnum
from typing import Annotated, Any, Literal, Self, TypeVar
from uuid import uuid4

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from advisor.dates import DateStyle
from advisor.events import Event
from advisor.phrases import PhraseError, PhraseKind, parse_timeline_phrase
from advisor.plain_text import one_line
from advisor.terms import RATED_CRITERIA, Criterion, Pay, Weights
from advisor.workdays import place_code, region_code, supported_countries, supported_regions

__all__ = [
    "MAX_APPLICATIONS",
    "Application",
    "CompanySize",
    "Industry",
    "InterviewFormat",
    "Interviewer",
    "Plan",
    "ReadingChoice",
    "Round",
    "Signal",
    "TimingAnswer",
]

MAX_APPLICATIONS = 100
_A_YEAR = timedelta(days=365)


ShortText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=80),
    AfterValidator(one_line),
]
RequiredText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=80),
    AfterValidator(one_line),
]


class CompanySize(StrEnum):
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return {
            "small": "Small (under 50 people)",
            "medium": "Medium (50–1,000 people)",
            "large": "Large (over 1,000 people)",
            "unknown": "Not sure",
        }[self.value]


class Industry(StrEnum):
    """Industries for which a published figure says how long hiring usually takes."""

    OTHER = "other"
    GOVERNMENT = "government"
    AEROSPACE_DEFENSE = "aerospace_defense"
    ENERGY_UTILITIES = "energy_utilities"
    RESTAURANTS_BARS = "restaurants_bars"
    SUPERMARKETS = "supermarkets"
    CONSTRUCTION = "construction"
    PROFESSIONAL_SERVICES = "professional_services"
    INFORMATION = "information"
    FINANCIAL = "financial"
    HEALTH = "health"

    @property
    def label(self) -> str:
        return _INDUSTRY_LABELS[self]


_INDUSTRY_LABELS: dict[Industry, str] = {
    Industry.OTHER: "Other / not listed",
    Industry.GOVERNMENT: "Government and public sector",
    Industry.AEROSPACE_DEFENSE: "Aerospace and defence",
    Industry.ENERGY_UTILITIES: "Energy and utilities",
    Industry.RESTAURANTS_BARS: "Restaurants and bars",
    Industry.SUPERMARKETS: "Supermarkets and grocery",
    Industry.CONSTRUCTION: "Construction",
    Industry.PROFESSIONAL_SERVICES: "Professional services (consulting, legal, accounting)",
    Industry.INFORMATION: "Technology, media and telecoms",
    Industry.FINANCIAL: "Finance and insurance",
    Industry.HEALTH: "Health care",
}


class Round(StrEnum):
    SCREEN = "screen"
    FIRST = "first"
    SECOND = "second"
    FINAL = "final"

    @property
    def label(self) -> str:
        return {
            "screen": "Screening call",
            "first": "First interview",
            "second": "Second or later interview",
            "final": "Final interview",
        }[self.value]


class InterviewFormat(StrEnum):
    PHONE = "phone"
    VIDEO = "video"
    IN_PERSON = "in_person"
    PANEL = "panel"
    PRESENTATION = "presentation"

    @property
    def label(self) -> str:
        return {
            "phone": "Phone",
            "video": "Video call",
            "in_person": "In person, one to one",
            "panel": "Panel",
            "presentation": "Presentation or assessment",
        }[self.value]


class TimingAnswer(StrEnum):
    """What the interviewer said when asked about the decision."""

    DATE = "date"
    TIME_FRAME = "time_frame"
    IN_TOUCH = "in_touch"
    NON_ANSWER = "non_answer"
    DID_NOT_ASK = "did_not_ask"

    @property
    def label(self) -> str:
        return {
            "date": "They named a date",
            "time_frame": "They gave a time frame",
            "in_touch": "“We will be in touch”",
            "non_answer": "A polite non-answer",
            "did_not_ask": "I did not ask",
        }[self.value]


class Signal(StrEnum):
    """Something that happened in the interview and hints at the outcome."""

    LONG_AND_DETAILED = "long_and_detailed"
    RAN_OVER_TIME = "ran_over_time"
    NEXT_STEPS_DISCUSSED = "next_steps_discussed"
    MET_THE_TEAM = "met_the_team"
    TIMELINE_GIVEN = "timeline_given"
    REFERENCES_REQUESTED = "references_requested"
    SHORT_INTERVIEW = "short_interview"
    DISTRACTED_INTERVIEWER = "distracted_interviewer"
    FEW_QUESTIONS_ABOUT_YOU = "few_questions_about_you"

    @property
    def label(self) -> str:
        return _SIGNAL_LABELS[self]

    @property
    def is_positive(self) -> bool:
        return self not in _NEGATIVE_SIGNALS


_SIGNAL_LABELS: dict[Signal, str] = {
    Signal.LONG_AND_DETAILED: "Long and detailed, with in-depth questions",
    Signal.RAN_OVER_TIME: "Ran over the planned time",
    Signal.NEXT_STEPS_DISCUSSED: "Next steps or future projects discussed",
    Signal.MET_THE_TEAM: "I was introduced to team members",
    Signal.TIMELINE_GIVEN: "They described the next stages",
    Signal.REFERENCES_REQUESTED: "They asked for references",
    Signal.SHORT_INTERVIEW: "Much shorter than planned",
    Signal.DISTRACTED_INTERVIEWER: "The interviewer seemed distracted",
    Signal.FEW_QUESTIONS_ABOUT_YOU: "Few questions about my experience",
}
_NEGATIVE_SIGNALS = frozenset(
    {Signal.SHORT_INTERVIEW, Signal.DISTRACTED_INTERVIEWER, Signal.FEW_QUESTIONS_ABOUT_YOU}
)


class Interviewer(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: ShortText = ""
    title: ShortText = ""


def _new_id() -> str:
    return uuid4().hex[:8]


class ReadingChoice(BaseModel):
    """The reading of their words that the candidate chose, when the reader offered several.

    It holds for the words it was chosen for: once `timing_phrase` changes, it no longer applies.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    phrase: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
    earliest: date
    latest: date

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.latest < self.earliest:
            raise ValueError("the chosen reading ends before it starts")
        return self


class Application(BaseModel):
    """One interview being followed up on.

    Validate with ``Application.model_validate(data, context={"today": today})`` to also check
    dates against today; without that context only the date relations are checked.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(default_factory=_new_id, pattern=r"^[a-z0-9]{4,32}$")
    company: RequiredText
    role: ShortText = ""
    interviewer: Interviewer = Interviewer()
    interview_date: date
    round: Round = Round.FIRST
    format: InterviewFormat = InterviewFormat.VIDEO
    company_size: CompanySize = CompanySize.UNKNOWN
    industry: Industry = Industry.OTHER
    country: str = "US"
    # A province, state or land with holidays (and rules) of its own: "ON", "BW"; "" for none.
    region: str = ""
    recruiter: bool = False
    no_calls: bool = False
    email_invited: bool = False
    call_back_on: date | None = None
    timing: TimingAnswer = TimingAnswer.DID_NOT_ASK
    # validate_default: "they named a date" or "a time frame" with nothing entered must be caught.
    decision_date: date | None = Field(default=None, validate_default=True)
    timing_phrase: Annotated[
        str,
        StringConstraints(strip_whitespace=True, max_length=200),
        AfterValidator(one_line),
    ] = Field(default="", validate_default=True)
    reading_choice: ReadingChoice | None = None  # which reading of `timing_phrase` they meant
    signals: frozenset[Signal] = frozenset()
    topic: ShortText = ""  # something specific discussed, for the message drafts
    strength: ShortText = ""  # what sets the candidate apart, for the message drafts
    events: tuple[Event, ...] = Field(default=(), max_length=200)
    # For the offers page: the offer's pay (or an estimate while waiting) and the candidate's
    # 1-5 ratings; `compare_estimate` puts a still-pending application in the comparison.
    pay: Pay = Pay()
    ratings: dict[Criterion, Annotated[int, Field(ge=1, le=5)]] = Field(default_factory=dict)
    compare_estimate: bool = False

    @field_validator("ratings")
    @classmethod
    def _pay_is_not_rated(cls, value: dict[Criterion, int]) -> dict[Criterion, int]:
        if any(criterion not in RATED_CRITERIA for criterion in value):
            raise ValueError("pay is scored from the amounts, not rated")
        return value

    @field_validator("events")
    @classmethod
    def _events_after_interview(
        cls, value: tuple[Event, ...], info: ValidationInfo
    ) -> tuple[Event, ...]:
        interview = info.data.get("interview_date")
        if isinstance(interview, date) and any(event.on < interview for event in value):
            raise ValueError("a logged answer cannot come before the interview")
        if isinstance(interview, date) and any(e.on > interview + _A_YEAR for e in value):
            raise ValueError("a logged answer is more than a year after the interview")
        return tuple(sorted(value, key=lambda event: event.on))

    @field_validator("interview_date")
    @classmethod
    def _interview_within_a_year_of_today(cls, value: date, info: ValidationInfo) -> date:
        today = _today_from(info)
        if today is not None and value > today + _A_YEAR:
            raise ValueError("this is more than a year away: check the year")
        if today is not None and value < today - _A_YEAR:
            raise ValueError("this is more than a year ago: check the year")
        return value

    @field_validator("country", mode="before")
    @classmethod
    def _known_country(cls, value: object) -> object:
        if isinstance(value, str):
            value = value.strip().upper()
            if value not in supported_countries():
                raise ValueError(f"{value!r} is not a country we have a holiday calendar for")
        return value

    @field_validator("region", mode="before")
    @classmethod
    def _known_region(cls, value: object, info: ValidationInfo) -> object:
        if not isinstance(value, str) or "country" not in info.data:
            return value
        typed = value.strip()
        if not typed:
            return ""
        country = info.data["country"]
        regions = supported_regions(country)
        found = region_code(country, typed)
        if found is None:
            found = next((c for c, name in regions.items() if name.lower() == typed.lower()), None)
        if found is None:
            choices = f"one of {', '.join(regions)}" if regions else "none: it has no regions"
            raise ValueError(f"{typed!r} is not a region of {country} with holidays; {choices}")
        return found

    @property
    def place(self) -> str:
        """Where its working days are counted: the country, and its region if one is chosen."""
        return place_code(self.country, self.region)

    @field_validator("call_back_on")
    @classmethod
    def _call_back_after_interview(cls, value: date | None, info: ValidationInfo) -> date | None:
        if value is None:
            return value
        if info.data.get("no_calls"):
            raise ValueError(
                "you also ticked that they asked you not to call: untick one of the two"
            )
        _check_after_interview(value, info)
        return value

    @field_validator("decision_date")
    @classmethod
    def _decision_date_after_interview(
        cls, value: date | None, info: ValidationInfo
    ) -> date | None:
        if value is None:
            if info.data.get("timing") == TimingAnswer.DATE:
                raise ValueError("enter the date they gave, or pick another answer")
            return value
        _check_after_interview(value, info)
        return value

    @field_validator("timing_phrase")
    @classmethod
    def _time_frame_is_readable(cls, value: str, info: ValidationInfo) -> str:
        data = info.data
        if data.get("timing") != TimingAnswer.TIME_FRAME or "interview_date" not in data:
            return value
        if not value:
            raise ValueError("type the time frame as they said it, e.g. “in two weeks”")
        try:
            reading = parse_timeline_phrase(
                phrase=value,
                said_on=data["interview_date"],
                country=place_code(data.get("country", "US"), data.get("region", "")),
            )
        except PhraseError as error:
            raise ValueError(str(error)) from None
        if reading.kind is PhraseKind.UNRECOGNISED:
            raise ValueError(
                "we could not read a time frame in this; reword it (e.g. “within two weeks”), "
                "or pick “They named a date” or another answer"
            )
        if reading.kind is PhraseKind.NO_TIMELINE:
            raise ValueError(
                "this sets no time frame; pick “We will be in touch” or “A polite non-answer”"
            )
        return value

    @field_validator("reading_choice")
    @classmethod
    def _chosen_reading_after_interview(
        cls, value: ReadingChoice | None, info: ValidationInfo
    ) -> ReadingChoice | None:
        if value is not None:
            _check_after_interview(value.earliest, info)
            _check_after_interview(value.latest, info)
        return value

    @property
    def chosen_reading(self) -> ReadingChoice | None:
        """The reading the candidate chose, while it is still for the words they typed."""
        choice = self.reading_choice
        return choice if choice is not None and choice.phrase == self.timing_phrase else None


_T = TypeVar("_T")


def _from_context(info: ValidationInfo, key: str, kind: type[_T]) -> _T | None:
    """What the caller passed as `key` in `model_validate(..., context=...)`, if of `kind`."""
    context: Any = info.context
    value = context.get(key) if isinstance(context, dict) else None
    return value if isinstance(value, kind) else None


def _today_from(info: ValidationInfo) -> date | None:
    return _from_context(info, "today", date)


def _style_from(info: ValidationInfo) -> DateStyle:
    """How the reader writes dates, when the caller says (`context={"date_style": ...}`)."""
    return _from_context(info, "date_style", DateStyle) or DateStyle.DAY_FIRST


def _check_after_interview(value: date, info: ValidationInfo) -> None:
    interview = info.data.get("interview_date")
    if not isinstance(interview, date):
        return
    if value < interview:
        raise ValueError(f"this is before the interview ({_style_from(info).short(interview)})")
    if value > interview + _A_YEAR:
        raise ValueError("this is more than a year after the interview: check the year")


class Plan(BaseModel):
    """Everything the candidate is following up on: the single source of truth in a session."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    # 2 added offers: pay, ratings, preference, weights and the example title. Files and links of
    # version 1 still load (advisor.plan_file migrates them).
    schema_version: Literal[2] = 2
    candidate_name: ShortText = ""  # signs the message drafts
    example: ShortText = ""  # the title of the ready-made case this plan came from, if any
    applications: tuple[Application, ...] = Field(default=(), max_length=MAX_APPLICATIONS)
    preference: tuple[str, ...] = ()  # application ids, first choice first
    weights: Weights = Weights()  # how the candidate weighs offers against each other

    @field_validator("applications")
    @classmethod
    def _ids_are_unique(cls, value: tuple[Application, ...]) -> tuple[Application, ...]:
        ids = [application.id for application in value]
        if len(ids) != len(set(ids)):
            raise ValueError("two applications share an id")
        return value

    @field_validator("preference")
    @classmethod
    def _ranks_known_applications_once(
        cls, value: tuple[str, ...], info: ValidationInfo
    ) -> tuple[str, ...]:
        if len(value) != len(set(value)):
            raise ValueError("an application is ranked twice")
        known = {application.id for application in info.data.get("applications", ())}
        if any(application_id not in known for application_id in value):
            raise ValueError("a ranked application is not in the plan")
        return value

    def get(self, application_id: str) -> Application | None:
        return next((a for a in self.applications if a.id == application_id), None)

    def with_application(self, application: Application) -> Plan:
        """This plan with `application` replacing the one of the same id, or added at the end."""
        if self.get(application.id) is None:
            if len(self.applications) >= MAX_APPLICATIONS:
                raise ValueError(f"a plan holds at most {MAX_APPLICATIONS} applications")
            return self.model_copy(update={"applications": (*self.applications, application)})
        replaced = tuple(application if a.id == application.id else a for a in self.applications)
        return self.model_copy(update={"applications": replaced})

    def signed_by(self, name: str) -> Plan:
        """This plan with its drafts signed `name`; raises ValidationError (naming the field
        `candidate_name`) as the field's own check does. Only the name is checked: the rest is
        valid already, and checking it again took 180 ms for a plan of 100 applications."""
        signed = self.model_copy()
        type(self).__pydantic_validator__.validate_assignment(signed, "candidate_name", name)
        return signed

    def without(self, application_id: str) -> Plan:
        kept = tuple(a for a in self.applications if a.id != application_id)
        ranked = tuple(i for i in self.preference if i != application_id)
        return self.model_copy(update={"applications": kept, "preference": ranked})

    def with_fresh_ids(self) -> Plan:
        """This plan with new application ids (the ranking follows them): a copy of an example
        is then its own, and its calendar events never collide with another copy's."""
        return self.with_ids({application.id: _new_id() for application in self.applications})

    def with_ids(self, new_ids: Mapping[str, str]) -> Plan:
        """This plan with each application's id replaced by `new_ids[id]`, the ranking too."""
        applications = tuple(a.model_copy(update={"id": new_ids[a.id]}) for a in self.applications)
        preference = tuple(new_ids[i] for i in self.preference)
        return self.model_copy(update={"applications": applications, "preference": preference})

    def ranked(self) -> tuple[Application, ...]:
        """The ranked applications, first choice first (unranked ones are left out)."""
        found = (self.get(application_id) for application_id in self.preference)
        return tuple(application for application in found if application is not None)

    def rank_of(self, application_id: str) -> int | None:
        """1 for the first choice, 2 for the second...; None when not ranked."""
        if application_id not in self.preference:
            return None
        return self.preference.index(application_id) + 1
