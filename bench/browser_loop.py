"""The browser loop: the app's server and the references', a tab on each, the interaction made
in each tab in turn (reversed every round), and the first loads of each page from a share link.
Times are taken inside the page (bench/browser.py)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from urllib.parse import urlencode

from playwright.sync_api import Browser, Page

from advisor.share_link import plan_to_token
from bench import browser as harness
from bench.apptest_loop import APP, REFERENCE, Recordings
from bench.replay import RECORD_PARAMETER, RECORDING_ENV
from bench.report import Row
from bench.scenarios import Interaction
from tests.browser.conftest import IDLE

__all__ = ["measure_browser", "servers"]


@contextlib.contextmanager
def servers() -> Iterator[tuple[str, str]]:
    """The app's server and the references' (each reference URL names its records)."""
    with contextlib.ExitStack() as stack:
        app = stack.enter_context(harness.streamlit_server(APP, {}))
        # The records are named in each URL; the variable is only there for a URL without one.
        reference = stack.enter_context(harness.streamlit_server(REFERENCE, {RECORDING_ENV: ""}))
        yield app, reference


def _reference_url(server: str, records: str) -> str:
    return f"{server}/?{urlencode({RECORD_PARAMETER: records})}"


def _ready(page: Page, interaction: Interaction) -> None:
    if interaction.browser_before is not None:
        interaction.browser_before(page, 0)
        page.wait_for_selector(IDLE)
        page.wait_for_timeout(300)


def measure_browser(
    browser: Browser,
    interactions: list[Interaction],
    recordings: Recordings,
    warmup: int,
    repeat: int,
    missed: list[str],
) -> tuple[list[Row], list[Row]]:
    """Each interaction with a browser step, then each page's first load: app against
    reference. An interaction that fails is named in `missed`, and the rest still measured."""
    token = plan_to_token(recordings.plan)
    shown = [i for i in interactions if i.press is not None]
    pages = sorted({i.page for i in interactions})
    with servers() as (app, reference):
        rows = []
        for interaction in shown:
            records = recordings.of(interaction.page, interaction.before, interaction.act)
            urls = {
                "app": f"{app}/{interaction.page}?plan={token}",
                "reference": _reference_url(reference, records),
            }
            try:
                rows.append(_browser_row(browser, interaction, urls, warmup, repeat))
            except Exception as error:
                reason = str(error).splitlines()[0][:160]
                missed.append(f"- {interaction.page}: {interaction.name}: not measured ({reason})")
            print(f"  browser {interaction.page or 'start'}: {interaction.name}", file=sys.stderr)
        load_rows = []
        for page in pages:
            urls = {
                "app": f"{app}/{page}?plan={token}",
                "reference": _reference_url(reference, recordings.of(page)),
            }
            times = first_loads(browser, urls, warmup, repeat)
            load_rows.append(Row(page, "first load from a share link", *times.values()))
            print(f"  browser first load: {page or 'start'}", file=sys.stderr)
    return rows, load_rows


def first_loads(
    browser: Browser, urls: dict[str, str], warmup: int, repeat: int
) -> dict[str, list[float]]:
    """Each of `urls` opened in a new context in turn, every round (reversed every round)."""
    times: dict[str, list[float]] = {name: [] for name in urls}
    for round_ in range(warmup + repeat):
        for name in list(urls) if round_ % 2 == 0 else list(reversed(urls)):
            trip = harness.first_load(browser, urls[name])
            if round_ >= warmup:
                times[name].append(trip.total)
    return times


def _browser_row(
    browser: Browser, interaction: Interaction, urls: dict[str, str], warmup: int, repeat: int
) -> Row:
    """The app's and the reference's tabs taking turns at one interaction."""
    press = interaction.press
    if press is None:
        raise ValueError("no browser step")
    tabs = {name: harness.open_page(browser, url) for name, url in urls.items()}
    try:
        for tab in tabs.values():
            _ready(tab, interaction)
        times: dict[str, list[float]] = {"app": [], "reference": []}
        for round_ in range(warmup + repeat):
            for name in list(tabs) if round_ % 2 == 0 else list(reversed(tabs)):
                tab = tabs[name]
                if interaction.changes_plan and round_ > 0:  # reopened, outside the time
                    harness.reopen(tab, urls[name])
                    _ready(tab, interaction)
                if interaction.download:
                    trip = harness.download_trip(tab, press, round_)
                else:
                    expect = interaction.expect if name == "app" else None
                    shown = None if expect is None else expect(round_)
                    trip = harness.round_trip(tab, press, round_, shown, interaction.browser_each)
                if round_ >= warmup:
                    times[name].append(trip.total)
    finally:
        for tab in tabs.values():
            tab.close()
    return Row(interaction.page, interaction.name, times["app"], times["reference"])
