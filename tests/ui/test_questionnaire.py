from datetime import date

from streamlit.testing.v1 import AppTest

from advisor import Plan, Signal, TimingAnswer
from tests.ui.apptest import HOME, QUESTIONNAIRE, TODAY, errors, show, start, texts
from ui.questionnaire_form import ALL_KEYS, STEP_KEY, STEPS


def test_a_fresh_questionnaire_defaults_the_interview_to_today_and_waits_for_a_company() -> None:
    at = start(QUESTIONNAIRE)

    assert show(at, "q_interview_date").date_input(key="q_interview_date").value == TODAY
    assert "Type the company's name" in texts(at)
    assert at.session_state["plan"] == Plan()


def test_a_fresh_questionnaire_flags_nothing_before_anything_is_typed() -> None:
    at = start(QUESTIONNAIRE)
    steps = at.get("button_group")[0].proto.options  # the row of steps

    assert errors(at) == []
    assert at.warning == []
    assert not any("⚠" in option.content for option in steps)


def test_clearing_the_company_once_saved_is_flagged_at_the_field() -> None:
    at = start(QUESTIONNAIRE)
    show(at, "q_company").text_input(key="q_company").input("Northwind").run()

    show(at, "q_company").text_input(key="q_company").input("").run()

    assert errors(at) == ["Company: this can't be empty"]
    assert len(at.warning) == 1


def test_filling_the_questionnaire_shows_the_interpretation() -> None:
    at = start(QUESTIONNAIRE)

    show(at, "q_company").text_input(key="q_company").input("Northwind").run()
    show(at, "q_timing").radio(key="q_timing").set_value(TimingAnswer.IN_TOUCH).run()
    show(at, "q_signals_good").pills(key="q_signals_good").select(Signal.REFERENCES_REQUESTED).run()
    show(at, "q_recruiter").checkbox(key="q_recruiter").check().run()

    shown = texts(at)
    assert not at.exception
    assert "What they said likely means" in shown
    assert "They are interested and checking details first" in shown
    assert "Expected decision window" in shown
    assert "Do this today" in shown
    assert "Ask the recruiter" in shown
    assert "Signals" in shown
    assert "They asked for references" in shown


def test_a_time_frame_is_read_into_dates() -> None:
    at = start(QUESTIONNAIRE)

    show(at, "q_company").text_input(key="q_company").input("Northwind").run()
    show(at, "q_timing").radio(key="q_timing").set_value(TimingAnswer.TIME_FRAME).run()
    show(at, "q_timing_phrase").text_input(key="q_timing_phrase").input(
        "within 10 business days"
    ).run()

    assert "They gave you a timeline" in texts(at)
    assert "Thu 19 Nov 2026" in texts(at)


def test_an_unreadable_time_frame_gets_a_message_at_the_field() -> None:
    at = start(QUESTIONNAIRE)
    show(at, "q_company").text_input(key="q_company").input("Northwind").run()

    show(at, "q_timing").radio(key="q_timing").set_value(TimingAnswer.TIME_FRAME).run()
    show(at, "q_timing_phrase").text_input(key="q_timing_phrase").input("when pigs fly").run()

    assert not at.exception
    assert any(e.startswith("Their words about timing: we could not read") for e in errors(at))


def test_bad_input_names_the_field_and_keeps_the_other_answers() -> None:
    at = start(QUESTIONNAIRE)
    show(at, "q_company").text_input(key="q_company").input("Northwind").run()
    show(at, "q_role").text_input(key="q_role").input("Analyst").run()

    show(at, "q_timing").radio(key="q_timing").set_value(TimingAnswer.DATE).run()
    show(at, "q_decision_date").date_input(key="q_decision_date").set_value(date(2026, 10, 1)).run()
    show(at, "q_company").text_input(key="q_company").input("").run()

    shown = errors(at)
    assert not at.exception
    assert "Company: this can't be empty" in shown
    assert any(e.startswith("Decision date: this is before the interview") for e in shown)
    saved = at.session_state["plan"].applications[0]
    assert (saved.company, saved.role) == ("Northwind", "Analyst")


