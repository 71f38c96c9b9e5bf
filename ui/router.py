"""The app's pages and navigation, used by app.py and by every page script.

A page script started directly (the first request to a fresh server that goes straight to a page
URL runs Streamlit's old folder-based navigation) hands over to the router, so every request gets
the same pages, titles and navigation.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable
from pathlib import Path

import pandas  # noqa: F401  (loaded before the freeze below: the tables need it)
import streamlit as st

from ui import plan_banners, state

# A full garbage collection (Streamlit's own after each run, when runner.postScriptGC is on, or
# Python's oldest generation) walked every pandas and (when charts were built with it) altair
# object: ~77 ms a rerun when it was measured. Those live as long as the server; freezing them
# once, at first import, takes them out of every later collection.
gc.freeze()

_local = threading.local()

APP_NAME = "Interview follow-up advisor"
FAVICON = Path(__file__).parent / "assets" / "favicon.png"
STYLES = Path(__file__).parent / "assets" / "app.css"  # static: no user data in it
HOME = "pages/home.py"
QUESTIONNAIRE = "pages/questionnaire.py"
TIMELINE = "pages/timeline.py"
OFFERS = "pages/offers.py"
PLAN = "pages/plan.py"


def _pages() -> list[st.Page]:
    return [
        st.Page(HOME, title="Start", icon=":material/home:", default=True),
        st.Page(
            QUESTIONNAIRE,
            title="Questionnaire",
            icon=":material/edit_note:",
            url_path="questionnaire",
        ),
        st.Page(TIMELINE, title="Timeline", icon=":material/timeline:", url_path="timeline"),
        st.Page(OFFERS, title="Offers", icon=":material/handshake:", url_path="offers"),
        st.Page(PLAN, title="Save & share", icon=":material/share:", url_path="plan"),
    ]


def _draw_navigation(pages: list[st.Page]) -> None:
    """The pages as one row of links at the top, wrapping onto a second line on a phone.

    Not Streamlit's own navigation: on a touch screen its menu stays open over the page after
    a page is chosen (Streamlit issue #12065), in the top bar and in the sidebar alike.
    """
    with st.container(horizontal=True, gap="small", key="nav"):
        for page in pages:
            st.page_link(page, width="content")


def run() -> None:
    """Register the pages and run the one the URL asks for."""
    st.set_page_config(  # before st.navigation, or the page's own icon, fetched from Google,
        page_icon=str(FAVICON),  # becomes the tab's icon first; this one is served by the app
        layout="wide",
        initial_sidebar_state="collapsed",
    )
    with state.one_run():
        pages = state.remembered("pages", None, _pages)  # the same five, made once a session
        page = st.navigation(pages, position="hidden")
        st.set_page_config(page_title=f"{page.title} · {APP_NAME}")  # each page its own title
        state.enter_page(page.url_path)
        _local.routing = True
        try:
            state.restore_from_url()
            state.sync_url()  # a page switch drops the query string: put the plan back
            st.html(STYLES)  # only a style: takes no room on the page
            _draw_navigation(pages)
            state.hold(state.NOTICES_SHOWN, plan_banners.draw())
            state.show_confirmation()
            page.run()
        finally:
            _local.routing = False


def redrawn_alone(draw: Callable[[], None]) -> Callable[[], None]:
    """`draw` (a page's content, everything below the navigation and the notices) as a
    fragment: a widget inside it reruns only `draw`, so an answer typed on a phone comes back
    without the navigation, the styles and the notices being sent again.

    When that run changed what a notice above says (the first answer saved clears the error of
    a link that could not be opened), the whole page is drawn again.
    """

    @st.fragment
    @functools.wraps(draw)
    def fragment() -> None:
        with state.one_run():  # a fragment's run alone does not go through `run`
            # a confirmation asked for by a callback inside `draw` (on a full run, the router
            # has shown it already)
            state.show_confirmation()
            draw()
            changed = plan_banners.shown() != st.session_state.get(state.NOTICES_SHOWN)
        if changed:
            st.rerun(scope="app")

    return fragment


def ensure_routed() -> None:
    """Call first in every page script: reroutes a page that was started without the router."""
    if not getattr(_local, "routing", False):
        run()
        st.stop()


def require_applications(has_applications: bool, *, button_key: str, message: str) -> None:
    """Stop the page with a way to the questionnaire when the plan has no application yet."""
    if has_applications:
        return
    st.info(message)
    if st.button("Go to the questionnaire", key=button_key, type="primary"):
        st.switch_page(QUESTIONNAIRE)
    st.stop()
