from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from advisor import FIELD_LABELS, Application, Signal, apply_form
from tests.advisor.factories import MONDAY, TODAY, an_application


def test_a_new_application_appears_once_it_has_a_company_and_is_not_scolded_before() -> None:
    empty = apply_form(base=None, values={"company": "", "interview_date": MONDAY}, today=TODAY)
    typed = {"company": "  ", "role": "Analyst", "interview_date": MONDAY}
    spaces = apply_form(base=None, values=typed, today=TODAY)
    named = apply_form(base=None, values={"company": "Acme", "interview_date": MONDAY}, today=TODAY)

    assert (empty.application, empty.errors) == (None, {})
    assert (spaces.application, spaces.errors) == (None, {})
    assert named.application is not None
    assert named.errors == {}


def test_a_new_application_without_a_company_still_hears_about_its_other_answers() -> None:
    outcome = apply_form(
        base=None,
        values={"company": "", "interview_date": MONDAY, "decision_date": MONDAY - timedelta(3)},
        today=TODAY,
    )

    assert outcome.application is None
    assert list(outcome.errors) == ["decision_date"]


def test_clearing_the_company_of_a_saved_application_is_named() -> None:
    outcome = apply_form(base=an_application(company="Acme"), values={"company": ""}, today=TODAY)

    assert outcome.errors == {"company": "Company: this can't be empty"}
    assert outcome.application is not None
    assert outcome.application.company == "Acme"


def test_one_invalid_field_keeps_its_last_valid_value_and_the_other_edits_apply() -> None:
    base = an_application(company="Northwind", role="Analyst")

    outcome = apply_form(
        base=base,
        values={"company": "", "role": "Senior analyst", "interviewer.name": "Dana"},
        today=TODAY,
    )

    assert outcome.application is not None
    assert outcome.application.company == "Northwind"
    assert outcome.application.role == "Senior analyst"
    assert outcome.application.interviewer.name == "Dana"
    assert outcome.errors["company"].startswith("Company:")


def test_a_decision_date_before_the_interview_is_named_and_the_rest_survives() -> None:
    base = an_application()

    outcome = apply_form(
        base=base,
        values={"timing": "date", "decision_date": MONDAY - timedelta(days=2), "role": "Lead"},
        today=TODAY,
    )

    assert (
        outcome.errors["decision_date"]
        == "Decision date: this is before the interview (Mon 2 Nov 2026)"
    )
    assert outcome.application is not None
    assert outcome.application.role == "Lead"


def test_every_message_starts_with_the_fields_label() -> None:
    outcome = apply_form(
        base=None,
        values={
            "company": "x" * 90,
            "interview_date": MONDAY,
            "timing": "time_frame",
            "timing_phrase": "whenever the stars align",
            "call_back_on": MONDAY - timedelta(days=1),
        },
        today=TODAY,
    )
    far = apply_form(
        base=None,
        values={"company": "A", "interview_date": TODAY + timedelta(days=500)},
        today=TODAY,
    )

    assert outcome.errors["company"] == "Company: keep it to 80 characters (this has 90)"
    assert outcome.errors["timing_phrase"].startswith("Their words about timing: ")
    assert outcome.errors["call_back_on"].startswith("Call-back date: ")
    assert (
        far.errors["interview_date"]
        == "Interview date: this is more than a year away: check the year"
    )


def test_a_wrong_type_gets_a_plain_message() -> None:
    outcome = apply_form(
        base=None, values={"company": "A", "interview_date": "not a date"}, today=TODAY
    )

    assert outcome.errors == {"interview_date": "Interview date: enter a date as YYYY-MM-DD"}


_ANY_VALUE = st.one_of(
    st.text(max_size=300),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)),
    st.none(),
    st.booleans(),
    st.integers(),
    st.lists(st.sampled_from([s.value for s in Signal]), max_size=4),
)


@settings(max_examples=300, deadline=None)
@given(values=st.dictionaries(st.sampled_from(sorted(FIELD_LABELS)), _ANY_VALUE, max_size=8))
def test_no_form_input_raises_and_every_message_names_a_known_field(
    values: dict[str, object],
) -> None:
    base = an_application()

    outcome = apply_form(base=base, values=values, today=TODAY)

    assert outcome.application is not None
    assert set(outcome.errors) <= set(FIELD_LABELS)
    for field, message in outcome.errors.items():
        assert message.startswith(FIELD_LABELS[field] + ": ")
    for field in set(FIELD_LABELS) - set(outcome.errors) - set(values):
        assert _value(outcome.application, field) == _value(base, field)


def _value(application: Application, field: str) -> object:
    value: object = application
    for part in field.split("."):
        value = getattr(value, part)
    return value
