"""Offers in the plan, and how each offer's deadline falls against the preferred decisions.

An offer is the latest "they made an offer" entry of an application's log, so the timeline and
the offers page always agree. Usage::

    application = record_offer(application=a, received_on=day, deadline=None, today=today)
    for timing in timing_picture(plan=plan, today=today): ...
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from functools import partial

from pydantic import BaseModel, ConfigDict, ValidationError

from advisor.dates import DateStyle
from advisor.events import Event, EventKind, outcome_of
from advisor.kept import KeptPerApplication
from advisor.models import Application, Plan
from advisor.sources import Source
from advisor.windows import DecisionWindow, WindowBasis, expected_window
from advisor.workdays import add_business_days

__all__ = [
    "ASSUMED_OFFER_DAYS",
    "Gap",
    "Offer",
    "OfferError",
    "OfferTiming",
    "TimingCase",
    "is_waiting",
    "offer_deadline",
    "offer_of",
    "record_offer",
    "timing_picture",
    "withdraw_offer",
]

ASSUMED_OFFER_DAYS = 3  # "a few days" to consider an offer [C], when no deadline was given


class OfferError(ValueError):
    """An offer that cannot be recorded; the message starts with the field's label."""


class Offer(BaseModel):
    """An offer in hand: when it came and by when the employer wants an answer."""

    model_config = ConfigDict(frozen=True)

    application_id: str
    received_on: date
    deadline: date
    deadline_assumed: bool  # no deadline was given: ASSUMED_OFFER_DAYS business days


def offer_deadline(event: Event, *, country: str) -> tuple[date, bool]:
    """The deadline of an offer entry, and whether it is our assumption rather than theirs."""
    if event.offer_deadline is not None:
        return event.offer_deadline, False
    return add_business_days(event.on, ASSUMED_OFFER_DAYS, country=country), True


# What each application's log ended with, read once while the application object lives: the
# offers page asks every application several times a run, and a log holds up to 200 entries.
_OFFERS: KeptPerApplication[Offer | None] = KeptPerApplication(1024)
_ENDINGS: KeptPerApplication[Event | None] = KeptPerApplication(1024)


def offer_of(application: Application) -> Offer | None:
    """The offer `application` holds, if its latest outcome is an offer."""
    return _OFFERS.get(application, (), partial(_offer_in_log, application))


def _offer_in_log(application: Application) -> Offer | None:
    ending = _ending(application)
    if ending is None or ending.kind is not EventKind.OFFER:
        return None
    deadline, assumed = offer_deadline(ending, country=application.place)
    return Offer(
        application_id=application.id,
        received_on=ending.on,
        deadline=deadline,
        deadline_assumed=assumed,
    )


def is_waiting(application: Application) -> bool:
    """True while no offer and no rejection has been logged."""
    return _ending(application) is None


def _ending(application: Application) -> Event | None:
    return _ENDINGS.get(application, (), partial(outcome_of, application.events))


def record_offer(
    *,
    application: Application,
    received_on: date | None,
    deadline: date | None,
    today: date,
    date_style: DateStyle = DateStyle.DAY_FIRST,
) -> Application:
    """`application` holding an offer received on `received_on`, replacing any earlier offer.

    Raises OfferError naming the field: no day it came, an offer from the future, before the
    interview, or with a deadline before it arrived.
    """
    long_date = date_style.long
    if received_on is None:
        raise OfferError("Offer received on: enter the day the offer came")
    if received_on > today:
        raise OfferError("Offer received on: this is in the future; enter the day it came")
    if received_on < application.interview_date:
        raise OfferError(
            f"Offer received on: this is before the interview "
            f"({long_date(application.interview_date)})"
        )
    if deadline is not None and deadline < received_on:
        raise OfferError(
            f"Reply by: this is before the offer arrived ({long_date(received_on)}); "
            "check the date, or leave it empty if they gave none"
        )
    kept = [e for e in application.events if e.kind is not EventKind.OFFER]
    offer = Event(kind=EventKind.OFFER, on=received_on, offer_deadline=deadline)
    data = {**application.model_dump(), "events": [e.model_dump() for e in (*kept, offer)]}
    try:
        return Application.model_validate(data)
    except ValidationError as error:  # e.g. the log is full
        raise OfferError(f"Offer: {error.errors()[0]['msg']}") from None


def withdraw_offer(*, application: Application) -> Application:
    """`application` without any offer entry (entered by mistake, or the offer was withdrawn)."""
    kept = tuple(e for e in application.events if e.kind is not EventKind.OFFER)
    return application.model_copy(update={"events": kept})


