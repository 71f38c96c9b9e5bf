"""Timeline: every application's follow-up steps on one chart, with drafts and a calendar file."""

from ui import router

router.ensure_routed()

from datetime import UTC, datetime  # noqa: E402

import streamlit as st  # noqa: E402  (after the routing guard, on purpose)
from pydantic import ValidationError  # noqa: E402

from advisor import field_errors  # noqa: E402
from advisor.calendar_export import agenda_to_ics  # noqa: E402
from advisor.editing import PLAN_LABELS  # noqa: E402
from ui import plan_view, state, timeline_view  # noqa: E402
from ui.date_formats import table_format  # noqa: E402
from ui.text import application_label, md_escape  # noqa: E402
from ui.timeline_chart import CAPTION, frames, rows_and_chart  # noqa: E402

today, dates = state.today(), state.date_style()
plan = state.plan()

st.title("Timeline")
router.require_applications(
    bool(plan.applications),
    button_key="t_to_questionnaire",
    message="No applications yet. Start with the questionnaire: it takes about two minutes.",
)


# The agenda and the chart depend on the plan and the day only: a selection elsewhere reuses
# them, which keeps a plan of 100 applications quick.
plan_agenda = state.agenda(today)
periods, steps, spec = state.remembered(
    "timeline_chart",
    (plan, today, dates),
    lambda: rows_and_chart(plan, plan_agenda, today=today, date_style=dates),
)
timeline_view.draw_next_action(plan, plan_agenda, today)

st.vega_lite_chart(spec, width="stretch", key="t_chart")
st.caption(CAPTION)
# Everything the chart shows, as tables: built and drawn only while open, as turning them into
# pandas frames and Arrow cost more than the chart itself.
table = st.expander(
    "The same as a table", key=state.keep("t_timeline_table", False), on_change="rerun"
)
if table.open:
    with table:
        period_frame, step_frame = frames(periods, steps)
        st.markdown("**Waiting, and when a decision is expected**")
        st.dataframe(
            period_frame[["application", "period", "start", "end"]],
            hide_index=True,
            width="stretch",
            column_config={
                "application": "Application",
                "period": "Period",
                "start": st.column_config.DateColumn("From", format=table_format(dates)),
                "end": st.column_config.DateColumn("To", format=table_format(dates)),
            },
        )
        st.markdown("**Steps**")
        st.dataframe(
            step_frame,
            hide_index=True,
            width="stretch",
            column_config={
                "application": "Application",
                "date": st.column_config.DateColumn("Date", format=table_format(dates)),
                "step": "Step",
                "channel": "How",
                "status": "Status",
                "why": "Why",
                "source": "Source",
            },
        )

with st.expander("For coaches: show the plan as of another day", icon=":material/history:"):
    plan_view.draw_time_travel("t_demo_day")

left, right = st.columns([3, 2], vertical_alignment="bottom")
name = left.text_input(
    "Your name, to sign the message drafts",
    key=state.keep("t_candidate_name", plan.candidate_name),
    max_chars=80,
)
if name.strip() != plan.candidate_name:
    try:
        state.save_plan(plan.signed_by(name))
    except ValidationError as error:
        st.error(md_escape("; ".join(field_errors(error, PLAN_LABELS).values())))
    plan = state.plan()
    plan_agenda = state.agenda(today)  # the drafts are signed with the new name
right.download_button(
    "Add the steps to your calendar (.ics)",
    # Built on click, not on every rerun: a file sent with the page is checked by the browser,
    # and a rerun that replaces it (the plan changed) made that check fail; stamped with the
    # time, so a re-import updates events.
    data=lambda: agenda_to_ics(plan_agenda, now=datetime.now(UTC)),
    file_name="interview-follow-ups.ics",
    mime="text/calendar",
    key="t_ics",
    on_click="ignore",  # a rerun could clear the generated file before the browser fetched it
    icon=":material/calendar_add_on:",
    width="stretch",
)

st.header("Steps and message drafts")
ids = [a.id for a in plan.applications]
labels = {a.id: application_label(a) for a in plan.applications}
key = state.keep_choice("t_application", ids, ids[0], fallback=ids[0])
chosen_id = st.selectbox("Application", ids, key=key, format_func=labels.__getitem__)
application = next(a for a in plan.applications if a.id == chosen_id)
steps_column, log_column = st.columns([3, 2], gap="large")
with steps_column:
    timeline_view.draw_steps(plan, application, plan_agenda, today)
with log_column:
    timeline_view.draw_log(application, plan_agenda, today)
