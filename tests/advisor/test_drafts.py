import re
from collections.abc import Mapping
from datetime import date
from typing import Any

import pytest

from advisor import Application
from advisor.drafts import DRAFTED_STEPS, Draft, draft_for, render_template
from advisor.events import Channel, Event, EventKind, StepKind
from advisor.schedule import FollowUpStep, follow_up_schedule
from advisor.windows import expected_window
from tests.advisor.factories import TODAY, an_application

STATED_DATE = date(2026, 11, 13)
OFFER_DEADLINE = date(2026, 11, 12)

SCENARIOS: dict[str, dict[str, Any]] = {
    "calls allowed": {},
    "email invited": {"email_invited": True},
    "no calls": {"no_calls": True},
    "no calls, email invited": {"no_calls": True, "email_invited": True},
    "asked to call back": {"email_invited": True, "call_back_on": date(2026, 11, 10)},
    "recruiter": {"recruiter": True},
    "noncommittal answer": {"events": [Event(kind=EventKind.NONCOMMITTAL, on=TODAY)]},
    "rejected": {"events": [Event(kind=EventKind.REJECTED, on=TODAY)]},
    "offer": {"events": [Event(kind=EventKind.OFFER, on=TODAY, offer_deadline=OFFER_DEADLINE)]},
    "offer without deadline": {"events": [Event(kind=EventKind.OFFER, on=TODAY)]},
}

# Every step kind and channel the schedule can plan, with a case that plans it.
DRAFTED = [
    (StepKind.THANK_YOU, Channel.EMAIL, "calls allowed"),
    (StepKind.RECRUITER_CHECK_IN, Channel.RECRUITER, "recruiter"),
    (StepKind.FIRST_FOLLOW_UP, Channel.CALL, "calls allowed"),
    (StepKind.FIRST_FOLLOW_UP, Channel.EMAIL, "email invited"),
    (StepKind.FIRST_FOLLOW_UP, Channel.WRITTEN_NOTE, "no calls"),
    (StepKind.WRITTEN_NOTE, Channel.EMAIL, "asked to call back"),
    (StepKind.WRITTEN_NOTE, Channel.WRITTEN_NOTE, "calls allowed"),
    (StepKind.SECOND_FOLLOW_UP, Channel.CALL, "calls allowed"),
    (StepKind.SECOND_FOLLOW_UP, Channel.EMAIL, "no calls, email invited"),
    (StepKind.SECOND_FOLLOW_UP, Channel.WRITTEN_NOTE, "no calls"),
    (StepKind.MOVE_ON, Channel.DECISION, "calls allowed"),
    (StepKind.REJECTION_THANK_YOU, Channel.EMAIL, "rejected"),
    (StepKind.CONNECT_AFTER_DECISION, Channel.LINKEDIN, "rejected"),
    (StepKind.OFFER_DECISION, Channel.DECISION, "offer"),
]
SPOKEN_OR_PAPER = {Channel.CALL, Channel.WRITTEN_NOTE, Channel.LINKEDIN}
RTL_NAME = "\u200fדנה כהן\u200f {interviewer}"
HOSTILE: dict[str, Any] = {
    "company": "{role} $company <script>alert(1)</script> [x](javascript:alert(1))",
    "role": "Data 🧪 Analyst ${name}",
    "interviewer": {"name": RTL_NAME},
    "topic": "the $$ budget {0} %s and ${strength}",
    "strength": "ten years of SQL 🚀 $topic",
}


def a_full_application(**overrides: Any) -> Application:
    details: dict[str, Any] = {
        "interviewer": {"name": "Dana Reyes"},
        "topic": "the data migration project",
        "strength": "ten years of SQL",
    }
    return an_application(**(details | overrides))


def step_of(application: Application, kind: StepKind) -> FollowUpStep:
    steps = follow_up_schedule(application=application, today=TODAY).steps
    return next(step for step in steps if step.kind is kind)


def draft_of(application: Application, kind: StepKind, candidate_name: str = "Jan Novak") -> Draft:
    step = step_of(application, kind)
    return draft_for(step=step, application=application, candidate_name=candidate_name)


def full_text(draft: Draft) -> str:
    return f"{draft.subject or ''}\n{draft.body}"


def paragraphs(draft: Draft) -> list[str]:
    return draft.body.split("\n\n")


def test_the_table_covers_every_step_kind_and_channel_that_has_a_draft() -> None:
    assert {(kind, channel) for kind, channel, _ in DRAFTED} == DRAFTED_STEPS
    # The offer stage's two steps take their words from advisor.offer_scripts.
    offer_stage = {StepKind.TELL_ABOUT_OFFER, StepKind.ASK_FOR_MORE_TIME}
    assert {kind for kind, _ in DRAFTED_STEPS} == set(StepKind) - offer_stage


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_step_the_schedule_plans_can_be_drafted(scenario: str) -> None:
    application = a_full_application(**SCENARIOS[scenario])

    steps = follow_up_schedule(application=application, today=TODAY).steps

    assert {(step.kind, step.channel) for step in steps} <= DRAFTED_STEPS


