from datetime import date

from advisor import Plan, TimingAnswer
from tests.ui.apptest import HOME, QUESTIONNAIRE, TODAY, errors, start, texts


def test_a_fresh_questionnaire_defaults_the_interview_to_today_and_waits_for_a_company() -> None:
    at = start(QUESTIONNAIRE)

    assert at.date_input(key="q_interview_date").value == TODAY
    assert "Type the company's name" in texts(at)
    assert at.session_state["plan"] == Plan()


def test_filling_the_questionnaire_shows_the_interpretation() -> None:
    at = start(QUESTIONNAIRE)

    at.text_input(key="q_company").input("Northwind").run()
    at.radio(key="q_timing").set_value(TimingAnswer.IN_TOUCH).run()
    at.checkbox(key="q_signal_references_requested").check().run()
    at.checkbox(key="q_recruiter").check().run()

    shown = texts(at)
    assert not at.exception
    assert "What they said likely means" in shown
    assert "They are interested and checking details first" in shown
    assert "Expected decision window" in shown
    assert "Do this today" in shown
    assert "Ask your recruiter for feedback" in shown
    assert "Signals" in shown
    assert "They asked for references" in shown


def test_a_time_frame_is_read_into_dates() -> None:
    at = start(QUESTIONNAIRE)

    at.text_input(key="q_company").input("Northwind").run()
    at.radio(key="q_timing").set_value(TimingAnswer.TIME_FRAME).run()
    at.text_input(key="q_timing_phrase").input("within 10 business days").run()

    assert "They gave you a timeline" in texts(at)
    assert "Thu 19 Nov 2026" in texts(at)


def test_an_unreadable_time_frame_gets_a_message_at_the_field() -> None:
    at = start(QUESTIONNAIRE)
    at.text_input(key="q_company").input("Northwind").run()

    at.radio(key="q_timing").set_value(TimingAnswer.TIME_FRAME).run()
    at.text_input(key="q_timing_phrase").input("when pigs fly").run()

    assert not at.exception
    assert any(e.startswith("Their words about timing: we could not read") for e in errors(at))


def test_bad_input_names_the_field_and_keeps_the_other_answers() -> None:
    at = start(QUESTIONNAIRE)
    at.text_input(key="q_company").input("Northwind").run()
    at.text_input(key="q_role").input("Analyst").run()

    at.radio(key="q_timing").set_value(TimingAnswer.DATE).run()
    at.date_input(key="q_decision_date").set_value(date(2026, 10, 1)).run()
    at.text_input(key="q_company").input("").run()

    shown = errors(at)
    assert not at.exception
    assert "Company: this can't be empty" in shown
    assert any(e.startswith("Decision date: this is before the interview") for e in shown)
    saved = at.session_state["plan"].applications[0]
    assert (saved.company, saved.role) == ("Northwind", "Analyst")


def test_answers_survive_a_switch_to_another_page_and_back() -> None:
    at = start(QUESTIONNAIRE)
    at.text_input(key="q_company").input("Northwind").run()
    at.radio(key="q_timing").set_value(TimingAnswer.NON_ANSWER).run()
    at.checkbox(key="q_signal_met_the_team").check().run()
    at.text_input(key="q_timing_phrase").input("we're still figuring it out").run()

    at.switch_page(HOME).run()
    assert "Northwind" in texts(at)
    at.switch_page(QUESTIONNAIRE).run()

    assert at.text_input(key="q_company").value == "Northwind"
    assert at.radio(key="q_timing").value is TimingAnswer.NON_ANSWER
    assert at.checkbox(key="q_signal_met_the_team").value is True
    assert at.text_input(key="q_timing_phrase").value == "we're still figuring it out"


def test_an_invalid_answer_also_survives_a_page_switch() -> None:
    at = start(QUESTIONNAIRE)
    at.text_input(key="q_company").input("Northwind").run()
    at.radio(key="q_timing").set_value(TimingAnswer.DATE).run()
    at.date_input(key="q_decision_date").set_value(date(2026, 10, 1)).run()

    at.switch_page(HOME).run()
    at.switch_page(QUESTIONNAIRE).run()

    assert at.date_input(key="q_decision_date").value == date(2026, 10, 1)
    assert any(e.startswith("Decision date: this is before the interview") for e in errors(at))


def test_a_second_application_can_be_added_switched_to_and_removed() -> None:
    at = start(QUESTIONNAIRE)
    at.text_input(key="q_company").input("Northwind").run()

    at.button(key="q_add").click().run()
    assert at.text_input(key="q_company").value == ""
    at.text_input(key="q_company").input("Contoso").run()
    plan = at.session_state["plan"]
    assert [a.company for a in plan.applications] == ["Northwind", "Contoso"]

    at.selectbox(key="q_application").set_value(plan.applications[0].id).run()
    assert at.text_input(key="q_company").value == "Northwind"

    at.button(key="q_remove").click().run()
    assert [a.company for a in at.session_state["plan"].applications] == ["Contoso"]
    assert at.text_input(key="q_company").value == "Contoso"
    assert not at.exception
