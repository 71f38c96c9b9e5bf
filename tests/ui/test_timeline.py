import json
from datetime import date

from streamlit.testing.v1 import AppTest

from advisor import Application, Plan
from advisor.agenda import agenda as build_agenda
from advisor.events import EventKind, StepKind
from tests.ui.apptest import TODAY, errors, expand, runs_after, start, texts

TIMELINE = "pages/timeline.py"


def _plan() -> Plan:
    return Plan(
        applications=(
            Application(company="Northwind", role="Analyst", interview_date=date(2026, 11, 2)),
            Application(company="Contoso", interview_date=date(2026, 10, 28), recruiter=True),
        )
    )


def _open(plan: Plan) -> AppTest:
    return start(TIMELINE, plan=plan)


def test_an_empty_plan_points_to_the_questionnaire() -> None:
    at = start(TIMELINE)

    assert "No applications yet" in texts(at)
    at.button(key="t_to_questionnaire").click().run()
    assert at.title[0].value == "Questionnaire"


def test_the_chart_has_a_row_for_every_application_and_a_line_for_today() -> None:
    at = _open(_plan())

    spec = json.loads(at.get("vega_lite_chart")[0].proto.spec)

    bars, marks, today_rule = spec["layer"]
    assert bars["encoding"]["y"]["sort"] == ["Northwind", "Contoso"]  # short, for a phone
    assert marks["mark"]["type"] == "point"
    assert today_rule["mark"]["type"] == "rule"
    assert {t["field"] for t in marks["encoding"]["tooltip"]} >= {"application", "date", "why"}


def test_the_chart_tells_step_kinds_apart_by_shape_and_colour_in_one_legend() -> None:
    at = _open(_plan())

    spec = json.loads(at.get("vega_lite_chart")[0].proto.spec)

    bars, marks, _today = spec["layer"]
    encoding = marks["encoding"]
    legends = [encoding["shape"]["legend"], encoding["stroke"]["legend"]]
    legends.append(encoding["fill"]["condition"]["legend"])
    assert {encoding[c]["field"] for c in ("shape", "stroke")} == {"step"}
    assert legends[0] == legends[1] == legends[2]  # merged into one
    assert legends[0]["orient"] == "bottom"
    assert all("legend" not in channel for channel in bars["encoding"].values())
    shapes = dict(zip(*encoding["shape"]["scale"].values(), strict=True))
    assert shapes["Thank-you"] == StepKind.THANK_YOU.spec.symbol
    assert shapes["Ask the recruiter"] == StepKind.RECRUITER_CHECK_IN.spec.symbol


def test_the_table_beside_the_chart_holds_the_waiting_and_decision_windows_too() -> None:
    plan = _plan()
    at = _open(plan)
    agenda = build_agenda(plan=plan, today=TODAY)
    assert not at.dataframe  # built and drawn only while its expander is open

    windows, steps = (frame.value for frame in expand(at, "t_timeline_table").dataframe)

    northwind = plan.applications[0]
    window = agenda.track(northwind.id).window
    rows = windows[windows["application"] == "Northwind · Analyst"]
    assert list(rows["period"]) == ["Waiting", "Decision expected"]
    assert list(rows["start"].dt.date) == [northwind.interview_date, window.earliest]
    assert list(rows["end"].dt.date) == [window.earliest, window.latest]
    assert len(steps) == len(agenda.actions)


def test_the_next_action_is_the_most_urgent_step_across_the_plan() -> None:
    at = _open(_plan())

    shown = texts(at)

    # Contoso's thank-you (28 Oct) is the oldest thing not done.
    assert "Thank-you · Contoso" in shown


def test_marking_the_next_action_done_re_plans() -> None:
    at = _open(_plan())

    at.button(key="t_next_done").click().run()

    contoso = at.session_state["plan"].applications[1]
    assert [(e.kind, e.step, e.on) for e in contoso.events] == [
        (EventKind.STEP_DONE, StepKind.THANK_YOU, TODAY)
    ]
    assert "Ask the recruiter · Contoso" in texts(at)
    assert [t.value for t in at.toast] == ["Done: Thank-you. The plan is updated."]


def test_a_logged_answer_is_confirmed_and_a_refused_one_is_not() -> None:
    at = _open(_plan())

    at.selectbox(key="t_event_kind").set_value(EventKind.NONCOMMITTAL).run()
    at.button(key="t_log").click().run()

    assert [t.value for t in at.toast] == [
        "Logged: a polite, noncommittal answer. The plan is updated."
    ]
    at.run()
    assert at.toast == []  # shown once, not on every later run


def test_logging_a_noncommittal_answer_moves_the_second_follow_up() -> None:
    at = _open(_plan())

    at.selectbox(key="t_event_kind").set_value(EventKind.NONCOMMITTAL).run()
    at.button(key="t_log").click().run()

    northwind = at.session_state["plan"].applications[0]
    assert northwind.events[0].kind is EventKind.NONCOMMITTAL
    # 4 Nov + 5 business days, skipping Veterans Day; the first follow-up counts as done.
    assert any("Wed 4 Nov · First follow-up · Done" in e.label for e in at.expander)
    assert any("Thu 12 Nov · Second, final follow-up" in e.label for e in at.expander)


def test_an_offer_deadline_before_the_offer_is_refused_with_the_field_named() -> None:
    at = _open(_plan())

    at.selectbox(key="t_event_kind").set_value(EventKind.OFFER).run()
    at.date_input(key="t_offer_deadline").set_value(date(2026, 11, 1)).run()
    at.button(key="t_log").click().run()

    assert not at.exception
    assert any("Offer deadline: this is before the offer arrived" in e for e in errors(at))
    assert at.session_state["plan"] == _plan().model_copy(
        update={"applications": at.session_state["plan"].applications}
    )
    assert at.session_state["plan"].applications[0].events == ()


def test_undo_takes_back_the_last_entry() -> None:
    at = _open(_plan())
    at.selectbox(key="t_event_kind").set_value(EventKind.NONCOMMITTAL).run()
    at.button(key="t_log").click().run()

    at.button(key="t_undo").click().run()

    assert at.session_state["plan"].applications[0].events == ()


def test_an_answer_is_logged_against_the_follow_up_it_answers() -> None:
    at = _open(_plan())
    northwind = at.session_state["plan"].applications[0]

    at.selectbox(key="t_event_kind").set_value(EventKind.NONCOMMITTAL).run()
    at.selectbox(key=f"t_event_step_{northwind.id}").set_value(StepKind.FIRST_FOLLOW_UP).run()
    at.button(key="t_log").click().run()

    logged = at.session_state["plan"].applications[0].events
    assert [(e.kind, e.step) for e in logged] == [
        (EventKind.NONCOMMITTAL, StepKind.FIRST_FOLLOW_UP)
    ]


def test_marking_done_logging_and_undoing_each_redraw_the_page_once() -> None:
    """The action runs in the button's callback, before the page is drawn: one round trip."""
    at = _open(_plan())

    assert runs_after(at, lambda at: at.button(key="t_next_done").click()) == 1
    at.selectbox(key="t_event_kind").set_value(EventKind.NONCOMMITTAL).run()
    assert runs_after(at, lambda at: at.button(key="t_log").click()) == 1
    assert runs_after(at, lambda at: at.button(key="t_undo").click()) == 1

    contoso = at.session_state["plan"].applications[1]
    assert [e.kind for e in contoso.events] == [EventKind.STEP_DONE]