@pytest.mark.parametrize(("kind", "channel", "scenario"), DRAFTED)
def test_each_draft_names_the_company_and_leaves_no_placeholder(
    kind: StepKind, channel: Channel, scenario: str
) -> None:
    application = a_full_application(**SCENARIOS[scenario])
    step = step_of(application, kind)

    draft = draft_for(step=step, application=application, candidate_name="Jan Novak")

    assert (draft.kind, draft.channel) == (kind, channel)
    assert "Northwind" in draft.body
    assert not re.search(r"\$|\{|\}|\[", full_text(draft))
    assert draft.title
    assert (draft.subject is None) == (channel in SPOKEN_OR_PAPER)


@pytest.mark.parametrize(
    ("kind", "channel"),
    [
        (StepKind.FIRST_FOLLOW_UP, Channel.LINKEDIN),
        (StepKind.THANK_YOU, Channel.CALL),
        (StepKind.MOVE_ON, Channel.EMAIL),
        (StepKind.OFFER_DECISION, Channel.RECRUITER),
    ],
)
def test_a_step_by_a_channel_the_schedule_never_uses_has_no_draft(
    kind: StepKind, channel: Channel
) -> None:
    application = a_full_application()
    step = step_of(application, StepKind.FIRST_FOLLOW_UP).model_copy(
        update={"kind": kind, "channel": channel}
    )

    with pytest.raises(ValueError, match=f"no draft for a {kind.value} step by {channel.value}"):
        draft_for(step=step, application=application, candidate_name="Jan")


@pytest.mark.parametrize(
    ("timing", "said"),
    [
        (
            {"timing": "date", "decision_date": STATED_DATE},
            "you expected to reach a decision by Friday, November 13",
        ),
        (
            {"timing": "date", "decision_date": date(2026, 11, 14)},
            "you expected to reach a decision by Saturday, November 14",
        ),
        (
            {"timing": "time_frame", "timing_phrase": "within two weeks"},
            "you mentioned “within two weeks” about timing",
        ),
        (
            {"timing": "time_frame", "timing_phrase": "after the holidays"},
            "you mentioned “after the holidays” about timing",
        ),
        ({"timing": "in_touch"}, None),
        ({"timing": "non_answer"}, None),
        ({"timing": "did_not_ask"}, None),
    ],
)
def test_the_call_script_quotes_what_they_said_about_timing_and_never_a_worked_out_date(
    timing: dict[str, Any], said: str | None
) -> None:
    # [C]: a call names you, the position, when you interviewed and the date they gave; a
    # phrase is quoted as said, as the app's reading of it is not theirs.
    application = a_full_application(**timing)

    draft = draft_of(application, StepKind.FIRST_FOLLOW_UP)

    assert draft.title == "Call and voicemail script"
    assert draft.body.startswith("Hello Dana Reyes, this is Jan Novak.")
    assert "the Analyst role at Northwind" in draft.body
    assert "Monday, November 2" in draft.body
    if said is None:
        assert "When we met" not in draft.body
    else:
        assert f"When we met, {said}, so I'm calling" in draft.body
    if timing["timing"] == "time_frame":
        latest = expected_window(application=application).latest
        assert f"{latest:%B}" not in draft.body.split("When we met")[1]
    assert "voicemail" in draft.body


def test_what_is_said_on_a_call_fits_half_a_minute() -> None:
    # About 150 words a minute when speaking calmly: 75 words, the voicemail note aside.
    application = a_full_application(timing="date", decision_date=STATED_DATE)

    for kind in (StepKind.FIRST_FOLLOW_UP, StepKind.SECOND_FOLLOW_UP):
        spoken = draft_of(application, kind).body.split("\n\n(If you reach voicemail")[0]
        assert len(spoken.split()) <= 75, (kind, len(spoken.split()))


def test_a_call_never_says_again_since_it_may_be_the_first_call() -> None:
    application = a_full_application()

    for kind in (StepKind.FIRST_FOLLOW_UP, StepKind.SECOND_FOLLOW_UP):
        assert " again." not in draft_of(application, kind).body.split("\n")[0]


@pytest.mark.parametrize(("timing", "asks"), [("did_not_ask", True), ("in_touch", False)])
def test_the_thank_you_asks_about_their_timeline_when_it_was_not_asked(
    timing: str, asks: bool
) -> None:
    # [A][B]: ask when they will decide and how they will let you know.
    draft = draft_of(a_full_application(timing=timing), StepKind.THANK_YOU)

    assert ("when you expect to decide" in draft.body) is asks


def test_the_follow_up_email_thanks_mentions_topic_and_strength_and_ends_with_a_question() -> None:
    application = a_full_application(email_invited=True)

    draft = draft_of(application, StepKind.FIRST_FOLLOW_UP)

    *message, sign_off = paragraphs(draft)
    assert draft.subject == "Following up on the Analyst role at Northwind"
    assert "Thank you" in draft.body
    assert "enthusiastic" in draft.body
    assert "the data migration project" in draft.body
    assert "ten years of SQL" in draft.body
    assert message[-1].endswith("?")
    assert "next steps" in message[-1]
    assert sign_off == "Kind regards,\nJan Novak"


