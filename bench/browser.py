"""The browser harness: servers for the app and its references, a fresh tab per session, and
times taken inside the page with performance.now().

- An interaction: from the key press or pointer press that ends it, to the latest of the script
  idle again (or the last server message, for a rerun too quick to show as running), the
  expected text shown, and the last change inside a chart, once nothing has changed for
  QUIET_MS.
- A download: from the press to the browser's download event.
- A first load: a new browser context (no cache, no session) opening a share link, from the
  navigation's start to the same settled page.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Browser, Page, ViewportSize
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, IDLE
from tests.browser.conftest import streamlit_server as browser_server

__all__ = [
    "CHART",
    "CHROMIUM",
    "CHROMIUM_ARGS",
    "Trip",
    "download_trip",
    "first_load",
    "open_page",
    "reopen",
    "round_trip",
    "streamlit_server",
]

CHART = "[data-testid='stVegaLiteChart']"
QUIET_MS = 400  # a page counts as drawn once nothing in it has changed for this long
VIEWPORT: ViewportSize = {"width": 1280, "height": 900}
Step = Callable[[Page, int], None]

# Added to every page before Streamlit loads: the arrival time of each message from the server
# (a rerun so quick that the page never shows "running" still ends with a message).
_HOOK_WEBSOCKET = """
window.WebSocket = class extends window.WebSocket {
  constructor(...args) {
    super(...args);
    this.addEventListener("message", () => {
      const b = window.__bench;
      if (!b || b.start === null) return;
      b.lastMessage = performance.now();
      b.firstMessage ??= b.lastMessage;
    });
  }
};
"""
# Installed once per page, reset before each interaction: timestamps (performance.now()) of the
# key press (seen in the capture phase, before Streamlit), of the script leaving and regaining
# the idle state, of the last change inside a chart, and of the expected text appearing.
_ARM = """
(expect) => {
  window.__bench = {start: null, busy: null, idle: null, firstMessage: null, lastMessage: null,
                    lastChart: null, textAt: null, expect};
  if (window.__benchInstalled) return;
  window.__benchInstalled = true;
  const CHART = "[data-testid='stVegaLiteChart']";
  const app = document.querySelector("[data-testid='stApp']");
  for (const kind of ["keydown", "pointerdown"]) {
    document.addEventListener(kind, () => {
      const b = window.__bench;
      if (b.start === null) b.start = performance.now();
    }, true);
  }
  new MutationObserver(() => {
    const b = window.__bench, now = performance.now();
    if (b.start === null) return;
    const state = app.getAttribute("data-test-script-state");
    if (state !== "notRunning" && b.busy === null) b.busy = now;
    if (state === "notRunning" && b.busy !== null && b.idle === null) b.idle = now;
  }).observe(app, {attributes: true, attributeFilter: ["data-test-script-state"]});
  const inChart = (node) => {
    const element = node.nodeType === 1 ? node : node.parentElement;
    return !!element?.closest(CHART);
  };
  const holdsChart = (node) =>
    node.nodeType === 1 && (node.matches(CHART) || !!node.querySelector(CHART));
  // Text on the page, or in an input's value attribute (a selectbox shows its choice there).
  const shows = (text) => document.body.textContent.includes(text) ||
    [...document.querySelectorAll("input")].some((e) => e.getAttribute("value")?.includes(text));
  new MutationObserver((records) => {
    const b = window.__bench, now = performance.now();
    if (b.start === null) return;
    if (records.some((r) => inChart(r.target) || [...r.addedNodes].some(holdsChart))) {
      b.lastChart = now;
    }
    if (b.expect !== null && b.textAt === null && shows(b.expect)) b.textAt = now;
  }).observe(document.body, {subtree: true, childList: true, attributes: true,
                             characterData: true});
}
"""
# Settled: the script is idle after a rerun (seen, or at least a message came back), the
# expected text is shown, and nothing has happened for `quiet` milliseconds.
_DONE = """
(quiet) => {
  const b = window.__bench;
  const app = document.querySelector("[data-testid='stApp']");
  if (app.getAttribute("data-test-script-state") !== "notRunning") return false;
  if (b.idle === null && b.lastMessage === null) return false;
  if (b.expect !== null && b.textAt === null) return false;
  const last = Math.max(b.idle ?? 0, b.lastMessage ?? 0, b.lastChart ?? 0, b.textAt ?? 0);
  return performance.now() - last >= quiet;
}
"""


# A first load: the page's own clock starts at the navigation, so "start" is 0 from the outset.
_ARM_LOAD = _ARM.replace("window.__bench = {start: null", "window.__bench = {start: 0")
_INSTALL_ON_LOAD = (  # armed as soon as Streamlit's app element exists
    "(() => { const arm = " + _ARM_LOAD + "; const wait = () => "
    "document.querySelector(\"[data-testid='stApp']\") ? arm(null) : setTimeout(wait, 5); "
    "wait(); })();"
)


@dataclass(frozen=True)
class Trip:
    """One measured wait, in milliseconds."""

    total: float  # the press (or the navigation) to the settled page
    server: float  # first to last message from the server, as the page received them


def _settled(page: Page) -> Trip:
    try:
        page.wait_for_function(_DONE, arg=QUIET_MS, polling=25, timeout=120_000)
    except PlaywrightTimeout:
        seen = page.evaluate("() => window.__bench")
        raise RuntimeError(f"{page.url}: the page did not settle: {seen}") from None
    marks: dict[str, float | None] = page.evaluate("() => window.__bench")
    start, first, last = marks["start"], marks["firstMessage"], marks["lastMessage"]
    if start is None or first is None or last is None:
        raise RuntimeError(f"{page.url}: no press or no rerun seen: {marks}")
    finished = marks["idle"] if marks["idle"] is not None else last
    end = max(finished, marks["lastChart"] or 0.0, marks["textAt"] or 0.0)
    return Trip(total=end - start, server=last - first)


def round_trip(
    page: Page, act: Step, i: int, expect: str | None, prepare: Step | None = None
) -> Trip:
    """Time one interaction (`act` ends with the press that starts the clock), after `prepare`
    (a list opened), untimed."""
    if prepare is not None:
        prepare(page, i)
    page.evaluate(_ARM, expect)
    act(page, i)
    return _settled(page)


def download_trip(page: Page, act: Step, i: int) -> Trip:
    """Time a download: from the press `act` ends with to the browser's download starting (read
    in the page once Playwright reports it: a few milliseconds late, alike for every page)."""
    page.evaluate(_ARM, None)
    with page.expect_download(timeout=120_000) as started:
        act(page, i)
    started.value.cancel()  # the file itself is not wanted
    end = page.evaluate("() => performance.now()")
    marks = page.evaluate("() => window.__bench")
    if marks["start"] is None:
        raise RuntimeError(f"{page.url}: no press seen")
    first, last = marks["firstMessage"], marks["lastMessage"]
    return Trip(total=end - marks["start"], server=0.0 if first is None else last - first)


def first_load(browser: Browser, url: str) -> Trip:
    """Open `url` in a new browser context, as a visitor following a share link would."""
    context = browser.new_context(viewport=VIEWPORT)
    try:
        page = context.new_page()
        page.add_init_script(_HOOK_WEBSOCKET)
        page.add_init_script(_INSTALL_ON_LOAD)
        page.goto(url)
        page.wait_for_selector(IDLE, timeout=120_000)
        return _settled(page)
    finally:
        context.close()


@contextlib.contextmanager
def streamlit_server(script: Path, env: dict[str, str]) -> Iterator[str]:
    """A server for `script`, started exactly as the browser tests start the app."""
    with browser_server(
        script=script,
        options=["--server.headless=true", "--server.fileWatcherType=none"],
        env=env,
    ) as url:
        yield url


def open_page(browser: Browser, url: str) -> Page:
    """A tab (its own session) on `url`, once the script is idle and any chart drawn."""
    page = browser.new_page(viewport=VIEWPORT)
    page.set_default_timeout(120_000)
    page.add_init_script(_HOOK_WEBSOCKET)
    reopen(page, url)
    return page


def reopen(page: Page, url: str) -> None:
    """Open `url` in the tab (a new session), and wait until the script is idle and any chart
    drawn."""
    page.goto(url)
    page.wait_for_selector(IDLE)
    if page.locator(CHART).count():
        page.locator(f"{CHART} svg, {CHART} canvas").first.wait_for()
    page.wait_for_timeout(1000)  # let late layout passes finish before the first interaction
