"""How long the timing reader takes per phrase, against a general-purpose date parser.

Run by hand: ``python bench/phrases.py [--repeat N]``. Every phrase of the reader's test table
and every family's examples is read with the reader's cache of whole phrases emptied, so each read
is a first read (the caches of single words and holiday calendars stay warm, as on a running
server), and parsed by dateutil's fuzzy parser in the same loop, as a yardstick for what reading a
date out of a sentence costs. The target is under 1 ms a phrase; the report gives the median, the
95th percentile and the slowest phrase. Nothing here is collected by pytest.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import time
from datetime import date, datetime
from pathlib import Path

from dateutil import parser as dateutil_parser

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from advisor import phrases  # noqa: E402  (after the path is set, when run as a script)
from advisor.phrases.families import FAMILIES  # noqa: E402
from tests.advisor.phrases.test_phrase_table import NON_ANSWERS, UNSURE, WINDOWS  # noqa: E402

TARGET_MS = 1.0


def _cases() -> list[tuple[str, date, str]]:
    params = [p.values for p in (*WINDOWS, *NON_ANSWERS, *UNSURE)]  # type: ignore[attr-defined]
    rows = [(str(v[0]), date.fromisoformat(str(v[1])), str(v[2])) for v in params]
    rows += [
        (phrase, date.fromisoformat(said), country)
        for family in FAMILIES
        for phrase, said, country, _ in family.examples
    ]
    return rows


def _ours(phrase: str, said_on: date, country: str) -> None:
    phrases._read_once.cache_clear()  # every read a first read
    phrases.parse_timeline_phrase(phrase=phrase, said_on=said_on, country=country)


def _dateutil(phrase: str, said_on: date, country: str) -> None:
    # most sentences have no date it can find; the attempt is what is timed
    with contextlib.suppress(ValueError, OverflowError):
        dateutil_parser.parse(
            phrase, fuzzy=True, default=datetime(said_on.year, said_on.month, said_on.day)
        )


def _ms(work: object, case: tuple[str, date, str], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        work(*case)  # type: ignore[operator]
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per phrase")
    args = parser.parse_args()
    cases = _cases()
    for case in cases:  # warm up: imports, compiled patterns, holiday calendars
        _ours(*case)
        _dateutil(*case)
    ours, theirs = [], []
    for case in cases:  # in turns, so a noisy moment hits both alike
        ours.append(_ms(_ours, case, args.repeat))
        theirs.append(_ms(_dateutil, case, args.repeat))
    slowest = max(range(len(cases)), key=lambda i: ours[i])

    def p95(values: list[float]) -> float:
        return statistics.quantiles(values, n=20)[-1]

    print(f"{len(cases)} phrases, median of {args.repeat} reads each, cache emptied every read")
    print("| reader | median ms | p95 ms | slowest ms |")
    print("|---|---:|---:|---:|")
    print(f"| ours | {statistics.median(ours):.3f} | {p95(ours):.3f} | {max(ours):.3f} |")
    print(
        f"| dateutil fuzzy parse (reference) | {statistics.median(theirs):.3f} "
        f"| {p95(theirs):.3f} | {max(theirs):.3f} |"
    )
    ratio = statistics.median(ours) / statistics.median(theirs)
    verdict = "within" if p95(ours) < TARGET_MS else "over"
    print(f"\nmedian ratio ours/reference: {ratio:.1f}x; p95 {verdict} the {TARGET_MS} ms target")
    print(f"slowest: {cases[slowest][0]!r} ({ours[slowest]:.3f} ms)")


if __name__ == "__main__":
    main()
