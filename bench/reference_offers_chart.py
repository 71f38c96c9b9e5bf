"""Reference for the offers page: only its timing chart, from frames bench.py built beforehand.

The frames (the app's own `ui.offers_chart.timing_frames`) come pickled in the file named by
the BENCH_FRAMES environment variable; the slider moves the chart's "today" line, so every
interaction redraws the chart with the app's own `timing_chart`.
"""

import os
import pickle
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository, for `ui`

import streamlit as st

from ui.offers_chart import timing_chart


@st.cache_resource
def _frames(path: str) -> dict[str, Any]:
    with open(path, "rb") as file:
        return dict(pickle.load(file))  # noqa: S301  (a file bench.py has just written)


frames = _frames(os.environ["BENCH_FRAMES"])["offers"]
shift = st.slider("Move today by (days)", 0, 5, 0, key="shift")
today = frames["today"] + timedelta(days=shift)
chart = timing_chart(frames["bars"], frames["deadlines"], today=today)
st.altair_chart(chart, width="stretch", key="chart")
