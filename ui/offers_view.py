"""The offers page's results: the timing picture, the choices, the comparison and the scripts."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import streamlit as st

from advisor import DateStyle, Plan, numeric_date_format
from advisor.agenda import Agenda
from advisor.comparison import PAY_EXPLANATION, ComparisonError, compare
from advisor.offer_scripts import Script, ScriptKind, offer_script
from advisor.offers import Gap, OfferTiming, TimingCase
from advisor.walkthrough import Walkthrough, extension_problem, suggested_extension
from ui import browser, state
from ui.date_formats import table_format
from ui.offers_chart import (
    TIMING_CAPTION,
    TimingBar,
    comparison_frame,
    comparison_rows,
    comparison_spec,
    timing_chart,
    timing_rows,
    timing_table,
)
from ui.text import application_label, md_escape
from ui.timeline_view import STATUS_BADGE, mark_done_button

# A page draws at most this many offer lines and boxes, however many offers a plan holds: the
# rest are counted in one line (a plan of 100 applications once meant 2,500 boxes).
MAX_OFFER_LINES = 5
MAX_GAP_BOXES = 3
_CASE_COUNTED = {
    TimingCase.BEFORE: "by the deadline",
    TimingCase.MAYBE: "possibly after it",
    TimingCase.AFTER: "after it",
    TimingCase.UNKNOWN: "with no time frame",
}
# The alert each case is shown in, by name: looked up when drawn (bench/replay.py records
# Streamlit's calls by wrapping them, which a bound method kept here since import would miss)
_CASE_BOX = {
    TimingCase.BEFORE: "success",
    TimingCase.MAYBE: "warning",
    TimingCase.AFTER: "error",
    TimingCase.UNKNOWN: "info",
}


def _sources(sources: tuple[object, ...]) -> str:
    return "Sources: " + "; ".join(getattr(s, "citation", str(s)) for s in sources)


def _timing(
    plan: Plan, timings: tuple[OfferTiming, ...], focus: OfferTiming, today: date, style: DateStyle
) -> tuple[list[TimingBar], dict[str, Any]]:
    """The timing chart's bars (for the table under it) and its Vega-Lite spec."""
    bars, deadlines = timing_rows(plan, timings, focus, date_style=style)
    return bars, timing_chart(bars, deadlines, today=today, date_style=style)


def draw_timing(
    plan: Plan, timings: tuple[OfferTiming, ...], focus: OfferTiming, today: date
) -> None:
    style = state.date_style()
    # Rows and spec are plain lists and dicts, kept while the plan, the focus and the day stay.
    bars, spec = state.remembered(
        "offers_timing_chart",
        (plan.applications, plan.preference, focus.offer.application_id, today, style),
        lambda: _timing(plan, timings, focus, today, style),
    )
    st.vega_lite_chart(spec, width="stretch", key="o_timing_chart")
    st.caption(TIMING_CAPTION)
    # Everything the chart shows, as a table: drawn only while open, as a plan's many offers
    # would make it the page's costliest part.
    table = st.expander(
        "The same as a table", key=state.keep("o_timing_table", False), on_change="rerun"
    )
    if table.open:
        with table:
            st.dataframe(
                timing_table(bars)[["row", "what", "start", "end", "label"]],
                hide_index=True,
                width="stretch",
                column_config={
                    "row": "Application",
                    "what": "What",
                    "start": st.column_config.DateColumn("From", format=table_format(style)),
                    "end": st.column_config.DateColumn("To", format=table_format(style)),
                    "label": "Against the deadline",
                },
            )
    shown = [t for t in timings if t is focus] + [t for t in timings if t is not focus]
    for timing in shown[:MAX_OFFER_LINES]:
        application = plan.get(timing.offer.application_id)
        if application is None:
            continue
        offer = timing.offer
        assumed = " (assumed: they gave no date, so ask them)" if offer.deadline_assumed else ""
        days_left = (offer.deadline - today).days
        left = (
            f"{days_left} days from today"
            if days_left > 1
            else {1: "tomorrow", 0: "today"}.get(days_left, "passed")
        )
        st.markdown(
            f"**{md_escape(application_label(application))}** offer: reply by "
            f"{state.date_style().long(offer.deadline)}{assumed}, {left}."
        )
        if not timing.gaps:
            st.caption("Nothing you rank above this offer is still waiting for a decision.")
        boxed = timing.gaps[:MAX_GAP_BOXES] if timing is focus else ()
        for gap in boxed:
            getattr(st, _CASE_BOX[gap.case])(md_escape(f"{gap.rank}. {gap.summary}"))
        rest = timing.gaps[len(boxed) :]
        if rest:
            st.caption(_gap_counts(rest, more=bool(boxed)))
    if len(shown) > MAX_OFFER_LINES:
        st.caption(
            f"{len(shown) - MAX_OFFER_LINES} more offers: pick one under “Offer to think "
            "through” to see it against your decisions."
        )


def _gap_counts(gaps: tuple[Gap, ...], *, more: bool) -> str:
    """One line for many preferred employers still deciding, instead of a box each."""
    counts = Counter(gap.case for gap in gaps)
    parts = [f"{counts[case]} {_CASE_COUNTED[case]}" for case in TimingCase if counts[case]]
    who = "more employers" if more else "employers"
    return f"{len(gaps)} {who} you rank higher are still deciding: {'; '.join(parts)}."


