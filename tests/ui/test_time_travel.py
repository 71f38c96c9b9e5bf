"""For coaches: the plan as of another day, without changing a date in it or in its link."""

from datetime import date, timedelta

from advisor.examples import examples
from advisor.share_link import plan_from_token
from tests.ui.apptest import TODAY, start, texts

TIMELINE = "pages/timeline.py"


def test_showing_another_day_moves_the_advice_but_no_date_in_the_plan() -> None:
    plan = examples(today=TODAY)[0].plan
    at = start(TIMELINE, plan=plan)
    later = TODAY + timedelta(days=12)

    at.date_input(key="t_demo_day").set_value(later).run()

    assert not at.exception
    assert at.session_state["plan"] == plan  # nothing in the plan moved
    shown = texts(at)
    assert f"**Demo view:** the plan as of {later:%A %d %B %Y} (12 days ahead)" in shown
    first = plan.applications[0]
    assert f"**Day {(later - first.interview_date).days}** since the interview" in shown


def test_back_to_today_ends_the_demo_view() -> None:
    at = start(TIMELINE, plan=examples(today=TODAY)[0].plan)
    at.date_input(key="t_demo_day").set_value(date(2026, 11, 20)).run()

    at.button(key="demo_back").click().run()

    assert not at.exception
    assert "Demo view" not in texts(at)
    assert at.date_input(key="t_demo_day").value == TODAY


def test_the_demo_day_is_kept_across_pages_and_left_out_of_the_link() -> None:
    at = start(TIMELINE, plan=examples(today=TODAY)[0].plan)
    at.date_input(key="t_demo_day").set_value(date(2026, 11, 20)).run()

    at.switch_page("pages/plan.py").run()

    assert "Demo view" in texts(at)
    assert at.date_input(key="p_demo_day").value == date(2026, 11, 20)
    token = at.code[0].value.split("plan=", 1)[1]  # the share link carries the plan only
    assert plan_from_token(token, today=TODAY) == at.session_state["plan"]
    assert "demo" not in at.code[0].value
