"""From the interviewer's words to a window: find the times, keep the decision's, apply the hedges.

1. `normalise` the words; find every hedge, then every time a family knows.
2. Join "between A and B", "A or B", "A to B"; split the rest into clauses.
3. Give each time the role of its clause (decision, schedule, away, start date, small talk, past)
   and the bound word before it ("by", "not before", "around"...).
4. The decision's times make the window; the schedule and absences can only move its first day,
   a start date its last; hedges widen it. Then weekends and public holidays are stepped over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from advisor.dates import DateStyle
from advisor.phrases.amounts import business_days
from advisor.phrases.calendar_math import ONE_DAY
from advisor.phrases.clauses import (
    Bound,
    Clause,
    Hedge,
    HedgeKind,
    Role,
    Suffix,
    bound_before,
    find_hedges,
    role_at,
    split_clauses,
    suffix_after,
)
from advisor.phrases.families import FAMILIES, Family
from advisor.phrases.model import Alternative, Confidence, PhraseKind, ReadPart
from advisor.phrases.span import Context, NotADateError, Shape, Span
from advisor.phrases.text import Normalised, normalise
from advisor.workdays import add_business_days, holiday_name, roll_back, roll_forward

__all__ = ["Outcome", "read"]

# Our own allowances, named where the reading uses them and labelled as ours in what it says.
OPEN_WINDOW_DAYS = 5  # "not before the 20th": a working week after it
OPEN_WINDOW_YEAR_END_DAYS = 10  # after the year-end break, two working weeks
HEDGE_DAYS = 2  # "maybe a bit later", "around", "give or take"
HOPE_DAYS = 2  # "hopefully": plans slip
CONDITION_DAYS = 3  # "depending on sign-off": approvals slip further
MAX_DAYS_AHEAD = 366  # a reading more than a year away is a misreading or a typo
GREETED_HOLIDAY_DAYS = 7  # "Happy Thanksgiving!" is about a holiday at hand, not next year's

_NON_ANSWER = re.compile(
    r"\b(?:(?:be|keep|get|getting|stay)\s+in\s+touch|keep\s+you\s+(?:posted|updated|informed"
    r"|in\s+the\s+loop)|let\s+you\s+know|get\s+back\s+to\s+you|come\s+back\s+to\s+you|revert"
    r"|reach\s+out|hear\s+(?:back|from)|contact\s+you|update\s+you|intimate|no\s+(?:set\s+"
    r"|firm\s+|fixed\s+|clear\s+|exact\s+)?(?:timeline|time\s*frame|date|deadline|timescale)"
    r"|not\s+sure|unsure|not\s+certain|can't\s+say|cannot\s+say|hard\s+to\s+say|difficult\s+to"
    r"\s+say|can't\s+commit|tbd|tbc|to\s+be\s+(?:determined|confirmed|decided)|in\s+due\s+course"
    r"|at\s+some\s+point|when\s+we\s+can|(?:don't|do\s+not|dunno)\s+know|no\s+idea|undecided"
    r"|depend(?:s|ing)?\s+on|subject\s+to|pending|nothing\s+(?:is\s+)?(?:fixed|set|decided"
    r"|final)|not\s+(?:fixed|set|decided)\s+yet|still\s+(?:deciding|discussing|working\s+out)"
    r"|on\s+hold|(?:didn't|did\s+not|never)\s+(?:ask|say)|either\s+way|with\s+the\s+(?:hiring\s+)?"
    r"(?:committee|panel|board|team|manager)|out\s+of\s+(?:my|our)\s+hands|up\s+to\s+(?:the|them)"
    r"|contact\s+(?:the\s+)?successful|can't\s+commit|moving\s+parts)\b",
    re.ASCII,
)


@dataclass(frozen=True)
class _Found:
    """One time in the answer (or two joined: "between A and B"), with its words around it."""

    matches: tuple[re.Match[str], ...]
    family: Family  # the first time's
    second: Family | None  # the joined time's, in "between A and B"
    start: int  # from its bound word
    end: int  # to its suffix
    bound: Bound
    suffix: Suffix | None
    role: Role
    relative: bool  # after "then" or "after that": an amount counts from the day before
    sequence: bool  # after "so": a weekday is the one after the day before


@dataclass(frozen=True)
class _Resolved:
    found: _Found
    readings: tuple[tuple[Span, ...], ...]  # per joined match: most likely reading first
    anchor: _Resolved | None = None  # the earlier time it was counted from, if any


@dataclass
class _Window:
    """A reading in calendar days, before weekends and holidays are stepped over."""

    kind: PhraseKind
    earliest: date
    latest: date
    parts: list[ReadPart] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    confidence: Confidence = Confidence.HIGH
    firm: bool = False  # "at the latest": not to be widened by hopes
    label: str = ""
    united: bool = False  # several statements that disagree, taken together
    inside: bool = False  # a named stretch ("next week"): its last day stays inside it


@dataclass(frozen=True)
class Outcome:
    kind: PhraseKind
    earliest: date | None
    latest: date | None
    explanation: str
    matched: tuple[str, ...]
    confidence: Confidence
    alternatives: tuple[Alternative, ...]
    parts: tuple[ReadPart, ...]
    notes: tuple[str, ...] = ()


class _Reader:
    """One reading of one answer: the state shared by the steps above."""

    def __init__(self, phrase: str, said_on: date, country: str, style: DateStyle) -> None:
        self.phrase, self.said_on, self.country, self.style = phrase, said_on, country, style
        self.norm: Normalised = normalise(phrase)
        self.text = self.norm.text
        self.next_day = add_business_days(said_on, 1, country=country)
        self.problems: list[str] = []
        self.ignored: list[ReadPart] = []

    # --- 1 and 2: times, joins and clauses ----------------------------------------------------

    def quote(self, start: int, end: int) -> str:
        return self.norm.quote(self.phrase, start, end).strip(" ,;-")

    def day(self, day: date) -> str:
        return self.style.short(day, year_of=self.said_on)

    def find(self) -> tuple[list[_Found], list[Hedge], list[Clause]]:
        hedges = find_hedges(self.text)
        claimed = [(h.start, h.end) for h in hedges]
        candidates = []
        for order, family in enumerate(FAMILIES):
            pattern = family.compiled(self.country, self.said_on.year)
            for m in pattern.finditer(self.text):
                if m.end() > m.start() and not any(
                    m.start() < end and start < m.end() for start, end in claimed
                ):
                    candidates.append((m.start(), m.start() - m.end(), order, m, family))
        candidates.sort(key=lambda c: c[:3])
        matches: list[tuple[re.Match[str], Family]] = []
        for start, _, _, m, family in candidates:
            if not matches or start >= matches[-1][0].end():
                matches.append((m, family))
        groups = self._join(matches)
        protected = claimed + [(g[0][0].start(), g[-1][0].end()) for g in groups]
        clauses = split_clauses(self.text, protected)
        return [self._place(group, clauses) for group in groups], hedges, clauses

    # "16-20", "Monday to Wednesday", "Thursday or Friday"; a spaced dash ends a clause instead
    _JOIN = re.compile(r"-|\s+(?:to|or|through|thru|until|till|and|or\s+(?:maybe|possibly))\s+")

    def _join(
        self, matches: list[tuple[re.Match[str], Family]]
    ) -> list[list[tuple[re.Match[str], Family]]]:
        """'between A and B', 'A or B', 'from A to B': one group; every other time alone."""
        groups: list[list[tuple[re.Match[str], Family]]] = []
        for m, family in matches:
            if groups and len(groups[-1]) == 1 and family.read is not None:
                previous, previous_family = groups[-1][0]
                gap = self._JOIN.fullmatch(self.text, previous.end(), m.start())
                between = self.text[max(0, previous.start() - 9) : previous.start()]
                joins = gap is not None and previous_family.read is not None
                joins = joins and "today" not in (family.name, previous_family.name)
                if joins and gap is not None and gap[0].strip() == "and":
                    joins = between.rstrip().endswith("between")
                if joins:
                    groups[-1].append((m, family))
                    continue
            groups.append([(m, family)])
        return groups

    def _place(self, group: list[tuple[re.Match[str], Family]], clauses: list[Clause]) -> _Found:
        first, family = group[0]
        last = group[-1][0]
        index = next(i for i, c in enumerate(clauses) if c.start <= first.start() < c.end)
        clause = clauses[index]
        bound, start, firm = bound_before(self.text, clause, first.start())
        suffix, end = suffix_after(self.text, clause, last.end())
        suffix = Suffix.FIRM if firm and suffix is None else suffix
        role = self._role(clauses, index, first.start(), last.end(), family, bound)
        lead = self.text[max(0, clause.start - 6) : first.start()]
        relative = _RELATIVE.search(lead) is not None
        sequence = _SO.search(lead) is not None
        matches = tuple(m for m, _ in group)
        second = group[1][1] if len(group) > 1 else None
        return _Found(matches, family, second, start, end, bound, suffix, role, relative, sequence)

    def _role(self, clauses: list[Clause], index: int, start: int, end: int, family: Family,
              bound: Bound) -> Role:  # fmt: skip
        clause = clauses[index]
        if family.read is None:
            return Role.PAST
        small_talk = any(role is Role.CONTEXT for _, role in clause.cues)
        if family.name == "today" and small_talk and bound is Bound.ON:
            return Role.CONTEXT  # "thanks for coming in today", but not "by EOD, thanks"
        role = role_at(clause, start, end)
        fragment = len(_WORD.findall(self.text, clause.start, clause.end)) <= _FRAGMENT_WORDS
        own = [cue for cue in clause.cues if cue[1] is not Role.CONTEXT]  # "thanks" is no subject
        if role is Role.NEUTRAL and not own and fragment:
            # a bare time next to the decision belongs to it: "we'll decide by Friday, probably
            # Monday"; "Before Diwali for sure, everyone wants to close offers"
            previous = clauses[index - 1].cues if index else ()
            following = clauses[index + 1].cues if index + 1 < len(clauses) else ()
            if previous and previous[-1][1] is Role.DECISION:
                return Role.DECISION
            if following and following[0][1] is Role.DECISION:
                return Role.DECISION
        return role

    # --- 3: each time's readings, in order, so "the week after" knows what it follows -----------

    def resolve(self, found: list[_Found]) -> list[_Resolved]:
        resolved: list[_Resolved] = []
        anchor: date | None = None
        for item in found:
            if item.role in _IGNORED or item.family.read is None:
                words = self.quote(item.start, item.end)
                why = _IGNORED.get(item.role, "about the past")
                self.ignored.append(ReadPart(words=words, meaning=f"{why}, not the decision"))
                anchor = self._greeted(item) or anchor
                continue
            deadline = item.bound in (Bound.BY, Bound.BEFORE)
            after_that = bool(resolved) and resolved[-1].found.family.name == _AFTER_THAT
            # "after that, a couple of days"; "one more panel on Monday, so by Wednesday"
            relative = (
                item.relative or after_that or (item.sequence and item.family.name == "weekday")
            )
            ctx = Context(
                self.said_on, self.country, deadline, anchor, relative=relative, style=self.style
            )
            try:
                readings = self._read_group(item, ctx)
            except NotADateError as problem:
                self.problems.append(str(problem))
                continue
            if not all(readings):
                continue  # the family saw its words but they name no time here ("we may")
            anchored = any(span.anchored for options in readings for span in options)
            earlier = resolved[-1] if anchored and resolved else None
            if (
                earlier is not None
                and item.role is Role.NEUTRAL
                and earlier.found.role is Role.DECISION
            ):
                item = replace(item, role=Role.DECISION)  # it continues what it counts from
            resolved.append(_Resolved(item, readings, earlier))
            if item.family.name != _AFTER_THAT:  # "after that" counts on from the same day
                anchor = readings[-1][0].end
        return resolved

    def _greeted(self, item: _Found) -> date | None:
        """The holiday a greeting names, when it is at hand: "Happy Thanksgiving! We'll have news
        the week after" counts from it. It never makes a window of its own."""
        if item.role is not Role.CONTEXT or item.family.name not in _HOLIDAY_FAMILIES:
            return None
        try:
            readings = self._read_group(item, Context(self.said_on, self.country, style=self.style))
        except NotADateError:
            return None
        if not readings or not readings[0]:
            return None
        span = readings[0][0]
        return span.end if (span.start - self.said_on).days <= GREETED_HOLIDAY_DAYS else None

    def _read_group(self, item: _Found, ctx: Context) -> tuple[tuple[Span, ...], ...]:
        """Each joined time's readings; the second of a pair counts on from the first."""
        read = item.family.read
        if read is None:
            return ()
        first = self._in_reach(read(item.matches[0], ctx), item.matches[0][0])
        if item.second is None or item.second.read is None or not first:
            return (first,)
        after = replace(ctx, anchor=first[0].start - ONE_DAY, relative=True)
        return (first, self._in_reach(item.second.read(item.matches[1], after), item.matches[1][0]))

    def _in_reach(self, spans: tuple[Span, ...], words: str) -> tuple[Span, ...]:
        """`spans`, unless one lies years away ("on 9999-12-31"): then NotADateError, before any
        arithmetic on it can run off the calendar."""
        if any(abs((span.end - self.said_on).days) > 2 * MAX_DAYS_AHEAD for span in spans):
            raise NotADateError(f"“{words.strip()}” is more than a year away")
        return spans

    # --- 4: windows ---------------------------------------------------------------------------

    def allowance(self, earliest: date) -> date:
        start = roll_forward(earliest, country=self.country)
        days = OPEN_WINDOW_YEAR_END_DAYS if start.month == 1 and start.day <= 10 else None
        return add_business_days(start, days or OPEN_WINDOW_DAYS, country=self.country)

    def statement(self, item: _Resolved, choice: int = 0) -> _Window:
        """The window one statement gives, with its `choice`-th reading of its first time."""
        spans = [readings[choice if i == 0 else 0] for i, readings in enumerate(item.readings)]
        found, span = item.found, spans[0]
        words = self.quote(found.start, found.end)
        window = self._bounded(found.bound, spans)
        if found.suffix is Suffix.FIRM and window.kind is not PhraseKind.NOT_BEFORE:
            window.kind, window.firm = PhraseKind.BY_DATE, True
            window.earliest = min(window.earliest, self.next_day)
        elif found.suffix is Suffix.EARLIEST:
            window.kind, window.latest = PhraseKind.NOT_BEFORE, self.allowance(window.earliest)
        window.parts.append(ReadPart(words=words, meaning=self._meaning(window, spans)))
        window.notes.extend(note for s in spans for note in s.notes)
        window.confidence = min((s.confidence for s in spans), key=lambda c: c.rank)
        window.label = span.label or words
        return window

    def _bounded(self, bound: Bound, spans: list[Span]) -> _Window:
        first, last = spans[0], spans[-1]
        kinds = {Shape.DAY: PhraseKind.ON_DATE, Shape.AMOUNT: PhraseKind.RANGE}
        kind = kinds.get(first.shape, PhraseKind.PERIOD)
        if first.shape is Shape.DEADLINE:
            return _Window(PhraseKind.BY_DATE, first.start, first.end)
        if len(spans) > 1 and bound is Bound.BY:
            return _Window(PhraseKind.BY_DATE, self.next_day, max(s.deadline_day for s in spans))
        if len(spans) > 1:
            return _Window(PhraseKind.PERIOD, first.start, max(last.end, first.start))
        if bound is Bound.SOON_AFTER:  # "straight after Easter": a couple of days
            earliest = first.start if first.shape is Shape.AMOUNT else first.end + ONE_DAY
            earliest = roll_forward(earliest, country=self.country)
            latest = add_business_days(earliest, HEDGE_DAYS, country=self.country)
            return _Window(PhraseKind.PERIOD, earliest, latest)
        if first.open_ended or bound in (Bound.AFTER, Bound.FROM):
            counted = first.shape is Shape.AMOUNT or first.open_ended or bound is Bound.FROM
            earliest = first.start if counted else first.end + ONE_DAY
            latest = self.allowance(earliest)
            if bound is Bound.FROM and first.end > latest:  # "not until the end of January"
                return _Window(PhraseKind.NOT_BEFORE, earliest, first.end, inside=True)
            return _Window(PhraseKind.NOT_BEFORE, earliest, latest)
        if bound is Bound.BY:
            return _Window(PhraseKind.BY_DATE, self.next_day, first.deadline_day)
        if bound is Bound.BEFORE:
            due = first.deadline_day if first.before_is_end else first.start - ONE_DAY
            return _Window(PhraseKind.BY_DATE, self.next_day, due)
        if bound is Bound.AROUND:
            earliest = add_business_days(first.start, -HEDGE_DAYS, country=self.country)
            latest = add_business_days(first.end, HEDGE_DAYS, country=self.country)
            return _Window(PhraseKind.RANGE, max(earliest, self.next_day), latest)
        if kind is PhraseKind.RANGE and first.start == first.end:
            kind = PhraseKind.ON_DATE
        inside = first.shape is Shape.STRETCH
        return _Window(kind, first.start, first.end, inside=inside)

    def _meaning(self, window: _Window, spans: list[Span]) -> str:
        how = spans[0].how if len(spans) == 1 else " to ".join(s.how for s in spans)
        if window.kind is PhraseKind.BY_DATE and spans[0].shape is Shape.STRETCH:
            how = ""  # "the 21st to the last day of May" would only blur a deadline
        if window.kind is PhraseKind.BY_DATE:
            return f"a deadline of {self.day(roll_back(window.latest, country=self.country))}" + (
                f" ({how})" if how else ""
            )
        if window.kind is PhraseKind.NOT_BEFORE:
            return f"not before {self.day(roll_forward(window.earliest, country=self.country))}"
        if window.earliest == window.latest:
            return f"{self.day(window.earliest)} ({how})"
        return f"{self.day(window.earliest)} to {self.day(window.latest)} ({how})"

    def combine(self, windows: list[_Window]) -> _Window:
        """Several statements: a start and an end, a firm last day, or both readings together."""
        if len(windows) == 1:
            return windows[0]
        parts = [p for w in windows for p in w.parts]
        notes = [n for w in windows for n in w.notes]
        sure = min((w.confidence for w in windows), key=lambda c: c.rank)
        openers = [w for w in windows if w.kind is PhraseKind.NOT_BEFORE]
        closers = [w for w in windows if w.kind is not PhraseKind.NOT_BEFORE]
        firm = [w for w in closers if w.firm]
        if openers and closers:  # "not before the 20th, but by the end of the month"
            earliest = max(w.earliest for w in openers)
            latest = max(max(w.latest for w in closers), earliest)
            deadline = all(w.kind is PhraseKind.BY_DATE for w in closers)
            kind = PhraseKind.BY_DATE if deadline else PhraseKind.PERIOD
            inside = any(w.inside for w in closers)
            return _Window(kind, earliest, latest, parts, notes, sure, inside=inside)
        if firm:  # "by Friday, Monday at the latest"
            earliest = min(w.earliest for w in closers)
            return _Window(PhraseKind.BY_DATE, earliest, firm[-1].latest, parts, notes, sure, True)
        earliest, latest = min(w.earliest for w in windows), max(w.latest for w in windows)
        notes.append("they named more than one time, so the window covers them all")
        sure = sure.at_most(Confidence.MEDIUM)
        return _Window(PhraseKind.PERIOD, earliest, latest, parts, notes, sure, united=True)

    def floor(self, items: list[_Resolved]) -> tuple[date, list[ReadPart]] | None:
        """The first day a decision can come, from interviews still to hold or someone away."""
        days: list[date] = []
        parts: list[ReadPart] = []
        for item in items:
            span, found = item.readings[-1][0], item.found
            words = self.quote(found.start, found.end)
            lead = self.text[max(0, found.start - 25) : found.start]
            back_on = _BACK_ON.search(lead) is not None  # "back on the 9th": the 9th itself
            day = span.start if (back_on or found.bound is Bound.FROM) else span.end + ONE_DAY
            why = "more interviews first" if found.role is Role.SCHEDULE else "someone is away"
            shown = self.day(roll_forward(day, country=self.country))
            parts.append(ReadPart(words=words, meaning=f"{why}: not before {shown}"))
            days.append(day)
        return (max(days), parts) if days else None

    def shape(self, window: _Window, resolved: list[_Resolved], hedges: list[Hedge],
              clauses: list[Clause]) -> _Window:  # fmt: skip
        """Apply what else was said: interviews and absences, a start date, hedges."""
        floors = [r for r in resolved if r.found.role in (Role.SCHEDULE, Role.AWAY)]
        found_floor = self.floor(floors)
        if found_floor is not None:
            day, parts = found_floor
            window.parts.extend(parts)
            if day > window.earliest:
                if window.kind is PhraseKind.NOT_BEFORE:  # its end was only our allowance
                    window.latest = max(window.latest, self.allowance(day))
                window.earliest = day
            if day > window.latest:
                window.notes.append("the interviews or absence they mentioned end after that")
                window.latest = self.allowance(day)
                window.confidence = window.confidence.at_most(Confidence.MEDIUM)
        for item in (r for r in resolved if r.found.role is Role.START):
            starts = item.readings[0][0].start
            words = self.quote(item.found.start, item.found.end)
            window.parts.append(
                ReadPart(
                    words=words, meaning=f"when the job starts: decided before {self.day(starts)}"
                )
            )
            if window.latest >= starts:
                window.latest = max(starts - ONE_DAY, window.earliest)
        # widening hedges do not add up: each says how far past the stated last day it may run
        step = roll_back if window.kind is PhraseKind.BY_DATE else roll_forward
        base = step(window.latest, country=self.country)
        for hedge in hedges:
            clause = next(c for c in clauses if c.start <= hedge.start < c.end)
            if role_at(clause, hedge.start, hedge.end) in _ASIDE:
                continue
            self._hedge(window, hedge, base)
        return window

    def _hedge(self, window: _Window, hedge: Hedge, base: date) -> None:
        words = self.quote(hedge.start, hedge.end)
        window.inside = False  # its last day is no longer a named stretch's
        amount = hedge.amount
        extra = business_days(amount.high, amount.unit) if amount else HEDGE_DAYS
        country = self.country
        if hedge.kind is HedgeKind.SOONER:
            window.earliest = self.next_day
            meaning = f"possibly sooner: from {self.day(self.next_day)}"
        elif hedge.kind is HedgeKind.AROUND:
            window.earliest = max(
                self.next_day, add_business_days(window.earliest, -extra, country=country)
            )
            window.latest = max(window.latest, add_business_days(base, extra, country=country))
            meaning = (
                f"a little either side: {self.day(window.earliest)} to {self.day(window.latest)}"
            )
        elif window.firm:
            meaning = "noted, but they also gave a firm last day"
        else:
            if hedge.kind is HedgeKind.HOPE:
                extra, why = HOPE_DAYS, "a hope, not a promise"
            elif hedge.kind is HedgeKind.CONDITION:
                extra, why = CONDITION_DAYS, "it depends on something else"
            else:
                why = "it may run over"
            window.latest = max(window.latest, add_business_days(base, extra, country=country))
            if window.kind is PhraseKind.ON_DATE:
                window.kind = PhraseKind.RANGE
            shown = self.day(roll_forward(window.latest, country=country))
            meaning = f"{why}: up to {shown} ({extra} more business days, our allowance)"
        window.parts.append(ReadPart(words=words, meaning=meaning))

    # --- business days ----------------------------------------------------------------------

    def settle(self, window: _Window) -> tuple[date, date]:
        """Step over weekends and holidays: a deadline moves back, anything else forward."""
        country, raw_start, raw_end = self.country, window.earliest, window.latest
        earliest = roll_forward(max(raw_start, self.said_on), country=country)
        if window.kind is PhraseKind.BY_DATE:
            latest = roll_back(raw_end, country=country)
            if latest != raw_end:
                window.notes.append(_moved(raw_end, latest, self, "the deadline moves back to"))
            if raw_end == self.said_on and latest == self.said_on:
                return latest, latest  # "by the end of today"
            if latest < earliest:
                window.notes.append(
                    "that leaves no day after it was said, so the next business day is used"
                )
                latest = earliest
            return earliest, latest
        latest = max(roll_forward(raw_end, country=country), earliest)
        if window.inside and roll_back(raw_end, country=country) >= earliest:
            latest = roll_back(raw_end, country=country)  # "next week" ends on its last working day
        single = raw_start == raw_end
        if earliest != raw_start and raw_start >= self.said_on:
            outcome = "the date moves to" if single else "the first day moves to"
            window.notes.append(_moved(raw_start, earliest, self, outcome))
        if latest != raw_end and not single and raw_end >= self.said_on:
            window.notes.append(_moved(raw_end, latest, self, "the last day moves to"))
        return earliest, latest


