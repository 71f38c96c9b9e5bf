import re
from datetime import date
from typing import Any

import pytest

from advisor import Application
from advisor.offer_scripts import Script, ScriptKind, offer_script
from advisor.offers import Offer, offer_of, record_offer
from tests.advisor.factories import TODAY, an_application

DEADLINE = date(2026, 11, 10)  # a Tuesday
EXTENSION = date(2026, 11, 13)  # a Friday

RTL_NAME = "\u200fדנה כהן\u200f {interviewer}"
HOSTILE: dict[str, Any] = {
    "company": "{role} $company <script>alert(1)</script> [x](javascript:alert(1))",
    "role": "Data 🧪 Analyst ${name} **bold**",
    "interviewer": {"name": RTL_NAME},
}
HOSTILE_NAME = "Zoë $name {company} 👋"


def the_offering_employer(**overrides: Any) -> Application:
    details: dict[str, Any] = {
        "company": "Northwind",
        "role": "Analyst",
        "interviewer": {"name": "Sam Ortiz"},
    }
    return an_application(**(details | overrides))


def the_first_choice(**overrides: Any) -> Application:
    details: dict[str, Any] = {
        "company": "Contoso",
        "role": "Designer",
        "interviewer": {"name": "Dana Levi"},
    }
    return an_application(**(details | overrides))


def with_offer(application: Application, deadline: date | None = DEADLINE) -> Offer:
    held = record_offer(application=application, received_on=TODAY, deadline=deadline, today=TODAY)
    offer = offer_of(held)
    assert offer is not None
    return offer


def script_of(
    kind: ScriptKind,
    *,
    offer_from: Application | None = None,
    first_choice: Application | None = None,
    deadline: date | None = DEADLINE,
    candidate_name: str = "Jan Novak",
) -> Script:
    offering = offer_from or the_offering_employer()
    return offer_script(
        kind=kind,
        offer_from=offering,
        offer=with_offer(offering, deadline),
        first_choice=first_choice or the_first_choice(),
        extension_to=EXTENSION,
        candidate_name=candidate_name,
    )


def full_text(script: Script) -> str:
    return f"{script.to}\n{script.subject}\n{script.body}"


def paragraphs(script: Script) -> list[str]:
    return script.body.split("\n\n")


@pytest.mark.parametrize(
    ("kind", "label"),
    [
        (ScriptKind.TO_FIRST_CHOICE, "To your first choice"),
        (ScriptKind.ASK_EXTENSION, "Ask for a little more time"),
        (ScriptKind.ACCEPT, "Accept the offer"),
        (ScriptKind.DECLINE, "Decline, and keep the door open"),
    ],
)
def test_each_kind_of_script_has_a_label(kind: ScriptKind, label: str) -> None:
    assert kind.label == label


# Who each script goes to, and what it must say about that employer's job.
ADDRESSED = [
    (ScriptKind.TO_FIRST_CHOICE, "Dana Levi at Contoso", "the Designer role at Contoso"),
    (ScriptKind.ASK_EXTENSION, "Sam Ortiz at Northwind", "the Analyst role at Northwind"),
    (ScriptKind.ACCEPT, "Sam Ortiz at Northwind", "the Analyst role at Northwind"),
    (ScriptKind.DECLINE, "Sam Ortiz at Northwind", "the Analyst role at Northwind"),
]


def test_the_table_covers_every_kind() -> None:
    assert {kind for kind, _, _ in ADDRESSED} == set(ScriptKind)


@pytest.mark.parametrize(("kind", "to", "position"), ADDRESSED)
def test_each_script_is_addressed_filled_in_and_signed(
    kind: ScriptKind, to: str, position: str
) -> None:
    script = script_of(kind)

    interviewer = to.split(" at ")[0]
    assert script.kind is kind
    assert script.title
    assert script.to == to
    assert script.body.startswith(f"Dear {interviewer},\n\n")
    assert position in script.body
    assert position in script.subject
    assert paragraphs(script)[-1].endswith("\nJan Novak")
    assert not re.search(r"\$|\{|\}|\[|\]", full_text(script))
    assert not re.search(r"  | [.,;?]|\.\.|,\.|\.,", script.body)


def test_the_first_choice_hears_of_the_offer_and_its_deadline_and_is_asked_about_timing() -> None:
    script = script_of(ScriptKind.TO_FIRST_CHOICE)

    *message, _ = paragraphs(script)
    assert "still very interested in the Designer role at Contoso" in script.body
    assert "Monday, November 2" in script.body
    assert "offer from another employer" in script.body
    assert "answer by Tuesday, November 10" in script.body
    asking = next(paragraph for paragraph in message if "timeline" in paragraph)
    assert asking.endswith(
        "could you share where you are in your decision, or what your timeline looks like?"
    )
    assert message[-1].startswith("Thank you")


def test_the_first_choice_script_never_names_the_employer_that_made_the_offer() -> None:
    offering = the_offering_employer(
        company="Fabrikam Ltd", role="Engineer", interviewer={"name": "Kim Park"}
    )

    script = script_of(ScriptKind.TO_FIRST_CHOICE, offer_from=offering)

    for said_by_the_offer in ("Fabrikam", "Engineer", "Kim Park"):
        assert said_by_the_offer not in full_text(script)


def test_the_first_choice_script_sets_no_ultimatum() -> None:
    script = script_of(ScriptKind.TO_FIRST_CHOICE)

    text = script.body.lower()
    for pressure in ("unless", "ultimatum", "must", "or else", "otherwise", "need to know by"):
        assert pressure not in text
    assert "don't want to rush you" in text


