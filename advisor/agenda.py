"""The agenda: every dated action across the plan, in the order to do them.

This is the one place that says what to do next. The start page, the questionnaire's "do this
today", the timeline, the offers page's next step, the calendar file and ``python -m advisor
agenda`` all read it, so no two of them can disagree. It joins each application's follow-up
schedule with the offer stage, which spans applications: tell an employer you prefer about an
offer before its deadline, ask the offering employer for a little more time, decide by the
deadline.

Usage::

    plan_agenda = agenda(plan=plan, today=today)
    plan_agenda.next_action            # the first open action, or None
    plan_agenda.for_application("a1")  # one application's actions, in order
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cached_property

from pydantic import BaseModel, ConfigDict, PrivateAttr

from advisor.dates import DateStyle
from advisor.drafts import Draft, draft_of
from advisor.events import Channel, EventKind, StepKind
from advisor.kept import KeptPerApplication
from advisor.models import Application, Plan
from advisor.offer_scripts import ScriptKind, offer_script
from advisor.offers import Offer, OfferTiming, timing_picture
from advisor.schedule import FollowUpStep, Schedule, StepStatus, follow_up_schedule
from advisor.sources import Source
from advisor.walkthrough import NextStep, next_step_for
from advisor.windows import DecisionWindow
from advisor.workdays import roll_back

__all__ = ["Action", "ActionStatus", "Agenda", "Track", "agenda"]

# Follow-ups to an employer: once an offer elsewhere must be answered, telling them about it
# takes their place.
_CONTACTS = (StepKind.FIRST_FOLLOW_UP, StepKind.WRITTEN_NOTE, StepKind.SECOND_FOLLOW_UP)
_KIND_ORDER = {kind: index for index, kind in enumerate(StepKind)}


class ActionStatus(StrEnum):
    DONE = "done"
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    UPCOMING = "upcoming"
    DROPPED = "dropped"  # no longer needed; `why` says what replaced it

    @property
    def label(self) -> str:
        return {
            "done": "Done",
            "overdue": "Overdue",
            "due_today": "Due now",
            "upcoming": "Upcoming",
            "dropped": "Dropped",
        }[self.value]

    @property
    def is_open(self) -> bool:
        return self in (ActionStatus.OVERDUE, ActionStatus.DUE_TODAY, ActionStatus.UPCOMING)


_URGENCY = {status: index for index, status in enumerate(ActionStatus)}


class Action(BaseModel):
    """One thing to do for one application, on one day."""

    model_config = ConfigDict(frozen=True)

    application_id: str
    company: str
    kind: StepKind
    # When to do it: the planned day, or today once it is due or overdue (so a reminder can
    # still fire); the day it was done, for a done action.
    date: datetime.date
    planned_on: datetime.date
    due_by: datetime.date  # the last day it is still on time
    status: ActionStatus
    channel: Channel
    title: str
    why: str
    source: Source
    offer_id: str | None = None  # the application whose offer this action is about
    summary: str = ""  # what to do, in one line, when it says more than "title · company"
    # How to write its draft: most drafts are never shown (a page shows one application's, and
    # an answer re-plans its application), so each is written when first asked for.
    _write_draft: Callable[[], Draft] = PrivateAttr()

    @cached_property
    def draft(self) -> Draft:
        """The message or call script for it, filled in from the application."""
        return self._write_draft()

    @property
    def headline(self) -> str:
        return self.summary or f"{self.title} · {self.company}"

    @property
    def is_open(self) -> bool:
        return self.status.is_open


class Track(BaseModel):
    """One application's place on the agenda: its expected decision and how long it has waited."""

    model_config = ConfigDict(frozen=True)

    application_id: str
    window: DecisionWindow
    days_waited: int
    waiting: bool  # no offer and no rejection yet: a decision is still expected


