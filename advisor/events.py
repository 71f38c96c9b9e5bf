"""What can happen after an interview: the follow-up steps and the answers the candidate logs."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, model_validator

__all__ = ["ANSWERS", "CONTACT_STEPS", "Channel", "Event", "EventKind", "StepKind", "outcome_of"]

_A_YEAR = timedelta(days=366)


class StepKind(StrEnum):
    THANK_YOU = "thank_you"
    RECRUITER_CHECK_IN = "recruiter_check_in"
    FIRST_FOLLOW_UP = "first_follow_up"
    WRITTEN_NOTE = "written_note"
    SECOND_FOLLOW_UP = "second_follow_up"
    MOVE_ON = "move_on"
    REJECTION_THANK_YOU = "rejection_thank_you"
    CONNECT_AFTER_DECISION = "connect_after_decision"
    OFFER_DECISION = "offer_decision"
    # The offer stage, across two applications (advisor.agenda): tell a preferred employer that
    # is still deciding about an offer, and ask the offering employer for a little more time.
    TELL_ABOUT_OFFER = "tell_about_offer"
    ASK_FOR_MORE_TIME = "ask_for_more_time"

    @property
    def label(self) -> str:
        return _STEP_LABELS[self]


_STEP_LABELS: dict[StepKind, str] = {
    StepKind.THANK_YOU: "Thank-you",
    StepKind.RECRUITER_CHECK_IN: "Ask the recruiter",
    StepKind.FIRST_FOLLOW_UP: "First follow-up",
    StepKind.WRITTEN_NOTE: "Short written note",
    StepKind.SECOND_FOLLOW_UP: "Second, final follow-up",
    StepKind.MOVE_ON: "Move on",
    StepKind.REJECTION_THANK_YOU: "Thank them anyway",
    StepKind.CONNECT_AFTER_DECISION: "Connect on LinkedIn",
    StepKind.OFFER_DECISION: "Decide on the offer",
    StepKind.TELL_ABOUT_OFFER: "Tell them about your offer",
    StepKind.ASK_FOR_MORE_TIME: "Ask for more time",
}


class Channel(StrEnum):
    EMAIL = "email"
    CALL = "call"
    WRITTEN_NOTE = "written_note"
    RECRUITER = "recruiter"
    LINKEDIN = "linkedin"
    DECISION = "decision"

    @property
    def label(self) -> str:
        return {
            "email": "Email",
            "call": "Phone call",
            "written_note": "Typed or handwritten note",
            "recruiter": "Call or email the recruiter",
            "linkedin": "LinkedIn",
            "decision": "Your decision",
        }[self.value]


class EventKind(StrEnum):
    """Something the candidate logs: a step done, or how the employer answered."""

    STEP_DONE = "step_done"
    NO_REPLY = "no_reply"
    NONCOMMITTAL = "noncommittal"
    CALL_BACK = "call_back"
    REJECTED = "rejected"
    OFFER = "offer"

    @property
    def label(self) -> str:
        return {
            "step_done": "Step done",
            "no_reply": "No reply",
            "noncommittal": "A polite, noncommittal answer",
            "call_back": "They asked me to call back on a date",
            "rejected": "They said no",
            "offer": "They made an offer",
        }[self.value]


# Answers to a follow-up, and the follow-ups they can answer: logging belongs to a step.
ANSWERS = (EventKind.NO_REPLY, EventKind.NONCOMMITTAL, EventKind.CALL_BACK)
CONTACT_STEPS = (
    StepKind.FIRST_FOLLOW_UP,
    StepKind.WRITTEN_NOTE,
    StepKind.SECOND_FOLLOW_UP,
    StepKind.TELL_ABOUT_OFFER,
)


class Event(BaseModel):
    """One logged happening, on a date."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: EventKind
    on: date
    step: StepKind | None = None  # the step done, or the follow-up an answer is to
    call_back_on: date | None = None
    offer_deadline: date | None = None

    @model_validator(mode="after")
    def _details_match_the_kind(self) -> Event:
        if self.kind is EventKind.STEP_DONE and self.step is None:
            raise ValueError("step: name the step that was done")
        if self.step is not None and self.kind not in (EventKind.STEP_DONE, *ANSWERS):
            raise ValueError("step: only a step done or an answer to a follow-up names a step")
        if self.kind in ANSWERS and self.step not in (None, *CONTACT_STEPS):
            raise ValueError("step: an answer belongs to a follow-up you made")
        if self.kind is EventKind.CALL_BACK and self.call_back_on is None:
            raise ValueError("call-back date: enter the date they asked you to call")
        if self.call_back_on is not None and self.call_back_on < self.on:
            raise ValueError("call-back date: this is before the day they said it")
        if self.offer_deadline is not None and self.offer_deadline < self.on:
            raise ValueError("offer deadline: this is before the offer arrived")
        for name, later in (
            ("call-back date", self.call_back_on),
            ("offer deadline", self.offer_deadline),
        ):
            if later is not None and later > self.on + _A_YEAR:
                raise ValueError(f"{name}: this is more than a year away: check the year")
        return self


def outcome_of(events: tuple[Event, ...]) -> Event | None:
    """The latest offer or rejection in `events`: the answer that ended the waiting, if any."""
    endings = [e for e in events if e.kind in (EventKind.OFFER, EventKind.REJECTED)]
    return endings[-1] if endings else None
