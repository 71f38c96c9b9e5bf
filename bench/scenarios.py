"""What a user does on each page, as AppTest steps and as browser steps.

The page's reference (bench/replay.py) has the same widgets under the same keys, so one step
serves the app and its reference alike. Choices are made by the label shown, which both have.
A change that alters the plan (adding an application, marking a step done) is undone before
each round, outside the time: AppTest puts the plan back in the session; the browser reopens
the link.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from playwright.sync_api import Page
from streamlit.testing.v1 import AppTest

__all__ = ["INTERACTIONS", "PAGES", "Interaction"]

AppTestStep = Callable[[AppTest, int], None]
BrowserStep = Callable[[Page, int], None]

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
    act: AppTestStep | None  # None: AppTest cannot do it (a download, a file)
    press: BrowserStep | None  # ends with the press that starts the browser's clock
    expect: Callable[[int], str] | None = None  # text the app shows once it is done
    before: Callable[[AppTest], None] | None = None  # brings the page there: a step opened
    browser_before: BrowserStep | None = None
    changes_plan: bool = False


def _type(key: str, template: str) -> AppTestStep:
    def act(at: AppTest, i: int) -> None:
        at.text_input(key=key).input(template.format(i=i))

    return act


def _fill(key: str, template: str) -> BrowserStep:
    def press(page: Page, i: int) -> None:
        field = page.locator(f".st-key-{key} input")
        field.fill(template.format(i=i))
        field.press("Enter")

    return press


def _radio(key: str, labels: tuple[str, ...]) -> AppTestStep:
    def act(at: AppTest, i: int) -> None:
        at.radio(key=key).set_value(labels[i % len(labels)])

    return act


def _click_label(key: str, labels: tuple[str, ...]) -> BrowserStep:
    def press(page: Page, i: int) -> None:
        page.locator(f".st-key-{key}").get_by_text(labels[i % len(labels)], exact=True).click()

    return press


def _select(key: str, values: tuple[str, ...]) -> AppTestStep:
    """Choose the next of `values` in the app, or the option in the same place in its reference
    (whose options are the labels the app showed for them)."""

    def act(at: AppTest, i: int) -> None:
        box = at.selectbox(key=key)
        if box.value in box.options:  # the reference
            box.select_index((i + 1) % len(values))
        else:
            box.set_value(values[(i + 1) % len(values)])

    return act


def _click(key: str) -> AppTestStep:
    def act(at: AppTest, i: int) -> None:
        at.button(key=key).click()

    return act


def _press_button(key: str) -> BrowserStep:
    def press(page: Page, i: int) -> None:
        page.locator(f".st-key-{key} button").first.click()

    return press


def _slide(key: str, values: tuple[int, ...]) -> AppTestStep:
    def act(at: AppTest, i: int) -> None:
        at.slider(key=key).set_value(values[i % len(values)])

    return act


def _arrow(key: str) -> BrowserStep:
    def press(page: Page, i: int) -> None:
        page.locator(f".st-key-{key} [role='slider']").press(("ArrowLeft", "ArrowRight")[i % 2])

    return press


def _step(key: str) -> Callable[[AppTest], None]:
    """Open the questionnaire step that holds widget `key`."""

    def before(at: AppTest) -> None:
        from ui.questionnaire_form import STEP_KEY, step_of

        at.segmented_control(key=STEP_KEY).set_value(step_of(key)).run()

    return before


def _open_step(label: str) -> BrowserStep:
    def before(page: Page, i: int) -> None:
        page.locator(".st-key-q_step").get_by_text(label).first.click()

    return before


_TIMING = ("They gave a time frame", "They named a date")

INTERACTIONS = (
    Interaction(
        "", "a rerun (press R)", lambda at, i: None, lambda page, i: page.keyboard.press("r")
    ),
    Interaction(
        "questionnaire",
        "type the role",
        _type("q_role", "Role {i}"),
        _fill("q_role", "Role R{i:03d}"),
        expect=lambda i: f"Role R{i:03d}",
    ),
    Interaction(
        "questionnaire",
        "choose how they answered about timing",
        _radio("q_timing", _TIMING),
        _click_label("q_timing", _TIMING),
        before=_step("q_timing"),
        browser_before=_open_step("Timing"),
    ),
    Interaction(
        "questionnaire",
        "type their words about timing",
        _type("q_timing_phrase", "We will decide within {i} weeks"),
        _fill("q_timing_phrase", "We will decide within {i} weeks"),
        before=_step("q_timing_phrase"),
        browser_before=_open_step("Timing"),
    ),
    Interaction(
        "questionnaire",
        "switch to another application",
        _select("q_application", ("contoso", "fabrikam")),
        None,
    ),
    Interaction(
        "questionnaire",
        "add an application",
        _click("q_add"),
        _press_button("q_add"),
        changes_plan=True,
    ),
    Interaction(
        "timeline",
        "mark the next action done",
        _click("t_next_done"),
        _press_button("t_next_done"),
        changes_plan=True,
    ),
    Interaction(
        "timeline",
        "sign the drafts with another name",
        _type("t_candidate_name", "Jan {i}"),
        _fill("t_candidate_name", "Jan N{i:03d}"),
        expect=lambda i: f"Jan N{i:03d}",
    ),
    Interaction(
        "offers",
        "move a weight",
        _slide("o_weight_team", (1, 2, 3, 4, 5)),
        _arrow("o_weight_team"),
    ),
    Interaction(
        "offers",
        "save the offer",
        _click("o_save_offer"),
        _press_button("o_save_offer"),
    ),
    Interaction(
        "plan",
        "load an example",
        _click("p_example_clear-timeline"),
        _press_button("p_example_clear-timeline"),
        changes_plan=True,
    ),
)