_PICK_INSTEAD = "Please pick a structured answer instead: a date, or one of the other choices."
_SOON = "soon, with no day named"
_AFTER_THAT = "after that"
_WORD = re.compile(r"[a-z0-9']+")
_FRAGMENT_WORDS = 6  # "before Diwali for sure": a time and a word or two, nothing of its own
_RELATIVE = re.compile(r"\b(?:then|after\s+that|afterwards|thereafter|from\s+there|from\s+then)\b")
_SO = re.compile(r"\bso\b")
_BACK_ON = re.compile(r"\b(?:back|returns?|returning)\s+(?:on|in)\s+$|\bback\s+$")
_HOLIDAY_FAMILIES = (
    "public holiday or festival by name",
    "public holiday by its name in the country's calendar",
)
_IGNORED = {
    Role.PAST: "about the past",
    Role.CONTEXT: "small talk",
    Role.OTHER: "about something else",
}
_ASIDE = (Role.CONTEXT, Role.PAST, Role.OTHER, Role.SCHEDULE, Role.AWAY, Role.START)


def _moved(raw: date, new: date, reader: _Reader, outcome: str) -> str:
    country, day = reader.country, reader.style.short
    step = ONE_DAY if new > raw else -ONE_DAY
    span = [raw + step * i for i in range(abs((new - raw).days))]
    named = [f"{day(d)} is {n}" for d in span if (n := holiday_name(d, country=country))]
    weekend = any(d.weekday() >= 5 and not holiday_name(d, country=country) for d in span)
    reason = " and ".join(named) or f"{day(raw)} falls on a weekend"
    if named and weekend:
        reason += ", next to a weekend"
    return f"{reason}, so {outcome} {day(new)}"


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:] + ("" if text.endswith(".") else ".")


