"""The offers page's charts: deadlines against decision windows, and the weighted comparison."""

from __future__ import annotations

from datetime import date
from typing import Any, TypedDict

import altair as alt
import pandas as pd

from advisor import DateStyle, Plan
from advisor.comparison import Comparison
from advisor.offers import OfferTiming, TimingCase
from ui.date_formats import axis_format, tooltip_format
from ui.text import application_label
from ui.timeline_chart import TODAY_COLOUR, today_axis

OFFER_OPEN = "Offer open"
# Mid-tones: at least 3:1 against the light and the dark page (WCAG 1.4.11). Bars are a tint
# of their colour with a full-colour outline, so the lines across them stay clear.
CASE_COLOURS: dict[TimingCase, str] = {
    TimingCase.BEFORE: "#2E8B45",
    TimingCase.MAYBE: "#B7791F",
    TimingCase.AFTER: "#D0493A",
    TimingCase.UNKNOWN: "#7D8A8B",
}
OFFER_COLOUR = "#2F7F85"
DEADLINE_COLOUR = "#8C5BC6"
ESTIMATE_COLOUR = "#7D8A8B"
_TINT = 0.35
_ROWS = alt.Scale(type="band", paddingInner=0.2, paddingOuter=0.2)
_HALF_DAY = pd.Timedelta(hours=12)
# Lines are drawn across each bar only, never through the words above it.
_LINE_REACH = 10  # pixels above and below the middle of a row
TIMING_CAPTION = (
    "Teal bar: an offer, from the day it came to its deadline (the purple line). Other bars: "
    "when the employers you rank higher expect to decide, green if before the deadline, amber "
    "if it may be after, red if after, grey if unknown. Red dashed line: today. Each day sits "
    "on its tick. Tap or hover a bar or a line for the details."
)


def _days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"


def _gap_label(case: TimingCase, days_after: int) -> str:
    if case is TimingCase.UNKNOWN:
        return "timing unknown"
    if days_after > 0:
        return f"up to {_days(days_after)} after the deadline"
    return f"{_days(-days_after)} to spare" if days_after else "on the deadline day"


