"""What a screen reader and a keyboard rely on, checked in a real browser on every page."""

from __future__ import annotations

from datetime import date

import pytest
from playwright.sync_api import Browser

from advisor.examples import Example, examples
from advisor.share_link import plan_to_token
from tests.browser.conftest import settle

pytestmark = pytest.mark.browser

PAGES = ("", "questionnaire", "timeline", "offers", "plan")
# The heading levels in the page's main area, in reading order.
LEVELS = """() => [...document.querySelectorAll(
    "[data-testid='stMain'] h1, [data-testid='stMain'] h2, [data-testid='stMain'] h3,"
    + " [data-testid='stMain'] h4, [data-testid='stMain'] h5, [data-testid='stMain'] h6"
)].filter(h => h.offsetParent !== null).map(h => [Number(h.tagName[1]), h.innerText.trim()])"""


def _skips(levels: list[list[object]]) -> list[str]:
    """Each heading that goes more than one level deeper than the one before it."""
    skipped, previous = [], 0
    for level, text in levels:
        assert isinstance(level, int)
        if level > previous + 1:
            skipped.append(f"h{previous} → h{level} “{text}”")
        previous = level
    return skipped


@pytest.mark.parametrize("example", examples(today=date.today()), ids=lambda e: e.key)
def test_headings_start_at_one_and_never_skip_a_level_on_any_page(
    server: str, browser: Browser, example: Example
) -> None:
    token = plan_to_token(example.plan.with_fresh_ids())
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    found = {}
    for path in PAGES:
        page.goto(f"{server}/{path}?plan={token}")
        settle(page)
        levels = page.evaluate(LEVELS)
        found[path or "start"] = (levels[0][0] if levels else None, _skips(levels))
    page.close()

    assert found == {path: (1, []) for path in found}
