"""The timeline chart on a phone: short row names, every mark in view, details on tap."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import combinations
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advisor import Application, Plan
from advisor.agenda import agenda
from advisor.events import Event, EventKind, StepKind
from advisor.examples import examples
from tests.ui.vega import inline_rows
from ui.timeline_chart import inline_csv, short_label, timeline_chart, timeline_rows

TODAY = date(2026, 11, 4)
MONDAY = date(2026, 11, 2)


def _spec(plan: Plan, today: date = TODAY) -> dict[str, Any]:
    periods, steps = timeline_rows(plan, agenda(plan=plan, today=today))
    return timeline_chart(periods, steps, today=today)


def _rows(spec: dict[str, Any], layer: int) -> list[dict[str, Any]]:
    return inline_rows(spec["layer"][layer])


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


_DONE = (Event(kind=EventKind.STEP_DONE, step=StepKind.THANK_YOU, on=MONDAY),)
_DECIDES_12_NOV = Application(
    company="Northwind", interview_date=MONDAY, timing="date", decision_date=date(2026, 11, 12)
)
_REJECTED = Application(
    company="Contoso",
    interview_date=date(2026, 10, 26),
    events=(Event(kind=EventKind.REJECTED, on=date(2026, 11, 3)),),
)
Bar = tuple[str, datetime, datetime]  # what, from, to
Mark = tuple[str, date, str]  # step, day, "solid" or "hollow"


def _drawn(spec: dict[str, Any]) -> tuple[list[tuple[str, list[Bar], list[Mark]]], date, date]:
    """The timeline as Vega-Lite draws it: each row top to bottom (its name, its bars and its
    marks), then the day today's line stands on and the day its "Today" label stands over."""
    bars, marks, today = spec["layer"]
    assert (bars["mark"]["type"], marks["mark"]["type"], today["mark"]["type"]) == (
        "bar",
        "point",
        "rule",
    )
    assert (bars["encoding"]["x"]["field"], bars["encoding"]["x2"]["field"]) == ("start", "end")
    assert marks["encoding"]["x"]["field"] == today["encoding"]["x"]["field"] == "date"
    order = bars["encoding"]["y"]["sort"]
    assert marks["encoding"]["y"]["sort"] == order
    assert marks["encoding"]["fill"]["condition"]["test"] == "datum.open"
    assert marks["encoding"]["fill"]["value"] == "transparent"
    drawn = [
        (
            row,
            [
                (
                    bar["period"],
                    datetime.fromisoformat(bar["start"]),
                    datetime.fromisoformat(bar["end"]),
                )
                for bar in inline_rows(bars)
                if bar["row"] == row
            ],
            [
                (
                    mark["step"],
                    datetime.fromisoformat(mark["date"]).date(),
                    "solid" if mark["open"] else "hollow",
                )
                for mark in inline_rows(marks)
                if mark["row"] == row
            ],
        )
        for row in order
    ]
    (line,) = today["data"]["values"]
    (label,) = today["encoding"]["x"]["axis"]["values"]  # a Vega-Lite DateTime
    return (
        drawn,
        datetime.fromisoformat(line["date"]).date(),
        date(label["year"], label["month"], label["date"]),
    )


def _at(day: date, hour: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


@pytest.mark.parametrize(
    ("applications", "today", "rows"),
    [
        (
            (_DECIDES_12_NOV.model_copy(update={"events": _DONE}),),
            TODAY,
            [
                (
                    "Northwind",
                    [
                        # from the interview to the middle of the day before the window
                        ("Waiting", _at(MONDAY), _at(date(2026, 11, 11), 12)),
                        # the window's one day, whole
                        (
                            "Decision expected",
                            _at(date(2026, 11, 11), 12),
                            _at(date(2026, 11, 12), 12),
                        ),
                    ],
                    [
                        ("Thank-you", MONDAY, "hollow"),  # done
                        ("First follow-up", date(2026, 11, 16), "solid"),
                        ("Short written note", date(2026, 11, 19), "solid"),
                        ("Second, final follow-up", date(2026, 11, 23), "solid"),
                        ("Move on", date(2026, 12, 1), "solid"),
                    ],
                ),
            ],
        ),
        (
            (_REJECTED,),
            TODAY,
            [
                (
                    "Contoso",
                    [
                        ("Waiting", _at(date(2026, 10, 26)), _at(TODAY))
                    ],  # the answer came: no window
                    [
                        ("Thank them anyway", TODAY, "solid"),
                        ("Connect on LinkedIn", date(2026, 11, 5), "solid"),
                    ],
                ),
            ],
        ),
        (
            (_REJECTED, _DECIDES_12_NOV),
            date(2027, 1, 4),
            [
                (
                    "Contoso",
                    [("Waiting", _at(date(2026, 10, 26)), _at(date(2027, 1, 4)))],
                    [
                        ("Thank them anyway", date(2027, 1, 4), "solid"),
                        ("Connect on LinkedIn", date(2027, 1, 4), "solid"),
                    ],
                ),
                (
                    "Northwind",
                    [
                        ("Waiting", _at(MONDAY), _at(date(2026, 11, 11), 12)),
                        (
                            "Decision expected",
                            _at(date(2026, 11, 11), 12),
                            _at(date(2026, 11, 12), 12),
                        ),
                    ],
                    [
                        ("Thank-you", date(2027, 1, 4), "solid"),  # overdue: due today
                        ("First follow-up", date(2027, 1, 4), "solid"),
                        ("Short written note", date(2027, 1, 4), "solid"),
                        ("Second, final follow-up", date(2027, 1, 4), "solid"),
                        ("Move on", date(2027, 1, 4), "solid"),
                    ],
                ),
            ],
        ),
    ],
    ids=["waiting for a decision", "turned down", "both, two months on"],
)
def test_each_row_draws_its_waiting_its_window_and_its_steps_on_their_days_and_today_on_today(
    applications: tuple[Application, ...],
    today: date,
    rows: list[tuple[str, list[Bar], list[Mark]]],
) -> None:
    """A row per application, in the plan's order. The waiting bar runs from the interview to
    the middle of the day before the decision window, which covers its first and last days
    whole (each day centred on its tick), or to today once the answer came, with no window.
    Each step is a mark on its day, hollow once done. Today's line and its label are on today."""
    spec = _spec(Plan(applications=applications), today)

    assert _drawn(spec) == (rows, today, today)


# The chart's rows go to the browser as CSV (one string in the spec, quick for Streamlit to
# serialise): any text a candidate types, commas, quotes and line breaks included, reads back.
_TEXT = st.text(alphabet=st.one_of(st.sampled_from(",\"\r\n '"), st.characters()))


@given(
    rows=st.lists(
        st.fixed_dictionaries({"name": _TEXT, "open": st.booleans(), "lane": st.integers(-2, 2)}),
        min_size=1,
    )
)
def test_any_text_in_a_chart_row_reads_back_as_it_was_written(rows: list[dict[str, Any]]) -> None:
    layer = {
        "data": inline_csv(rows, ("name", "open", "lane"), {"open": "boolean", "lane": "number"})
    }

    assert inline_rows(layer) == rows
