"""The plan outlives pages, refreshes and tabs: the URL, the share link, plan files, examples."""

import json
from datetime import date
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from advisor import CompanySize, Plan, Signal
from advisor.events import EventKind
from advisor.examples import examples
from advisor.plan_file import PlanFileError, plan_from_json, plan_to_json
from advisor.share_link import plan_from_token, plan_to_token
from tests.advisor.factories import a_plan
from tests.ui.apptest import APP, TIMEOUT, TODAY, errors, expand, show, start, texts
from ui.plan_view import upload_key
from ui.questionnaire_form import ALL_KEYS, STEP_KEY, STEPS

QUESTIONNAIRE = "pages/questionnaire.py"
TIMELINE = "pages/timeline.py"
OFFERS = "pages/offers.py"
PLAN_PAGE = "pages/plan.py"
PAGES = ["pages/home.py", QUESTIONNAIRE, TIMELINE, OFFERS, PLAN_PAGE]


def opened_with(query: dict[str, str], page: str | None = None) -> AppTest:
    """A fresh session opened on a URL with `query`, as a bookmark or shared link would."""
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.session_state["today_override"] = TODAY
    at.query_params.update(query)
    if page is not None:
        at.switch_page(page)
    at.run()
    assert not at.exception, at.exception
    return at


def with_plan(plan: Plan, page: str) -> AppTest:
    return start(page, plan=plan)


def current(at: AppTest) -> Plan:
    plan = at.session_state["plan"]
    assert isinstance(plan, Plan)
    return plan


def url_plan(at: AppTest) -> Plan:
    value = at.query_params["plan"]
    return plan_from_token(value if isinstance(value, str) else value[0], today=TODAY)


@pytest.mark.parametrize("page", PAGES)
def test_a_link_with_a_plan_opens_that_plan_on_any_page(page: str) -> None:
    plan = a_plan("Northwind", "Contoso")

    at = opened_with({"plan": plan_to_token(plan)}, page)

    assert current(at) == plan
    assert not errors(at)


def test_the_address_follows_every_change_to_the_plan() -> None:
    at = start(QUESTIONNAIRE)

    show(at, "q_company").text_input(key="q_company").input("Northwind").run()
    show(at, "q_role").text_input(key="q_role").input("Data analyst").run()

    assert url_plan(at) == current(at)
    assert url_plan(at).applications[0].role == "Data analyst"


def test_the_address_holds_the_plan_again_after_a_page_switch() -> None:
    at = with_plan(a_plan("Northwind"), TIMELINE)

    at.switch_page(OFFERS).run()

    assert url_plan(at) == a_plan("Northwind")


# Which links are refused, and with what message, is the domain's table (test_share_link.py's
# BAD_TOKENS); here one damaged link shows the page passes that message on, word for word.
def test_a_damaged_link_is_explained_in_the_words_of_the_refusal_and_opens_nothing() -> None:
    token = plan_to_token(a_plan("Northwind"))[:-20]  # cut short when copied
    with pytest.raises(PlanFileError) as refused:
        plan_from_token(token, today=TODAY)

    at = opened_with({"plan": token}, TIMELINE)

    assert errors(at) == [
        f"The plan in this link could not be opened: {refused.value}. Nothing was loaded. "
        "Start afresh, or open a saved plan file from Save & share."
    ]
    assert current(at) == Plan()


def test_a_link_with_an_empty_plan_is_no_plan_and_no_message() -> None:
    at = opened_with({"plan": ""}, TIMELINE)

    assert not errors(at)
    assert current(at) == Plan()


def test_a_damaged_link_never_touches_the_plan_already_open() -> None:
    plan = a_plan("Northwind")
    at = with_plan(plan, TIMELINE)

    at.query_params["plan"] = "2.damaged"
    at.run()

    assert current(at) == plan  # the session's plan is the one in use; the link is ignored


def _upload(at: AppTest, name: str, content: bytes) -> AppTest:
    rounds = at.session_state["_upload_round"] if "_upload_round" in at.session_state else 0  # noqa: SIM401  (AppTest's session state has no .get)
    key = upload_key({"_upload_round": rounds})
    at.file_uploader(key=key).set_value((name, content, "application/json"))
    at.run()
    assert not at.exception, at.exception
    return at


