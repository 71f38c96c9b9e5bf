"""Read what an interviewer said about timing as a window of business days.

>>> from datetime import date
>>> reading = parse_timeline_phrase(
...     phrase="Great to meet you this morning - we'll decide within three weeks",
...     said_on=date(2026, 2, 10), country="GB")
>>> reading.kind, reading.latest, reading.matched
(<PhraseKind.BY_DATE: 'by_date'>, datetime.date(2026, 3, 3), ('within three weeks',))
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from advisor.dates import DateStyle
from advisor.phrases.model import (
    Alternative,
    Confidence,
    PhraseError,
    PhraseKind,
    PhraseReading,
    ReadPart,
)
from advisor.phrases.reader import read
from advisor.workdays import UnknownCountryError, is_business_day

__all__ = [
    "MAX_PHRASE_LENGTH",
    "Alternative",
    "Confidence",
    "PhraseError",
    "PhraseKind",
    "PhraseReading",
    "ReadPart",
    "parse_timeline_phrase",
]

MAX_PHRASE_LENGTH = 200
# Every page reads each application's words on every rerun; the same words read the same way.
_read_once = lru_cache(maxsize=4096)(read)


def parse_timeline_phrase(
    *,
    phrase: str,
    said_on: date,
    country: str = "US",
    date_style: DateStyle = DateStyle.DAY_FIRST,
) -> PhraseReading:
    """Read an interviewer's words about timing as business days on or after `said_on`; the
    dates in its explanation and notes are written in `date_style`."""
    if not phrase.strip():
        raise PhraseError("phrase is empty: give the words the interviewer used")
    if len(phrase) > MAX_PHRASE_LENGTH:
        raise PhraseError(
            f"phrase is {len(phrase)} characters long; the limit is {MAX_PHRASE_LENGTH}"
        )
    code = country.strip().upper()
    if not 1900 <= said_on.year <= 2199:
        raise PhraseError(f"said_on {said_on.isoformat()} is outside the years 1900 to 2199")
    try:
        is_business_day(said_on, country=code)
    except UnknownCountryError as exc:
        raise PhraseError(str(exc)) from exc
    outcome = _read_once(phrase, said_on, code, date_style)
    return PhraseReading(
        phrase=phrase.strip(),
        said_on=said_on,
        country=code,
        kind=outcome.kind,
        earliest=outcome.earliest,
        latest=outcome.latest,
        explanation=outcome.explanation,
        matched=outcome.matched,
        confidence=outcome.confidence,
        alternatives=outcome.alternatives,
        parts=outcome.parts,
        notes=outcome.notes,
    )
