from pathlib import Path

import pytest
from icalendar import Calendar
from playwright.sync_api import Browser, expect

from tests.browser.conftest import add_applications, settle

pytestmark = pytest.mark.browser


def test_the_timeline_chart_renders_and_the_calendar_file_downloads(
    server: str, browser: Browser, tmp_path: Path
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    console_errors = add_applications(page, server, "Northwind", "Contoso")

    page.get_by_role("link", name="Timeline").click()
    settle(page)

    chart = page.locator("[data-testid='stVegaLiteChart']").first
    expect(chart.locator("canvas, svg").first).to_be_visible()
    box = chart.bounding_box()
    assert box is not None
    assert box["height"] > 100
    expect(page.locator(".st-key-t_next_action")).to_contain_text("NEXT ACTION")
    assert not [e for e in console_errors if "vega" in e.lower() or "svg" in e.lower()]

    with page.expect_download(timeout=60_000) as download:  # a loaded CI machine can be slow
        page.locator(".st-key-t_ics button").click()
    saved = tmp_path / "plan.ics"
    download.value.save_as(saved)
    calendar = Calendar.from_ical(saved.read_bytes())
    summaries = [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]
    assert any("Northwind" in s for s in summaries)
    assert any("Contoso" in s for s in summaries)
    page.close()
