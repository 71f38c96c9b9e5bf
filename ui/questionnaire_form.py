"""The questionnaire's widgets: which key holds which field, and how the form is drawn."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from uuid import uuid4

import streamlit as st

from advisor import (
    Application,
    CompanySize,
    FormOutcome,
    Industry,
    InterviewFormat,
    ReadingChoice,
    Round,
    Signal,
    TimingAnswer,
    apply_form,
    numeric_date_format,
    supported_countries,
)
from advisor.workdays import supported_regions
from ui import browser, router, state, timing_reading
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
    "q_region": "region",
    "q_recruiter": "recruiter",
    "q_no_calls": "no_calls",
    "q_email_invited": "email_invited",
    "q_timing": "timing",
    "q_timing_phrase": "timing_phrase",
    "q_topic": "topic",
    "q_strength": "strength",
}
GOOD_SIGNS = "q_signals_good"
LESS_GOOD_SIGNS = "q_signals_less"
# Every widget key -> the application field whose error it shows (some widgets share one).
FIELD_OF: dict[str, str] = {
    **DIRECT_FIELDS,
    "q_decision_date": "decision_date",
    GOOD_SIGNS: "signals",
    LESS_GOOD_SIGNS: "signals",
    "q_call_back": "call_back_on",
    "q_call_back_on": "call_back_on",
    timing_reading.CHOICE_KEY: "reading_choice",  # set by the reading's pills, not a widget
}
ALL_KEYS = tuple(FIELD_OF)
STEP_KEY = "q_step"


@dataclass(frozen=True)
class Step:
    """One step of the questionnaire: only the chosen step's widgets are drawn."""

    name: str
    title: str
    keys: tuple[str, ...]  # its widgets

    @property
    def fields(self) -> frozenset[str]:
        """The application fields whose errors it shows."""
        return frozenset(FIELD_OF[key] for key in self.keys)


STEPS: tuple[Step, ...] = (
    Step("interview", "1 · Interview", ("q_company", "q_role", "q_interview_date", "q_round")),
    Step(
        "timing",
        "2 · Timing",
        ("q_timing", "q_decision_date", "q_timing_phrase", timing_reading.CHOICE_KEY),
    ),
    Step("signals", "3 · How it went", (GOOD_SIGNS, LESS_GOOD_SIGNS, "q_topic", "q_strength")),
    Step(
        "company",
        "4 · Who",
        (
            "q_interviewer_name",
            "q_interviewer_title",
            "q_company_size",
            "q_industry",
            "q_format",
            "q_country",
            "q_region",
            "q_recruiter",
        ),
    ),
    Step(
        "contact", "5 · Contact", ("q_no_calls", "q_email_invited", "q_call_back", "q_call_back_on")
    ),
)
_BY_NAME = {step.name: step for step in STEPS}


def step_of(key: str) -> str:
    """The name of the step that draws widget `key`."""
    return next(step.name for step in STEPS if key in step.keys)


def new_application_id() -> str:
    return uuid4().hex[:8]


def widget_values(
    application: Application | None, *, today: date, country: str = "US"
) -> dict[str, Any]:
    """The widget values that show `application`, or a fresh form (in `country`) when None."""
    if application is None:
        application = Application.model_construct(company="", interview_date=today, country=country)
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
        "q_region": application.region,
        "q_recruiter": application.recruiter,
        "q_no_calls": application.no_calls,
        "q_email_invited": application.email_invited,
        "q_call_back": application.call_back_on is not None,
        "q_call_back_on": application.call_back_on,
        "q_timing": application.timing,
        "q_decision_date": application.decision_date,
        "q_timing_phrase": application.timing_phrase,
        timing_reading.CHOICE_KEY: application.reading_choice,
        "q_topic": application.topic,
        "q_strength": application.strength,
        GOOD_SIGNS: [s for s in Signal if s.is_positive and s in application.signals],
        LESS_GOOD_SIGNS: [s for s in Signal if not s.is_positive and s in application.signals],
    }
    return values


def form_values(application_id: str, widgets: dict[str, Any]) -> dict[str, Any]:
    """The application fields that the widget values stand for."""
    values = {field: widgets[key] for key, field in DIRECT_FIELDS.items()}
    values["id"] = application_id
    if values["region"] not in supported_regions(str(values["country"])):
        values["region"] = ""  # a region of the country chosen before: the whole country now
    call_back_on = widgets["q_call_back_on"]
    if widgets["q_call_back"]:  # ticked with the date cleared: "" makes validation name the field
        values["call_back_on"] = call_back_on if call_back_on is not None else ""
    else:
        values["call_back_on"] = None
    timing = widgets["q_timing"]
    values["decision_date"] = widgets["q_decision_date"] if timing == TimingAnswer.DATE else None
    values["signals"] = [*(widgets[GOOD_SIGNS] or ()), *(widgets[LESS_GOOD_SIGNS] or ())]
    choice = widgets[timing_reading.CHOICE_KEY]
    phrase = str(widgets["q_timing_phrase"]).strip()
    # a reading chosen for other words no longer applies once the words change
    fits = isinstance(choice, ReadingChoice) and choice.phrase == phrase
    fits = fits and timing == TimingAnswer.TIME_FRAME
    values["reading_choice"] = choice if fits else None
    return values


