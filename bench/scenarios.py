"""What a user does on each page, as AppTest steps and as browser steps (bench/steps.py).

The page's reference (bench/replay.py) has the same widgets under the same keys, so one step
serves the app and its reference alike. A change that alters the plan (adding an application,
marking a step done) is undone before each round, outside the time: AppTest puts the plan back
in the session; the browser reopens the link. What has to be open first (a questionnaire step,
a step's expander) is opened before the rounds, and again after each reopening.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from advisor.events import EventKind
from advisor.models import CompanySize, Round, Signal
from advisor.plan_file import plan_to_json
from bench import steps
from bench.plans import example_plan
from bench.steps import AppTestStep, Before, BrowserStep
from ui.questionnaire_form import GOOD_SIGNS, STEPS

__all__ = ["INTERACTIONS", "PAGES", "Interaction"]

# url path -> the page script AppTest switches to (None: the start page)
PAGES: dict[str, str | None] = {
    "": None,
    "questionnaire": "pages/questionnaire.py",
    "timeline": "pages/timeline.py",
    "offers": "pages/offers.py",
    "plan": "pages/plan.py",
}


@dataclass(frozen=True)
class Interaction:
    """One thing a user does on a page."""

    page: str  # the URL path: "" for the start page
    name: str
    act: AppTestStep | None  # None: AppTest cannot do it (a download)
    press: BrowserStep | None  # ends with the press that starts the browser's clock
    expect: Callable[[int], str] | None = None  # text the app shows once it is done
    before: Before | None = None  # brings the page there: a step opened
    browser_before: BrowserStep | None = None
    browser_each: BrowserStep | None = None  # before each press, untimed: a list opened
    changes_plan: bool = False
    download: bool = False  # timed to the browser's download, not to a settled page


_TIMING = ("They gave a time frame", "They named a date")
_STEP_VALUES = [step.name for step in STEPS]
_STEP_TITLES = [step.title for step in STEPS]
_GOOD_SIGNS = [signal for signal in Signal if signal.is_positive]
_ANSWERS = [kind for kind in EventKind if kind is not EventKind.STEP_DONE]  # "What happened"
_IDS = [application.id for application in example_plan(date.today()).applications]
_EXAMPLE = "clear-timeline"  # the first ready-made case
_PLAN_FILE = "interview-follow-up-plan.json"


@functools.cache
def _plan_file() -> bytes:
    """The example plan as a plan file, as the save-and-share page offers it for download."""
    return plan_to_json(example_plan(date.today()))


Opened = tuple[Before | None, BrowserStep | None]  # what brings the page there, if anything


def _there(opened: Opened) -> dict[str, Any]:
    """`Interaction`'s arguments that bring the page there."""
    return {"before": opened[0], "browser_before": opened[1]}


def _select(
    page: str,
    name: str,
    key: str,
    options: Sequence[Any],
    indexes: tuple[int, ...],
    opened: Opened = (None, None),
) -> Interaction:
    """Choose from select box `key` (the app's `options`) by position. None of the `indexes`
    is the one shown first: the app's choice, or the first option in the reference (which
    keeps no choice made through a `format_func`), or the press would change nothing."""
    return Interaction(
        page,
        name,
        steps.select(key, options, indexes),
        steps.pick_option(indexes),
        **_there(opened),
        browser_each=steps.open_list(key),
    )


def _button(
    page: str, name: str, key: str, *, changes_plan: bool, opened: Opened = (None, None)
) -> Interaction:
    return Interaction(
        page,
        name,
        steps.click(key),
        steps.press_button(key),
        **_there(opened),
        changes_plan=changes_plan,
    )


def _typed(
    page: str,
    name: str,
    key: str,
    template: str,
    opened: Opened = (None, None),
    *,
    shown: bool = False,
) -> Interaction:
    """Type into text input `key`; with `shown`, the app is done once it shows what was typed."""
    return Interaction(
        page,
        name,
        steps.type_text(key, template),
        steps.fill(key, template),
        expect=(lambda i: template.format(i=i)) if shown else None,
        **_there(opened),
    )


