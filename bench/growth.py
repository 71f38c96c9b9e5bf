"""How the pages grow with the plan: the questionnaire, the timeline and the offers page with
plans of 1, 10 and 100 applications (bench/plans.py), each size against the one-application
plan from the same loop: a rerun under AppTest, and the first load from a share link in the
browser (a new context each time)."""

from __future__ import annotations

import sys
from datetime import date

from playwright.sync_api import Browser
from streamlit.testing.v1 import AppTest

from advisor.share_link import plan_to_token
from bench import browser as harness
from bench.apptest_loop import APP, Timed, open_app, run_loop
from bench.browser_loop import first_loads
from bench.plans import SIZES, growth_plan
from bench.report import Growth
from bench.scenarios import PAGES

__all__ = ["GROWTH_PAGES", "growth_apptest", "growth_browser"]

GROWTH_PAGES = ("questionnaire", "timeline", "offers")


def growth_apptest(pages: list[str], today: date, warmup: int, repeat: int) -> list[Growth]:
    """Each page's rerun (nothing changed) with each plan size, the sizes taking turns."""
    rows = []
    for page in pages:
        entries = [
            Timed(str(size), open_app(PAGES[page], growth_plan(size, today), today), _rerun)
            for size in SIZES
        ]
        run_loop(entries, warmup, repeat)
        times = {size: entry.times_ms for size, entry in zip(SIZES, entries, strict=True)}
        rows.append(Growth(page, "rerun", times))
        print(f"  AppTest growth: {page}", file=sys.stderr)
    return rows


def _rerun(at: AppTest, i: int) -> None:
    """Nothing changed: the rerun alone, as after a press of R."""


def growth_browser(
    browser: Browser, pages: list[str], today: date, warmup: int, repeat: int
) -> list[Growth]:
    """Each page's first load from a share link to a plan of each size, the sizes taking turns."""
    tokens = {size: plan_to_token(growth_plan(size, today)) for size in SIZES}
    rows = []
    with harness.streamlit_server(APP, {}) as app:
        for page in pages:
            urls = {str(size): f"{app}/{page}?plan={token}" for size, token in tokens.items()}
            times = first_loads(browser, urls, warmup, repeat)
            rows.append(Growth(page, "first load", {int(s): t for s, t in times.items()}))
            print(f"  browser growth: {page}", file=sys.stderr)
    return rows
