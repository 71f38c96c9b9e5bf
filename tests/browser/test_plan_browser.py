"""A plan is never lost: refresh, share links on a fresh server, examples; and nothing is kept."""

import time
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from advisor.examples import Example, examples
from tests.browser.conftest import ROOT, add_applications, settle, streamlit_server
from tests.ui.apptest import TODAY

pytestmark = pytest.mark.browser


def _wait_for_plan_in_address(page: Page) -> str:
    page.wait_for_function("() => new URL(location.href).searchParams.has('plan')")
    return page.url


def test_a_refresh_brings_back_every_answer(server: str, browser: Browser) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    add_applications(page, server, "Northwind", "Contoso")
    page.locator(".st-key-q_role input").fill("Data analyst")
    page.locator(".st-key-q_role input").press("Enter")
    settle(page)
    page.get_by_role("link", name="Timeline").click()
    settle(page)
    name = page.locator(".st-key-t_candidate_name input")
    name.fill("Alex Morgan")
    name.press("Enter")
    settle(page)
    _wait_for_plan_in_address(page)

    page.reload()
    settle(page)

    expect(page.get_by_role("heading", name="Timeline")).to_be_visible()
    expect(page.locator(".st-key-t_candidate_name input")).to_have_value("Alex Morgan")
    expect(page.locator("[data-testid='stVegaLiteChart']").first).to_be_visible()
    page.get_by_role("link", name="Questionnaire").click()
    settle(page)
    expect(page.locator(".st-key-q_company input")).to_have_value("Northwind")
    page.locator(".st-key-q_application [role='combobox']").click()
    page.get_by_role("option", name="Contoso · Data analyst").click()
    settle(page)
    expect(page.locator(".st-key-q_role input")).to_have_value("Data analyst")
    page.close()


def test_a_share_link_opens_the_plan_on_the_timeline_of_a_freshly_started_server(
    server: str, browser: Browser
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    add_applications(page, server, "Northwind")
    page.get_by_role("link", name="Save & share").click()
    settle(page)
    page.get_by_text("The whole link").click()
    link = page.locator("[data-testid='stCode'] code").first.inner_text().strip()
    assert "/timeline?plan=" in link
    page.close()

    with streamlit_server() as fresh:
        context = browser.new_context(viewport={"width": 390, "height": 844})
        client = context.new_page()
        client.goto(fresh + link[link.index("/timeline") :])
        settle(client)

        expect(client.get_by_role("heading", name="Timeline")).to_be_visible()
        expect(client.get_by_text("Northwind").first).to_be_visible()
        expect(client.locator("[data-testid='stVegaLiteChart']").first).to_be_visible()
        context.close()


@pytest.mark.parametrize("example", examples(today=TODAY), ids=lambda e: e.key)
def test_each_example_loads_from_the_start_page(
    server: str, browser: Browser, example: Example
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server)
    settle(page)

    page.locator(f".st-key-home_example_{example.key} button").click()
    settle(page)

    expect(page.get_by_text(f"Example: {example.title}")).to_be_visible()
    page.get_by_role("link", name="Timeline").click()
    settle(page)
    company = example.plan.applications[0].company
    expect(page.get_by_text(company).first).to_be_visible()
    expect(page.locator("[data-testid='stException']")).to_have_count(0)
    page.close()


def test_nothing_typed_is_written_to_the_servers_disk_or_log(browser: Browser) -> None:
    marker = f"Zyxwv Marker {time.time_ns()}"
    started = time.time()
    output: list[str] = []
    with streamlit_server(output) as url:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        add_applications(page, url, marker)
        page.get_by_role("link", name="Timeline").click()
        settle(page)
        page.reload()
        settle(page)
        expect(page.get_by_text(marker).first).to_be_visible()
        token = _wait_for_plan_in_address(page).split("plan=", 1)[1]
        page.close()

    assert marker not in "".join(output)
    assert token[:24] not in "".join(output)  # not even the compressed plan in the address
    # The server runs from the project folder; Streamlit keeps its own files under ~/.streamlit.
    for folder in (ROOT, Path.home() / ".streamlit"):
        for path in folder.rglob("*"):
            if ".git" in path.parts or not path.is_file() or path.stat().st_mtime < started:
                continue
            assert marker.encode() not in path.read_bytes(), f"{path} holds what the user typed"


def test_each_page_has_its_own_tab_title(server: str, browser: Browser) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    titles = {}
    for path, name in [
        ("", "Start"),
        ("questionnaire", "Questionnaire"),
        ("timeline", "Timeline"),
        ("offers", "Offers"),
        ("plan", "Save & share"),
    ]:
        page.goto(f"{server}/{path}")
        settle(page)
        titles[name] = page.title()
    page.close()

    assert titles == {name: f"{name} · Interview follow-up advisor" for name in titles}


def test_no_request_leaves_the_server_on_any_page(server: str, browser: Browser) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    outside: list[str] = []
    page.on(
        "request",
        lambda request: (
            outside.append(request.url)
            if not request.url.startswith((server, "data:", "blob:"))
            else None
        ),
    )

    for path in ("", "questionnaire", "timeline", "offers", "plan"):
        page.goto(f"{server}/{path}")
        settle(page)
        page.wait_for_timeout(500)  # the favicon and fonts come after the page
    page.close()

    assert outside == []