def test_answers_survive_a_switch_to_another_page_and_back() -> None:
    at = start(QUESTIONNAIRE)
    show(at, "q_company").text_input(key="q_company").input("Northwind").run()
    show(at, "q_timing").radio(key="q_timing").set_value(TimingAnswer.NON_ANSWER).run()
    show(at, "q_signals_good").pills(key="q_signals_good").select(Signal.MET_THE_TEAM).run()
    show(at, "q_timing_phrase").text_input(key="q_timing_phrase").input(
        "we're still figuring it out"
    ).run()

    at.switch_page(HOME).run()
    assert "Northwind" in texts(at)
    at.switch_page(QUESTIONNAIRE).run()

    assert show(at, "q_company").text_input(key="q_company").value == "Northwind"
    assert show(at, "q_timing").radio(key="q_timing").value is TimingAnswer.NON_ANSWER
    assert show(at, "q_signals_good").pills(key="q_signals_good").value == [Signal.MET_THE_TEAM]
    assert (
        show(at, "q_timing_phrase").text_input(key="q_timing_phrase").value
        == "we're still figuring it out"
    )


def test_an_invalid_answer_also_survives_a_page_switch() -> None:
    at = start(QUESTIONNAIRE)
    show(at, "q_company").text_input(key="q_company").input("Northwind").run()
    show(at, "q_timing").radio(key="q_timing").set_value(TimingAnswer.DATE).run()
    show(at, "q_decision_date").date_input(key="q_decision_date").set_value(date(2026, 10, 1)).run()

    at.switch_page(HOME).run()
    at.switch_page(QUESTIONNAIRE).run()

    assert show(at, "q_decision_date").date_input(key="q_decision_date").value == date(2026, 10, 1)
    assert any(e.startswith("Decision date: this is before the interview") for e in errors(at))


def test_a_second_application_can_be_added_switched_to_and_removed() -> None:
    at = start(QUESTIONNAIRE)
    show(at, "q_company").text_input(key="q_company").input("Northwind").run()

    at.button(key="q_add").click().run()
    assert show(at, "q_company").text_input(key="q_company").value == ""
    show(at, "q_company").text_input(key="q_company").input("Contoso").run()
    plan = at.session_state["plan"]
    assert [a.company for a in plan.applications] == ["Northwind", "Contoso"]

    at.selectbox(key="q_application").set_value(plan.applications[0].id).run()
    assert show(at, "q_company").text_input(key="q_company").value == "Northwind"

    at.button(key="q_remove").click().run()
    assert [t.value for t in at.toast] == ["Application removed."]
    assert [a.company for a in at.session_state["plan"].applications] == ["Contoso"]
    assert show(at, "q_company").text_input(key="q_company").value == "Contoso"
    assert not at.exception


def test_a_company_typed_just_before_add_another_is_kept() -> None:
    at = start(QUESTIONNAIRE)

    # Typed and, in the same round trip, the button clicked (the field commits on blur).
    at.text_input(key="q_company").input("Northwind")
    at.button(key="q_add").click().run()

    assert [a.company for a in at.session_state["plan"].applications] == ["Northwind"]
    assert at.text_input(key="q_company").value == ""


def test_an_answer_typed_just_before_picking_another_application_is_kept() -> None:
    at = start(QUESTIONNAIRE)
    at.text_input(key="q_company").input("Northwind").run()
    at.button(key="q_add").click().run()
    at.text_input(key="q_company").input("Contoso").run()
    first = at.session_state["plan"].applications[0].id

    at.text_input(key="q_role").input("Analyst")
    at.selectbox(key="q_application").set_value(first).run()

    roles = {a.company: a.role for a in at.session_state["plan"].applications}
    assert roles == {"Northwind": "", "Contoso": "Analyst"}
    assert at.text_input(key="q_company").value == "Northwind"


def test_one_step_is_drawn_at_a_time_and_next_leads_through_all_of_them() -> None:
    at = start(QUESTIONNAIRE)
    seen = []
    for step in STEPS:
        assert at.segmented_control(key=STEP_KEY).value == step.name
        drawn = [key for key in ALL_KEYS if _drawn(at, key)]
        assert set(drawn) <= set(step.keys), (step.name, drawn)
        seen += drawn
        if step is not STEPS[-1]:
            at.button(key="q_next").click().run()
    assert not at.exception
    assert "See your follow-up timeline" in [link.label for link in at.get("page_link")]
    # Every answer has its step (the call-back and decision dates only when they apply).
    # (the chosen reading is kept with the answers, set by its pills rather than drawn itself)
    assert set(ALL_KEYS) - set(seen) == {"q_decision_date", "q_call_back_on", "q_reading_choice"}


