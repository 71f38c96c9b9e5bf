import json
from datetime import date
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from advisor import Application, Plan
from advisor.offers import offer_of, record_offer
from advisor.terms import Criterion, Weights
from tests.ui.apptest import TODAY, errors, expand, runs_after, start, texts
from ui.offers_view import MAX_GAP_BOXES

OFFERS = "pages/offers.py"
TIMELINE = "pages/timeline.py"
DEADLINE = date(2026, 11, 12)


def first_choice(**overrides: Any) -> Application:
    data: dict[str, Any] = {
        "id": "first1",
        "company": "Contoso",
        "role": "Data lead",
        "interview_date": date(2026, 11, 2),
        "interviewer": {"name": "Dana Levi"},
    }
    return Application.model_validate({**data, **overrides})


def offering(deadline: date | None = DEADLINE, **overrides: Any) -> Application:
    data: dict[str, Any] = {
        "id": "second1",
        "company": "Northwind",
        "role": "Analyst",
        "interview_date": date(2026, 10, 28),
        "interviewer": {"name": "Sam Roe"},
    }
    application = Application.model_validate({**data, **overrides})
    return record_offer(application=application, received_on=TODAY, deadline=deadline, today=TODAY)


def ranked(*applications: Application, **fields: Any) -> Plan:
    return Plan(
        applications=applications,
        preference=tuple(a.id for a in applications),
        candidate_name="Jan",
        **fields,
    )


def open_offers(plan: Plan) -> AppTest:
    return start(OFFERS, plan=plan)


def saved_plan(at: AppTest) -> Plan:
    plan = at.session_state["plan"]
    assert isinstance(plan, Plan)
    return plan


def next_step(at: AppTest) -> str:
    return "\n".join(str(m.value) for m in at.get("markdown") if str(m.value).startswith("### "))


def next_step_draft(at: AppTest) -> str:
    """The page leads with its answer: the next step's draft is the first text to copy."""
    return str(at.code[0].value)


def test_an_empty_plan_points_to_the_questionnaire() -> None:
    at = start(OFFERS)

    assert "No applications yet" in texts(at)
    at.button(key="o_to_questionnaire").click().run()
    assert at.title[0].value == "Questionnaire"


def test_without_an_offer_the_page_says_how_to_record_one_and_stops_before_the_choices() -> None:
    at = open_offers(ranked(first_choice(), offering().model_copy(update={"events": ()})))

    shown = texts(at)
    assert "No offer yet" in shown
    assert "Your choices" not in shown


def test_with_nothing_to_compare_there_are_no_weights_to_set_and_no_warning() -> None:
    at = open_offers(ranked(first_choice(), offering().model_copy(update={"events": ()})))

    assert "Nothing to weigh yet" in texts(at)
    assert at.slider == []
    assert at.warning == []


def test_a_waiting_application_picked_for_estimates_brings_the_weights() -> None:
    at = open_offers(ranked(first_choice(), offering().model_copy(update={"events": ()})))

    at.multiselect(key="o_estimates").select("first1").run()

    assert not at.exception
    assert len([s for s in at.slider if s.key.startswith("o_weight_")]) == 6
    assert "Nothing to weigh yet" not in texts(at)


def test_an_offer_recorded_on_the_page_is_saved_with_its_deadline() -> None:
    plain = offering().model_copy(update={"events": ()})
    at = open_offers(ranked(first_choice(), plain))

    at.selectbox(key="o_offer_for").set_value("second1").run()
    at.date_input(key="o_received_second1").set_value(date(2026, 11, 3))
    at.date_input(key="o_deadline_second1").set_value(date(2026, 11, 10))
    at.button(key="o_save_offer").click().run()

    assert not at.exception
    offer = offer_of(saved_plan(at).applications[1])
    assert offer is not None
    assert (offer.received_on, offer.deadline, offer.deadline_assumed) == (
        date(2026, 11, 3),
        date(2026, 11, 10),
        False,
    )
    assert "Your choices" in texts(at)
    assert [t.value for t in at.toast] == [
        "Offer from Northwind saved: your next step is at the top of the page."
    ]


def test_an_offer_without_a_deadline_is_flagged_as_assumed() -> None:
    at = open_offers(ranked(first_choice(), offering(deadline=None)))

    assert "9 November (assumed: they gave no date, so ask them)" in texts(at)


