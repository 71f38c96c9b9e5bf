"""The timeline chart: one row per application, waiting periods as bars, steps as marks, today."""

from __future__ import annotations

from datetime import date

import altair as alt
import pandas as pd

from advisor import DateStyle, Plan
from advisor.agenda import ActionStatus, Agenda
from advisor.events import StepKind
from ui.date_formats import axis_format, tooltip_format
from ui.text import application_label

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
_HALF_DAY = pd.Timedelta(hours=12)
_SPECS = {kind.label: kind.spec for kind in StepKind}
_OPEN = {status.label: status.is_open for status in ActionStatus}
CAPTION = (
    "Outlined bar: waiting since the interview. Shaded bar: when a decision is expected. "
    "Each kind of step has its own shape and colour, hollow once done or no longer needed. "
    "Red dashed line: today. Tap or hover a mark or a bar for the details."
)


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


def _lanes(dates: list[pd.Timestamp]) -> list[int]:
    """For one row's marks in date order: a lane each, so that close marks never share one."""
    last: list[pd.Timestamp] = []  # the latest date drawn in each lane
    lanes = []
    for day in dates:
        lane = next(
            (i for i, seen in enumerate(last) if (day - seen).days >= _CLOSE_DAYS), len(last)
        )
        lane = min(lane, len(_LANES) - 1)
        if lane == len(last):
            last.append(day)
        else:
            last[lane] = day
        lanes.append(lane)
    return lanes