def current_values() -> tuple[str, dict[str, Any]]:
    """The application shown and every answer in the form, drawn this run or not.

    Only one step's widgets exist at a time; every answer, typed or not yet valid, is kept
    per application by `state.keep`, so switching steps, applications or pages loses none.
    """
    current = state.current_id()
    if current is None:  # a fresh tab: show the plan's first application, if it has one
        applications = state.plan().applications
        current = applications[0].id if applications else new_application_id()
        state.set_current_id(current)
    scope = state.answers_of(current)
    saved = widget_values(
        state.plan().get(current), today=state.today(), country=state.home_country()
    )
    return current, state.current_inputs({key: saved[key] for key in ALL_KEYS}, scope=scope)


def commit() -> tuple[str, dict[str, Any], FormOutcome]:
    """Save what the form holds into the plan (its valid part); also say what is wrong.

    Runs on every run of the page, and in the callbacks that switch to another application,
    so an answer typed just before clicking "Add another" is never lost.
    """
    current, values = current_values()
    plan = state.plan()
    saved = plan.get(current)
    outcome = apply_form(
        base=saved,
        values=form_values(current, values),
        today=state.today(),
        date_style=state.date_style(),
    )
    if outcome.application is not None and outcome.application != saved:
        state.save_plan(plan.with_application(outcome.application))
    return current, values, outcome


def go_to_step(name: str, *, focus: bool = False) -> None:
    """A callback: show step `name` next (and with `focus`, put the keyboard on its first
    field, as "Next" does)."""
    st.session_state[STEP_KEY] = name
    if focus:
        state.ask_focus(name)


def steps_with_errors(errors: dict[str, str]) -> list[Step]:
    return [step for step in STEPS if step.fields & errors.keys()]


def draw_step_picker(errors: dict[str, str]) -> Step:
    """The row of steps, flagged where a step holds an answer that needs a look."""
    flagged = {step.name for step in steps_with_errors(errors)}
    first = STEPS[0].name
    name = st.segmented_control(
        "Step",
        [step.name for step in STEPS],
        key=state.keep_choice(STEP_KEY, list(_BY_NAME), first, fallback=first),
        required=True,
        format_func=lambda n: _BY_NAME[n].title + (" ⚠" if n in flagged else ""),
        label_visibility="collapsed",
        width="stretch",
        wrap=True,  # on a phone the steps go onto two lines instead of scrolling out of sight
    )
    return _BY_NAME.get(name or "", STEPS[0])


def draw_errors_elsewhere(step: Step, errors: dict[str, str]) -> None:
    """The answers that need a look on the steps not shown, each with the step to open."""
    for field, message in errors.items():
        if field in step.fields:
            continue  # shown at its field below
        where = next((s.title for s in STEPS if field in s.fields), None)
        suffix = f" (open {where})" if where else ""
        st.error(md_escape(message) + suffix, icon=":material/error:")


def draw_step(
    step: Step, errors: dict[str, str], values: dict[str, Any], glance: Callable[[], None]
) -> None:
    """Draw `step`'s widgets showing `values`, its error notes, then `glance` (the reading in
    brief, so an answer's effect shows where it was given, even on a phone), and the way on."""
    scope = state.answers_of()
    for key in step.keys:
        state.keep(key, values[key], scope=scope)
    _DRAW[step.name](errors, values)
    if state.focus_asked(step.name):
        first = step.keys[0]
        browser.focus(  # a chosen option first: a radio group is entered at its choice
            *(f".st-key-{first} {part}" for part in ("input:checked", "input", "button")),
            key=f"q_focus_{step.name}",
        )
    glance()
    if step.name == "timing":
        _draw_how_we_read_it(errors, values)
    index = STEPS.index(step)
    if index + 1 < len(STEPS):
        following = STEPS[index + 1]
        st.button(
            f"Next: {following.title}",
            key="q_next",
            icon=":material/arrow_forward:",
            on_click=go_to_step,
            args=(following.name,),
            kwargs={"focus": True},
        )
    else:
        st.page_link(
            router.TIMELINE, label="See your follow-up timeline", icon=":material/timeline:"
        )


def _error_at(errors: dict[str, str], *fields: str) -> None:
    for field in fields:
        if field in errors:
            st.error(md_escape(errors[field]), icon=":material/error:")