def _start() -> tuple[Interaction, ...]:
    rerun = Interaction(
        "", "a rerun (press R)", lambda at, i: None, lambda page, i: page.keyboard.press("r")
    )
    example = _button("", "try an example", f"home_example_{_EXAMPLE}", changes_plan=True)
    return rerun, example


def _questionnaire() -> tuple[Interaction, ...]:
    page, timing = "questionnaire", steps.questionnaire_step("q_timing")
    return (
        _typed(page, "type the role", "q_role", "Role R{i:03d}", shown=True),
        Interaction(
            page,
            "open the next step",
            steps.segment("q_step", _STEP_VALUES, _STEP_TITLES),
            steps.click_segment("q_step", _STEP_TITLES),
        ),
        _select(page, "choose the round (step 1)", "q_round", list(Round), (1, 2)),
        Interaction(
            page,
            "choose how they answered about timing (step 2)",
            steps.choose_radio("q_timing", _TIMING),
            steps.click_label("q_timing", _TIMING),
            **_there(timing),
        ),
        _typed(
            page,
            "type their words about timing (step 2)",
            "q_timing_phrase",
            "We will decide within {i} weeks",
            timing,
        ),
        Interaction(
            page,
            "tap a good sign (step 3)",
            steps.toggle_pill(GOOD_SIGNS, _GOOD_SIGNS, 0),
            steps.click_nth(GOOD_SIGNS, (0,)),
            **_there(steps.questionnaire_step(GOOD_SIGNS)),
        ),
        _select(
            page,
            "choose the company size (step 4)",
            "q_company_size",
            list(CompanySize),
            (1, 3),
            steps.questionnaire_step("q_company_size"),
        ),
        Interaction(
            page,
            "tick “they invited me to email” (step 5)",
            steps.toggle_checkbox("q_email_invited"),
            steps.click_nth("q_email_invited", (0,), part="label"),
            **_there(steps.questionnaire_step("q_email_invited")),
        ),
        _select(page, "switch to another application", "q_application", _IDS, (1, 0)),
        _button(page, "add an application", "q_add", changes_plan=True),
    )


def _timeline() -> tuple[Interaction, ...]:
    page = "timeline"
    return (
        _button(page, "mark the next action done", "t_next_done", changes_plan=True),
        _button(
            page,
            "mark a step done in the steps list",
            "t_done_*",  # the last step's ("Move on" in the example plan)
            changes_plan=True,
            opened=(None, steps.open_expander(" · ", last=True)),
        ),
        _select(page, "choose what they answered", "t_event_kind", _ANSWERS, (1, 3)),
        _button(page, "log an answer (no reply)", "t_log", changes_plan=True),
        _select(page, "show another application's steps", "t_application", _IDS, (1, 0)),
        _typed(
            page,
            "sign the drafts with another name",
            "t_candidate_name",
            "Jan N{i:03d}",
            shown=True,
        ),
        Interaction(
            page,
            "download the calendar file (.ics)",
            None,
            steps.press_button("t_ics"),
            download=True,
        ),
    )


def _offers() -> tuple[Interaction, ...]:
    page = "offers"
    return (
        Interaction(
            page,
            "move a weight",
            steps.slide("o_weight_team", (1, 2, 3, 4, 5)),
            steps.arrow("o_weight_team"),
        ),
        _button(page, "save the offer", "o_save_offer", changes_plan=False),
        _typed(page, "type the offer's base salary", "o_base_*", "1{i:02d}k"),  # Fabrikam's,
    )


def _plan() -> tuple[Interaction, ...]:
    return (
        _button("plan", "load an example", f"p_example_{_EXAMPLE}", changes_plan=True),
        Interaction(
            "plan",
            "open a plan file",
            steps.upload(_PLAN_FILE, _plan_file),
            steps.set_file(_PLAN_FILE, _plan_file),
            changes_plan=True,
        ),
    )


INTERACTIONS = (*_start(), *_questionnaire(), *_timeline(), *_offers(), *_plan())