class Agenda(BaseModel):
    """Every action of a plan as of `today`, by day: done ones (in the past), then the open
    ones (from today on, overdue first), with dropped ones on the day they would have been."""

    model_config = ConfigDict(frozen=True)

    today: date
    actions: tuple[Action, ...]
    tracks: tuple[Track, ...]

    @property
    def open_actions(self) -> tuple[Action, ...]:
        return tuple(action for action in self.actions if action.is_open)

    @property
    def next_action(self) -> Action | None:
        return next(iter(self.open_actions), None)

    @cached_property
    def _by_application(self) -> dict[str, tuple[Action, ...]]:
        """Each application's actions in agenda order: sorted out once, not once per ask."""
        mine: dict[str, list[Action]] = {}
        for action in self.actions:
            mine.setdefault(action.application_id, []).append(action)
        return {application_id: tuple(actions) for application_id, actions in mine.items()}

    def for_application(self, application_id: str) -> tuple[Action, ...]:
        """One application's actions by day, done and dropped ones included."""
        mine = self._by_application.get(application_id, ())
        return tuple(sorted(mine, key=lambda a: (a.date, _KIND_ORDER[a.kind])))

    def next_for(self, application_id: str) -> Action | None:
        mine = self._by_application.get(application_id, ())
        return next((a for a in mine if a.is_open), None)

    def next_for_offer(self, offer_id: str) -> Action | None:
        """The first open action about the offer from `offer_id`: telling, asking or deciding."""
        return next((a for a in self.open_actions if a.offer_id == offer_id), None)

    def track(self, application_id: str) -> Track:
        return next(t for t in self.tracks if t.application_id == application_id)


_OwnPart = tuple["Track", tuple["Action", ...]]


def agenda(*, plan: Plan, today: date, date_style: DateStyle = DateStyle.DAY_FIRST) -> Agenda:
    """Every action for every application in `plan`, as of `today`, in the order to do them;
    the dates in their reasons and titles written in `date_style` (the reader's)."""
    actions: list[Action] = []
    tracks: list[Track] = []
    for application in plan.applications:
        track, steps = _own_part(application, plan.candidate_name, today, date_style)
        tracks.append(track)
        actions += steps
    decided = _decided(actions)  # the offer stage adds and drops no decision: read once
    for timing in timing_picture(plan=plan, today=today, date_style=date_style):
        if timing.offer.application_id not in decided:
            actions = _with_offer_stage(actions, plan, timing, today, date_style)
    rank = {application_id: index for index, application_id in enumerate(plan.preference)}
    order = {application.id: index for index, application in enumerate(plan.applications)}
    actions.sort(
        key=lambda a: (
            a.date,
            _URGENCY[a.status],
            a.planned_on,  # the longer overdue, the sooner
            rank.get(a.application_id, len(rank)),
            order[a.application_id],
            _KIND_ORDER[a.kind],
        )
    )
    return Agenda(today=today, actions=tuple(actions), tracks=tuple(tracks))


_OWN_PARTS: KeptPerApplication[_OwnPart] = KeptPerApplication(1024)
_STEPS_DONE: KeptPerApplication[dict[StepKind, tuple[date, ...]]] = KeptPerApplication(1024)
# The schedule alone, kept apart from the name that signs its drafts: a new name re-signs every
# application's actions, but re-plans none of them.
_SCHEDULES: KeptPerApplication[Schedule] = KeptPerApplication(1024)


def _own_part(
    application: Application, candidate_name: str, today: date, date_style: DateStyle
) -> _OwnPart:
    """One application's track and follow-up actions, which depend on nothing else in the
    plan: kept, so a plan of 100 applications where one changed redoes one."""

    def build() -> _OwnPart:
        schedule = _SCHEDULES.get(
            application,
            (today, date_style),
            lambda: follow_up_schedule(application=application, today=today, date_style=date_style),
        )
        track = Track(
            application_id=application.id,
            window=schedule.window,
            days_waited=schedule.days_waited,
            waiting=not schedule.closed,  # no offer and no rejection yet
        )
        steps = (_from_step(step, application, candidate_name, today) for step in schedule.steps)
        return track, tuple(steps)

    return _OWN_PARTS.get(application, (candidate_name, today, date_style), build)


def _status(step: FollowUpStep) -> ActionStatus:
    return ActionStatus(step.status.value)


