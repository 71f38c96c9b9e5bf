"""The pieces the interactions are made of: one way to make each kind of choice under AppTest,
and one in the browser.

An AppTest step sets a widget (the loop then times `at.run()`); a browser step ends with the
key press or pointer press that starts the page's clock (bench/browser.py). A choice is made by
its position among the options wherever it can be: the app's options are values and its
reference's are the labels the app showed for them, in the same order.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import Any

from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from streamlit.testing.v1 import AppTest

AppTestStep = Callable[[AppTest, int], None]
BrowserStep = Callable[[Page, int], None]
Before = Callable[[AppTest], None]


def in_app(at: AppTest) -> bool:
    """The app holds a plan in its session; a reference holds none."""
    return "plan" in at.session_state


# AppTest


def type_text(key: str, template: str) -> AppTestStep:
    def act(at: AppTest, i: int) -> None:
        at.text_input(key=_key(at.text_input, key)).input(template.format(i=i))

    return act


def choose_radio(key: str, labels: tuple[str, ...]) -> AppTestStep:
    def act(at: AppTest, i: int) -> None:
        at.radio(key=key).set_value(labels[i % len(labels)])

    return act


def select(key: str, options: Sequence[Any], indexes: Sequence[int]) -> AppTestStep:
    """Choose the option at the next of `indexes` (none of them the one chosen at first):
    `options` are the app's, in order. (AppTest's `select_index` would pass the app the label,
    which a `format_func` such as `labels.get` cannot read back.)"""

    def act(at: AppTest, i: int) -> None:
        box, index = at.selectbox(key=key), indexes[i % len(indexes)]
        box.set_value(options[index] if in_app(at) else box.options[index])

    return act


def segment(key: str, values: Sequence[Any], labels: Sequence[str]) -> AppTestStep:
    """Choose the next segment after the first: values[1], values[2]…, around again."""

    def act(at: AppTest, i: int) -> None:
        k = (i + 1) % len(values)
        at.segmented_control(key=key).set_value(values[k] if in_app(at) else labels[k])

    return act


def toggle_pill(key: str, values: Sequence[Any], index: int) -> AppTestStep:
    """Tap the pill at `index` of a multi-choice row: on, then off again."""

    def act(at: AppTest, i: int) -> None:
        pills = at.pills(key=key)
        option = values[index] if in_app(at) else pills.options[index]
        chosen = list(pills.value or [])
        pills.set_value(
            [c for c in chosen if c != option] if option in chosen else [*chosen, option]
        )

    return act


def toggle_checkbox(key: str) -> AppTestStep:
    def act(at: AppTest, i: int) -> None:
        box = at.checkbox(key=key)
        box.set_value(not box.value)

    return act


def _key(widgets: Any, key: str) -> str:
    """`key`, or for a key ending in "*" the key of the last of `widgets` whose key starts with
    the rest: a name the plan decides (the offer's company, the last step's kind), so one step
    serves every plan the benchmarks open."""
    if not key.endswith("*"):
        return key
    return [w.key for w in widgets if (w.key or "").startswith(key[:-1])][-1]


def click(key: str) -> AppTestStep:
    def act(at: AppTest, i: int) -> None:
        at.button(key=_key(at.button, key)).click()

    return act


def slide(key: str, values: tuple[int, ...]) -> AppTestStep:
    def act(at: AppTest, i: int) -> None:
        at.slider(key=key).set_value(values[i % len(values)])

    return act


def upload(name: str, content: Callable[[], bytes]) -> AppTestStep:
    """Give the page's one file uploader a file (its key changes after each file is read)."""

    def act(at: AppTest, i: int) -> None:
        at.file_uploader[0].set_value((name, content(), "application/json"))

    return act


# Browser

_OPTIONS = "[role='listbox']:visible [role='option']"  # a list closed a moment ago may linger


def fill(key: str, template: str) -> BrowserStep:
    def press(page: Page, i: int) -> None:
        field = _locate(page, key, "input")
        field.fill(template.format(i=i))
        field.press("Enter")

    return press


def click_label(key: str, labels: tuple[str, ...]) -> BrowserStep:
    def press(page: Page, i: int) -> None:
        page.locator(f".st-key-{key}").get_by_text(labels[i % len(labels)], exact=True).click()

    return press


