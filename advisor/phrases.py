"""Read what an interviewer said about timing ("by mid-July", "2-3 weeks") as a window of dates."""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple, Self

from pydantic import BaseModel, ConfigDict, model_validator

from advisor.workdays import (
    UnknownCountryError,
    add_business_days,
    holiday_name,
    is_business_day,
    roll_back,
    roll_forward,
)

__all__ = ["PhraseError", "PhraseKind", "PhraseReading", "parse_timeline_phrase"]

MAX_PHRASE_LENGTH = 200
_ONE_DAY = timedelta(days=1)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    *("january", "february", "march", "april", "may", "june"),
    *("july", "august", "september", "october", "november", "december"),
)
_NUMBER_WORDS = {
    **{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6},
    **{"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12},
}


class PhraseKind(StrEnum):
    """What sort of timing the words gave."""

    ON_DATE = "on_date"  # one expected day: "tomorrow", "in two weeks", "December 5"
    BY_DATE = "by_date"  # a deadline: "by Friday", "within 10 business days"
    RANGE = "range"  # an amount after it was said: "2-3 weeks", "a few days"
    PERIOD = "period"  # a stretch of calendar: "end of next week", "sometime in August"
    NO_TIMELINE = "no_timeline"  # "we'll be in touch", "soon"
    UNRECOGNISED = "unrecognised"  # nothing readable; the user picks a structured answer


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

    @model_validator(mode="after")
    def _window_matches_kind(self) -> Self:
        dateless = self.kind in (PhraseKind.NO_TIMELINE, PhraseKind.UNRECOGNISED)
        if dateless != (self.earliest is None) or dateless != (self.latest is None):
            raise ValueError("earliest and latest are None exactly when no date could be read")
        if self.earliest and self.latest and self.earliest > self.latest:
            raise ValueError("earliest must not be after latest")
        return self


class PhraseError(ValueError):
    """The phrase, date or country cannot be read at all (as opposed to an unclear phrase)."""


class _NotADateError(Exception):
    """A time expression was found but names an impossible day; the message says why."""


class _Ask(NamedTuple):
    said_on: date
    country: str
    deadline: bool  # preceded by "by"/"before": pick the occurrence whose deadline is ahead


@dataclass(frozen=True)
class _Window:
    kind: PhraseKind
    earliest: date
    latest: date
    how: str  # how the words were taken, in plain words
    notes: tuple[str, ...] = ()
    due: date | None = None  # the day a "by ..." deadline means, when it is not `latest`
    deadline_ok: bool = True  # "by later today" is still just today


# --- Small date helpers -------------------------------------------------------------------


def _fmt(day: date) -> str:
    weekday, month = _WEEKDAYS[day.weekday()].title(), _MONTHS[day.month - 1].title()
    return f"{weekday} {day.day} {month} {day.year}"


def _month_plus(year: int, month: int, count: int) -> tuple[int, int]:
    years, index = divmod(month - 1 + count, 12)
    return year + years, index + 1


def _last_day(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


def _add_months(day: date, count: int) -> date:
    year, month = _month_plus(day.year, day.month, count)
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _month_number(name: str) -> int:
    return next(i for i, full in enumerate(_MONTHS, start=1) if full.startswith(name[:3]))


def _after(ask: _Ask) -> date:
    """A deadline's earliest answer: the next business day after the day it was said."""
    return add_business_days(ask.said_on, 1, country=ask.country)


def _holidays_skipped(start: date, end: date, country: str) -> tuple[str, ...]:
    """A note naming weekday holidays that counting business days from `start` to `end` skipped."""
    days = (start + _ONE_DAY * i for i in range(1, (end - start).days + 1))
    named = [
        f"{name} ({_fmt(day)})"
        for day in days
        if day.weekday() < 5 and (name := holiday_name(day, country=country))
    ]
    return (f"counting business days skips {' and '.join(named)}",) if named else ()


def _moved(raw: date, new: date, country: str, outcome: str) -> str:
    step = _ONE_DAY if new > raw else -_ONE_DAY
    span = [raw + step * i for i in range(abs((new - raw).days))]
    named = [f"{_fmt(d)} is {n}" for d in span if (n := holiday_name(d, country=country))]
    weekend = any(d.weekday() >= 5 and not holiday_name(d, country=country) for d in span)
    reason = " and ".join(named) or f"{_fmt(raw)} falls on a weekend"
    if named and weekend:
        reason += ", next to a weekend"
    return f"{reason}, so {outcome} {_fmt(new)}"


# --- Amounts of time: "two weeks", "2-3 weeks", "a few days" ------------------------------

_NUM = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)"
_UNIT = r"(?:(?:business|working|work)\s+days?|days?|weeks?|months?)"
_SPAN = rf"(?P<a>{_NUM})\s*(?:-|to|or|and)\s*(?P<b>{_NUM})\s+(?:more\s+)?(?P<u>{_UNIT})"
_OR_TWO = rf"(?:a|one)\s+(?P<u>{_UNIT})\s+or\s+two"
_VAGUE = rf"(?:a\s+)?(?P<w>couple|few|several)(?:\s+of)?\s+(?:more\s+)?(?P<u>{_UNIT})"
_COUNT = rf"(?P<a>{_NUM})\s+(?:more\s+)?(?P<u>{_UNIT})"
# (word, counted in days) -> (low, high); "a few days" stretches a little further than weeks do
_VAGUE_COUNTS = {("couple", False): (2, 3), ("few", False): (2, 4), ("several", False): (3, 5)}
_VAGUE_COUNTS |= {("couple", True): (2, 3), ("few", True): (2, 5), ("several", True): (3, 7)}
_UNIT_WORDS = {"day": "calendar day", "bday": "business day", "week": "week", "month": "month"}


def _embed(pattern: str) -> str:
    """`pattern` without its named groups, so it can sit inside a bigger pattern."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


def _amount(text: str) -> tuple[int, int, str, tuple[str, ...]]:
    """(low, high, unit, notes) for an amount such as '2-3 weeks' or 'a few days'."""
    notes: tuple[str, ...] = ()
    loose = False
    if m := re.fullmatch(_SPAN, text):
        low, high = sorted((_number(m["a"]), _number(m["b"])))
    elif m := re.fullmatch(_OR_TWO, text):
        low, high, loose = 1, 2, True
    elif m := re.fullmatch(_VAGUE, text):
        low, high, loose = *_VAGUE_COUNTS[m["w"], m["u"].startswith("day")], True
        notes = (f"took “{m['w']}” to mean {low} to {high}",)
    else:
        m = re.fullmatch(_COUNT, text)
        assert m is not None  # noqa: S101  # only called with text a rule already matched
        low = high = _number(m["a"])
    unit = "bday" if " " in m["u"] else m["u"].rstrip("s")
    if unit == "day" and loose:
        unit = "bday"  # loose talk of "a few days" in an office means working days
    return low, high, unit, notes


def _units(n: int, unit: str) -> str:
    return f"{n} {_UNIT_WORDS[unit]}{'' if n == 1 else 's'}"


def _shift(ask: _Ask, count: int, unit: str) -> date:
    if unit == "bday":
        return add_business_days(ask.said_on, count, country=ask.country)
    if unit == "month":
        return _add_months(ask.said_on, count)
    return ask.said_on + timedelta(days=count * (7 if unit == "week" else 1))


def _skips(ask: _Ask, unit: str, end: date) -> tuple[str, ...]:
    return _holidays_skipped(ask.said_on, end, ask.country) if unit == "bday" else ()


def _within(m: re.Match[str], ask: _Ask) -> _Window:
    _, high, unit, notes = _amount(m["amt"] if m["bare"] is None else f"a {m['amt']}")
    due = _shift(ask, high, unit)
    how = f"{_units(high, unit)} after it was said"
    return _Window(PhraseKind.BY_DATE, _after(ask), due, how, notes + _skips(ask, unit, due))


def _range(m: re.Match[str], ask: _Ask) -> _Window:
    low, high, unit, notes = _amount(m["amt"])
    start, end = _shift(ask, low, unit), _shift(ask, high, unit)
    how = f"{low} to {_units(high, unit)} after it was said"
    return _Window(PhraseKind.RANGE, start, end, how, notes + _skips(ask, unit, end))


def _count(m: re.Match[str], ask: _Ask) -> _Window | None:
    count, _, unit, _ = _amount(m["amt"] or m["amt2"])
    if count == 0:
        return None
    day = _shift(ask, count, unit)
    how = f"{_units(count, unit)} after it was said"
    return _Window(PhraseKind.ON_DATE, day, day, how, _skips(ask, unit, day))


# --- Named days: "tomorrow", "Friday", "the 20th", "December 5" -------------------------


def _tomorrow(m: re.Match[str], ask: _Ask) -> _Window:
    days = 2 if m["after"] else 1
    day = ask.said_on + timedelta(days=days)
    return _Window(PhraseKind.ON_DATE, day, day, f"{days} day{'s' * (days > 1)} after it was said")


def _today(m: re.Match[str], ask: _Ask) -> _Window:
    day = ask.said_on
    return _Window(PhraseKind.ON_DATE, day, day, "the day it was said", deadline_ok=False)


def _weekday(m: re.Match[str], ask: _Ask) -> _Window:
    said, wanted = ask.said_on, _WEEKDAYS.index(m["wd"])
    name, monday = m["wd"].title(), ask.said_on - timedelta(days=ask.said_on.weekday())
    modifier, tail = " ".join((m["mod"] or "").split()), " ".join((m["tail"] or "").split())
    if modifier == "next" or tail.endswith("next week"):
        day, how = monday + timedelta(days=7 + wanted), f"the {name} of next calendar week"
    elif tail == "after next":
        day, how = monday + timedelta(days=14 + wanted), f"the {name} of the week after next"
    elif modifier == "this" and (day := monday + timedelta(days=wanted)) > said:
        how = f"the {name} of this week"
    else:
        day = said + timedelta(days=(wanted - said.weekday() - 1) % 7 + 1)
        how = f"the next {name} after it was said"
    return _Window(PhraseKind.ON_DATE, day, day, how)


def _day_of_month(m: re.Match[str], ask: _Ask) -> _Window:
    wanted = int(m["d"])
    if not 1 <= wanted <= 31:
        raise _NotADateError(f"“{m[0].strip()}” is not a day of the month")
    year, month = ask.said_on.year, ask.said_on.month
    short: tuple[str, ...] = ()
    while wanted > monthrange(year, month)[1] or date(year, month, wanted) <= ask.said_on:
        if wanted > monthrange(year, month)[1]:
            short = (f"months without a {_ordinal(wanted)} are skipped",)
        year, month = _month_plus(year, month, 1)
    day = date(year, month, wanted)
    how = f"the next {_ordinal(wanted)} after it was said"
    return _Window(PhraseKind.ON_DATE, day, day, how, short)


def _calendar_date(m: re.Match[str], ask: _Ask) -> _Window:
    month = _month_number(m["mon"]) if m["mon"] else int(m["m"])
    years = [int(m["y"])] if m["y"] else range(ask.said_on.year, ask.said_on.year + 9)
    for year in years:  # a 29 February can be eight years away
        try:
            day = date(year, month, int(m["d"]))
        except ValueError:
            continue
        if day >= ask.said_on:
            guess = "no year was given, so took the next one from the day it was said"
            notes = () if m["y"] else (guess,)
            return _Window(PhraseKind.ON_DATE, day, day, "the date given", notes)
        if m["y"]:
            raise _NotADateError(f"{_fmt(day)} is before the day it was said")
    raise _NotADateError(f"“{m[0].strip()}” is not a real date")


# --- Stretches of calendar: "end of next week", "mid-July", "next quarter" -----------------

_PART = r"early|beginning|start|middle|mid|later|late|end"
_PART_OF = {"early": "early", "beginning": "early", "start": "early", "mid": "mid"}
_PART_OF |= {"middle": "mid", "late": "late", "later": "late", "end": "late"}
_PARTS = rf"(?:(?:in\s+)?(?:the\s+)?(?P<part>{_PART})(?:\s+of|\s+in)?[\s-]+)?"
_WHICH = r"(?:the\s+)?(?P<which>this\s+coming|this|next|the\s+following|following|coming|the)"
_WEEK_PARTS = {None: (0, 4, 4), "early": (0, 1, 1), "mid": (1, 3, 2), "late": (3, 4, 4)}
_WEEK_WORDS = {None: "Monday to Friday", "early": "the Monday and Tuesday"}
_WEEK_WORDS |= {"mid": "Tuesday to Thursday", "late": "the Thursday and Friday"}
_MONTH_WORDS = {None: "the whole of", "early": "the 1st to the 10th of"}
_MONTH_WORDS |= {"mid": "the 11th to the 20th of", "late": "the 21st to the last day of"}

_Span = tuple[date, date, date]  # first day, last day, and the day a "by ..." deadline means


def _which(m: re.Match[str]) -> tuple[str | None, int | None]:
    """(part, offset) where offset 0 is 'this', 1 'next'; None offset for a bare 'the week'."""
    part = _PART_OF[m["part"]] if m["part"] else None
    which = " ".join((m["which"] or "this").split())
    if which == "the":
        return part, (0 if part else None)
    return part, (0 if which == "this" else 1)


def _pick(ask: _Ask, spans: Sequence[_Span], what: str) -> tuple[_Span, int, tuple[str, ...]]:
    """The first span with a day left after it was said (its deadline, for a 'by ...')."""
    floor = ask.said_on + _ONE_DAY
    for index, (start, end, due) in enumerate(spans):
        if (due if ask.deadline else end) >= floor:
            passed = f"that {what} was already over, so took the next one"
            notes: tuple[str, ...] = (passed,) if index and what != "month" else ()
            if start < floor and not ask.deadline:
                notes += ("only the days after it was said count",)
            return (max(start, floor), end, due), index, notes
    raise _NotADateError(f"The {what} named is already over on the day it was said")


def _month_span(year: int, month: int, part: str | None) -> _Span:
    last = _last_day(year, month).day
    thirds = {"early": (1, 10, 10), "mid": (11, 20, 15), "late": (21, last, last)}
    first, end, due = thirds.get(part or "", (1, last, last))
    return date(year, month, first), date(year, month, end), date(year, month, due)


def _week(m: re.Match[str], ask: _Ask) -> _Window | None:
    part, offset = _which(m)
    if m["after"]:
        offset = 2
    if offset is None:
        return None
    monday = ask.said_on - timedelta(days=ask.said_on.weekday())
    first, last, due = _WEEK_PARTS[part]
    spans = [
        (start + timedelta(days=first), start + timedelta(days=last), start + timedelta(days=due))
        for start in (monday + timedelta(weeks=offset + k) for k in (0, 1))
    ]
    span, index, notes = _pick(ask, spans, "part of the week")
    when = ("this week", "next week", "the week after next")[offset + index]
    return _Window(PhraseKind.PERIOD, *span[:2], f"{_WEEK_WORDS[part]} of {when}", notes, span[2])


def _relative_month(m: re.Match[str], ask: _Ask) -> _Window | None:
    part, offset = _which(m)
    if offset is None:
        return None
    months = [_month_plus(ask.said_on.year, ask.said_on.month, offset + k) for k in (0, 1)]
    span, _, notes = _pick(ask, [_month_span(y, mo, part) for y, mo in months], "part of the month")
    how = f"{_MONTH_WORDS[part]} {_MONTHS[span[1].month - 1].title()} {span[1].year}"
    return _Window(PhraseKind.PERIOD, *span[:2], how, notes, span[2])


def _named_month(m: re.Match[str], ask: _Ask) -> _Window:
    part, month = (_PART_OF[m["part"]] if m["part"] else None), _month_number(m["mon"])
    years = [int(m["y"])] if m["y"] else [ask.said_on.year, ask.said_on.year + 1]
    span, _, notes = _pick(ask, [_month_span(y, month, part) for y in years], "month")
    if not m["y"]:
        notes = ("no year was given, so took the next one still ahead", *notes)
    how = f"{_MONTH_WORDS[part]} {_MONTHS[month - 1].title()} {span[1].year}"
    return _Window(PhraseKind.PERIOD, *span[:2], how, notes, span[2])


def _quarter(m: re.Match[str], ask: _Ask) -> _Window | None:
    part, offset = _which(m)
    if offset is None:
        return None
    first_month = (ask.said_on.month - 1) // 3 * 3 + 1
    low, high = {None: (0, 2), "early": (0, 0), "mid": (1, 1), "late": (2, 2)}[part]
    spans = []
    for k in (offset, offset + 1):
        year, month = _month_plus(ask.said_on.year, first_month, 3 * k)
        end = _last_day(*_month_plus(year, month, high))
        spans.append((date(*_month_plus(year, month, low), 1), end, end))
    span, index, notes = _pick(ask, spans, "part of the quarter")
    words = {None: "the whole", "early": "the first month", "mid": "the middle month"}
    when = ("this", "next", "the following")[offset + index]
    how = f"{words.get(part, 'the last month')} of {when} calendar quarter"
    return _Window(PhraseKind.PERIOD, *span[:2], how, notes, span[2])


def _year(m: re.Match[str], ask: _Ask) -> _Window | None:
    part, offset = ("late", 0) if m["yearend"] else _which(m)
    if offset is None:
        return None
    low, high = {None: (1, 12), "early": (1, 1), "mid": (6, 7), "late": (12, 12)}[part]
    years = [ask.said_on.year + offset + k for k in (0, 1)]
    spans = [(date(y, low, 1), _last_day(y, high), _last_day(y, high)) for y in years]
    span, _, notes = _pick(ask, spans, "part of the year")
    words = {None: "the whole of", "early": "January", "mid": "June and July", "late": "December"}
    how = f"{words[part]}{' of' * (part is not None)} {span[1].year}"
    return _Window(PhraseKind.PERIOD, *span[:2], how, notes, span[2])


def _after_holidays(m: re.Match[str], ask: _Ask) -> _Window:
    said, country = ask.said_on, ask.country
    # Christmas and the new year always mean the year-end break, whenever they are mentioned.
    year_end = re.search(r"christmas|xmas|new\s+year", m.group(0)) is not None
    if said.month >= 10 or year_end:
        start = roll_forward(date(said.year + 1, 1, 1), country=country)
        how = "the first 10 business days of the new year"
        note = "assumed the year-end holidays are meant"
    else:
        days = (said + _ONE_DAY * i for i in range(1, 400))
        holiday = next((d for d in days if holiday_name(d, country=country)), None)
        if holiday is None:
            raise _NotADateError("no public holiday comes up in the next year")
        start = add_business_days(holiday, 1, country=country)
        how = "the 10 business days after the next public holiday"
        name = holiday_name(holiday, country=country)
        note = f"assumed the holiday meant is {name} on {_fmt(holiday)}"
    end = add_business_days(start, 9, country=country)
    return _Window(PhraseKind.PERIOD, start, end, how, (note,), deadline_ok=False)


# --- The rule table: earliest match in the text wins, ties go to the earlier rule ----------

_MONTH = (
    r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)
_DEADLINE = r"(?:\b(?P<by>by|before|no\s+later\s+than|not\s+later\s+than|until|till)\s+)?"
_CUE = (
    r"(?:\b(?:in|after|about|around|roughly|approximately|another|say|maybe|probably|takes?)\s+|^)"
)

_Handler = Callable[[re.Match[str], _Ask], _Window | None]
_RULES: tuple[tuple[re.Pattern[str], _Handler], ...] = tuple(
    (re.compile(_DEADLINE + f"(?:{body})", re.ASCII), handler)
    for body, handler in (
        (r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b(?P<mon>)", _calendar_date),
        (
            rf"\b(?:on\s+)?{_MONTH}\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
            rf"(?:,?\s+(?P<y>\d{{4}})\b)?(?P<m>)",
            _calendar_date,
        ),
        (
            rf"\b(?:on\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b\.?"
            rf"(?:,?\s+(?P<y>\d{{4}})\b)?(?P<m>)",
            _calendar_date,
        ),
        (
            r"\b(?:within|(?:in|over|during)\s+the\s+next|in\s+(?:less|under)\s+than|in\s+under)"
            rf"\s+(?:the\s+next\s+)?(?:about\s+|around\s+)?(?P<amt>{_embed(_SPAN)}|{_embed(_OR_TWO)}|"
            rf"{_embed(_VAGUE)}|{_embed(_COUNT)}|(?P<bare>(?:business\s+|working\s+)?"
            r"(?:day|week|month)))\b",
            _within,
        ),
        (
            rf"\b(?:(?:in|after|about|around|roughly|between)\s+)?(?:the\s+next\s+)?"
            rf"(?P<amt>{_embed(_SPAN)}|{_embed(_OR_TWO)}|{_embed(_VAGUE)})\b",
            _range,
        ),
        (
            rf"\b(?P<amt2>{_embed(_COUNT)})\s+from\s+(?:now|today)\b"
            rf"|{_CUE}(?:another\s+|about\s+|around\s+|just\s+)?(?P<amt>{_embed(_COUNT)})\b",
            _count,
        ),
        (r"\b(?P<after>(?:the\s+)?day\s+after\s+)?tomorrow\b", _tomorrow),
        (
            r"\b(?:(?:later\s+)?today|tonight|this\s+(?:morning|afternoon|evening)|eod|cob"
            r"|end\s+of\s+(?:the\s+)?(?:business\s+)?day|close\s+of\s+business)\b"
            # "end of day Friday" names Friday, which a later rule reads
            rf"(?!\s+(?:on\s+)?(?:{'|'.join(_WEEKDAYS)}|tomorrow)\b)",
            _today,
        ),
        (
            r"\bafter\s+(?:the\s+)?(?:holidays|holiday\s+season|christmas|xmas|new\s+year'?s?)\b"
            r"|\b(?:in|early\s+in)\s+the\s+new\s+year\b",
            _after_holidays,
        ),
        (
            rf"\b(?:on\s+)?(?:(?P<mod>next|this\s+coming|this|the\s+coming|coming)\s+)?"
            rf"(?P<wd>{'|'.join(_WEEKDAYS)})\b(?:\s+(?P<tail>of\s+next\s+week|next\s+week|after\s+next))?",
            _weekday,
        ),
        (r"\b(?:on\s+)?the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b", _day_of_month),
        (rf"\b{_PARTS}{_WHICH}\s+week\b(?P<after>\s+after\s+next)?", _week),
        (rf"\b{_PARTS}{_WHICH}\s+month\b", _relative_month),
        (rf"\b{_PARTS}{_WHICH}\s+quarter\b", _quarter),
        (rf"\b{_PARTS}{_WHICH}\s+year\b|\b(?P<yearend>year[\s-]?end)\b", _year),
        (
            rf"\b(?:(?:the\s+)?(?P<part>{_PART})(?:\s+of|\s+in)?[\s-]+|(?:some\s*time\s+in|during"
            rf"|in|around)\s+)(?:the\s+month\s+of\s+)?{_MONTH}\b(?!\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b)"
            rf"(?:,?\s+(?P<y>\d{{4}})\b)?",
            _named_month,
        ),
    )
)

_NO_TIMELINE = re.compile(
    r"\b(?:(?:be|keep|get|getting|stay)\s+in\s+touch|let\s+you\s+know|get\s+back\s+to\s+you"
    r"|reach\s+out|hear\s+back|no\s+(?:set\s+|firm\s+|clear\s+)?(?:timeline|time\s*frame|date)"
    r"|not\s+sure|unsure|soon|shortly|asap|as\s+soon\s+as\s+(?:possible|we\s+can)|tbd"
    r"|(?:don't|dont|do\s+not|dunno)\s+know|no\s+idea|to\s+be\s+determined|in\s+due\s+course"
    r"|at\s+some\s+point|undecided)\b",
    re.ASCII,
)
_PICK_INSTEAD = "Please pick a structured answer instead: a date, or one of the other choices."


def _find(text: str, said_on: date, country: str) -> tuple[str, _Window] | None:
    found = [
        (m.start(), order, m, handler)
        for order, (pattern, handler) in enumerate(_RULES)
        for m in pattern.finditer(text)
    ]
    for _, _, m, handler in sorted(found, key=lambda item: item[:2]):
        window = handler(m, _Ask(said_on, country, deadline=m["by"] is not None))
        if window is None:
            continue
        if m["by"] and window.deadline_ok and window.kind is not PhraseKind.BY_DATE:
            word, due = " ".join(m["by"].split()), window.due or window.latest
            # a stretch's own description ("the 11th to the 20th") would only confuse a deadline
            how = "" if window.kind is PhraseKind.PERIOD else window.how
            if word == "before" and window.earliest == window.latest:
                due, how = due - _ONE_DAY, f"the day before {how}"
            start = add_business_days(said_on, 1, country=country)
            window = _Window(PhraseKind.BY_DATE, start, due, how, window.notes)
        return m[0].strip(), window
    return None


def _settle(window: _Window, country: str) -> tuple[date, date, list[str]]:
    """Apply the business-day policy, noting every date that a weekend or holiday moved."""
    notes = list(window.notes)
    earliest = roll_forward(window.earliest, country=country)
    if window.kind is PhraseKind.BY_DATE:
        # a decision "by Saturday" has to be made on the last working day before it
        latest = roll_back(window.latest, country=country)
        if latest != window.latest:
            notes.append(_moved(window.latest, latest, country, "the deadline moves back to"))
        if latest < earliest:
            notes.append("that is not after the day it was said, so the next business day is used")
            latest = earliest
        return earliest, latest, notes
    latest = roll_forward(window.latest, country=country)
    single = window.earliest == window.latest
    if earliest != window.earliest:
        outcome = "the date moves to" if single else "the earliest day moves to"
        notes.append(_moved(window.earliest, earliest, country, outcome))
    if latest != window.latest and not single:
        notes.append(_moved(window.latest, latest, country, "the latest day moves to"))
    return earliest, latest, notes


def _explain(expression: str, window: _Window, earliest: date, notes: list[str]) -> str:
    quoted, raw_start, raw_end = f"“{expression}”", window.earliest, window.latest
    if window.kind is PhraseKind.BY_DATE:
        how = f" ({window.how})" if window.how else ""
        head = (
            f"Read {quoted} as a deadline of {_fmt(raw_end)}{how}; "
            f"the earliest answer is the next business day, {_fmt(earliest)}."
        )
    elif raw_start == raw_end:
        head = f"Read {quoted} as {window.how}: {_fmt(raw_start)}."
    else:
        head = f"Read {quoted} as {window.how}: {_fmt(raw_start)} to {_fmt(raw_end)}."
    if not notes:
        return head
    tail = "; ".join(notes)
    return f"{head} {tail[0].upper()}{tail[1:]}."


def _clean(phrase: str) -> str:
    if not phrase.strip():
        raise PhraseError("phrase is empty: give the words the interviewer used")
    if len(phrase) > MAX_PHRASE_LENGTH:
        raise PhraseError(
            f"phrase is {len(phrase)} characters long; the limit is {MAX_PHRASE_LENGTH}"
        )
    text = phrase.lower().translate(str.maketrans("’‘ʼ`–—‑", "''''---"))
    return " ".join(text.split())


def parse_timeline_phrase(*, phrase: str, said_on: date, country: str = "US") -> PhraseReading:
    """Read an interviewer's words about timing as business days on or after `said_on`."""
    text, code = _clean(phrase), country.strip().upper()
    if not 1900 <= said_on.year <= 2199:
        raise PhraseError(f"said_on {said_on.isoformat()} is outside the years 1900 to 2199")
    try:
        is_business_day(said_on, country=code)
    except UnknownCountryError as exc:
        raise PhraseError(str(exc)) from exc

    def reading(kind: PhraseKind, span: tuple[date | None, date | None], why: str) -> PhraseReading:
        return PhraseReading(
            phrase=phrase.strip(),
            said_on=said_on,
            country=code,
            kind=kind,
            earliest=span[0],
            latest=span[1],
            explanation=why,
        )

    try:
        found = _find(text, said_on, code)
    except _NotADateError as exc:
        return reading(PhraseKind.UNRECOGNISED, (None, None), f"{exc}. {_PICK_INSTEAD}")
    if found is not None:
        expression, window = found
        earliest, latest, notes = _settle(window, code)
        why = _explain(expression, window, earliest, notes)
        return reading(window.kind, (earliest, latest), why)
    if _NO_TIMELINE.search(text):
        why = (
            "No date was set, so there is nothing to count from. Ask whether it is fine "
            "to check in after a set time, for example a week from now."
        )
        return reading(PhraseKind.NO_TIMELINE, (None, None), why)
    why = f"No date or time frame could be read from “{phrase.strip()}”. {_PICK_INSTEAD}"
    return reading(PhraseKind.UNRECOGNISED, (None, None), why)