def _from_step(
    step: FollowUpStep, application: Application, candidate_name: str, today: date
) -> Action:
    open_ = step.status is not StepStatus.DONE
    offer = _offer_id(application, step.kind)
    action = Action(
        application_id=application.id,
        company=application.company,
        kind=step.kind,
        date=max(step.date, today) if open_ else step.date,
        planned_on=step.date,
        due_by=step.due_by,
        status=_status(step),
        channel=step.channel,
        title=step.title,
        why=step.why,
        source=step.source,
        offer_id=offer,
    )
    action._write_draft = _FollowUpDraft(step.kind, step.channel, application, candidate_name)
    return action


@dataclass(frozen=True)
class _FollowUpDraft:
    """How to write a follow-up step's draft (equal for equal steps, as the agenda compares
    equal when built twice from one plan)."""

    kind: StepKind
    channel: Channel
    application: Application
    candidate_name: str

    def __call__(self) -> Draft:
        return draft_of(
            kind=self.kind,
            channel=self.channel,
            application=self.application,
            candidate_name=self.candidate_name,
        )


@dataclass(frozen=True)
class _OfferDraft:
    """How to write an offer-stage action's draft: its script, to whom it goes."""

    kind: StepKind
    script: ScriptKind
    offer_from: Application
    offer: Offer
    first_choice: Application | None
    extension_to: date | None
    candidate_name: str

    def __call__(self) -> Draft:
        script = offer_script(
            kind=self.script,
            offer_from=self.offer_from,
            offer=self.offer,
            first_choice=self.first_choice,
            extension_to=self.extension_to,
            candidate_name=self.candidate_name,
        )
        return Draft(
            kind=self.kind,
            channel=Channel.EMAIL,
            title=f"{script.title} (to {script.to})",
            subject=script.subject,
            body=script.body,
        )


def _offer_id(application: Application, kind: StepKind) -> str | None:
    return application.id if kind is StepKind.OFFER_DECISION else None


def _done_on(application: Application, kind: StepKind, since: date) -> date | None:
    """The day a step of `kind` was marked done on or after `since`, if it was."""
    days = _steps_done(application).get(kind, ())
    return next((day for day in reversed(days) if day >= since), None)


def _steps_done(application: Application) -> dict[StepKind, tuple[date, ...]]:
    """The days each step was marked done, in the order logged: read once per application, as
    the offer stage asks about each employer ranked above each offer (and a plan holds up to
    100 applications with 200 logged entries each)."""

    def build() -> dict[StepKind, tuple[date, ...]]:
        days: dict[StepKind, list[date]] = {}
        for event in application.events:
            if event.kind is EventKind.STEP_DONE and event.step is not None:
                days.setdefault(event.step, []).append(event.on)
        return {kind: tuple(on) for kind, on in days.items()}

    return _STEPS_DONE.get(application, (), build)


def _with_offer_stage(
    actions: list[Action], plan: Plan, timing: OfferTiming, today: date, style: DateStyle
) -> list[Action]:
    """`actions` with what `timing`'s offer asks for: each employer ranked above it and still
    deciding is told before the deadline (their follow-ups after it give way), and the offering
    employer may be asked for a little more time."""
    offer = timing.offer
    offer_from = plan.get(offer.application_id)
    if offer_from is None:
        return actions
    added: list[Action] = []
    dropped: dict[str, str] = {}
    for gap in timing.gaps:
        preferred = plan.get(gap.application_id)
        if preferred is None:
            continue
        step = next_step_for(
            offer_from=offer_from,
            offer=offer,
            preferred=preferred,
            gap=gap,
            today=today,
            date_style=style,
        )
        if step.script is ScriptKind.ASK_EXTENSION and step.extension_to is not None:
            # The deadline has passed: ask whether the offer still stands.
            added.append(
                _ask_for_time(
                    offer_from, offer, step, step.extension_to, step.on, plan, today, style
                )
            )
            break
        tell = _tell(offer_from, offer, preferred, step, plan, today)
        added.append(tell)
        dropped[preferred.id] = (
            f"Dropped: {offer_from.company} wants an answer to its offer by "
            f"{style.long(offer.deadline)}, so telling {preferred.company} about the offer "
            "before then takes the place of this follow-up."
        )
        if gap is timing.gaps[0] and step.extension_to is not None:
            day_before = roll_back(offer.deadline - timedelta(days=1), country=offer_from.place)
            ask_on = min(offer.deadline, max(tell.date, day_before))
            added.append(
                _ask_for_time(
                    offer_from, offer, step, step.extension_to, ask_on, plan, today, style
                )
            )
    kept = (
        [
            _dropped(a, dropped[a.application_id], offer) if _gives_way(a, dropped, offer) else a
            for a in actions
        ]
        if dropped
        else actions
    )
    return kept + _without_duplicates(kept, added)


