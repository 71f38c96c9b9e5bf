"""The timeline chart: one row per application, waiting periods as bars, steps as marks, today."""

from __future__ import annotations

import csv
import functools
import io
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any, TypedDict

import pandas as pd

from advisor import DateStyle, Plan
from advisor.agenda import ActionStatus, Agenda
from advisor.events import StepKind
from ui.date_formats import axis_format, tooltip_format
from ui.text import application_label

# The Vega-Lite version the charts are written for: Streamlit's frontend draws it, and the tests
# validate every chart against it with Altair (which the app itself no longer loads: it cost
# the server 0.3 s at start and 27 MB).
VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.4.1.json"
TODAY_COLOUR = "#C0392B"
# Bars are a light tint of these with a full-colour outline: the outline reaches 3:1 against
# the light and the dark page, and the marks on top stay clear.
WAITING_COLOUR, WAITING_TINT = "#6F8584", 0.12
DECISION_COLOUR, DECISION_TINT = "#2F7F85", 0.45
PERIOD_COLOURS = {"Waiting": WAITING_COLOUR, "Decision expected": DECISION_COLOUR}
ROW_LABEL_LENGTH = 14  # characters: a phone keeps most of its width for the dates
# Marks of one application fewer days apart than this are drawn one above the other.
_CLOSE_DAYS = 3
# Lanes across a row, from its middle: the first above, the next below, then further out.
_LANES = (0, -1, 1, -2, 2)
_HALF_DAY = timedelta(hours=12)
_NO_SHIFT = timedelta()
_SPECS = {kind.label: kind.spec for kind in StepKind}
_OPEN = {status.label: status.is_open for status in ActionStatus}
CAPTION = (
    "Outlined bar: waiting since the interview. Shaded bar: when a decision is expected. "
    "Each kind of step has its own shape and colour, hollow once done or no longer needed. "
    "Red dashed line: today. Tap or hover a mark or a bar for the details."
)


class PeriodRow(TypedDict):
    """A waiting period of one application, as the chart and the table under it show it."""

    application: str
    period: str  # "Waiting" or "Decision expected"
    start: date
    end: date
    detail: str


class StepRow(TypedDict):
    """One action of the agenda, as the chart and the table under it show it."""

    application: str
    date: date
    step: str
    channel: str
    status: str
    why: str
    source: str


_PERIOD_COLUMNS = list(PeriodRow.__annotations__)
_STEP_COLUMNS = list(StepRow.__annotations__)
_TABLE_ONLY = frozenset({"source"})  # shown in the table, not the chart: the page sends less


def short_label(name: str, limit: int = ROW_LABEL_LENGTH) -> str:
    """`name` cut to `limit` characters, with "…" where it was cut."""
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def _row_names(labels: list[str]) -> dict[str, str]:
    """A short, distinct row name for each application label: the company, cut to fit."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for label in labels:
        company = label.split(" · ")[0]
        name, number = short_label(company), 1
        while name in taken:
            number += 1
            name = short_label(company, ROW_LABEL_LENGTH - 3) + f" ({number})"
        names[label] = name
        taken.add(name)
    return names


class _Lanes:
    """A lane for each of one row's marks, given in date order, so close marks never share one."""

    def __init__(self) -> None:
        self._last: list[date] = []  # the latest date drawn in each lane

    def place(self, day: date) -> int:
        last = self._last
        lane = next(
            (i for i, seen in enumerate(last) if (day - seen).days >= _CLOSE_DAYS), len(last)
        )
        lane = min(lane, len(_LANES) - 1)
        if lane == len(last):
            last.append(day)
        else:
            last[lane] = day
        return lane


