"""What the interviewer's words and the interview's signals likely mean, and what to do today."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from advisor.dates import DateStyle
from advisor.events import Event, EventKind, outcome_of
from advisor.models import Application, CompanySize, Round, Signal, TimingAnswer
from advisor.phrases import Confidence, PhraseReading
from advisor.sources import Source
from advisor.windows import (
    DecisionWindow,
    WindowBasis,
    expected_window,
    industry_pace,
    seasonal_slowdowns,
    timing_reading,
)

__all__ = [
    "Interpretation",
    "Likelihood",
    "Reading",
    "ReadingKind",
    "SignalNote",
    "Statement",
    "Tip",
    "interpret",
]


class Statement(BaseModel):
    """One sentence of advice and where it comes from."""

    model_config = ConfigDict(frozen=True)

    text: str
    source: Source


class ReadingKind(StrEnum):
    STILL_DECIDING = "still_deciding"
    SOFT_NO = "soft_no"
    VERIFYING = "verifying"

    @property
    def title(self) -> str:  # type: ignore[override]  # the display title, not str.title
        return {
            "still_deciding": "They are still deciding",
            "soft_no": "A gentle no, with a formal rejection to come",
            "verifying": "They are interested and checking details first",
        }[self.value]

    @property
    def summary(self) -> str:
        return {
            "still_deciding": (
                "The team needs more time: more discussion, other candidates to see, "
                "or internal steps to finish."
            ),
            "soft_no": (
                "Some interviewers avoid bad news face to face and send a rejection later."
            ),
            "verifying": (
                "They want to go ahead but first check references or run background checks."
            ),
        }[self.value]


class Likelihood(StrEnum):
    MOST_LIKELY = "Most likely"
    ALSO_POSSIBLE = "Also possible"
    LESS_LIKELY = "Less likely"


class Reading(BaseModel):
    """One of the three meanings of “we will be in touch”, weighed by what happened."""

    model_config = ConfigDict(frozen=True)

    kind: ReadingKind
    likelihood: Likelihood
    because: tuple[str, ...]
    source: Source = Source.WE_WILL_BE_IN_TOUCH


class SignalNote(BaseModel):
    model_config = ConfigDict(frozen=True)

    signal: Signal
    meaning: str
    source: Source = Source.WE_WILL_BE_IN_TOUCH


class Tip(BaseModel):
    """Advice for the days after the interview that has no date of its own (the dated actions,
    the thank-you first, come from `advisor.agenda`)."""

    model_config = ConfigDict(frozen=True)

    title: str
    detail: str
    source: Source


class Interpretation(BaseModel):
    """The questionnaire's result for one application."""

    model_config = ConfigDict(frozen=True)

    headline: str
    meaning: tuple[Statement, ...]
    readings: tuple[Reading, ...]
    window: DecisionWindow
    delay_reasons: tuple[Statement, ...]
    signals: tuple[SignalNote, ...]
    tips: tuple[Tip, ...]
    today_notes: tuple[Statement, ...]
    outcome: EventKind | None = None  # they answered: an offer or a no
    timing: PhraseReading | None = None  # how their words were read, piece by piece


_SIGNAL_MEANINGS: dict[Signal, str] = {
    Signal.LONG_AND_DETAILED: (
        "A long, searching interview usually means they are seriously weighing you."
    ),
    Signal.RAN_OVER_TIME: (
        "Running over time suggests they found the conversation worth extending."
    ),
    Signal.NEXT_STEPS_DISCUSSED: (
        "Talking about next steps or future projects suggests they can see you in the role."
    ),
    Signal.MET_THE_TEAM: (
        "Being introduced to the team is a sign they pictured you working there."
    ),
    Signal.TIMELINE_GIVEN: "Describing the next stages shows real intent to move forward.",
    Signal.REFERENCES_REQUESTED: "Asking for references points to the checking-details stage.",
    Signal.SHORT_INTERVIEW: (
        "A much shorter interview than planned is the opposite of a positive sign."
    ),
    Signal.DISTRACTED_INTERVIEWER: (
        "A distracted interviewer may simply be busy, but it is not an encouraging sign."
    ),
    Signal.FEW_QUESTIONS_ABOUT_YOU: (
        "Few questions about you can mean they were not probing for fit."
    ),
}

