"""On a 390 px touch screen: the answer where the question is asked, and nothing in the way."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from advisor.examples import examples
from advisor.share_link import plan_to_token
from tests.browser.conftest import settle

pytestmark = pytest.mark.browser

HEIGHT = 844
TODAY_LINE = re.compile(r"Today: |Nothing is due today\.|Nothing left to do")


@pytest.fixture
def touch_phone(browser: Browser) -> Iterator[Page]:
    """A phone as the candidate holds it: 390 × 844, touch, a phone's user agent."""
    context = browser.new_context(
        viewport={"width": 390, "height": HEIGHT},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
    )
    page = context.new_page()
    page.set_default_timeout(30_000)
    yield page
    context.close()


def in_view(page: Page, element: Locator) -> bool:
    box = element.bounding_box()
    assert box is not None, "not drawn"
    return box["y"] >= 0 and box["y"] + box["height"] <= HEIGHT


def glance(page: Page) -> Locator:
    """The reading in brief: what it likely means, the window and the one thing to do today."""
    return page.locator(".st-key-q_glance")


def _type(key: str, text: str) -> Callable[[Page], None]:
    def answer(page: Page) -> None:
        field = page.locator(f".st-key-{key} input")
        field.fill(text)
        field.press("Enter")

    return answer


def _tap(key: str, label: str) -> Callable[[Page], None]:
    return lambda page: page.locator(f".st-key-{key}").get_by_text(label, exact=True).tap()


# (the step's answers, each followed by a check that the reading's headline is in view)
ANSWERS_BY_STEP: list[list[Callable[[Page], None]]] = [
    [_type("q_company", "Northwind"), _type("q_role", "Data analyst")],
    [_tap("q_timing", "They gave a time frame"), _type("q_timing_phrase", "within two weeks")],
    [_tap("q_signals_good", "I was introduced to team members"), _type("q_topic", "the migration")],
    [_type("q_interviewer_name", "Sam Roe"), _type("q_interviewer_title", "Head of data")],
    [_tap("q_no_calls", "They asked candidates not to call")],
]


def test_after_every_answer_the_readings_headline_is_in_view_right_under_the_step(
    server: str, touch_phone: Page
) -> None:
    page = touch_phone
    page.goto(f"{server}/questionnaire")
    settle(page)
    for number, answers in enumerate(ANSWERS_BY_STEP, start=1):
        for answer in answers:
            answer(page)
            settle(page)
            brief = glance(page)
            expect(brief).to_contain_text(TODAY_LINE)
            assert in_view(page, brief), f"step {number}: the reading's headline is out of view"
        if number < len(ANSWERS_BY_STEP):
            page.locator(".st-key-q_next button").tap()
            settle(page)


def test_after_next_the_keyboard_is_on_the_new_steps_first_field(server: str, phone: Page) -> None:
    phone.goto(f"{server}/questionnaire")
    settle(phone)
    _type("q_company", "Northwind")(phone)
    settle(phone)

    phone.locator(".st-key-q_next button").click()
    settle(phone)

    focused_in = ".st-key-q_timing input:focus"
    expect(phone.locator(focused_in)).to_have_count(1)
    phone.keyboard.press("Enter")  # a second Enter does not skip a step: "Next" is not focused
    settle(phone)
    expect(phone.locator(".st-key-q_timing")).to_be_visible()


def test_choosing_a_page_on_a_phone_leaves_nothing_over_it(server: str, touch_phone: Page) -> None:
    page = touch_phone
    page.goto(server)
    settle(page)

    page.locator(".st-key-nav").get_by_role("link", name="Timeline").tap()
    settle(page)

    heading = page.get_by_role("heading", name="Timeline", level=1)
    expect(heading).to_be_visible()
    box = heading.bounding_box()
    assert box is not None
    covering = page.evaluate(
        "([x, y]) => document.elementFromPoint(x, y).closest('h1') !== null",
        [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2],
    )
    assert covering, "something lies over the page that was chosen"
    expect(page.locator("[data-testid='stSidebar'][aria-expanded='true']")).to_have_count(0)


def test_the_offers_page_opens_on_its_next_step_on_a_phone(server: str, touch_phone: Page) -> None:
    example = next(e for e in examples(today=date.today()) if "offer" in e.title.lower())
    touch_phone.goto(f"{server}/offers?plan={plan_to_token(example.plan)}")
    settle(touch_phone)

    step = touch_phone.get_by_role("heading", name="Your next step", level=2)
    expect(step).to_be_visible()
    assert in_view(touch_phone, step), "the next step is not on the first screen"
    assert in_view(touch_phone, touch_phone.locator(".st-key-o_next_step h3").first)


def test_a_draft_has_a_visible_copy_button_that_says_when_it_copied(
    server: str, touch_phone: Page
) -> None:
    example = examples(today=date.today())[1]
    touch_phone.goto(f"{server}/plan?plan={plan_to_token(example.plan)}")
    settle(touch_phone)

    button = touch_phone.get_by_role("button", name="Copy the link")
    expect(button).to_be_visible()  # not hidden until the box is tapped, as Streamlit's icon is
    button.tap()
    expect(touch_phone.locator(".st-key-p_copy_link").get_by_role("status")).to_have_text(
        "Copied: the link is ready to paste."
    )


def test_where_copying_is_not_allowed_the_page_says_how_to_copy_by_hand(
    server: str, touch_phone: Page
) -> None:
    touch_phone.add_init_script(  # a browser that refuses the clipboard, both ways
        "Object.defineProperty(navigator, 'clipboard', {value: undefined});"
        "document.execCommand = () => false;"
    )
    example = examples(today=date.today())[1]
    touch_phone.goto(f"{server}/plan?plan={plan_to_token(example.plan)}")
    settle(touch_phone)

    touch_phone.get_by_role("button", name="Copy the link").tap()

    expect(touch_phone.locator(".st-key-p_copy_link").get_by_role("status")).to_contain_text(
        "did not allow copying here. Open “The whole link” below and select it"
    )
