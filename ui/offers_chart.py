"""The offers page's charts: deadlines against decision windows, and the weighted comparison."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, TypedDict

import pandas as pd

from advisor import DateStyle, Plan
from advisor.comparison import Comparison
from advisor.offers import OfferTiming, TimingCase
from ui.text import application_label
from ui.timeline_chart import (
    TODAY_COLOUR,
    VEGA_LITE_SCHEMA,
    date_axis,
    today_axis,
    today_tooltip,
    vega_date,
)

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
_ROWS = {"type": "band", "paddingInner": 0.2, "paddingOuter": 0.2}
_HALF_DAY = timedelta(hours=12)
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


class TimingBar(TypedDict):
    """One bar of the timing chart: an offer, or an employer's decision window."""

    row: str  # rank and application
    what: str  # OFFER_OPEN, or how the window falls against the deadline
    start: date  # the first day covered
    end: date  # the last day covered
    label: str  # the words above the bar
    detail: str  # its dates, for the tooltip


class DeadlineLine(TypedDict):
    """The deadline of one offer, drawn across every bar."""

    date: date
    label: str
    detail: str


_BAR_COLUMNS = list(TimingBar.__annotations__)


def timing_rows(
    plan: Plan,
    timings: tuple[OfferTiming, ...],
    focus: OfferTiming,
    *,
    date_style: DateStyle = DateStyle.DAY_FIRST,
) -> tuple[list[TimingBar], list[DeadlineLine]]:
    """Bars (offers and decision windows, one row per application) and the deadline lines,
    described with dates in `date_style`.

    Bars run from their first day to their last, both included. Decision windows are
    coloured by where they fall against the `focus` offer's deadline.
    """
    day = date_style.short
    bars: list[TimingBar] = []
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
    deadlines: list[DeadlineLine] = [
        {
            "date": t.offer.deadline,
            "label": f"{_company(plan, t.offer.application_id)} deadline",
            "detail": f"Reply by {day(t.offer.deadline, year_of=t.offer.received_on)}",
        }
        for t in timings
    ]
    return bars, deadlines


def timing_table(bars: list[TimingBar]) -> pd.DataFrame:
    """The bars of `timing_rows` as the table under the chart shows them, dates as dates."""
    frame = pd.DataFrame(bars, columns=_BAR_COLUMNS)
    for name in ("start", "end"):
        frame[name] = pd.to_datetime(frame[name])
    return frame


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
    bars: list[TimingBar],
    deadlines: list[DeadlineLine],
    *,
    today: date,
    date_style: DateStyle = DateStyle.DAY_FIRST,
) -> dict[str, Any]:
    """The Vega-Lite spec of the timing chart: each offer and each decision window as a bar
    with its words above it, the deadlines and today as lines across the bars.

    Written as a plain dict rather than built with Altair, which validated every channel
    against the schema as it built them: about 100 ms each time the plan changed.
    Each layer carries its rows inline, as Streamlit turns named datasets into Arrow at every
    rerun. The chart tests check the spec against the Vega-Lite schema, as nothing does here.
    """
    rows = sorted(dict.fromkeys(bar["row"] for bar in bars), key=_rank_key)
    y = {
        "field": "row",
        "type": "nominal",
        "title": None,
        "sort": rows,
        "axis": None,
        "scale": _ROWS,
    }
    domain = [OFFER_OPEN, *(case.label for case in CASE_COLOURS)]
    kinds = {bar["what"] for bar in bars}
    present = [name for name in domain if name in kinds]
    colours = dict(zip(domain, [OFFER_COLOUR, *CASE_COLOURS.values()], strict=True))
    scale = {"domain": present, "range": [colours[name] for name in present]}
    # A day is drawn centred on its tick: a bar covers its first and last days whole, and a
    # deadline's line sits on its day's tick ("reply by Wed 02 Dec" on "02 Dec").
    drawn = [
        {
            **bar,
            "start": vega_date(bar["start"], -_HALF_DAY),
            "end": vega_date(bar["end"], _HALF_DAY),
        }
        for bar in bars
    ]
    bar_layer = {
        "data": {"values": drawn},
        "mark": {
            "type": "bar",
            "height": 16,
            "cornerRadius": 3,
            "strokeWidth": 1.5,
            "fillOpacity": _TINT,
        },
        "encoding": {
            # The dates drawn (today's line included) set the range, with a margin in pixels:
            # an explicit domain clashes with the "Today" axis's tick in Vega-Lite.
            "x": date_axis(date_style, padding=12),
            "x2": {"field": "end"},
            "y": y,
            # No legend: the words above each bar and the caption say what the colours mean.
            "color": {"field": "what", "type": "nominal", "scale": scale, "legend": None},
            "stroke": {"field": "what", "type": "nominal", "scale": scale, "legend": None},
            "tooltip": [
                {"field": "row", "type": "nominal", "title": "Application"},
                {"field": "what", "type": "nominal", "title": "What"},
                {"field": "detail", "type": "nominal", "title": "Dates"},
            ],
        },
    }
    deadline_rule = {
        "data": {
            "values": [
                {**line, "date": vega_date(line["date"]), "row": row}
                for line in deadlines
                for row in rows
            ]
        },
        "mark": {
            "type": "rule",
            "color": DEADLINE_COLOUR,
            "strokeWidth": 3,
            "yOffset": -_LINE_REACH,
            "y2Offset": _LINE_REACH,
        },
        "encoding": {
            "x": {"field": "date", "type": "temporal", "axis": None},
            "y": y,
            "y2": {"field": "row"},
            "tooltip": [
                {"field": "label", "type": "nominal", "title": "Deadline"},
                {"field": "detail", "type": "nominal", "title": "When"},
            ],
        },
    }
    return {
        "$schema": VEGA_LITE_SCHEMA,
        # Altair's default theme's view size (the width follows the page), and no frame.
        "config": {"view": {"continuousWidth": 300, "continuousHeight": 300, "stroke": None}},
        "layer": [
            bar_layer,
            _names_above(bars, rows),
            deadline_rule,
            _today(today, rows, y, date_style),
        ],
        "height": 60 + 56 * len(rows),
        "resolve": {
            # The names' rows are a scale of their own, laid out like the bars' rows.
            "scale": {"y": "independent"},
            "axis": {"x": "independent"},  # the dates below, "Today" above
        },
    }


