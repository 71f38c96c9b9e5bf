"""Generated widget values, typed through AppTest: no exception, a named message, nothing else lost.

Each example starts a fresh session, so there are few (12 a test; the domain's property tests run
thousands); `pytest --hypothesis-show-statistics` reports how many ran.
"""

from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from advisor import FIELD_LABELS, Plan
from advisor.calendar_export import plan_to_ics
from advisor.cli import main
from advisor.events import EventKind
from advisor.plan_file import plan_to_json
from tests.advisor.factories import TODAY, a_plan
from tests.advisor.plans import plans
from tests.ui.apptest import errors, expand, show, start

QUESTIONNAIRE = "pages/questionnaire.py"
TIMELINE = "pages/timeline.py"
OFFERS = "pages/offers.py"
TEXT_FIELDS = {
    "q_company": "company",
    "q_role": "role",
    "q_interviewer_name": "interviewer.name",
    "q_interviewer_title": "interviewer.title",
    "q_topic": "topic",
    "q_strength": "strength",
    "q_timing_phrase": "timing_phrase",
}
DATE_FIELDS = {"q_interview_date": "interview_date", "q_call_back_on": "call_back_on"}
SLOW = settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
# Anything a keyboard or a paste can produce, control characters and astral emoji included.
TYPED = st.text(st.characters(codec="utf-8"), max_size=120) | st.sampled_from(
    ["", " ", "\n", "\t\t", "x" * 81, "<script>alert(1)</script>", "[a](javascript:x)", "$x$"]
)
DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))


def _field(plan: Plan, dotted: str) -> Any:
    value: Any = plan.applications[0]
    for part in dotted.split("."):
        value = getattr(value, part)
    return value


def _everything_but(plan: Plan, dotted: str) -> dict[str, Any]:
    data = plan.applications[0].model_dump()
    *parents, leaf = dotted.split(".")
    node = data
    for parent in parents:
        node = node[parent]
    node.pop(leaf)
    return data


def _opened(page: str) -> tuple[AppTest, Plan]:
    plan = a_plan("Northwind")
    at = start(page, plan=plan)
    return at, plan


@SLOW
@given(key=st.sampled_from(sorted(TEXT_FIELDS)), typed=TYPED)
def test_any_text_in_a_questionnaire_field_is_taken_or_named(key: str, typed: str) -> None:
    at, before = _opened(QUESTIONNAIRE)
    dotted = TEXT_FIELDS[key]

    show(at, key).text_input(key=key).input(typed).run()

    assert not at.exception, at.exception
    after = at.session_state["plan"]
    assert _everything_but(after, dotted) == _everything_but(before, dotted)
    shown = at.text_input(key=key).value  # what the widget took (a browser stops at 80 characters)
    if _field(after, dotted) != shown.strip():
        label = FIELD_LABELS[dotted]
        assert any(message.startswith(label) for message in errors(at)), (shown, errors(at))


@SLOW
@given(key=st.sampled_from(sorted(DATE_FIELDS)), day=DATES)
def test_any_date_in_a_questionnaire_field_is_taken_or_named(key: str, day: date) -> None:
    at, before = _opened(QUESTIONNAIRE)
    dotted = DATE_FIELDS[key]
    if key == "q_call_back_on":
        show(at, "q_call_back").checkbox(key="q_call_back").check().run()

    show(at, key).date_input(key=key).set_value(day).run()

    assert not at.exception, at.exception
    after = at.session_state["plan"]
    assert _everything_but(after, dotted) == _everything_but(before, dotted)
    shown = at.date_input(key=key).value  # what the widget took (it has a calendar range)
    if _field(after, dotted) != shown:
        label = FIELD_LABELS[dotted]
        assert any(message.startswith(label) for message in errors(at)), (shown, errors(at))


@SLOW
@given(name=TYPED, day=DATES, kind=st.sampled_from(["call_back", "offer", "rejected"]))
def test_anything_logged_on_the_timeline_is_taken_or_named(name: str, day: date, kind: str) -> None:
    at, before = _opened(TIMELINE)

    at.text_input(key="t_candidate_name").input(name).run()
    at.selectbox(key="t_event_kind").set_value(EventKind(kind)).run()
    at.date_input(key="t_event_on").set_value(day).run()
    at.button(key="t_log").click().run()

    assert not at.exception, at.exception
    after = at.session_state["plan"]
    shown = at.text_input(key="t_candidate_name").value  # a browser stops at 80 characters
    if after.candidate_name != shown.strip():
        assert any(message.startswith("Your name") for message in errors(at))
    if after.applications == before.applications:  # the entry was refused: say where
        assert any(m.startswith(("Date", "When", "Call-back", "Offer")) for m in errors(at)), (
            day,
            errors(at),
        )


@SLOW
@given(base=TYPED, own=TYPED, weight=st.integers(0, 5))
def test_any_pay_or_criterion_typed_on_the_offers_page_is_taken_or_named(
    base: str, own: str, weight: int
) -> None:
    plan = a_plan("Northwind", "Contoso", preference=("app0aa", "app1aa"))
    at = start(OFFERS, plan=plan)

    at.multiselect(key="o_estimates").select("app1aa").run()
    at.selectbox(key="o_edit_option").set_value("app1aa").run()
    at.text_input(key="o_base_app1aa").input(base).run()
    expand(at, "o_own_criteria")
    at.text_input(key="o_own_name_own_1").input(own).run()
    at.slider(key="o_weight_own_1").set_value(weight).run()

    assert not at.exception, at.exception
    after = at.session_state["plan"]
    assert after.applications[0] == plan.applications[0]  # the other application is untouched
    typed_base = at.text_input(key="o_base_app1aa").value  # the widgets' own length limits
    typed_own = at.text_input(key="o_own_name_own_1").value
    if after.applications[1].pay.base is None and typed_base.strip():
        assert any(message.startswith("Base salary a year") for message in errors(at))
    if after.weights.own_names.get("own_1", "") != typed_own.strip():
        assert any("Your own criteria" in message for message in errors(at)), (
            typed_own,
            errors(at),
        )


EVERY_PAGE = ("pages/home.py", QUESTIONNAIRE, TIMELINE, OFFERS, "pages/plan.py")


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(plan=plans())
def test_every_plan_that_loads_draws_on_every_page_in_the_calendar_and_the_cli(
    plan: Plan, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # A plan the app accepts (from a file, a link or typing) never ends in an error box.
    for page in EVERY_PAGE:
        at = start(page, plan=plan)
        assert not at.exception, (page, at.exception)
    assert plan_to_ics(plan=plan, today=TODAY).startswith(b"BEGIN:VCALENDAR")
    path = tmp_path_factory.mktemp("plan") / "plan.json"
    path.write_bytes(plan_to_json(plan))
    for command in ("plan", "agenda"):
        for form in ("text", "json"):
            assert main([command, str(path), "--today", TODAY.isoformat(), "--format", form]) == 0
