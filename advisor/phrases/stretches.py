"""Readers for stretches of calendar: weeks, months, quarters, years, holidays and "after that"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from advisor.phrases.calendar_math import (
    MONTHS,
    ONE_DAY,
    last_of_month,
    monday_of,
    month_number,
)
from advisor.phrases.festivals import festival_key, next_festival, next_named_holiday
from advisor.phrases.span import Confidence, Context, NotADateError, Shape, Span
from advisor.workdays import add_business_days, holiday_name, roll_forward

__all__ = [
    "read_after_that",
    "read_festival",
    "read_financial_year",
    "read_month",
    "read_named_holiday",
    "read_named_month",
    "read_new_year",
    "read_quarter",
    "read_relative_stretch",
    "read_week",
    "read_week_commencing",
    "read_week_of_month",
    "read_year",
]

_Readings = tuple[Span, ...]
_PART_OF = {"early": "early", "beginning": "early", "start": "early", "mid": "mid"}
_PART_OF |= {"middle": "mid", "late": "late", "later": "late", "end": "late", "close": "late"}
_WEEK_PARTS = {None: (0, 4, 4), "early": (0, 1, 1), "mid": (1, 3, 2), "late": (3, 4, 4)}
_WEEK_WORDS = {None: "Monday to Friday", "early": "Monday and Tuesday"}
_WEEK_WORDS |= {"mid": "Tuesday to Thursday", "late": "Thursday and Friday"}
_MONTH_WORDS = {None: "the whole of", "early": "the 1st to the 10th of"}
_MONTH_WORDS |= {"mid": "the 11th to the 20th of", "late": "the 21st to the last day of"}
_Stretch = tuple[date, date, date]  # first day, last day, and the day "by ..." means


def _part(m: re.Match[str]) -> str | None:
    return _PART_OF[m["part"]] if m["part"] else None


def _offset(m: re.Match[str]) -> int | None:
    """0 for 'this', 1 for 'next'; None for a bare 'the week' that names no week."""
    which = " ".join((m["which"] or "this").split()).removeprefix("the ")
    if which == "" or (which == "the" and m["part"] is None):
        return None
    return 1 if which in ("next", "following") else 0


def _pick(ctx: Context, stretches: Sequence[_Stretch], what: str) -> tuple[Span, int]:
    """The first stretch with a day left after it was said (its deadline day, for 'by ...')."""
    floor = ctx.said_on + ONE_DAY
    for index, (start, end, due) in enumerate(stretches):
        # "by the end of the month" said on its last day is today; anything else must lie ahead
        if (due >= ctx.said_on) if ctx.deadline else (end >= floor):
            notes: tuple[str, ...] = ()
            if index:
                notes += (f"that {what} was already over, so took the next one",)
            if start < floor and not ctx.deadline:
                notes += ("only the days after it was said count",)
            span = Span(max(start, floor), end, "", Shape.STRETCH, due=due, notes=notes)
            return span, index
    raise NotADateError(f"the {what} named is already over on the day it was said")


def _month_stretch(year: int, month: int, part: str | None) -> _Stretch:
    last = last_of_month(year, month).day
    first, end, due = {"early": (1, 10, 10), "mid": (11, 20, 15), "late": (21, last, last)}.get(
        part or "", (1, last, last)
    )
    return date(year, month, first), date(year, month, end), date(year, month, due)


def _plus_months(year: int, month: int, count: int) -> tuple[int, int]:
    years, index = divmod(month - 1 + count, 12)
    return year + years, index + 1


def _week_stretches(monday: date, part: str | None) -> list[_Stretch]:
    first, last, due = _WEEK_PARTS[part]
    return [
        (start + timedelta(days=first), start + timedelta(days=last), start + timedelta(days=due))
        for start in (monday, monday + timedelta(weeks=1))
    ]


def read_week(m: re.Match[str], ctx: Context) -> _Readings:
    """'next week', 'end of this week', 'EOW', 'the week after next', 'w/c 16 March'."""
    if m["weekend"]:
        return _weekend(m, ctx)
    part = "late" if m["eow"] else _part(m)
    offset = 0 if m["eow"] else _offset(m)
    if m["after"]:
        offset = 2
    if offset is None:
        return ()
    following = "following" in (m["which"] or "") and ctx.anchor is not None
    if following and ctx.anchor is not None:  # "the week after the interviews end"
        monday = monday_of(ctx.anchor) + timedelta(weeks=1)
        span, _ = _pick(ctx, _week_stretches(monday, part), "part of the week")
        after = ctx.style.short(ctx.anchor, year_of=ctx.said_on)
        how = f"{_WEEK_WORDS[part]} of the week after {after}"
        return (span.but(how=how, anchored=True, before_is_end=part == "late"),)
    monday = monday_of(ctx.said_on) + timedelta(weeks=offset)
    span, index = _pick(ctx, _week_stretches(monday, part), "part of the week")
    when = ("this week", "next week", "the week after next", "the week after that")
    how = f"{_WEEK_WORDS[part]} of {when[offset + index]}"
    return (span.but(how=how, before_is_end=part == "late"),)


def _weekend(m: re.Match[str], ctx: Context) -> _Readings:
    """'the weekend': Saturday and Sunday; 'by the weekend' means by the Friday before."""
    which = m["weekend"].split()[0]
    saturday = monday_of(ctx.said_on) + timedelta(days=5)
    if which == "next" or saturday <= ctx.said_on:
        saturday += timedelta(weeks=1)
    friday = saturday - ONE_DAY
    return (Span(saturday, saturday + ONE_DAY, "the weekend", Shape.STRETCH, due=friday),)


def read_week_commencing(m: re.Match[str], ctx: Context) -> _Readings:
    """'w/c 16 March', 'the week of the 16th', 'week beginning Monday 9th'."""
    said, wanted = ctx.said_on, int(m["d"])
    year, month = said.year, month_number(m["mon"]) if m["mon"] else said.month
    for _ in range(13):
        if wanted <= last_of_month(year, month).day:
            day = date(year, month, wanted)
            if day >= said - timedelta(days=6):  # a week that began this week still counts
                break
        if m["mon"]:
            year += 1
        else:
            year, month = _plus_months(year, month, 1)
    else:
        raise NotADateError(f"“{m[0].strip()}” is not a real date")
    monday = monday_of(day)
    how = f"the week of {ctx.style.short(monday, year_of=said)}"
    return (Span(max(monday, said + ONE_DAY), monday + timedelta(days=4), how, Shape.STRETCH),)


def read_week_of_month(m: re.Match[str], ctx: Context) -> _Readings:
    """'the first week of April', 'the last week of next month', 'the second half of March'."""
    months = _named_or_relative_months(m, ctx)
    which = m["n"]
    stretches: list[_Stretch] = []
    for year, month in months:
        last = last_of_month(year, month).day
        if m["half"]:
            first, end = (1, 15) if which == "1st" else (16, last)
        elif which in ("last", "final"):
            first, end = last - 6, last
        else:
            index = int(which[0]) - 1
            first, end = 1 + 7 * index, min(7 + 7 * index, last)
        stretches.append((date(year, month, first), date(year, month, end), date(year, month, end)))
    span, _ = _pick(ctx, stretches, "week")
    unit = "half" if m["half"] else "week"
    name = MONTHS[span.end.month - 1].title()
    how = f"the {which} {unit} of {name} ({span.start.day} to {span.end.day})"
    return (span.but(how=how),)


def _named_or_relative_months(m: re.Match[str], ctx: Context) -> list[tuple[int, int]]:
    said = ctx.said_on
    if m["mon"]:
        month = month_number(m["mon"])
        if m["y"]:
            return [(int(m["y"]), month)]
        return [(said.year, month), (said.year + 1, month)]
    offset = 1 if m["rel"] == "next" else 0
    return [_plus_months(said.year, said.month, offset + k) for k in (0, 1)]


def read_month(m: re.Match[str], ctx: Context) -> _Readings:
    """'next month', 'end of the month', 'month end', 'early next month', 'EOM'."""
    part = "late" if m["eom"] else _part(m)
    offset = 0 if m["eom"] else _offset(m)
    if offset is None:
        return ()
    said = ctx.said_on
    months = [_plus_months(said.year, said.month, offset + k) for k in (0, 1)]
    span, _ = _pick(ctx, [_month_stretch(y, mo, part) for y, mo in months], "part of the month")
    how = f"{_MONTH_WORDS[part]} {MONTHS[span.end.month - 1].title()} {span.end.year}"
    return (span.but(how=how, before_is_end=part == "late"),)


_MAY_AS_A_MONTH = re.compile(
    r"\b(?:in|by|during|before|after|until|till|around|over|through|from|of|for|early|mid"
    r"|late|end|beginning|start|middle)[\s-]+$"
)


def read_named_month(m: re.Match[str], ctx: Context) -> _Readings:
    """'in March', 'mid-July', 'end of May 2027', 'by March' (its start or its end?)."""
    bare = m["mon"] == "may" and not m["part"] and not m["y"]
    if bare and not _MAY_AS_A_MONTH.search(m.string[: m.start("mon")]):
        return ()  # "we may decide..." is not the month of May
    part, month = _part(m), month_number(m["mon"])
    said = ctx.said_on
    years = [int(m["y"])] if m["y"] else [said.year, said.year + 1]
    span, _ = _pick(ctx, [_month_stretch(y, month, part) for y in years], "month")
    name = MONTHS[month - 1].title()
    notes = span.notes if m["y"] or span.end.year == said.year else ("took next year's",)
    span = span.but(how=f"{_MONTH_WORDS[part]} {name} {span.end.year}", notes=notes)
    if ctx.deadline and part is None:
        # "by March": before March begins, or by its end? Take the later, offer the earlier.
        begins = date(span.end.year, month, 1) - ONE_DAY
        if begins > said:
            whole = span.but(confidence=Confidence.MEDIUM, label=f"by the end of {name}",
                             before_is_end=True)  # fmt: skip
            start = Span(begins, begins, f"before {name} begins", label=f"before {name} begins")
            return (whole, start)
    return (span.but(before_is_end=part == "late"),)


def read_quarter(m: re.Match[str], ctx: Context) -> _Readings:
    """'next quarter', 'end of Q1', 'Q3 2027', 'the last quarter of the year', 'EOQ'."""
    said = ctx.said_on
    part = "late" if m["qe"] else _part(m)
    named: int | None = None  # a quarter by number with no year: "Q1", "the 4th quarter"
    if m["q"] or m["n"]:
        number = (
            4
            if m["n"] in ("last", "final")
            else int((m["q"] or m["n"])[-1] if m["q"] else m["n"][0])
        )
        year_text = " ".join((m["qy"] or m["ny"] or "").split())
        year = said.year + (1 if year_text.endswith("next year") else 0)
        years = [int(year_text)] if year_text.isdigit() else [year, year + 1]
        firsts = [(y, 3 * number - 2) for y in years]
        named = None if year_text else number
    else:
        offset = 0 if m["qe"] else _offset(m)
        if offset is None:
            return ()
        first_month = (said.month - 1) // 3 * 3 + 1
        firsts = [_plus_months(said.year, first_month, 3 * (offset + k)) for k in (0, 1)]
    span, _ = _pick(ctx, _quarter_stretches(firsts, part), "quarter")
    quarter = (span.end.month - 1) // 3 + 1
    how = f"{_QUARTER_WORDS.get(part, 'the last month')} of Q{quarter} {span.end.year}"
    span = span.but(how=how, before_is_end=part == "late")
    just_over = (said.month - 1) // 3 or 4  # the calendar quarter before this one
    if named == just_over:
        return _quarter_just_over(just_over, part, span, ctx)
    return (span,)


_QUARTER_WORDS = {None: "the whole", "early": "the first month", "mid": "the middle month"}
_QUARTER_MONTHS = {None: (0, 2), "early": (0, 0), "mid": (1, 1), "late": (2, 2)}


def _quarter_stretches(firsts: Sequence[tuple[int, int]], part: str | None) -> list[_Stretch]:
    """The part of each quarter (given by its first month) that the words name."""
    low, high = _QUARTER_MONTHS[part]
    stretches = []
    for year, month in firsts:
        end = last_of_month(*_plus_months(year, month, high))
        stretches.append((date(*_plus_months(year, month, low), 1), end, end))
    return stretches


def _quarter_just_over(number: int, part: str | None, calendar: Span, ctx: Context) -> _Readings:
    """'by end of Q1' said in April: the calendar's Q1 has just ended and the next is a year
    away. Where the financial year is not the calendar's, its Q1 is as likely; unsure either way."""
    note = f"Q{number} of the calendar year has just ended, so they may mean another Q{number}"
    calendar = calendar.but(confidence=Confidence.LOW, label=f"Q{number} of {calendar.end.year}",
                            notes=(*calendar.notes, note))  # fmt: skip
    year_ends = _FINANCIAL_YEAR_END.get(ctx.nation, (12, 31))[0]
    if year_ends == 12:
        return (calendar,)
    said = ctx.said_on
    years = range(said.year - 1, said.year + 2)
    firsts = [_plus_months(y, year_ends, 1 + 3 * (number - 1)) for y in years]
    fiscal, index = _pick(ctx, _quarter_stretches(firsts, part), "quarter")
    start = date(*firsts[index], 1)
    last = _plus_months(*firsts[index], 2)
    months = f"{MONTHS[start.month - 1].title()} to {MONTHS[last[1] - 1].title()} {last[0]}"
    words = _QUARTER_WORDS.get(part, "the last month")
    fiscal = fiscal.but(how=f"{words} of Q{number} of the financial year, {months}",
                        before_is_end=part == "late", confidence=Confidence.LOW,
                        label=f"Q{number} of the financial year", notes=(note,))  # fmt: skip
    return tuple(sorted((fiscal, calendar), key=lambda span: span.end))


