"""Save & share: the plan as a link and as a file, ready-made examples, and privacy."""

from ui import router

router.ensure_routed()

import streamlit as st  # noqa: E402  (after the routing guard, on purpose)

from ui import plan_view, state  # noqa: E402

today = state.real_today()  # files and examples are dated from the real today

st.title("Save & share")
st.markdown(
    "Your plan is kept in this page's address: a refresh or a bookmark brings it back. "
    "Send it to yourself or a coach with the link, or keep it as a file."
)

st.header("Share a link")
plan_view.draw_share()

st.header("Keep it as a file")
plan_view.draw_file(today)

st.header("Examples for coaches")
st.markdown(
    "Ready-made cases with made-up people, to show how the advice works. Loading one asks "
    "before it replaces a plan of your own."
)
plan_view.draw_examples(today, key_prefix="p")
st.markdown(
    "To show how the advice moves with time, look at the plan as of another day. Only your "
    "view changes: the plan's dates and the link stay as they are."
)
plan_view.draw_time_travel("p_demo_day")

st.header("Privacy")
st.markdown(plan_view.PRIVACY)
plan_view.draw_start_over()
