"""`ui.state` reads each session value once per run (`state.one_run`): what a run writes is
what the rest of that run reads, and whatever changed the session between runs (a callback, a
test, another page) is what the next run reads."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.ui.apptest import TIMEOUT


def _script() -> None:
    import streamlit as st

    from ui import state

    def on_click() -> None:  # a callback runs before the script, outside any run's reads
        st.session_state["seen_by_callback"] = state.current_id()
        state.set_current_id("from-callback")

    with state.one_run():
        first = state.current_id()
        if first == "a":
            state.set_current_id("b")
        st.write(f"first={first} then={state.current_id()}")
        with state.one_run():  # a fragment inside the router's run shares its reads
            st.write(f"inner={state.current_id()}")
    st.button("Go", key="go", on_click=on_click)


def _shown(at: AppTest) -> list[str]:
    return [str(m.value) for m in at.markdown]


def test_a_value_written_during_a_run_is_what_the_rest_of_the_run_reads() -> None:
    at = AppTest.from_function(_script, default_timeout=TIMEOUT)
    at.session_state["current_application"] = "a"

    at.run()

    assert not at.exception, at.exception
    assert _shown(at) == ["first=a then=b", "inner=b"]


def test_a_change_made_between_runs_is_what_the_next_run_reads() -> None:
    at = AppTest.from_function(_script, default_timeout=TIMEOUT)
    at.session_state["current_application"] = "a"
    at.run()

    at.session_state["current_application"] = "c"
    at.run()

    assert _shown(at) == ["first=c then=c", "inner=c"]


def test_a_callback_reads_the_session_as_the_last_run_left_it_and_its_writes_are_seen() -> None:
    at = AppTest.from_function(_script, default_timeout=TIMEOUT)
    at.session_state["current_application"] = "a"
    at.run()

    at.button(key="go").click().run()

    assert at.session_state["seen_by_callback"] == "b"
    assert _shown(at) == ["first=from-callback then=from-callback", "inner=from-callback"]
