"""The words around a time: which clause it sits in, what that clause is about, and how it is bound.

An answer such as "Great to meet you this morning - we're seeing two more people on Monday and
will decide by the end of the month, maybe a few days later" has four clauses: small talk about the
interview (its "this morning" is not a deadline), the interview schedule (Monday sets the earliest
day, never the latest), the decision ("by the end of the month", the statement the window comes
from) and a hedge that widens it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from advisor.phrases.amounts import AMOUNT, Amount, read_amount

__all__ = [
    "Bound",
    "Clause",
    "Hedge",
    "HedgeKind",
    "Role",
    "bound_before",
    "find_hedges",
    "role_at",
    "split_clauses",
    "suffix_after",
]


class Role(StrEnum):
    """What a clause is about, which decides what its times are allowed to set."""

    DECISION = "decision"  # deciding, hearing back, an offer: the window comes from here
    SCHEDULE = "schedule"  # other interviews still to come: sets the earliest day only
    AWAY = "away"  # someone away until a day: sets the earliest day only
    START = "start"  # when the job starts: the decision must come before it
    CONTEXT = "context"  # small talk about the interview itself: ignored
    PAST = "past"  # how long the role has been open: ignored
    OTHER = "other"  # another subject: probation, payroll, an offsite: ignored
    NEUTRAL = "neutral"  # no cue: a time on its own is taken as the decision's


# Cue words for each role, strongest first; the nearest cue before a time decides its role.
_CUES: tuple[tuple[Role, str], ...] = (
    (
        Role.CONTEXT,
        r"(?:great|nice|good|lovely|pleasure|wonderful)\s+(?:to\s+)?(?:meet|meeting|chat|chatting"
        r"|talk|talking|speak|speaking|see|seeing)|thanks|thank\s+you|coming\s+in|came\s+in"
        r"|your\s+time|met\s+you|meeting\s+you|(?:have|had|having)\s+a\s+(?:good|great|nice|lovely"
        r"|safe|wonderful|happy|relaxing|restful|fantastic|brilliant)|hope\s+you\s+(?:had|have|are"
        r"|were|enjoy)"
        r"|enjoy|today'?s\s+interview|the\s+interview\s+(?:today|this)|merry|happy\s+(?!to\b)"
        r"|season'?s\s+greetings|heads\s+up|in\s+person",
    ),
    (
        Role.PAST,
        r"ago|been\s+(?:open|hiring|interviewing|looking|searching|advertised|live|running)"
        r"|opened|posted|advertised|already|previous(?:ly)?|took|last\s+(?:hire|time|person)",
    ),
    (
        Role.OTHER,
        r"probation|notice\s+periods?|payroll|salar(?:y|ies)|pay\s*day|appraisals?|reviews\s+happen"
        r"|planning|offsite|off-site|shutdown|(?<!before\sthe\s)(?<!until\sthe\s)office\s+"
        r"(?:is\s+|will\s+be\s+)?(?:closed|shut)"
        r"|every\s+(?:day|week|month|quarter|year)|quarterly|monthly|annual(?:ly)?|conference"
        r"|a\s+(?:bank|public|national|federal|state)\s+holiday|(?:is|'s|being)\s+a\s+holiday"
        r"|launch|release|go[\s-]live|bonus(?:es)?|vesting|your\s+(?:answer|response|reply"
        r"|decision|notice)|you'?d\s+(?:need|have)\s+to|(?:need|want|expect)\s+(?:you\s+to"
        r"|your(?:\s+(?:answer|response|reply|decision|notice))?)",
    ),
    (
        Role.AWAY,
        r"away|out\s+of\s+(?:the\s+)?office|ooo|on\s+(?:annual\s+|sick\s+|parental\s+)?leave"
        r"|on\s+holiday|on\s+vacation|travel(?:l)?ing|(?:is|are|'s|'re|'m|am)\s+(?:out|off)"
        r"|back\s+(?:on|from)|returns?\b|returning|unavailable|not\s+around|off\s+sick",
    ),
    (
        Role.START,
        r"start\s+date|starts?\s+(?:on|in|from)|to\s+start|can\s+start|would\s+start|will\s+start"
        r"|in\s+(?:the\s+)?seat|on\s+board|in\s+post|in\s+the\s+role\s+by"
        r"|joining|onboarding|commence|training\s+(?:class|course|programme|program)|cohort"
        r"|first\s+day|day\s+one",
    ),
    (
        Role.SCHEDULE,
        r"interviewing|interviews|to\s+interview|(?:other|more|remaining|final|last|another"
        r"|\d+(?:st|nd|rd|th)|\d+\s+more|a\s+few\s+more)\s+(?:interview|candidate|applicant|people"
        r"|round|panel)s?|(?:candidates|applicants)\s+(?:in|on|until|till|through|left|to\s+see)"
        r"|panels?(?!\s+meets?)|seeing\s+(?:the\s+)?(?:other|others|everyone|rest|remaining|more"
        r"|a\s+few|\d+)|meeting\s+(?:the\s+)?(?:other|others|everyone|rest|remaining|more|\d+)"
        r"|more\s+people|other\s+people|in\s+through|assessment\s+(?:day|centre|center)s?"
        r"|shortlisted|(?:have|has|having|got|seeing|see|meeting|meet)\s+(?:\d+|a\s+few|a\s+couple"
        r"|several)\s+more(?=\s+(?:on|this|next|tomorrow|today|later|to\s+(?:see|meet|go|come))\b"
        r"|\s*(?:[,.;!]|$))",
    ),
    (
        Role.DECISION,
        r"decid\w*|decision\w*|offers?|outcome|results?|verdict|make\s+(?:a|the|our)\s+(?:call"
        r"|choice|selection)|final\s+(?:call|answer|word|say)|shortlist(?:ing)?|select\w*"
        r"|confirm\w*|finali[sz]\w*|let\s+(?:you|all\s+\w+|everyone|them)\s+know|get\s+back"
        r"|come\s+back|coming\s+back|process|takes?|taking|(?:board|committee|panel|team)\s+meets?"
        r"|(?:board|committee|panel|hiring)\s+meeting|board|committee"
        r"|settled?|sorted|close\s+(?:it|this|the\s+role|the\s+req)\w*"
        r"|revert|in\s+touch|hear\w*|news|feedback|updat\w*|respon\w*|repl\w*|answer|word"
        r"|contact|call\s+you|email\s+you|ring\s+you|reach\s+out|notif\w*|inform\w*|intimat\w*"
        r"|next\s+(?:steps?|stage|round)|sign[\s-]?off"
        r"|expect|know\s+more|back\s+to\s+you|touch\s+base|circle\s+back|follow\s+up|check\s+in"
        r"|communicat\w*|come\s+to\s+you|we'll\s+know|should\s+know",
    ),
)
_CUE = re.compile("|".join(rf"(?P<{role.value}>\b(?:{words}))" for role, words in _CUES), re.ASCII)


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    cues: tuple[tuple[int, Role], ...]  # (position, role) of each cue word in it
    negated_before: tuple[int, ...]  # positions of "not", "n't", "nothing"...


_BREAK = re.compile(
    r"[.;!?:]+(?:\s|$)|\s+-+\s+|,|\s+(?:and|but|so|then|though|although|because|while|whereas"
    r"|or(?<!\bon\sor))\s+(?!(?:\d|a\s|an\s|the\s+(?:\d|end|start|beginning|middle)))",
    re.ASCII,
)
_NEGATION = re.compile(
    r"\b(?!(?:no\s+worries|not\s+a\s+problem|no\s+problem|no\s+pressure|no\s+rush|no\s+matter"
    r"|no\s+(?:from|either)|no\s+later)\b)(?<!yes\sor\s)(?:not|no|nothing|never|nobody"
    r"|none|unlikely|neither)\b|(?<!don't\sworry)n't\b(?!\s+worry)|\bcannot\b",
    re.ASCII,
)
_NEGATION_REACH = 40  # characters: a "not" further back belongs to another thought


def split_clauses(text: str, protected: Sequence[tuple[int, int]]) -> list[Clause]:
    """The clauses of `text`, never breaking inside a `protected` stretch (a time, a hedge)."""
    cuts = [0]
    for brk in _BREAK.finditer(text):
        if any(start < brk.end() and brk.start() < end for start, end in protected):
            continue
        cuts.append(brk.start())
        cuts.append(brk.end())
    cuts.append(len(text))
    clauses = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=True):
        if end <= start:
            continue
        piece = text[start:end]
        cues = tuple(
            (start + m.start(), Role(m.lastgroup or "neutral")) for m in _CUE.finditer(piece)
        )
        negated = tuple(start + m.start() for m in _NEGATION.finditer(piece))
        clauses.append(Clause(start, end, cues, negated))
    return clauses


# A cue after a time ("Monday we see two more people") can set its role only for these: "off
# sick" after "a few days" is about the hedge's reason, not the days.
_CUE_AFTER = (Role.DECISION, Role.SCHEDULE, Role.OTHER)


def role_at(clause: Clause, start: int, end: int) -> Role:
    """The role of a time at `start`: the nearest cue before it, else the first after it."""
    before = [(pos, role) for pos, role in clause.cues if pos < start]
    if before:
        return before[-1][1]
    after = [role for pos, role in clause.cues if pos >= end and role in _CUE_AFTER]
    return after[0] if after else Role.NEUTRAL


class Bound(StrEnum):
    """How the words before a time bind it."""

    SOON_AFTER = "soon_after"  # within a couple of days after it: straight after, right after
    ON = "on"  # no word: the time itself
    BY = "by"  # a deadline: by, no later than, until, through
    BEFORE = "before"  # the day before it: before, prior to, ahead of
    AFTER = "after"  # from the day after it: after, once, following, beyond
    FROM = "from"  # from it on: not before, not until, from, at least
    BETWEEN = "between"  # the first of two
    AROUND = "around"  # a couple of days either side: around, about, roughly


_BOUNDS: tuple[tuple[Bound, str], ...] = (
    (Bound.BY, r"no\s+later\s+than|not\s+later\s+than|latest\s+by|by\s+no\s+later\s+than"),
    (Bound.BY, r"at\s+the\s+(?:very\s+)?latest(?:\s+by)?|on\s+or\s+before"),
    (Bound.FROM, r"no\s+earlier\s+than|not\s+earlier\s+than|no\s+sooner\s+than|on\s+or\s+after"),
    (Bound.FROM, r"not\s+before|not\s+until|not\s+till|at\s+least|more\s+than|longer\s+than"),
    (Bound.FROM, r"at\s+the\s+(?:very\s+)?earliest"),
    (Bound.SOON_AFTER, r"(?:straight|right|immediately|just|directly|soon)\s+after"),
    (
        Bound.AFTER,
        r"until\s+after|till\s+after|only\s+after|any\s*time\s+after|some\s*time\s+after",
    ),
    (Bound.BY, r"by|until|till|up\s+to|through|thru|latest"),
    (Bound.BEFORE, r"before|prior\s+to|ahead\s+of"),
    (Bound.AFTER, r"after|following|once|post|past|beyond"),
    (Bound.FROM, r"from|starting(?:\s+from)?|beginning|as\s+of"),
    (Bound.BETWEEN, r"between"),
    (Bound.AROUND, r"around|about|approximately|roughly|circa|towards?|close\s+to|near"),
    (Bound.AROUND, r"some\s*time\s+around|some\s*time\s+about"),
)
# "before we break up for Christmas": the bound is the holiday's, the break only its reason
_BREAK_FOR = (
    r"(?:we|they|i|everyone|the\s+(?:office|team|company|firm|business))\s+(?:break(?:s|ing)?"
    r"(?:\s+up)?|finish(?:es|ing)?|close(?:s|ing)?|shut(?:s|ting)?(?:\s+down)?|go(?:es)?\s+off"
    r"|knock(?:s)?\s+off|wind(?:s)?\s+down)\s+for\s+"
)
_BOUND_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(
        rf"(?P<{bound.value}{index}>{words})" for index, (bound, words) in enumerate(_BOUNDS)
    )
    + r")\s+(?:(?:some\s*time|sometime|probably|maybe|hopefully|ideally|roughly|about)\s+)?"
    + rf"(?:{_BREAK_FOR})?$",
    re.ASCII,
)
# With a negation before it, a deadline turns round: "nothing before the 20th" is from the 20th.
_NEGATED = {Bound.BY: Bound.AFTER, Bound.BEFORE: Bound.FROM}
_NEGATED_UNTIL = re.compile(r"until|till")


_FIRM = re.compile(r"latest|later\s+than")


def bound_before(text: str, clause: Clause, start: int) -> tuple[Bound, int, bool]:
    """The bound word just before `start` in its clause, where it begins, and whether it is firm
    ("no later than", "at the latest")."""
    m = _BOUND_BEFORE.search(text, clause.start, start)
    if m is None or m.end() != start:
        return Bound.ON, start, False
    bound = Bound((m.lastgroup or "on").rstrip("0123456789"))
    negated = any(m.start() - _NEGATION_REACH <= pos < m.start() for pos in clause.negated_before)
    if negated and bound in _NEGATED:
        bound = Bound.FROM if _NEGATED_UNTIL.match(m[0]) else _NEGATED[bound]
    return bound, m.start(), bound is Bound.BY and _FIRM.search(m[0]) is not None


class Suffix(StrEnum):
    FIRM = "firm"  # "at the latest"
    EARLIEST = "earliest"  # "at the earliest", "onwards", "or later"


_SUFFIX = re.compile(
    r"\s*,?\s*(?:(?P<firm>at\s+the\s+(?:very\s+)?latest|latest|max(?:imum)?|tops|at\s+most"
    r"|for\s+sure|definitely|without\s+fail|guaranteed|sharp)"
    r"|(?P<earliest>at\s+the\s+(?:very\s+)?earliest|earliest|onwards?"
    r"|at\s+least|minimum))\b",
    re.ASCII,
)


def suffix_after(text: str, clause: Clause, end: int) -> tuple[Suffix | None, int]:
    """A firming word right after a time ("Monday at the latest"), and where it ends."""
    m = _SUFFIX.match(text, end, clause.end)
    if m is None:
        return None, end
    return Suffix(m.lastgroup or "firm"), m.end()


class HedgeKind(StrEnum):
    LATER = "later"  # "maybe a few days later", "could slip"
    SOONER = "sooner"  # "or sooner", "if not before"
    AROUND = "around"  # "give or take", "or so"
    HOPE = "hope"  # "hopefully", "we aim to"
    CONDITION = "condition"  # "depending on budget sign-off"


_LOOSE = r"a\s+(?:bit|little|touch|tad)|slightly"
# "maybe after" ends its thought (not "maybe after Friday"): the clause ends or a reason follows.
_AT_END = (
    r"(?=\s*(?:$|[,.;!?)-]|(?:then|that|if|when|because|as|since|depending|should|in\s+case"
    r"|but|though)\b))"
)
_HEDGES: tuple[tuple[HedgeKind, str], ...] = (
    (
        HedgeKind.LATER,
        rf"(?:maybe|perhaps|possibly|probably|potentially|could\s+be|might\s+be|may\s+be|or)\s+"
        rf"(?:even\s+)?(?:just\s+)?(?:(?P<amt>{_LOOSE}|{AMOUNT})\s+)?(?:later|longer|beyond"
        rf"|past\s+that|more{_AT_END}|after(?:wards)?{_AT_END})"
        rf"|(?:could|might|may|can|will\s+probably|sometimes)\s+(?:slip|drag(?:\s+on)?|stretch"
        rf"|run\s+over|overrun|take\s+(?:a\s+(?:bit|little)\s+)?longer)(?:\s+(?:by\s+)?"
        rf"(?P<amt2>{_LOOSE}|{AMOUNT}))?|or\s+thereabouts|worst\s+case",
    ),
    (
        HedgeKind.SOONER,
        r"(?:or|if\s+not|maybe|possibly|perhaps|hopefully|could\s+be|might\s+be)\s+(?:even\s+)?"
        rf"(?:a\s+bit\s+|slightly\s+)?(?:sooner|earlier|before{_AT_END})\b|best\s+case",
    ),
    (
        HedgeKind.AROUND,
        rf"give\s+or\s+take(?:\s+(?P<amt>{_LOOSE}|{AMOUNT}))?|plus\s+or\s+minus(?:\s+"
        rf"(?P<amt2>{AMOUNT}))?|\bor\s+so\b|-?\bish\b|ballpark",
    ),
    (
        HedgeKind.HOPE,
        r"hopefully|ideally|fingers\s+crossed|all\s+being\s+well|touch\s+wood|tentative(?:ly)?"
        r"|provisional(?:ly)?|if\s+all\s+goes\s+(?:well|to\s+plan)|if\s+(?:everything|things)\s+"
        r"go(?:es)?\s+(?:well|smoothly|to\s+plan)|(?:we|i|they)(?:'re|\s+are|'ll|\s+will|'d"
        r"|\s+would)?\s+(?:hope|hoping|aim|aiming|target|targeting|try|trying)\s+to"
        r"|(?:the\s+)?(?:aim|goal|target|hope)\s+is",
    ),
    (
        HedgeKind.CONDITION,
        r"depend(?:s|ing)?\s+on|subject\s+to|pending|assuming|as\s+long\s+as|provided\s+(?:that\s+)?"
        r"|if\s+(?:the\s+)?(?:budget|approvals?|sign[\s-]?off|headcount|funding|the\s+client"
        r"|management|leadership)",
    ),
)


@dataclass(frozen=True)
class Hedge:
    kind: HedgeKind
    start: int
    end: int
    amount: Amount | None  # "a few days" in "maybe a few days later"


def _loose_amount(text: str | None) -> Amount | None:
    if not text:
        return None
    if re.fullmatch(_LOOSE, text):
        return Amount(2, 2, "bday", loose=True)  # "a bit": our allowance of two business days
    return read_amount(text)


_COMPILED_HEDGES = tuple((kind, re.compile(rf"\b(?:{words})", re.ASCII)) for kind, words in _HEDGES)


def find_hedges(text: str) -> list[Hedge]:
    """Every hedge in `text`, earliest first, overlapping ones dropped."""
    found: list[Hedge] = []
    for kind, pattern in _COMPILED_HEDGES:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            amount = _loose_amount(groups.get("amt") or groups.get("amt2"))
            found.append(Hedge(kind, m.start(), m.end(), amount))
    found.sort(key=lambda hedge: (hedge.start, -(hedge.end - hedge.start)))
    kept: list[Hedge] = []
    for hedge in found:
        if not kept or hedge.start >= kept[-1].end:
            kept.append(hedge)
    return kept
