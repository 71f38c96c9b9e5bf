"""Questionnaire: the interview and what was said about timing, read into dates and next steps."""

from ui import router

router.ensure_routed()

import streamlit as st  # noqa: E402  (after the routing guard, on purpose)

from advisor import interpret  # noqa: E402
from ui import questionnaire_form as form  # noqa: E402
from ui import state  # noqa: E402
from ui.results import draw_glance, draw_interpretation  # noqa: E402


def _switch() -> None:
    form.commit()  # what was typed for the application being left
    state.set_current_id(st.session_state["q_application"])


def _add() -> None:
    form.commit()
    state.set_current_id(form.new_application_id())
    form.go_to_step(form.STEPS[0].name)


def _remove() -> None:
    doomed = state.current_id()
    if doomed is None:
        return
    state.save_plan(state.plan().without(doomed))
    state.forget(state.answers_of(doomed))
    remaining = state.plan().applications
    state.set_current_id(remaining[0].id if remaining else form.new_application_id())
    state.confirm("Application removed.", ":material/delete:")


@router.redrawn_alone
def questionnaire() -> None:
    """The whole page below the navigation: an answer reruns only this (see `redrawn_alone`)."""
    today = state.today()
    current, values, outcome = form.commit()
    plan = state.plan()
    saved = plan.get(current)

    st.title("Questionnaire")
    st.caption("About two minutes. Only the company is required.")

    choices = [application.id for application in plan.applications]
    if current not in choices:
        choices.append(current)
    # set on every run, even to the same value: the box shows its choice's new label (a company
    # just typed) only when the value is set again
    st.session_state["q_application"] = current
    labels = {application_id: form.label_for(application_id) for application_id in choices}
    with st.container(horizontal=True, vertical_alignment="bottom", key="q_applications"):
        # one row even on a phone, so the step being answered starts high on the screen
        st.selectbox(
            "Application", choices, key="q_application", format_func=labels.get, on_change=_switch
        )
        st.button("Add", key="q_add", icon=":material/add:", on_click=_add)
        with st.popover("Remove", icon=":material/delete:"):
            st.markdown("Remove this application and everything typed for it?")
            st.button("Yes, remove it", key="q_remove", type="primary", on_click=_remove)

    interpretation = (
        interpret(application=saved, today=today, date_style=state.date_style())
        if saved is not None
        else None
    )
    plan_agenda = state.agenda(today)

    def _glance() -> None:
        if interpretation is None:
            st.caption("Your reading appears here once the company is named.")
        else:
            draw_glance(interpretation, plan_agenda.next_for(current), today)

    form_column, result_column = st.columns([1.15, 1], gap="large")
    with form_column:
        step = form.draw_step_picker(outcome.errors)
        form.draw_errors_elsewhere(step, outcome.errors)
        form.draw_step(step, outcome.errors, values, glance=_glance)

    with result_column:
        st.header("Your reading")
        if outcome.errors:
            st.warning(
                f"{len(outcome.errors)} answer(s) need a look: see the red notes in the form. "
                "The reading below uses your last valid answers.",
                icon=":material/warning:",
            )
        if saved is None or interpretation is None:
            st.info("Type the company's name to see what their words likely mean.")
        else:
            draw_interpretation(
                interpretation,
                application=saved,
                actions=plan_agenda.for_application(current),
                today=today,
            )


questionnaire()