def read(
    phrase: str, said_on: date, country: str, style: DateStyle = DateStyle.DAY_FIRST
) -> Outcome:
    """The reading of `phrase`, said on `said_on` in `country` (checked by the caller), with its
    dates written in `style`."""
    reader = _Reader(phrase, said_on, country, style)
    found, hedges, clauses = reader.find()
    resolved = reader.resolve(found)
    statements = [r for r in resolved if r.found.role in (Role.DECISION, Role.NEUTRAL)]
    decisions = [r for r in statements if r.found.role is Role.DECISION]
    if all(r.found.family.name == _SOON for r in decisions):
        decisions = statements  # "in touch soon" decides nothing that a bare "next week" doesn't
    named = [r for r in decisions if r.found.family.name != _SOON]
    decisions = named or decisions  # "soon, probably next week": next week says more
    replaced = {id(r.anchor) for r in decisions if r.anchor is not None}
    decisions = [r for r in decisions if id(r) not in replaced]  # "the 14th; then two days"
    corrections = [
        ReadPart(words=typed, meaning=f"read as “{fixed}”")
        for typed, fixed in reader.norm.corrections
    ]

    def build(choice: tuple[int, int] | None = None, only: int | None = None) -> _Window | None:
        chosen = decisions if only is None else [decisions[only]]
        windows = [
            reader.statement(item, choice[1] if choice and choice[0] == i else 0)
            for i, item in enumerate(chosen)
        ]
        if windows:
            window = reader.combine(windows)
        else:
            floors = [r for r in resolved if r.found.role in (Role.SCHEDULE, Role.AWAY)]
            starts = [r for r in resolved if r.found.role is Role.START]
            if floors:
                window = _Window(PhraseKind.NOT_BEFORE, said_on, said_on)
                away_only = all(r.found.role is Role.AWAY for r in floors)
                window.confidence = Confidence.LOW if away_only else Confidence.MEDIUM
                found_floor = reader.floor(floors)
                if found_floor is not None:
                    window.latest = reader.allowance(found_floor[0])
                window.notes.append(
                    "no time was given for the decision itself, only for what comes first"
                )
            elif starts:
                window = _Window(PhraseKind.BY_DATE, reader.next_day, said_on)
                window.latest = starts[0].readings[0][0].start
                window.confidence = Confidence.LOW
                window.notes.append(
                    "they named when the job starts, not when they decide: "
                    "an offer has to come before it"
                )
            else:
                return None
        return reader.shape(window, resolved, hedges, clauses)

    floors = [r for r in resolved if r.found.role in (Role.SCHEDULE, Role.AWAY)]
    if not decisions and floors and _NON_ANSWER.search(reader.text):
        # "three more on Monday, I'll let you know once I've decided": the interviews say when it
        # can start and nothing says when it ends, so a last day would be a guess of ours
        return _dateless(reader, phrase, corrections, reader.floor(floors))
    primary = build()
    if primary is None:
        return _dateless(reader, phrase, corrections)
    if (primary.latest - said_on).days > MAX_DAYS_AHEAD:  # checked before any holiday lookup
        why = f"that reads as {style.short(primary.latest)}, more than a year after it was said"
        return _unrecognised(reader, phrase, why)
    earliest, latest = reader.settle(primary)
    alternatives = _alternatives(reader, decisions, build, (earliest, latest), primary.united)
    confidence = primary.confidence
    if corrections:
        confidence = confidence.at_most(Confidence.MEDIUM)
    parts = tuple(primary.parts) + tuple(reader.ignored) + tuple(corrections)
    explanation = " ".join(_sentence(f"“{p.words}”: {p.meaning}") for p in parts)
    notes = tuple(_sentence(note) for note in dict.fromkeys(primary.notes))
    if notes:
        explanation += " " + _sentence("; ".join(dict.fromkeys(primary.notes)))
    if confidence is Confidence.LOW:
        explanation += " We are not sure of this reading: check it, or pick the date yourself."
    matched = tuple(p.words for p in primary.parts)
    return Outcome(primary.kind, earliest, latest, explanation, matched, confidence, alternatives,
                   parts, notes)  # fmt: skip


