"""A page's reference: what it draws, recorded as the Streamlit calls that drew it, to be drawn
again from the record with no advice, validation or state handling behind it.

``record(page, plan, today)`` runs the page once under AppTest with every DeltaGenerator method
wrapped, and keeps the outermost calls: the container each went into, its arguments (options
already passed through their ``format_func``; callbacks and lazy data left out) and the
containers it returned; and the widgets' values at the end of the run. ``bench/reference_page.py``
replays a record: the same widgets (same keys), text, charts and containers, in the same order.
So the reference follows the page as the page changes, and a ratio against it prices the app's
own work: reading the plan, advising, validating, keeping state.
"""

from __future__ import annotations

import contextlib
import enum
import functools
import pickle
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import streamlit as st
from streamlit.delta_generator import DeltaGenerator
from streamlit.testing.v1 import AppTest

__all__ = ["DEFERRED", "RECORDING_ENV", "RECORD_PARAMETER", "Call", "Recording", "record", "save"]

RECORDING_ENV = "BENCH_RECORDING"  # the path of the record bench/reference_page.py draws
RECORD_PARAMETER = "record"  # or, in a served reference's URL, the records it draws
DEFERRED = "_bench_deferred_data"  # a download's bytes, to be handed over only when tapped
ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app.py"

# Arguments that run the app's code (callbacks) or change state (st.rerun) are left out;
# a download's lazily built data is built once, while recording, and kept under DEFERRED so
# that the reference's button is deferred too (a tap asks the server for the file) and the
# two pages differ only by the building.
_DROPPED = frozenset(("on_change", "on_click", "on_submit", "args", "kwargs"))
_OPTIONS_AT = 1  # st.selectbox(label, options, ...): where the options are, when positional
_NOT_DRAWING = frozenset(("id", "dg"))  # DeltaGenerator attributes that are not methods
# Calls whose value a visitor sets and the session keeps (a button's is only "clicked")
_HOLDS_VALUE = frozenset(
    (
        *("text_input", "text_area", "number_input", "date_input", "time_input", "selectbox"),
        *("radio", "multiselect", "slider", "select_slider", "checkbox", "toggle", "pills"),
        *("segmented_control", "color_picker", "expander"),
    )
)


@dataclass(frozen=True)
class Call:
    """One Streamlit call: into which container, what, with what, and what it returned."""

    target: int  # the container's number: 0 is the main area
    method: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    result: int | tuple[int, ...] | None  # numbers given to the containers it returned


@dataclass
class Recording:
    """Everything a page drew in one run, and the values its widgets held."""

    page: str
    calls: list[Call] = field(default_factory=list)
    state: dict[str, Any] = field(default_factory=dict)  # widget key -> value
    page_config: dict[str, Any] = field(default_factory=dict)