_THANK_YOU_FIGURE = Statement(
    text=(
        "Thank-you notes matter: 80% of HR managers say they take them into account, "
        "yet only 24% of candidates send one."
    ),
    source=Source.ACCOUNTEMPS_2017,
)

_STATED = (TimingAnswer.DATE, TimingAnswer.TIME_FRAME)


def interpret(
    *, application: Application, today: date, date_style: DateStyle = DateStyle.DAY_FIRST
) -> Interpretation:
    """Everything the questionnaire page shows for `application`, as of `today`, with its dates
    written in `date_style` (the reader's).

    Once they have answered (an offer or a no), the reading is about that answer: nobody is
    "still deciding" any more.
    """
    window = expected_window(application=application, date_style=date_style)
    timing = timing_reading(application, date_style=date_style)
    ending = outcome_of(application.events)
    if ending is not None:
        return _answered(application, ending, window, timing, date_style)
    readings = _weigh_readings(application) if application.timing not in _STATED else ()
    return Interpretation(
        headline=_headline(application, window, readings, date_style),
        meaning=_meaning(application),
        readings=readings,
        window=window,
        delay_reasons=_delay_reasons(application, window),
        signals=_signal_notes(application),
        tips=_tips(application, date_style),
        today_notes=(_THANK_YOU_FIGURE,),
        timing=timing,
    )


def _signal_notes(application: Application) -> tuple[SignalNote, ...]:
    return tuple(
        SignalNote(
            signal=s,
            meaning=_SIGNAL_MEANINGS[s],
            # [E] lists only positive signs; what a negative one means is our own reading.
            source=Source.WE_WILL_BE_IN_TOUCH if s.is_positive else Source.OUR_READING,
        )
        for s in Signal
        if s in application.signals
    )


def _answered(
    application: Application,
    ending: Event,
    window: DecisionWindow,
    timing: PhraseReading | None,
    style: DateStyle,
) -> Interpretation:
    company, on = application.company, style.short(ending.on, year_of=application.interview_date)
    if ending.kind is EventKind.REJECTED:
        headline = (
            f"{company} let you know on {on} that it is a no. Thank them anyway: "
            "few people do, and it keeps the door open for other openings."
        )
        meaning: tuple[Statement, ...] = (
            Statement(
                text=(
                    "Not being chosen this time is not the end of the relationship: a short, "
                    "warm thank-you that asks to be kept in mind stands out."
                ),
                source=Source.FOLLOW_UP_SERIES,
            ),
            Statement(
                text=(
                    "Now that they have decided, a LinkedIn connection is fine where you really "
                    "got on; keep it professional."
                ),
                source=Source.FOLLOW_UP_SERIES,
            ),
        )
    else:
        headline = (
            f"{company} made you an offer on {on}. If you are waiting to hear "
            "from an employer you would rather join, the Offers page sets out your choices."
        )
        meaning = (
            Statement(
                text=(
                    "You normally get a short spell, often several days, to weigh an offer "
                    "before you must give your answer."
                ),
                source=Source.FOLLOW_UP_SERIES,
            ),
        )
    return Interpretation(
        headline=headline,
        meaning=meaning,
        readings=(),
        window=window,
        delay_reasons=(),
        signals=_signal_notes(application),
        tips=(),
        today_notes=(),
        timing=timing,
        outcome=ending.kind,
    )


def _headline(
    application: Application,
    window: DecisionWindow,
    readings: tuple[Reading, ...],
    style: DateStyle,
) -> str:
    span = _format_span(window.earliest, window.latest, style, application.interview_date)
    if window.basis is not WindowBasis.DEFAULT and window.confidence is Confidence.LOW:
        return (
            "Their words can be read more than one way: choose the reading you meant. "
            f"Until then, expect to hear {span}."
        )
    if window.basis is not WindowBasis.DEFAULT:
        return f"They gave you a timeline: expect to hear {span}."
    top = readings[0].kind.title.lower() if readings else "unclear"
    return f"No timeline given. Most likely reading: {top}. A decision would typically come {span}."


