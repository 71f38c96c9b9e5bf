"""The timeline page's panels: the next action, one application's steps, and the answer log."""

from __future__ import annotations

from datetime import date

import streamlit as st
from pydantic import ValidationError

from advisor import Application, Plan, field_errors, numeric_date_format
from advisor.agenda import Action, ActionStatus, Agenda
from advisor.calendar_export import google_calendar_link
from advisor.editing import EVENT_LABELS
from advisor.events import ANSWERS, CONTACT_STEPS, Event, EventKind
from advisor.schedule import with_event, without_last_event
from ui import browser, state
from ui.text import application_label, md_escape

# The badge's colour is the page's; its words are the status's own label, as the calendar and
# the CLI show it.
_STATUS_COLOUR = {
    ActionStatus.DONE: "gray",
    ActionStatus.DUE_TODAY: "green",
    ActionStatus.OVERDUE: "orange",
    ActionStatus.UPCOMING: "blue",
    ActionStatus.DROPPED: "gray",
}
STATUS_BADGE = {
    status: f":{_STATUS_COLOUR[status]}-badge[{status.label}]" for status in ActionStatus
}


def when(day: date, today: date) -> str:
    gap = (day - today).days
    if gap == 0:
        return "today"
    if gap == 1:
        return "tomorrow"
    return f"in {gap} days" if gap > 0 else f"{-gap} days ago"


def save(application: Application) -> None:
    state.save_plan(state.plan().with_application(application))


def log(application: Application, event: Event, today: date) -> str | None:
    """Log `event`; returns a message naming the field when it cannot be logged."""
    try:
        save(
            with_event(
                application=application,
                event=event,
                today=today,
                date_style=state.date_style(),
            )
        )
    except ValidationError as error:
        return "; ".join(field_errors(error).values())
    except ValueError as error:
        return str(error)
    return None


def log_now(application_id: str, event: Event, today: date, *, done: str, key: str) -> None:
    """The `on_click` of button `key`: log `event` before the page is drawn, so the run the
    click starts already shows it, confirmed with `done`; or say by the button why it cannot."""
    application = state.plan().get(application_id)
    if application is None:  # removed from the plan since the button was drawn
        state.refuse(key, "This application is no longer in your plan.")
        return
    problem = log(application, event, today)
    if problem:
        state.refuse(key, problem)
    else:
        state.confirm(f"{done} The plan is updated.")


def mark_done_button(
    action: Action, today: date, *, label: str, key: str, primary: bool = False
) -> None:
    """A button that logs `action` as done today on its own application."""
    done = Event(kind=EventKind.STEP_DONE, on=today, step=action.kind)
    st.button(
        label,
        key=key,
        type="primary" if primary else "secondary",
        on_click=log_now,
        args=(action.application_id, done, today),
        kwargs={"done": f"Done: {action.title}.", "key": key},
    )
    state.show_refusal(key)


def _undo_last_entry(application_id: str) -> None:
    application = state.plan().get(application_id)
    if application is not None and application.events:
        save(without_last_event(application=application))


def _log_inputs(application_id: str, today: date) -> None:
    """The `on_click` of "Log it": log the event as the inputs above the button hold it now
    (read here, not passed from the run that drew the button, which may predate an edit)."""
    values = st.session_state
    kind: EventKind = values["t_event_kind"]
    try:
        event = Event(
            kind=kind,
            on=values["t_event_on"],
            step=values.get(f"t_event_step_{application_id}") if kind in ANSWERS else None,
            call_back_on=values.get("t_call_back_on") if kind is EventKind.CALL_BACK else None,
            offer_deadline=values.get("t_offer_deadline") if kind is EventKind.OFFER else None,
        )
    except ValidationError as error:
        state.refuse("t_log", "; ".join(field_errors(error, EVENT_LABELS).values()))
        return
    log_now(application_id, event, today, done=f"Logged: {kind.label.lower()}.", key="t_log")


def draw_next_action(plan: Plan, plan_agenda: Agenda, today: date) -> None:
    action = plan_agenda.next_action
    with st.container(border=True, key="t_next_action"):
        if action is None:
            st.markdown("## Nothing left to do\nEvery step in your plan is done.")
            return
        application = plan.get(action.application_id)
        label = application_label(application) if application else action.company
        st.caption("NEXT ACTION")
        st.markdown(
            f"## {action.title} · {md_escape(label)}\n"
            f"{STATUS_BADGE[action.status]} **{state.date_style().long(action.date)}** "
            f"({when(action.date, today)}) by {action.channel.label.lower()}"
        )
        st.markdown(md_escape(action.why))
        mark_done_button(action, today, label="Mark it done today", key="t_next_done", primary=True)


