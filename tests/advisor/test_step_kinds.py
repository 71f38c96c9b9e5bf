"""One specification per step kind: label, channels, colour, shape and drafting, all present."""

from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from advisor.agenda import agenda
from advisor.drafts import DRAFTED_STEPS
from advisor.events import STEP_SHAPES, STEP_SPECS, Channel, Drafting, StepKind, StepSpec
from advisor.examples import examples
from advisor.schedule import follow_up_schedule
from tests.advisor.factories import TODAY, an_application
from tests.advisor.test_drafts import SCENARIOS
from tests.contrast import MARK_CONTRAST, PAGES, blend, contrast_ratio


@pytest.mark.parametrize("kind", list(StepKind))
def test_every_step_kind_has_a_label_a_channel_a_colour_a_shape_and_a_draft(
    kind: StepKind,
) -> None:
    spec = kind.spec

    assert spec is STEP_SPECS[kind]
    assert kind.label == spec.label != ""
    assert spec.channel in Channel
    assert spec.shape in STEP_SHAPES
    for page in PAGES.values():
        assert contrast_ratio(spec.colour, page) >= MARK_CONTRAST, (kind, page)
    if spec.drafting is Drafting.MESSAGE:
        assert all((kind, channel) in DRAFTED_STEPS for channel in spec.channels)


def test_kinds_that_can_share_a_chart_differ_in_shape_and_in_colour() -> None:
    specs = list(STEP_SPECS.values())

    assert len({spec.shape for spec in specs}) == len(StepKind)
    assert len({spec.colour for spec in specs}) == len(StepKind)


def test_every_message_draft_belongs_to_a_channel_its_step_can_take() -> None:
    allowed = {
        (kind, channel)
        for kind, spec in STEP_SPECS.items()
        if spec.drafting is Drafting.MESSAGE
        for channel in spec.channels
    }

    assert allowed == DRAFTED_STEPS


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_the_schedule_plans_each_step_by_a_channel_its_specification_allows(
    scenario: str,
) -> None:
    application = an_application(**SCENARIOS[scenario])

    steps = follow_up_schedule(application=application, today=TODAY).steps

    assert all(step.channel in step.kind.spec.channels for step in steps)


def test_with_no_preference_each_step_goes_by_its_usual_channel() -> None:
    steps = follow_up_schedule(application=an_application(), today=TODAY).steps

    assert all(step.channel is step.kind.spec.channel for step in steps)


def test_offer_stage_steps_are_drafted_from_an_offer_script_by_email() -> None:
    today = date(2026, 11, 4)
    (example,) = [e for e in examples(today=today) if e.key == "offer-before-first-choice"]

    actions = agenda(plan=example.plan, today=today).actions

    scripted = [a for a in actions if a.kind.spec.drafting is Drafting.OFFER_SCRIPT]
    assert {a.kind for a in scripted} == {StepKind.TELL_ABOUT_OFFER, StepKind.ASK_FOR_MORE_TIME}
    assert all(a.draft is not None and a.channel in a.kind.spec.channels for a in scripted)


def test_a_tint_of_a_step_colour_is_no_longer_a_mark_colour() -> None:
    """The check is real: the light tints the bars once had fail it."""
    tint = blend(StepKind.THANK_YOU.spec.colour, 0.2, PAGES["light"])

    assert contrast_ratio(tint, PAGES["light"]) < MARK_CONTRAST


_VALID: dict[str, Any] = {
    "label": "Thank-you",
    "channels": (Channel.EMAIL,),
    "colour": "#1F8A8A",
    "shape": "circle",
    "drafting": Drafting.MESSAGE,
}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("label", "", "at least 1 character"),
        ("channels", (), "at least 1 item"),
        ("colour", "teal", "should match pattern"),
        ("colour", "#1f8a8a", "should match pattern"),
        ("shape", "triangle", "not one of"),
        ("shape", "M0,0L1,1Z", "not one of"),
    ],
)
def test_a_specification_missing_a_usable_attribute_is_refused(
    field: str, value: object, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        StepSpec(**{**_VALID, field: value})


def test_a_complete_specification_is_accepted() -> None:
    assert StepSpec(**_VALID).symbol == "circle"


@pytest.mark.parametrize(
    ("first", "second", "ratio"),
    [("#000000", "#FFFFFF", 21.0), ("#777777", "#777777", 1.0), ("#767676", "#FFFFFF", 4.54)],
)
def test_contrast_is_measured_as_wcag_defines_it(first: str, second: str, ratio: float) -> None:
    assert contrast_ratio(first, second) == pytest.approx(ratio, abs=0.01)