def _format_span(earliest: date, latest: date, style: DateStyle, said_on: date) -> str:
    first, last = style.short(earliest, year_of=said_on), style.short(latest, year_of=said_on)
    return f"on {first}" if earliest == latest else f"between {first} and {last}"


def _meaning(application: Application) -> tuple[Statement, ...]:
    timing = application.timing
    if timing in _STATED:
        return (
            Statement(
                text=(
                    "A tentative timeline is itself a good sign: "
                    "it shows they mean to move forward."
                ),
                source=Source.WE_WILL_BE_IN_TOUCH,
            ),
            Statement(
                text=(
                    "Some employers decide on a fixed day, for example when hiring many people "
                    "at once or filling a training class."
                ),
                source=Source.ASK_OFFER,
            ),
            Statement(
                text=(
                    "A date can still slip: if their first choice turns the offer down, "
                    "everyone else waits longer."
                ),
                source=Source.ASK_OFFER,
            ),
        )
    if timing is TimingAnswer.IN_TOUCH:
        return (
            Statement(
                text=(
                    "“We will be in touch” closes an interview politely without committing "
                    "to a date or an outcome. It has three common meanings, weighed below."
                ),
                source=Source.WE_WILL_BE_IN_TOUCH,
            ),
        )
    if timing is TimingAnswer.NON_ANSWER:
        return (
            Statement(
                text=(
                    "A politely vague answer is common: they may have no fixed timeline, may not "
                    "have finished scheduling candidates, or may keep their plans private."
                ),
                source=Source.ASK_WHEN,
            ),
            Statement(
                text="It is fair to ask whether you may get in touch after some time.",
                source=Source.ASK_OFFER,
            ),
        )
    return (
        Statement(
            text=(
                "Without a timeline, following up is harder. Ask for one in your thank-you: "
                "when they expect to decide, and how they will let you know."
            ),
            source=Source.ASK_WHEN,
        ),
    )


def _weigh_readings(application: Application) -> tuple[Reading, ...]:
    """Rank the three readings by the signals that support each one (counts, not odds)."""
    signals = application.signals
    positives = [s for s in signals if s.is_positive and s is not Signal.REFERENCES_REQUESTED]
    negatives = [s for s in signals if not s.is_positive]
    evidence: dict[ReadingKind, list[str]] = {kind: [] for kind in ReadingKind}

    deciding = evidence[ReadingKind.STILL_DECIDING]
    deciding.append("the plain reading when nothing points elsewhere")
    if application.round in (Round.SCREEN, Round.FIRST):
        deciding.append("an early round, so more interviews are likely to follow")
    if application.company_size is CompanySize.LARGE:
        deciding.append("a large company, where decisions pass more approvals")

    soft_no = evidence[ReadingKind.SOFT_NO]
    soft_no.extend(f"you noted “{s.label}”" for s in sorted(negatives))

    verifying = evidence[ReadingKind.VERIFYING]
    if Signal.REFERENCES_REQUESTED in signals:
        verifying.extend(["they asked for references", "reference requests point to this stage"])
    if application.round is Round.FINAL:
        verifying.append("a final round, the stage where checks usually happen")
    verifying.extend(
        f"a good sign: “{s.label}”"
        for s in sorted(positives)
        if s in (Signal.MET_THE_TEAM, Signal.NEXT_STEPS_DISCUSSED)
    )

    score = {kind: len(reasons) for kind, reasons in evidence.items()}
    # Positive signals count against the gentle-no reading, never below zero.
    score[ReadingKind.SOFT_NO] = max(0, score[ReadingKind.SOFT_NO] - len(positives))
    if positives and not negatives:
        soft_no.append(f"against it: {len(positives)} positive sign(s) and no negative ones")
    order = sorted(ReadingKind, key=lambda kind: -score[kind])  # stable: ties keep enum order
    return tuple(
        Reading(
            kind=kind,
            likelihood=(
                Likelihood.MOST_LIKELY
                if rank == 0
                else Likelihood.ALSO_POSSIBLE
                if score[kind] > 0
                else Likelihood.LESS_LIKELY
            ),
            because=tuple(evidence[kind]) or ("nothing you noted points this way",),
        )
        for rank, kind in enumerate(order)
    )


