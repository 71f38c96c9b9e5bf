from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect

from advisor.examples import examples
from advisor.share_link import plan_from_token, plan_to_token
from advisor.terms import Criterion
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


def _weight_in_url(page: Page, criterion: Criterion) -> int:
    token = parse_qs(urlsplit(page.url).query)["plan"][0]
    return plan_from_token(token, today=date.today()).weights.of(criterion)


def test_a_weight_moved_in_the_comparison_fragment_reaches_the_address_and_survives_refresh(
    server: str, browser: Browser
) -> None:
    """Weights and the comparison are a fragment, so a slider there reruns only that part: the
    change must still reach the plan in the page's address (a refresh brings it back) and leave
    the rest of the page in place; a weight set to zero must still drop that criterion's rating
    above the fragment; the scores table, drawn only while its expander is open, opens."""
    example = next(e for e in examples(today=date.today()) if e.key == "offer-before-first-choice")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{server}/offers?plan={plan_to_token(example.plan)}")
    settle(page)
    expect(page.get_by_role("heading", name="Your next step")).to_be_visible()
    before = _weight_in_url(page, Criterion.TEAM)
    slider = page.locator(".st-key-o_weight_team input[type='range']")

    slider.press("ArrowLeft" if before == 5 else "ArrowRight")
    settle(page)
    after = before - 1 if before == 5 else before + 1
    page.wait_for_function(
        "(n) => new URLSearchParams(location.search).get('plan') !== n",
        arg=plan_to_token(example.plan),
    )
    assert _weight_in_url(page, Criterion.TEAM) == after
    expect(page.get_by_role("heading", name="Your next step")).to_be_visible()  # rest intact

    page.reload()
    settle(page)
    expect(page.locator(".st-key-o_weight_team input[type='range']")).to_have_value(str(after))

    # A weight set to zero reruns the whole page, since the ratings above ask only about the
    # criteria that count: the team rating goes.
    team_rating = page.locator("[class*='st-key-o_rate_'][class*='_team']")
    expect(team_rating).to_have_count(1)
    page.locator(".st-key-o_weight_team input[type='range']").press("Home")
    settle(page)
    expect(team_rating).to_have_count(0)
    assert _weight_in_url(page, Criterion.TEAM) == 0

    assert page.locator("[data-testid='stDataFrame']").count() == 0  # closed: not drawn
    page.get_by_text("The scores as a table, and how pay is counted").click()
    settle(page)
    expect(page.locator("[data-testid='stDataFrame']")).to_be_visible()
    page.close()
