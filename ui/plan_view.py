"""Save & share: the share link, the plan file, the ready-made examples and starting over."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

import streamlit as st

from advisor import Plan, numeric_date_format
from advisor.examples import examples
from advisor.plan_file import MAX_FILE_BYTES, PlanFileError, plan_from_json, plan_to_json
from ui import browser, state
from ui.text import md_escape

UPLOAD_KEY = "p_upload"
_LONG_LINK = 8_000  # characters; longer links get cut by some mail and chat apps
# Replacing a plan is asked at the top of the page, which may be out of view where the click was.
_ASKED = "Your plan is not replaced yet: answer the question at the top of the page."


def draw_share() -> None:
    if not state.plan().applications:
        st.caption("Add an application first: the link carries the plan.")
        return
    link = state.share_url("timeline")
    browser.copy_and_share(
        link,
        key="p_copy_link",
        title="My interview follow-up plan",
        is_link=True,
        by_hand="Open “The whole link” below and select it to copy it by hand.",
    )
    # Hundreds of characters: folded away, and wrapped when shown (a box that scrolls sideways
    # is one a keyboard cannot reach).
    with st.expander("The whole link"):
        st.code(link, language=None, wrap_lines=True)
    if len(link) > _LONG_LINK:
        st.warning(
            f"This plan is large: the link is {len(link):,} characters long, and some email and "
            "chat apps cut long links. Keep it as a file as well."
        )
    st.caption(
        "It opens this plan on the timeline. "
        "The plan travels inside the link itself, compressed: nothing is stored on the server, "
        "and anyone who has the link can read the plan, so share it as you would the plan itself."
    )


def draw_file(today: date) -> None:
    current = state.plan()
    content = plan_to_json(current)
    if len(content) > MAX_FILE_BYTES:
        st.warning(
            f"This plan is too large to open again from a file ({len(content) // 1000:,} KB; "
            f"the most is {MAX_FILE_BYTES // 1000} KB): remove old applications or logged "
            "entries first."
        )
    st.download_button(
        "Download the plan (.json)",
        data=lambda: content,
        file_name="interview-follow-up-plan.json",
        mime="application/json",
        key="p_download",
        icon=":material/download:",
        disabled=not current.applications,
        on_click="ignore",  # a rerun could clear the generated file before the browser fetched it
    )
    # Each file is read once, then the uploader is drawn afresh under a new key: Streamlit then
    # drops the file from the server's memory after this run, so no upload stays in a session.
    key = upload_key(st.session_state)
    st.file_uploader(
        "Open a plan file",
        type=["json"],
        key=key,
        max_upload_size=1,  # the server refuses more too: server.maxUploadSize in config.toml
        help=f"A .json file saved from this app, up to {MAX_FILE_BYTES // 1000} KB.",
        on_change=_read_plan_file,
        args=(key, today),
    )
    failed = st.session_state.get(state.UPLOAD_ERROR)
    if failed:
        name, error = failed
        st.error(
            f"Plan file {md_escape(name)}: {md_escape(error)}. Your current plan is unchanged."
        )


def _read_plan_file(key: str, today: date) -> None:
    """The uploader's `on_change`: read the file before the page is drawn, so the run it starts
    shows the plan (or why not)."""
    uploaded = st.session_state.get(key)
    if uploaded is None:  # the file was taken off the uploader
        return
    st.session_state[state.UPLOAD_ROUND] = st.session_state.get(state.UPLOAD_ROUND, 0) + 1
    st.session_state.pop(state.UPLOAD_ERROR, None)
    name = uploaded.name
    try:
        opened = plan_from_json(uploaded.getvalue(), today=today)
    except PlanFileError as error:
        st.session_state[state.UPLOAD_ERROR] = (name, str(error))
        return
    if state.propose_plan(opened, source=f"the file “{name}”"):
        state.confirm(f"Plan opened from {md_escape(name)}.")
    else:
        state.confirm(_ASKED, ":material/arrow_upward:")


def upload_key(session: Mapping[str, Any]) -> str:
    """The key of the plan-file uploader drawn now (it changes after each file is read)."""
    return f"{UPLOAD_KEY}_{session.get(state.UPLOAD_ROUND, 0)}"


def draw_examples(today: date, *, key_prefix: str, detailed: bool = True) -> None:
    """Every ready-made case, each loadable in one click (asking before replacing a plan)."""
    for example in examples(today=today):
        load = {"on_click": _load_example, "args": (example.key, today)}
        if detailed:
            with st.container(border=True):
                st.markdown(f"**{example.title}**")
                st.caption(example.summary)
                st.button(
                    "Load this example",
                    key=f"{key_prefix}_example_{example.key}",
                    icon=":material/play_arrow:",
                    **load,
                )
        else:
            st.button(
                example.title,
                key=f"{key_prefix}_example_{example.key}",
                icon=":material/school:",
                **load,
            )


def _load_example(key: str, today: date) -> None:
    """A button's `on_click`: load the example before the page is drawn (or ask first)."""
    example = next(e for e in examples(today=today) if e.key == key)
    if state.propose_plan(example.plan.with_fresh_ids(), source=f"the example “{example.title}”"):
        state.confirm(f"Example loaded: {example.title}.", ":material/school:")
    else:
        state.confirm(_ASKED, ":material/arrow_upward:")


def draw_start_over() -> None:
    if not state.plan().applications:
        return
    with st.popover("Clear this plan", icon=":material/delete:"):
        st.markdown("This removes every application from this browser tab. It cannot be undone.")
        st.button(
            "Clear it", key="p_clear", type="primary", on_click=state.replace_plan, args=(Plan(),)
        )


PRIVACY = (
    "Nothing you type is written to the server's disk, kept in its logs or sent anywhere else. "
    "While you work, your plan lives in the server's memory for your browser tab only, and in "
    "the tab's address (compressed), which is how a refresh or a bookmark brings it back. "
    "Close the tab and the server forgets it; the file and the link are yours to keep or delete."
)


def draw_time_travel(key: str) -> None:
    """For coaches: show the plan as of another day ("day 12, nothing heard yet")."""
    real = state.real_today()

    def _moved() -> None:
        picked = st.session_state.get(key)
        state.set_demo_day(picked if isinstance(picked, date) else None)

    st.date_input(
        "Show the plan as of",
        value=state.today(),
        min_value=real - timedelta(days=365),
        max_value=real + timedelta(days=365),
        key=key,
        format=numeric_date_format(state.home_country()),
        on_change=_moved,
        help=(
            "See how the advice moves with time, e.g. twelve days after the interview with "
            "nothing heard. Only this view changes: no date in the plan, and not the link."
        ),
    )
