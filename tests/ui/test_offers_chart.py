from datetime import date, timedelta

from advisor.offers import timing_picture
from tests.ui.test_offers import DEADLINE, TODAY, first_choice, offering, ranked
from ui.offers_chart import OFFER_OPEN, timing_frames


def test_each_bar_is_named_with_its_rank_and_how_it_falls_against_the_deadline() -> None:
    plan = ranked(
        first_choice(timing="date", decision_date=date(2026, 11, 17)),
        offering(),
    )
    timings = timing_picture(plan=plan, today=TODAY)

    bars, deadlines = timing_frames(plan, timings, timings[0])

    assert list(bars["label"]) == [
        "2. Northwind offer: reply by Thu 12 Nov",
        "1. Contoso: up to 5 days after the deadline",
    ]
    assert list(bars["what"]) == [OFFER_OPEN, "Decides after the deadline"]
    # Bars run to the end of their last day, so a one-day window still shows.
    assert bars["end"].iloc[1] - bars["start"].iloc[1] == date(2026, 11, 18) - date(2026, 11, 17)
    assert list(deadlines["label"]) == ["Northwind deadline"]
    # The line marks the end of the deadline day.
    assert deadlines["date"].iloc[0].date() == DEADLINE + timedelta(days=1)


def test_an_assumed_deadline_is_marked_on_the_chart() -> None:
    plan = ranked(first_choice(), offering(deadline=None))
    timings = timing_picture(plan=plan, today=TODAY)

    bars, _ = timing_frames(plan, timings, timings[0])

    assert "(assumed)" in bars["label"].iloc[0]
    assert "timing unknown" in bars["label"].iloc[1]
