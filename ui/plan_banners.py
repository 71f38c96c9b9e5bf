"""Notices shown above every page: a link that could not be opened, a plan waiting to replace
the current one, and the mark of a ready-made example."""

from __future__ import annotations

import streamlit as st

from ui import state
from ui.text import md_escape


def draw() -> tuple[object, ...]:
    """Draw the notices that apply; returns what they say (see `shown`)."""
    _link_error()
    _pending()
    _example()
    _demo_day()
    return shown()


def shown() -> tuple[object, ...]:
    """Everything the notices depend on: when it changes, they must be drawn again."""
    pending = state.pending_plan()
    return (
        state.link_error(),
        None if pending is None else (id(pending[0]), pending[1], len(state.plan().applications)),
        state.plan().example,
        state.demo_day(),
    )


def _demo_day() -> None:
    day = state.demo_day()
    if day is None:
        return
    real = state.real_today()
    ahead = (day - real).days
    relation = f"{ahead} days ahead" if ahead > 0 else f"{-ahead} days back"
    text, button = st.columns([4, 1], vertical_alignment="center")
    text.warning(
        f"**Demo view:** the plan as of {state.date_style().long(day, year=True)} ({relation}). "
        "No date in the plan has changed, and links open on the real today.",
        icon=":material/history:",
    )
    button.button(
        "Back to today", key="demo_back", width="stretch", on_click=state.set_demo_day, args=(None,)
    )


def _link_error() -> None:
    error = state.link_error()
    if error:
        st.error(
            f"The plan in this link could not be opened: {md_escape(str(error))}. "
            "Nothing was loaded. Start afresh, or open a saved plan file from Save & share.",
            icon=":material/link_off:",
        )


def _pending() -> None:
    pending = state.pending_plan()
    if pending is None:
        return
    new_plan, source = pending
    count = len(state.plan().applications)
    with st.container(border=True, key="pending_plan"):
        st.warning(
            f"Load {md_escape(source)}? It would replace your current plan "
            f"({count} application{'s' if count != 1 else ''}). To keep yours, download it "
            "first from Save & share, or keep it and carry on.",
            icon=":material/swap_horiz:",
        )
        replace, keep = st.columns(2)
        replace.button(
            "Replace my plan",
            key="pending_replace",
            type="primary",
            on_click=state.replace_plan,
            args=(new_plan,),
        )
        keep.button("Keep my plan", key="pending_keep", on_click=state.drop_pending_plan)


def _example() -> None:
    current = state.plan()
    if not current.example:
        return
    text, button = st.columns([4, 1], vertical_alignment="center")
    text.info(
        f"**Example:** {md_escape(current.example)}. Made-up people and companies, "
        "to show how the advice works: change anything you like.",
        icon=":material/school:",
    )
    button.button(
        "Make it my own plan",
        key="example_own",
        width="stretch",
        on_click=_make_own,
    )


def _make_own() -> None:
    state.save_plan(state.plan().model_copy(update={"example": ""}))