def frames(
    plan: Plan, plan_agenda: Agenda, *, date_style: DateStyle = DateStyle.DAY_FIRST
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The waiting periods and the actions, one row each, ready for the chart and the table
    (their descriptions write dates in `date_style`).

    An application that has its answer (an offer or a no) shows no "decision expected" bar.
    """
    periods, steps = [], []
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
    columns = ["application", "date", "step", "channel", "status", "why", "source"]
    period_frame = pd.DataFrame(
        periods, columns=["application", "period", "start", "end", "detail"]
    )
    step_frame = pd.DataFrame(steps, columns=columns)
    # Vega reads datetimes reliably; plain Python dates would travel as opaque objects.
    for frame, names in ((period_frame, ["start", "end"]), (step_frame, ["date"])):
        for name in names:
            frame[name] = pd.to_datetime(frame[name])
    return period_frame, step_frame


def timeline_chart(
    periods: pd.DataFrame,
    steps: pd.DataFrame,
    *,
    today: date,
    date_style: DateStyle = DateStyle.DAY_FIRST,
) -> alt.LayerChart:
    """Bars for the periods, a mark for each step, and today; rows named short for a phone."""
    names = _row_names(list(dict.fromkeys(periods["application"])))
    deciding = periods["period"] == "Decision expected"
    # A day is drawn centred on its tick, where its marks sit: a decision bar covers its first
    # and last days whole, so a one-day window shows, and the waiting bar stops where it starts.
    waiting_for = periods["application"].isin(periods.loc[deciding, "application"])
    periods = periods.assign(
        row=periods["application"].map(names),
        start=periods["start"].mask(deciding, periods["start"] - _HALF_DAY),
        end=periods["end"]
        .mask(deciding, periods["end"] + _HALF_DAY)
        .mask(~deciding & waiting_for, periods["end"] - _HALF_DAY),
    )
    steps = steps.sort_values("date", kind="stable").assign(
        row=lambda frame: frame["application"].map(names),
        # Steps done or dropped are drawn hollow, and first, so that they never hide the open
        # step after them.
        open=lambda frame: frame["status"].map(_OPEN).fillna(False).astype(bool),
    )
    lanes = steps.groupby("row", sort=False)["date"].transform(lambda dates: _lanes(list(dates)))
    steps["lane"] = [_LANES[int(lane)] for lane in lanes]
    rows = list(names.values())
    y = alt.Y("row:N", title=None, sort=rows, axis=alt.Axis(labelLimit=120))
    x_axis = alt.Axis(format=axis_format(date_style), title=None, labelAngle=0, tickCount=6)
    waiting = "datum.period === 'Waiting'"
    bars = (
        alt.Chart(periods)
        .mark_bar(height=14, cornerRadius=3, strokeWidth=1.5)
        .encode(
            x=alt.X("start:T", axis=x_axis, scale=alt.Scale(padding=10)),
            x2="end:T",
            y=y,
            # Fixed colours, not a scale: the marks' scales and their one legend stay their own.
            # The caption under the chart says what the bars are.
            fill=alt.condition(waiting, alt.value(WAITING_COLOUR), alt.value(DECISION_COLOUR)),
            stroke=alt.condition(waiting, alt.value(WAITING_COLOUR), alt.value(DECISION_COLOUR)),
            fillOpacity=alt.condition(waiting, alt.value(WAITING_TINT), alt.value(DECISION_TINT)),
            tooltip=[
                alt.Tooltip("application:N", title="Application"),
                alt.Tooltip("period:N", title="Period"),
                alt.Tooltip("detail:N", title="Dates"),
            ],
        )
    )
    shown = [label for label in _SPECS if label in set(steps["step"])]
    colours = alt.Scale(domain=shown, range=[_SPECS[label].colour for label in shown])
    # One legend, at the bottom, so it takes none of a phone's width: one column on a phone,
    # more where the chart is wide.
    legend = alt.Legend(
        title=None,
        orient="bottom",
        direction="horizontal",
        columns=alt.ExprRef("max(1, floor(width / 220))"),
        labelLimit=200,
        symbolSize=110,
        symbolStrokeWidth=2,
    )
    marks = (
        alt.Chart(steps)
        .mark_point(size=110, strokeWidth=2, opacity=1)
        .encode(
            x=alt.X("date:T", axis=None),
            y=y,
            # Each row splits into lanes, the middle one first: close marks go above or below.
            yOffset=alt.YOffset("lane:O", scale=alt.Scale(domain=sorted(_LANES)), sort=None),
            # Shape and colour from the same field: one legend, and kinds that differ by more
            # than colour. A step done, or no longer needed, is drawn hollow.
            shape=alt.Shape(
                "step:N",
                scale=alt.Scale(domain=shown, range=[_SPECS[label].symbol for label in shown]),
                legend=legend,
            ),
            stroke=alt.Stroke("step:N", scale=colours, legend=legend),
            fill=alt.condition(
                "datum.open",
                alt.Fill("step:N", scale=colours, legend=legend),
                alt.value("transparent"),
            ),
            order=alt.Order("open:O"),
            tooltip=[
                alt.Tooltip("application:N", title="Application"),
                alt.Tooltip("step:N", title="Step"),
                alt.Tooltip("date:T", title="Date", format=tooltip_format(date_style, year=True)),
                alt.Tooltip("channel:N", title="How"),
                alt.Tooltip("status:N", title="Status"),
                alt.Tooltip("why:N", title="Why"),
            ],
        )
    )
    return (
        alt.layer(bars, marks, today_marker(today, date_style))
        # Streamlit fits the whole chart, legend included, into this height.
        .properties(height=120 + 22 * len(shown) + 60 * len(rows))
        .resolve_axis(x="independent")  # the dates below, "Today" above
        .configure_view(stroke=None)
    )


def today_axis(today: date) -> alt.Axis:
    """An axis along the top with one label, "Today", over `today`: the same on every chart.

    An axis label takes the page theme's text colour, light or dark; a text mark's would be
    fixed. The layer drawing the line carries it; the chart resolves its x axes apart.
    """
    return alt.Axis(
        orient="top",
        values=[alt.DateTime(year=today.year, month=today.month, date=today.day)],
        labelExpr="'Today'",
        labelFontWeight="bold",
        labelAngle=0,
        labelPadding=2,
        title=None,
        domain=False,
        ticks=False,
        grid=False,
    )


def today_marker(today: date, date_style: DateStyle) -> alt.Chart:
    """A red dashed line at `today`, labelled "Today" at the top."""
    frame = pd.DataFrame({"date": [pd.Timestamp(today)]})
    return (
        alt.Chart(frame)
        .mark_rule(color=TODAY_COLOUR, strokeDash=[4, 3], strokeWidth=2)
        .encode(
            x=alt.X("date:T", axis=today_axis(today)),
            tooltip=[alt.Tooltip("date:T", title="Today", format=tooltip_format(date_style))],
        )
    )
