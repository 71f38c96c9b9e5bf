"""Bounded cost per session: the server's CPU and memory for the largest plan the app accepts.

Run by hand (it prints the figures; nothing is asserted): ``python bench/sessions.py``, or
``python bench/sessions.py --sessions 50`` for a shorter run. It starts one server as the
browser tests do, then

1. reads the server's memory (VmRSS in /proc) at start and after a warm-up;
2. opens ``--sessions`` browser sessions, ``--batch`` at a time, each a new browser context on
   the largest plan's link (the timeline), visiting the offers, questionnaire, save & share and
   start pages, then closing; the server's memory is read after each batch;
3. waits past ``server.disconnectedSessionTTL`` (Streamlit keeps a closed session for that
   long in case its tab reconnects) and reads the memory again; then opens and closes one small
   session, since Streamlit drops expired sessions only when another one is stored;
4. times each page, opened from a link, on the largest plan and on a one-application plan
   (the reference): the server's CPU time (utime + stime in /proc) and its memory rise.

The largest plan is the heaviest that a link still opens (see `largest_plan`): a link holds
more than a plan file can (MAX_JSON_BYTES unpacked against MAX_FILE_BYTES), and the models
cap the rest (MAX_APPLICATIONS, 200 logged answers each, the length of every text).
Run it twice with different ``--sessions`` to tell a plateau (memory reused) from retention
(memory that keeps growing with the sessions that have come and gone).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from playwright.async_api import Browser, Page, async_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from advisor import Plan  # noqa: E402  (after the path set-up above)
from advisor.models import MAX_APPLICATIONS  # noqa: E402
from advisor.plan_file import MAX_FILE_BYTES, plan_to_data  # noqa: E402
from advisor.share_link import MAX_JSON_BYTES, MAX_TOKEN_CHARS, plan_to_token  # noqa: E402
from bench.load import plan_for  # noqa: E402
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, IDLE, streamlit_server  # noqa: E402

MAX_EVENTS = 200  # Application.events max_length
SHORT, LONG, NAME = 80, 200, 40  # ShortText, the timing phrase, an own criterion's name
# The pages a session visits, as (link name in the navigation, URL path): the first is opened
# from the link, the others by the navigation, as a visitor would.
PAGES = (
    ("Timeline", "timeline"),
    ("Offers", "offers"),
    ("Questionnaire", "questionnaire"),
    ("Save & share", "plan"),
    ("Start", ""),
)
_TICKS = os.sysconf("SC_CLK_TCK")
_SIGNALS = [
    "long_and_detailed",
    "ran_over_time",
    "next_steps_discussed",
    "met_the_team",
    "timeline_given",
    "references_requested",
    "short_interview",
    "distracted_interviewer",
    "few_questions_about_you",
]
_VARIETY = {
    "round": ("screen", "first", "second", "final"),
    "format": ("phone", "video", "in_person", "panel", "presentation"),
    "company_size": ("small", "medium", "large", "unknown"),
    "industry": ("government", "financial", "health", "information", "construction", "other"),
    "country": ("US", "GB", "CA", "DE", "FR", "AU"),
    "timing": ("date", "in_touch", "non_answer", "did_not_ask"),
}
# The answers logged beyond the plain "no reply": each names more, so costs more bytes.
_RICHER: tuple[Callable[[date], dict[str, Any]], ...] = (
    lambda on: {"kind": "step_done", "on": on, "step": "first_follow_up"},
    lambda on: {"kind": "noncommittal", "on": on, "step": "first_follow_up"},
    lambda on: {"kind": "call_back", "on": on, "call_back_on": on + timedelta(days=2)},
    lambda on: {"kind": "step_done", "on": on, "step": "second_follow_up"},
)


def _text(length: int, seed: str) -> str:
    """Text of exactly `length` characters, starting with `seed` (repetitive: links compress)."""
    return (f"{seed} " + "Northwind Traders, Contoso and Fabrikam " * 6)[: length - 1] + "."


def _application(index: int, today: date, richer: int) -> dict[str, Any]:
    """Application `index` at every limit: each text full, 200 logged answers, pay, ratings."""
    interview = today - timedelta(days=330 - index % 30)
    events: list[dict[str, Any]] = [{"kind": "step_done", "on": interview, "step": "thank_you"}]
    for n in range(1, MAX_EVENTS):
        on = interview + timedelta(days=1 + n * 300 // MAX_EVENTS)
        events.append(
            _RICHER[n % len(_RICHER)](on) if n <= richer else {"kind": "no_reply", "on": on}
        )
    if index % 2 == 0:  # every other one ends with an offer, still open
        events[-1] = {"kind": "offer", "on": today, "offer_deadline": today + timedelta(days=5)}
    pick = {name: values[index % len(values)] for name, values in _VARIETY.items()}
    data: dict[str, Any] = {
        "id": f"big{index:04d}",
        "company": _text(SHORT, f"Company {index:03d}"),
        "role": _text(SHORT, f"Role {index % 7}"),
        "interviewer": {"name": _text(SHORT, "Dana Levi"), "title": _text(SHORT, "Head of")},
        "interview_date": interview,
        **pick,
        "recruiter": True,
        "email_invited": True,
        "timing_phrase": _text(LONG, "Thanks for coming in"),
        "signals": _SIGNALS,
        "topic": _text(SHORT, "the spring catalogue"),
        "strength": _text(SHORT, "five years of forecasting"),
        "events": events,
        "pay": {"base": 90_000 + index * 100, "bonus": 9_000, "equity": 4_000},
        "ratings": {c: 1 + (index + n) % 5 for n, c in enumerate(_RATED)},
        "compare_estimate": True,
    }
    if pick["timing"] == "date":
        data["decision_date"] = interview + timedelta(days=14)
    return data


_RATED = ("benefits", "growth", "commute", "team", "interest", "own_1", "own_2", "own_3")


def _plan(today: date, richer: int) -> Plan:
    applications = [_application(i, today, richer) for i in range(MAX_APPLICATIONS)]
    data = {
        "candidate_name": _text(SHORT, "Alex Morgan"),
        "applications": applications,
        "preference": [a["id"] for a in applications],
        "weights": {
            "weights": {c: 5 for c in ("pay", *_RATED)},
            "own_names": {c: _text(NAME, c) for c in ("own_1", "own_2", "own_3")},
        },
    }
    return Plan.model_validate(data, context={"today": today})


def _unpacked_size(plan: Plan) -> int:
    """The bytes a link's token unpacks to (as share_link packs it)."""
    data = plan_to_data(plan, exclude_defaults=True)
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return len(text.encode("utf-8"))


