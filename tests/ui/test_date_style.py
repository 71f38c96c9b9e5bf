"""The pages write dates the way the browser's language setting does: "Wed, Dec 2" for en-US,
"Wed 2 Dec" for en-GB, in every sentence, chart and table, whichever country the plan is in."""

from __future__ import annotations

import json
import re

import pytest
from streamlit.testing.v1 import AppTest

from advisor import DateStyle
from advisor.examples import examples
from tests.advisor.test_dates import DAY, MONTH, WRITTEN
from tests.ui.apptest import HOME, QUESTIONNAIRE, TODAY, show, start, texts

PLAN = next(e.plan for e in examples(today=TODAY) if e.key == "offer-before-first-choice")
PAGES = (HOME, QUESTIONNAIRE, "pages/timeline.py", "pages/offers.py")
_QUOTED = re.compile(r"“[^”]*”")  # the interviewer's own words stay as they were said


def shown(at: AppTest) -> str:
    """The page's text and labels, the candidate's quoted words left out."""
    words = [texts(at), *(e.label for e in at.expander), *(str(s.value) for s in at.subheader)]
    return _QUOTED.sub("“…”", "\n".join(words).replace("\\", ""))


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize(
    ("locale", "style", "other"),
    [("en-US", MONTH, DAY), ("en-GB", DAY, MONTH)],
)
def test_every_page_writes_dates_in_the_order_of_the_browsers_language_setting(
    page: str, locale: str, style: DateStyle, other: DateStyle
) -> None:
    at = start(page, plan=PLAN, locale=locale)

    text = shown(at)

    assert WRITTEN[style].search(text)
    assert not WRITTEN[other].findall(text)


@pytest.mark.parametrize(
    ("locale", "axis", "tooltip"),
    [("en-US", "%b %-d", "%a, %b %-d"), ("en-GB", "%-d %b", "%a %-d %b")],
)
@pytest.mark.parametrize(("page", "chart"), [("pages/timeline.py", 0), ("pages/offers.py", 0)])
def test_the_charts_axes_and_tooltips_follow_the_browsers_language_setting(
    locale: str, axis: str, tooltip: str, page: str, chart: int
) -> None:
    at = start(page, plan=PLAN, locale=locale)

    spec = json.dumps(json.loads(at.get("vega_lite_chart")[chart].proto.spec))

    assert f'"format": "{axis}"' in spec
    assert f'"format": "{tooltip}"' in spec


@pytest.mark.parametrize(
    ("locale", "style", "other"),
    [("en-US", MONTH, DAY), ("en-GB", DAY, MONTH)],
)
def test_how_we_read_their_words_writes_dates_the_browsers_way(
    locale: str, style: DateStyle, other: DateStyle
) -> None:
    plan = next(e.plan for e in examples(today=TODAY) if e.key == "clear-timeline")
    at = show(start(QUESTIONNAIRE, plan=plan, locale=locale), "q_timing_phrase")

    text = shown(at)

    assert "How we read it" in text
    assert WRITTEN[style].search(text)
    assert not WRITTEN[other].findall(text)
