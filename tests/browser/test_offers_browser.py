import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import add_applications, settle

pytestmark = pytest.mark.browser


def _pick(page: Page, key: str, option: str) -> None:
    page.locator(f".st-key-{key} [role='combobox']").click()
    page.get_by_role("option", name=option, exact=True).click()
    settle(page)


def test_an_offer_against_a_first_choice_shows_the_chart_the_choices_and_a_next_step(
    server: str, browser: Browser
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    console_errors = add_applications(page, server, "Contoso", "Northwind")
    page.get_by_role("link", name="Offers").click()
    settle(page)

    _pick(page, "o_rank_1", "Contoso")
    _pick(page, "o_rank_2", "Northwind")
    _pick(page, "o_offer_for", "Northwind")
    page.locator(".st-key-o_save_offer button").click()
    expect(page.get_by_role("heading", name="Your next step")).to_be_visible(timeout=30_000)
    settle(page)

    chart = page.locator("[data-testid='stVegaLiteChart']").first
    expect(chart.locator("canvas, svg").first).to_be_visible()
    box = chart.bounding_box()
    assert box is not None
    assert box["height"] > 100
    expect(page.get_by_text("assumed: they gave no date")).to_be_visible()
    next_step = page.locator(".st-key-o_next_step")
    expect(next_step).to_contain_text("Tell Contoso about the offer")
    expect(next_step.locator("code")).to_contain_text("another employer")
    assert not [e for e in console_errors if "vega" in e.lower() or "svg" in e.lower()]

    page.set_viewport_size({"width": 390, "height": 844})
    settle(page)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the offers page scrolls sideways on a phone ({width}px wide)"
    page.close()