def largest_plan(today: date) -> Plan:
    """The heaviest plan a link opens: 100 applications, each with 200 logged answers.

    Every text is as long as the models allow, every application has pay, ratings and all the
    signs, and as many of its answers as fit are the richer kinds (a step, a call-back date):
    the unpacked size (MAX_JSON_BYTES) is the limit a link reaches first, long before the
    token's length, since repetitive text compresses well. A plan file (MAX_FILE_BYTES, and
    indented) holds far less, so no way in accepts a larger plan.
    """
    low, high = 0, MAX_EVENTS - 1  # the most richer answers per application that still fit
    while low < high:
        middle = (low + high + 1) // 2
        if _unpacked_size(_plan(today, middle)) < MAX_JSON_BYTES:
            low = middle
        else:
            high = middle - 1
    plan = _plan(today, low)
    assert _unpacked_size(plan) < MAX_JSON_BYTES
    assert len(plan_to_token(plan)) <= MAX_TOKEN_CHARS
    return plan


def reference_plan(today: date) -> Plan:
    """One plain application (as bench/load.py opens): the figures' reference."""
    return plan_for(1, today)


# ---------------------------------------------------------------------------------------------
# The server's process, as /proc shows it


def server_pid(url: str) -> int:
    """The process of the server started for `url` (found by the port on its command line)."""
    option = f"--server.port={urlsplit(url).port}"
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                arguments = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if option.encode() in arguments and b"streamlit" in arguments:
                return int(entry.name)
    raise RuntimeError(f"no server process with {option}")


def _status(pid: int, key: str) -> float:
    """A /proc/<pid>/status figure in MB (VmRSS: now; VmHWM: the highest so far)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{key}:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {key} for process {pid}")


def rss_mb(pid: int) -> float:
    return _status(pid, "VmRSS")


def peak_rss_mb(pid: int) -> float:
    return _status(pid, "VmHWM")


def cpu_seconds(pid: int) -> float:
    """The server's CPU time so far, user and system, in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICKS  # utime, stime (fields 14 and 15)