def timeline_rows(
    plan: Plan, plan_agenda: Agenda, *, date_style: DateStyle = DateStyle.DAY_FIRST
) -> tuple[list[PeriodRow], list[StepRow]]:
    """The waiting periods and the actions, one row each, for the chart and the table (their
    descriptions write dates in `date_style`).

    An application that has its answer (an offer or a no) shows no "decision expected" bar.
    """
    periods: list[PeriodRow] = []
    steps: list[StepRow] = []
    day = date_style.short
    for application in plan.applications:
        label = application_label(application)
        track = plan_agenda.track(application.id)
        window = track.window
        periods.append(
            {
                "application": label,
                "period": "Waiting",
                "start": application.interview_date,
                "end": window.earliest if track.waiting else plan_agenda.today,
                "detail": f"Interview {day(application.interview_date, year_of=window.latest)}, "
                + (
                    f"then waiting until {day(window.earliest, year_of=window.latest)}"
                    if track.waiting
                    else "then the answer came"
                ),
            }
        )
        if track.waiting:
            periods.append(
                {
                    "application": label,
                    "period": "Decision expected",
                    "start": window.earliest,
                    "end": window.latest,
                    "detail": date_style.span(
                        window.earliest, window.latest, year_of=window.latest
                    ),
                }
            )
        steps += [
            {
                "application": label,
                "date": action.date,
                "step": action.title,
                "channel": action.channel.label,
                "status": action.status.label,
                "why": action.why,
                "source": action.source.citation,
            }
            for action in plan_agenda.for_application(application.id)
        ]
    return periods, steps


def rows_and_chart(
    plan: Plan, plan_agenda: Agenda, *, today: date, date_style: DateStyle = DateStyle.DAY_FIRST
) -> tuple[list[PeriodRow], list[StepRow], dict[str, Any]]:
    """The chart's rows (the tables under it show them too) and its Vega-Lite spec, built
    together so a page keeps them under one key."""
    periods, steps = timeline_rows(plan, plan_agenda, date_style=date_style)
    return periods, steps, timeline_chart(periods, steps, today=today, date_style=date_style)


