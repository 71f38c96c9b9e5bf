"""The questionnaire's widgets: which key holds which field, and how the form is drawn."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any
from uuid import uuid4

import streamlit as st

from advisor import (
    Application,
    CompanySize,
    Industry,
    InterviewFormat,
    PhraseError,
    PhraseKind,
    Round,
    Signal,
    TimingAnswer,
    parse_timeline_phrase,
    supported_countries,
)
from ui import router, state
from ui.text import md_escape, name_with_role

# Widget key -> application field, for the widgets that map one to one.
DIRECT_FIELDS: dict[str, str] = {
    "q_company": "company",
    "q_role": "role",
    "q_interviewer_name": "interviewer.name",
    "q_interviewer_title": "interviewer.title",
    "q_interview_date": "interview_date",
    "q_round": "round",
    "q_format": "format",
    "q_company_size": "company_size",
    "q_industry": "industry",
    "q_country": "country",
    "q_recruiter": "recruiter",
    "q_no_calls": "no_calls",
    "q_email_invited": "email_invited",
    "q_timing": "timing",
    "q_timing_phrase": "timing_phrase",
    "q_topic": "topic",
    "q_strength": "strength",
}
SIGNAL_KEYS: dict[Signal, str] = {signal: f"q_signal_{signal.value}" for signal in Signal}
ALL_KEYS = (
    *DIRECT_FIELDS,
    "q_call_back",
    "q_call_back_on",
    "q_decision_date",
    *SIGNAL_KEYS.values(),
)


def new_application_id() -> str:
    return uuid4().hex[:8]


def widget_values(application: Application | None, *, today: date) -> dict[str, Any]:
    """The widget values that show `application`, or a fresh form when it is None."""
    if application is None:
        application = Application.model_construct(company="", interview_date=today)
    values: dict[str, Any] = {
        "q_company": application.company,
        "q_role": application.role,
        "q_interviewer_name": application.interviewer.name,
        "q_interviewer_title": application.interviewer.title,
        "q_interview_date": application.interview_date,
        "q_round": application.round,
        "q_format": application.format,
        "q_company_size": application.company_size,
        "q_industry": application.industry,
        "q_country": application.country,
        "q_recruiter": application.recruiter,
        "q_no_calls": application.no_calls,
        "q_email_invited": application.email_invited,
        "q_call_back": application.call_back_on is not None,
        "q_call_back_on": application.call_back_on,
        "q_timing": application.timing,
        "q_decision_date": application.decision_date,
        "q_timing_phrase": application.timing_phrase,
        "q_topic": application.topic,
        "q_strength": application.strength,
    }
    values.update({key: signal in application.signals for signal, key in SIGNAL_KEYS.items()})
    return values


def form_values(application_id: str, widgets: dict[str, Any]) -> dict[str, Any]:
    """The application fields that the widget values stand for."""
    values = {field: widgets[key] for key, field in DIRECT_FIELDS.items()}
    values["id"] = application_id
    call_back_on = widgets["q_call_back_on"]
    if widgets["q_call_back"]:  # ticked with the date cleared: "" makes validation name the field
        values["call_back_on"] = call_back_on if call_back_on is not None else ""
    else:
        values["call_back_on"] = None
    timing = widgets["q_timing"]
    values["decision_date"] = widgets["q_decision_date"] if timing == TimingAnswer.DATE else None
    values["signals"] = [signal for signal, key in SIGNAL_KEYS.items() if widgets[key]]
    return values


def load_into_widgets(application_id: str) -> None:
    """Show `application_id` in the form: its last typed values, else its saved ones."""
    saved = state.forms().get(application_id)
    values = saved or widget_values(state.plan().get(application_id), today=state.today())
    st.session_state.update(values)
    state.set_current_id(application_id)


def ensure_widget_state() -> tuple[str, dict[str, Any]]:
    """Restore widget values dropped by a page switch; return the application id and the values."""
    current = state.current_id()
    if current is None:  # a fresh tab: show the plan's first application, if it has one
        applications = state.plan().applications
        current = applications[0].id if applications else new_application_id()
        state.set_current_id(current)
    # Streamlit drops a page's widget values when another page runs: put them back on arrival.
    if router.just_arrived() or any(key not in st.session_state for key in ALL_KEYS):
        saved = state.forms().get(current) or widget_values(
            state.plan().get(current), today=state.today()
        )
        st.session_state.update({key: saved[key] for key in ALL_KEYS})
    return current, {key: st.session_state[key] for key in ALL_KEYS}


def _error_at(errors: dict[str, str], *fields: str) -> None:
    for field in fields:
        if field in errors:
            st.error(md_escape(errors[field]), icon=":material/error:")


_STEPS: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "1 · Interview",
        frozenset(
            {"company", "role", "interviewer.name", "interviewer.title"}
            | {"interview_date", "country"}
        ),
    ),
    ("2 · Timing", frozenset({"timing", "decision_date", "timing_phrase"})),
    ("3 · How it went", frozenset({"signals", "topic", "strength"})),
    ("4 · Contact", frozenset({"call_back_on", "no_calls", "email_invited"})),
)


def step_titles(errors: dict[str, str]) -> list[str]:
    """Tab titles, flagged where a step holds an answer that needs a look."""
    return [f"{title} ⚠" if fields & errors.keys() else title for title, fields in _STEPS]


def draw_interview_section(errors: dict[str, str]) -> None:
    left, right = st.columns(2)
    with left:
        st.text_input("Company *", key="q_company", max_chars=80, placeholder="e.g. Northwind")
        _error_at(errors, "company")
    with right:
        st.text_input("Role", key="q_role", max_chars=80, placeholder="e.g. Data analyst")
        _error_at(errors, "role")
    left, right = st.columns(2)
    with left:
        today = state.today()
        st.date_input(
            "Interview date",
            key="q_interview_date",
            min_value=today - timedelta(days=5 * 365),
            max_value=today + timedelta(days=5 * 365),
            format="YYYY-MM-DD",
        )
        _error_at(errors, "interview_date")
    with right:
        st.selectbox("Round", list(Round), key="q_round", format_func=lambda r: r.label)
    left, right = st.columns(2)
    with left:
        st.text_input("Interviewer's name", key="q_interviewer_name", max_chars=80)
        _error_at(errors, "interviewer.name")
    with right:
        st.text_input("Their job title", key="q_interviewer_title", max_chars=80)
        _error_at(errors, "interviewer.title")
    left, right = st.columns(2)
    with left:
        st.selectbox(
            "Company size", list(CompanySize), key="q_company_size", format_func=lambda c: c.label
        )
    with right:
        st.selectbox("Industry", list(Industry), key="q_industry", format_func=lambda i: i.label)
    with st.expander("Format, country and recruiter"):
        countries = supported_countries()
        st.selectbox("Format", list(InterviewFormat), key="q_format", format_func=lambda f: f.label)
        st.selectbox(
            "Country (for public holidays)",
            list(countries),
            key="q_country",
            format_func=lambda code: countries.get(code, code),
        )
        _error_at(errors, "country")
        st.checkbox("An independent recruiter put me forward", key="q_recruiter")
    _next_step("2 · Timing")


def _next_step(title: str) -> None:
    st.caption(f"Next: open **{title}** above.")


def draw_timing_section(errors: dict[str, str], widgets: dict[str, Any]) -> None:
    st.radio(
        "When you asked about the decision, they…",
        list(TimingAnswer),
        key="q_timing",
        format_func=lambda t: t.label,
    )
    timing = widgets["q_timing"]
    if timing == TimingAnswer.DATE:
        st.date_input("The date they gave", key="q_decision_date", format="YYYY-MM-DD")
        _error_at(errors, "decision_date")
    required = timing == TimingAnswer.TIME_FRAME
    st.text_input(
        "Their words *" if required else "Their words, if you remember them",
        key="q_timing_phrase",
        max_chars=200,
        placeholder="e.g. “we should decide within two weeks”",
    )
    _error_at(errors, "timing_phrase")
    readable = isinstance(widgets["q_interview_date"], date) and widgets["q_timing_phrase"].strip()
    if required and readable and "timing_phrase" not in errors:
        _show_phrase_reading(widgets)
    _next_step("3 · How it went")


def _show_phrase_reading(widgets: dict[str, Any]) -> None:
    try:
        reading = parse_timeline_phrase(
            phrase=widgets["q_timing_phrase"],
            said_on=widgets["q_interview_date"],
            country=widgets["q_country"],
        )
    except PhraseError:
        return
    if reading.kind not in (PhraseKind.UNRECOGNISED, PhraseKind.NO_TIMELINE):
        st.caption(f"How we read it: {md_escape(reading.explanation)}")


def draw_signals_section(errors: dict[str, str]) -> None:
    st.caption("Tick what happened; it refines the reading. Leave blank if unsure.")
    good, less_good = st.columns(2)
    with good:
        st.markdown("**Good signs**")
        for signal in Signal:
            if signal.is_positive:
                st.checkbox(signal.label, key=SIGNAL_KEYS[signal])
    with less_good:
        st.markdown("**Less good signs**")
        for signal in Signal:
            if not signal.is_positive:
                st.checkbox(signal.label, key=SIGNAL_KEYS[signal])
    st.text_input(
        "A topic you discussed (for your follow-up messages)",
        key="q_topic",
        max_chars=80,
        placeholder="e.g. the data platform migration",
    )
    _error_at(errors, "topic")
    st.text_input(
        "A strength that sets you apart",
        key="q_strength",
        max_chars=80,
        placeholder="e.g. five years of SQL reporting for finance teams",
    )
    _error_at(errors, "strength")
    _next_step("4 · Contact")


def draw_contact_section(errors: dict[str, str], widgets: dict[str, Any]) -> None:
    st.caption("Anything they said about how to reach them.")
    st.checkbox("They asked candidates not to call", key="q_no_calls")
    st.checkbox("They invited me to email", key="q_email_invited")
    st.checkbox("They asked me to call back on a set date", key="q_call_back")
    if widgets["q_call_back"]:
        st.date_input("Call back on", key="q_call_back_on", format="YYYY-MM-DD")
        if widgets["q_call_back_on"] is None:
            st.caption("Pick the date they gave.")
    _error_at(errors, "call_back_on")


def label_for(application_id: str) -> str:
    """How an application is named in the picker."""
    application = state.plan().get(application_id)
    typed = state.forms().get(application_id, {})
    company = application.company if application else str(typed.get("q_company", "")).strip()
    role = application.role if application else str(typed.get("q_role", "")).strip()
    if not company:
        return "New application (not saved until it has a company)"
    return name_with_role(company, role)
