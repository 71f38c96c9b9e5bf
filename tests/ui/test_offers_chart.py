from datetime import date

import pandas as pd

from advisor.offers import timing_picture
from tests.ui.apptest import expand
from tests.ui.test_offers import DEADLINE, TODAY, first_choice, offering, open_offers, ranked
from ui.offers_chart import OFFER_OPEN, timing_chart, timing_frames

LINE_REACH = 10  # pixels either side of a bar's middle that the deadline and today lines cover


def _contoso_after_the_deadline() -> tuple[pd.DataFrame, pd.DataFrame]:
    plan = ranked(first_choice(timing="date", decision_date=date(2026, 11, 17)), offering())
    timings = timing_picture(plan=plan, today=TODAY)
    return timing_frames(plan, timings, timings[0])


def test_each_bar_is_named_with_its_rank_and_how_it_falls_against_the_deadline() -> None:
    bars, deadlines = _contoso_after_the_deadline()

    assert list(bars["label"]) == [
        "2. Northwind offer: reply by Thu 12 Nov",
        "1. Contoso: up to 5 days after the deadline",
    ]
    assert list(bars["what"]) == [OFFER_OPEN, "Decides after the deadline"]
    # Bars hold their first and last days: a one-day window starts and ends on its day.
    assert bars["start"].iloc[1] == bars["end"].iloc[1] == pd.Timestamp(2026, 11, 17)
    assert bars["end"].iloc[0] == pd.Timestamp(DEADLINE)
    assert list(deadlines["label"]) == ["Northwind deadline"]
    assert deadlines["date"].iloc[0].date() == DEADLINE


def test_an_assumed_deadline_is_marked_on_the_chart() -> None:
    plan = ranked(first_choice(), offering(deadline=None))
    timings = timing_picture(plan=plan, today=TODAY)

    bars, _ = timing_frames(plan, timings, timings[0])

    assert "(assumed)" in bars["label"].iloc[0]
    assert "timing unknown" in bars["label"].iloc[1]


def _layers(spec: dict, mark: str) -> list[dict]:
    return [layer for layer in spec["layer"] if layer["mark"]["type"] == mark]


def _data(spec: dict, layer: dict) -> list[dict]:
    return list(spec["datasets"][layer["data"]["name"]])


def test_the_deadline_line_sits_on_the_tick_of_the_deadline_day_and_bars_cover_whole_days() -> None:
    bars, deadlines = _contoso_after_the_deadline()

    spec = timing_chart(bars, deadlines, today=TODAY).to_dict()

    deadline_rule = _layers(spec, "rule")[0]
    # Local midnight of 12 Nov, where the "12 Nov" tick is: no "Z", so no shift by time zone.
    assert {row["date"] for row in _data(spec, deadline_rule)} == {"2026-11-12T00:00:00"}
    (drawn_bars,) = _layers(spec, "bar")
    offer, window = _data(spec, drawn_bars)
    assert (offer["start"], offer["end"]) == ("2026-11-03T12:00:00", "2026-11-12T12:00:00")
    assert (window["start"], window["end"]) == ("2026-11-16T12:00:00", "2026-11-17T12:00:00")


def test_the_lines_cross_each_bar_but_not_the_words_above_it() -> None:
    bars, deadlines = _contoso_after_the_deadline()

    spec = timing_chart(bars, deadlines, today=TODAY).to_dict()

    for rule in _layers(spec, "rule"):
        assert rule["encoding"]["y"]["field"] == rule["encoding"]["y2"]["field"] == "row"
        assert (rule["mark"]["yOffset"], rule["mark"]["y2Offset"]) == (-LINE_REACH, LINE_REACH)
        assert len(_data(spec, rule)) == 2  # once across each row
    (names,) = [layer for layer in _layers(spec, "point") if layer["mark"].get("opacity") == 0]
    axis = names["encoding"]["y"]["axis"]
    # The words' middle sits 20 px above the bar's: 12 px text stays clear of a 10 px line.
    assert axis["labelOffset"] + 12 / 2 < -LINE_REACH


def test_the_words_above_the_bars_take_the_page_themes_text_colour() -> None:
    bars, deadlines = _contoso_after_the_deadline()

    spec = timing_chart(bars, deadlines, today=TODAY).to_dict()

    (names,) = [layer for layer in _layers(spec, "point") if layer["mark"].get("opacity") == 0]
    assert names["encoding"]["y"]["sort"] == [
        "1. Contoso: up to 5 days after the deadline",
        "2. Northwind offer: reply by Thu 12 Nov",
    ]
    assert "labelColor" not in names["encoding"]["y"]["axis"]
    assert not _layers(spec, "text")  # no words in a fixed colour, "Today" included
    today = _layers(spec, "rule")[1]["encoding"]["x"]["axis"]
    assert (today["orient"], today["labelExpr"]) == ("top", "'Today'")


def test_the_table_under_the_timing_chart_holds_every_bar_and_is_drawn_only_while_open() -> None:
    plan = ranked(first_choice(timing="date", decision_date=date(2026, 11, 17)), offering())
    at = open_offers(plan)
    before = len(at.dataframe)
    assert not [frame for frame in at.dataframe if "what" in frame.value.columns]

    expand(at, "o_timing_table")

    table = at.dataframe[before].value
    assert list(table["row"]) == ["2. Northwind · Analyst", "1. Contoso · Data lead"]
    assert list(table["what"]) == [OFFER_OPEN, "Decides after the deadline"]
    assert [d.date() for d in table["start"]] == [TODAY, date(2026, 11, 17)]
    assert [d.date() for d in table["end"]] == [DEADLINE, date(2026, 11, 17)]
