"""Reference for the timeline page: only its chart, drawn from frames bench.py built beforehand.

The frames (the app's own `ui.timeline_chart.frames`) come pickled in the file named by the
BENCH_FRAMES environment variable; the text typed here becomes the chart's title, so every
interaction redraws the chart with the app's own `timeline_chart`.
"""

import os
import pickle
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository, for `ui`

import streamlit as st

from ui.timeline_chart import timeline_chart


@st.cache_resource
def _frames(path: str) -> dict[str, Any]:
    with open(path, "rb") as file:
        return dict(pickle.load(file))  # noqa: S301  (a file bench.py has just written)


frames = _frames(os.environ["BENCH_FRAMES"])["timeline"]
title = st.text_input("Chart title", key="title")
chart = timeline_chart(frames["periods"], frames["steps"], today=frames["today"])
st.altair_chart(chart.properties(title=title or " "), width="stretch", key="chart")