class TimingCase(StrEnum):
    """Where a preferred employer's expected decision falls against an offer's deadline."""

    BEFORE = "before"  # the whole window ends by the deadline
    MAYBE = "maybe"  # the window straddles the deadline
    AFTER = "after"  # the window starts after the deadline
    UNKNOWN = "unknown"  # they gave no time frame, or their window passed without word

    @property
    def label(self) -> str:
        return {
            "before": "Decides before the deadline",
            "maybe": "May decide after the deadline",
            "after": "Decides after the deadline",
            "unknown": "Timing unknown",
        }[self.value]


class Gap(BaseModel):
    """One preferred application's expected decision against one offer's deadline."""

    model_config = ConfigDict(frozen=True)

    application_id: str
    rank: int  # 1 is the first choice
    window: DecisionWindow
    deadline: date
    case: TimingCase
    # Calendar days from the deadline to the end of the expected window: positive means the
    # decision may come that many days after the offer expires, negative leaves days to spare.
    days_after_deadline: int
    summary: str
    sources: tuple[Source, ...]


class OfferTiming(BaseModel):
    """An offer and the applications the candidate would rather hear from first."""

    model_config = ConfigDict(frozen=True)

    offer: Offer
    rank: int | None
    gaps: tuple[Gap, ...]  # best-ranked first; empty when nothing preferred is still waiting


def _case(window: DecisionWindow, deadline: date, today: date) -> TimingCase:
    if window.basis is WindowBasis.DEFAULT or window.latest < today:
        return TimingCase.UNKNOWN
    if window.latest <= deadline:
        return TimingCase.BEFORE
    if window.earliest <= deadline:
        return TimingCase.MAYBE
    return TimingCase.AFTER


def _days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"


def _summary(
    company: str,
    window: DecisionWindow,
    deadline: date,
    case: TimingCase,
    today: date,
    style: DateStyle,
) -> str:
    after, long_date = (window.latest - deadline).days, style.long
    by = long_date(window.latest)
    if case is TimingCase.BEFORE:
        spare = f"{_days(-after)} before" if after else "on the day of"
        return f"{company} expects to decide by {by}, {spare} the deadline."
    if case is TimingCase.MAYBE:
        return (
            f"{company} expects to decide between {long_date(window.earliest)} and {by}: "
            f"possibly up to {_days(after)} after the deadline."
        )
    if case is TimingCase.AFTER and window.earliest == window.latest:
        return f"{company} expects to decide on {by}, {_days(after)} after the deadline."
    if case is TimingCase.AFTER:
        return (
            f"{company} expects to decide from {long_date(window.earliest)} to {by}, "
            f"{_days((window.earliest - deadline).days)} or more after the deadline."
        )
    if window.latest < today:
        return (
            f"{company} expected to decide by {by}, which has passed without news: "
            "their timing is now unknown."
        )
    relation = f"{_days(after)} after" if after > 0 else "by"
    return (
        f"{company} gave no time frame. At the usual pace they would decide by {by}, "
        f"{relation} the deadline, but that is only an estimate."
    )


def _gap(application: Application, rank: int, offer: Offer, today: date, style: DateStyle) -> Gap:
    window = expected_window(application=application, date_style=style)
    case = _case(window, offer.deadline, today)
    return Gap(
        application_id=application.id,
        rank=rank,
        window=window,
        deadline=offer.deadline,
        case=case,
        days_after_deadline=(window.latest - offer.deadline).days,
        summary=_summary(application.company, window, offer.deadline, case, today, style),
        sources=window.sources,
    )


def timing_picture(
    *, plan: Plan, today: date, date_style: DateStyle = DateStyle.DAY_FIRST
) -> tuple[OfferTiming, ...]:
    """Every offer in `plan`, soonest deadline first, against the applications ranked above it
    (dates in the summaries written in `date_style`).

    An unranked offer counts as ranked below every ranked application.
    """
    timings: list[OfferTiming] = []
    # The same for every offer, so worked out once: each offer looks at every ranked application.
    ranked = plan.ranked()
    waiting = {a.id for a in ranked if is_waiting(a)}
    rank_of = {application_id: i + 1 for i, application_id in enumerate(plan.preference)}
    for application in plan.applications:
        offer = offer_of(application)
        if offer is None:
            continue
        rank = rank_of.get(application.id)
        above = ranked if rank is None else ranked[: rank - 1]
        gaps = tuple(
            _gap(preferred, rank_of[preferred.id], offer, today, date_style)
            for preferred in above
            if preferred.id in waiting
        )
        timings.append(OfferTiming(offer=offer, rank=rank, gaps=gaps))
    return tuple(sorted(timings, key=lambda t: (t.offer.deadline, t.offer.application_id)))
