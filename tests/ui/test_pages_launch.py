import pytest

from tests.ui.apptest import HOME, QUESTIONNAIRE, start

TIMELINE = "pages/timeline.py"
OFFERS = "pages/offers.py"


@pytest.mark.parametrize("page", [None, HOME, QUESTIONNAIRE, TIMELINE, OFFERS])
def test_every_page_launches_without_an_exception(page: str | None) -> None:
    at = start(page)

    assert not at.exception
    assert at.title


def test_the_start_page_says_what_the_app_does_and_leads_to_the_questionnaire() -> None:
    at = start()

    assert at.title[0].value == "Just had an interview?"
    at.button(key="home_start").click().run()

    assert at.title[0].value == "Questionnaire"