def timing_frames(
    plan: Plan,
    timings: tuple[OfferTiming, ...],
    focus: OfferTiming,
    *,
    date_style: DateStyle = DateStyle.DAY_FIRST,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Bars (offers and decision windows, one row per application) and the deadline lines,
    described with dates in `date_style`.

    Bars run from their first day to their last, both included. Decision windows are
    coloured by where they fall against the `focus` offer's deadline.
    """
    day = date_style.short
    bars: list[dict[str, object]] = []
    seen: set[str] = set()
    focus_gaps = {gap.application_id: gap for gap in focus.gaps}
    for timing in timings:
        offer = timing.offer
        application = plan.get(offer.application_id)
        if application is None:
            continue
        assumed = " (assumed)" if offer.deadline_assumed else ""
        bars.append(
            {
                "row": _row(plan, offer.application_id),
                "what": OFFER_OPEN,
                "start": offer.received_on,
                "end": offer.deadline,
                "label": f"{_name(plan, offer.application_id)} offer: reply by "
                f"{day(offer.deadline, year_of=offer.received_on)}{assumed}",
                "detail": f"Offer received {day(offer.received_on, year_of=offer.deadline)}, "
                f"reply by {day(offer.deadline, year_of=offer.received_on)}{assumed}",
            }
        )
        for gap in timing.gaps:
            if gap.application_id in seen:
                continue
            seen.add(gap.application_id)
            shown = focus_gaps.get(gap.application_id, gap)
            window = gap.window
            bars.append(
                {
                    "row": _row(plan, gap.application_id),
                    "what": shown.case.label,
                    "start": window.earliest,
                    "end": window.latest,
                    "label": f"{_name(plan, gap.application_id)}: "
                    + _gap_label(shown.case, shown.days_after_deadline),
                    "detail": "Decision expected "
                    + date_style.span(window.earliest, window.latest, year_of=offer.deadline),
                }
            )
    deadlines = [
        {
            "date": t.offer.deadline,
            "label": f"{_company(plan, t.offer.application_id)} deadline",
            "detail": f"Reply by {day(t.offer.deadline, year_of=t.offer.received_on)}",
        }
        for t in timings
    ]
    bar_frame = pd.DataFrame(bars, columns=["row", "what", "start", "end", "label", "detail"])
    line_frame = pd.DataFrame(deadlines, columns=["date", "label", "detail"])
    for frame, names in ((bar_frame, ["start", "end"]), (line_frame, ["date"])):
        for name in names:
            frame[name] = pd.to_datetime(frame[name])
    return bar_frame, line_frame


def _company(plan: Plan, application_id: str) -> str:
    application = plan.get(application_id)
    return application.company if application is not None else "?"


def _name(plan: Plan, application_id: str) -> str:
    """The short name written above a bar: rank and company."""
    rank = plan.rank_of(application_id)
    company = _company(plan, application_id)
    return f"{rank}. {company}" if rank is not None else company


def _row(plan: Plan, application_id: str) -> str:
    application = plan.get(application_id)
    name = application_label(application) if application is not None else "?"
    rank = plan.rank_of(application_id)
    return f"{rank}. {name}" if rank is not None else name


def timing_chart(
    bars: pd.DataFrame,
    deadlines: pd.DataFrame,
    *,
    today: date,
    date_style: DateStyle = DateStyle.DAY_FIRST,
) -> alt.LayerChart:
    rows = sorted(dict.fromkeys(bars["row"]), key=_rank_key)
    y = alt.Y("row:N", title=None, sort=rows, axis=None, scale=_ROWS)
    domain = [OFFER_OPEN, *(case.label for case in CASE_COLOURS)]
    present = [name for name in domain if name in set(bars["what"])]
    colours = dict(zip(domain, [OFFER_COLOUR, *CASE_COLOURS.values()], strict=True))
    scale = alt.Scale(domain=present, range=[colours[name] for name in present])
    # A day is drawn centred on its tick: a bar covers its first and last days whole, and a
    # deadline's line sits on its day's tick ("reply by Wed 02 Dec" on "02 Dec").
    drawn = bars.assign(start=bars["start"] - _HALF_DAY, end=bars["end"] + _HALF_DAY)
    x = alt.X(
        "start:T",
        axis=alt.Axis(format=axis_format(date_style), title=None, labelAngle=0, tickCount=6),
        # The dates drawn (today's line included) set the range, with a margin in pixels: an
        # explicit domain clashes with the "Today" axis's tick in Vega-Lite.
        scale=alt.Scale(padding=12),
    )
    tooltip = [
        alt.Tooltip("row:N", title="Application"),
        alt.Tooltip("what:N", title="What"),
        alt.Tooltip("detail:N", title="Dates"),
    ]
    bar_layer = (
        alt.Chart(drawn)
        .mark_bar(height=16, cornerRadius=3, strokeWidth=1.5, fillOpacity=_TINT)
        .encode(
            x=x,
            x2="end:T",
            y=y,
            # No legend: the words above each bar and the caption say what the colours mean.
            color=alt.Color("what:N", scale=scale, legend=None),
            stroke=alt.Stroke("what:N", scale=scale, legend=None),
            tooltip=tooltip,
        )
    )
    names = _names_above(drawn, rows)
    deadline_rule = (
        alt.Chart(_across(deadlines, rows))
        .mark_rule(color=DEADLINE_COLOUR, strokeWidth=3, yOffset=-_LINE_REACH, y2Offset=_LINE_REACH)
        .encode(
            x=alt.X("date:T", axis=None),
            y=y,
            y2="row:N",
            tooltip=[
                alt.Tooltip("label:N", title="Deadline"),
                alt.Tooltip("detail:N", title="When"),
            ],
        )
    )
    return (
        alt.layer(bar_layer, names, deadline_rule, _today(today, rows, y, date_style))
        .properties(height=60 + 56 * len(rows))
        # The names' rows are a scale of their own, laid out like the bars' rows.
        .resolve_scale(y="independent")
        .resolve_axis(x="independent")  # the dates below, "Today" above
        .configure_view(stroke=None)
    )


def _names_above(bars: pd.DataFrame, rows: list[str]) -> alt.Chart:
    """Each row's words ("2. Northwind offer: reply by Thu 12 Nov") written above its bar.

    They are the labels of an axis of their own, drawn inside the chart: an axis takes the
    page theme's text colour, light or dark, where a text mark's colour would be fixed.
    """
    words = bars.groupby("row", sort=False)["label"].agg("; ".join)
    frame = pd.DataFrame({"row": rows, "words": [words[row] for row in rows]})
    axis = alt.Axis(
        title=None,
        domain=False,
        ticks=False,
        grid=False,
        labelAlign="left",
        labelPadding=-2,  # into the chart, from its left edge
        labelOffset=-20,  # above the bar
        labelLimit=1000,
        labelOverlap=False,
    )
    return (
        alt.Chart(frame)
        .mark_point(opacity=0, tooltip=None)
        .encode(y=alt.Y("words:N", sort=list(frame["words"]), axis=axis, scale=_ROWS))
    )


def _across(lines: pd.DataFrame, rows: list[str]) -> pd.DataFrame:
    """Each of `lines` once for every row, to be drawn across that row's bar."""
    return lines.merge(pd.DataFrame({"row": rows}), how="cross")


def _today(today: date, rows: list[str], y: alt.Y, date_style: DateStyle) -> alt.Chart:
    """The red dashed "today" line of every chart, drawn across the bars like the deadlines."""
    frame = pd.DataFrame({"date": [pd.Timestamp(today)]})
    return (
        alt.Chart(_across(frame, rows))
        .mark_rule(
            color=TODAY_COLOUR,
            strokeDash=[4, 3],
            strokeWidth=2,
            yOffset=-_LINE_REACH,
            y2Offset=_LINE_REACH,
        )
        .encode(
            x=alt.X("date:T", axis=today_axis(today)),
            y=y,
            y2="row:N",
            tooltip=[alt.Tooltip("date:T", title="Today", format=tooltip_format(date_style))],
        )
    )


def _rank_key(row: str) -> tuple[int, str]:
    number, _, rest = row.partition(". ")
    return (int(number), rest) if number.isdigit() else (10_000, row)


class ComparisonRow(TypedDict):
    """One option of the comparison as the chart and the table under it show it."""

    place: int
    option: str
    score: float
    kind: str
    pay: int | None


_COMPARISON_COLUMNS = list(ComparisonRow.__annotations__)


def comparison_rows(comparison: Comparison) -> list[ComparisonRow]:
    """The options best first, each with its weighted score out of 100 (to one decimal)."""
    return [
        {
            "place": place,
            "option": option.company + (" (estimate)" if option.estimated else ""),
            "score": round(option.total, 1),
            "kind": "Estimate" if option.estimated else "Offer",
            "pay": option.total_pay,
        }
        for place, option in enumerate(comparison.options, start=1)
    ]


def comparison_frame(comparison: Comparison) -> pd.DataFrame:
    """The rows of `comparison_rows`, as the table under the chart shows them."""
    return pd.DataFrame(comparison_rows(comparison), columns=_COMPARISON_COLUMNS)


def comparison_spec(rows: list[ComparisonRow]) -> dict[str, Any]:
    """The Vega-Lite spec of the comparison: a bar per option, best at the top, with its score.

    Written as a plain dict rather than built with Altair: the chart follows every move of a
    weight slider, and Altair took about 25 ms to build what this writes in a tenth of one. It
    is the spec Altair wrote, except that each layer carries its rows inline: Streamlit turns
    data at the top of a spec into Arrow, which took another 1.5 ms. The chart tests check it
    against the Vega-Lite schema, as nothing does here.
    """
    data = {"values": rows}
    y = {
        "field": "option",
        "type": "nominal",
        "title": None,
        "sort": [row["option"] for row in rows],
        "axis": {"labelLimit": 150},
    }
    bars = {
        "data": data,
        "mark": {"type": "bar", "height": 18, "cornerRadius": 3},
        "encoding": {
            "x": {
                "field": "score",
                "type": "quantitative",
                "title": "Weighted score out of 100",
                "scale": {"domain": [0, 100]},
            },
            "y": y,
            "color": {
                "field": "kind",
                "type": "nominal",
                "scale": {
                    "domain": ["Offer", "Estimate"],
                    "range": [OFFER_COLOUR, ESTIMATE_COLOUR],
                },
                "legend": {"title": None, "orient": "top"},
            },
            "tooltip": [
                {"field": "option", "type": "nominal", "title": "Option"},
                {"field": "score", "type": "quantitative", "title": "Score", "format": ".1f"},
                {
                    "field": "pay",
                    "type": "quantitative",
                    "title": "Total yearly pay",
                    "format": ",.0f",
                },
            ],
        },
    }
    labels = {
        "data": data,
        "mark": {"type": "text", "align": "left", "dx": 4, "fontWeight": "bold"},
        "encoding": {
            "x": {"field": "score", "type": "quantitative"},
            "y": y,
            "text": {"field": "score", "type": "quantitative", "format": ".1f"},
        },
    }
    return {
        "$schema": alt.SCHEMA_URL,
        # Altair's default theme's view size (the width follows the page), and no frame.
        "config": {"view": {"continuousWidth": 300, "continuousHeight": 300, "stroke": None}},
        "layer": [bars, labels],
        "height": 100 + 40 * len(rows),
    }
