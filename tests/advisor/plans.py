"""Hypothesis strategies for valid plans, hostile-looking text included, for reuse across tests.

Usage: ``@given(plan=plans())`` or ``plans(today=date(2027, 1, 4))``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

from advisor.events import EventKind, StepKind
from advisor.models import CompanySize, Industry, InterviewFormat, Plan, Round, Signal
from advisor.plan_file import PlanFileError
from advisor.terms import MAX_AMOUNT, OWN_CRITERIA, RATED_CRITERIA, Criterion
from tests.advisor.factories import TODAY

__all__ = ["assert_opens_or_is_refused", "plans", "short_texts"]

# Text people type, and text an attacker would: emoji, right-to-left, template and markup syntax.
SPECIAL_TEXTS = (
    "Northwind",
    "🙂 Emoji Ltd 🚀",
    "شركة الاتصالات",
    "חברת הייטק",
    "\u202eevil override",
    "$company",
    "{company} ${role} {{7*7}}",
    "<script>alert(1)</script>",
    "Robert'); DROP TABLE plans;--",
    'O\'Brien & "Sons"',
    "日本株式会社",
    "Zürich Straße",
)
COUNTRIES = ("US", "GB", "DE", "FR", "CA", "AU", "IN", "JP")
TIME_FRAMES = ("in two weeks", "2-3 weeks", "by Friday", "within 10 business days", "next week")

_TYPED = st.characters(exclude_categories=("Cc", "Cs"))


def short_texts(*, max_size: int = 80, min_size: int = 0) -> st.SearchStrategy[str]:
    """One-line text as the app accepts it (already stripped), sometimes a hostile sample."""
    typed = st.text(_TYPED, max_size=max_size).map(str.strip)
    samples = st.sampled_from([t for t in SPECIAL_TEXTS if len(t) <= max_size])
    return st.one_of(samples, typed).filter(lambda text: len(text) >= min_size)


@st.composite
def _events(draw: st.DrawFn, interview: date, today: date) -> list[dict[str, Any]]:
    latest = max(0, (today - interview).days)
    events: list[dict[str, Any]] = []
    for _ in range(draw(st.integers(0, 3))):
        on = interview + timedelta(days=draw(st.integers(0, latest)))
        kind = draw(st.sampled_from(EventKind))
        event: dict[str, Any] = {"kind": kind, "on": on}
        if kind is EventKind.STEP_DONE:
            event["step"] = draw(st.sampled_from(StepKind))
        if kind is EventKind.CALL_BACK:
            event["call_back_on"] = on + timedelta(days=draw(st.integers(0, 30)))
        if kind is EventKind.OFFER and draw(st.booleans()):
            event["offer_deadline"] = on + timedelta(days=draw(st.integers(0, 14)))
        events.append(event)
    return events


@st.composite
def _applications(draw: st.DrawFn, application_id: str, today: date) -> dict[str, Any]:
    interview = today - timedelta(days=draw(st.integers(0, 60)))
    timing = draw(st.sampled_from(["date", "time_frame", "in_touch", "non_answer", "did_not_ask"]))
    no_calls = draw(st.booleans())
    data: dict[str, Any] = {
        "id": application_id,
        "company": draw(short_texts(min_size=1)),
        "role": draw(short_texts()),
        "interviewer": {"name": draw(short_texts()), "title": draw(short_texts())},
        "interview_date": interview,
        "round": draw(st.sampled_from(Round)),
        "format": draw(st.sampled_from(InterviewFormat)),
        "company_size": draw(st.sampled_from(CompanySize)),
        "industry": draw(st.sampled_from(Industry)),
        "country": draw(st.sampled_from(COUNTRIES)),
        "recruiter": draw(st.booleans()),
        "no_calls": no_calls,
        "email_invited": draw(st.booleans()),
        "timing": timing,
        "signals": draw(st.frozensets(st.sampled_from(Signal))),
        "topic": draw(short_texts()),
        "strength": draw(short_texts()),
        "events": draw(_events(interview, today)),
        "pay": {
            part: draw(st.none() | st.integers(0, MAX_AMOUNT))
            for part in ("base", "bonus", "equity")
        },
        "ratings": draw(st.dictionaries(st.sampled_from(RATED_CRITERIA), st.integers(1, 5))),
        "compare_estimate": draw(st.booleans()),
    }
    if not no_calls and draw(st.booleans()):
        data["call_back_on"] = interview + timedelta(days=draw(st.integers(0, 30)))
    if timing == "date":
        data["decision_date"] = interview + timedelta(days=draw(st.integers(0, 60)))
    if timing == "time_frame":
        data["timing_phrase"] = draw(st.sampled_from(TIME_FRAMES))
    return data


_IDS = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=4, max_size=32)


@st.composite
def plans(draw: st.DrawFn, today: date = TODAY) -> Plan:
    """A valid plan with 0-6 applications, validated against `today`."""
    ids = draw(st.lists(_IDS, max_size=6, unique=True))
    ranked = draw(st.permutations(ids))[: draw(st.integers(0, len(ids)))]
    data = {
        "candidate_name": draw(short_texts()),
        "example": draw(short_texts()),
        "applications": [draw(_applications(i, today)) for i in ids],
        "preference": ranked,
        "weights": {
            "weights": draw(st.dictionaries(st.sampled_from(Criterion), st.integers(0, 5))),
            "own_names": draw(
                st.dictionaries(st.sampled_from(OWN_CRITERIA), short_texts(max_size=40))
            ),
        },
    }
    return Plan.model_validate(data, context={"today": today})


def assert_opens_or_is_refused(read: Callable[[], object]) -> None:
    """`read()` gives a Plan, or raises PlanFileError with one short line; nothing else."""
    try:
        result = read()
    except PlanFileError as error:
        message = str(error)
    else:
        assert isinstance(result, Plan)
        return
    assert "\n" not in message
    assert 0 < len(message) <= 300
