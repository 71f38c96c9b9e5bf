"""The AppTest loop: the app and a page's reference opened side by side, an interaction made on
each in turn, and the time of the rerun that follows (`at.run()`), in milliseconds. A one-widget
script (bench/reference_widget.py) reruns in the same loop, for scale."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from streamlit.runtime.scriptrunner.script_cache import ScriptCache
from streamlit.testing.v1 import AppTest, app_test, local_script_runner
from streamlit.testing.v1.local_script_runner import LocalScriptRunner

from advisor import Plan
from bench.replay import RECORDING_ENV, record, save
from bench.report import Row
from bench.scenarios import PAGES, Interaction

__all__ = ["Recordings", "Timed", "measure_apptest", "open_app", "open_reference", "run_loop"]

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app.py"
REFERENCE = ROOT / "bench" / "reference_page.py"
WIDGET = ROOT / "bench" / "reference_widget.py"
TIMEOUT = 120


def quiet() -> None:
    """AppTest's bare-mode warnings go to stderr on every run; they are not what we measure.
    And AppTest runs as a server does (see `_own_sessions`, `_scripts_compiled_once`,
    `_pages_folder_read_once`)."""
    logging.disable(logging.WARNING)
    _own_sessions()
    _scripts_compiled_once()
    _pages_folder_read_once()


def _scripts_compiled_once() -> None:
    """Compile each script once, as a server does, not at every run as AppTest does.

    AppTest gives every run a new, empty ScriptCache, so each run compiled its scripts again
    (the app's two, app.py and the page, and the reference's one): about a millisecond a run
    that no server spends, as its cache lasts as long as it does.
    """
    shared = ScriptCache()
    for module in (app_test, local_script_runner):
        module.ScriptCache = lambda: shared  # type: ignore[attr-defined,assignment]


def _pages_folder_read_once() -> None:
    """Run a script that calls st.navigation as a server runs it after its first run: without
    reading the `pages/` folder beside it again.

    A server starts in the folder-based navigation of old while a `pages/` folder sits beside
    the main script: a run globs the folder, makes a page of every script in it and navigates
    among them before running the main script. The first st.navigation call switches that off
    for the rest of the process (a class-wide flag). AppTest sets the flag back before every
    run, so each run of the app did all that again (about 0.5 ms a run here) with a second
    navigation on top: work no server does after its first run.
    """
    if getattr(AppTest, "_bench_pages_read_once", False):
        return
    original, original_run = app_test.PagesManager, AppTest._run
    navigated: set[str] = set()  # main scripts whose run ended with the flag off

    class ServerPagesManager(original):  # type: ignore[misc,valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            if str(self.main_script_path) in navigated:
                original.uses_pages_directory = False

    def run(self: AppTest, *args: Any, **kwargs: Any) -> Any:
        result = original_run(self, *args, **kwargs)
        if original.uses_pages_directory is False:
            navigated.add(str(self._script_path))
        return result

    app_test.PagesManager = ServerPagesManager  # type: ignore[misc]
    AppTest._run = run  # type: ignore[method-assign]
    AppTest._bench_pages_read_once = True  # type: ignore[attr-defined]


def _own_sessions() -> None:
    """Give each AppTest its own session id, as a server gives each visitor.

    AppTest names every session "test session id", so what the app keeps per session
    (`state.remembered`: the agenda, the charts) would be one store for every AppTest in the
    process: the growth loop's three plans, taking turns, would each find the other's and
    build everything again on every run, which no visitor's session does.
    """
    if getattr(AppTest, "_bench_own_sessions", False):
        return
    running: list[int] = [0]
    original_run, original_init = AppTest._run, LocalScriptRunner.__init__

    def run(self: AppTest, *args: Any, **kwargs: Any) -> Any:
        running[0] = id(self)
        return original_run(self, *args, **kwargs)

    def init(self: LocalScriptRunner, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        self._session_id = f"bench session {running[0]}"

    AppTest._run = run  # type: ignore[method-assign]
    LocalScriptRunner.__init__ = init  # type: ignore[method-assign]
    AppTest._bench_own_sessions = True  # type: ignore[attr-defined]


def open_app(
    page: str | None, plan: Plan, today: date, before: Callable[[AppTest], None] | None = None
) -> AppTest:
    """The app on `page` with `plan` in the session, as tests/ui/apptest.py opens it."""
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.session_state["today_override"] = today
    at.session_state["plan"] = plan
    at.run()
    if page is not None:
        at.switch_page(page).run()
    if before is not None:
        before(at)
    _check(at, f"app {page or 'start page'}")
    return at


def open_reference(recording: Path | str) -> AppTest:
    """The reference drawing `recording` (the variable is read when each run starts)."""
    os.environ[RECORDING_ENV] = str(recording)
    at = AppTest.from_file(str(REFERENCE), default_timeout=TIMEOUT)
    at.run()
    _check(at, f"reference {recording}")
    return at


def _check(at: AppTest, what: str) -> None:
    if at.exception:
        raise RuntimeError(f"{what} raised: {at.exception[0].message}")


@dataclass
class Timed:
    """One session in a shared loop: how to make the change, what to undo first, the times."""

    name: str
    at: AppTest
    act: Callable[[AppTest, int], None]
    reset: Callable[[AppTest], None] | None = None
    recording: str | None = None  # a reference's: set again before each of its runs
    times_ms: list[float] = field(default_factory=list)


def run_loop(entries: Sequence[Timed], warmup: int, repeat: int) -> None:
    """Interleave the entries, one interaction each per round, in turn (reversed every round),
    so that load from elsewhere on the machine falls on all of them alike."""
    for round_ in range(warmup + repeat):
        order = entries if round_ % 2 == 0 else list(reversed(entries))
        for entry in order:
            if entry.recording is not None:
                os.environ[RECORDING_ENV] = str(entry.recording)
            if entry.reset is not None and round_ > 0:  # the page shows the plan again
                entry.reset(entry.at)
                entry.at.run()
            entry.act(entry.at, round_)
            start = time.perf_counter()
            entry.at.run()
            elapsed = (time.perf_counter() - start) * 1000
            _check(entry.at, entry.name)
            if round_ >= warmup:
                entry.times_ms.append(elapsed)


class Recordings:
    """The records each reference draws, made once and kept in a scratch folder.

    With an interaction, two: the page before it and the page after it. The reference draws
    them in turn, one per run, so each press changes what it draws as it changes the app's page
    (a chart redrawn with new data, a toast shown); with one record, the browser would have
    nothing to redraw after a press and the reference would be a floor no page can reach.
    """

    def __init__(self, folder: Path, plan: Plan, today: date) -> None:
        self.folder, self.plan, self.today = folder, plan, today
        self.made: dict[tuple[str, object, object], str] = {}

    def of(
        self,
        page: str,
        before: Callable[[AppTest], None] | None = None,
        act: Callable[[AppTest, int], None] | None = None,
    ) -> str:
        """The value of BENCH_RECORDING for `page` after `before` (and around `act`)."""
        key = (page, before, act)
        if key not in self.made:
            paths = [self._save(page, before)]
            if act is not None:
                paths.append(self._save(page, _then(before, act)))
            self.made[key] = os.pathsep.join(str(path) for path in paths)
        return self.made[key]

    def _save(self, page: str, setup: Callable[[AppTest], None] | None) -> Path:
        session = {"today_override": self.today, "plan": self.plan}
        path = self.folder / f"{page or 'start'}-{len(list(self.folder.iterdir()))}.pickle"
        save(record(PAGES[page], session, setup), path)
        return path


def _then(
    before: Callable[[AppTest], None] | None, act: Callable[[AppTest, int], None]
) -> Callable[[AppTest], None]:
    def setup(at: AppTest) -> None:
        if before is not None:
            before(at)
        act(at, 0)  # the recorded run is the one this change starts

    return setup


def measure_apptest(
    interactions: list[Interaction], recordings: Recordings, warmup: int, repeat: int
) -> tuple[list[Row], list[float]]:
    """For each interaction AppTest can make: the app's and its reference's rerun times, and
    the one-widget script's from all the loops."""
    rows, widget_times = [], []
    plan, today = recordings.plan, recordings.today

    def put_back(at: AppTest) -> None:
        at.session_state["plan"] = plan

    for interaction in interactions:
        if interaction.act is None:
            continue
        path = recordings.of(interaction.page, interaction.before, interaction.act)
        app = open_app(PAGES[interaction.page], plan, today, interaction.before)
        reset = put_back if interaction.changes_plan else None
        entries = [
            Timed("app", app, interaction.act, reset=reset),
            Timed(
                "reference",
                open_reference(path),
                interaction.act,
                reset=_draw_before if interaction.changes_plan else None,
                recording=path,
            ),
            Timed("one widget", open_widget(), lambda at, i: None),
        ]
        run_loop(entries, warmup, repeat)
        rows.append(Row(interaction.page, interaction.name, *(e.times_ms for e in entries[:2])))
        widget_times += entries[2].times_ms
        print(f"  AppTest {interaction.page or 'start'}: {interaction.name}", file=sys.stderr)
    return rows, widget_times


def _draw_before(at: AppTest) -> None:
    """Bring a reference back to the page before the interaction (its first record)."""
    at.session_state["_bench_runs"] = 0


def open_widget() -> AppTest:
    at = AppTest.from_file(str(WIDGET), default_timeout=TIMEOUT)
    at.run()
    return at
