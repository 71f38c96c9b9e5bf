"""The timeline chart: one row per application, waiting periods as bars, steps as marks, today."""

from __future__ import annotations

from datetime import date

import altair as alt
import pandas as pd

from advisor import Plan
from advisor.agenda import Agenda
from advisor.events import StepKind
from ui.text import application_label

TODAY_COLOUR = "#C0392B"
DATE_FORMAT = "ddd D MMM YYYY"  # the tables' dates (Moment.js): "Mon 30 Nov 2026"

# A colour per kind of step, readable on a light background and by most colour-blind readers.
STEP_COLOURS: dict[StepKind, str] = {
    StepKind.THANK_YOU: "#2F6F73",
    StepKind.RECRUITER_CHECK_IN: "#6C8EAD",
    StepKind.FIRST_FOLLOW_UP: "#E07A1F",
    StepKind.WRITTEN_NOTE: "#B5838D",
    StepKind.SECOND_FOLLOW_UP: "#8E5572",
    StepKind.MOVE_ON: "#5C5C5C",
    StepKind.REJECTION_THANK_YOU: "#3D5A80",
    StepKind.CONNECT_AFTER_DECISION: "#0A66C2",
    StepKind.OFFER_DECISION: "#2A9D8F",
    StepKind.TELL_ABOUT_OFFER: "#9C6644",
    StepKind.ASK_FOR_MORE_TIME: "#6D597A",
}
_STATUS_SHAPES = {
    "Done": "square",
    "Due now": "diamond",
    "Overdue": "triangle-up",
    "Upcoming": "circle",
    "Dropped": "cross",
}
CAPTION = (
    "Light bar: waiting since the interview. Darker bar: when a decision is expected. "
    "Red dashed line: today. Hover or tap a mark for the date and what to do."
)


def frames(plan: Plan, plan_agenda: Agenda) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The waiting periods and the actions, one row each, ready for the chart and the table.

    An application that has its answer (an offer or a no) shows no "decision expected" bar.
    """
    periods, steps = [], []
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
                "detail": f"Interview {application.interview_date:%a %d %b}",
            }
        )
        if track.waiting:
            periods.append(
                {
                    "application": label,
                    "period": "Decision expected",
                    "start": window.earliest,
                    "end": window.latest,
                    "detail": f"{window.earliest:%a %d %b} – {window.latest:%a %d %b}",
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


def timeline_chart(periods: pd.DataFrame, steps: pd.DataFrame, *, today: date) -> alt.LayerChart:
    rows = list(dict.fromkeys(periods["application"]))
    y = alt.Y("application:N", title=None, sort=rows, axis=alt.Axis(labelLimit=120))
    x_axis = alt.Axis(format="%d %b", title=None, labelAngle=0, tickCount=6)
    bars = (
        alt.Chart(periods)
        .mark_bar(height=14, cornerRadius=3)
        .encode(
            x=alt.X("start:T", axis=x_axis),
            x2="end:T",
            y=y,
            color=alt.Color(
                "period:N",
                scale=alt.Scale(
                    domain=["Waiting", "Decision expected"], range=["#D9E2E1", "#9CC5C1"]
                ),
                legend=None,  # explained in the caption under the chart, to save room on a phone
            ),
            tooltip=[
                alt.Tooltip("application:N", title="Application"),
                alt.Tooltip("period:N", title="Period"),
                alt.Tooltip("detail:N", title="Dates"),
            ],
        )
    )
    present = set(steps["step"])
    shown = {k.label: colour for k, colour in STEP_COLOURS.items() if k.label in present}
    statuses = {
        name: shape for name, shape in _STATUS_SHAPES.items() if name in set(steps["status"])
    }
    marks = (
        alt.Chart(steps)
        .mark_point(size=140, filled=True, opacity=0.95)
        .encode(
            x="date:T",
            y=y,
            color=alt.Color(
                "step:N",
                scale=alt.Scale(domain=list(shown), range=list(shown.values())),
                # One column: two would not fit beside the row labels on a phone.
                legend=alt.Legend(title=None, orient="bottom", columns=1, labelLimit=200),
            ),
            shape=alt.Shape(
                "status:N",
                scale=alt.Scale(domain=list(statuses), range=list(statuses.values())),
                legend=alt.Legend(title=None, orient="top", columns=2, labelLimit=100),
            ),
            tooltip=[
                alt.Tooltip("application:N", title="Application"),
                alt.Tooltip("step:N", title="Step"),
                alt.Tooltip("date:T", title="Date", format="%a %d %b %Y"),
                alt.Tooltip("channel:N", title="How"),
                alt.Tooltip("status:N", title="Status"),
                alt.Tooltip("why:N", title="Why"),
            ],
        )
    )
    return (
        alt.layer(bars, marks, *today_marker(today))
        # Streamlit fits the whole chart, legends included, into this height.
        .properties(height=140 + 16 * len(shown) + 60 * len(rows))
        .resolve_scale(color="independent")
        .configure_view(stroke=None)
    )


def today_marker(today: date) -> tuple[alt.Chart, alt.Chart]:
    """A red dashed line at `today`, labelled "Today" at the top: the same on every chart."""
    frame = pd.DataFrame({"date": [pd.Timestamp(today)], "label": ["Today"]})
    rule = (
        alt.Chart(frame)
        .mark_rule(color=TODAY_COLOUR, strokeDash=[4, 3], strokeWidth=2)
        .encode(x="date:T", tooltip=[alt.Tooltip("date:T", title="Today", format="%a %d %b")])
    )
    text = (
        alt.Chart(frame)
        .mark_text(color=TODAY_COLOUR, align="left", dx=4, dy=-6, fontWeight="bold")
        .encode(x="date:T", y=alt.value(0), text="label:N")
    )
    return rule, text
