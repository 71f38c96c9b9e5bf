"""The session's plan and the questionnaire's raw form values, kept across page switches."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import streamlit as st

from advisor import Plan

PLAN = "plan"
CURRENT = "current_application"
FORMS = "form_values"
TODAY_OVERRIDE = "today_override"  # set by tests and demos to fix "today"


def today() -> date:
    """Today in the visitor's own time zone (the server's when the browser does not say)."""
    override = st.session_state.get(TODAY_OVERRIDE)
    if isinstance(override, date):
        return override
    zone = st.context.timezone
    try:
        return datetime.now(ZoneInfo(zone)).date() if zone else date.today()
    except (ZoneInfoNotFoundError, ValueError):
        return date.today()


def plan() -> Plan:
    stored = st.session_state.get(PLAN)
    if not isinstance(stored, Plan):
        stored = Plan()
        st.session_state[PLAN] = stored
    return stored


def save_plan(new_plan: Plan) -> None:
    st.session_state[PLAN] = new_plan


def forms() -> dict[str, dict[str, Any]]:
    """Application id -> the questionnaire's widget values as last typed, valid or not."""
    stored = st.session_state.get(FORMS)
    if not isinstance(stored, dict):
        stored = {}
        st.session_state[FORMS] = stored
    return stored


def current_id() -> str | None:
    value = st.session_state.get(CURRENT)
    return value if isinstance(value, str) else None


def set_current_id(application_id: str) -> None:
    st.session_state[CURRENT] = application_id


KEPT = "kept_inputs"


def keep(key: str, initial: Any) -> str:
    """Use as ``key=state.keep("o_x", initial)``: the widget's value outlives page switches.

    Streamlit drops a widget's value when its page is left; this copies it aside on every run
    and puts it back on return. `initial` (taken from the plan) is used the first time only.
    """
    store = st.session_state.get(KEPT)
    if not isinstance(store, dict):
        store = {}
        st.session_state[KEPT] = store
    if key not in st.session_state:
        st.session_state[key] = store.get(key, initial)
    store[key] = st.session_state[key]
    return key