def _decided(actions: list[Action]) -> set[str]:
    """The applications whose offer the candidate marked decided (the decision step done)."""
    return {
        a.application_id
        for a in actions
        if a.kind is StepKind.OFFER_DECISION and a.status is ActionStatus.DONE
    }


def _gives_way(action: Action, dropped: dict[str, str], offer: Offer) -> bool:
    return (
        action.application_id in dropped
        and action.kind in _CONTACTS
        and action.is_open
        and action.date > offer.deadline
    )


def _dropped(action: Action, why: str, offer: Offer) -> Action:
    return action.model_copy(
        update={"status": ActionStatus.DROPPED, "why": why, "offer_id": offer.application_id}
    )


def _without_duplicates(kept: list[Action], added: list[Action]) -> list[Action]:
    """`added`, less what another offer already asks of the same application (the soonest
    deadline comes first, so its action is kept)."""
    seen = {(a.application_id, a.kind) for a in kept}
    fresh: list[Action] = []
    for action in added:
        if (action.application_id, action.kind) not in seen:
            seen.add((action.application_id, action.kind))
            fresh.append(action)
    return fresh


def _open_status(day: date, due_by: date, today: date) -> ActionStatus:
    if today < day:
        return ActionStatus.UPCOMING
    return ActionStatus.DUE_TODAY if today <= due_by else ActionStatus.OVERDUE


def _tell(
    offer_from: Application,
    offer: Offer,
    preferred: Application,
    step: NextStep,
    plan: Plan,
    today: date,
) -> Action:
    kind = StepKind.TELL_ABOUT_OFFER
    return _offer_action(
        preferred,
        kind,
        offer,
        on=step.on,
        today=today,
        words=(step.detail, step.title),
        source=Source.ASK_OFFER,
        draft=_OfferDraft(
            kind,
            ScriptKind.TO_FIRST_CHOICE,
            offer_from,
            offer,
            preferred,
            None,
            plan.candidate_name,
        ),
    )


def _ask_for_time(
    offer_from: Application,
    offer: Offer,
    step: NextStep,
    extension_to: date,
    on: date,
    plan: Plan,
    today: date,
    style: DateStyle,
) -> Action:
    if step.script is ScriptKind.ASK_EXTENSION:  # the deadline has passed
        words = (step.detail, step.title)
    else:
        words = (
            f"If you have not heard where things stand by then, ask {offer_from.company} to "
            f"let you answer by {style.long(extension_to)}: most employers give about a week, "
            "and NACE recommends at least two.",
            f"Ask {offer_from.company} for more time, until {style.long(extension_to)}",
        )
    kind = StepKind.ASK_FOR_MORE_TIME
    return _offer_action(
        offer_from,
        kind,
        offer,
        on=on,
        today=today,
        words=words,
        source=Source.NACE,
        draft=_OfferDraft(
            kind,
            ScriptKind.ASK_EXTENSION,
            offer_from,
            offer,
            None,
            extension_to,
            plan.candidate_name,
        ),
    )


def _offer_action(
    application: Application,
    kind: StepKind,
    offer: Offer,
    *,
    on: date,
    today: date,
    words: tuple[str, str],
    source: Source,
    draft: _OfferDraft,
) -> Action:
    """An offer-stage action for `application`; `words` are its why and its one-line summary.

    It is done once marked done on or after the day the offer came.
    """
    done = _done_on(application, kind, offer.received_on)
    due_by = max(on, offer.deadline)
    why, summary = words
    action = Action(
        application_id=application.id,
        company=application.company,
        kind=kind,
        date=done or max(on, today),
        planned_on=on,
        due_by=due_by,
        status=ActionStatus.DONE if done else _open_status(on, due_by, today),
        channel=Channel.EMAIL,
        title=kind.label,
        why=why,
        source=source,
        offer_id=offer.application_id,
        summary=summary,
    )
    action._write_draft = draft
    return action