def test_an_answer_that_needs_a_look_on_another_step_is_named_with_its_step() -> None:
    at = start(QUESTIONNAIRE)
    at.text_input(key="q_company").input("Northwind").run()
    show(at, "q_timing").radio(key="q_timing").set_value(TimingAnswer.DATE).run()
    at.date_input(key="q_decision_date").set_value(date(2026, 10, 1)).run()

    show(at, "q_company")

    assert any(
        e.startswith("Decision date: this is before the interview") and "(open 2 · Timing)" in e
        for e in errors(at)
    )
    assert "2 · Timing ⚠" in at.segmented_control(key=STEP_KEY).options
    assert "1 · Interview" in at.segmented_control(key=STEP_KEY).options


def test_signs_picked_in_both_groups_make_the_application_s_signals() -> None:
    at = start(QUESTIONNAIRE)
    at.text_input(key="q_company").input("Northwind").run()

    show(at, "q_signals_good").pills(key="q_signals_good").select(Signal.MET_THE_TEAM).run()
    at.pills(key="q_signals_less").select(Signal.SHORT_INTERVIEW).run()

    saved = at.session_state["plan"].applications[0]
    assert set(saved.signals) == {Signal.MET_THE_TEAM, Signal.SHORT_INTERVIEW}
    shown = texts(at)
    assert "I was introduced to team members" in shown
    assert "Much shorter than planned" in shown


def _drawn(at: AppTest, key: str) -> bool:
    try:
        at.get_by_key(key)
    except (KeyError, IndexError):
        return False
    return True


def _say(at: AppTest, words: str, *, country: str = "GB") -> AppTest:
    show(at, "q_company").text_input(key="q_company").input("Northwind").run()
    show(at, "q_country").selectbox(key="q_country").set_value(country).run()
    show(at, "q_timing").radio(key="q_timing").set_value(TimingAnswer.TIME_FRAME).run()
    at.text_input(key="q_timing_phrase").input(words).run()
    assert not at.exception, at.exception
    return at


def _unescaped(at: AppTest) -> str:
    return texts(at).replace("\\", "")


def test_the_words_read_are_shown_with_what_each_was_taken_to_mean() -> None:
    at = _say(start(QUESTIONNAIRE), "Great to meet you - we'll decide by Friday, maybe a bit after")

    shown = _unescaped(at)
    assert "How we read it" in shown
    assert "“by Friday” → a deadline of Fri 6 Nov" in shown
    assert "“maybe a bit after” → it may run over: up to Tue 10 Nov" in shown


def test_an_ambiguous_answer_offers_its_readings_and_one_tap_takes_another() -> None:
    at = _say(start(QUESTIONNAIRE), "by 04/03", country="CA")
    assert ":red-badge[:material/warning: Not sure]" in texts(at)
    assert "Until you choose" in texts(at)
    pills = at.pills(key="q_reading_pick")

    pills.set_value(pills.options[1]).run()

    application = at.session_state["plan"].applications[0]
    assert application.reading_choice is not None
    assert application.reading_choice.latest == date(2027, 4, 2)
    assert "You chose to read" in _unescaped(at)


def test_none_of_the_readings_switches_to_entering_the_date_in_one_tap() -> None:
    at = _say(start(QUESTIONNAIRE), "next Friday")

    at.button(key="q_pick_date").click().run()

    assert not at.exception
    assert at.radio(key="q_timing").value == TimingAnswer.DATE
    assert at.date_input(key="q_decision_date").value == date(2026, 11, 13)
    assert at.session_state["plan"].applications[0].timing is TimingAnswer.DATE


def test_a_sure_reading_offers_no_choice() -> None:
    at = _say(start(QUESTIONNAIRE), "within 10 business days")

    assert "How we read it" in _unescaped(at)
    assert "q_reading_pick" not in [p.key for p in at.pills]


