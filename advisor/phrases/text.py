"""Before reading: lower case, single spaces, numbers as digits, typos and shorthand fixed.

Every character of the normalised text remembers which piece of the original it came from, so
the reader can quote the interviewer's own words back ("by thursdya"), not its cleaned-up copy.

>>> normalise("By  Thursdya, give or take").text
'by thursday, give or take'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from rapidfuzz import process
from rapidfuzz.distance import OSA

__all__ = ["Normalised", "normalise"]

# Shorthand people type, and spellings that are not typos but that the patterns do not know.
_SHORTHAND = {
    **{"nxt": "next", "wk": "week", "wks": "weeks", "wkly": "weekly", "mth": "month"},
    **{"mths": "months", "mnth": "month", "mnths": "months", "hrs": "hours", "hr": "hour"},
    **{"tmrw": "tomorrow", "tmr": "tomorrow", "tmrow": "tomorrow", "tmw": "tomorrow"},
    **{"tdy": "today", "b4": "before"},
    **{"approx": "approximately", "abt": "about", "fortnite": "fortnight", "biz": "business"},
    **{"xmas": "christmas", "arvo": "afternoon", "thru": "through", "til": "till"},
    **{"yr": "year", "yrs": "years", "qtr": "quarter", "dont": "don't", "wont": "won't"},
    **{"cant": "can't", "deepavali": "diwali"},
    **{"tues": "tuesday", "weds": "wednesday", "thur": "thursday", "thurs": "thursday"},
    **{"sept": "september", "tomorow": "tomorrow", "tommorow": "tomorrow"},
    **{"tommorrow": "tomorrow", "decission": "decision", "decison": "decision"},
    **{"teh": "the", "u": "you", "ur": "your", "pls": "please", "plz": "please"},
    **{"midweek": "mid week", "midmonth": "mid month", "yr-end": "year end"},
}
_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = (
    *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"),
    *("seventeen", "eighteen", "nineteen"),
)
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
_NUMBERS = {word: n for n, word in enumerate(_UNITS + _TEENS)} | _TENS
_ORDINAL_UNITS = (
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
)
_ORDINALS = {word: n for n, word in enumerate(_ORDINAL_UNITS, start=1)}
_ORDINALS |= {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14}
_ORDINALS |= {"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18}
_ORDINALS |= {"nineteenth": 19, "twentieth": 20, "thirtieth": 30}

# The time words a typo is corrected towards: long enough that a near miss is not another word.
_TYPO_TARGETS = (
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("january", "february", "august", "september", "october", "november", "december"),
    *("tomorrow", "fortnight", "business", "working", "quarter", "christmas", "holidays"),
    *("thanksgiving", "within", "weekend", "beginning", "decision", "latest", "earliest"),
)
# Real words a single slip away from a time word, which must stay as typed.
_REAL_WORDS = frozenset(
    (
        *("workings", "worming", "decisive", "latent", "lowest", "latter", "quartet"),
        *("quarters", "holiday", "weekends", "weekday", "weekdays", "within", "fridays"),
        *("mondays", "tuesdays", "thursdays", "sundays", "saturdays", "wednesdays", "monthly"),
        *("business", "businesses", "decisions", "weekly", "quarterly", "earliest", "latest"),
    )
)
_PIECE = re.compile(r"(?P<word>[^\W\d_]+(?:['’ʼ][^\W\d_]+)*)|(?P<number>\d+)|(?P<other>\S)")
_MARKS = str.maketrans("’‘ʼ`´–—‑−", "'''''----")  # typographic marks to plain


@dataclass(frozen=True)
class Normalised:
    """The answer as the patterns read it, and where each of its characters came from."""

    text: str
    origin: tuple[tuple[int, int], ...]  # per character: the original piece's (start, end)
    corrections: tuple[tuple[str, str], ...]  # (as typed, as read) for each typo fixed

    def quote(self, phrase: str, start: int, end: int) -> str:
        """The words of `phrase` that `text[start:end]` was made from, as typed."""
        if start >= end:
            return ""
        return phrase[self.origin[start][0] : self.origin[end - 1][1]]


@dataclass
class _Piece:
    text: str
    start: int
    end: int
    spaced: bool  # whitespace came before it in the original


def _typo_fix(word: str) -> str | None:
    if len(word) < 5 or word in _REAL_WORDS or word in _TYPO_TARGETS:
        return None
    if word.endswith("s") and word[:-1] in _TYPO_TARGETS:
        return None
    found = process.extractOne(
        word, _TYPO_TARGETS, scorer=OSA.distance, score_cutoff=2 if len(word) >= 8 else 1
    )
    if found is None or found[0][0] != word[0]:
        return None  # a slip rarely changes the first letter: "when" is not "wed"
    return str(found[0])


@lru_cache(maxsize=8192)
def _word(raw: str) -> tuple[str, bool]:
    """How one typed word is read, and whether that corrected a slip."""
    word = raw.lower().translate(_MARKS)
    if word in _SHORTHAND:
        return _SHORTHAND[word], False
    if word in _NUMBERS:
        return str(_NUMBERS[word]), False
    if word in _ORDINALS:
        return _ordinal(_ORDINALS[word]), False
    if word.endswith("'s") and word[:-2] in _TYPO_TARGETS:
        return word[:-2], False  # "Monday's a bank holiday": no slip, and read as the day
    fixed = _typo_fix(word)
    return (word, False) if fixed is None else (fixed, True)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _compound_numbers(pieces: list[_Piece]) -> list[_Piece]:
    """'twenty one', 'twenty-one' and 'twenty-first' as one number."""
    merged: list[_Piece] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        tens = int(piece.text) if piece.text in {"20", "30", "40", "50", "60"} else None
        gap = 2 if index + 2 < len(pieces) and pieces[index + 1].text == "-" else 1
        after = pieces[index + gap] if index + gap < len(pieces) else None
        if tens is not None and after is not None and (gap == 2 or after.spaced):
            unit = re.fullmatch(r"([1-9])(st|nd|rd|th)?", after.text)
            if unit:
                total = tens + int(unit[1])
                text = _ordinal(total) if unit[2] else str(total)
                merged.append(_Piece(text, piece.start, after.end, piece.spaced))
                index += gap + 1
                continue
        merged.append(piece)
        index += 1
    return merged


# "wed" is a verb and "mon" a name, except after a word that expects a day: "by Wed", "EOD Thu".
_SHORT_WEEKDAYS = {"mon": "monday", "tue": "tuesday", "wed": "wednesday", "thu": "thursday"}
_SHORT_WEEKDAYS |= {"fri": "friday"}
_BEFORE_A_DAY = frozenset(
    (
        *("by", "on", "before", "until", "till", "next", "this", "eod", "cob", "coming"),
        *("following", "latest", "or", "and", "to", "from", "after", "-", ",", "say", "maybe"),
    )
)


def _short_weekdays(pieces: list[_Piece]) -> None:
    for previous, piece in pairwise(pieces):
        if piece.text in _SHORT_WEEKDAYS and previous.text in _BEFORE_A_DAY:
            piece.text = _SHORT_WEEKDAYS[piece.text]


def normalise(phrase: str) -> Normalised:
    """`phrase` in lower case with single spaces, numbers in digits and known slips corrected."""
    corrections: list[tuple[str, str]] = []
    pieces: list[_Piece] = []
    previous_end = 0
    for match in _PIECE.finditer(phrase):
        raw = match[0]
        if match["word"]:
            text, corrected = _word(raw)
            if corrected:
                corrections.append((raw, text))
        else:
            text = raw.translate(_MARKS)
        spaced = bool(pieces) and match.start() > previous_end
        pieces.append(_Piece(text, match.start(), match.end(), spaced))
        previous_end = match.end()
    _short_weekdays(pieces)
    text_parts: list[str] = []
    origin: list[tuple[int, int]] = []
    for piece in _compound_numbers(pieces):
        if piece.spaced:
            text_parts.append(" ")
            origin.append((piece.start, piece.start))
        text_parts.append(piece.text)
        origin.extend([(piece.start, piece.end)] * len(piece.text))
    return Normalised("".join(text_parts), tuple(origin), tuple(corrections))
