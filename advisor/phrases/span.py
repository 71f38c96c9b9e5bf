"""What one time expression names, before the words around it (by, after, maybe...) are applied."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import IntEnum, StrEnum

from advisor.dates import DateStyle
from advisor.workdays import split_place

__all__ = ["Confidence", "Context", "NotADateError", "Shape", "Span"]


class Confidence(StrEnum):
    """How sure the reader is that it read the words as they were meant."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        return {"high": 2, "medium": 1, "low": 0}[self.value]

    def at_most(self, other: Confidence) -> Confidence:
        return self if self.rank <= other.rank else other


class Shape(IntEnum):
    """What sort of stretch a span is, which decides how its window is described."""

    DAY = 1  # one named day: "Friday", "the 12th", "in two weeks"
    AMOUNT = 2  # a spread of amounts after it was said: "2-3 weeks", "a few days"
    STRETCH = 3  # a stretch of calendar: "next week", "mid-March", "Q1"
    DEADLINE = 4  # already a deadline: "within 10 working days"


class NotADateError(Exception):
    """A time expression was found, but names no usable day; the message says why."""


@dataclass(frozen=True)
class Context:
    """What a family needs besides the words: when and where it was said."""

    said_on: date
    country: str  # the place: "CA", or "CA-ON" with the region whose holidays count too
    deadline: bool = False  # "by ...": pick the occurrence whose deadline is still ahead
    anchor: date | None = None  # a day named earlier in the answer, for "the week after"
    relative: bool = False  # "then give us a week": amounts count from the anchor
    style: DateStyle = DateStyle.DAY_FIRST  # how the reader of the notes writes a date

    @property
    def nation(self) -> str:
        """The country alone, for rules that hold country-wide (date order, financial year)."""
        return split_place(self.country)[0]


@dataclass(frozen=True)
class Span:
    """The days one expression can mean, and how it was taken.

    `due` is the day "by <this>" means when that is not the last day ("by mid-July" is the 15th).
    """

    start: date
    end: date
    how: str
    shape: Shape = Shape.DAY
    due: date | None = None
    before_is_end: bool = False  # "before the end of the month" is a deadline of its last day
    notes: tuple[str, ...] = ()
    confidence: Confidence = Confidence.HIGH
    label: str = ""  # what sets this reading apart, when it is one of several
    open_ended: bool = False  # "after that": it opens a window with no end of its own
    anchored: bool = False  # counted from a day named earlier, which it then replaces

    @property
    def deadline_day(self) -> date:
        return self.due or self.end

    def but(self, **changes: object) -> Span:
        return replace(self, **changes)  # type: ignore[arg-type]
