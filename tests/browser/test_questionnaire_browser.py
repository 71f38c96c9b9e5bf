import re
from datetime import date

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import fill_company, open_step, settle, streamlit_server

pytestmark = pytest.mark.browser


def _nav_labels(page: Page) -> list[str]:
    links = page.locator(".st-key-nav a")
    # Each link shows an icon (its ligature text comes first) and then the page's title.
    return [text.strip().splitlines()[-1] for text in links.all_inner_texts()]


def test_a_deep_link_on_a_fresh_server_shows_the_page_and_the_apps_own_navigation(
    browser: Browser,
) -> None:
    with streamlit_server() as url:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(f"{url}/questionnaire")
        settle(page)

        expect(page.get_by_role("heading", name="Questionnaire")).to_be_visible()
        assert _nav_labels(page) == ["Start", "Questionnaire", "Timeline", "Offers", "Save & share"]

        page.locator(".st-key-q_company input").fill("Northwind")
        page.locator(".st-key-q_company input").press("Enter")
        settle(page)
        assert _nav_labels(page) == ["Start", "Questionnaire", "Timeline", "Offers", "Save & share"]
        expect(page.get_by_text("Expected decision window")).to_be_visible()
        page.close()


def test_filling_the_questionnaire_on_a_phone_shows_the_reading(server: str, phone: Page) -> None:
    phone.goto(f"{server}/questionnaire")
    settle(phone)

    phone.locator(".st-key-q_company input").fill("Northwind")
    phone.locator(".st-key-q_company input").press("Enter")
    settle(phone)
    phone.locator(".st-key-q_next button").click()  # on to 2 · Timing
    settle(phone)
    phone.locator(".st-key-q_timing").get_by_text("“We will be in touch”").click()
    settle(phone)
    open_step(phone, "q_signals_good")
    phone.locator(".st-key-q_signals_good").get_by_text("I was introduced").click()
    settle(phone)

    expect(phone.get_by_text("What they said likely means")).to_be_visible()
    expect(phone.get_by_text("They are still deciding", exact=True)).to_be_visible()
    expect(phone.get_by_text("Do this today")).to_be_visible()
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways on a phone ({width}px wide)"


def test_the_start_button_opens_the_questionnaire(server: str, phone: Page) -> None:
    phone.goto(server)
    settle(phone)

    phone.locator(".st-key-home_start button").click()
    settle(phone)

    expect(phone.get_by_role("heading", name="Questionnaire")).to_be_visible()
    assert phone.url.endswith("/questionnaire")


def test_a_browser_set_to_british_english_starts_in_the_uk_with_day_first_dates(
    server: str, browser: Browser
) -> None:
    context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{server}/questionnaire")
    settle(page)

    day_first = r"\s*/\s*".join(date.today().strftime("%d %m %Y").split())
    expect(page.locator(".st-key-q_interview_date")).to_contain_text(re.compile(day_first))
    page.locator(".st-key-q_company input").fill("Northwind")
    page.locator(".st-key-q_company input").press("Enter")
    settle(page)
    open_step(page, "q_country")
    expect(page.locator(".st-key-q_country input")).to_have_value("United Kingdom")
    context.close()


# An answer reruns only the page below the navigation (a fragment, for speed): what the router
# does on a full run (the plan in the link, the confirmations, the notices) must still follow.


def test_every_answer_keeps_the_plan_in_the_link_and_the_navigation_in_place(
    server: str, phone: Page
) -> None:
    phone.goto(f"{server}/questionnaire")
    settle(phone)
    fill_company(phone, "Northwind")
    after_company = phone.url
    role = phone.locator(".st-key-q_role input")
    role.fill("Analyst")
    role.press("Enter")
    settle(phone)

    assert "plan=" in after_company
    assert phone.url != after_company
    assert _nav_labels(phone) == ["Start", "Questionnaire", "Timeline", "Offers", "Save & share"]
    phone.reload()  # a refresh opens the plan the link carries, with the last answer in it
    settle(phone)
    expect(phone.locator(".st-key-q_role input")).to_have_value("Analyst")


def test_removing_an_application_is_confirmed(server: str, phone: Page) -> None:
    phone.goto(f"{server}/questionnaire")
    settle(phone)
    fill_company(phone, "Northwind")

    phone.locator(".st-key-q_applications").get_by_role("button", name="Remove").click()
    phone.locator(".st-key-q_remove button").click()
    settle(phone)

    expect(phone.get_by_text("Application removed.")).to_be_visible()
    expect(phone.locator(".st-key-q_company input")).to_have_value("")


def test_the_notice_of_a_broken_link_goes_once_an_answer_is_saved(server: str, phone: Page) -> None:
    phone.goto(f"{server}/questionnaire?plan=not-a-plan")
    settle(phone)
    notice = phone.get_by_text("The plan in this link could not be opened")
    expect(notice).to_be_visible()

    fill_company(phone, "Northwind")

    expect(notice).to_have_count(0)
    expect(phone.get_by_text("Expected decision window")).to_be_visible()
