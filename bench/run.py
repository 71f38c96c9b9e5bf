"""How fast the app answers, against what Streamlit itself needs to draw the same page.

Run by hand: ``python bench/run.py [--repeat N] [--quick] [--no-browser] [--page PATH]``.
Prints Markdown. For every interaction in bench/scenarios.py, and for the first load of every
page from a share link, the app and that page's reference (bench/replay.py: the same elements
drawn from a record, nothing computed) take turns in one loop (bench/apptest_loop.py,
bench/browser_loop.py); a one-widget script runs in the same AppTest loop, for scale. Then how
the pages grow: plans of 1, 10 and 100 applications in one loop (bench/growth.py). Only ratios
from the same loop are compared: the machine is shared.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for `advisor`, `ui` and `bench`, as the app's scripts see them

from playwright.sync_api import sync_playwright  # noqa: E402

from bench import browser as harness  # noqa: E402
from bench.apptest_loop import Recordings, measure_apptest, quiet  # noqa: E402
from bench.browser_loop import measure_browser  # noqa: E402
from bench.growth import GROWTH_PAGES, growth_apptest, growth_browser  # noqa: E402
from bench.plans import SIZES, example_plan  # noqa: E402
from bench.report import Growth, growth_table, machine, ratio_table, table  # noqa: E402
from bench.scenarios import INTERACTIONS, Interaction  # noqa: E402

APPTEST_TARGET, BROWSER_TARGET = 1.5, 1.25
GROWTH_TARGET = 1.5  # 100 applications against one


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, help="timed rounds per measurement (default 10)")
    parser.add_argument("--quick", action="store_true", help="3 timed rounds, 1 warm-up")
    parser.add_argument("--no-browser", action="store_true", help="AppTest only")
    parser.add_argument("--page", help="only this page's interactions: questionnaire, offers…")
    args = parser.parse_args()
    warmup, repeat = (1, args.repeat or 3) if args.quick else (2, args.repeat or 10)
    page = None if args.page is None else args.page.strip("/")
    quiet()
    today = date.today()
    chosen = [i for i in INTERACTIONS if page is None or i.page == page]
    growing = [p for p in GROWTH_PAGES if page is None or p == page]
    browser = not args.no_browser and Path(harness.CHROMIUM).exists()
    lines = ["## Benchmark: every interaction against its page's reference", "", *machine()]
    lines += [f"- {repeat} timed rounds after {warmup} warm-up; what is compared takes turns"]
    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        recordings = Recordings(Path(scratch), example_plan(today), today)
        print("AppTest…", file=sys.stderr)
        rows, widget = measure_apptest(chosen, recordings, warmup, repeat)
        grown = growth_apptest(growing, today, warmup, repeat)
        lines += ["", "### AppTest: the rerun after each interaction", ""]
        lines += [ratio_table(rows, APPTEST_TARGET), ""] if rows else []
        if widget:
            lines += [
                f"For scale, a one-widget script's rerun in the same loops: "
                f"{statistics.median(widget):.1f} ms (median)."
            ]
        if browser:
            lines += _browser(recordings, chosen, growing, warmup, repeat, grown)
        if grown:
            lines += [
                "",
                f"### Growth: plans of {', '.join(map(str, SIZES))} applications, one loop each",
                "",
                growth_table(grown, GROWTH_TARGET),
            ]
    print("\n".join(lines))
    print()
    print(table(["Interactions measured"], [[f"{i.page or 'start'}: {i.name}"] for i in chosen]))


def _browser(
    recordings: Recordings,
    chosen: list[Interaction],
    growing: list[str],
    warmup: int,
    repeat: int,
    grown: list[Growth],
) -> list[str]:
    """The browser's tables; its growth rows are added to `grown`."""
    print("Browser…", file=sys.stderr)
    missed: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=harness.CHROMIUM, args=harness.CHROMIUM_ARGS
        )
        trips, loads = measure_browser(browser, chosen, recordings, warmup, repeat, missed)
        grown += growth_browser(browser, growing, recordings.today, warmup, repeat)
        version = browser.version
        browser.close()
    return [
        "",
        f"### Browser (Chromium {version}, headless): each interaction, press to settled page",
        "",
        "A download is timed from the press to the browser's download event.",
        "",
        ratio_table(trips, BROWSER_TARGET),
        *missed,
        "",
        "### Browser: the first load of each page from a share link, new context",
        "",
        ratio_table(loads, BROWSER_TARGET),
    ]


if __name__ == "__main__":
    main()
