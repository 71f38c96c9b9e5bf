"""How fast the app answers, against the least Streamlit needs to draw the same thing.

Run by hand from anywhere: ``python bench/bench.py [--repeat N] [--quick]``. Prints Markdown:

1. AppTest rerun: the median time of ``at.run()`` after an interaction, for each page, against
   a reference script run in the same loop (a one-widget script for pages without a chart; the
   same chart, drawn from frames built once, for the timeline and offers pages).
2. Browser round trip: headless Chromium against real servers, from the key press that ends the
   interaction to the updated page (the script idle again, the expected text shown, the chart
   quiet), against the same references.
3. Growth: the timeline and offers pages with plans of 1, 10 and 100 applications.

Then where the time goes: the page's pure parts timed alone, per plan size. The app and its
references are measured in turns in the same loop, so a busy machine slows both alike; only
the ratios are compared with the targets.

Options: ``--no-browser`` (AppTest and parts only), ``--profile PAGE[:SIZE]`` (a cProfile of
the app's reruns on one page, e.g. ``--profile offers`` or ``--profile timeline:100``).
The references are bench/reference_*.py. Nothing here is collected by pytest.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import logging
import os
import pickle
import platform
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
sys.path.insert(0, str(ROOT))  # for `advisor` and `ui`, as the app's own scripts see them

import streamlit  # noqa: E402  (after the path set-up)
from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402
from playwright.sync_api import TimeoutError as PlaywrightTimeout  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

from advisor import Application, Plan, add_business_days  # noqa: E402
from advisor.calendar_export import plan_to_ics  # noqa: E402
from advisor.comparison import ComparisonError, compare  # noqa: E402
from advisor.examples import examples  # noqa: E402
from advisor.offers import record_offer, timing_picture  # noqa: E402
from advisor.schedule import follow_up_schedule  # noqa: E402
from advisor.share_link import MAX_TOKEN_CHARS, plan_to_token  # noqa: E402
from advisor.windows import expected_window  # noqa: E402
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, IDLE  # noqa: E402
from tests.browser.conftest import streamlit_server as browser_server  # noqa: E402
from ui.offers_chart import (  # noqa: E402
    comparison_chart,
    comparison_frame,
    timing_chart,
    timing_frames,
)
from ui.timeline_chart import frames, timeline_chart  # noqa: E402

APP = ROOT / "app.py"
REFERENCE_MULTIPAGE = BENCH / "reference_multipage.py"
REFERENCE_WIDGET = BENCH / "reference_widget.py"
REFERENCE_TIMELINE = BENCH / "reference_timeline_chart.py"
REFERENCE_OFFERS = BENCH / "reference_offers_chart.py"

APPTEST_TARGET = 1.5  # app / reference, AppTest rerun
BROWSER_TARGET = 1.25  # app / reference, browser round trip
GROWTH_TARGET = 2.0  # 100 applications / 1 application
SIZES = (1, 10, 100)

CHART = "[data-testid='stVegaLiteChart']"
QUIET_MS = 400  # a chart counts as drawn once nothing in it has changed for this long

# ---------------------------------------------------------------------------------------------
# Plans


def example_plan(today: date) -> Plan:
    """The ready-made "offer before the first choice" case: two applications, one offer."""
    by_key = {example.key: example.plan for example in examples(today=today)}
    # Without its example title: a link does not carry it, and AppTest should see the same page.
    return by_key["offer-before-first-choice"].model_copy(update={"example": ""})


_COMPANIES = (
    "Northwind",
    "Contoso",
    "Fabrikam",
    "Woodgrove",
    "Tailspin",
    "Litware",
    "Proseware",
    "Adatum",
    "Wingtip",
    "Relecloud",
)
_ROLES = ("Data analyst", "Product manager", "Backend engineer", "UX researcher", "Team lead")
_PEOPLE = (
    ("Dana Levi", "Head of Data"),
    ("Sam Okafor", "Engineering Manager"),
    ("Priya Raman", "Director of Product"),
    ("Tom Becker", "Recruiter"),
)
_TIMINGS: tuple[tuple[str, str], ...] = (
    ("time_frame", "We will decide within two weeks."),
    ("date", ""),
    ("in_touch", "Thanks for coming in, we will be in touch."),
    ("time_frame", "You will hear from us within a week."),
    ("non_answer", ""),
    ("did_not_ask", ""),
)
_COUNTRIES = ("US", "GB", "CA", "DE", "FR")


def growth_plan(size: int, today: date) -> Plan:
    """`size` applications, interviewed 2-13 business days ago, with varied answers.

    Every tenth application (the second, the twelfth...) holds an offer, due in three business
    days; the first five are ranked, and the first choice is compared on estimates. A plan of
    one application holds an offer, so the offers page has a chart at every size.
    """
    applications: list[Application] = []
    for index in range(size):
        country = _COUNTRIES[index % len(_COUNTRIES)]
        interview = add_business_days(today, -(2 + index % 12), country=country)
        timing, phrase = _TIMINGS[index % len(_TIMINGS)]
        name, title = _PEOPLE[index % len(_PEOPLE)]
        data: dict[str, Any] = {
            "id": f"bench{index:03d}",
            "company": f"{_COMPANIES[index % len(_COMPANIES)]} {index // len(_COMPANIES) + 1}",
            "role": _ROLES[index % len(_ROLES)],
            "interviewer": {"name": name, "title": title},
            "interview_date": interview,
            "country": country,
            "email_invited": index % 2 == 0,
            "timing": timing,
            "timing_phrase": phrase,
            "topic": f"the {_ROLES[(index + 1) % len(_ROLES)].lower()} hand-over",
            "strength": "five years of SQL reporting",
        }
        if timing == "date":
            data["decision_date"] = add_business_days(today, 5 + index % 4, country=country)
        if index % 3 == 0:
            data["events"] = [{"kind": "step_done", "on": interview, "step": "thank_you"}]
        if index == 0 and size > 1:
            data["pay"] = {"base": 95_000}
            data["compare_estimate"] = True
        application = Application.model_validate(data, context={"today": today})
        if index % 10 == 1 or size == 1:
            application = record_offer(
                application=application,
                received_on=max(interview, add_business_days(today, -1, country=country)),
                deadline=add_business_days(today, 3, country=country),
                today=today,
            )
            application = application.model_copy(
                update={"pay": application.pay.model_copy(update={"base": 90_000 + index})}
            )
        applications.append(application)
    preference = tuple(application.id for application in applications[:5])
    return Plan(
        candidate_name="Alex Morgan", applications=tuple(applications), preference=preference
    )


# ---------------------------------------------------------------------------------------------
# What each measurement does


AppTestAction = Callable[[AppTest, int], None]


def type_text(key: str, template: str) -> AppTestAction:
    def act(at: AppTest, i: int) -> None:
        at.text_input(key=key).input(template.format(i=i))

    return act


def set_slider(key: str, values: Sequence[int]) -> AppTestAction:
    def act(at: AppTest, i: int) -> None:
        at.slider(key=key).set_value(values[i % len(values)])

    return act


def rerun_only(at: AppTest, i: int) -> None:
    """Nothing changes: the measured run is a plain rerun."""


class BrowserAction(Protocol):
    def perform(self, page: Page, i: int) -> None: ...

    def expected(self, i: int) -> str | None: ...


@dataclass(frozen=True)
class FillAndEnter:
    """Type into a text input and press Enter; the page then shows `expect` (if given)."""

    selector: str
    template: str
    expect: str | None = None

    def perform(self, page: Page, i: int) -> None:
        field = page.locator(self.selector)
        field.fill(self.template.format(i=i))
        field.press("Enter")

    def expected(self, i: int) -> str | None:
        return None if self.expect is None else self.expect.format(i=i)


@dataclass(frozen=True)
class PressKey:
    """Press a key on an element (a slider's thumb; the page body, where "r" reruns)."""

    selector: str
    keys: tuple[str, ...]  # pressed in turn: left then right keeps a slider in range

    def perform(self, page: Page, i: int) -> None:
        page.locator(self.selector).press(self.keys[i % len(self.keys)])

    def expected(self, i: int) -> str | None:
        return None


@dataclass(frozen=True)
class Scenario:
    """A page of the app, its interaction, and the reference it is compared with."""

    label: str
    page: str | None  # for AppTest.switch_page; None for the start page
    url_path: str  # "" for the start page
    interaction: str
    app_action: AppTestAction
    reference: Path
    reference_action: AppTestAction
    browser_action: BrowserAction
    browser_reference_action: BrowserAction


RERUN_KEY = PressKey("body", ("r",))
TYPE_REFERENCE = FillAndEnter(".st-key-text input", "Bench text {i}", "You typed: Bench text {i}")
SLIDER_STEPS = (1, 2, 3, 4, 5)

QUESTIONNAIRE = Scenario(
    label="Questionnaire",
    page="pages/questionnaire.py",
    url_path="questionnaire",
    interaction="type a new role",
    app_action=type_text("q_role", "Role {i}"),
    reference=REFERENCE_WIDGET,
    reference_action=type_text("text", "Bench text {i}"),
    # The application picker above the form names it by company and role.
    browser_action=FillAndEnter(".st-key-q_role input", "Role R{i:03d}", "· Role R{i:03d}"),
    browser_reference_action=TYPE_REFERENCE,
)
TIMELINE = Scenario(
    label="Timeline",
    page="pages/timeline.py",
    url_path="timeline",
    interaction="change the candidate name",
    app_action=type_text("t_candidate_name", "Jan {i}"),
    reference=REFERENCE_TIMELINE,
    reference_action=type_text("title", "Chart {i}"),
    # The name signs the message drafts shown under the chart.
    browser_action=FillAndEnter(".st-key-t_candidate_name input", "Jan N{i:03d}", "Jan N{i:03d}"),
    browser_reference_action=FillAndEnter(".st-key-title input", "Chart {i}"),
)
OFFERS = Scenario(
    label="Offers",
    page="pages/offers.py",
    url_path="offers",
    interaction="move a weight slider",
    app_action=set_slider("o_weight_team", SLIDER_STEPS),
    reference=REFERENCE_OFFERS,
    reference_action=set_slider("shift", SLIDER_STEPS),
    browser_action=PressKey(".st-key-o_weight_team input", ("ArrowLeft", "ArrowRight")),
    browser_reference_action=PressKey(".st-key-shift input", ("ArrowRight", "ArrowLeft")),
)
START = Scenario(
    label="Start page",
    page=None,
    url_path="",
    interaction="a rerun",
    app_action=rerun_only,
    reference=REFERENCE_WIDGET,
    reference_action=rerun_only,
    browser_action=RERUN_KEY,
    browser_reference_action=RERUN_KEY,
)
SCENARIOS = (QUESTIONNAIRE, TIMELINE, OFFERS, START)
GROWTH_SCENARIOS = (TIMELINE, OFFERS)


# ---------------------------------------------------------------------------------------------
# AppTest


def _quiet_streamlit_logs() -> None:
    """AppTest's bare-mode warnings go to stderr on every run; they are not what we measure."""
    logging.disable(logging.WARNING)


def open_app(page: str | None, plan: Plan, today: date) -> AppTest:
    """The app on `page` with `plan` in the session, as tests/ui/apptest.py opens it."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.session_state["today_override"] = today
    at.session_state["plan"] = plan
    at.run()
    if page is not None:
        at.switch_page(page).run()
    _check(at, f"app {page or 'start page'}")
    return at


def open_reference(script: Path) -> AppTest:
    at = AppTest.from_file(str(script), default_timeout=60)
    at.run()
    _check(at, script.name)
    return at


def _check(at: AppTest, what: str) -> None:
    if at.exception:
        raise RuntimeError(f"{what} raised: {at.exception[0].message}")


@dataclass
class Timed:
    """One thing measured in a shared loop: how to make a change, and the times it took."""

    name: str
    at: AppTest
    action: AppTestAction
    times_ms: list[float] = field(default_factory=list)


def run_apptest_loop(entries: Sequence[Timed], warmup: int, repeat: int) -> None:
    """Interleave the entries: one interaction each per round, in turn (reversed every round)."""
    for round_ in range(warmup + repeat):
        order = entries if round_ % 2 == 0 else list(reversed(entries))
        for entry in order:
            entry.action(entry.at, round_)
            start = time.perf_counter()
            entry.at.run()
            elapsed = (time.perf_counter() - start) * 1000
            _check(entry.at, entry.name)
            if round_ >= warmup:
                entry.times_ms.append(elapsed)


# ---------------------------------------------------------------------------------------------
# Browser


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
  document.addEventListener("keydown", () => {
    const b = window.__bench;
    if (b.start === null) b.start = performance.now();
  }, true);
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


@dataclass(frozen=True)
class Trip:
    """One browser round trip, in milliseconds."""

    total: float  # key press to updated page
    server: float  # first to last message from the server, as the page received them


def round_trip(page: Page, action: BrowserAction, i: int) -> Trip:
    """Time one interaction from the key press to the updated page, inside the page."""
    page.evaluate(_ARM, action.expected(i))
    action.perform(page, i)
    try:
        page.wait_for_function(_DONE, arg=QUIET_MS, polling=25, timeout=60_000)
    except PlaywrightTimeout:
        seen = page.evaluate("() => window.__bench")
        raise RuntimeError(f"{page.url}: the page did not settle: {seen}") from None
    marks: dict[str, float | None] = page.evaluate("() => window.__bench")
    start, first, last = marks["start"], marks["firstMessage"], marks["lastMessage"]
    if start is None or first is None or last is None:
        raise RuntimeError(f"{page.url}: no key press or no rerun seen: {marks}")
    # The page showing "not running" again; if it never showed "running", the last message.
    finished = marks["idle"] if marks["idle"] is not None else last
    end = max(finished, marks["lastChart"] or 0.0, marks["textAt"] or 0.0)
    return Trip(total=end - start, server=last - first)


@contextlib.contextmanager
def streamlit_server(script: Path, env: dict[str, str]) -> Iterator[str]:
    """A server for `script`, started exactly as the browser tests start the app."""
    with browser_server(
        script=script,
        options=["--server.headless=true", "--server.fileWatcherType=none"],  # less noise
        env=env,
    ) as url:
        yield url


def open_page(browser: Browser, url: str, *, chart: bool) -> Page:
    """A fresh tab (its own session) on `url`, once the script is idle and any chart drawn."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(120_000)
    page.add_init_script(_HOOK_WEBSOCKET)
    page.goto(url)
    page.wait_for_selector(IDLE)
    if chart:
        page.locator(f"{CHART} svg, {CHART} canvas").first.wait_for()
    page.wait_for_timeout(1000)  # let late layout passes finish before the first interaction
    return page


@dataclass
class BrowserTimed:
    """One tab measured in a shared loop: its interaction, and the round trips it took."""

    page: Page
    action: BrowserAction
    trips: list[Trip] = field(default_factory=list)


def run_browser_loop(entries: Sequence[BrowserTimed], warmup: int, repeat: int) -> None:
    """Interleave the tabs as run_apptest_loop interleaves AppTest sessions."""
    for round_ in range(warmup + repeat):
        order = entries if round_ % 2 == 0 else list(reversed(entries))
        for entry in order:
            trip = round_trip(entry.page, entry.action, round_)
            if round_ >= warmup:
                entry.trips.append(trip)


# ---------------------------------------------------------------------------------------------
# Reporting


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def spread(values: Sequence[float]) -> str:
    return f"{min(values):.0f}–{max(values):.0f}"


def verdict(ratio: float, target: float) -> str:
    return "PASS" if ratio <= target else "MISS"


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


@dataclass(frozen=True)
class Comparison:
    """A page against its reference: total milliseconds, and for the browser the server's part."""

    scenario: Scenario
    app: list[float]
    reference: list[float]
    app_server: list[float] | None = None
    reference_server: list[float] | None = None


def comparison_table(comparisons: Sequence[Comparison], target: float) -> str:
    browser = any(c.app_server is not None for c in comparisons)
    header = ["Page", "Interaction", "App ms (min–max)", "Reference", "Reference ms (min–max)"]
    if browser:
        header.append("First→last message, app / reference ms")
    header += ["Ratio", "Target", "Result"]
    rows = []
    for c in comparisons:
        ratio = median(c.app) / median(c.reference)
        row = [
            c.scenario.label,
            c.scenario.interaction,
            f"{median(c.app):.0f} ({spread(c.app)})",
            c.scenario.reference.name,
            f"{median(c.reference):.0f} ({spread(c.reference)})",
        ]
        if browser:
            row.append(
                f"{median(c.app_server or [0]):.0f} / {median(c.reference_server or [0]):.0f}"
            )
        row += [f"{ratio:.2f}×", f"≤ {target}×", verdict(ratio, target)]
        rows.append(row)
    return table(header, rows)


def machine(load_before: str) -> list[str]:
    cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    model = next(
        (line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if "model name" in line),
        platform.processor() or "unknown",
    )
    meminfo = Path("/proc/meminfo").read_text(encoding="utf-8").split()
    ram_gib = int(meminfo[meminfo.index("MemTotal:") + 1]) / 1024**2
    return [
        f"- CPU: {model}, {os.cpu_count()} cores; RAM {ram_gib:.1f} GiB",
        f"- Load average (1, 5, 15 min) before: {load_before}; after: {load_average()}",
        f"- Python {platform.python_version()}, Streamlit {streamlit.__version__}",
        f"- Code: {code_state()}",
    ]


def load_average() -> str:
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def code_state() -> str:
    """The commit measured, and the tracked files changed since (read-only git commands)."""
    git = ["git", "--no-optional-locks", "-C", str(ROOT)]
    try:
        head = subprocess.run(
            [*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
        changed = subprocess.run(
            [*git, "diff", "--name-only", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        return f"{ROOT} (not a git checkout)"
    return f"{ROOT} at {head}" + (f", with changes to {', '.join(changed)}" if changed else "")


# ---------------------------------------------------------------------------------------------
# Where the time goes: the pages' pure parts, timed alone


def time_parts(plans: dict[int, Plan], today: date, repeat: int) -> list[list[str]]:
    """Median milliseconds of each part of the timeline and offers pages, per plan size."""
    parts: dict[str, dict[int, float]] = {}
    for size, plan in plans.items():
        for name, work in _parts(plan, today).items():
            samples = []
            for _ in range(repeat):
                start = time.perf_counter()
                work()
                samples.append((time.perf_counter() - start) * 1000)
            parts.setdefault(name, {})[size] = median(samples)
    return [[name, *(f"{by_size[size]:.1f}" for size in plans)] for name, by_size in parts.items()]


def _parts(plan: Plan, today: date) -> dict[str, Callable[[], object]]:
    """What the timeline and offers pages compute, as the pages call it."""
    apps = plan.applications
    pairs = [(a, follow_up_schedule(application=a, today=today)) for a in apps]
    periods, steps = frames(pairs)
    timings = timing_picture(plan=plan, today=today)
    bars, deadlines = timing_frames(plan, timings, timings[0])
    return {
        "follow_up_schedule, every application": lambda: [
            follow_up_schedule(application=a, today=today) for a in apps
        ],
        "expected_window, every application": lambda: [
            expected_window(application=a) for a in apps
        ],
        "plan_to_ics (schedules again, then iCalendar)": lambda: plan_to_ics(
            plan=plan, today=today
        ),
        "plan_to_token": lambda: plan_to_token(plan),
        "timeline frames": lambda: frames(pairs),
        "timeline_chart (Altair objects only)": lambda: timeline_chart(periods, steps, today=today),
        "timeline_chart + to_dict (validated spec)": lambda: timeline_chart(
            periods, steps, today=today
        ).to_dict(),
        "timing_picture": lambda: timing_picture(plan=plan, today=today),
        "timing_frames": lambda: timing_frames(plan, timings, timings[0]),
        "timing_chart + to_dict": lambda: timing_chart(bars, deadlines, today=today).to_dict(),
        "compare + comparison_chart + to_dict": lambda: _comparison_spec(plan),
    }


def _comparison_spec(plan: Plan) -> object:
    try:
        return comparison_chart(comparison_frame(compare(plan=plan))).to_dict()
    except ComparisonError:
        return None


def profile_page(scenario: Scenario, plan: Plan, today: date, reruns: int) -> str:
    """cProfile of the app's reruns on a page (the script runs in AppTest's own thread)."""
    import ui.router

    profiler = cProfile.Profile()
    original = ui.router.run
    active = False

    def profiled_run() -> None:
        if not active:
            original()
            return
        profiler.enable()
        try:
            original()
        finally:
            profiler.disable()

    ui.router.run = profiled_run  # app.py calls router.run() at every rerun
    try:
        at = open_app(scenario.page, plan, today)
        for i in range(2):
            scenario.app_action(at, i)
            at.run()
        active = True
        for i in range(2, 2 + reruns):
            scenario.app_action(at, i)
            at.run()
    finally:
        ui.router.run = original
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(40)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# The run


@dataclass
class Results:
    apptest: list[Comparison] = field(default_factory=list)
    browser: list[Comparison] = field(default_factory=list)
    # (page label, plan size) -> milliseconds; for the browser, the server's part too
    apptest_growth: dict[tuple[str, int], list[float]] = field(default_factory=dict)
    browser_growth: dict[tuple[str, int], list[Trip]] = field(default_factory=dict)
    chromium: str = "not run"
    load_before: str = field(default_factory=load_average)
    notes: list[str] = field(default_factory=list)


def write_frames(path: Path, plan: Plan, today: date) -> None:
    """The chart frames the references draw, built once with the app's own code."""
    pairs = [(a, follow_up_schedule(application=a, today=today)) for a in plan.applications]
    periods, steps = frames(pairs)
    timings = timing_picture(plan=plan, today=today)
    bars, deadlines = timing_frames(plan, timings, timings[0])
    data = {
        "timeline": {"periods": periods, "steps": steps, "today": today},
        "offers": {"bars": bars, "deadlines": deadlines, "today": today},
    }
    path.write_bytes(pickle.dumps(data))


def measure_apptest(
    results: Results, plan: Plan, plans: dict[int, Plan], today: date, warmup: int, repeat: int
) -> None:
    for scenario in SCENARIOS:
        app = Timed("app", open_app(scenario.page, plan, today), scenario.app_action)
        reference = Timed(
            "reference", open_reference(scenario.reference), scenario.reference_action
        )
        entries = [app, reference]
        if scenario.reference == REFERENCE_WIDGET:  # also time navigation's own price, alongside
            floor = Timed("floor", open_reference(REFERENCE_MULTIPAGE), scenario.reference_action)
            entries.append(floor)
        run_apptest_loop(entries, warmup, repeat)
        results.apptest.append(Comparison(scenario, app.times_ms, reference.times_ms))
        if len(entries) == 3:
            ratio = median(entries[2].times_ms) / median(reference.times_ms)
            results.notes.append(
                f"- {scenario.label}, same AppTest loop: {REFERENCE_MULTIPAGE.name} (st.navigation "
                f"over five pages, one widget shown) took {median(entries[2].times_ms):.1f} ms, "
                f"{ratio:.2f}× {REFERENCE_WIDGET.name}; the app's pages all pay that floor."
            )
        print(f"  AppTest {scenario.label}: done", file=sys.stderr)
    for scenario in GROWTH_SCENARIOS:
        entries = [
            Timed(str(size), open_app(scenario.page, plans[size], today), scenario.app_action)
            for size in SIZES
        ]
        run_apptest_loop(entries, warmup, repeat)
        for size, entry in zip(SIZES, entries, strict=True):
            results.apptest_growth[(scenario.label, size)] = entry.times_ms
        print(f"  AppTest growth {scenario.label}: done", file=sys.stderr)


def measure_browser(
    results: Results,
    plan: Plan,
    plans: dict[int, Plan],
    env: dict[str, str],
    warmup: int,
    repeat: int,
) -> None:
    if not Path(CHROMIUM).exists():
        results.notes.append(f"Browser round trips skipped: no Chromium at {CHROMIUM}.")
        return
    with contextlib.ExitStack() as stack:
        servers = {
            script: stack.enter_context(streamlit_server(script, env))
            for script in (APP, REFERENCE_WIDGET, REFERENCE_TIMELINE, REFERENCE_OFFERS)
        }
        playwright = stack.enter_context(sync_playwright())
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        stack.callback(browser.close)
        results.chromium = browser.version
        token = plan_to_token(plan)
        for scenario in SCENARIOS:
            chart = scenario.reference is not REFERENCE_WIDGET
            app_url = f"{servers[APP]}/{scenario.url_path}?plan={token}"
            app = BrowserTimed(open_page(browser, app_url, chart=chart), scenario.browser_action)
            reference = BrowserTimed(
                open_page(browser, servers[scenario.reference], chart=chart),
                scenario.browser_reference_action,
            )
            run_browser_loop([app, reference], warmup, repeat)
            results.browser.append(
                Comparison(
                    scenario,
                    app=[t.total for t in app.trips],
                    reference=[t.total for t in reference.trips],
                    app_server=[t.server for t in app.trips],
                    reference_server=[t.server for t in reference.trips],
                )
            )
            app.page.close()
            reference.page.close()
            print(f"  browser {scenario.label}: done", file=sys.stderr)
        for scenario in GROWTH_SCENARIOS:
            entries = []
            for size in SIZES:
                url = f"{servers[APP]}/{scenario.url_path}?plan={plan_to_token(plans[size])}"
                page = open_page(browser, url, chart=True)
                entries.append(BrowserTimed(page, scenario.browser_action))
            run_browser_loop(entries, warmup, repeat)
            for size, entry in zip(SIZES, entries, strict=True):
                results.browser_growth[(scenario.label, size)] = entry.trips
                entry.page.close()
            print(f"  browser growth {scenario.label}: done", file=sys.stderr)


def growth_row(
    label: str, measure: str, by_size: Sequence[list[float]], *, judged: bool = True
) -> list[str]:
    medians = [median(times) for times in by_size]
    ratio = medians[-1] / medians[0]
    judgement = [f"≤ {GROWTH_TARGET}×", verdict(ratio, GROWTH_TARGET)] if judged else ["", ""]
    return [label, measure, *(f"{m:.0f}" for m in medians), f"{ratio:.2f}×", *judgement]


def growth_table(results: Results) -> str:
    header = ["Page", "Measure", *(f"{size} app{'s' * (size > 1)} ms" for size in SIZES)]
    header += [f"{SIZES[-1]} / {SIZES[0]}", "Target", "Result"]
    rows = []
    for scenario in GROWTH_SCENARIOS:
        label = scenario.label
        if (label, SIZES[0]) in results.apptest_growth:
            times = [results.apptest_growth[(label, size)] for size in SIZES]
            rows.append(growth_row(label, "AppTest rerun", times))
        if (label, SIZES[0]) in results.browser_growth:
            trips = [results.browser_growth[(label, size)] for size in SIZES]
            rows.append(
                growth_row(label, "Browser round trip", [[t.total for t in x] for x in trips])
            )
            servers = [[t.server for t in x] for x in trips]
            part = "… of which first→last message"
            rows.append(growth_row(label, part, servers, judged=False))
    return table(header, rows)


def report(results: Results, args: argparse.Namespace, token_sizes: dict[int, int]) -> str:
    lines = [
        "## Benchmark: the app against references",
        "",
        *machine(results.load_before),
        f"- Chromium {results.chromium} (headless, {CHROMIUM})",
        f"- {args.repeat} timed runs after {args.warmup} warm-up runs; medians, in milliseconds",
        "",
        "### 1. AppTest rerun (`at.run()` after the interaction)",
        "",
        comparison_table(results.apptest, APPTEST_TARGET),
        "",
    ]
    if results.browser:
        lines += [
            "### 2. Browser round trip (key press → script idle, text shown, chart quiet)",
            "",
            comparison_table(results.browser, BROWSER_TARGET),
            "",
        ]
    tokens = ", ".join(f"{size}: {chars:,}" for size, chars in token_sizes.items())
    lines += [
        "### 3. Growth with the plan's size",
        "",
        growth_table(results),
        "",
        "How it was measured:",
        "",
        "- Plans: for 1 and 2, the ready-made example “offer before the first choice” (two "
        "applications, one offer, both ranked); for 3, growth_plan() in bench/bench.py (every "
        "tenth application holds an offer, the first five are ranked). AppTest gets the plan "
        "in session state, as tests/ui/apptest.py does; the browser opens `<page>?plan=<token>`. "
        f"Token lengths in characters: {tokens} (the app accepts up to {MAX_TOKEN_CHARS:,}).",
        "- App and reference (or the three plan sizes) take turns in one loop, in alternating "
        "order, so load from other work on the machine falls on both.",
        "- Browser: each page in its own tab (its own session); times are taken inside the page "
        "with performance.now(), from the keydown that ends the interaction to the latest of: "
        "the script state back to notRunning (or the last server message, when a rerun is too "
        "quick to show as running), the expected text shown, the last DOM change inside a "
        f"chart (after {QUIET_MS} ms without one). The server part is the first to last "
        "WebSocket message of the rerun. Servers run from the repository (its "
        ".streamlit/config.toml) with fileWatcherType=none.",
    ]
    if results.notes:
        lines += ["", *results.notes]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, help="timed runs per measurement (default 10)")
    parser.add_argument("--quick", action="store_true", help="3 timed runs and 1 warm-up")
    parser.add_argument("--no-browser", action="store_true", help="AppTest and parts only")
    parser.add_argument(
        "--profile",
        metavar="PAGE:SIZE",
        help="print a cProfile of the app's reruns instead: start, questionnaire, timeline or "
        "offers (the example plan), or e.g. timeline:100 (a growth plan)",
    )
    args = parser.parse_args()
    args.warmup = 1 if args.quick else 2
    args.repeat = args.repeat or (3 if args.quick else 10)
    _quiet_streamlit_logs()
    today = date.today()
    plan = example_plan(today)
    plans = {size: growth_plan(size, today) for size in SIZES}

    if args.profile:  # e.g. "offers" (the example plan) or "timeline:100" (a growth plan)
        name, _, size = args.profile.partition(":")
        by_name = {s.label.split()[0].lower(): s for s in SCENARIOS}  # questionnaire, start…
        scenario = by_name[name]
        print(profile_page(scenario, plans[int(size)] if size else plan, today, args.repeat))
        return

    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        frames_file = Path(scratch) / "frames.pickle"
        write_frames(frames_file, plan, today)
        env = {"BENCH_FRAMES": str(frames_file)}
        os.environ.update(env)  # the references read it, under AppTest and as servers alike
        results = Results()
        print("Measuring AppTest reruns…", file=sys.stderr)
        measure_apptest(results, plan, plans, today, args.warmup, args.repeat)
        if not args.no_browser:
            print("Measuring browser round trips…", file=sys.stderr)
            measure_browser(results, plan, plans, env, args.warmup, args.repeat)
    parts = time_parts(plans, today, max(3, args.repeat))
    token_sizes = {size: len(plan_to_token(p)) for size, p in plans.items()}
    print(report(results, args, token_sizes))
    print()
    print("### Where the time goes: parts of the timeline and offers pages, timed alone (ms)")
    print()
    print(table(("Part", *(f"{size} app{'s' if size > 1 else ''}" for size in SIZES)), parts))


if __name__ == "__main__":
    main()
