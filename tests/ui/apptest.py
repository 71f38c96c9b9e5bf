"""Starting the app under AppTest with a fixed "today"."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from streamlit.testing.v1 import AppTest

from advisor import Plan

APP = Path(__file__).resolve().parents[2] / "app.py"
TODAY = date(2026, 11, 4)
QUESTIONNAIRE = "pages/questionnaire.py"
HOME = "pages/home.py"
# CI machines are shared and slow; Streamlit's 3 s default is too tight for a cold start.
TIMEOUT = 60


def start(
    page: str | None = None,
    *,
    today: date = TODAY,
    plan: Plan | None = None,
    locale: str | None = None,
) -> AppTest:
    """The app on `page` (the start page by default), with `plan` already in the session, as a
    browser whose language setting is `locale` ("en-US") would open it."""
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.context = {"locale": locale}
    at.session_state["today_override"] = today
    if plan is not None:
        at.session_state["plan"] = plan
    at.run()
    if page is not None:
        at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def texts(at: AppTest) -> str:
    """Everything the page shows as text, for "is it on the page" checks."""
    parts = (
        [m.value for m in at.markdown] + [e.value for e in at.info] + [e.value for e in at.error]
    )
    parts += (
        [e.value for e in at.warning] + [e.value for e in at.caption] + [h.value for h in at.title]
    )
    parts += [h.value for h in at.header]
    return "\n".join(str(p) for p in parts)


def errors(at: AppTest) -> list[str]:
    """The error messages shown, with Markdown escaping removed."""
    return [re.sub(r"\\(.)", r"\1", str(e.value)) for e in at.error]


def show(at: AppTest, key: str) -> AppTest:
    """Open the questionnaire step that draws widget `key`: only one step is drawn at a time."""
    from ui.questionnaire_form import STEP_KEY, step_of

    step = step_of(key)
    if at.segmented_control(key=STEP_KEY).value != step:
        at.segmented_control(key=STEP_KEY).set_value(step).run()
        assert not at.exception, at.exception
    return at


def expand(at: AppTest, key: str) -> AppTest:
    """Open the expander `key` and rerun: the offers page draws some expanders only while open."""
    at.session_state[key] = True
    at.run()
    assert not at.exception, at.exception
    return at


def runs_after(at: AppTest, act: Callable[[AppTest], object]) -> int:
    """How many times the page was drawn for one action of the user (`act`, then a run): each
    run is a round trip the user waits through, so an action that redraws twice costs double."""
    import ui.router

    original, runs = ui.router.run, [0]

    def counted() -> None:
        runs[0] += 1
        original()

    ui.router.run = counted
    try:
        act(at)
        at.run()
    finally:
        ui.router.run = original
    assert not at.exception, at.exception
    return runs[0]