def test_a_plan_file_round_trips_through_download_and_upload() -> None:
    plan = a_plan("Northwind", "Contoso")
    at = with_plan(plan, PLAN_PAGE)
    downloaded = plan_to_json(plan)
    assert plan_from_json(downloaded, today=TODAY) == plan

    at = start(PLAN_PAGE)
    _upload(at, "plan.json", downloaded)

    assert current(at) == plan


_GOOD = json.loads(plan_to_json(a_plan("Fabrikam")))


# Which files are refused, and with what message, is the domain's table (test_plan_file.py's
# BAD_FILES); here a file that is not JSON and one with a bad answer show the page passes that
# message on, word for word, and keeps the plan.
@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"company: Fabrikam", id="not json"),
        pytest.param(
            json.dumps(
                {
                    **_GOOD,
                    "applications": [{**_GOOD["applications"][0], "interview_date": "9999-12-31"}],
                }
            ).encode(),
            id="a date far away",
        ),
    ],
)
def test_a_bad_plan_file_is_explained_in_the_words_of_the_refusal_and_the_plan_stays(
    content: bytes,
) -> None:
    with pytest.raises(PlanFileError) as refused:
        plan_from_json(content, today=TODAY)
    plan = a_plan("Northwind")
    at = with_plan(plan, PLAN_PAGE)

    _upload(at, "plan.json", content)

    assert errors(at) == [f"Plan file plan.json: {refused.value}. Your current plan is unchanged."]
    assert current(at) == plan


def test_opening_a_file_over_a_plan_of_your_own_asks_first() -> None:
    mine, theirs = a_plan("Northwind"), a_plan("Contoso", "Fabrikam")
    at = with_plan(mine, PLAN_PAGE)

    _upload(at, "theirs.json", plan_to_json(theirs))

    assert current(at) == mine
    assert "It would replace your current plan" in texts(at)
    at.button(key="pending_keep").click().run()
    assert current(at) == mine
    assert "It would replace your current plan" not in texts(at)


def test_confirming_replaces_the_plan_and_clears_the_old_inputs() -> None:
    mine, theirs = a_plan("Northwind"), a_plan("Contoso", "Fabrikam")
    at = with_plan(mine, QUESTIONNAIRE)
    at.switch_page(PLAN_PAGE).run()
    _upload(at, "theirs.json", plan_to_json(theirs))

    at.button(key="pending_replace").click().run()
    at.switch_page(QUESTIONNAIRE).run()

    assert current(at) == theirs
    assert show(at, "q_company").text_input(key="q_company").value == "Contoso"


def ids_numbered(plan: Plan) -> Plan:
    """`plan` with its application ids replaced by their positions: an example loads as a copy
    with ids of its own (so two copies' calendar events never collide)."""
    return plan.with_ids({a.id: f"app{index:02d}" for index, a in enumerate(plan.applications)})


@pytest.mark.parametrize("example", examples(today=TODAY), ids=lambda e: e.key)
def test_each_example_loads_in_one_click_and_is_marked_as_an_example(example: Any) -> None:
    at = start()

    at.button(key=f"home_example_{example.key}").click().run()

    assert not at.exception
    assert ids_numbered(current(at)) == ids_numbered(example.plan)
    assert {a.id for a in current(at).applications}.isdisjoint(
        a.id for a in example.plan.applications
    )
    assert f"**Example:** {example.title}." in texts(at).replace("\\", "")
    assert [t.value for t in at.toast] == [f"Example loaded: {example.title}."]


def test_an_example_never_replaces_your_plan_without_asking() -> None:
    mine = a_plan("Northwind")
    at = with_plan(mine, PLAN_PAGE)
    first = examples(today=TODAY)[0]

    at.button(key=f"p_example_{first.key}").click().run()

    assert current(at) == mine
    assert [t.value for t in at.toast] == [
        "Your plan is not replaced yet: answer the question at the top of the page."
    ]
    at.button(key="pending_replace").click().run()
    assert ids_numbered(current(at)) == ids_numbered(first.plan)


def test_an_example_can_be_made_your_own() -> None:
    at = start()
    first = examples(today=TODAY)[0]
    at.button(key=f"home_example_{first.key}").click().run()

    at.button(key="example_own").click().run()

    assert current(at).example == ""
    assert ids_numbered(current(at)).applications == ids_numbered(first.plan).applications