def test_a_deadline_before_the_offer_is_refused_and_the_offer_stays_as_it_was() -> None:
    plan = ranked(first_choice(), offering())
    at = open_offers(plan)

    at.selectbox(key="o_offer_for").set_value("second1").run()
    at.date_input(key="o_deadline_second1").set_value(date(2026, 11, 1))
    at.button(key="o_save_offer").click().run()

    assert not at.exception
    assert any(e.startswith("Reply by: this is before the offer arrived") for e in errors(at))
    assert saved_plan(at) == plan


def test_saving_and_removing_an_offer_each_redraw_the_page_once() -> None:
    """The offer is recorded in the button's callback, before the page is drawn: one round trip."""
    at = open_offers(ranked(first_choice(), offering()))
    at.selectbox(key="o_offer_for").set_value("second1").run()

    assert runs_after(at, lambda at: at.button(key="o_save_offer").click()) == 1
    assert offer_of(saved_plan(at).applications[1]) is not None
    assert runs_after(at, lambda at: at.button(key="o_withdraw_second1").click()) == 1
    assert offer_of(saved_plan(at).applications[1]) is None


def test_the_ranking_is_saved_as_the_user_picks_it_in_one_redraw() -> None:
    plan = Plan(applications=(first_choice(), offering()))
    at = open_offers(plan)

    assert "Pick at least your first choice" in texts(at)
    assert runs_after(at, lambda at: at.selectbox(key="o_rank_1").set_value("first1")) == 1
    assert runs_after(at, lambda at: at.selectbox(key="o_rank_2").set_value("second1")) == 1

    assert saved_plan(at).preference == ("first1", "second1")
    assert "Contoso expects" not in texts(at)  # no timeline was given: unknown
    assert "Contoso gave no time frame" in texts(at)


@pytest.mark.parametrize(
    ("first", "box", "step_title", "script_line"),
    [
        (
            {"timing": "date", "decision_date": date(2026, 11, 9)},
            "success",
            "Wait for Contoso until Monday 9 November",
            "I'm still very interested",
        ),
        (
            {"timing": "date", "decision_date": date(2026, 11, 17)},
            "error",
            "Tell Contoso about the offer, today",
            "I have received a job offer from another employer",
        ),
        (
            {"timing": "in_touch"},
            "info",
            "Tell Contoso about the offer, today",
            "what your timeline looks like",
        ),
    ],
    ids=["first choice decides before the deadline", "after it", "unknown"],
)
def test_the_walkthrough_ends_with_one_next_step_and_its_script(
    first: dict[str, Any], box: str, step_title: str, script_line: str
) -> None:
    at = open_offers(ranked(first_choice(**first), offering()))

    assert step_title in next_step(at).replace("\\", "")
    assert any("Contoso" in str(element.value) for element in at.get(box))
    assert script_line in next_step_draft(at)
    assert "Dear Dana Levi" in next_step_draft(at)
    shown = texts(at).replace("\\", "")
    assert "Accept Northwind now and withdraw if Contoso offers later" in shown
    assert "Decline Northwind and wait for Contoso" in shown


def test_a_short_gap_suggests_asking_for_an_extension_with_a_script() -> None:
    at = open_offers(
        ranked(first_choice(timing="date", decision_date=date(2026, 11, 17)), offering())
    )

    shown = texts(at).replace("\\", "")
    assert "Ask Northwind for 6 days more, until Wednesday 18 November" in shown
    asked = "Wednesday, November 18 rather than Thursday, November 12"  # a US employer's way
    assert any(asked in c.value for c in at.code)


def test_an_extension_date_before_the_deadline_is_named_and_no_script_is_shown_for_it() -> None:
    at = open_offers(
        ranked(first_choice(timing="date", decision_date=date(2026, 11, 17)), offering())
    )

    at.date_input(key="o_extension_to_second1").set_value(date(2026, 11, 10)).run()

    assert not at.exception
    assert any(
        e.startswith("Ask for an answer by: pick a day after the deadline") for e in errors(at)
    )


def test_the_timing_chart_shows_the_deadline_and_the_first_choice_window() -> None:
    at = open_offers(
        ranked(first_choice(timing="date", decision_date=date(2026, 11, 17)), offering())
    )

    spec = json.loads(at.get("vega_lite_chart")[0].proto.spec)

    bars = spec["layer"][0]
    assert bars["encoding"]["y"]["sort"] == ["1. Contoso · Data lead", "2. Northwind · Analyst"]
    assert bars["encoding"]["color"]["scale"]["domain"] == [
        "Offer open",
        "Decides after the deadline",
    ]
    rules = [layer for layer in spec["layer"] if layer["mark"]["type"] == "rule"]
    assert len(rules) == 2  # the offer's deadline and today