def _draw_interview(errors: dict[str, str], values: dict[str, Any]) -> None:
    st.text_input("Company *", key="q_company", max_chars=80, placeholder="e.g. Northwind")
    _error_at(errors, "company")
    st.text_input("Role", key="q_role", max_chars=80, placeholder="e.g. Data analyst")
    _error_at(errors, "role")
    today = state.today()
    with st.container(horizontal=True):  # side by side even on a phone: both are short
        st.date_input(
            "Interview date",
            key="q_interview_date",
            min_value=today - timedelta(days=5 * 365),
            max_value=today + timedelta(days=5 * 365),
            format=numeric_date_format(values["q_country"]),
        )
        st.selectbox("Round", list(Round), key="q_round", format_func=_label)
    _error_at(errors, "interview_date")


def _draw_timing(errors: dict[str, str], values: dict[str, Any]) -> None:
    st.radio(
        "When you asked about the decision, they…",
        list(TimingAnswer),
        key="q_timing",
        format_func=_label,
    )
    timing = values["q_timing"]
    if timing == TimingAnswer.DATE:
        st.date_input(
            "The date they gave",
            key="q_decision_date",
            format=numeric_date_format(values["q_country"]),
        )
        _error_at(errors, "decision_date")
    required = timing == TimingAnswer.TIME_FRAME
    st.text_input(
        "Their words *" if required else "Their words, if you remember them",
        key="q_timing_phrase",
        max_chars=200,
        placeholder="e.g. “we should decide within two weeks”",
    )
    _error_at(errors, "timing_phrase")


def _draw_how_we_read_it(errors: dict[str, str], values: dict[str, Any]) -> None:
    """Under the timing step's reading in brief: how their words were read, piece by piece,
    with the choice to make when they can be read more than one way."""
    if values["q_timing"] == TimingAnswer.TIME_FRAME and "timing_phrase" not in errors:
        timing_reading.draw(values)
    _error_at(errors, "reading_choice")


def _draw_signals(errors: dict[str, str], values: dict[str, Any]) -> None:
    st.pills(
        "Good signs (tap all that happened)",
        [signal for signal in Signal if signal.is_positive],
        selection_mode="multi",
        key=GOOD_SIGNS,
        format_func=_label,
        wrap=True,  # every sign in sight, not scrolled away sideways
    )
    st.pills(
        "Less good signs",
        [signal for signal in Signal if not signal.is_positive],
        selection_mode="multi",
        key=LESS_GOOD_SIGNS,
        format_func=_label,
        wrap=True,
    )
    _error_at(errors, "signals")
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


def _draw_company(errors: dict[str, str], values: dict[str, Any]) -> None:
    st.text_input("Interviewer's name", key="q_interviewer_name", max_chars=80)
    _error_at(errors, "interviewer.name")
    st.text_input("Their job title", key="q_interviewer_title", max_chars=80)
    _error_at(errors, "interviewer.title")
    st.selectbox("Company size", list(CompanySize), key="q_company_size", format_func=_label)
    st.selectbox("Industry", list(Industry), key="q_industry", format_func=_label)
    st.selectbox("Interview format", list(InterviewFormat), key="q_format", format_func=_label)
    countries = supported_countries()
    st.selectbox(
        "Country (for its weekend and public holidays)",
        list(countries),
        key="q_country",
        format_func=lambda code: countries.get(code, code),
    )
    _error_at(errors, "country")
    regions = supported_regions(str(values["q_country"]))
    if regions:  # a province, state or land with holidays (and rules) of its own
        if st.session_state.get("q_region") not in ("", *regions):
            state.put("q_region", "", scope=state.answers_of())
        st.selectbox(
            "Region, if its holidays differ",
            ["", *regions],
            key="q_region",
            format_func=lambda code: regions.get(code, "The whole country"),
        )
        _error_at(errors, "region")
    st.checkbox("An independent recruiter put me forward", key="q_recruiter")


def _draw_contact(errors: dict[str, str], values: dict[str, Any]) -> None:
    st.caption("Anything they said about how to reach them.")
    st.checkbox("They asked candidates not to call", key="q_no_calls")
    st.checkbox("They invited me to email", key="q_email_invited")
    st.checkbox("They asked me to call back on a set date", key="q_call_back")
    if values["q_call_back"]:
        st.date_input(
            "Call back on", key="q_call_back_on", format=numeric_date_format(values["q_country"])
        )
        if values["q_call_back_on"] is None:
            st.caption("Pick the date they gave.")
    _error_at(errors, "call_back_on")


def _label(choice: Any) -> str:
    return str(choice.label)


_DRAW: dict[str, Callable[[dict[str, str], dict[str, Any]], None]] = {
    "interview": _draw_interview,
    "timing": _draw_timing,
    "signals": _draw_signals,
    "company": _draw_company,
    "contact": _draw_contact,
}


def label_for(application_id: str) -> str:
    """How an application is named in the picker."""
    application = state.plan().get(application_id)
    typed = state.kept_values(state.answers_of(application_id))
    company = application.company if application else str(typed.get("q_company", "")).strip()
    role = application.role if application else str(typed.get("q_role", "")).strip()
    if not company:
        return "New application (not saved until it has a company)"
    return name_with_role(company, role)
