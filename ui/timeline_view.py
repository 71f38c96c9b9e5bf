"""The timeline page's panels: the next action, one application's steps, and the answer log."""

from __future__ import annotations

from datetime import date

import streamlit as st
from pydantic import ValidationError

from advisor import Application, field_errors
from advisor.drafts import draft_for
from advisor.events import Event, EventKind
from advisor.schedule import (
    FollowUpStep,
    Schedule,
    StepStatus,
    with_event,
    without_last_event,
)
from ui import state
from ui.text import application_label, md_escape
from ui.timeline_chart import STATUS_LABELS

_STATUS_BADGE = {
    StepStatus.DONE: ":gray-badge[Done]",
    StepStatus.DUE_TODAY: ":green-badge[Due now]",
    StepStatus.OVERDUE: ":orange-badge[Overdue]",
    StepStatus.UPCOMING: ":blue-badge[Upcoming]",
}
_URGENCY = {StepStatus.OVERDUE: 0, StepStatus.DUE_TODAY: 1, StepStatus.UPCOMING: 2}


def _when(day: date, today: date) -> str:
    gap = (day - today).days
    if gap == 0:
        return "today"
    if gap == 1:
        return "tomorrow"
    return f"in {gap} days" if gap > 0 else f"{-gap} days ago"


def most_urgent(
    pairs: list[tuple[Application, Schedule]],
) -> tuple[Application, FollowUpStep] | None:
    """The one step to do next across the plan: overdue first, then due, then the soonest."""
    candidates = [
        (application, step) for application, schedule in pairs if (step := schedule.next_step)
    ]
    return min(candidates, key=lambda pair: (_URGENCY[pair[1].status], pair[1].date), default=None)


def save(application: Application) -> None:
    state.save_plan(state.plan().with_application(application))


def log(application: Application, event: Event, today: date) -> str | None:
    """Log `event`; returns a message naming the field when it cannot be logged."""
    try:
        save(with_event(application=application, event=event, today=today))
    except ValidationError as error:
        return "; ".join(field_errors(error).values())
    except ValueError as error:
        return str(error)
    return None


def log_and_refresh(application: Application, event: Event, today: date) -> None:
    """Log `event` and redraw the page, or show why it cannot be logged."""
    problem = log(application, event, today)
    if problem:
        st.error(md_escape(problem))
    else:
        st.rerun()


def draw_next_action(pairs: list[tuple[Application, Schedule]], today: date) -> None:
    urgent = most_urgent(pairs)
    with st.container(border=True, key="t_next_action"):
        if urgent is None:
            st.markdown("#### Nothing left to do\nEvery step in your plan is done.")
            return
        application, step = urgent
        st.caption("NEXT ACTION")
        st.markdown(
            f"#### {step.title} · {md_escape(application_label(application))}\n"
            f"{_STATUS_BADGE[step.status]} **{step.date:%A %d %B}** ({_when(step.date, today)}) "
            f"by {step.channel.label.lower()}"
        )
        st.markdown(md_escape(step.why))
        if st.button("Mark it done today", key="t_next_done", type="primary"):
            done = Event(kind=EventKind.STEP_DONE, on=today, step=step.kind)
            log_and_refresh(application, done, today)


def draw_steps(application: Application, schedule: Schedule, today: date) -> None:
    window = schedule.window
    st.markdown(
        f"**Day {schedule.days_waited}** since the interview. Decision expected "
        f"{window.earliest:%a %d %b} – {window.latest:%a %d %b}."
    )
    candidate = state.plan().candidate_name
    for step in schedule.steps:
        title = f"{step.date:%a %d %b} · {step.title} · {STATUS_LABELS[step.status.value]}"
        with st.expander(title, expanded=step is schedule.next_step):
            st.markdown(f"{_STATUS_BADGE[step.status]} {step.channel.label}")
            st.markdown(md_escape(step.why))
            st.caption(f"Source: {step.source.citation}")
            draft = draft_for(step=step, application=application, candidate_name=candidate)
            st.markdown(f"**{draft.title}** (copy with the icon at the top right)")
            text = f"Subject: {draft.subject}\n\n{draft.body}" if draft.subject else draft.body
            st.code(text, language=None, wrap_lines=True)
            if step.status is not StepStatus.DONE and st.button(
                "Mark done today", key=f"t_done_{step.kind.value}"
            ):
                done = Event(kind=EventKind.STEP_DONE, on=today, step=step.kind)
                log_and_refresh(application, done, today)


def draw_log(application: Application, today: date) -> None:
    st.markdown("**Log what happened**")
    kinds = [kind for kind in EventKind if kind is not EventKind.STEP_DONE]
    kind = st.selectbox(
        "What happened",
        kinds,
        key=state.keep("t_event_kind", kinds[0]),
        format_func=lambda k: k.label,
    )
    on = st.date_input("When", key=state.keep("t_event_on", today), format="YYYY-MM-DD")
    call_back_on = offer_deadline = None
    if kind is EventKind.CALL_BACK:
        call_back_on = st.date_input(
            "Call back on", key=state.keep("t_call_back_on", None), format="YYYY-MM-DD"
        )
    if kind is EventKind.OFFER:
        offer_deadline = st.date_input(
            "Their deadline (leave empty if none was given)",
            key=state.keep("t_offer_deadline", None),
            format="YYYY-MM-DD",
        )
    if st.button("Log it", key="t_log", icon=":material/add_task:"):
        try:
            event = Event(
                kind=kind, on=on, call_back_on=call_back_on, offer_deadline=offer_deadline
            )
        except ValidationError as error:
            st.error(md_escape(_event_message(error)))
            return
        log_and_refresh(application, event, today)
    answers = [e for e in application.events if e.kind is not EventKind.STEP_DONE]
    if application.events:
        last = application.events[-1]
        what = (
            last.step.label if last.kind is EventKind.STEP_DONE and last.step else last.kind.label
        )
        st.caption(f"Last entry: {what} on {last.on:%a %d %b}. {len(answers)} answer(s) logged.")
        if st.button("Undo the last entry", key="t_undo", icon=":material/undo:"):
            save(without_last_event(application=application))
            st.rerun()


def _event_message(error: ValidationError) -> str:
    return "; ".join(
        str(item["msg"]).removeprefix("Value error, ").capitalize() for item in error.errors()
    )