def test_with_no_deadline_given_the_first_choice_hears_within_the_next_few_days() -> None:
    assert with_offer(the_offering_employer(), deadline=None).deadline == date(2026, 11, 9)

    script = script_of(ScriptKind.TO_FIRST_CHOICE, deadline=None)

    assert "answer within the next few days" in script.body
    assert "Monday, November 9" not in script.body  # the assumed deadline: ours, not theirs


def test_the_extension_request_names_the_new_date_and_the_deadline_and_accepts_a_no() -> None:
    script = script_of(ScriptKind.ASK_EXTENSION)

    assert script.body.startswith("Dear Sam Ortiz,\n\nThank you again for offering me")
    assert "enthusiastic about the offer" in script.body
    assert "the care it deserves" in script.body
    assert "my answer by Friday, November 13 rather than Tuesday, November 10?" in script.body
    assert "I will understand if" in script.body


def test_with_no_deadline_given_the_extension_request_does_not_quote_our_assumed_one() -> None:
    script = script_of(ScriptKind.ASK_EXTENSION, deadline=None)

    assert "my answer by Friday, November 13?" in script.body
    assert "Monday, November 9" not in script.body  # the assumed deadline: ours, not theirs


def test_the_acceptance_accepts_and_asks_for_the_written_offer_start_date_and_next_steps() -> None:
    script = script_of(ScriptKind.ACCEPT)

    assert "I'm delighted to accept." in script.body
    assert "written offer" in script.body
    assert "start date" in script.body
    assert "next steps?" in script.body


def test_the_decline_is_gracious_gives_no_reasons_and_keeps_the_door_open() -> None:
    script = script_of(ScriptKind.DECLINE)

    assert "Thank you very much for offering me" in script.body
    assert "decided not to accept the offer" in script.body
    assert "stay in touch" in script.body
    assert "considered for a future opening" in script.body
    for reason in ("because", "salary", "another offer", "other offer", "unfortunately"):
        assert reason not in script.body.lower()


@pytest.mark.parametrize("kind", list(ScriptKind))
def test_without_interviewer_or_role_the_script_greets_plainly_and_leaves_no_holes(
    kind: ScriptKind,
) -> None:
    offering = the_offering_employer(role="", interviewer={})
    first = the_first_choice(role="", interviewer={})

    script = script_of(kind, offer_from=offering, first_choice=first)

    assert script.to in ("Northwind", "Contoso")
    assert script.body.startswith("Hello,\n\n")
    assert "Dear" not in script.body
    assert "the role at" in script.body
    assert not re.search(r"\$|\[|\]|  | [.,;?]|\.\.|,\.|\.,|^ | $", full_text(script), re.M)
    assert all(paragraph.strip() for paragraph in paragraphs(script))


@pytest.mark.parametrize("kind", list(ScriptKind))
def test_without_a_name_the_script_is_signed_with_a_prompt(kind: ScriptKind) -> None:
    script = script_of(kind, candidate_name="  ")

    assert script.body.endswith("\n[your name]")


@pytest.mark.parametrize("kind", list(ScriptKind))
def test_user_text_comes_out_literally_never_interpreted(kind: ScriptKind) -> None:
    offering = an_application(**HOSTILE)
    first = an_application(**(HOSTILE | {"company": f"First {HOSTILE['company']}"}))

    script = script_of(kind, offer_from=offering, first_choice=first, candidate_name=HOSTILE_NAME)

    company = first.company if kind is ScriptKind.TO_FIRST_CHOICE else offering.company
    position = f"the {HOSTILE['role']} role at {company}"
    assert script.to == f"{RTL_NAME} at {company}"
    assert script.body.startswith(f"Dear {RTL_NAME},")
    assert position in script.body
    assert script.body.endswith(f"\n{HOSTILE_NAME}")
    leftover = full_text(script)
    for typed in (company, HOSTILE["role"], RTL_NAME, HOSTILE_NAME):
        leftover = leftover.replace(typed, "")
    assert "$" not in leftover
    assert "{" not in leftover


@pytest.mark.parametrize(
    ("kind", "first_choice", "extension_to", "message"),
    [
        (ScriptKind.TO_FIRST_CHOICE, None, EXTENSION, "needs your first choice"),
        (ScriptKind.TO_FIRST_CHOICE, "the offering employer", None, "made the offer"),
        (ScriptKind.ASK_EXTENSION, None, None, "needs the date you would like to answer by"),
        (ScriptKind.ASK_EXTENSION, None, DEADLINE, "must be after the deadline"),
        (ScriptKind.ASK_EXTENSION, None, date(2026, 11, 5), r"\(Thursday, November 5\) must"),
    ],
)
def test_a_script_missing_what_it_needs_is_refused(
    kind: ScriptKind, first_choice: str | None, extension_to: date | None, message: str
) -> None:
    offering = the_offering_employer()
    first = offering if first_choice else None

    with pytest.raises(ValueError, match=message):
        offer_script(
            kind=kind,
            offer_from=offering,
            offer=with_offer(offering),
            first_choice=first,
            extension_to=extension_to,
            candidate_name="Jan",
        )


@pytest.mark.parametrize("kind", list(ScriptKind))
def test_an_offer_from_another_application_is_refused(kind: ScriptKind) -> None:
    offering = the_offering_employer()

    with pytest.raises(ValueError, match="the offer belongs to another application"):
        offer_script(
            kind=kind,
            offer_from=offering,
            offer=with_offer(the_first_choice()),
            first_choice=the_first_choice(),
            extension_to=EXTENSION,
            candidate_name="Jan",
        )
