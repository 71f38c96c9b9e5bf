"""Readers for single days and for amounts counted from the day it was said.

Each takes a match of its family's pattern and returns the readings, most likely first.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from advisor.phrases.amounts import Amount, calendar_days, read_amount, shift, units
from advisor.phrases.calendar_math import (
    ONE_DAY,
    WEEKDAYS,
    DateOrder,
    date_order,
    monday_of,
    month_number,
    ordinal,
)
from advisor.phrases.span import Confidence, Context, NotADateError, Shape, Span
from advisor.workdays import add_business_days, holiday_name, roll_forward

__all__ = [
    "read_amount_after",
    "read_day_of_month",
    "read_month_day",
    "read_numeric_date",
    "read_soon",
    "read_then",
    "read_today",
    "read_tomorrow",
    "read_week_on",
    "read_weekday",
    "read_within",
]

_Readings = tuple[Span, ...]


def _day(day: date, how: str, **more: object) -> Span:
    return Span(start=day, end=day, how=how, **more)  # type: ignore[arg-type]


def _next_day(ctx: Context) -> date:
    return ctx.said_on + ONE_DAY


_MOST_DAYS = 400  # an amount longer than this is no interview decision: refused, not counted


def _checked(amount: Amount, words: str) -> Amount:
    if calendar_days(amount.high, amount.unit) > _MOST_DAYS:
        raise NotADateError(f"“{words.strip()}” is more than a year away")
    return amount


# --- amounts after the day it was said --------------------------------------------------------


def read_within(m: re.Match[str], ctx: Context) -> _Readings:
    """'within two weeks', 'in the next 72 hours', 'within the week': a deadline."""
    if m["this"]:
        unit = m["this"].split()[-1]
        monday = monday_of(ctx.said_on)
        if unit == "week":
            end, how = monday + timedelta(days=4), "the end of this week"
        else:
            end = date(ctx.said_on.year, ctx.said_on.month, 1) + timedelta(days=31)
            end = end.replace(day=1) - ONE_DAY
            how = "the end of this month"
        end = max(end, ctx.said_on)
        return (Span(_next_day(ctx), end, how, Shape.DEADLINE),)
    text = m["amt"] if m["amt"] else f"1 {m['bare']}"
    amount = _checked(read_amount(text), m[0])
    start_from, what, anchored = ctx.said_on, "after it was said", False
    if ctx.relative and ctx.anchor is not None:  # "off until the 5th, then within a week"
        start_from, anchored = ctx.anchor, True
        what = f"after {ctx.style.short(ctx.anchor, year_of=ctx.said_on)}"
    due = shift(start_from, amount.high, amount.unit, country=ctx.country)
    how = f"{units(amount.high, amount.unit)} {what}"
    notes = (amount.note,) if amount.note else ()
    first = max(_next_day(ctx), start_from + ONE_DAY) if anchored else _next_day(ctx)
    span = Span(first, max(due, ctx.said_on), how, Shape.DEADLINE, notes=notes, anchored=anchored)
    return (span,)


def read_amount_after(m: re.Match[str], ctx: Context) -> _Readings:
    """'in two weeks', '2-3 weeks', 'a fortnight', 'a few days later'."""
    amount = _checked(read_amount(m["amt"]), m[0])
    if amount.high == 0:
        raise NotADateError(f"“{m[0].strip()}” names no time at all")
    later = m["rel"] is not None and m["rel"].strip() in ("later", "after", "after that")
    start_from, what, anchored = ctx.said_on, "after it was said", False
    if (later or ctx.relative) and ctx.anchor is not None:
        start_from, anchored = ctx.anchor, True
        what = f"after {ctx.style.short(ctx.anchor, year_of=ctx.said_on)}"
    start = shift(start_from, amount.low, amount.unit, country=ctx.country)
    end = shift(start_from, amount.high, amount.unit, country=ctx.country)
    notes = (amount.note,) if amount.note else ()
    how = f"{amount.low:g} to {units(amount.high, amount.unit)} {what}"
    if amount.low == amount.high:
        how = f"{units(amount.high, amount.unit)} {what}"
    return (Span(start, end, how, Shape.AMOUNT, notes=notes, anchored=anchored),)


# How soon "soon" is: (first, last) business days after it was said, and how sure we are.
_SOON: tuple[tuple[str, tuple[int, int], Confidence], ...] = (
    (r"asap|as\s+soon\s+as|right\s+away|straight\s+away|promptly", (1, 5), Confidence.LOW),
    (r"any\s+day|imminently|very\s+soon", (1, 5), Confidence.LOW),
    (r".*days", (2, 5), Confidence.MEDIUM),
    (r".*weeks|.*near\s+future", (10, 20), Confidence.LOW),
    (r".*", (1, 10), Confidence.LOW),
)


def read_soon(m: re.Match[str], ctx: Context) -> _Readings:
    """'asap', 'shortly', 'in the coming days': no day named, so an allowance of our own."""
    words = " ".join(m[0].split())
    _, (low, high), sure = next(row for row in _SOON if re.match(row[0], words))
    start = add_business_days(ctx.said_on, low, country=ctx.country)
    end = add_business_days(ctx.said_on, high, country=ctx.country)
    how = f"{low} to {high} business days after it was said"
    note = f"“{words}” names no day, so this is our own allowance"
    return (Span(start, end, how, Shape.AMOUNT, notes=(note,), confidence=sure),)


# --- named days -------------------------------------------------------------------------------


def read_today(m: re.Match[str], ctx: Context) -> _Readings:
    return (_day(ctx.said_on, "the day it was said"),)


def read_then(m: re.Match[str], ctx: Context) -> _Readings:
    """'then', 'that day', 'at that point': the day named just before."""
    if ctx.anchor is None:
        return ()
    how = f"the day named before, {ctx.style.short(ctx.anchor, year_of=ctx.said_on)}"
    return (_day(ctx.anchor, how, anchored=False),)


def read_tomorrow(m: re.Match[str], ctx: Context) -> _Readings:
    days = 2 if m["after"] else 1
    return (_day(ctx.said_on + timedelta(days=days), f"{days} day{'s' * (days > 1)} after"),)


def _coming(said: date, weekday: int, *, today_counts: bool = False) -> date:
    """The first `weekday` after `said` (or on it, when `today_counts`)."""
    ahead = (weekday - said.weekday()) % 7
    return said + timedelta(days=ahead if (ahead or today_counts) else 7)


def read_weekday(m: re.Match[str], ctx: Context) -> _Readings:
    """'Friday', 'next Friday', 'Friday week', 'Monday of next week', 'EOD Thursday'."""
    readings = _weekday(m, ctx)
    named = readings[0].start
    holiday = holiday_name(named, country=ctx.country) if named.weekday() < 5 else None
    if holiday is None:
        return readings
    # "Monday at the latest" when Monday is MLK Day: the office is shut, so the first working
    # day after; a deadline of the working day before stays on offer, less likely
    after = roll_forward(named, country=ctx.country)
    name, of = after.strftime("%A"), ctx.style.short(named, year_of=ctx.said_on)
    how = f"{readings[0].how}, {of}, is {holiday}: the first working day after"
    moved = _day(after, how, confidence=Confidence.MEDIUM, label=f"{name}, after {holiday}")
    before = readings[0].but(label=f"the working day before {holiday}")
    return (moved, before, *readings[1:])


def _weekday(m: re.Match[str], ctx: Context) -> _Readings:
    said, wanted = ctx.said_on, WEEKDAYS.index(m["wd"])
    name = m["wd"].title()
    mod = " ".join((m["mod"] or "").split()).removeprefix("the ")
    tail = " ".join((m["tail"] or "").split()).removeprefix("of ")
    monday = monday_of(said)
    if tail in ("week", "fortnight"):  # British: "Friday week" is a week after the coming Friday
        base = _coming(said, wanted, today_counts=True)
        weeks = 1 if tail == "week" else 2
        day = base + timedelta(weeks=weeks)
        return (_day(day, f"{'a week' if weeks == 1 else 'two weeks'} after the coming {name}"),)
    if tail == "next week":
        return (_day(monday + timedelta(days=7 + wanted), f"the {name} of next week"),)
    if tail == "after next":
        return (_day(monday + timedelta(days=14 + wanted), f"the {name} of the week after next"),)
    if tail == "this week":
        day = monday + timedelta(days=wanted)
        if day <= said:
            raise NotADateError(f"{name} of this week is already over on the day it was said")
        return (_day(day, f"the {name} of this week"),)
    if mod == "following" and ctx.anchor is not None:
        day = _coming(ctx.anchor, wanted)
        how = f"the {name} after {ctx.style.short(ctx.anchor, year_of=said)}"
        return (_day(day, how, anchored=True),)
    if ctx.relative and ctx.anchor is not None and not mod and ctx.anchor > said:
        # "one more panel on Monday, so by Wednesday": the Wednesday after that Monday
        day = _coming(ctx.anchor, wanted)
        return (_day(day, f"the {name} after {ctx.style.short(ctx.anchor, year_of=said)}"),)
    coming = _coming(said, wanted)
    if mod in ("next", "following") and coming < monday + timedelta(days=7):
        # "next Friday" said on a Tuesday: this week's Friday, or next week's?
        later = coming + timedelta(days=7)
        sure = Confidence.MEDIUM
        return (
            _day(later, f"the {name} of next week", confidence=sure, label=f"{name} next week"),
            _day(coming, f"the coming {name}", label=f"this {name}"),
        )
    return (_day(coming, f"the coming {name}"),)


def read_week_on(m: re.Match[str], ctx: Context) -> _Readings:
    """'a week on Friday', 'a week today', 'this time next week', 'a fortnight tomorrow'."""
    said = ctx.said_on
    weeks = 2 if m["unit"] and m["unit"].startswith(("fortnight", "2")) else 1
    anchor_word = m["on"] or "today"
    if anchor_word == "today":
        base, what = said, "the day it was said"
    elif anchor_word == "tomorrow":
        base, what = said + ONE_DAY, "the day after it was said"
    else:
        base = _coming(said, WEEKDAYS.index(anchor_word), today_counts=True)
        what = f"the coming {anchor_word.title()}"
    word = "a week" if weeks == 1 else "two weeks"
    return (_day(base + timedelta(weeks=weeks), f"{word} after {what}"),)


def _check_weekday(span: Span, m: re.Match[str], ctx: Context) -> _Readings:
    """`span`, unless a weekday named with it disagrees: then both readings, unsure."""
    day = span.start
    if not m["wdp"] or WEEKDAYS.index(m["wdp"]) == day.weekday():
        return (span,)
    named = _coming(ctx.said_on, WEEKDAYS.index(m["wdp"]))
    clash = f"{m['wdp'].title()} and {ctx.style.short(day)} are not the same day"
    sure = Confidence.LOW
    return (
        span.but(notes=(*span.notes, clash), confidence=sure, label=ctx.style.short(day)),
        _day(named, f"the coming {m['wdp'].title()}", label=f"the coming {m['wdp'].title()}"),
    )


def read_day_of_month(m: re.Match[str], ctx: Context) -> _Readings:
    """'the 12th', 'by 20th', 'Friday the 13th': the next such day after it was said."""
    wanted = int(m["d"])
    if not 1 <= wanted <= 31:
        raise NotADateError(f"“{m[0].strip()}” is not a day of the month")
    year, month = ctx.said_on.year, ctx.said_on.month
    notes: tuple[str, ...] = ()
    for _ in range(13):
        if wanted <= monthrange(year, month)[1] and date(year, month, wanted) > ctx.said_on:
            break
        if wanted > monthrange(year, month)[1]:
            notes = (f"months without a {ordinal(wanted)} are skipped",)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    day = date(year, month, wanted)
    return _check_weekday(_day(day, f"the next {ordinal(wanted)}", notes=notes), m, ctx)


def _dated(ctx: Context, month: int, day_number: int, year: int | None, text: str) -> Span:
    """The day `day_number` of `month` in `year`, or the next one on or after the day said."""
    years = [year] if year is not None else range(ctx.said_on.year, ctx.said_on.year + 9)
    for candidate in years:  # a 29 February can be years away
        try:
            day = date(candidate, month, day_number)
        except ValueError:
            continue
        if day >= ctx.said_on:
            guess = () if year is not None else ("no year was given, so took the next one",)
            return _day(day, "the date given", notes=guess)
        if year is not None:
            raise NotADateError(f"{ctx.style.short(day)} is before the day it was said")
    raise NotADateError(f"“{text.strip()}” is not a real date")


def read_month_day(m: re.Match[str], ctx: Context) -> _Readings:
    """'March 4', '4th of March 2027', 'Friday, 4 December'."""
    year = int(m["y"]) if m["y"] else None
    span = _dated(ctx, month_number(m["mon"]), int(m["d"]), year, m[0])
    return _check_weekday(span, m, ctx)


def read_iso_date(m: re.Match[str], ctx: Context) -> _Readings:
    return (_dated(ctx, int(m["m"]), int(m["d"]), int(m["y"]), m[0]),)


def _maybe_dated(ctx: Context, month: int, day_number: int, year: int | None) -> Span | None:
    if month > 12:
        return None
    try:
        return _dated(ctx, month, day_number, year, "")
    except NotADateError:
        return None


def read_numeric_date(m: re.Match[str], ctx: Context) -> _Readings:
    """'04/03', '13.3.', '4/3/26': day and month in the country's own order, flagged if unsure."""
    first, second, text = int(m["a"]), int(m["b"]), m[0]
    year = None if not m["y"] else int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
    both = {
        DateOrder.DAY_FIRST: _maybe_dated(ctx, second, first, year),
        DateOrder.MONTH_FIRST: _maybe_dated(ctx, first, second, year),
    }
    found = {order: span for order, span in both.items() if span is not None}
    if not found:
        raise NotADateError(f"“{text}” is not a date ahead, whichever way it is read")
    local = date_order(ctx.nation)
    if len({span.start for span in found.values()}) == 1:
        order, span = next(iter(found.items()))
        if len(found) == 1 and local is not DateOrder.EITHER and order is not local:
            note = f"“{text}” can only be read one way: {ctx.style.short(span.start)}"
            span = span.but(notes=(*span.notes, note), confidence=Confidence.MEDIUM)
        return (_far_off(span, ctx),)
    words = {DateOrder.DAY_FIRST: "day then month", DateOrder.MONTH_FIRST: "month then day"}
    labelled = {order: span.but(label=words[order]) for order, span in found.items()}
    if local is DateOrder.EITHER:
        sooner, later = sorted(labelled.values(), key=lambda span: span.start)
        note = "both orders of day and month are common here, so this date is ambiguous"
        return (sooner.but(notes=(*sooner.notes, note), confidence=Confidence.LOW), later)
    other = DateOrder.MONTH_FIRST if local is DateOrder.DAY_FIRST else DateOrder.DAY_FIRST
    primary, alternative = labelled[local], labelled[other]
    return (_far_off(primary, ctx), alternative)


_FAR_OFF_DAYS = 120  # a decision months away is rare: a short date that far off may be misread


def _far_off(span: Span, ctx: Context) -> Span:
    if (span.start - ctx.said_on).days <= _FAR_OFF_DAYS:
        return span
    note = "that is months away, which is unusual for a decision: check the date"
    return span.but(notes=(*span.notes, note), confidence=Confidence.LOW)