def read_year(m: re.Match[str], ctx: Context) -> _Readings:
    """'next year', 'end of the year', 'year end', 'early next year'."""
    part, offset = ("late", 0) if m["ye"] else (_part(m), _offset(m))
    if offset is None:
        return ()
    low, high = {None: (1, 12), "early": (1, 1), "mid": (6, 7), "late": (12, 12)}[part]
    years = [ctx.said_on.year + offset + k for k in (0, 1)]
    stretches = [(date(y, low, 1), last_of_month(y, high), last_of_month(y, high)) for y in years]
    span, _ = _pick(ctx, stretches, "part of the year")
    words = {None: "the whole of", "early": "January", "mid": "June and July", "late": "December"}
    how = f"{words[part]}{' of' * (part is not None)} {span.end.year}"
    return (span.but(how=how, before_is_end=part == "late"),)


# Where the financial year ends, by country; elsewhere it is taken as the calendar year.
_FINANCIAL_YEAR_END = {"IN": (3, 31), "GB": (3, 31), "NZ": (3, 31), "JP": (3, 31), "HK": (3, 31)}
_FINANCIAL_YEAR_END |= {"CA": (3, 31), "SG": (3, 31), "AU": (6, 30), "PK": (6, 30), "EG": (6, 30)}
_FINANCIAL_YEAR_END |= {"KE": (6, 30), "US": (9, 30)}


