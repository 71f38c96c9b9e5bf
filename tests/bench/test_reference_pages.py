"""The benchmark's floor: each page's reference draws what the page draws.

`bench/run.py` judges every page against a reference that replays the page's own Streamlit calls
(`bench/replay.py`, `bench/reference_page.py`). If the page and its reference drifted apart, the
ratios in the README would compare different pages; this keeps them honest.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from bench.apptest_loop import open_app, open_reference
from bench.plans import example_plan
from bench.replay import RECORDING_ENV, record, save
from bench.scenarios import PAGES
from tests.ui.apptest import TODAY


def _shape(node: Any) -> list[Any]:
    """The element tree as nested (type, label or value) pairs, widgets' values included."""
    children = getattr(node, "children", None)
    if isinstance(children, dict):
        return [node.type, [_shape(child) for _, child in sorted(children.items())]]
    shown = getattr(node, "label", None) or getattr(node, "value", None)
    return [node.type, shown if isinstance(shown, str | int | float | bool) else None]


def _values(at: AppTest) -> dict[str, Any]:
    """What each keyed choice shows, as the user reads it (the reference's options are labels)."""
    return {
        box.key: box.format_func(box.value) if box.value is not None else None
        for box in at.selectbox
        if box.key
    }


@pytest.mark.parametrize("url_path", list(PAGES), ids=lambda p: p or "start")
def test_each_pages_reference_draws_the_same_elements_with_the_same_choices_shown(
    url_path: str, tmp_path: Path
) -> None:
    plan, session = example_plan(TODAY), {"today_override": TODAY}
    path = tmp_path / "record.pickle"
    save(record(PAGES[url_path], {**session, "plan": plan}, None), path)

    app = open_app(PAGES[url_path], plan, TODAY)
    try:
        reference = open_reference(path)
    finally:
        os.environ.pop(RECORDING_ENV, None)

    drawn, replayed = _shape(app._tree), _shape(reference._tree)
    assert replayed == drawn, _first_difference(replayed, drawn)
    assert _values(reference) == _values(app)


def _downloads(at: AppTest) -> list[tuple[str, bool, bool]]:
    """Each download button: its label, whether its file is built on a tap, whether a tap
    leaves the page as it is (no rerun)."""
    return [
        (b.proto.label, b.proto.HasField("deferred_file_id"), b.proto.ignore_rerun)
        for b in at.get("download_button")
    ]


@pytest.mark.parametrize("url_path", ["timeline", "plan"])
def test_a_download_built_on_a_tap_is_built_on_a_tap_in_the_reference_too(
    url_path: str, tmp_path: Path
) -> None:
    plan, session = example_plan(TODAY), {"today_override": TODAY}
    path = tmp_path / "record.pickle"
    save(record(PAGES[url_path], {**session, "plan": plan}, None), path)

    app = open_app(PAGES[url_path], plan, TODAY)
    try:
        reference = open_reference(path)
    finally:
        os.environ.pop(RECORDING_ENV, None)

    assert _downloads(app), "the page has a download to compare"
    assert all(deferred for _, deferred, _ in _downloads(app))
    assert _downloads(reference) == _downloads(app)


def _first_difference(left: Any, right: Any, where: str = "") -> str:
    if isinstance(left, list) and isinstance(right, list) and len(left) == len(right):
        for index, (a, b) in enumerate(zip(left, right, strict=True)):
            if a != b:
                return _first_difference(a, b, f"{where}/{index}")
    return f"{where}: {left!r} != {right!r}"