def _delay_reasons(application: Application, window: DecisionWindow) -> tuple[Statement, ...]:
    reasons: list[Statement] = []
    if application.company_size is CompanySize.LARGE:
        reasons.append(
            Statement(
                text="Large organisations route hiring through several people and approval layers.",
                source=Source.WE_WILL_BE_IN_TOUCH,
            )
        )
    for slowdown in seasonal_slowdowns(earliest=application.interview_date, latest=window.latest):
        reasons.append(
            Statement(text=f"{slowdown.name}: {slowdown.reason}", source=slowdown.source)
        )
    if application.round in (Round.SCREEN, Round.FIRST):
        reasons.append(
            Statement(
                text=(
                    "More rounds usually follow an early interview, and they may still be "
                    "seeing other candidates before deciding."
                ),
                source=Source.WE_WILL_BE_IN_TOUCH,
            )
        )
        reasons.append(
            Statement(
                text=(
                    "Each further step adds time: about 8 days for a phone interview, 4 to 5 "
                    "for a one-to-one, 3 to 4 for a presentation."
                ),
                source=Source.GLASSDOOR_2015,
            )
        )
    if Signal.REFERENCES_REQUESTED in application.signals:
        reasons.append(
            Statement(
                text="Reference and background checks involve outside people and take time.",
                source=Source.WE_WILL_BE_IN_TOUCH,
            )
        )
    pace = industry_pace(application.industry)
    if pace.source is not None and pace.stretch > 1.0:
        reasons.append(Statement(text=f"{pace.sentence}.", source=pace.source))
    if application.timing in (TimingAnswer.IN_TOUCH, TimingAnswer.NON_ANSWER):
        reasons.append(
            Statement(
                text=(
                    "They may be waiting on another candidate's answer to an offer; "
                    "a second choice often hears only after the first has signed."
                ),
                source=Source.WHEN_TO_FOLLOW_UP,
            )
        )
    if application.place == "CA-ON" and application.interview_date >= date(2026, 1, 1):
        reasons.append(
            Statement(
                text=(
                    "In Ontario, employers with 25 or more staff must tell interviewed candidates "
                    "where they stand within 45 days of the last interview."
                ),
                source=Source.ONTARIO_2026,
            )
        )
    return tuple(reasons)


def _tips(application: Application, style: DateStyle) -> tuple[Tip, ...]:
    tips: list[Tip] = []
    if application.timing is TimingAnswer.DID_NOT_ASK:
        tips.append(
            Tip(
                title="Ask about their timeline in the thank-you",
                detail=(
                    "Ask when they expect to decide and how they will let you know, and whether "
                    "you may check in if you have not heard by then."
                ),
                source=Source.ASK_OFFER,
            )
        )
    elif application.timing is TimingAnswer.NON_ANSWER:
        tips.append(
            Tip(
                title="Ask whether you may check in later",
                detail=(
                    "In the thank-you, ask if it is all right to get in touch after a week or two."
                ),
                source=Source.ASK_OFFER,
            )
        )
    if application.call_back_on is not None:
        tips.append(
            Tip(
                title=(
                    "They asked you to call back on "
                    f"{style.short(application.call_back_on, year_of=application.interview_date)}"
                ),
                detail="That date replaces the usual wait; it is your first follow-up.",
                source=Source.FOLLOW_UP_SERIES,
            )
        )
    elif application.no_calls:
        channel = "an email" if application.email_invited else "a short typed or handwritten note"
        tips.append(
            Tip(
                title="Follow up in writing, not by phone",
                detail=f"They asked you not to call, so your follow-up will be {channel}.",
                source=Source.FOLLOW_UP_SERIES,
            )
        )
    return tuple(tips)