def draw_steps(plan: Plan, application: Application, plan_agenda: Agenda, today: date) -> None:
    track = plan_agenda.track(application.id)
    window, style = track.window, state.date_style()
    expected = (
        f"Decision expected {style.span(window.earliest, window.latest, year_of=today)}."
        if track.waiting
        else "They have given their answer."
    )
    st.markdown(f"**Day {track.days_waited}** since the interview. {expected}")
    upcoming = plan_agenda.next_for(application.id)
    for action in plan_agenda.for_application(application.id):
        title = (
            f"{style.short(action.date, year_of=today)} · {action.title} · {action.status.label}"
        )
        with st.expander(title, expanded=action == upcoming):
            st.markdown(f"{STATUS_BADGE[action.status]} {action.channel.label}")
            st.markdown(md_escape(action.why))
            st.caption(f"Source: {action.source.citation}")
            if action.status is not ActionStatus.DROPPED:
                draft = action.draft
                st.markdown(f"**{md_escape(draft.title)}**")
                text = f"Subject: {draft.subject}\n\n{draft.body}" if draft.subject else draft.body
                st.code(text, language=None, wrap_lines=True)
                browser.copy_and_share(text, key=f"t_copy_{action.kind.value}", title=draft.title)
            if not action.is_open:
                continue
            done, google = st.columns(2, vertical_alignment="center")
            with done:
                mark_done_button(
                    action, today, label="Mark done today", key=f"t_done_{action.kind.value}"
                )
            google.link_button(
                "Add to Google Calendar",
                google_calendar_link(action),
                icon=":material/open_in_new:",
                help="Opens Google Calendar with this step filled in: its text goes to Google.",
            )


def _draw_answered_step(application: Application, plan_agenda: Agenda) -> None:
    """Which follow-up an answer is about: the candidate picks among this application's (none
    to pick from, no choice drawn: the answer is then logged about no step)."""
    contacts = [
        a
        for a in plan_agenda.for_application(application.id)
        if a.kind in CONTACT_STEPS and a.status is not ActionStatus.DROPPED
    ]
    if not contacts:
        return
    done = [a for a in contacts if a.status is ActionStatus.DONE]
    kinds = [a.kind for a in contacts]
    default = done[-1].kind if done else kinds[0]
    labels = {
        a.kind: f"{a.title} ({'done' if a.status is ActionStatus.DONE else 'planned'} "
        f"{state.date_style().short(a.date, year_of=application.interview_date)})"
        for a in contacts
    }
    st.selectbox(
        "About which follow-up",
        kinds,
        key=state.keep_choice(f"t_event_step_{application.id}", kinds, default, default),
        format_func=labels.__getitem__,
    )


def draw_log(application: Application, plan_agenda: Agenda, today: date) -> None:
    st.markdown("**Log what happened**")
    kinds = [kind for kind in EventKind if kind is not EventKind.STEP_DONE]
    dates = numeric_date_format(application.country)  # as dates are written there
    kind = st.selectbox(
        "What happened",
        kinds,
        key=state.keep("t_event_kind", kinds[0]),
        format_func=lambda k: k.label,
    )
    if kind in ANSWERS:
        _draw_answered_step(application, plan_agenda)
    st.date_input("When", key=state.keep("t_event_on", today), format=dates)
    if kind is EventKind.CALL_BACK:
        st.date_input("Call back on", key=state.keep("t_call_back_on", None), format=dates)
    if kind is EventKind.OFFER:
        st.date_input(
            "Their deadline (leave empty if none was given)",
            key=state.keep("t_offer_deadline", None),
            format=dates,
        )
    st.button(
        "Log it",
        key="t_log",
        icon=":material/add_task:",
        on_click=_log_inputs,
        args=(application.id, today),
    )
    state.show_refusal("t_log")
    answers = [e for e in application.events if e.kind is not EventKind.STEP_DONE]
    if application.events:
        last = application.events[-1]
        what = (
            last.step.label if last.kind is EventKind.STEP_DONE and last.step else last.kind.label
        )
        on = state.date_style().short(last.on, year_of=application.interview_date)
        st.caption(f"Last entry: {what} on {on}. {len(answers)} answer(s) logged.")
        st.button(
            "Undo the last entry",
            key="t_undo",
            icon=":material/undo:",
            on_click=_undo_last_entry,
            args=(application.id,),
        )