def read_financial_year(m: re.Match[str], ctx: Context) -> _Readings:
    """'the end of the financial year': 31 March in India, 30 June in Australia..."""
    month, day = _FINANCIAL_YEAR_END.get(ctx.nation, (12, 31))
    sure = Confidence.HIGH if ctx.nation in _FINANCIAL_YEAR_END else Confidence.MEDIUM
    if ctx.nation == "US":
        sure = Confidence.MEDIUM  # companies there often use the calendar year
    stretches = [
        (date(y, month, 1), date(y, month, day), date(y, month, day))
        for y in (ctx.said_on.year, ctx.said_on.year + 1)
    ]
    span, _ = _pick(ctx, stretches, "financial year")
    how = f"the last month of the financial year, which ends {ctx.style.short(span.end)} here"
    return (span.but(how=how, confidence=sure, before_is_end=True),)


def read_new_year(m: re.Match[str], ctx: Context) -> _Readings:
    """'in the new year', 'early in the new year': the first two working weeks of January;
    'the first week back in January': the first working week."""
    said = ctx.said_on
    if m["back"]:  # said in January, it is this January's
        if m["loose"] and 2 <= said.month <= 9:
            return ()  # "the first week back after the break" in summer: some other break
        start = roll_forward(date(said.year + (said.month > 1), 1, 2), country=ctx.country)
        end = add_business_days(start, 4, country=ctx.country)
        if end <= said:
            raise NotADateError("the first week back in January is already over")
        how = "the first working week of the new year"
        return (Span(max(start, said + ONE_DAY), end, how, Shape.STRETCH),)
    start = roll_forward(date(said.year + 1, 1, 2), country=ctx.country)
    end = add_business_days(start, 9, country=ctx.country)
    return (Span(start, end, "the first two working weeks of the new year", Shape.STRETCH),)


