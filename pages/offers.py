"""Offers: an offer in hand while a preferred employer has not decided, made concrete."""

from ui import router

router.ensure_routed()

import streamlit as st  # noqa: E402  (after the routing guard, on purpose)

from advisor.comparison import comparison_options  # noqa: E402
from advisor.offers import timing_picture  # noqa: E402
from advisor.walkthrough import walkthrough  # noqa: E402
from ui import offers_entry, offers_view, state  # noqa: E402
from ui.text import application_label  # noqa: E402


@st.fragment
def _weights_and_comparison() -> None:
    """How much each criterion counts, and the comparison it weighs: a weight moved reruns
    this part alone, so the chart below the sliders follows a drag quickly, even on a phone."""
    before = state.plan().weights
    plan = offers_entry.draw_weights(state.plan())
    if plan.weights.rated() != before.rated():
        st.rerun()  # the ratings above ask only about the criteria that count: redraw them
    offers_view.draw_comparison(plan)


today = state.today()
plan = state.plan()

st.title("Offers")
st.caption("An offer has arrived, but the employer you would rather join has not decided yet.")
router.require_applications(
    bool(plan.applications),
    button_key="o_to_questionnaire",
    message="No applications yet. Add your interviews in the questionnaire first.",
)

timings = timing_picture(plan=plan, today=today, date_style=state.date_style())
focus = None
if timings:  # the answer first: what to do next, and the deadline against the decisions
    ids = [t.offer.application_id for t in timings]
    key = state.keep_choice("o_focus", ids, ids[0], fallback=ids[0])
    if len(ids) > 1:
        labels = {i: application_label(a) for i in ids if (a := plan.get(i)) is not None}
        st.selectbox("Offer to think through", ids, key=key, format_func=labels.__getitem__)
    focus = next(t for t in timings if t.offer.application_id == st.session_state[key])
    st.header("Your next step")
    offers_view.draw_next_step(plan, state.agenda(today), focus.offer.application_id, today)
    st.header("Deadlines against decisions")
    offers_view.draw_timing(plan, timings, focus, today)
    result = walkthrough(plan=plan, timing=focus, today=today, date_style=state.date_style())
    st.header("Your choices")
    offers_view.draw_choices(result)
    st.header("Scripts")
    offers_view.draw_scripts(plan, result, today)

st.header("Your preference and your offers")
ranking, offer_form = st.columns(2, gap="large")
with ranking:
    offers_entry.draw_ranking(plan)
with offer_form:
    offers_entry.draw_offer_form(plan, today)
if focus is None:
    st.info(
        "No offer yet. When one arrives, record it just above: this page will then open on "
        "your next step and the offer's deadline against the decisions you are waiting for, "
        "with your choices and what to write. Meanwhile you can compare pending applications "
        "with estimated values below."
    )

st.header("Compare side by side")
st.markdown("### 1. What each option offers")
offers_entry.draw_option_inputs(state.plan(), today)
if comparison_options(plan=state.plan()):
    st.markdown("### 2. How much each criterion counts for you")
    _weights_and_comparison()
else:
    st.caption(
        "Nothing to weigh yet. Once an offer is recorded, or an application is picked just "
        "above, you can say how much pay, growth, the team and the rest count for you."
    )
