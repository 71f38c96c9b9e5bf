"""Hostile text comes out of every export exactly as it was typed."""

import json

import pytest
from icalendar import Calendar

from advisor import Plan
from advisor.calendar_export import plan_to_ics
from advisor.drafts import draft_for
from advisor.offer_scripts import ScriptKind, offer_script
from advisor.offers import offer_of, record_offer
from advisor.plan_file import plan_from_json, plan_to_json
from advisor.schedule import follow_up_schedule
from advisor.share_link import plan_from_token, plan_to_token
from tests.advisor.factories import TODAY, an_application
from tests.payloads import PAYLOADS


def _plan(payload: str) -> Plan:
    application = an_application(
        company=payload, role=payload, topic=payload, interviewer={"name": payload}
    )
    return Plan(applications=(application,), candidate_name=payload)


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_hostile_text_survives_every_export_literally(payload: str) -> None:
    plan = _plan(payload)
    application = plan.applications[0]
    step = follow_up_schedule(application=application, today=TODAY).steps[0]

    draft = draft_for(step=step, application=application, candidate_name=payload)
    events = Calendar.from_ical(plan_to_ics(plan=plan, today=TODAY)).walk("VEVENT")
    saved = plan_to_json(plan)

    assert payload in draft.body
    assert any(payload in str(event["SUMMARY"]) for event in events)
    assert any(payload in str(event["DESCRIPTION"]) for event in events)
    assert json.loads(saved)["applications"][0]["company"] == payload
    assert plan_from_json(saved, today=TODAY) == plan
    assert plan_from_token(plan_to_token(plan), today=TODAY) == plan


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_hostile_text_comes_out_of_the_offer_scripts_literally(payload: str) -> None:
    offering = record_offer(
        application=an_application(company=payload, interviewer={"name": payload}),
        received_on=TODAY,
        deadline=None,
        today=TODAY,
    )
    offer = offer_of(offering)
    assert offer is not None

    script = offer_script(
        kind=ScriptKind.DECLINE,
        offer_from=offering,
        offer=offer,
        first_choice=None,
        extension_to=None,
        candidate_name=payload,
    )

    assert payload in script.body
    assert payload in script.to