def read_festival(m: re.Match[str], ctx: Context) -> _Readings:
    """'Easter', 'Diwali', 'the bank holiday', 'the holidays': from the country's calendar."""
    words = " ".join(m["fest"].split()) if m["fest"] else ""
    if not words:
        return _the_holidays(m, ctx)
    found = next_festival(festival_key(words), after=ctx.said_on + ONE_DAY, country=ctx.country)
    if found is None:
        raise NotADateError(f"no {words} comes up in the next year")
    notes: tuple[str, ...] = ()
    sure = Confidence.HIGH
    if found.borrowed_from:
        home = found.borrowed_from
        notes = (
            f"{found.title} is not a public holiday here; its date comes from {home}'s calendar",
        )
        sure = Confidence.MEDIUM
    how = f"{found.title}, {ctx.style.short(found.day, year_of=ctx.said_on)}"
    if found.season_end > found.day:
        until = ctx.style.short(found.season_end, year_of=ctx.said_on)
        how += f", with the slow days around it until {until}"
    span = Span(found.day, found.season_end, how, Shape.STRETCH, due=found.day, notes=notes)
    return (span.but(confidence=sure),)


def read_named_holiday(m: re.Match[str], ctx: Context) -> _Readings:
    """Any public holiday by the name the country's calendar gives it: 'before Matariki'."""
    found = next_named_holiday(m["name"], after=ctx.said_on + ONE_DAY, country=ctx.country)
    if found is None:
        return ()
    day, title = found
    how = f"{title}, {ctx.style.short(day, year_of=ctx.said_on)}"
    return (Span(day, day, how, Shape.STRETCH, due=day),)


