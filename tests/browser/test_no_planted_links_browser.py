"""A web or e-mail address typed by a user, carried by a link or in a file's name is shown as
plain text on every page: a shared link cannot plant "sign in again at https://…" as a link."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.conftest import open_step, settle

pytestmark = pytest.mark.browser

BARE_URL = "Session expired - sign in again at https://evil.example/login"
WWW_HOST = "Acme www.evil.example"
EMAIL = "Dana bob@evil.example"
# A planted link is one that leads to the address the user typed. The app's own links may carry
# that text inside their query (Add to Google Calendar sends the step's text to Google): those
# still lead to Google, so only where a link goes is checked.
PLANTED = """() => [...document.querySelectorAll("a[href]")].filter(a => {
    const url = new URL(a.getAttribute("href"), location.href);
    return url.protocol === "mailto:" || url.hostname.endsWith("evil.example") || url.username;
}).map(a => a.outerHTML)"""
PAGES = ("Questionnaire", "Timeline", "Offers", "Save & share", "Start")
SHOWN_AS_TEXT = ("Timeline", "Start")  # pages that print the company's name in their text


def _type(page: Page, key: str, text: str) -> None:
    open_step(page, key)
    field = page.locator(f".st-key-{key} input")
    field.fill(text)
    field.press("Enter")
    settle(page)


def _assert_no_planted_link(page: Page, where: str) -> None:
    planted = page.evaluate(PLANTED)
    assert planted == [], f"{where}: {planted[0]}"


def test_bare_addresses_in_any_field_never_become_links_on_any_page(
    server: str, browser: Browser, tmp_path: Path
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{server}/questionnaire")
    settle(page)
    _type(page, "q_company", WWW_HOST)
    _type(page, "q_role", BARE_URL[:40])
    _type(page, "q_interviewer_name", EMAIL)
    _type(page, "q_topic", BARE_URL)
    _assert_no_planted_link(page, "Questionnaire")

    for name in PAGES:
        page.get_by_role("link", name=name, exact=True).click()
        settle(page)
        if name == "Timeline":  # its steps carry the typed text in links of the app's own
            page.get_by_role("link", name="Add to Google Calendar").first.wait_for()
        _assert_no_planted_link(page, name)
        if name in SHOWN_AS_TEXT:  # the company is shown there, so the check has teeth
            assert "evil" in page.locator("[data-testid='stMain']").inner_text()

    # A file whose name and content carry addresses: the error line names the file as text.
    bad = tmp_path / "www.evil.example bob@evil.example.json"
    bad.write_text('{"schema_version": 2, "example": "' + BARE_URL + '", "applications": 7}')
    page.get_by_role("link", name="Save & share", exact=True).click()
    settle(page)
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(str(bad))
    settle(page)
    errors = " ".join(page.locator("[data-testid='stAlert']").all_inner_texts())
    assert "Plan file www" in errors  # the file's name is shown, as text
    _assert_no_planted_link(page, "a bad file's error line")
    page.close()


def test_an_example_title_carried_by_a_plan_file_is_shown_as_text(
    server: str, browser: Browser, tmp_path: Path
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{server}/plan")
    settle(page)
    planted = tmp_path / "plan.json"
    planted.write_text('{"schema_version": 2, "example": "' + BARE_URL[:80] + '"}')

    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(str(planted))
    settle(page)

    banner = page.locator("[data-testid='stAlert']").first.inner_text()
    assert "evil.example" in banner
    _assert_no_planted_link(page, "the example banner")
    page.close()
