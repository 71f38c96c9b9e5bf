"""Start page: what the app does, in ten seconds, and the way in."""

from ui import router

router.ensure_routed()

import streamlit as st  # noqa: E402  (after the routing guard, on purpose)

from ui import plan_view, state  # noqa: E402
from ui.text import application_label, md_escape  # noqa: E402
from ui.timeline_view import when  # noqa: E402

st.title("Just had an interview?")
st.markdown(  # a lead, not a heading: the sections below are the page's outline
    "**Find out what they meant about timing, when to expect a decision, and what to do today.**"
)
st.markdown(
    "- **What their words likely mean**: a date, a time frame, or “we will be in touch”, "
    "read together with how the interview went.\n"
    "- **When a decision is likely**: as dates, skipping weekends and public holidays.\n"
    "- **What to do now**: the thank-you, the recruiter, and when it is fair to check in.\n"
    "- **An offer before your first choice decides**: its deadline against their decision, "
    "your choices, and what to say.\n\n"
    "Every piece of advice names its source."
)
if st.button(
    "Start with your interview", key="home_start", type="primary", icon=":material/arrow_forward:"
):
    st.switch_page(router.QUESTIONNAIRE)

plan = state.plan()
if plan.applications:
    today = state.today()
    plan_agenda = state.agenda(today)
    st.header("Your applications")
    lines = []
    for application in plan.applications:
        track = plan_agenda.track(application.id)
        window, style = track.window, state.date_style()
        expected = (
            f"decision expected {style.day_and_month(window.earliest)} – "
            f"{style.day_and_month(window.latest)}"
            if track.waiting
            else "they have answered"
        )
        action = plan_agenda.next_for(application.id)
        then = (
            f"; next: {action.title.lower()} "
            f"({style.short(action.date, year_of=today)}, {when(action.date, today)})"
            if action
            else "; nothing left to do"
        )
        lines.append(f"- **{md_escape(application_label(application))}**: {expected}{then}")
    st.markdown("\n".join(lines))

st.header("Or look at an example first")
st.markdown("Made-up cases a career coach can walk through with a client, in one click.")
plan_view.draw_examples(state.real_today(), key_prefix="home", detailed=False)

st.divider()
st.caption(
    "Private by design: nothing you type is written to the server's disk or logs, or sent "
    "anywhere. Your plan lives in this browser tab and in its address, so a refresh keeps it."
)