def _glance(at: AppTest) -> str:
    """The reading in brief under the step: one paragraph."""
    return next(str(m.value) for m in at.markdown if "Today:" in m.value or "due today" in m.value)


def test_under_every_step_the_reading_in_brief_names_the_window_and_the_agendas_next_step() -> None:
    from advisor import interpret
    from advisor.agenda import agenda

    at = start(QUESTIONNAIRE)
    show(at, "q_company").text_input(key="q_company").input("Northwind").run()
    show(at, "q_timing").radio(key="q_timing").set_value(TimingAnswer.IN_TOUCH).run()

    plan = at.session_state["plan"]
    application = plan.applications[0]
    headline = interpret(application=application, today=TODAY).headline
    action = agenda(plan=plan, today=TODAY).next_for(application.id)
    assert action is not None
    for step in STEPS:
        at.segmented_control(key=STEP_KEY).set_value(step.name).run()
        brief = _glance(at).replace("\\", "")
        assert brief.startswith(f"**{headline}**")
        assert action.title in brief


def test_before_a_company_is_named_the_step_says_where_the_reading_will_appear() -> None:
    at = start(QUESTIONNAIRE)

    assert "Your reading appears here once the company is named." in texts(at)


def test_a_region_is_offered_for_a_country_that_has_them_and_counts_its_holidays() -> None:
    at = start(QUESTIONNAIRE)
    show(at, "q_company").text_input(key="q_company").input("Northwind").run()

    show(at, "q_country").selectbox(key="q_country").set_value("CA").run()
    region = at.selectbox(key="q_region")
    assert region.options[0] == "The whole country"
    assert "Ontario" in region.options
    region.set_value("ON").run()

    saved = at.session_state["plan"].applications[0]
    assert (saved.country, saved.region, saved.place) == ("CA", "ON", "CA-ON")
    assert "In Ontario, employers with 25 or more staff" in texts(at)


def test_changing_the_country_drops_a_region_it_does_not_have() -> None:
    at = start(QUESTIONNAIRE)
    show(at, "q_company").text_input(key="q_company").input("Northwind").run()
    show(at, "q_country").selectbox(key="q_country").set_value("CA").run()
    at.selectbox(key="q_region").set_value("BC").run()

    at.selectbox(key="q_country").set_value("DE").run()

    assert at.session_state["plan"].applications[0].region == ""
    assert at.selectbox(key="q_region").value == ""
    assert "Baden-Württemberg" in at.selectbox(key="q_region").options
    assert errors(at) == []


def test_a_country_without_regions_shows_no_region_picker() -> None:
    at = start(QUESTIONNAIRE)
    show(at, "q_company").text_input(key="q_company").input("Northwind").run()

    show(at, "q_country").selectbox(key="q_country").set_value("IL").run()

    assert not any(box.key == "q_region" for box in at.selectbox)
    assert at.session_state["plan"].applications[0].place == "IL"


def test_date_fields_follow_the_way_the_applications_country_writes_dates() -> None:
    at = start(QUESTIONNAIRE)
    show(at, "q_company").text_input(key="q_company").input("Northwind").run()
    date_field = show(at, "q_interview_date").date_input(key="q_interview_date")
    assert date_field.proto.format == "MM/DD/YYYY"  # a browser that names no country: the US

    show(at, "q_country").selectbox(key="q_country").set_value("GB").run()

    assert show(at, "q_interview_date").date_input(key="q_interview_date").proto.format == (
        "DD/MM/YYYY"
    )


def test_the_window_card_cites_every_source_its_delays_quote() -> None:
    from advisor import interpret

    at = start(QUESTIONNAIRE)
    show(at, "q_company").text_input(key="q_company").input("Northwind").run()
    show(at, "q_country").selectbox(key="q_country").set_value("CA").run()
    at.selectbox(key="q_region").set_value("ON").run()

    application = at.session_state["plan"].applications[0]
    reading = interpret(application=application, today=TODAY)
    captions = " ".join(str(c.value) for c in at.caption)
    for reason in reading.delay_reasons:
        assert reason.source.citation in captions
