"""Server cost for hosting: the server's CPU time per interaction and its memory per session.

Run by hand (it prints a Markdown table; nothing is asserted): ``python bench/server_cost.py``,
or ``python bench/server_cost.py --rounds 3 --sessions 5 --ttl 10`` for a shorter run. It starts
one server as the Dockerfile does (the app's own settings, one process) and a headless Chromium,
for the typical plan (bench.plans.example_plan) and the largest a link opens
(bench.sessions.largest_plan), then

1. memory: visits every page once on the typical plan (every page's code loaded; the largest
   plan would leave freed memory that the typical plan's sessions reuse) and lets that session
   expire; then, for the typical plan and then the largest, opens ``--sessions`` tabs, each
   going through every page and staying open: the server's RSS growth divided by the tabs is
   the memory per session. The tabs close and, once Streamlit has dropped them (after
   ``server.disconnectedSessionTTL``, lowered by ``--ttl`` for a shorter run, and one more
   small session, which is when expired ones are dropped), the RSS is read again.
2. CPU (bench/server_cpu.py): for the first load of each page from a share link, and for each
   interaction of bench/scenarios.py with a browser step, the server's CPU ms from just before
   the press to the page idle and the server quiet: the median of ``--rounds`` after
   ``--warmup``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from playwright.sync_api import Browser, BrowserContext, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from advisor import Plan  # noqa: E402  (after the path set-up above)
from advisor.share_link import plan_to_token  # noqa: E402
from bench.plans import example_plan  # noqa: E402
from bench.report import machine, table  # noqa: E402
from bench.server_cpu import Costs, Server, measure_cpu, new_page  # noqa: E402
from bench.sessions import PAGES, largest_plan, rss_mb, server_pid  # noqa: E402
from bench.sessions import _ttl as default_ttl  # noqa: E402
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, streamlit_server  # noqa: E402


def tour(browser: Browser, server: Server, token: str) -> BrowserContext:
    """A visitor's tab: opens the link and goes through every page by the navigation; left open."""
    context, page = new_page(browser)
    page.goto(f"{server.url}/{PAGES[0][1]}?plan={token}")
    server.quiet(page)
    for name, _ in PAGES[1:]:
        page.get_by_role("link", name=name, exact=True).click()
        server.quiet(page)
    return context


def expire(browser: Browser, server: Server, token: str, wait: float) -> float:
    """Wait until closed sessions have expired, open and close one small session (which is when
    Streamlit drops them), and return the server's RSS in MB."""
    time.sleep(wait)
    context, page = new_page(browser)
    page.goto(f"{server.url}/?plan={token}")
    server.quiet(page)
    context.close()
    time.sleep(2)
    return rss_mb(server.pid)


@dataclass(frozen=True)
class Memory:
    """The server's RSS in MB around `sessions` sessions on one plan."""

    before: float  # no session held
    held: float  # the sessions open
    after: float  # once they have closed and expired
    sessions: int

    @property
    def per_session(self) -> float:
        return (self.held - self.before) / self.sessions


def measure_memory(
    browser: Browser, server: Server, tokens: dict[str, str], args: argparse.Namespace
) -> tuple[float, dict[str, Memory]]:
    """The RSS at start, and around the sessions on each plan."""
    small = next(iter(tokens.values()))
    start = rss_mb(server.pid)
    tour(browser, server, small).close()  # every page's code loaded
    before = expire(browser, server, small, args.ttl + 10)
    memory = {}
    for name, token in tokens.items():
        started = time.monotonic()
        held = [tour(browser, server, token) for _ in range(args.sessions)]
        time.sleep(2)
        rss = rss_mb(server.pid)
        for context in held:
            context.close()
        after = expire(browser, server, small, args.ttl + 10)
        memory[name] = Memory(before, rss, after, args.sessions)
        before = after
        print(f"  {name}: memory ({time.monotonic() - started:.0f} s)", file=sys.stderr)
    return start, memory


def describe(plan: Plan) -> str:
    events = sum(len(a.events) for a in plan.applications)
    return (
        f"{len(plan.applications)} applications, {events:,} logged answers, "
        f"a link of {len(plan_to_token(plan)):,} characters"
    )


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _per_second(ms: float) -> float:
    return 1000 / ms if ms > 0 else float("nan")


