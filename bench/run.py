"""How fast the app answers, against what Streamlit itself needs to draw the same page.

Run by hand: ``python bench/run.py [--repeat N] [--quick] [--no-browser] [--page PATH]``.
Prints Markdown. For every interaction in bench/scenarios.py, and for the first load of every
page from a share link, the app and that page's reference (bench/replay.py: the same elements
drawn from a record, nothing computed) take turns in one loop; a one-widget script
(bench/reference_widget.py) runs in the same AppTest loop, for scale. Only ratios from the same
loop are compared: the machine is shared.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for `advisor`, `ui` and `bench`, as the app's scripts see them

from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

from advisor import Plan  # noqa: E402
from advisor.share_link import plan_to_token  # noqa: E402
from bench import browser as harness  # noqa: E402
from bench.apptest_loop import APP, Timed, open_app, open_reference, quiet, run_loop  # noqa: E402
from bench.plans import example_plan  # noqa: E402
from bench.replay import RECORDING_ENV, record, save  # noqa: E402
from bench.report import Row, machine, ratio_table, table  # noqa: E402
from bench.scenarios import INTERACTIONS, PAGES, Interaction  # noqa: E402
from tests.browser.conftest import IDLE  # noqa: E402

WIDGET = ROOT / "bench" / "reference_widget.py"
APPTEST_TARGET, BROWSER_TARGET = 1.5, 1.25
REFERENCE = ROOT / "bench" / "reference_page.py"


class Recordings:
    """One record per page and starting point, made once and kept in a scratch folder."""

    def __init__(self, folder: Path, plan: Plan, today: date) -> None:
        self.folder, self.plan, self.today = folder, plan, today
        self.paths: dict[tuple[str, object], Path] = {}

    def of(self, page: str, before: Callable[[AppTest], None] | None = None) -> Path:
        key = (page, before)
        if key not in self.paths:
            session = {"today_override": self.today, "plan": self.plan}
            path = self.folder / f"{page or 'start'}-{len(self.paths)}.pickle"
            save(record(PAGES[page], session, before), path)
            self.paths[key] = path
        return self.paths[key]


def measure_apptest(
    interactions: list[Interaction], recordings: Recordings, warmup: int, repeat: int
) -> tuple[list[Row], list[float]]:
    rows, widget_times = [], []
    plan, today = recordings.plan, recordings.today

    def put_back(at: AppTest) -> None:
        at.session_state["plan"] = plan

    for interaction in interactions:
        if interaction.act is None:
            continue
        path = recordings.of(interaction.page, interaction.before)
        app = open_app(PAGES[interaction.page], plan, today, interaction.before)
        reset = put_back if interaction.changes_plan else None
        entries = [
            Timed("app", app, interaction.act, reset=reset),
            Timed("reference", open_reference(path), interaction.act, recording=path),
            Timed("one widget", open_reference_widget(), lambda at, i: None),
        ]
        run_loop(entries, warmup, repeat)
        rows.append(Row(interaction.page, interaction.name, *(e.times_ms for e in entries[:2])))
        widget_times += entries[2].times_ms
        print(f"  AppTest {interaction.page or 'start'}: {interaction.name}", file=sys.stderr)
    return rows, widget_times


def open_reference_widget() -> AppTest:
    at = AppTest.from_file(str(WIDGET), default_timeout=120)
    at.run()
    return at


@contextlib.contextmanager
def _servers(paths: list[Path]) -> Iterator[tuple[str, dict[Path, str]]]:
    with contextlib.ExitStack() as stack:
        app = stack.enter_context(harness.streamlit_server(APP, {}))
        references = {
            path: stack.enter_context(
                harness.streamlit_server(REFERENCE, {RECORDING_ENV: str(path)})
            )
            for path in paths
        }
        yield app, references


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
    token = plan_to_token(recordings.plan)
    shown = [i for i in interactions if i.press is not None]
    pages = sorted({i.page for i in interactions})
    paths = {(i.page, i.before): recordings.of(i.page, i.before) for i in shown}
    loads = {page: recordings.of(page) for page in pages}
    with _servers(sorted({*paths.values(), *loads.values()})) as (app, refs):

        def urls_of(interaction: Interaction) -> dict[str, str]:
            return {
                "app": f"{app}/{interaction.page}?plan={token}",
                "reference": refs[paths[(interaction.page, interaction.before)]],
            }

        load_rows = []
        for page in pages:
            app_times, ref_times = [], []
            for round_ in range(warmup + repeat):
                urls = [(app_times, f"{app}/{page}?plan={token}"), (ref_times, refs[loads[page]])]
                for times, url in urls if round_ % 2 == 0 else reversed(urls):
                    trip = harness.first_load(browser, url)
                    if round_ >= warmup:
                        times.append(trip.total)
            load_rows.append(Row(page, "first load from a share link", app_times, ref_times))
            print(f"  browser first load: {page or 'start'}", file=sys.stderr)
        rows = []
        for interaction in shown:
            try:
                rows.append(
                    _browser_row(browser, interaction, urls_of(interaction), warmup, repeat)
                )
            except Exception as error:
                reason = str(error).splitlines()[0][:160]
                missed.append(f"- {interaction.page}: {interaction.name}: not measured ({reason})")
            print(f"  browser {interaction.page or 'start'}: {interaction.name}", file=sys.stderr)
    return rows, load_rows


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
                if interaction.changes_plan:  # reopened, outside the time
                    tab.goto(urls[name])
                    tab.wait_for_selector(IDLE)
                    _ready(tab, interaction)
                expect = interaction.expect if name == "app" else None
                trip = harness.round_trip(
                    tab, press, round_, None if expect is None else expect(round_)
                )
                if round_ >= warmup:
                    times[name].append(trip.total)
    finally:
        for tab in tabs.values():
            tab.close()
    return Row(interaction.page, interaction.name, times["app"], times["reference"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, help="timed rounds per measurement (default 10)")
    parser.add_argument("--quick", action="store_true", help="3 timed rounds, 1 warm-up")
    parser.add_argument("--no-browser", action="store_true", help="AppTest only")
    parser.add_argument("--page", help="only this page's interactions: questionnaire, offers…")
    args = parser.parse_args()
    warmup, repeat = (1, args.repeat or 3) if args.quick else (2, args.repeat or 10)
    quiet()
    today = date.today()
    plan = example_plan(today)
    chosen = [i for i in INTERACTIONS if args.page is None or i.page == args.page.strip("/")]
    lines = ["## Benchmark: every interaction against its page's reference", "", *machine()]
    missed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        recordings = Recordings(Path(scratch), plan, today)
        print("AppTest…", file=sys.stderr)
        rows, widget = measure_apptest(chosen, recordings, warmup, repeat)
        lines += [
            f"- {repeat} timed rounds after {warmup} warm-up; app and reference take turns",
            "",
            "### AppTest: the rerun after each interaction",
            "",
            ratio_table(rows, APPTEST_TARGET),
            "",
            f"For scale, a one-widget script's rerun in the same loops: "
            f"{statistics.median(widget):.1f} ms (median).",
        ]
        if not args.no_browser and Path(harness.CHROMIUM).exists():
            print("Browser…", file=sys.stderr)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=harness.CHROMIUM, args=harness.CHROMIUM_ARGS
                )
                lines[3:3] = [f"- Chromium {browser.version}, headless"]
                trips, loads = measure_browser(browser, chosen, recordings, warmup, repeat, missed)
                browser.close()
            lines += [
                "",
                "### Browser: each interaction, press to settled page",
                "",
                ratio_table(trips, BROWSER_TARGET),
                *missed,
                "",
                "### Browser: the first load of each page from a share link, new context",
                "",
                ratio_table(loads, BROWSER_TARGET),
            ]
    print("\n".join(lines))
    print()
    print(table(["Interactions measured"], [[f"{i.page or 'start'}: {i.name}"] for i in chosen]))


if __name__ == "__main__":
    main()
