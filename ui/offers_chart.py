"""The offers page's charts: deadlines against decision windows, and the weighted comparison."""

from __future__ import annotations

from datetime import date, timedelta

import altair as alt
import pandas as pd

from advisor import Plan
from advisor.comparison import Comparison
from advisor.offers import OfferTiming, TimingCase
from ui.text import application_label
from ui.timeline_chart import today_marker

OFFER_OPEN = "Offer open"
CASE_COLOURS: dict[TimingCase, str] = {
    TimingCase.BEFORE: "#2A9D8F",
    TimingCase.MAYBE: "#E9A23B",
    TimingCase.AFTER: "#C0392B",
    TimingCase.UNKNOWN: "#9AA5A6",
}
_OFFER_COLOUR = "#2F6F73"
_DEADLINE_COLOUR = "#1F3B3D"
TIMING_CAPTION = (
    "Dark bar: an offer, from the day it came to its deadline (the solid line). Coloured bars: "
    "when the employers you rank higher expect to decide, green if before the deadline, amber "
    "if it may be after, red if after, grey if unknown. Red dashed line: today."
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
    plan: Plan, timings: tuple[OfferTiming, ...], focus: OfferTiming
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Bars (offers and decision windows, one row per application) and the deadline lines.

    Decision windows are coloured by where they fall against the `focus` offer's deadline.
    """
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
                "end": offer.deadline + timedelta(days=1),
                "label": f"{_name(plan, offer.application_id)} offer: reply by "
                f"{offer.deadline:%a %d %b}{assumed}",
                "detail": f"Offer received {offer.received_on:%a %d %b}, reply by "
                f"{offer.deadline:%a %d %b}{assumed}",
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
                    "end": window.latest + timedelta(days=1),
                    "label": f"{_name(plan, gap.application_id)}: "
                    + _gap_label(shown.case, shown.days_after_deadline),
                    "detail": f"Decision expected {window.earliest:%a %d %b} – "
                    f"{window.latest:%a %d %b}",
                }
            )
    deadlines = [
        {
            "date": t.offer.deadline + timedelta(days=1),
            "label": f"{_company(plan, t.offer.application_id)} deadline",
            "detail": f"Reply by {t.offer.deadline:%a %d %b}",
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


def timing_chart(bars: pd.DataFrame, deadlines: pd.DataFrame, *, today: date) -> alt.LayerChart:
    rows = sorted(dict.fromkeys(bars["row"]), key=_rank_key)
    # No axis labels: each bar is named above it, which leaves a phone's width to the dates.
    y = alt.Y("row:N", title=None, sort=rows, axis=None)
    domain = [OFFER_OPEN, *(case.label for case in CASE_COLOURS)]
    present = [name for name in domain if name in set(bars["what"])]
    colours = dict(zip(domain, [_OFFER_COLOUR, *CASE_COLOURS.values()], strict=True))
    start = min(bars["start"].min(), pd.Timestamp(today)) - pd.Timedelta(days=1)
    end = max(bars["end"].max(), pd.Timestamp(today)) + pd.Timedelta(days=2)
    x = alt.X(
        "start:T",
        axis=alt.Axis(format="%d %b", title=None, labelAngle=0, tickCount=6),
        scale=alt.Scale(domain=[start.isoformat(), end.isoformat()]),
    )
    tooltip = [
        alt.Tooltip("row:N", title="Application"),
        alt.Tooltip("what:N", title="What"),
        alt.Tooltip("detail:N", title="Dates"),
    ]
    bar_layer = (
        alt.Chart(bars)
        .mark_bar(height=16, cornerRadius=3)
        .encode(
            x=x,
            x2="end:T",
            y=y,
            color=alt.Color(
                "what:N",
                scale=alt.Scale(domain=present, range=[colours[name] for name in present]),
                legend=None,  # the words above each bar and the caption say what the colours mean
            ),
            tooltip=tooltip,
        )
    )
    # Labels sit above their bar, from its start, or up to its end near the right edge.
    middle = start + (end - start) / 2
    late = bars["end"] > middle
    early_text = (
        alt.Chart(bars[~late])
        .mark_text(align="left", dy=-15, fontSize=12, color="#333333")
        .encode(x="start:T", y=y, text="label:N", tooltip=tooltip)
    )
    late_text = (
        alt.Chart(bars[late])
        .mark_text(align="right", dy=-15, fontSize=12, color="#333333")
        .encode(x="end:T", y=y, text="label:N", tooltip=tooltip)
    )
    deadline_rule = (
        alt.Chart(deadlines)
        .mark_rule(color=_DEADLINE_COLOUR, strokeWidth=2)
        .encode(x="date:T", tooltip=[alt.Tooltip("label:N", title="Deadline"), "detail:N"])
    )
    return (
        alt.layer(bar_layer, early_text, late_text, deadline_rule, *today_marker(today))
        .properties(height=60 + 56 * len(rows))
        .configure_view(stroke=None)
    )


def _rank_key(row: str) -> tuple[int, str]:
    number, _, rest = row.partition(". ")
    return (int(number), rest) if number.isdigit() else (10_000, row)


def comparison_frame(comparison: Comparison) -> pd.DataFrame:
    rows = [
        {
            "place": place,
            "option": option.company + (" (estimate)" if option.estimated else ""),
            "score": round(option.total, 1),
            "kind": "Estimate" if option.estimated else "Offer",
            "pay": option.total_pay,
        }
        for place, option in enumerate(comparison.options, start=1)
    ]
    return pd.DataFrame(rows, columns=["place", "option", "score", "kind", "pay"])


def comparison_chart(frame: pd.DataFrame) -> alt.LayerChart:
    y = alt.Y("option:N", title=None, sort=list(frame["option"]), axis=alt.Axis(labelLimit=150))
    bars = (
        alt.Chart(frame)
        .mark_bar(height=18, cornerRadius=3)
        .encode(
            x=alt.X("score:Q", title="Weighted score out of 100", scale=alt.Scale(domain=[0, 100])),
            y=y,
            color=alt.Color(
                "kind:N",
                scale=alt.Scale(domain=["Offer", "Estimate"], range=[_OFFER_COLOUR, "#A9C9C6"]),
                legend=alt.Legend(title=None, orient="top"),
            ),
            tooltip=[
                alt.Tooltip("option:N", title="Option"),
                alt.Tooltip("score:Q", title="Score", format=".1f"),
                alt.Tooltip("pay:Q", title="Total yearly pay", format=",.0f"),
            ],
        )
    )
    labels = (
        alt.Chart(frame)
        .mark_text(align="left", dx=4, fontWeight="bold")
        .encode(x="score:Q", y=y, text=alt.Text("score:Q", format=".1f"))
    )
    return (
        alt.layer(bars, labels).properties(height=100 + 40 * len(frame)).configure_view(stroke=None)
    )