def _plain(value: Any) -> Any:
    """`value` without the app's own types: enums as their values. (Paths stay paths:
    `st.html` reads a file from a path, and shows a string as it is.)"""
    if isinstance(value, enum.Enum):
        return _plain(value.value)
    if isinstance(value, list | tuple):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _arguments(
    method: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """The call's arguments as the reference can replay them (see the module's docstring)."""
    kwargs = {
        k: v
        for k, v in kwargs.items()
        if k not in _DROPPED or (k == "on_click" and isinstance(v, str))  # "ignore": no rerun
    }
    shown = kwargs.pop("format_func", None)
    if shown is not None:
        if len(args) > _OPTIONS_AT:
            args = (
                *args[:_OPTIONS_AT],
                [shown(o) for o in args[_OPTIONS_AT]],
                *args[_OPTIONS_AT + 1 :],
            )
        elif "options" in kwargs:
            kwargs["options"] = [shown(o) for o in kwargs["options"]]
    if method == "download_button" and callable(kwargs.get("data")):
        built = kwargs.pop("data")()  # in the page's run, as a tap would build it
        kwargs[DEFERRED] = built.encode() if isinstance(built, str) else bytes(built)
    if method == "page_link":  # a page object belongs to the app's navigation
        page = args[0] if args else kwargs.pop("page")
        label = kwargs.pop("label", None) or getattr(page, "title", "Page")
        args = (f"http://localhost/{getattr(page, 'url_path', '')}",)
        kwargs = {**kwargs, "label": label}
    return _plain(args), _plain(kwargs)


class _Recorder:
    def __init__(self, recording: Recording) -> None:
        self.recording = recording
        self.numbers: dict[int, int] = {}
        self.kept: list[DeltaGenerator] = []  # holds the containers, so their ids stay unique
        self.depth = threading.local()
        self.shown_by_key: dict[str, Callable[[Any], Any]] = {}  # a choice's `format_func`

    def number(self, dg: DeltaGenerator) -> int:
        if dg in (st._main, st.sidebar, st._event):  # the page's areas; a toast goes to events
            return -1 - int(dg._root_container or 0)
        if id(dg) not in self.numbers:
            self.numbers[id(dg)] = len(self.numbers) + 1
            self.kept.append(dg)
        return self.numbers[id(dg)]

    def wrap(self, name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(method)
        def recorded(dg: DeltaGenerator, *args: Any, **kwargs: Any) -> Any:
            depth = getattr(self.depth, "value", 0)
            self.depth.value = depth + 1
            try:
                result = method(dg, *args, **kwargs)
            finally:
                self.depth.value = depth
            if depth == 0:
                self._keep(name, dg, args, kwargs, result)
            return result

        return recorded

    def _keep(
        self, name: str, dg: DeltaGenerator, args: tuple[Any, ...], kwargs: dict[str, Any],
        result: Any,
    ) -> None:  # fmt: skip
        if "format_func" in kwargs and isinstance(kwargs.get("key"), str):
            self.shown_by_key[kwargs["key"]] = kwargs["format_func"]
        shown_args, shown_kwargs = _arguments(name, args, kwargs)
        returned: int | tuple[int, ...] | None = None
        if isinstance(result, DeltaGenerator):
            returned = self.number(result)
        elif (
            isinstance(result, list | tuple)
            and result
            and all(isinstance(r, DeltaGenerator) for r in result)
        ):
            returned = tuple(self.number(r) for r in result)
        target = self.number(dg._active_dg)
        self.recording.calls.append(Call(target, name, shown_args, shown_kwargs, returned))


def _methods() -> dict[str, Callable[..., Any]]:
    public = {
        name: member
        for name in dir(DeltaGenerator)
        if not name.startswith("_")
        and name not in _NOT_DRAWING
        and callable(member := getattr(DeltaGenerator, name))
        and not isinstance(member, property)
    }
    return {**public, "_bidi_component": DeltaGenerator._bidi_component}


@contextlib.contextmanager
def _recording(recording: Recording) -> Iterator[_Recorder]:
    recorder = _Recorder(recording)
    originals = _methods()
    original_config = st.set_page_config

    def config(**kwargs: Any) -> None:
        recording.page_config.update(_plain(kwargs))
        original_config(**kwargs)

    # `st.markdown` and the like were bound to the main area when streamlit was imported
    bound = {
        name: member
        for name in dir(st)
        if isinstance(getattr(member := getattr(st, name), "__self__", None), DeltaGenerator)
    }
    for name, method in originals.items():
        setattr(DeltaGenerator, name, recorder.wrap(name, method))
    for name, member in bound.items():
        setattr(st, name, getattr(member.__self__, member.__name__))
    st.set_page_config = config  # type: ignore[assignment]
    try:
        yield recorder
    finally:
        for name, method in originals.items():
            setattr(DeltaGenerator, name, method)
        for name, member in bound.items():
            setattr(st, name, member)
        st.set_page_config = original_config  # type: ignore[assignment]


def record(
    page: str | None,
    session: dict[str, Any],
    setup: Callable[[AppTest], None] | None = None,
) -> Recording:
    """What `page` (a path such as "pages/timeline.py"; None for the start page) draws with
    `session` in its session state, after `setup` (e.g. opening a step); the last run only."""
    at = AppTest.from_file(str(APP), default_timeout=120)
    for key, value in session.items():
        at.session_state[key] = value
    at.run()
    if page is not None:
        at.switch_page(page).run()
    if setup is not None:
        setup(at)
    recording = Recording(page or "start")
    with _recording(recording) as recorder:
        at.run()
    if at.exception:
        raise RuntimeError(f"{page}: {at.exception[0].message}")
    for call in recording.calls:
        key = call.kwargs.get("key")
        if call.method not in _HOLDS_VALUE or not isinstance(key, str):
            continue
        with contextlib.suppress(KeyError):
            value = at.session_state[key]
            shown = recorder.shown_by_key.get(key)
            if shown is not None:  # the reference's options are the labels the app showed
                value = [shown(v) for v in value] if isinstance(value, list) else shown(value)
            if _picklable(value):
                recording.state[key] = _plain(value)
    return recording


def _picklable(value: object) -> bool:
    try:
        pickle.dumps(value)
    except Exception:
        return False
    return isinstance(value, str | int | float | bool | date | list | tuple | type(None))


def save(recording: Recording, path: Path) -> None:
    """Written as plain tuples and dicts: the reference reads them without this module."""
    calls = [(c.target, c.method, c.args, c.kwargs, c.result) for c in recording.calls]
    data = {"calls": calls, "state": recording.state, "page_config": recording.page_config}
    path.write_bytes(pickle.dumps(data))