def _the_holidays(m: re.Match[str], ctx: Context) -> _Readings:
    """'the holidays': the year-end break from October on, else the next public holiday."""
    said = ctx.said_on
    if said.month >= 10 or (said.month == 1 and said.day <= 2):
        year = said.year + (said.month >= 10)
        start, end = date(year - 1, 12, 24), date(year, 1, 1)
        how = "the year-end holidays"
        note = "took “the holidays” to mean the year-end break"
        return (
            Span(max(start, said + ONE_DAY), end, how, Shape.STRETCH, due=start, notes=(note,)),
        )
    days = (said + ONE_DAY * i for i in range(1, 400))
    holiday = next((d for d in days if holiday_name(d, country=ctx.country)), None)
    if holiday is None:
        raise NotADateError("no public holiday comes up in the next year")
    name = holiday_name(holiday, country=ctx.country)
    note = f"assumed the holiday meant is {name} on {ctx.style.short(holiday)}"
    how = f"{name}, {ctx.style.short(holiday, year_of=said)}"
    return (
        Span(holiday, holiday, how, Shape.STRETCH, notes=(note,), confidence=Confidence.MEDIUM),
    )


def read_relative_stretch(m: re.Match[str], ctx: Context) -> _Readings:
    """'the week after', 'the following month': counted from a day named earlier."""
    unit = m["unit"]
    anchor = ctx.anchor
    sure = Confidence.HIGH
    notes: tuple[str, ...] = ()
    anchored = anchor is not None
    if anchor is None:
        anchor, sure = ctx.said_on, Confidence.MEDIUM
        notes = ("no earlier day was named, so counted from the day it was said",)
        if unit == "week" and not m["following"]:
            anchor += timedelta(weeks=1)  # "the week after" on its own: the week after next
    of = ctx.style.short(anchor, year_of=ctx.said_on)
    if unit == "day":
        day = anchor + ONE_DAY
        return (
            Span(day, day, f"the day after {of}", notes=notes, confidence=sure, anchored=anchored),
        )
    if unit == "week":
        monday = monday_of(anchor) + timedelta(weeks=1)
        how = f"the week after {of}"
        friday = monday + timedelta(days=4)
        return (
            Span(
                monday, friday, how, Shape.STRETCH, notes=notes, confidence=sure, anchored=anchored
            ),
        )
    year, month = _plus_months(anchor.year, anchor.month, 1)
    first, last, _ = _month_stretch(year, month, None)
    how = f"the month after {of}"
    return (Span(first, last, how, Shape.STRETCH, notes=notes, confidence=sure, anchored=anchored),)


def read_after_that(m: re.Match[str], ctx: Context) -> _Readings:
    """'after that', 'once she is back': from the day after a day named earlier, open-ended."""
    if ctx.anchor is None:
        return ()
    day = ctx.anchor + ONE_DAY
    how = f"after {ctx.style.short(ctx.anchor, year_of=ctx.said_on)}"
    return (Span(day, day, how, open_ended=True, anchored=True),)