def test_the_share_link_opens_the_plan_on_the_timeline() -> None:
    plan = a_plan("Northwind")
    at = with_plan(plan, PLAN_PAGE)

    link = at.code[0].value

    assert "/timeline?plan=" in link
    assert plan_from_token(link.split("plan=", 1)[1], today=TODAY) == plan


def test_every_questionnaire_answer_survives_a_round_of_page_switches() -> None:
    at = start(QUESTIONNAIRE)
    show(at, "q_company").text_input(key="q_company").input("Northwind").run()
    show(at, "q_role").text_input(key="q_role").input("Analyst").run()
    show(at, "q_interviewer_name").text_input(key="q_interviewer_name").input("Dana Levi").run()
    show(at, "q_topic").text_input(key="q_topic").input("the data platform").run()
    show(at, "q_interview_date").date_input(key="q_interview_date").set_value(
        date(2026, 11, 3)
    ).run()
    show(at, "q_company_size").selectbox(key="q_company_size").set_value(CompanySize.LARGE).run()
    show(at, "q_recruiter").checkbox(key="q_recruiter").check().run()
    show(at, "q_signals_good").pills(key="q_signals_good").select(Signal.MET_THE_TEAM).run()
    before = _every_answer(at)

    for page in (TIMELINE, OFFERS, PLAN_PAGE, "pages/home.py", QUESTIONNAIRE):
        at.switch_page(page).run()
        assert not at.exception, at.exception

    assert _every_answer(at) == before
    assert before["q_company"] == "Northwind"
    assert before["q_signals_good"] == [Signal.MET_THE_TEAM]


def _every_answer(at: AppTest) -> dict[str, Any]:
    """Each questionnaire widget's value, opening every step in turn."""
    answers: dict[str, Any] = {}
    for step in STEPS:
        at.segmented_control(key=STEP_KEY).set_value(step.name).run()
        for key in step.keys:
            try:
                answers[key] = at.get_by_key(key).value
            except (KeyError, IndexError):  # drawn only for some answers (e.g. a call-back date)
                continue
    assert answers.keys() <= set(ALL_KEYS)
    return answers


def test_every_timeline_and_offers_input_survives_a_round_of_page_switches() -> None:
    at = with_plan(a_plan("Northwind", "Contoso"), TIMELINE)
    at.selectbox(key="t_application").set_value("app1aa").run()
    at.text_input(key="t_candidate_name").input("Jan Kowalski").run()
    at.selectbox(key="t_event_kind").set_value(EventKind.CALL_BACK).run()
    at.date_input(key="t_event_on").set_value(date(2026, 11, 3)).run()
    at.date_input(key="t_call_back_on").set_value(date(2026, 11, 9)).run()
    at.switch_page(OFFERS).run()
    at.selectbox(key="o_rank_1").set_value("app1aa").run()
    at.multiselect(key="o_estimates").select("app0aa").run()  # something to weigh
    at.slider(key="o_weight_team").set_value(5).run()
    expand(at, "o_own_criteria")
    at.text_input(key="o_own_name_own_1").input("Hybrid days").run()
    at.selectbox(key="o_edit_option").set_value("app0aa").run()
    at.text_input(key="o_base_app0aa").input("not a number").run()  # invalid: kept as typed
    keys = {
        TIMELINE: [
            "t_application",
            "t_candidate_name",
            "t_event_kind",
            "t_event_on",
            "t_call_back_on",
        ],
        OFFERS: [
            "o_rank_1",
            "o_weight_team",
            "o_own_name_own_1",
            "o_estimates",
            "o_edit_option",
            "o_base_app0aa",
        ],
    }
    before = {page: _values(at, page, names) for page, names in keys.items()}

    for page in (QUESTIONNAIRE, PLAN_PAGE, "pages/home.py"):
        at.switch_page(page).run()

    after = {page: _values(at, page, names) for page, names in keys.items()}
    assert after == before
    assert before[OFFERS]["o_base_app0aa"] == "not a number"


def _values(at: AppTest, page: str, keys: list[str]) -> dict[str, Any]:
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return {key: at.get_by_key(key).value for key in keys}


def test_loading_the_same_example_again_asks_nothing() -> None:
    at = start()
    first = examples(today=TODAY)[0]
    at.button(key=f"home_example_{first.key}").click().run()

    at.button(key=f"home_example_{first.key}").click().run()

    assert not at.exception
    assert "Load the example" not in texts(at)
    assert ids_numbered(current(at)) == ids_numbered(first.plan)