# ---------------------------------------------------------------------------------------------
# Browser sessions


async def _settle(page: Page) -> None:
    await page.wait_for_timeout(100)
    await page.wait_for_selector(IDLE, timeout=300_000)


async def _check(page: Page, problems: list[str], where: str) -> None:
    if await page.locator("[data-testid='stException']").count():
        problems.append(f"{where} shows an exception")


async def visit_all(
    browser: Browser, url: str, token: str, problems: list[str], pages: int = len(PAGES)
) -> None:
    """One visitor: opens the link, goes through the first `pages` pages, and closes the tab."""
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    page = await context.new_page()
    page.set_default_timeout(300_000)
    try:
        first, path = PAGES[0]
        await page.goto(f"{url}/{path}?plan={token}")
        await _settle(page)
        await _check(page, problems, first)
        for name, _ in PAGES[1:pages]:
            await page.get_by_role("link", name=name, exact=True).click()
            await _settle(page)
            await _check(page, problems, name)
    except Exception as error:
        problems.append(f"{error!r}"[:300])
    finally:
        await context.close()


@dataclass
class PageCost:
    """What opening one page from a link cost the server, over repeats."""

    cpu_ms: list[float] = field(default_factory=list)
    rss_mb: list[float] = field(default_factory=list)


async def page_cost(browser: Browser, url: str, pid: int, path: str, token: str) -> PageCost:
    """Open `path` from the link once, in a new tab: the server's CPU time and memory rise."""
    cost = PageCost()
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    page = await context.new_page()
    page.set_default_timeout(300_000)
    try:
        cpu, rss = cpu_seconds(pid), rss_mb(pid)
        await page.goto(f"{url}/{path}?plan={token}")
        await _settle(page)
        await page.wait_for_timeout(300)  # the last messages out
        cost.cpu_ms.append((cpu_seconds(pid) - cpu) * 1000)
        cost.rss_mb.append(rss_mb(pid) - rss)
    finally:
        await context.close()
    return cost


# ---------------------------------------------------------------------------------------------
# The run


@dataclass
class Run:
    sessions: int
    batch: int
    pages: int
    samples: list[tuple[str, float]] = field(default_factory=list)  # (when, RSS MB)
    batches: list[float] = field(default_factory=list)  # RSS MB after each batch
    problems: list[str] = field(default_factory=list)
    costs: dict[tuple[str, str], PageCost] = field(default_factory=dict)  # (plan, path)
    peak: float = 0.0
    seconds: float = 0.0


def _ttl() -> int:
    from streamlit import config

    return int(config.get_option("server.disconnectedSessionTTL"))


async def measure(url: str, pid: int, args: argparse.Namespace, today: date) -> Run:
    run = Run(args.sessions, args.batch, args.pages)
    largest, reference = plan_to_token(largest_plan(today)), plan_to_token(reference_plan(today))
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            run.samples.append(("start", rss_mb(pid)))
            for token in (reference, largest):  # every page's code loaded, once
                await visit_all(browser, url, token, run.problems)
            await asyncio.sleep(args.wait)
            await visit_all(browser, url, reference, run.problems)  # drops the expired ones
            run.samples.append(("after warm-up", rss_mb(pid)))
            started = time.monotonic()
            for done in range(0, args.sessions, args.batch):
                count = min(args.batch, args.sessions - done)
                await asyncio.gather(
                    *(
                        visit_all(browser, url, largest, run.problems, args.pages)
                        for _ in range(count)
                    )
                )
                run.batches.append(rss_mb(pid))
                if args.verbose:
                    print(f"  {done + count} sessions: {rss_mb(pid):.0f} MB", flush=True)
            run.seconds = time.monotonic() - started
            run.peak = peak_rss_mb(pid)
            await asyncio.sleep(args.wait)
            run.samples.append((f"all closed, {args.wait:.0f} s later", rss_mb(pid)))
            await visit_all(browser, url, reference, run.problems)
            await asyncio.sleep(5)
            run.samples.append(("after one more small session", rss_mb(pid)))
            for plan_name, token in (("one application", reference), ("largest", largest)):
                for _, path in PAGES:
                    total = run.costs.setdefault((plan_name, path), PageCost())
                    for _ in range(args.repeat):
                        cost = await page_cost(browser, url, pid, path, token)
                        total.cpu_ms += cost.cpu_ms
                        total.rss_mb += cost.rss_mb
        finally:
            await browser.close()
    return run


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])