def _alternatives(reader: _Reader, decisions: list[_Resolved], build: object,
                  primary: tuple[date, date], united: bool) -> tuple[Alternative, ...]:  # fmt: skip
    builder = build  # the same steps, with one time read another way
    found: dict[tuple[date, date], Alternative] = {}
    options: list[tuple[tuple[int, int] | None, int | None]] = []
    for i, item in enumerate(decisions):
        options += [((i, j), None) for j in range(1, len(item.readings[0]))]
    if united:
        options += [(None, i) for i in range(len(decisions))]
    for choice, only in options:
        window = builder(choice, only)  # type: ignore[operator]
        if window is None or (window.latest - reader.said_on).days > MAX_DAYS_AHEAD:
            continue
        earliest, latest = reader.settle(window)
        if (earliest, latest) == primary:
            continue
        label = window.label if only is None else window.parts[0].words
        if choice is not None:
            label = decisions[choice[0]].readings[0][choice[1]].label or label
        found.setdefault(
            (earliest, latest),
            Alternative(kind=window.kind, earliest=earliest, latest=latest, label=label),
        )
    return tuple(found.values())


def _dateless(reader: _Reader, phrase: str, corrections: list[ReadPart],
              floor: tuple[date, list[ReadPart]] | None = None) -> Outcome:  # fmt: skip
    if _NON_ANSWER.search(reader.text):
        why = (
            "No date was set, so there is nothing to count from. Ask whether it is fine "
            "to check in after a set time, for example a week from now."
        )
        before = tuple(floor[1]) if floor else ()  # what comes first: the interviews, an absence
        if floor:
            after = reader.day(roll_forward(floor[0], country=reader.country))
            why = (
                " ".join(_sentence(f"“{p.words}”: {p.meaning}") for p in before)
                + " No date was set for the decision itself, only for what comes first. Ask"
                f" whether it is fine to check in a set time after {after}, for example a week"
                " later."
            )
        parts = before + tuple(reader.ignored)
        return Outcome(PhraseKind.NO_TIMELINE, None, None, why, (), Confidence.HIGH, (), parts)
    if reader.problems:
        return _unrecognised(reader, phrase, reader.problems[0])
    if reader.ignored:
        first = reader.ignored[0]
        return _unrecognised(reader, phrase, f"“{first.words}” is {first.meaning}")
    return _unrecognised(
        reader, phrase, f"no date or time frame could be read in “{phrase.strip()}”"
    )


def _unrecognised(reader: _Reader, phrase: str, why: str) -> Outcome:
    text = f"{_sentence(why)} {_PICK_INSTEAD}"
    return Outcome(
        PhraseKind.UNRECOGNISED, None, None, text, (), Confidence.LOW, (), tuple(reader.ignored)
    )
