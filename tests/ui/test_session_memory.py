"""What a closed tab leaves on the server: its plan, not what the pages worked out from it.

Streamlit keeps a disconnected session's state for a while (server.disconnectedSessionTTL), in
case its tab reconnects. For the largest plan, the agenda and the charts took more memory than
the plan itself; they belong in the session's cache, which Streamlit drops at once.
"""

from __future__ import annotations

import pickle

from streamlit.testing.v1 import AppTest

from advisor import Plan
from bench.plans import growth_plan
from tests.ui.apptest import TODAY, start
from ui import state


def _kept_besides_the_plan(at: AppTest) -> dict[str, int]:
    """Pickled bytes of each session-state value except the plan."""
    session_state = at.session_state._state._state  # AppTest's own SessionState
    return {
        key: len(pickle.dumps(session_state[key]))
        for key in session_state.filtered_state
        if key != state.PLAN
    }


def test_a_closed_tab_keeps_its_plan_but_nothing_worked_out_from_it() -> None:
    plan = growth_plan(10, TODAY)
    at = start("pages/timeline.py", plan=plan)
    at.switch_page("pages/offers.py").run()
    at.switch_page("pages/home.py").run()
    assert not at.exception, at.exception
    assert isinstance(at.session_state[state.PLAN], Plan)

    kept = _kept_besides_the_plan(at)

    # Widget values and the inputs kept across pages are small; an agenda or a chart is not.
    assert sum(kept.values()) < len(pickle.dumps(plan)), kept


def test_the_session_holds_as_many_inputs_for_a_plan_of_100_applications_as_for_one() -> None:
    """Each select box or text box Streamlit draws reads through every value in the session,
    so an input a page does not draw (a rank below the first empty one) must not stay there."""
    held = {}
    for size in (1, 100):
        at = start("pages/offers.py", plan=growth_plan(size, TODAY))
        at.run()
        assert not at.exception, at.exception
        held[size] = sum(1 for _ in at.session_state._state._state.filtered_state)

    # the ranks drawn (the five ranked and the first empty one) and one more script to copy
    assert held[100] <= held[1] + 6, held
