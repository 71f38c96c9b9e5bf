"""What one more element costs an AppTest rerun, against the one-widget reference.

Run by hand: ``python bench/elements.py [--repeat N]``. For each kind of element, a script is
the one-widget reference (bench/reference_widget.py) plus ten elements of that kind; all run in
turns in one loop, and the report gives each kind's cost per element over the reference, and how
many such elements fit in the 1.5x budget that bench/run.py judges a page against. It shows
where that budget goes before any of the app's own code runs. Nothing here is collected by pytest.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "bench" / "reference_widget.py"
APPTEST_TARGET = 1.5  # as in bench/run.py
EXTRA = 10  # elements of one kind added to the reference

# One line per element; {i} numbers it, `text` is what the reference's widget holds.
KINDS = {
    "text_input": "st.text_input('Field {i}', key='k{i}')",
    "selectbox": "st.selectbox('Choice {i}', ['a', 'b', 'c'], key='s{i}')",
    "button": "st.button('Button {i}', key='b{i}')",
    "markdown (changes)": "st.markdown(f'**Card {i}**: some text, with {{text}}')",
    "markdown (same)": "st.markdown('**Card {i}**: some text that stays the same')",
    "columns(2)": "st.columns(2)",
}


def _script(folder: Path, name: str, extra_line: str | None) -> Path:
    lines = REFERENCE.read_text(encoding="utf-8").splitlines()
    if extra_line is not None:
        lines += [extra_line.format(i=i) for i in range(EXTRA)]
    path = folder / f"{name}.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=40, help="timed reruns per script")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # AppTest's bare-mode warnings
    with tempfile.TemporaryDirectory(prefix="bench-elements-") as scratch:
        folder = Path(scratch)
        scripts = {"reference": _script(folder, "reference", None)}
        scripts |= {
            kind: _script(folder, f"kind{n}", line) for n, (kind, line) in enumerate(KINDS.items())
        }
        tests = {
            name: AppTest.from_file(str(path), default_timeout=60) for name, path in scripts.items()
        }
        for at in tests.values():
            at.run()
        times: dict[str, list[float]] = {name: [] for name in scripts}
        warmup = 5
        for round_ in range(warmup + args.repeat):
            for name, at in tests.items():
                at.text_input(key="text").input(f"Bench text {round_}")
                start = time.perf_counter()
                at.run()
                if round_ >= warmup:
                    times[name].append((time.perf_counter() - start) * 1000)
                if at.exception:
                    sys.exit(f"{name} raised: {at.exception[0].message}")
    reference = statistics.median(times["reference"])
    budget = reference * (APPTEST_TARGET - 1)
    print(f"One-widget reference: {reference:.2f} ms a rerun (median of {args.repeat}).")
    print(f"Budget at {APPTEST_TARGET}x: {budget:.2f} ms for everything a page adds.\n")
    print("| Element | ms each | Fit in the budget |")
    print("|---|---|---|")
    for kind in KINDS:
        each = (statistics.median(times[kind]) - reference) / EXTRA
        fits = f"{budget / each:.0f}" if each > 0 else "-"
        print(f"| {kind} | {each:.3f} | {fits} |")


if __name__ == "__main__":
    main()
