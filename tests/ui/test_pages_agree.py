"""Every page shows the agenda's next action: for each ready-made example, no two pages disagree."""

import pytest
from streamlit.testing.v1 import AppTest

from advisor import DateStyle
from advisor.agenda import agenda
from advisor.examples import Example, examples
from advisor.offers import timing_picture
from tests.ui.apptest import HOME, QUESTIONNAIRE, TODAY, start, texts

EXAMPLES = examples(today=TODAY)


def shown(at: AppTest) -> str:
    return texts(at).replace("\\", "")


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.key for e in EXAMPLES])
def test_the_timeline_and_the_start_page_show_the_agendas_next_actions(example: Example) -> None:
    plan = example.plan
    plan_agenda = agenda(plan=plan, today=TODAY)
    action = plan_agenda.next_action
    assert action is not None

    timeline = shown(start("pages/timeline.py", plan=plan))
    home = shown(start(HOME, plan=plan))

    assert f"## {action.title} · {action.company}" in timeline
    for application in plan.applications:
        upcoming = plan_agenda.next_for(application.id)
        assert upcoming is not None
        on = DateStyle.DAY_FIRST.short(upcoming.date, year_of=TODAY)
        assert f"next: {upcoming.title.lower()} ({on}" in home


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.key for e in EXAMPLES])
def test_the_questionnaire_lists_what_the_agenda_has_due_for_the_application(
    example: Example,
) -> None:
    plan = example.plan
    at = start(QUESTIONNAIRE, plan=plan)
    current = at.session_state["q_application"]
    actions = agenda(plan=plan, today=TODAY).for_application(current)

    today_card = shown(at)

    due = [a for a in actions if a.is_open and a.date <= TODAY]
    upcoming = next((a for a in actions if a.is_open and a.date > TODAY), None)
    for action in due:
        assert f"**{action.title}**" in today_card
    if upcoming is not None:
        assert (
            f"**Next: {upcoming.title}**, {DateStyle.DAY_FIRST.short(upcoming.date, year_of=TODAY)}"
            in today_card
        )
    if not due:
        assert "Nothing is due today." in today_card


@pytest.mark.parametrize(
    "example",
    [e for e in EXAMPLES if timing_picture(plan=e.plan, today=TODAY)],
    ids=lambda e: e.key,
)
def test_the_offers_page_next_step_is_the_agendas_next_action_about_the_offer(
    example: Example,
) -> None:
    plan = example.plan
    focus = timing_picture(plan=plan, today=TODAY)[0].offer.application_id
    action = agenda(plan=plan, today=TODAY).next_for_offer(focus)
    assert action is not None

    at = start("pages/offers.py", plan=plan)

    assert f"### {action.headline}" in shown(at)
    assert at.code[0].value == action.draft.body  # the page leads with its next step