def _two_offers(**fields: Any) -> Plan:
    contoso = record_offer(
        application=first_choice(pay={"base": 90_000}, ratings={"growth": 5}),
        received_on=TODAY,
        deadline=DEADLINE,
        today=TODAY,
    )
    northwind = offering(pay={"base": 100_000}, ratings={"growth": 1})
    return ranked(contoso, northwind, **fields)


def _comparison_order(at: AppTest) -> list[str]:
    if not at.dataframe:  # the scores table is drawn only while its expander is open
        expand(at, "o_scores_table")
    return list(at.dataframe[-1].value["option"])


def test_changing_a_weight_updates_the_comparison_at_once() -> None:
    at = open_offers(_two_offers(weights=Weights(weights={Criterion.PAY: 5, Criterion.GROWTH: 0})))
    assert _comparison_order(at) == ["Northwind", "Contoso"]

    at.slider(key="o_weight_pay").set_value(0).run()
    at.slider(key="o_weight_growth").set_value(5).run()

    assert _comparison_order(at) == ["Contoso", "Northwind"]
    assert saved_plan(at).weights.of(Criterion.GROWTH) == 5


def test_all_weights_at_zero_is_explained_and_the_plan_keeps_its_offers() -> None:
    zero = {criterion: 0 for criterion in Criterion}
    at = open_offers(_two_offers(weights=Weights(weights=zero)))

    assert "Weights: all are zero" in texts(at).replace("\\", "")
    assert len(saved_plan(at).applications) == 2


def test_top_two_within_five_points_are_called_too_close() -> None:
    equal = {criterion: 0 for criterion in Criterion} | {Criterion.TEAM: 3}
    at = open_offers(_two_offers(weights=Weights(weights=equal)))

    assert "Too close to call" in texts(at)


def test_negative_pay_is_named_and_the_last_valid_pay_is_kept() -> None:
    at = open_offers(_two_offers())

    at.selectbox(key="o_edit_option").set_value("second1").run()
    at.text_input(key="o_base_second1").input("-5000").run()

    assert not at.exception
    assert "Base salary a year: pay cannot be negative; enter 0 if there is none" in errors(at)
    assert saved_plan(at).get("second1").pay.base == 100_000  # type: ignore[union-attr]


def test_pay_typed_the_way_people_write_it_is_read() -> None:
    at = open_offers(_two_offers())

    at.selectbox(key="o_edit_option").set_value("second1").run()
    at.text_input(key="o_bonus_second1").input("$7.5k").run()

    assert saved_plan(at).get("second1").pay.bonus == 7_500  # type: ignore[union-attr]


def test_pay_is_read_the_way_the_applications_country_writes_it_and_shown_back() -> None:
    german = offering(country="DE", pay={"base": 70_000, "currency": "EUR"})
    at = open_offers(ranked(first_choice(), german))
    at.selectbox(key="o_edit_option").set_value("second1").run()
    assert at.text_input(key="o_base_second1").value == "70.000 €"

    at.text_input(key="o_base_second1").input("€85.000").run()
    at.text_input(key="o_bonus_second1").input("7,5k").run()

    assert not errors(at)
    pay = saved_plan(at).get("second1").pay  # type: ignore[union-attr]
    assert (pay.base, pay.bonus, pay.currency) == (85_000, 7_500, "EUR")
    assert "Read as 7.500 €" in texts(at)


def test_pay_that_reads_two_ways_is_asked_about_not_guessed() -> None:
    at = open_offers(ranked(first_choice(), offering(country="ZA", pay={"base": 400_000})))
    at.selectbox(key="o_edit_option").set_value("second1").run()

    at.text_input(key="o_base_second1").input("R480,000").run()

    assert "Base salary a year: 480,000: 480000 or 480? type the one you mean" in errors(at)
    assert saved_plan(at).get("second1").pay.base == 400_000  # type: ignore[union-attr]


