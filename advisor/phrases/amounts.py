"""Amounts of time as people say them: "2-3 weeks", "a fortnight", "72 hours", "1.5 weeks"."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

from advisor.phrases.calendar_math import add_months
from advisor.workdays import add_business_days

__all__ = ["AMOUNT", "Amount", "business_days", "calendar_days", "read_amount", "shift", "units"]

NUM = r"(?:\d{1,3}|a|an)"
UNIT = (
    r"(?:hours?|(?:business|working|work|week)\s+days?"
    r"|(?:(?:business|working|work)\s+)?(?:weeks?|fortnights?|months?)|days?)"
)
_SPAN = rf"(?P<a>{NUM})\s*(?:-|to|or|and)\s*(?P<b>{NUM})\s+(?:more\s+)?(?P<u>{UNIT})"
_OR_TWO = rf"(?:a|an|1)\s+(?P<u>{UNIT})\s+or\s+2"
_VAGUE = (
    r"(?:a\s+)?(?P<w>couple|few|several|handful)(?:\s+of)?\s+(?:more\s+)?(?:extra\s+)?"
    rf"(?P<u>{UNIT})"
)
_HALF = (
    rf"(?P<a>{NUM})\s+and\s+a\s+half\s+(?P<u>{UNIT})|(?:a|an|1)\s+(?P<u2>{UNIT})\s+and\s+a\s+half"
    rf"|(?P<a2>\d{{1,2}})\.5\s*(?P<u3>{UNIT})|half\s+a\s+(?P<u4>{UNIT})"
)
# "24hrs", "2wks": digits may run straight into the unit
_COUNT = (
    rf"(?P<a>\d{{1,3}}(?=\s*[a-z])|{NUM}(?=\s))\s*(?:more\s+|extra\s+|further\s+)?(?P<u>{UNIT})\b"
)
# Longest forms first: "2-3 weeks" must not be read as "3 weeks".
_FORMS = tuple(re.compile(form, re.ASCII) for form in (_SPAN, _OR_TWO, _VAGUE, _HALF, _COUNT))


def _embed(pattern: str) -> str:
    """`pattern` without its named groups, so it can sit inside a bigger pattern."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


AMOUNT = "|".join(f"(?:{_embed(form.pattern)})" for form in _FORMS)
# How many of each unit "a couple", "a few", "several" and "a handful" mean.
_VAGUE_COUNTS = {"couple": (2, 3), "few": (2, 4), "several": (3, 5), "handful": (3, 5)}
_VAGUE_DAYS = {"couple": (2, 3), "few": (2, 5), "several": (3, 7), "handful": (3, 5)}
_UNIT_WORDS = {"hour": "hour", "bday": "business day", "day": "calendar day"}
_UNIT_WORDS |= {"week": "week", "month": "month"}


@dataclass(frozen=True)
class Amount:
    """From `low` to `high` of `unit` (hour, bday, day, week or month)."""

    low: float
    high: float
    unit: str
    note: str = ""  # how a loose word was taken ("took “a few” to mean 2 to 4")
    loose: bool = False  # "a few", "a couple": the speaker gave no number


def _unit(word: str) -> tuple[str, int]:
    """(unit, multiplier) for a unit word: a fortnight is two weeks."""
    word = " ".join(word.split())
    first, _, rest = word.partition(" ")
    if first in ("business", "working", "work") and not rest.startswith("day"):
        word = rest  # "a working week" is a week: five business days
    if " " in word:
        return ("day", 1) if word.startswith("week ") else ("bday", 1)
    base = word.rstrip("s")
    return ("week", 2) if base == "fortnight" else (base, 1)


def _number(word: str) -> int:
    return 1 if word in ("a", "an") else int(word)


def read_amount(text: str) -> Amount:
    """The amount in `text`, which matched AMOUNT.

    >>> read_amount("2-3 weeks")
    Amount(low=2, high=3, unit='week', note='', loose=False)
    """
    text = " ".join(text.split())
    for form in _FORMS:
        m = form.fullmatch(text)
        if m is None:
            continue
        groups = {k: v for k, v in m.groupdict().items() if v is not None}
        unit, times = _unit(next(v for k, v in groups.items() if k.startswith("u")))
        if "w" in groups:
            word = groups["w"]
            low, high = (_VAGUE_DAYS if unit in ("day", "bday") else _VAGUE_COUNTS)[word]
            if unit == "day":
                unit = "bday"  # "a few days" in an office means working days
            note = f"took “{word}” to mean {low} to {high}"
            return Amount(low * times, high * times, unit, note, loose=True)
        if form is _FORMS[1]:  # "a week or two"
            return Amount(times, 2 * times, unit)
        if form is _FORMS[3]:  # halves
            whole = groups.get("a") or groups.get("a2")
            count = (_number(whole) if whole else (0 if "u4" in groups else 1)) + 0.5
            return Amount(count * times, count * times, unit)
        low, high = sorted((_number(groups["a"]), _number(groups.get("b", groups["a"]))))
        return Amount(low * times, high * times, unit)
    raise ValueError(f"not an amount of time: {text!r}")  # only called on AMOUNT's matches


def units(count: float, unit: str) -> str:
    """'2 weeks', '1 business day', '1.5 weeks'."""
    shown = f"{count:g}"
    return f"{shown} {_UNIT_WORDS[unit]}{'' if count == 1 else 's'}"


def business_days(count: float, unit: str) -> int:
    """A rough count of business days in an amount, for widening a window."""
    per = {"hour": 1 / 24, "bday": 1.0, "day": 1.0, "week": 5.0, "month": 21.0}[unit]
    return max(1, math.ceil(count * per))


_ROUGH_DAYS = {"hour": 1 / 24, "bday": 1.4, "day": 1.0, "week": 7.0, "month": 30.5}


def calendar_days(count: float, unit: str) -> float:
    """Roughly how many calendar days an amount spans, to refuse absurd ones before counting."""
    return count * _ROUGH_DAYS[unit]


def shift(day: date, count: float, unit: str, *, country: str) -> date:
    """`count` of `unit` after `day`; hours count as working days begun (72 hours is 3)."""
    if unit == "hour":  # a few hours is still today
        return add_business_days(day, math.ceil(count / 24) if count >= 24 else 0, country=country)
    if unit == "bday":
        return add_business_days(day, math.ceil(count), country=country)
    if unit == "month":
        whole = int(count)
        return add_months(day, whole) + timedelta(days=round((count - whole) * 30))
    return day + timedelta(days=round(count * (7 if unit == "week" else 1)))
