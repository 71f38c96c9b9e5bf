from datetime import date

import pytest

from advisor import Likelihood, ReadingKind, Signal, Source, interpret
from advisor.events import Event, EventKind
from tests.advisor.factories import MONDAY, an_application


def _order(**overrides: object) -> list[ReadingKind]:
    interpretation = interpret(application=an_application(**overrides), today=MONDAY)
    return [reading.kind for reading in interpretation.readings]


def test_we_will_be_in_touch_gets_all_three_readings_from_the_article() -> None:
    interpretation = interpret(application=an_application(timing="in_touch"), today=MONDAY)

    assert {r.kind for r in interpretation.readings} == set(ReadingKind)
    assert all(r.source is Source.WE_WILL_BE_IN_TOUCH for r in interpretation.readings)
    assert interpretation.readings[0].likelihood is Likelihood.MOST_LIKELY


@pytest.mark.parametrize(
    ("signals", "round_", "first"),
    [
        ([], "first", ReadingKind.STILL_DECIDING),
        (["references_requested"], "final", ReadingKind.VERIFYING),
        (
            ["short_interview", "distracted_interviewer", "few_questions_about_you"],
            "second",
            ReadingKind.SOFT_NO,
        ),
        (["met_the_team", "next_steps_discussed"], "final", ReadingKind.VERIFYING),
        (["long_and_detailed", "short_interview"], "first", ReadingKind.STILL_DECIDING),
    ],
)
def test_signals_weigh_the_readings(signals: list[str], round_: str, first: ReadingKind) -> None:
    assert _order(timing="in_touch", signals=signals, round=round_)[0] is first


def test_positive_signals_make_a_soft_no_less_likely() -> None:
    interpretation = interpret(
        application=an_application(
            timing="in_touch", signals=["long_and_detailed", "ran_over_time"]
        ),
        today=MONDAY,
    )

    soft_no = next(r for r in interpretation.readings if r.kind is ReadingKind.SOFT_NO)
    assert soft_no.likelihood is Likelihood.LESS_LIKELY
    assert "against it: 2 positive sign(s)" in " ".join(soft_no.because)


def test_a_stated_timeline_has_no_readings_and_says_it_is_a_good_sign() -> None:
    interpretation = interpret(
        application=an_application(timing="time_frame", timing_phrase="in two weeks"), today=MONDAY
    )

    assert interpretation.readings == ()
    assert interpretation.headline.startswith("They gave you a timeline")
    assert {s.source for s in interpretation.meaning} == {
        Source.WE_WILL_BE_IN_TOUCH,
        Source.ASK_OFFER,
    }


@pytest.mark.parametrize(
    ("overrides", "expected_title", "source"),
    [
        ({"timing": "did_not_ask"}, "Ask about their timeline in the thank-you", Source.ASK_OFFER),
        ({"timing": "non_answer"}, "Ask whether you may check in later", Source.ASK_OFFER),
        ({"no_calls": True}, "Follow up in writing, not by phone", Source.FOLLOW_UP_SERIES),
        (
            {"call_back_on": date(2026, 11, 12)},
            "They asked you to call back on Thu 12 Nov",
            Source.FOLLOW_UP_SERIES,
        ),
    ],
)
def test_tips_follow_the_situation(
    overrides: dict[str, object], expected_title: str, source: Source
) -> None:
    tips = interpret(application=an_application(**overrides), today=MONDAY).tips

    match = [tip for tip in tips if tip.title == expected_title]
    assert match, [tip.title for tip in tips]
    assert match[0].source is source


def test_no_calls_with_an_email_invitation_means_email() -> None:
    tips = interpret(
        application=an_application(no_calls=True, email_invited=True), today=MONDAY
    ).tips

    assert any("will be an email" in tip.detail for tip in tips)


@pytest.mark.parametrize(
    ("event", "fragment"),
    [
        (Event(kind=EventKind.REJECTED, on=date(2026, 11, 4)), "it is a no"),
        (Event(kind=EventKind.OFFER, on=date(2026, 11, 4)), "made you an offer"),
    ],
)
def test_once_they_have_answered_the_reading_is_about_the_answer(
    event: Event, fragment: str
) -> None:
    # [E]'s three readings of "we will be in touch" no longer apply once the answer is known.
    application = an_application(timing="in_touch", events=[event])

    interpretation = interpret(application=application, today=date(2026, 11, 4))

    assert fragment in interpretation.headline
    assert "still deciding" not in interpretation.headline.lower()
    assert interpretation.readings == ()
    assert interpretation.outcome is event.kind
    assert all(s.source is Source.FOLLOW_UP_SERIES for s in interpretation.meaning)


@pytest.mark.parametrize(
    ("overrides", "fragment", "source"),
    [
        ({"company_size": "large"}, "approval layers", Source.WE_WILL_BE_IN_TOUCH),
        ({"round": "screen"}, "about 8 days for a phone interview", Source.GLASSDOOR_2015),
        (
            {"signals": ["references_requested"]},
            "Reference and background checks",
            Source.WE_WILL_BE_IN_TOUCH,
        ),
        ({"industry": "government"}, "53.8 days", Source.GLASSDOOR_2017),
        ({"timing": "in_touch"}, "another candidate's answer", Source.WHEN_TO_FOLLOW_UP),
        ({"interview_date": date(2026, 12, 10)}, "Late December", Source.OUR_READING),
        ({"country": "CA", "region": "ON"}, "within 45 days", Source.ONTARIO_2026),
    ],
)
def test_likely_reasons_for_delay_are_named_with_their_source(
    overrides: dict[str, object], fragment: str, source: Source
) -> None:
    reasons = interpret(application=an_application(**overrides), today=MONDAY).delay_reasons

    assert any(fragment in r.text and r.source is source for r in reasons), [
        r.text for r in reasons
    ]


def test_a_calm_second_round_in_a_medium_company_has_no_invented_delays() -> None:
    application = an_application(
        round="second", company_size="medium", timing="date", decision_date=MONDAY
    )

    assert interpret(application=application, today=MONDAY).delay_reasons == ()


def test_every_statement_names_a_source_and_no_percentage_is_invented() -> None:
    application = an_application(
        timing="in_touch",
        signals=list(Signal),
        recruiter=True,
        company_size="large",
        industry="health",
    )

    interpretation = interpret(application=application, today=MONDAY)

    texts = [s.text for s in (*interpretation.meaning, *interpretation.delay_reasons)]
    texts += [t.detail for t in interpretation.tips] + [n.meaning for n in interpretation.signals]
    percent_texts = [t for t in texts if "%" in t]
    assert percent_texts == []
    assert all(n.source is Source.ACCOUNTEMPS_2017 for n in interpretation.today_notes)


@pytest.mark.parametrize(
    ("country", "region", "shown"),
    [("CA", "ON", True), ("CA", "BC", False), ("CA", "", False), ("US", "", False)],
)
def test_ontarios_45_day_rule_is_shown_only_for_a_job_in_ontario(
    country: str, region: str, shown: bool
) -> None:
    application = an_application(country=country, region=region, interview_date=date(2026, 3, 2))

    reasons = interpret(application=application, today=date(2026, 3, 2)).delay_reasons

    assert any(r.source is Source.ONTARIO_2026 for r in reasons) is shown