def report(run: Run, plan: Plan, today: date) -> str:
    samples = dict(run.samples)
    baseline = samples["after warm-up"]
    closed = run.samples[-2][1]
    settled = run.samples[-1][1]
    largest_batch = max(run.batches)
    events = sum(len(a.events) for a in plan.applications)
    lines = [
        f"Largest plan: {len(plan.applications)} applications, {events:,} logged answers; "
        f"link {len(plan_to_token(plan)):,} characters (limit {MAX_TOKEN_CHARS:,}), "
        f"{_unpacked_size(plan):,} bytes unpacked (limit {MAX_JSON_BYTES:,}; a plan file is "
        f"at most {MAX_FILE_BYTES:,}).",
        f"{run.sessions} sessions, {run.batch} at a time, each visiting {run.pages} pages: "
        f"{run.seconds:.0f} s; problems: {len(run.problems)}.",
        "",
        table(
            ["Server memory (RSS)", "MB"],
            [
                ["at start", f"{samples['start']:.0f}"],
                ["after warm-up (baseline)", f"{baseline:.0f}"],
                ["highest after a batch", f"{largest_batch:.0f}"],
                ["peak (VmHWM)", f"{run.peak:.0f}"],
                [run.samples[-2][0], f"{closed:.0f}"],
                [run.samples[-1][0], f"{settled:.0f}"],
                [
                    "growth per session, highest after a batch",
                    f"{(largest_batch - baseline) / run.sessions:.2f}",
                ],
                ["growth per session, all closed", f"{(closed - baseline) / run.sessions:.2f}"],
                [
                    "growth per session, after one more",
                    f"{(settled - baseline) / run.sessions:.2f}",
                ],
            ],
        ),
        "",
        "Each page opened from a link in a new tab (median of the repeats): the server's CPU "
        "time and memory rise.",
        "",
    ]
    rows = []
    worst: tuple[float, str] = (0.0, "")
    for _, path in PAGES:
        small = run.costs[("one application", path)]
        big = run.costs[("largest", path)]
        cpu_small, cpu_big = statistics.median(small.cpu_ms), statistics.median(big.cpu_ms)
        rss_small, rss_big = statistics.median(small.rss_mb), statistics.median(big.rss_mb)
        name = f"/{path}"
        worst = max(worst, (cpu_big, name))
        rows.append(
            [
                name,
                f"{cpu_small:.0f}",
                f"{cpu_big:.0f}",
                f"{cpu_big / max(cpu_small, 1):.0f}×",
                f"{rss_small:.1f}",
                f"{rss_big:.1f}",
                f"{max(big.rss_mb):.1f}",
            ]
        )
    lines.append(
        table(
            [
                "Page",
                "CPU ms, 1 application",
                "CPU ms, largest",
                "ratio",
                "RSS rise MB, 1 application",
                "RSS rise MB, largest",
                "largest, highest",
            ],
            rows,
        )
    )
    lines += ["", f"Worst page (server CPU, largest plan): {worst[1]}, {worst[0]:.0f} ms."]
    lines += [f"  problem: {problem}" for problem in run.problems[:20]]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--batch", type=int, default=4, help="sessions open at once")
    parser.add_argument(
        "--pages",
        type=int,
        default=len(PAGES),
        help=f"pages each session visits, in the order {', '.join(p for p, _ in PAGES)}",
    )
    parser.add_argument("--repeat", type=int, default=3, help="loads per page for the CPU table")
    parser.add_argument(
        "--wait",
        type=float,
        default=_ttl() + 10,
        help="seconds to wait after the sessions close (default: Streamlit's TTL + 10)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="print each batch's RSS")
    args = parser.parse_args()
    today = date.today()
    with streamlit_server() as url:
        pid = server_pid(url)
        run = asyncio.run(measure(url, pid, args, today))
    print(report(run, largest_plan(today), today))
    return 1 if run.problems else 0


if __name__ == "__main__":
    sys.exit(main())
