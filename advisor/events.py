"""What can happen after an interview: the follow-up steps and the answers the candidate logs."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "ANSWERS",
    "CONTACT_STEPS",
    "STEP_SHAPES",
    "STEP_SPECS",
    "Channel",
    "Drafting",
    "Event",
    "EventKind",
    "StepKind",
    "StepSpec",
    "outcome_of",
]

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
    def spec(self) -> StepSpec:
        return STEP_SPECS[self]

    @property
    def label(self) -> str:
        return STEP_SPECS[self].label


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


class Drafting(StrEnum):
    """Where a step's words come from."""

    MESSAGE = "message"  # advisor.drafts: one wording for each channel the step can take
    OFFER_SCRIPT = "offer_script"  # advisor.offer_scripts: written around the offer in hand


# Point shapes a chart can draw, by name: Vega-Lite's own, and outlines (SVG paths in a
# -1..1 square) for kinds beyond them. "triangle" and "wedge" are left out: too like others.
STEP_SHAPES: dict[str, str] = {
    name: name
    for name in (
        "circle",
        "square",
        "diamond",
        "cross",
        "triangle-up",
        "triangle-down",
        "triangle-left",
        "triangle-right",
    )
} | {
    "hexagon": "M-1,0L-0.5,-0.87L0.5,-0.87L1,0L0.5,0.87L-0.5,0.87Z",
    "star": "M0,-0.92L0.25,-0.26L0.95,-0.23L0.4,0.21L0.59,0.89L0,0.5L-0.59,0.89L-0.4,0.21"
    "L-0.95,-0.23L-0.25,-0.26Z",
    "hourglass": "M-0.8,-1L0.8,-1L0,0L0.8,1L-0.8,1L0,0Z",
}


class StepSpec(BaseModel):
    """Everything fixed about one kind of step: what it is called, how it goes, how it is drawn.

    Usage: ``StepKind.THANK_YOU.spec.colour``.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    label: str = Field(min_length=1, max_length=40)
    # The ways it can be made, the usual one first; the schedule picks one by the application
    # (calls or not, email invited), and advisor.drafts has wording for each.
    channels: tuple[Channel, ...] = Field(min_length=1)
    # Mid-tones, at least 3:1 against both the light and the dark page (WCAG 1.4.11).
    colour: str = Field(pattern=r"^#[0-9A-F]{6}$")
    shape: str  # a name in STEP_SHAPES, so kinds differ by more than colour
    drafting: Drafting

    @model_validator(mode="after")
    def _shape_is_drawable(self) -> StepSpec:
        if self.shape not in STEP_SHAPES:
            raise ValueError(f"shape: {self.shape!r} is not one of {sorted(STEP_SHAPES)}")
        return self

    @property
    def channel(self) -> Channel:
        """The usual channel."""
        return self.channels[0]

    @property
    def symbol(self) -> str:
        """The shape as Vega-Lite draws it: a shape name or an SVG path."""
        return STEP_SHAPES[self.shape]


_MESSAGE, _SCRIPT = Drafting.MESSAGE, Drafting.OFFER_SCRIPT
# A first or second follow-up is a call, unless the application rules calls out.
_CONTACT = (Channel.CALL, Channel.EMAIL, Channel.WRITTEN_NOTE)
STEP_SPECS: dict[StepKind, StepSpec] = {
    StepKind.THANK_YOU: StepSpec(
        label="Thank-you",
        channels=(Channel.EMAIL,),
        colour="#1F8A8A",
        shape="circle",
        drafting=_MESSAGE,
    ),
    StepKind.RECRUITER_CHECK_IN: StepSpec(
        label="Ask the recruiter",
        channels=(Channel.RECRUITER,),
        colour="#4A7FB5",
        shape="triangle-left",
        drafting=_MESSAGE,
    ),
    StepKind.FIRST_FOLLOW_UP: StepSpec(
        label="First follow-up",
        channels=_CONTACT,
        colour="#C9650B",
        shape="triangle-right",
        drafting=_MESSAGE,
    ),
    StepKind.WRITTEN_NOTE: StepSpec(
        label="Short written note",
        channels=(Channel.WRITTEN_NOTE, Channel.EMAIL),
        colour="#C05A86",
        shape="square",
        drafting=_MESSAGE,
    ),
    StepKind.SECOND_FOLLOW_UP: StepSpec(
        label="Second, final follow-up",
        channels=_CONTACT,
        colour="#8C5BC6",
        shape="triangle-up",
        drafting=_MESSAGE,
    ),
    StepKind.MOVE_ON: StepSpec(
        label="Move on",
        channels=(Channel.DECISION,),
        colour="#7B7B7B",
        shape="cross",
        drafting=_MESSAGE,
    ),
    StepKind.REJECTION_THANK_YOU: StepSpec(
        label="Thank them anyway",
        channels=(Channel.EMAIL,),
        colour="#5B6CC9",
        shape="triangle-down",
        drafting=_MESSAGE,
    ),
    StepKind.CONNECT_AFTER_DECISION: StepSpec(
        label="Connect on LinkedIn",
        channels=(Channel.LINKEDIN,),
        colour="#2A78D0",
        shape="hexagon",
        drafting=_MESSAGE,
    ),
    StepKind.OFFER_DECISION: StepSpec(
        label="Decide on the offer",
        channels=(Channel.DECISION,),
        colour="#2E8B45",
        shape="diamond",
        drafting=_MESSAGE,
    ),
    StepKind.TELL_ABOUT_OFFER: StepSpec(
        label="Tell them about your offer",
        channels=(Channel.EMAIL,),
        colour="#A8692E",
        shape="star",
        drafting=_SCRIPT,
    ),
    StepKind.ASK_FOR_MORE_TIME: StepSpec(
        label="Ask for more time",
        channels=(Channel.EMAIL,),
        colour="#8A8424",
        shape="hourglass",
        drafting=_SCRIPT,
    ),
}


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
