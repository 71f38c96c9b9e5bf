"""Where a page's time goes: a cProfile of the app's reruns after one interaction.

Run by hand: ``python bench/profile_page.py "mark the next action done" [--reruns 20]
[--largest] [--only "main/(ui|advisor|pages)"]`` (the name of an interaction in
bench/scenarios.py; `--largest` takes the largest plan a link opens instead of the example;
`--only` keeps the rows whose place matches, e.g. the app's own code). The script runs in
AppTest's own thread, so the profiler is switched on inside the script runner's run, which takes
in the widgets' new values and calls their callbacks (where a press acts) before running the
script.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from streamlit.runtime.scriptrunner.script_runner import RerunData, ScriptRunner

from bench.apptest_loop import open_app, quiet
from bench.plans import example_plan
from bench.scenarios import INTERACTIONS, PAGES
from bench.sessions import largest_plan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("interaction", choices=[i.name for i in INTERACTIONS if i.act])
    parser.add_argument("--reruns", type=int, default=20)
    parser.add_argument(
        "--largest", action="store_true", help="on the largest plan a link opens, not the example"
    )
    parser.add_argument(
        "--only", nargs="*", default=[], help="keep rows whose place matches, e.g. /work/main/"
    )
    args = parser.parse_args()
    quiet()
    interaction = next(i for i in INTERACTIONS if i.name == args.interaction)
    assert interaction.act is not None
    today = date.today()
    plan = largest_plan(today) if args.largest else example_plan(today)
    profiler, original, active = cProfile.Profile(), ScriptRunner._run_script, [False]

    def profiled_run(runner: ScriptRunner, rerun_data: RerunData) -> None:
        if active[0]:
            profiler.enable()
        try:
            original(runner, rerun_data)
        finally:
            profiler.disable()

    ScriptRunner._run_script = profiled_run  # type: ignore[method-assign]
    try:
        at = open_app(PAGES[interaction.page], plan, today, interaction.before)
        for i in range(2 + args.reruns):
            active[0] = i >= 2
            if interaction.changes_plan:
                at.session_state["plan"] = plan
            interaction.act(at, i)
            at.run()
    finally:
        ScriptRunner._run_script = original  # type: ignore[method-assign]
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(*args.only, 40)
    print(out.getvalue())


if __name__ == "__main__":
    main()