def draw_comparison(plan: Plan) -> None:
    try:
        comparison = compare(plan=plan)
    except ComparisonError as error:
        st.warning(md_escape(str(error)))
        return
    # Written afresh at every move of a weight: as a plain dict it costs less than keeping it.
    spec = comparison_spec(comparison_rows(comparison))
    st.vega_lite_chart(spec, width="stretch", key="o_comparison_chart")
    best = comparison.options[0]
    if comparison.too_close and comparison.margin is not None:
        runner_up = comparison.options[1]
        st.warning(
            md_escape(
                f"Too close to call: {best.company} and {runner_up.company} are "
                f"{comparison.margin:.1f} points apart. Let the choices below, and your instinct, "
                "decide rather than the numbers."
            ),
            icon=":material/balance:",
        )
    elif len(comparison.options) > 1:
        estimate = ", on your estimates," if best.estimated else ""
        st.success(md_escape(f"{best.company} comes out ahead{estimate} on what you said matters."))
    for note in comparison.notes:
        st.caption(md_escape(note))
    # Drawn only while open: a data grid costs the browser more than the rest of this section.
    table = st.expander(
        "The scores as a table, and how pay is counted",
        key=state.keep("o_scores_table", False),
        on_change="rerun",
    )
    if not table.open:
        return
    with table:
        st.dataframe(
            comparison_frame(comparison),
            hide_index=True,
            width="stretch",
            column_config={
                "place": "Place",
                "option": "Option",
                "score": st.column_config.NumberColumn("Score /100", format="%.1f"),
                "kind": "Offer or estimate",
                "pay": st.column_config.NumberColumn("Total yearly pay", format="localized"),
            },
        )
        st.caption(PAY_EXPLANATION)


def draw_choices(result: Walkthrough) -> None:
    case = result.gap.case if result.gap is not None else TimingCase.BEFORE
    getattr(st, _CASE_BOX[case])(md_escape(result.headline))
    for choice in result.choices:
        with st.container(border=True):
            badge = ":red-badge[:material/block: Don't do this]" if choice.avoid else ""
            st.markdown(f"{badge} **{md_escape(choice.title)}**")
            upside_label = "Why it tempts" if choice.avoid else "For"
            st.markdown(f"*{upside_label}:* {md_escape(choice.upside)}")
            st.markdown(
                f"*{'Why not' if choice.avoid else 'Against'}:* {md_escape(choice.downside)}"
            )
            st.caption(_sources(choice.sources))


def _script(plan: Plan, result: Walkthrough, kind: ScriptKind, extension_to: date | None) -> Script:
    return offer_script(
        kind=kind,
        offer_from=result.offer_from,
        offer=result.offer,
        first_choice=result.first_choice,
        extension_to=extension_to,
        candidate_name=plan.candidate_name,
    )


def _show(script: Script, kind: ScriptKind) -> None:
    st.markdown(f"**To:** {md_escape(script.to)}  \n**Subject:** {md_escape(script.subject)}")
    st.code(script.body, language=None, wrap_lines=True)
    browser.copy_and_share(script.body, key=f"o_copy_{kind.value}", title=script.subject)


def draw_scripts(plan: Plan, result: Walkthrough, today: date) -> None:
    offer = result.offer
    suggested = suggested_extension(result)
    kinds = [k for k in ScriptKind if k is not ScriptKind.TO_FIRST_CHOICE or result.first_choice]
    tabs = st.tabs([k.label for k in kinds])
    for tab, kind in zip(tabs, kinds, strict=True):
        with tab:
            extension_to = None
            if kind is ScriptKind.ASK_EXTENSION:
                picked = st.date_input(
                    "Ask for an answer by",
                    key=state.keep(f"o_extension_to_{offer.application_id}", suggested),
                    format=numeric_date_format(result.offer_from.country),
                )
                extension_to = picked if isinstance(picked, date) else None
                problem = extension_problem(
                    offer=offer,
                    country=result.offer_from.country,
                    asked_for=extension_to,
                    date_style=state.date_style(),
                )
                if problem:
                    st.error(md_escape(problem) + ".")
                    continue
            _show(_script(plan, result, kind, extension_to), kind)
    if result.first_choice is None:
        st.caption(
            "The note to a first choice appears once an application you rank higher is waiting."
        )


def draw_next_step(plan: Plan, plan_agenda: Agenda, offer_id: str, today: date) -> None:
    """The agenda's next action about the offer from `offer_id`, with its words and a way to
    mark it done: the same action the timeline, the start page and the calendar show."""
    action = plan_agenda.next_for_offer(offer_id)
    with st.container(border=True, key="o_next_step"):
        if action is None:
            st.markdown("### Nothing left to do about this offer")
            st.markdown("You marked your decision on it as done.")
            return
        long_date = state.date_style().long
        when = "today" if action.date <= today else long_date(action.date)
        first = plan_agenda.next_action
        st.markdown(f"### {md_escape(action.headline)}")
        if first is not None and first != action and first.date <= action.date:
            st.caption(
                f"Before that, on your agenda: {md_escape(first.headline)} "
                f"({'today' if first.date <= today else long_date(first.date)})."
            )
        st.markdown(f"{STATUS_BADGE[action.status]} **{when}** · {md_escape(action.why)}")
        draft = action.draft
        subject = f"  \n**Subject:** {md_escape(draft.subject)}" if draft.subject else ""
        st.markdown(f"**{md_escape(draft.title)}**{subject}")
        st.code(draft.body, language=None, wrap_lines=True)
        browser.copy_and_share(draft.body, key="o_copy_next", title=draft.title)
        mark_done_button(action, today, label="Mark it done today", key="o_next_done", primary=True)