def _names_above(bars: list[TimingBar], rows: list[str]) -> dict[str, Any]:
    """The layer of each row's words ("2. Northwind offer: reply by Thu 12 Nov") above its bar.

    They are the labels of an axis of their own, drawn inside the chart: an axis takes the
    page theme's text colour, light or dark, where a text mark's colour would be fixed.
    """
    labels: dict[str, list[str]] = {}
    for bar in bars:
        labels.setdefault(bar["row"], []).append(bar["label"])
    words = ["; ".join(labels[row]) for row in rows]
    axis = {
        "title": None,
        "domain": False,
        "ticks": False,
        "grid": False,
        "labelAlign": "left",
        "labelPadding": -2,  # into the chart, from its left edge
        "labelOffset": -20,  # above the bar
        "labelLimit": 1000,
        "labelOverlap": False,
    }
    return {
        "data": {"values": [{"row": row, "words": w} for row, w in zip(rows, words, strict=True)]},
        "mark": {"type": "point", "opacity": 0, "tooltip": None},
        "encoding": {
            "y": {"field": "words", "type": "nominal", "sort": words, "axis": axis, "scale": _ROWS}
        },
    }


def _today(
    today: date, rows: list[str], y: dict[str, Any], date_style: DateStyle
) -> dict[str, Any]:
    """The red dashed "today" line of every chart, drawn across the bars like the deadlines."""
    return {
        "data": {"values": [{"date": vega_date(today), "row": row} for row in rows]},
        "mark": {
            "type": "rule",
            "color": TODAY_COLOUR,
            "strokeDash": [4, 3],
            "strokeWidth": 2,
            "yOffset": -_LINE_REACH,
            "y2Offset": _LINE_REACH,
        },
        "encoding": {
            "x": {"field": "date", "type": "temporal", "axis": today_axis(today)},
            "y": y,
            "y2": {"field": "row"},
            "tooltip": today_tooltip(date_style),
        },
    }


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
        "$schema": VEGA_LITE_SCHEMA,
        # Altair's default theme's view size (the width follows the page), and no frame.
        "config": {"view": {"continuousWidth": 300, "continuousHeight": 300, "stroke": None}},
        "layer": [bars, labels],
        "height": 100 + 40 * len(rows),
    }
