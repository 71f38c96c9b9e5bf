"""Whatever is typed into any text field shows up as text: no script runs, nothing is injected."""

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import open_step, settle
from tests.payloads import PAYLOADS, SHORT_PAYLOAD, XSS_FLAG

pytestmark = pytest.mark.browser

QUESTIONNAIRE_FIELDS = {
    "q_company": PAYLOADS["img onerror"],
    "q_role": PAYLOADS["script tag"],
    "q_interviewer_name": PAYLOADS["markdown link"],
    "q_interviewer_title": PAYLOADS["markdown image"],
    "q_topic": PAYLOADS["html link"],
    "q_strength": PAYLOADS["styling and latex"],
}
INJECTED = (
    "img[src='x'], img[src*='example.invalid'], a[href^='javascript'], "
    "[onerror], [onmouseover], iframe[srcdoc]"
)


def _type(page: Page, key: str, text: str) -> None:
    if key.startswith("q_"):  # the questionnaire draws one step at a time
        open_step(page, key)
    field = page.locator(f".st-key-{key} input")
    field.fill(text)
    field.press("Enter")
    settle(page)


def _assert_nothing_ran(page: Page, dialogs: list[str]) -> None:
    assert dialogs == [], f"a script opened a dialog: {dialogs}"
    assert page.evaluate(f"() => window.{XSS_FLAG} === undefined"), "an injected script ran"
    injected = page.locator(INJECTED)
    assert injected.count() == 0, injected.first.evaluate("e => e.outerHTML")
    scripts = page.evaluate(
        "() => [...document.scripts].filter(s => s.textContent.includes('__xss')).length"
    )
    assert scripts == 0


def test_payloads_in_every_text_field_stay_text_on_every_page(
    server: str, browser: Browser
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{server}/questionnaire")
    settle(page)

    for key, payload in QUESTIONNAIRE_FIELDS.items():
        _type(page, key, payload)
    open_step(page, "q_timing")
    page.locator(".st-key-q_timing").get_by_text("They gave a time frame").click()
    settle(page)
    _type(page, "q_timing_phrase", PAYLOADS["javascript url"])
    _assert_nothing_ran(page, dialogs)
    picker = page.locator(".st-key-q_application input")
    expect(picker).to_have_value(re.compile(re.escape(PAYLOADS["img onerror"])))

    page.get_by_role("link", name="Timeline").click()
    settle(page)
    _type(page, "t_candidate_name", PAYLOADS["right-to-left"])
    drafts = " ".join(page.locator("[data-testid='stCode'] code").all_inner_texts())
    assert PAYLOADS["img onerror"] in drafts
    assert PAYLOADS["right-to-left"] in drafts
    _assert_nothing_ran(page, dialogs)

    page.get_by_role("link", name="Offers").click()
    settle(page)
    page.locator(".st-key-o_rank_1 [role='combobox']").click()
    page.get_by_role("option").nth(1).click()
    settle(page)
    page.locator(".st-key-o_save_offer button").click()  # an offer: something to weigh
    settle(page)
    page.get_by_text("Add your own criteria").click()
    _type(page, "o_own_name_own_1", SHORT_PAYLOAD)
    page.locator(".st-key-o_weight_own_1 input[type='range']").press("ArrowRight")
    settle(page)
    _assert_nothing_ran(page, dialogs)

    page.get_by_role("link", name="Save & share").click()
    settle(page)
    _assert_nothing_ran(page, dialogs)
    page.get_by_role("link", name="Start").click()
    settle(page)
    _assert_nothing_ran(page, dialogs)
    page.close()
