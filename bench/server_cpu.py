"""The server's CPU time per interaction and per first load, as bench/server_cost.py reports it.

The CPU time is Linux's per-process clock (the value clock_getcpuclockid gives,
``(~pid << 3) | 2``), of the server and of any child it has: nanoseconds, every thread, the
finished ones too (/proc/<pid>/stat counts in 10 ms ticks). A measure runs from just before the
press (or the navigation) until the page's script is idle and the server has stopped working,
less what the idle server spends in that time (its event loop, a few ms a second).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Browser, BrowserContext, Page

from bench.scenarios import INTERACTIONS, PAGES, Interaction
from tests.browser.conftest import IDLE

__all__ = ["Costs", "Server", "cpu_ms", "measure_cpu", "new_page"]

VIEWPORT = {"width": 1280, "height": 900}
QUIET_WINDOW_S = 0.2  # the server counts as quiet after two such windows...
QUIET_CPU_MS = 3.0  # ...each adding less CPU time than this


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found += [int(child) for child in task.read_text().split()]
        except OSError:  # the thread has just ended
            continue
    return found


def cpu_ms(pid: int) -> float:
    """CPU time so far, in ms, of process `pid` and its descendants."""
    total = 0.0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            total += time.clock_gettime(((~current) << 3) | 2) * 1000
        except OSError:  # a child that has just ended
            continue
        pending += _children(current)
    return total


@dataclass(frozen=True)
class Mark:
    """The server's CPU clock (ms) and the wall clock (s) at one moment."""

    cpu: float
    wall: float


@dataclass
class Server:
    """The server measured: its URL, its process, and its CPU ms a second when idle."""

    url: str
    pid: int
    idle: float = 0.0

    def mark(self) -> Mark:
        return Mark(cpu_ms(self.pid), time.monotonic())

    def spent(self, start: Mark, end: Mark) -> float:
        """The CPU ms from `start` to `end`, less the idle server's own."""
        return end.cpu - start.cpu - self.idle * (end.wall - start.wall)

    def measure_idle(self, seconds: float) -> None:
        start = self.mark()
        time.sleep(seconds)
        end = self.mark()
        self.idle = (end.cpu - start.cpu) / (end.wall - start.wall)

    def quiet(self, page: Page) -> Mark:
        """Wait for the page's script to be idle and the server to stop working."""
        page.wait_for_timeout(150)
        page.wait_for_selector(IDLE, timeout=300_000)
        last, calm, deadline = self.mark(), 0, time.monotonic() + 120
        while calm < 2:
            if time.monotonic() > deadline:
                raise RuntimeError("the server kept working for two minutes")
            time.sleep(QUIET_WINDOW_S)
            now = self.mark()
            calm = calm + 1 if now.cpu - last.cpu < QUIET_CPU_MS else 0
            last = now
        return last


def new_page(browser: Browser) -> tuple[BrowserContext, Page]:
    """A tab in a new browser context: a new visitor, with no cache and no session."""
    context = browser.new_context(viewport=VIEWPORT)
    return context, _tab(context)


def _tab(context: BrowserContext) -> Page:
    page = context.new_page()
    page.set_default_timeout(10_000)  # the page is idle before each step: a missing widget fails
    page.set_default_navigation_timeout(300_000)
    return page


def first_load_ms(browser: Browser, server: Server, link: str) -> float:
    """Open `link` as a new visitor would."""
    context, page = new_page(browser)
    try:
        start = server.mark()
        page.goto(link)
        return server.spent(start, server.quiet(page))
    finally:
        context.close()


def interaction_ms(
    context: BrowserContext, server: Server, link: str, interaction: Interaction, runs: int
) -> list[float]:
    """The server's CPU for `runs` presses of `interaction` in a new tab (its own session).

    Outside the measure: the link reopened before each press if the press changes the plan, the
    page brought there (a step opened), and before each press what the browser alone does (a
    list opened)."""
    press, each = interaction.press, getattr(interaction, "browser_each", None)
    if press is None:
        raise ValueError("no browser step")
    page = _tab(context)
    spent: list[float] = []
    try:
        for run in range(runs):
            if run == 0 or interaction.changes_plan:
                page.goto(link)
                server.quiet(page)
                if interaction.browser_before is not None:
                    interaction.browser_before(page, 0)
                    server.quiet(page)
            if each is not None:  # a list opened: in the browser only
                each(page, run)
            start = server.mark()
            press(page, run)
            spent.append(server.spent(start, server.quiet(page)))
    finally:
        page.close()
    return spent


@dataclass
class Costs:
    """Medians of the server's CPU ms, by (what, plan name); what could not be measured."""

    cpu: dict[tuple[str, str], float] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def measure(self, what: str, plan: str, measured: Callable[[], list[float]]) -> None:
        started = time.monotonic()
        try:
            self.cpu[what, plan] = statistics.median(measured())
        except Exception as error:  # a step that no longer fits the page: report, go on
            reason = (str(error).splitlines() or [repr(error)])[0][:160]
            self.problems.append(f"{what} ({plan} plan): not measured ({reason})")
        print(f"  {plan}: {what} ({time.monotonic() - started:.0f} s)", file=sys.stderr)

    def medians(self, plan: str, loads: bool) -> list[float]:
        """This plan's figures: the first loads' (`loads`), or the interactions'."""
        return [
            ms for (what, name), ms in self.cpu.items() if name == plan and (_LOAD in what) == loads
        ]


_LOAD = "first load from a share link"


def measure_cpu(
    browser: Browser, server: Server, tokens: dict[str, str], args: argparse.Namespace
) -> Costs:
    """Each page's first load, then each interaction with a browser step, on each plan."""
    costs = Costs()
    runs = args.warmup + args.rounds
    tabs = browser.new_context(viewport=VIEWPORT)  # the interactions' tabs share a cache
    for name, token in tokens.items():
        for path in PAGES:
            link = f"{server.url}/{path}?plan={token}"
            costs.measure(
                f"{path or 'start'}: {_LOAD}",
                name,
                lambda link=link: [first_load_ms(browser, server, link) for _ in range(runs)][
                    args.warmup :
                ],
            )
        for interaction in (i for i in INTERACTIONS if i.press is not None):
            link = f"{server.url}/{interaction.page}?plan={token}"
            costs.measure(
                f"{interaction.page or 'start'}: {interaction.name}",
                name,
                lambda link=link, i=interaction: interaction_ms(tabs, server, link, i, runs)[
                    args.warmup :
                ],
            )
    tabs.close()
    return costs
