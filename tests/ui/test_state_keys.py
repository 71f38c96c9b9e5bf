"""One way to keep state: every key the app writes in the session is declared in ui/state.py,
and every input's value outlives page switches through `state.keep`."""

from __future__ import annotations

from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from advisor.examples import Example, examples
from tests.ui.apptest import TODAY, start
from ui import state

PAGES = [
    "pages/home.py",
    "pages/questionnaire.py",
    "pages/timeline.py",
    "pages/offers.py",
    "pages/plan.py",
]


def _undeclared(at: AppTest) -> set[str]:
    """Session keys that are neither declared in ui/state.py, a drawn widget's own key, nor an
    input kept by `state.keep`."""
    session = at.session_state._state._state  # AppTest's own SessionState
    ids = session._key_id_mapper
    widget_keys = {key for key in session.filtered_state if ids.get_id_from_key(key)}
    kept = set(session[state._SHOWN]) if state._SHOWN in session else set()
    for values in session[state.KEPT].values() if state.KEPT in session else ():
        kept |= set(values)
    return set(session.filtered_state) - state.SESSION_KEYS - widget_keys - kept


@pytest.mark.parametrize("example", examples(today=TODAY), ids=lambda e: e.key)
def test_every_session_key_the_pages_write_is_declared_in_ui_state(example: Example) -> None:
    at = start(plan=example.plan)
    for page in [*PAGES, *reversed(PAGES)]:
        at.switch_page(page).run()
        assert not at.exception, at.exception
        assert not _undeclared(at), page


def test_an_empty_session_writes_only_declared_keys_on_every_page() -> None:
    at = start()
    for page in PAGES:
        at.switch_page(page).run()
        assert not _undeclared(at), page


def test_a_new_plan_resets_every_kept_input_to_the_new_plans_values() -> None:
    first, second = examples(today=TODAY)[:2]
    at = start("pages/timeline.py", plan=first.plan)
    at.text_input(key="t_candidate_name").input("Someone Else").run()

    at.session_state[state.PENDING] = (second.plan, "a test")
    at.run()
    at.button(key="pending_replace").click().run()

    assert at.session_state[state.PLAN] == second.plan
    assert at.text_input(key="t_candidate_name").value == second.plan.candidate_name


def test_a_kept_answer_for_one_application_never_shows_for_another() -> None:
    at = start("pages/questionnaire.py", today=date(2026, 11, 4))
    at.text_input(key="q_company").input("Northwind").run()
    at.text_input(key="q_role").input("Analyst").run()
    at.button(key="q_add").click().run()

    assert at.text_input(key="q_company").value == ""
    assert at.text_input(key="q_role").value == ""


def test_the_check_notices_a_key_no_one_declared() -> None:
    at = start("pages/home.py")
    at.session_state["_rogue"] = 1
    at.run()

    assert _undeclared(at) == {"_rogue"}