def report(
    costs: Costs, start: float, memory: dict[str, Memory], server: Server, args: argparse.Namespace
) -> str:
    names = list(memory)
    whats = dict.fromkeys(what for what, _ in costs.cpu)
    cpu_rows = [
        [what, *(f"{costs.cpu[what, n]:.0f}" if (what, n) in costs.cpu else "–" for n in names)]
        for what in whats
    ]
    memory_rows = [
        ["at start, no session yet", *(f"{start:.0f}" for _ in names)],
        ["before the sessions", *(f"{memory[n].before:.0f}" for n in names)],
        [f"{args.sessions} sessions open", *(f"{memory[n].held:.0f}" for n in names)],
        ["**per open session**", *(f"**{memory[n].per_session:.1f}**" for n in names)],
        ["once closed and expired", *(f"{memory[n].after:.0f}" for n in names)],
    ]
    typical, largest = (_median(costs.medians(n, loads=False)) for n in names)
    loads = [_median(costs.medians(n, loads=True)) for n in names]
    per_session = [memory[n].per_session for n in names]
    lines = [
        "### Server cost: CPU per interaction, memory per session",
        "",
        *machine(),
        *(f"- {name} plan: {text}" for name, text in args.plans.items()),
        f"- `python bench/server_cost.py --rounds {args.rounds} --warmup {args.warmup} "
        f"--sessions {args.sessions} --ttl {args.ttl:g}`: CPU is the median of the rounds, "
        f"less the idle server's {server.idle:.1f} ms a second; a first load includes serving "
        "the page's scripts to a browser with an empty cache; each session visits every page",
        "",
        table(["Server CPU ms", *(f"{n} plan" for n in names)], cpu_rows),
        "",
        table(["Server memory (RSS), MB", *(f"{n} plan" for n in names)], memory_rows),
        "",
        "How to read it: one copy of the server runs the pages under one interpreter lock, so it "
        "uses about one core; run a copy per vCPU behind nginx. The median interaction here "
        f"takes {typical:.0f} ms of server CPU on the typical plan, so a copy on one vCPU serves "
        f"about {_per_second(typical):.0f} interactions a second, and {largest:.0f} ms on the "
        f"largest, about {_per_second(largest):.1f} a second; a first load takes {loads[0]:.0f} "
        f"ms (typical) to {loads[1]:.0f} ms (largest), in the median over the pages. For "
        "memory, take the RSS before the sessions (the app loaded, no session open) and add the "
        "per-session figure for every tab open at once, and for every tab closed in the last "
        f"{args.default_ttl} s (Streamlit keeps a closed session that long): "
        f"{per_session[0]:.1f} MB for a typical plan, {per_session[1]:.1f} MB for the largest. "
        "Python keeps the memory of expired sessions for reuse rather than giving it back, so "
        "the RSS once they have closed is what the copy keeps.",
    ]
    return "\n".join(lines + [f"- {problem}" for problem in costs.problems])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10, help="timed rounds per measure")
    parser.add_argument("--warmup", type=int, default=1, help="untimed rounds first")
    parser.add_argument("--sessions", type=int, default=10, help="sessions held open per plan")
    parser.add_argument(
        "--ttl",
        type=float,
        default=default_ttl(),
        help="server.disconnectedSessionTTL for this run, in seconds (default: the app's own)",
    )
    args = parser.parse_args()
    args.default_ttl = default_ttl()
    today = date.today()
    plans = {"typical": example_plan(today), "largest": largest_plan(today)}
    args.plans = {name: describe(plan) for name, plan in plans.items()}
    tokens = {name: plan_to_token(plan) for name, plan in plans.items()}
    options = [f"--server.disconnectedSessionTTL={args.ttl:g}"]
    with streamlit_server(options=options) as url, sync_playwright() as playwright:
        server = Server(url, server_pid(url))
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            start, memory = measure_memory(browser, server, tokens, args)
            server.measure_idle(10)
            costs = measure_cpu(browser, server, tokens, args)
        finally:
            browser.close()
    print(report(costs, start, memory, server, args))
    return 1 if costs.problems else 0


if __name__ == "__main__":
    sys.exit(main())
