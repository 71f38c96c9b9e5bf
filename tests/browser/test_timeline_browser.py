from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar, Component
from playwright.sync_api import Browser, Page, expect

from advisor import Application, DateStyle, Plan
from advisor.examples import examples
from advisor.share_link import plan_to_token
from tests.advisor.test_dates import DAY, MONTH, WRITTEN
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


def _download_ics(page: Page, path: Path) -> dict[str, Component]:
    with page.expect_download(timeout=60_000) as download:
        page.locator(".st-key-t_ics button").click()
    download.value.save_as(path)
    return {str(e["UID"]): e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


def test_a_step_marked_done_is_cancelled_in_the_next_calendar_file_with_a_higher_sequence(
    server: str, browser: Browser, tmp_path: Path
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    add_applications(page, server, "Northwind")
    page.get_by_role("link", name="Timeline").click()
    settle(page)
    before = _download_ics(page, tmp_path / "before.ics")
    (thank_you,) = [uid for uid in before if uid.endswith("-thank_you@interview-follow-up-advisor")]
    assert str(before[thank_you]["STATUS"]) == "CONFIRMED"

    page.wait_for_timeout(1100)  # a person downloads again seconds later, at the earliest
    page.locator(".st-key-t_next_done button").click()
    settle(page)
    after = _download_ics(page, tmp_path / "after.ics")

    assert set(after) == set(before)  # the same events, updated in place by their UIDs
    assert str(after[thank_you]["STATUS"]) == "CANCELLED"
    assert int(after[thank_you]["SEQUENCE"]) > int(before[thank_you]["SEQUENCE"])
    assert all(int(after[u]["SEQUENCE"]) > int(before[u]["SEQUENCE"]) for u in after)
    page.close()


def test_marking_a_step_done_on_a_phone_is_confirmed_in_view(server: str, phone: Page) -> None:
    northwind = Application(id="north01", company="Northwind", interview_date=date.today())
    phone.goto(f"{server}/timeline?plan={plan_to_token(Plan(applications=(northwind,)))}")
    settle(phone)
    phone.locator(".st-key-t_next_done button").scroll_into_view_if_needed()

    phone.locator(".st-key-t_next_done button").click()
    settle(phone)

    toast = phone.locator("[data-testid='stToast']", has_text="Done: Thank-you.")
    expect(toast).to_be_visible()
    box = toast.bounding_box()
    assert box is not None
    assert box["y"] >= 0  # inside the phone's screen
    assert box["y"] + box["height"] <= 844


@pytest.mark.parametrize(("locale", "style"), [("en-US", MONTH), ("en-GB", DAY)])
def test_the_browsers_language_setting_decides_how_the_timeline_writes_dates(
    server: str, browser: Browser, locale: str, style: DateStyle
) -> None:
    plan = next(e.plan for e in examples(today=date.today()) if e.key == "clear-timeline")
    context = browser.new_context(locale=locale, viewport={"width": 1280, "height": 900})
    page = context.new_page()

    page.goto(f"{server}/timeline?plan={plan_to_token(plan)}")
    settle(page)

    expect(page.locator(".st-key-t_next_action")).to_contain_text(WRITTEN[style])
    context.close()