@pytest.mark.parametrize(
    ("offer", "asks"),
    [
        (Event(kind=EventKind.OFFER, on=TODAY, offer_deadline=OFFER_DEADLINE), "November 12"),
        (Event(kind=EventKind.OFFER, on=TODAY), "by when you would like my answer?"),
    ],
)
def test_the_offer_reply_thanks_them_and_asks_to_confirm_the_deadline(
    offer: Event, asks: str
) -> None:
    application = a_full_application(events=[offer])

    draft = draft_of(application, StepKind.OFFER_DECISION)

    assert "Thank you very much for offering me the Analyst role at Northwind" in draft.body
    assert asks in draft.body


def test_the_move_on_message_says_other_opportunities_without_frustration() -> None:
    application = a_full_application()

    draft = draft_of(application, StepKind.MOVE_ON)

    assert "still interested" in draft.body
    assert "other opportunities" in draft.body
    assert "before I move on" in draft.body
    for sour in ("disappoint", "frustrat", "still haven't", "no reply", "ignored", "unfortunately"):
        assert sour not in draft.body.lower()


def test_the_rejection_thank_you_asks_to_be_kept_in_mind_for_other_openings() -> None:
    application = a_full_application(events=[Event(kind=EventKind.REJECTED, on=TODAY)])

    draft = draft_of(application, StepKind.REJECTION_THANK_YOU)

    assert draft.body.startswith("Dear Dana Reyes,\n\nThank you")
    assert "keep me in mind for other openings" in draft.body
    assert "still very interested" in draft.body


def test_the_linkedin_note_fits_a_connection_request() -> None:
    application = a_full_application(events=[Event(kind=EventKind.REJECTED, on=TODAY)])

    draft = draft_of(application, StepKind.CONNECT_AFTER_DECISION)

    assert len(draft.body) <= 300
    assert draft.body.startswith("Hello Dana Reyes, thank you again")


@pytest.mark.parametrize(("kind", "channel", "scenario"), DRAFTED)
def test_missing_interviewer_topic_and_strength_leave_no_holes(
    kind: StepKind, channel: Channel, scenario: str
) -> None:
    application = an_application(role="", **SCENARIOS[scenario])

    draft = draft_of(application, kind)

    text = full_text(draft)
    assert draft.body.startswith("Hello")
    assert "Dear" not in text
    assert "the role" in text
    assert not re.search(r"\[|\]|\$|  | [.,;?]|\.\.|,\.|\.,|about \.|^ | $", text, re.MULTILINE)
    assert all(paragraph.strip() for paragraph in paragraphs(draft))


def test_without_a_name_the_draft_is_signed_with_a_prompt() -> None:
    application = a_full_application()

    draft = draft_of(application, StepKind.THANK_YOU, candidate_name="  ")

    assert draft.body.endswith("Kind regards,\n[your name]")


@pytest.mark.parametrize(("kind", "channel", "scenario"), DRAFTED)
def test_user_text_comes_out_literally_never_interpreted(
    kind: StepKind, channel: Channel, scenario: str
) -> None:
    application = an_application(**(HOSTILE | SCENARIOS[scenario]))
    name = "Zoë $name {company} 👋"

    draft = draft_of(application, kind, candidate_name=name)

    assert HOSTILE["company"] in draft.body
    assert name in draft.body
    assert RTL_NAME in draft.body
    assert "the Data 🧪 Analyst ${name} role" in full_text(draft)


def test_the_follow_up_email_keeps_hostile_topic_and_strength_as_typed() -> None:
    application = an_application(**(HOSTILE | {"email_invited": True}))

    draft = draft_of(application, StepKind.FIRST_FOLLOW_UP)

    assert HOSTILE["topic"] in draft.body
    assert HOSTILE["strength"] in draft.body
    assert draft.subject == f"Following up on the {HOSTILE['role']} role at {HOSTILE['company']}"


@pytest.mark.parametrize(
    ("template", "context", "expected"),
    [
        ("Hello $name,", {"name": "Jan"}, "Hello Jan,"),
        ("${name}'s note", {"name": "Jan"}, "Jan's note"),
        ("At $company", {"company": "$company {role}"}, "At $company {role}"),
        ("At $company", {"company": "${x} $$ {0!r}"}, "At ${x} $$ {0!r}"),
        ("Costs $$5 for $name", {"name": "Jan"}, "Costs $5 for Jan"),
        ("No placeholders {here}", {}, "No placeholders {here}"),
    ],
)
def test_render_template_fills_placeholders_and_inserts_values_verbatim(
    template: str, context: Mapping[str, str], expected: str
) -> None:
    assert render_template(template=template, context=context) == expected


@pytest.mark.parametrize(
    ("template", "context", "missing"),
    [
        ("Hello $name,", {}, "name"),
        ("At ${company}", {"name": "Jan"}, "company"),
        ("$name about $topic", {"name": "Jan"}, "topic"),
    ],
)
def test_render_template_raises_key_error_naming_a_missing_placeholder(
    template: str, context: Mapping[str, str], missing: str
) -> None:
    with pytest.raises(KeyError, match=rf"\${missing}"):
        render_template(template=template, context=context)
