"""What a reading is: the window, the words it came from, how sure it is, and the other readings."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Self

from pydantic import BaseModel, ConfigDict, model_validator

from advisor.phrases.span import Confidence

__all__ = ["Alternative", "Confidence", "PhraseError", "PhraseKind", "PhraseReading", "ReadPart"]


class PhraseKind(StrEnum):
    """What sort of timing the words gave."""

    ON_DATE = "on_date"  # one expected day: "tomorrow", "in two weeks", "December 5"
    BY_DATE = "by_date"  # a deadline: "by Friday", "within 10 business days"
    RANGE = "range"  # an amount after it was said: "2-3 weeks", "a few days"
    PERIOD = "period"  # a stretch of calendar: "end of next week", "sometime in August"
    NOT_BEFORE = "not_before"  # a first day only: "not before the 20th", "after Easter"
    NO_TIMELINE = "no_timeline"  # "we'll be in touch", "we'll keep you posted"
    UNRECOGNISED = "unrecognised"  # nothing readable; the user picks a structured answer


class PhraseError(ValueError):
    """The phrase, date or country cannot be read at all (as opposed to an unclear phrase)."""


class ReadPart(BaseModel):
    """Some of the interviewer's words, as typed, and what the reader took them to mean."""

    model_config = ConfigDict(frozen=True)

    words: str
    meaning: str


class Alternative(BaseModel):
    """Another way the same words can be read."""

    model_config = ConfigDict(frozen=True)

    kind: PhraseKind
    earliest: date
    latest: date
    label: str  # what sets it apart: "month then day: Fri 3 Apr", "this Friday"


class PhraseReading(BaseModel):
    """How one timing phrase was read, as business days in `country`."""

    model_config = ConfigDict(frozen=True)

    phrase: str
    said_on: date
    country: str
    kind: PhraseKind
    earliest: date | None
    latest: date | None
    explanation: str
    matched: tuple[str, ...] = ()  # the words the window comes from, as typed
    confidence: Confidence = Confidence.HIGH
    alternatives: tuple[Alternative, ...] = ()
    parts: tuple[ReadPart, ...] = ()  # every piece read, and how (the window's and the ignored)
    notes: tuple[str, ...] = ()  # what moved a date or what was assumed, one sentence each

    @model_validator(mode="after")
    def _window_matches_kind(self) -> Self:
        dateless = self.kind in (PhraseKind.NO_TIMELINE, PhraseKind.UNRECOGNISED)
        if dateless != (self.earliest is None) or dateless != (self.latest is None):
            raise ValueError("earliest and latest are None exactly when no date could be read")
        if self.earliest and self.latest and self.earliest > self.latest:
            raise ValueError("earliest must not be after latest")
        return self

    @property
    def has_window(self) -> bool:
        return self.earliest is not None
