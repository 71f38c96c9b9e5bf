"""The timeline chart on a phone: short row names, every mark in view, details on tap."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import combinations
from typing import Any

import pytest

from advisor import Application, Plan
from advisor.agenda import agenda
from advisor.events import Event, EventKind, StepKind
from advisor.examples import examples
from ui.timeline_chart import short_label, timeline_chart, timeline_rows

TODAY = date(2026, 11, 4)
MONDAY = date(2026, 11, 2)


def _spec(plan: Plan, today: date = TODAY) -> dict[str, Any]:
    periods, steps = timeline_rows(plan, agenda(plan=plan, today=today))
    return timeline_chart(periods, steps, today=today)


def _rows(spec: dict[str, Any], layer: int) -> list[dict[str, Any]]:
    return list(spec["layer"][layer]["data"]["values"])


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Contoso", "Contoso"),
        ("Fourteen chars", "Fourteen chars"),
        ("Fifteen chars!!", "Fifteen chars…"),
        ("Contoso Pharmaceuticals", "Contoso Pharm…"),
        ("Tailspin Toy Company", "Tailspin Toy…"),  # no space left before the "…"
    ],
)
def test_a_row_is_named_by_its_company_cut_to_fourteen_characters(name: str, shown: str) -> None:
    assert short_label(name) == shown


def test_row_names_stay_distinct_and_the_full_name_is_in_the_tooltip() -> None:
    plan = Plan(
        applications=(
            Application(company="Contoso Pharmaceuticals", role="Analyst", interview_date=MONDAY),
            Application(company="Contoso Pharmaceuticals", role="Lead", interview_date=MONDAY),
        )
    )

    spec = _spec(plan)

    bars = spec["layer"][0]
    assert bars["encoding"]["y"]["sort"] == ["Contoso Pharm…", "Contoso Ph… (2)"]
    assert {t["field"] for t in bars["encoding"]["tooltip"]} >= {"application", "detail"}
    assert {r["application"] for r in _rows(spec, 0)} == {
        "Contoso Pharmaceuticals · Analyst",
        "Contoso Pharmaceuticals · Lead",
    }


def test_every_bar_and_every_mark_has_a_tooltip() -> None:
    spec = _spec(examples(today=TODAY)[3].plan)

    for layer in spec["layer"]:
        assert layer["encoding"]["tooltip"], layer["mark"]


def _crowded() -> Plan:
    """A thank-you done on the interview day, the recruiter asked the next day, an answer."""
    return Plan(
        applications=(
            Application(
                company="Northwind",
                interview_date=MONDAY,
                recruiter=True,
                events=(
                    Event(kind=EventKind.STEP_DONE, step=StepKind.THANK_YOU, on=MONDAY),
                    Event(
                        kind=EventKind.STEP_DONE,
                        step=StepKind.RECRUITER_CHECK_IN,
                        on=MONDAY + timedelta(days=1),
                    ),
                ),
            ),
        )
    )


@pytest.mark.parametrize(
    "plan",
    [_crowded(), *(e.plan for e in examples(today=TODAY))],
    ids=["crowded", *(e.key for e in examples(today=TODAY))],
)
def test_marks_within_three_days_of_each_other_in_a_row_never_share_a_place(plan: Plan) -> None:
    spec = _spec(plan)

    marks = _rows(spec, 1)
    for first, second in combinations(marks, 2):
        days = abs(date.fromisoformat(first["date"][:10]) - date.fromisoformat(second["date"][:10]))
        if first["row"] == second["row"] and days < timedelta(days=3):
            assert first["lane"] != second["lane"], (first["step"], second["step"])


def test_the_crowded_row_uses_the_lanes_above_and_below() -> None:
    marks = _rows(_spec(_crowded()), 1)

    lanes = {m["step"]: m["lane"] for m in marks}
    assert lanes["Thank-you"] == 0
    assert lanes["Ask the recruiter"] != 0


def test_steps_done_are_drawn_hollow_and_beneath_the_open_ones() -> None:
    spec = _spec(_crowded())

    marks = spec["layer"][1]
    fill = marks["encoding"]["fill"]
    assert fill["condition"]["test"] == "datum.open"
    assert fill["value"] == "transparent"
    assert marks["encoding"]["order"]["field"] == "open"
    opened = {m["step"]: m["open"] for m in _rows(spec, 1)}
    assert opened["Thank-you"] is False
    assert opened["First follow-up"] is True


def test_a_one_day_decision_window_is_drawn_across_its_whole_day() -> None:
    plan = examples(today=TODAY)[3].plan  # Contoso decides on one day

    bars = _rows(_spec(plan), 0)

    deciding = [b for b in bars if b["period"] == "Decision expected"]
    assert deciding
    for bar in deciding:
        start, end = (bar[k] for k in ("start", "end"))
        assert (start[11:], end[11:]) == ("12:00:00", "12:00:00")
        assert start < end


def test_today_is_labelled_by_an_axis_so_it_takes_the_themes_text_colour() -> None:
    spec = _spec(_crowded())

    axis = spec["layer"][2]["encoding"]["x"]["axis"]
    assert (axis["orient"], axis["labelExpr"]) == ("top", "'Today'")
    assert not [layer for layer in spec["layer"] if layer["mark"]["type"] == "text"]