def click_nth(key: str, indexes: Sequence[int], part: str = "button") -> BrowserStep:
    def press(page: Page, i: int) -> None:
        page.locator(f".st-key-{key} {part}").nth(indexes[i % len(indexes)]).click()

    return press


def _locate(page: Page, key: str, part: str) -> Any:
    """`part` of widget `key`; a key ending in "*", of the last whose key starts with the rest
    (as `_key` finds it under AppTest)."""
    if key.endswith("*"):
        return page.locator(f"[class*='st-key-{key[:-1]}'] {part}").last
    return page.locator(f".st-key-{key} {part}").first


def press_button(key: str) -> BrowserStep:
    def press(page: Page, i: int) -> None:
        _locate(page, key, "button").click()

    return press


def open_list(key: str) -> BrowserStep:
    """Open a select box's list with its arrow (outside the time: the press is the option's).

    A press sometimes leaves the list closed (the page still scrolling the arrow into view seems
    to close it again): so the arrow is brought into view first, and pressed again if need be."""

    def step(page: Page, i: int) -> None:
        arrow = page.locator(f".st-key-{key} button[aria-haspopup='listbox']")
        arrow.scroll_into_view_if_needed()
        for _ in range(5):
            page.wait_for_timeout(100)  # let the scroll end
            if arrow.get_attribute("aria-expanded") != "true":
                arrow.click()
            with contextlib.suppress(PlaywrightTimeout):
                page.locator(_OPTIONS).first.wait_for(timeout=2_000)
                return
        raise RuntimeError(f"the list of {key} did not open")

    return step


def pick_option(indexes: Sequence[int]) -> BrowserStep:
    """Press the option at the next of `indexes` in the open list."""

    def press(page: Page, i: int) -> None:
        page.locator(_OPTIONS).nth(indexes[i % len(indexes)]).click()

    return press


def arrow(key: str) -> BrowserStep:
    """Move a slider one step by keyboard, left then right: the thumb's range input takes the
    key (Streamlit's slider has no element with role "slider")."""

    def press(page: Page, i: int) -> None:
        page.locator(f".st-key-{key} input[type='range']").press(("ArrowLeft", "ArrowRight")[i % 2])

    return press


def click_segment(key: str, labels: Sequence[str]) -> BrowserStep:
    """Press the next segment after the first, as `segment` chooses it."""

    def press(page: Page, i: int) -> None:
        label = labels[(i + 1) % len(labels)]
        page.locator(f".st-key-{key}").get_by_role("radio", name=label, exact=True).click()

    return press


def open_expander(title: str, *, last: bool = False) -> BrowserStep:
    """Open the expander whose title holds `title` (with `last`, the last of them), unless it
    is open already (the step due next is drawn open: a press would close it)."""

    def before(page: Page, i: int) -> None:
        found = page.locator("[data-testid='stExpander'] details").filter(
            has=page.locator("summary", has_text=title)
        )
        expander = found.last if last else found.first
        if expander.get_attribute("open") is None:
            expander.locator("summary").first.click()

    return before


def set_file(name: str, content: Callable[[], bytes]) -> BrowserStep:
    """Hand the page's file uploader a file. No key or pointer is pressed, so the clock is
    started here, just before."""

    def press(page: Page, i: int) -> None:
        chooser = page.locator("[data-testid='stFileUploader'] input[type='file']")
        page.evaluate("() => { if (window.__bench) window.__bench.start = performance.now(); }")
        chooser.set_input_files({"name": name, "mimeType": "application/json", "buffer": content()})

    return press


# Both


def questionnaire_step(key: str) -> tuple[Before, BrowserStep]:
    """Open the questionnaire step that holds widget `key`, under AppTest and in the browser."""
    from ui.questionnaire_form import STEP_KEY, STEPS, step_of

    title = next(step.title for step in STEPS if step.name == step_of(key))

    def before(at: AppTest) -> None:
        at.segmented_control(key=STEP_KEY).set_value(step_of(key)).run()

    def browser_before(page: Page, i: int) -> None:
        page.locator(f".st-key-{STEP_KEY}").get_by_role("radio", name=title).click()

    return before, browser_before
