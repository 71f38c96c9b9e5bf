"""Many people at once: concurrent browser sessions, each with its own plan, against one server.

Run by hand (it prints the figures): ``python bench/load.py --sessions 10 --rounds 5``.
The browser test ``tests/browser/test_many_users_browser.py`` runs the same routine, smaller, and
checks only that no session ever sees another's data and nothing fails: timings on a shared
machine are reported, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from playwright.async_api import Browser, Page, async_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from advisor import Application, Plan  # noqa: E402  (after the path set-up above)
from advisor.share_link import plan_to_token  # noqa: E402
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, IDLE  # noqa: E402  (as the tests run it)


@dataclass
class Outcome:
    """What one session saw: how long each interaction took, and anything that went wrong."""

    session: int
    timings: list[float] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def marker(session: int) -> str:
    return f"Company{session:03d}x"


def plan_for(session: int, today: date) -> Plan:
    return Plan(
        applications=(
            Application(
                id=f"load{session:04d}",
                company=marker(session),
                role="Analyst",
                interview_date=today,
            ),
        )
    )


async def _settle(page: Page) -> None:
    await page.wait_for_timeout(100)
    await page.wait_for_selector(IDLE, timeout=120_000)


async def _session(browser: Browser, url: str, session: int, rounds: int, today: date) -> Outcome:
    outcome = Outcome(session)
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    page = await context.new_page()
    # Resources the closed network refuses (web fonts, a favicon) are not the app's errors.
    page.on(
        "console",
        lambda m: (
            outcome.problems.append(m.text)
            if m.type == "error" and not m.text.startswith("Failed to load resource")
            else None
        ),
    )
    others = [marker(n) for n in range(1, 1000) if n != session]
    try:
        token = plan_to_token(plan_for(session, today))
        await page.goto(f"{url}/timeline?plan={token}")
        await _settle(page)
        for round_ in range(rounds):
            name = f"Signer{session:03d}r{round_}"
            field_ = page.locator(".st-key-t_candidate_name input")
            started = time.perf_counter()
            await field_.fill(name)
            await field_.press("Enter")
            await page.locator("[data-testid='stCode'] code", has_text=name).first.wait_for()
            await _settle(page)
            outcome.timings.append(time.perf_counter() - started)
            text = await page.locator("[data-testid='stMain']").inner_text()
            if marker(session) not in text:
                outcome.problems.append(f"session {session} lost its own plan")
            leaked = [other for other in others if other in text]
            if leaked:
                outcome.problems.append(f"session {session} saw {leaked[:3]}")
            if await page.locator("[data-testid='stException']").count():
                outcome.problems.append(f"session {session} shows an exception")
    except Exception as error:
        outcome.problems.append(f"session {session}: {error!r}"[:300])
    finally:
        await context.close()
    return outcome


async def run(url: str, *, sessions: int, rounds: int, today: date) -> list[Outcome]:
    """Open `sessions` browser sessions at once against `url`, each doing `rounds` edits."""
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            return list(
                await asyncio.gather(
                    *(_session(browser, url, n, rounds, today) for n in range(1, sessions + 1))
                )
            )
        finally:
            await browser.close()


def summary(outcomes: list[Outcome]) -> str:
    timings = sorted(t for outcome in outcomes for t in outcome.timings)
    if not timings:
        return "no interaction finished"
    p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
    problems = sum(len(outcome.problems) for outcome in outcomes)
    return (
        f"{len(outcomes)} sessions, {len(timings)} interactions: median "
        f"{statistics.median(timings):.2f} s, 95th percentile {p95:.2f} s, problems {problems}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--url", help="a running server; by default one is started")
    args = parser.parse_args()
    if args.url:
        outcomes = asyncio.run(
            run(args.url, sessions=args.sessions, rounds=args.rounds, today=date.today())
        )
    else:
        from tests.browser.conftest import streamlit_server

        with streamlit_server() as url:
            outcomes = asyncio.run(
                run(url, sessions=args.sessions, rounds=args.rounds, today=date.today())
            )
    print(summary(outcomes))
    for outcome in outcomes:
        for problem in outcome.problems:
            print(f"  problem: {problem}")
    return 1 if any(outcome.problems for outcome in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