def frames(periods: list[PeriodRow], steps: list[StepRow]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The rows of `timeline_rows` as the tables under the chart show them, dates as dates."""
    period_frame = pd.DataFrame(periods, columns=_PERIOD_COLUMNS)
    step_frame = pd.DataFrame(steps, columns=_STEP_COLUMNS)
    for frame, names in ((period_frame, ["start", "end"]), (step_frame, ["date"])):
        for name in names:
            frame[name] = pd.to_datetime(frame[name])
    return period_frame, step_frame


def date_axis(date_style: DateStyle, *, padding: int) -> dict[str, Any]:
    """The x encoding of a chart's bars: their start dates, on an axis of about six dates
    written in `date_style`, with `padding` pixels either side."""
    return {
        "field": "start",
        "type": "temporal",
        "axis": {
            "format": axis_format(date_style),
            "title": None,
            "labelAngle": 0,
            "tickCount": 6,
        },
        "scale": {"padding": padding},
    }


@functools.lru_cache(maxsize=4096)  # a chart has few days, and many marks on each
def vega_date(day: date, shift: timedelta = _NO_SHIFT) -> str:
    """`day`'s local midnight, moved by `shift`, as Vega-Lite reads a date: "2026-11-04T00:00:00".

    No time zone: the chart draws it in the browser's own, where the axis ticks sit.
    """
    return (datetime(day.year, day.month, day.day) + shift).isoformat()


_BAR_FIELDS = ("application", "period", "start", "end", "detail", "row")
_MARK_FIELDS = ("application", "date", "step", "channel", "status", "why", "row", "open", "lane")


def inline_csv(
    rows: Sequence[dict[str, Any]], fields: Sequence[str], parse: dict[str, str]
) -> dict[str, Any]:
    """`rows` as a layer's inline data, written as CSV: one string in the spec, not an object
    per row. Streamlit turns the spec into JSON, reads it back and writes it again on every
    rerun; for a hundred applications' rows that took ~10 ms a rerun as objects, a third of it
    as one string. `parse` names the fields Vega reads as "date", "boolean" or "number" (the
    others stay text); a boolean is written the way it reads it back, "true" or "false"."""
    out = io.StringIO()
    writer = csv.writer(out)  # rows end in "\r\n": a field holding either is quoted
    writer.writerow(fields)
    writer.writerows(
        [str(v).lower() if isinstance(v, bool) else v for v in (row[f] for f in fields)]
        for row in rows
    )
    return {"values": out.getvalue(), "format": {"type": "csv", "parse": parse}}


def timeline_chart(
    periods: list[PeriodRow],
    steps: list[StepRow],
    *,
    today: date,
    date_style: DateStyle = DateStyle.DAY_FIRST,
) -> dict[str, Any]:
    """The Vega-Lite spec of the timeline: bars for the periods, a mark for each step, and
    today; rows named short for a phone.

    Written as a plain dict rather than built with Altair, which validated every channel of
    every layer against the schema as it built them: about 200 ms each time the plan changed.
    Each layer carries its rows inline, as Streamlit turns named datasets into Arrow at every
    rerun, and the many rows of the bars and marks as CSV text (`inline_csv`). The chart tests
    check the spec against the Vega-Lite schema, as nothing does here.
    """
    names = _row_names(list(dict.fromkeys(period["application"] for period in periods)))
    # A day is drawn centred on its tick, where its marks sit: a decision bar covers its first
    # and last days whole, so a one-day window shows, and the waiting bar stops where it starts.
    waiting_for = {p["application"] for p in periods if p["period"] == "Decision expected"}
    bar_rows = []
    for period in periods:
        deciding = period["period"] == "Decision expected"
        before_deciding = not deciding and period["application"] in waiting_for
        bar_rows.append(
            {
                **period,
                "start": vega_date(period["start"], -_HALF_DAY if deciding else _NO_SHIFT),
                "end": vega_date(
                    period["end"],
                    _HALF_DAY if deciding else -_HALF_DAY if before_deciding else _NO_SHIFT,
                ),
                "row": names[period["application"]],
            }
        )
    # Steps done or dropped are drawn hollow, and first, so that they never hide the open step
    # after them. Each row splits into lanes, given in date order.
    lanes: defaultdict[str, _Lanes] = defaultdict(_Lanes)
    mark_rows = []
    for step in sorted(steps, key=lambda step: step["date"]):
        row = names[step["application"]]
        lane = lanes[row].place(step["date"])
        mark_rows.append(
            {
                **{field: value for field, value in step.items() if field not in _TABLE_ONLY},
                "date": vega_date(step["date"]),
                "row": row,
                "open": _OPEN.get(step["status"], False),
                "lane": _LANES[lane],
            }
        )
    rows = list(names.values())
    y = {
        "field": "row",
        "type": "nominal",
        "title": None,
        "sort": rows,
        "axis": {"labelLimit": 120},
    }
    waiting = "datum.period === 'Waiting'"
    bars = {
        "data": inline_csv(bar_rows, _BAR_FIELDS, {"start": "date", "end": "date"}),
        "mark": {"type": "bar", "height": 14, "cornerRadius": 3, "strokeWidth": 1.5},
        "encoding": {
            "x": date_axis(date_style, padding=10),
            "x2": {"field": "end"},
            "y": y,
            # Fixed colours, not a scale: the marks' scales and their one legend stay their own.
            # The caption under the chart says what the bars are.
            "fill": {
                "condition": {"test": waiting, "value": WAITING_COLOUR},
                "value": DECISION_COLOUR,
            },
            "stroke": {
                "condition": {"test": waiting, "value": WAITING_COLOUR},
                "value": DECISION_COLOUR,
            },
            "fillOpacity": {
                "condition": {"test": waiting, "value": WAITING_TINT},
                "value": DECISION_TINT,
            },
            "tooltip": [
                {"field": "application", "type": "nominal", "title": "Application"},
                {"field": "period", "type": "nominal", "title": "Period"},
                {"field": "detail", "type": "nominal", "title": "Dates"},
            ],
        },
    }
    kinds = {step["step"] for step in steps}
    shown = [label for label in _SPECS if label in kinds]
    colours = {"domain": shown, "range": [_SPECS[label].colour for label in shown]}
    # One legend, at the bottom, so it takes none of a phone's width: one column on a phone,
    # more where the chart is wide.
    legend = {
        "title": None,
        "orient": "bottom",
        "direction": "horizontal",
        "columns": {"expr": "max(1, floor(width / 220))"},
        "labelLimit": 200,
        "symbolSize": 110,
        "symbolStrokeWidth": 2,
    }
    marks = {
        "data": inline_csv(
            mark_rows, _MARK_FIELDS, {"date": "date", "open": "boolean", "lane": "number"}
        ),
        "mark": {"type": "point", "size": 110, "strokeWidth": 2, "opacity": 1},
        "encoding": {
            "x": {"field": "date", "type": "temporal", "axis": None},
            "y": y,
            # Each row splits into lanes, the middle one first: close marks go above or below.
            "yOffset": {
                "field": "lane",
                "type": "ordinal",
                "scale": {"domain": sorted(_LANES)},
                "sort": None,
            },
            # Shape and colour from the same field: one legend, and kinds that differ by more
            # than colour. A step done, or no longer needed, is drawn hollow.
            "shape": {
                "field": "step",
                "type": "nominal",
                "scale": {"domain": shown, "range": [_SPECS[label].symbol for label in shown]},
                "legend": legend,
            },
            "stroke": {"field": "step", "type": "nominal", "scale": colours, "legend": legend},
            "fill": {
                "condition": {
                    "test": "datum.open",
                    "field": "step",
                    "type": "nominal",
                    "scale": colours,
                    "legend": legend,
                },
                "value": "transparent",
            },
            "order": {"field": "open", "type": "ordinal"},
            "tooltip": [
                {"field": "application", "type": "nominal", "title": "Application"},
                {"field": "step", "type": "nominal", "title": "Step"},
                {
                    "field": "date",
                    "type": "temporal",
                    "title": "Date",
                    "format": tooltip_format(date_style, year=True),
                },
                {"field": "channel", "type": "nominal", "title": "How"},
                {"field": "status", "type": "nominal", "title": "Status"},
                {"field": "why", "type": "nominal", "title": "Why"},
            ],
        },
    }
    return {
        "$schema": VEGA_LITE_SCHEMA,
        # Altair's default theme's view size (the width follows the page), and no frame.
        "config": {"view": {"continuousWidth": 300, "continuousHeight": 300, "stroke": None}},
        "layer": [bars, marks, today_marker(today, date_style)],
        # Streamlit fits the whole chart, legend included, into this height.
        "height": 120 + 22 * len(shown) + 60 * len(rows),
        "resolve": {"axis": {"x": "independent"}},  # the dates below, "Today" above
    }


def today_axis(today: date) -> dict[str, Any]:
    """An axis along the top with one label, "Today", over `today`: the same on every chart.

    An axis label takes the page theme's text colour, light or dark; a text mark's would be
    fixed. The layer drawing the line carries it; the chart resolves its x axes apart.
    """
    return {
        "orient": "top",
        "values": [{"year": today.year, "month": today.month, "date": today.day}],
        "labelExpr": "'Today'",
        "labelFontWeight": "bold",
        "labelAngle": 0,
        "labelPadding": 2,
        "title": None,
        "domain": False,
        "ticks": False,
        "grid": False,
    }


def today_tooltip(date_style: DateStyle) -> list[dict[str, Any]]:
    """The tooltip of the line at today: "Today: Wed 4 Nov"."""
    return [
        {
            "field": "date",
            "type": "temporal",
            "title": "Today",
            "format": tooltip_format(date_style),
        }
    ]


def today_marker(today: date, date_style: DateStyle) -> dict[str, Any]:
    """The layer of a red dashed line at `today`, labelled "Today" at the top."""
    return {
        "data": {"values": [{"date": vega_date(today)}]},
        "mark": {"type": "rule", "color": TODAY_COLOUR, "strokeDash": [4, 3], "strokeWidth": 2},
        "encoding": {
            "x": {"field": "date", "type": "temporal", "axis": today_axis(today)},
            "tooltip": today_tooltip(date_style),
        },
    }
