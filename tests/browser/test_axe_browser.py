"""axe-core on every page, in every state that draws something different, light and dark.

axe-core comes bundled in the PyPI package axe-playwright-python (see AXE_VERSION). A test fails
on any violation of impact "serious" or "critical" except:

- STREAMLIT_MARKUP: Streamlit's own markup, which no page can change. Each is a rule and a CSS
  selector; `test_each_streamlit_exclusion_also_occurs_on_a_bare_streamlit_script` proves the
  same violation on a one-widget script, so an exclusion that is really the app's cannot hide.
- APP_FIXES_PENDING: the app's own, known and waiting for a fix in pages/ or ui/. Empty it as
  they are fixed; an entry that no longer matches anything fails the suite too, so the list
  never outlives its fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import NamedTuple

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page

from advisor.examples import examples
from advisor.share_link import plan_to_token
from tests.browser.conftest import settle, streamlit_server
from ui.questionnaire_form import STEPS

pytestmark = pytest.mark.browser

AXE = Axe()
AXE_VERSION = re.search(r"axe v([\d.]+)", AXE.axe_script[:100]).group(1)  # type: ignore[union-attr]
# WCAG 2.x A and AA, and axe's best practices (landmarks, heading order, region…).
OPTIONS = {"resultTypes": ["violations"]}
BLOCKING = {"serious", "critical"}

PAGES = ("", "questionnaire", "timeline", "offers", "plan")
EXAMPLES = {example.key: example.plan for example in examples(today=date.today())}
STATES = ("empty", *EXAMPLES)
# Dark mode: a page with nothing in it, and the example that draws the most (two applications,
# an offer and its comparison); the light runs cover the rest, with the same markup.
DARK_STATES = ("empty", "offer-before-first-choice")


class Known(NamedTuple):
    """A violation that does not fail the test: axe's rule, where (a CSS selector matching the
    node or an ancestor; on `page` and in `scheme` only, when given), and why.

    For Streamlit's own, `bare` is the line of a one-widget script that shows the same violation.
    """

    rule: str
    selector: str
    why: str
    page: str | None = None
    scheme: str | None = None
    bare: str = ""


# None so far: every serious or critical violation axe-core finds is the app's or its theme's.
# (Streamlit's file uploader has a "presentation-role-conflict", but of impact "minor".)
STREAMLIT_MARKUP: tuple[Known, ...] = ()

APP_FIXES_PENDING: tuple[Known, ...] = ()


class Found(NamedTuple):
    where: str  # scheme/state/page[/step]
    rule: str
    impact: str
    target: str
    html: str
    message: str
    known: Known | None


def _known(
    page: Page, rule: str, target: str, path: str | None, scheme: str, among: tuple[Known, ...]
) -> Known | None:
    """The first known violation `among` those given that this node (axe's `target`) is."""
    candidates = [
        known
        for known in among
        if known.rule == rule and known.page in (None, path) and known.scheme in (None, scheme)
    ]
    if not candidates:
        return None
    index = page.evaluate(
        """([target, selectors]) => {
            const node = document.querySelector(target);
            return node ? selectors.findIndex(s => node.closest(s) !== null) : -1;
        }""",
        [target, [known.selector for known in candidates]],
    )
    return candidates[index] if index >= 0 else None


def audit(
    page: Page,
    scheme: str,
    where: str,
    path: str | None = None,
    among: tuple[Known, ...] = STREAMLIT_MARKUP + APP_FIXES_PENDING,
) -> list[Found]:
    """Every serious or critical violation on the page as it is now, each matched to a Known.

    `path` is the app page shown ("" for Start), None for a script that is not the app.
    """
    # Streamlit fetches some elements' code on first use (st.code's, say) and draws them after
    # the run has ended: wait for it, or axe may look at a page without them.
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(250)
    page.mouse.move(0, 0)  # a hovered button has other colours than the resting one
    found = []
    for violation in AXE.run(page, options=OPTIONS).response["violations"]:
        if violation["impact"] not in BLOCKING:
            continue
        for node in violation["nodes"]:
            target = " ".join(node["target"])  # one selector: Streamlit uses no iframes here
            checks = node.get("any", []) + node.get("all", []) + node.get("none", [])
            found.append(
                Found(
                    where,
                    violation["id"],
                    violation["impact"],
                    target,
                    " ".join(node["html"].split())[:200],
                    "; ".join(check["message"] for check in checks)[:300],
                    _known(page, violation["id"], target, path, scheme, among),
                )
            )
    return found


def report(found: list[Found]) -> str:
    """What a reader needs to find each violation, one block per node."""
    lines = [f"{len(found)} serious or critical axe-core {AXE_VERSION} violation(s):"]
    for item in found:
        lines += [
            f"- [{item.where}] {item.rule} ({item.impact})",
            f"    target:  {item.target}",
            f"    html:    {item.html}",
            f"    message: {item.message}",
        ]
    return "\n".join(lines)


def open_every_expander(page: Page) -> None:
    """Open each closed expander (the tables beside the charts, the drafts…), one at a time:
    some redraw the page when opened."""
    closed = page.locator("[data-testid='stMain'] [data-testid='stExpander'] details:not([open])")
    for _ in range(12):
        if not closed.count():
            break
        closed.first.locator("summary").click()
        page.wait_for_timeout(50)
    settle(page)  # the one that reruns the page (the offers' table) is drawn by then


def show_step(page: Page, index: int) -> None:
    page.locator(".st-key-q_step").get_by_role("radio").nth(index).click()
    settle(page)


# Everything found, and each case run, so the module's last test can check that every entry of
# APP_FIXES_PENDING still matches something.
SEEN: list[Found] = []
RUN: list[str] = []


@pytest.fixture(scope="module")
def tabs(browser: Browser) -> Iterator[dict[str, Page]]:
    """One tab per colour scheme, reused by every test of the module (each opens a fresh
    session by loading a page)."""
    opened = {}
    contexts = []
    for scheme in ("light", "dark"):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
        contexts.append(context)
        opened[scheme] = context.new_page()
        opened[scheme].set_default_timeout(30_000)
    yield opened
    for context in contexts:
        context.close()


CASES = [
    pytest.param(scheme, state, path, id=f"{scheme}-{state}-{path or 'start'}")
    for scheme, states in (("light", STATES), ("dark", DARK_STATES))
    for state in states
    for path in PAGES
]


@pytest.mark.parametrize(("scheme", "state", "path"), CASES)
def test_no_serious_or_critical_axe_violation(
    server: str, tabs: dict[str, Page], scheme: str, state: str, path: str
) -> None:
    page = tabs[scheme]
    query = "" if state == "empty" else f"?plan={plan_to_token(EXAMPLES[state].with_fresh_ids())}"
    page.goto(f"{server}/{path}{query}")
    settle(page)
    where = f"{scheme}/{state}/{path or 'start'}"
    found = []
    if path == "questionnaire":
        for index, step in enumerate(STEPS):
            if index:
                show_step(page, index)
            open_every_expander(page)
            found += audit(page, scheme, f"{where}/{step.name}", path)
    else:
        open_every_expander(page)
        found += audit(page, scheme, where, path)
    SEEN.extend(found)
    RUN.append(where)

    unknown = [item for item in found if item.known is None]
    assert not unknown, report(unknown)


def test_each_streamlit_exclusion_also_occurs_on_a_bare_streamlit_script(
    browser: Browser, tmp_path: Path
) -> None:
    """A script of one title and the widget of each STREAMLIT_MARKUP entry, in this theme:
    it shows each of them, and nothing else (so the theme alone passes too)."""
    assert all(known.bare for known in STREAMLIT_MARKUP)
    script = tmp_path / "bare.py"
    lines = [
        "import streamlit as st",
        'st.title("One widget")',
        *(k.bare for k in STREAMLIT_MARKUP),
    ]
    script.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = []
    with streamlit_server(script=script) as url:
        for scheme in ("light", "dark"):
            context = browser.new_context(
                viewport={"width": 1280, "height": 900}, color_scheme=scheme
            )
            page = context.new_page()
            page.goto(url)
            settle(page)
            found += audit(page, scheme, f"{scheme}/bare", among=STREAMLIT_MARKUP)
            context.close()

    assert {f.known for f in found} >= set(STREAMLIT_MARKUP), report(found)
    assert [f for f in found if f.known is None] == [], report(found)


def test_every_pending_app_fix_still_occurs() -> None:
    """Once the app is fixed, its entry in APP_FIXES_PENDING goes: else it could hide a
    regression."""
    if len(RUN) < len(CASES):
        pytest.skip("only when every page and state above ran, in this session")
    stale = [known for known in APP_FIXES_PENDING if known not in {f.known for f in SEEN}]
    assert stale == [], "fixed, so remove from APP_FIXES_PENDING: " + repr(stale)