def test_one_offers_pay_in_two_currencies_is_refused() -> None:
    at = open_offers(_two_offers())
    at.selectbox(key="o_edit_option").set_value("second1").run()

    at.text_input(key="o_base_second1").input("$110,000").run()
    at.text_input(key="o_bonus_second1").input("€5,000").run()

    message = "Pay: enter one offer's pay in one currency, not Base salary a year in USD"
    assert any(m.startswith(message) for m in errors(at))
    pay = saved_plan(at).get("second1").pay  # type: ignore[union-attr]
    assert (pay.base, pay.bonus, pay.currency) == (110_000, None, "USD")


def test_a_pending_application_can_join_the_comparison_marked_as_an_estimate() -> None:
    fabrikam = Application(id="third1", company="Fabrikam", interview_date=date(2026, 11, 2))
    at = open_offers(ranked(first_choice(), offering(), fabrikam))

    at.multiselect(key="o_estimates").select("third1").run()
    at.selectbox(key="o_edit_option").set_value("third1").run()
    at.text_input(key="o_base_third1").input("95k").run()

    assert "Fabrikam (estimate)" in _comparison_order(at)
    assert saved_plan(at).get("third1").compare_estimate  # type: ignore[union-attr]


def test_weights_and_ratings_survive_a_trip_to_another_page() -> None:
    at = open_offers(_two_offers())
    at.slider(key="o_weight_team").set_value(5).run()
    at.selectbox(key="o_edit_option").set_value("second1").run()
    at.slider(key="o_rate_second1_team").set_value(4).run()

    at.switch_page(TIMELINE).run()
    at.switch_page(OFFERS).run()

    assert at.slider(key="o_weight_team").value == 5
    assert at.slider(key="o_rate_second1_team").value == 4


def test_a_criterion_weighted_zero_is_no_longer_rated_and_comes_back_when_weighted_again() -> None:
    at = open_offers(_two_offers())
    at.selectbox(key="o_edit_option").set_value("second1").run()
    rating = "o_rate_second1_team"
    assert [s for s in at.slider if s.key == rating]

    at.slider(key="o_weight_team").set_value(0).run()
    assert not at.exception
    assert not [s for s in at.slider if s.key == rating]  # the ratings are drawn above weights

    at.slider(key="o_weight_team").set_value(2).run()
    assert [s for s in at.slider if s.key == rating]


def test_an_application_removed_elsewhere_drops_out_of_the_ranking_without_an_error() -> None:
    at = open_offers(ranked(first_choice(), offering()))

    at.session_state["plan"] = saved_plan(at).without("first1")
    at.run()

    assert not at.exception
    assert at.selectbox(key="o_rank_1").value == "second1"
    assert saved_plan(at).preference == ("second1",)


def test_many_offers_and_preferences_are_counted_in_a_line_not_drawn_a_box_each() -> None:
    # A link can carry up to 100 applications; the page's work must not grow with each pair.
    waiting = [first_choice(id=f"wait{i:02d}", company=f"Waiting {i}") for i in range(30)]
    offered = [offering(id=f"offer{i:02d}", company=f"Offering {i}") for i in range(20)]
    plan = Plan(
        applications=(*waiting, *offered),
        preference=tuple(a.id for a in (*waiting, *offered)),
    )

    at = open_offers(plan)

    assert not at.exception
    boxes = len(at.success) + len(at.warning) + len(at.error) + len(at.info)
    assert boxes <= MAX_GAP_BOXES + 3  # the focused offer's first gaps, and the page's notices
    shown = texts(at)
    assert "more employers you rank higher are still deciding" in shown
    assert "15 more offers: pick one" in shown


def test_with_an_offer_the_page_leads_with_the_next_step_and_the_deadline() -> None:
    at = open_offers(ranked(first_choice(), offering()))

    headers = [h.value for h in at.header]
    assert headers[:2] == ["Your next step", "Deadlines against decisions"]
    assert headers.index("Your preference and your offers") > headers.index("Scripts")
    assert headers[-1] == "Compare side by side"


def test_without_an_offer_the_page_opens_on_recording_one() -> None:
    at = open_offers(ranked(first_choice()))

    headers = [h.value for h in at.header]
    assert headers == ["Your preference and your offers", "Compare side by side"]
    assert "No offer yet. When one arrives, record it just above" in texts(at)


def test_an_unreadable_amount_is_quoted_back_as_plain_text_never_as_a_link() -> None:
    at = open_offers(ranked(first_choice(), offering()))

    at.text_input(key="o_base_second1").input("[85k](www.x.io)").run()

    shown = [str(e.value) for e in at.error if "Base salary" in str(e.value)]
    assert shown
    assert all("](" not in message for message in shown)
