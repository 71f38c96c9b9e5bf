"""An offer while a preferred employer is still deciding: the choices, made concrete.

The choices come from [B] and [C]: accept the offer in hand, decline it and wait, or tell the
preferred employer about it and ask where they stand; where the gap is short, ask for a little
more time. Accepting now and backing out later is shown as the thing not to do.

Usage: ``walkthrough(plan=plan, timing=timing_picture(plan=plan, today=today)[0], today=today)``.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from advisor.dates import DateStyle
from advisor.models import Application, Plan
from advisor.offer_scripts import ScriptKind
from advisor.offers import Gap, Offer, OfferTiming, TimingCase
from advisor.sources import Source
from advisor.workdays import add_business_days, roll_back, roll_forward

__all__ = [
    "EXTENSION_CAP_DAYS",
    "SHORT_GAP_DAYS",
    "Choice",
    "ChoiceKind",
    "NextStep",
    "Walkthrough",
    "extension_problem",
    "latest_extension",
    "next_step_for",
    "suggested_extension",
    "walkthrough",
]

# A gap of up to a week is one a brief extension can bridge: most employers give about a week.
SHORT_GAP_DAYS = 7
# NACE recommends at least two weeks to consider an offer: ask for no more than that in all.
EXTENSION_CAP_DAYS = 14
# Asked for more time without a preferred decision to wait for: a few business days past the
# deadline (the app's own judgement: enough to weigh the offer, short enough to be granted).
PLAIN_EXTENSION_BUSINESS_DAYS = 3


class ChoiceKind(StrEnum):
    TELL_FIRST_CHOICE = "tell_first_choice"
    ASK_EXTENSION = "ask_extension"
    ACCEPT = "accept"
    DECLINE_AND_WAIT = "decline_and_wait"
    ACCEPT_THEN_BACK_OUT = "accept_then_back_out"


class Choice(BaseModel):
    """One way forward, with what it gains and what it risks in this case."""

    model_config = ConfigDict(frozen=True)

    kind: ChoiceKind
    title: str
    upside: str
    downside: str
    sources: tuple[Source, ...]
    avoid: bool = False  # shown as what not to do


class NextStep(BaseModel):
    """The one thing to do next, when, and which script says it."""

    model_config = ConfigDict(frozen=True)

    title: str
    on: date
    detail: str
    script: ScriptKind
    extension_to: date | None = None  # the date to ask for, when the step or its fallback asks


class Walkthrough(BaseModel):
    model_config = ConfigDict(frozen=True)

    offer: Offer
    offer_from: Application
    first_choice: Application | None  # the best-ranked application still deciding
    gap: Gap | None
    headline: str
    choices: tuple[Choice, ...]
    next_step: NextStep


def _days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"


def latest_extension(offer: Offer, country: str) -> date | None:
    """The latest answer date worth asking for: two weeks after the offer came (the last
    business day by then), or None when the deadline already gives that much."""
    capped = roll_back(offer.received_on + timedelta(days=EXTENSION_CAP_DAYS), country=country)
    return capped if capped > offer.deadline else None


def _extension_to(offer: Offer, gap: Gap, country: str) -> date | None:
    """A date to ask the offering employer for: just past the preferred decision, within reason."""
    wanted = add_business_days(gap.window.latest, 1, country=country)
    capped = latest_extension(offer, country)
    day = None if capped is None else min(wanted, capped)
    return day if day is not None and day > offer.deadline else None


def suggested_extension(result: Walkthrough) -> date:
    """The answer date the "ask for more time" script starts from: the walkthrough's own, else
    a few business days past the deadline (within the two weeks, when that leaves room)."""
    if result.next_step.extension_to is not None:
        return result.next_step.extension_to
    offer, country = result.offer, result.offer_from.place
    plain = add_business_days(offer.deadline, PLAIN_EXTENSION_BUSINESS_DAYS, country=country)
    capped = latest_extension(offer, country)
    return plain if capped is None else min(plain, capped)


def extension_problem(
    *,
    offer: Offer,
    country: str,
    asked_for: date | None,
    date_style: DateStyle = DateStyle.DAY_FIRST,
) -> str | None:
    """Why `asked_for` cannot be the answer date to ask for, naming the field; None if it can."""
    long_date = date_style.long
    if asked_for is None:
        return "Ask for an answer by: pick the day you would like to answer by"
    if asked_for <= offer.deadline:
        return f"Ask for an answer by: pick a day after the deadline ({long_date(offer.deadline)})"
    capped = latest_extension(offer, country)
    if capped is not None and asked_for > capped:
        return (
            f"Ask for an answer by: {long_date(capped)} at the latest, two weeks after the "
            "offer came; NACE recommends two weeks to weigh an offer, and asking for more "
            "than that rarely gets a yes"
        )
    return None


def _short(gap: Gap) -> bool:
    if gap.case is TimingCase.MAYBE:
        return True
    return gap.case is TimingCase.AFTER and gap.days_after_deadline <= SHORT_GAP_DAYS


def _back_out(offer_from: Application, first: Application | None) -> Choice:
    later = f" if {first.company} offers later" if first is not None else " if a better offer comes"
    return Choice(
        kind=ChoiceKind.ACCEPT_THEN_BACK_OUT,
        title=f"Accept {offer_from.company} now and withdraw{later}",
        upside="It feels like keeping both doors open.",
        downside=(
            f"It breaks a promise: {offer_from.company} stops searching, may turn other people "
            "away and has to start again. It is unethical, and word travels in an industry, so it "
            "can follow you into your next job. Plenty of people do it (28% of workers in one "
            "survey), which does not make it safe."
        ),
        sources=(Source.FOLLOW_UP_SERIES, Source.ROBERT_HALF_2019),
        avoid=True,
    )


def _accept(
    offer_from: Application, first: Application | None, gap: Gap | None, style: DateStyle
) -> Choice:
    if first is None or gap is None:
        downside = "Nothing you rank higher is still deciding, so you give up little by accepting."
    elif gap.case is TimingCase.BEFORE:
        downside = (
            f"{first.company} expects to decide by {style.long(gap.window.latest)}, before you "
            f"must answer: accepting now throws away an answer you could have had for free."
        )
    else:
        downside = (
            f"You stop the process with {first.company}, your higher choice; if they would have "
            "made you an offer, you will never know."
        )
    return Choice(
        kind=ChoiceKind.ACCEPT,
        title=f"Accept {offer_from.company}'s offer",
        upside=(
            "A job that is certain: a bird in the hand. The search is over and you can plan "
            "your start."
        ),
        downside=downside,
        sources=(Source.FOLLOW_UP_SERIES, Source.ASK_OFFER),
    )


def _decline(
    offer_from: Application, first: Application | None, gap: Gap | None, style: DateStyle
) -> Choice:
    if first is None or gap is None:
        return Choice(
            kind=ChoiceKind.DECLINE_AND_WAIT,
            title=f"Decline {offer_from.company}'s offer",
            upside="Right if the terms or the job do not suit you: the comparison below helps.",
            downside="You keep searching with nothing in hand.",
            sources=(Source.FOLLOW_UP_SERIES,),
        )
    when = (
        "they gave no date"
        if gap.case is TimingCase.UNKNOWN
        else f"they expect to decide by {style.long(gap.window.latest)}"
    )
    return Choice(
        kind=ChoiceKind.DECLINE_AND_WAIT,
        title=f"Decline {offer_from.company} and wait for {first.company}",
        upside=f"You stay free for {first.company}, the job you want more.",
        downside=(
            f"{first.company} may not offer at all ({when}), and then you have neither. Silence "
            "after interviews is common: most candidates say they have been ghosted at least once."
        ),
        sources=(Source.FOLLOW_UP_SERIES, Source.ASK_OFFER, Source.GREENHOUSE),
    )


def _tell(offer: Offer, first: Application, style: DateStyle) -> Choice:
    deadline = style.long(offer.deadline)
    return Choice(
        kind=ChoiceKind.TELL_FIRST_CHOICE,
        title=f"Tell {first.company} about the offer and ask where they stand",
        upside=(
            f"If {first.company} wants you, news of another offer with a deadline of {deadline} "
            "may speed them up. If they cannot say, you at least know where you stand and can "
            "weigh the offer in hand with open eyes."
        ),
        downside=(
            "They may not be able to move faster, or may already have chosen someone. It takes "
            "one short, honest message: no ultimatum, and no need to name the other employer."
        ),
        sources=(Source.ASK_OFFER, Source.FOLLOW_UP_SERIES),
    )


def _extension(
    offer_from: Application, offer: Offer, first: Application, gap: Gap, to: date, style: DateStyle
) -> Choice:
    extra = (to - offer.deadline).days
    covers = to > gap.window.latest or gap.case is TimingCase.UNKNOWN
    reach = (
        f"That covers {first.company}'s expected decision."
        if covers
        else f"That narrows the gap to {first.company}'s decision but may not close it."
    )
    return Choice(
        kind=ChoiceKind.ASK_EXTENSION,
        title=f"Ask {offer_from.company} for {_days(extra)} more, until {style.long(to)}",
        upside=(
            f"Most employers give about a week and NACE recommends at least two, so a short, "
            f"polite request is reasonable. {reach}"
        ),
        downside="They may say no or want an answer sooner; ask once, and mean the date you give.",
        sources=(Source.NACE, Source.FOLLOW_UP_SERIES),
    )


def _soonest_working_day(today: date, country: str, deadline: date) -> date:
    """Today, or the next business day when that still comes before the deadline."""
    return min(roll_forward(today, country=country), max(today, deadline))


def _next_step(
    offer_from: Application,
    offer: Offer,
    first: Application,
    gap: Gap,
    extension_to: date | None,
    today: date,
    style: DateStyle,
) -> NextStep:
    country, long_date = offer_from.place, style.long
    deadline = long_date(offer.deadline)
    if offer.deadline < today:
        return NextStep(
            title=f"Ask {offer_from.company} today whether the offer still stands",
            on=today,
            detail=(
                f"Their deadline was {deadline}. Reply now: ask whether you may still answer, "
                "and by when."
            ),
            script=ScriptKind.ASK_EXTENSION,
            extension_to=add_business_days(today, 2, country=country),
        )
    if gap.case is TimingCase.BEFORE:
        day_before = roll_back(offer.deadline - timedelta(days=1), country=country)
        check = add_business_days(gap.window.latest, 1, country=country)
        check = max(today, min(check, day_before))
        return NextStep(
            title=f"Wait for {first.company} until {long_date(gap.window.latest)}",
            on=check,
            detail=(
                f"They expect to decide before {offer_from.company}'s deadline ({deadline}). "
                f"If you have heard nothing by {long_date(check)}, send them this note."
            ),
            script=ScriptKind.TO_FIRST_CHOICE,
        )
    soon = _soonest_working_day(today, country, offer.deadline)
    when = "today" if soon == today else f"on {long_date(soon)}"
    fallback = (
        f" If they cannot decide by then, ask {offer_from.company} for more time, until "
        f"{long_date(extension_to)}."
        if extension_to is not None
        else f" Then decide on {offer_from.company}'s offer with what you have learnt."
    )
    return NextStep(
        title=f"Tell {first.company} about the offer, {when}",
        on=soon,
        detail=(
            f"Ask where they stand: {offer_from.company} wants an answer by {deadline}.{fallback}"
        ),
        script=ScriptKind.TO_FIRST_CHOICE,
        extension_to=extension_to,
    )


def _useful_extension(offer: Offer, gap: Gap, country: str) -> date | None:
    """A date worth asking for: only when a short wait could bridge the gap, or its size is
    unknown."""
    if not (_short(gap) or gap.case is TimingCase.UNKNOWN):
        return None
    return _extension_to(offer, gap, country)


def next_step_for(
    *,
    offer_from: Application,
    offer: Offer,
    preferred: Application,
    gap: Gap,
    today: date,
    date_style: DateStyle = DateStyle.DAY_FIRST,
) -> NextStep:
    """What to do about `offer` for one application ranked above it that is still deciding."""
    extension_to = _useful_extension(offer, gap, offer_from.place)
    return _next_step(offer_from, offer, preferred, gap, extension_to, today, date_style)


def walkthrough(
    *,
    plan: Plan,
    timing: OfferTiming,
    today: date,
    date_style: DateStyle = DateStyle.DAY_FIRST,
) -> Walkthrough:
    """The choices for `timing`'s offer against the best-ranked application still deciding,
    with dates written in `date_style`.

    Raises KeyError when the offer's application is not in `plan`.
    """
    offer = timing.offer
    offer_from = plan.get(offer.application_id)
    if offer_from is None:
        raise KeyError(f"application {offer.application_id} is not in the plan")
    gap = timing.gaps[0] if timing.gaps else None
    first = plan.get(gap.application_id) if gap is not None else None
    if first is None or gap is None:
        deadline = date_style.long(offer.deadline)
        return Walkthrough(
            offer=offer,
            offer_from=offer_from,
            first_choice=None,
            gap=None,
            headline=(
                f"Nothing you rank above {offer_from.company} is still deciding: weigh this "
                f"offer on its own merits and answer by {deadline}."
            ),
            choices=(
                _accept(offer_from, None, None, date_style),
                _decline(offer_from, None, None, date_style),
                _back_out(offer_from, None),
            ),
            next_step=NextStep(
                title=f"Give {offer_from.company} your answer by {deadline}",
                on=max(today, offer.deadline),
                detail=(
                    "Use the comparison below. If you accept, ask for the offer in writing; if "
                    "you decline, do it warmly, as you may meet them again."
                ),
                script=ScriptKind.ACCEPT,
            ),
        )

    extension_to = _useful_extension(offer, gap, offer_from.place)
    choices = [_tell(offer, first, date_style)]
    if extension_to is not None:
        choices.append(_extension(offer_from, offer, first, gap, extension_to, date_style))
    choices += [
        _accept(offer_from, first, gap, date_style),
        _decline(offer_from, first, gap, date_style),
        _back_out(offer_from, first),
    ]
    return Walkthrough(
        offer=offer,
        offer_from=offer_from,
        first_choice=first,
        gap=gap,
        headline=gap.summary,
        choices=tuple(choices),
        next_step=_next_step(offer_from, offer, first, gap, extension_to, today, date_style),
    )
