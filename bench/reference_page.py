"""The reference for one page: what the page drew, drawn again from a record (bench/replay.py)
with nothing computed: no plan read, no advice, no validation, no state kept but the widgets'.

Served or run under AppTest with BENCH_RECORDING set to the record's path, or to two paths
(joined by os.pathsep: the page before and after an interaction) drawn in turn; a served
reference takes them from its URL's "record" parameter instead, so one server draws them all.
"""

import importlib
import os
import pickle
from typing import Any

import streamlit as st
from streamlit.components.v2.get_bidi_component_manager import get_bidi_component_manager

import ui.browser  # the page's two components, registered on import; it draws nothing

DEFERRED = "_bench_deferred_data"  # as bench/replay.py writes it (read without that module)

if get_bidi_component_manager().get("advisor_copy_share") is None:  # a new runtime, one process
    importlib.reload(ui.browser)


@st.cache_resource
def _record(path: str) -> dict[str, Any]:
    with open(path, "rb") as file:
        return pickle.load(file)  # noqa: S301  (our own file, written by the benchmark)


# One record, or the page before and after an interaction, drawn in turn, one per run.
records = (st.query_params.get("record") or os.environ["BENCH_RECORDING"]).split(os.pathsep)
runs = st.session_state.get("_bench_runs", 0)
st.session_state["_bench_runs"] = runs + 1
record = _record(records[runs % len(records)])
if record["page_config"]:
    st.set_page_config(**record["page_config"])
for key, value in record["state"].items():
    if key not in st.session_state:
        st.session_state[key] = value
containers: dict[int, Any] = {-1: st._main, -2: st.sidebar, -3: st._event}
for target, method, args, kwargs, result in record["calls"]:
    if "key" in kwargs and kwargs["key"] in record["state"]:
        kwargs = {k: v for k, v in kwargs.items() if k not in ("value", "index", "default")}
    if DEFERRED in kwargs:  # a download the page builds on a tap: handed over on a tap here too
        built = kwargs[DEFERRED]
        kwargs = {k: v for k, v in kwargs.items() if k != DEFERRED} | {"data": lambda b=built: b}
    returned = getattr(containers[target], method)(*args, **kwargs)
    if isinstance(result, int):
        containers[result] = returned
    elif isinstance(result, tuple):
        containers.update(zip(result, returned, strict=True))
