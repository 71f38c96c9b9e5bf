from datetime import date, datetime, time, timedelta
from typing import Any

import pytest

from advisor import Plan
from advisor.comparison import Comparison, Option
from advisor.offers import TimingCase, timing_picture
from advisor.terms import Criterion
from tests.ui.apptest import expand
from tests.ui.test_offers import DEADLINE, TODAY, first_choice, offering, open_offers, ranked
from ui.offers_chart import (
    CASE_COLOURS,
    ESTIMATE_COLOUR,
    OFFER_COLOUR,
    OFFER_OPEN,
    DeadlineLine,
    TimingBar,
    comparison_rows,
    comparison_spec,
    timing_chart,
    timing_rows,
)

LINE_REACH = 10  # pixels either side of a bar's middle that the deadline and today lines cover


def _contoso_after_the_deadline() -> tuple[list[TimingBar], list[DeadlineLine]]:
    plan = ranked(first_choice(timing="date", decision_date=date(2026, 11, 17)), offering())
    timings = timing_picture(plan=plan, today=TODAY)
    return timing_rows(plan, timings, timings[0])


def test_each_bar_is_named_with_its_rank_and_how_it_falls_against_the_deadline() -> None:
    bars, deadlines = _contoso_after_the_deadline()

    assert [bar["label"] for bar in bars] == [
        "2. Northwind offer: reply by Thu 12 Nov",
        "1. Contoso: up to 5 days after the deadline",
    ]
    assert [bar["what"] for bar in bars] == [OFFER_OPEN, "Decides after the deadline"]
    # Bars hold their first and last days: a one-day window starts and ends on its day.
    assert bars[1]["start"] == bars[1]["end"] == date(2026, 11, 17)
    assert bars[0]["end"] == DEADLINE
    assert [line["label"] for line in deadlines] == ["Northwind deadline"]
    assert deadlines[0]["date"] == DEADLINE


def test_an_assumed_deadline_is_marked_on_the_chart() -> None:
    plan = ranked(first_choice(), offering(deadline=None))
    timings = timing_picture(plan=plan, today=TODAY)

    bars, _ = timing_rows(plan, timings, timings[0])

    assert "(assumed)" in bars[0]["label"]
    assert "timing unknown" in bars[1]["label"]


def _layers(spec: dict, mark: str) -> list[dict]:
    return [layer for layer in spec["layer"] if layer["mark"]["type"] == mark]


def _data(spec: dict, layer: dict) -> list[dict]:
    return list(layer["data"]["values"])


def test_the_deadline_line_sits_on_the_tick_of_the_deadline_day_and_bars_cover_whole_days() -> None:
    bars, deadlines = _contoso_after_the_deadline()

    spec = timing_chart(bars, deadlines, today=TODAY)

    deadline_rule = _layers(spec, "rule")[0]
    # Local midnight of 12 Nov, where the "12 Nov" tick is: no "Z", so no shift by time zone.
    assert {row["date"] for row in _data(spec, deadline_rule)} == {"2026-11-12T00:00:00"}
    (drawn_bars,) = _layers(spec, "bar")
    offer, window = _data(spec, drawn_bars)
    assert (offer["start"], offer["end"]) == ("2026-11-03T12:00:00", "2026-11-12T12:00:00")
    assert (window["start"], window["end"]) == ("2026-11-16T12:00:00", "2026-11-17T12:00:00")


def test_the_lines_cross_each_bar_but_not_the_words_above_it() -> None:
    bars, deadlines = _contoso_after_the_deadline()

    spec = timing_chart(bars, deadlines, today=TODAY)

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

    spec = timing_chart(bars, deadlines, today=TODAY)

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


def _option(company: str, total: float, *, estimated: bool = False) -> Option:
    return Option(
        application_id=company.lower(),
        company=company,
        role="Analyst",
        estimated=estimated,
        total_pay=None,
        scores={},
        total=total,
    )


def _drawn(spec: dict[str, Any]) -> list[tuple[str, float, str, str]]:
    """Top to bottom, each bar as the comparison chart draws it: (the name beside it, its
    length on the score axis, the words at its end, its colour)."""
    bars, labels = spec["layer"]
    assert (bars["mark"]["type"], labels["mark"]["type"]) == ("bar", "text")
    order = bars["encoding"]["y"]["sort"]
    assert labels["encoding"]["y"]["sort"] == order  # each label on its own bar
    assert bars["encoding"]["x"]["field"] == labels["encoding"]["x"]["field"] == "score"
    colour = bars["encoding"]["color"]
    colours = dict(zip(colour["scale"]["domain"], colour["scale"]["range"], strict=True))
    text = labels["encoding"]["text"]
    bar_rows = {row["option"]: row for row in bars["data"]["values"]}
    label_rows = {row["option"]: row for row in labels["data"]["values"]}
    return [
        (
            name,
            bar_rows[name]["score"],
            format(label_rows[name][text["field"]], text["format"]),  # d3's ".1f" is Python's
            colours[bar_rows[name][colour["field"]]],
        )
        for name in order
    ]


@pytest.mark.parametrize(
    ("options", "drawn"),
    [
        (
            (_option("Northwind", 81.26), _option("Contoso", 62.04)),
            [("Northwind", 81.3, "81.3", OFFER_COLOUR), ("Contoso", 62.0, "62.0", OFFER_COLOUR)],
        ),
        (
            (_option("Fabrikam", 90.0, estimated=True), _option("Northwind", 12.5)),
            [
                ("Fabrikam (estimate)", 90.0, "90.0", ESTIMATE_COLOUR),
                ("Northwind", 12.5, "12.5", OFFER_COLOUR),
            ],
        ),
        (
            (_option("Contoso", 100.0), _option("Tailspin", 55.54), _option("Northwind", 0.0)),
            [
                ("Contoso", 100.0, "100.0", OFFER_COLOUR),
                ("Tailspin", 55.5, "55.5", OFFER_COLOUR),
                ("Northwind", 0.0, "0.0", OFFER_COLOUR),
            ],
        ),
    ],
)
def test_the_comparison_draws_each_option_best_first_with_its_score_out_of_100_at_its_end(
    options: tuple[Option, ...], drawn: list[tuple[str, float, str, str]]
) -> None:
    """Best at the top; a bar as long as its score, to one decimal, written at its end; an
    estimate named and drawn grey, an offer teal. The axis runs 0 to 100 whatever the scores."""
    comparison = Comparison(
        options=options, criteria=(Criterion.PAY,), too_close=False, margin=None, notes=()
    )

    spec = comparison_spec(comparison_rows(comparison))

    assert _drawn(spec) == drawn
    assert spec["layer"][0]["encoding"]["x"]["scale"]["domain"] == [0, 100]
    assert spec["height"] == 100 + 40 * len(options)  # a row of 40 pixels for each option


Row = tuple[str, list[tuple[date, date, str]], list[date], date]


def _timing_drawn(spec: dict[str, Any]) -> list[Row]:
    """Top to bottom, each row of the timing chart as Vega-Lite draws it: (the words above it,
    its bars as (first day, last day, colour), the days of the deadline lines across it, the
    day of today's line across it)."""
    bars, names, deadlines, today = spec["layer"]
    assert [layer["mark"]["type"] for layer in spec["layer"]] == ["bar", "point", "rule", "rule"]
    order = bars["encoding"]["y"]["sort"]
    for rule in (deadlines, today):
        assert rule["encoding"]["y"]["sort"] == order
        assert rule["encoding"]["x"]["field"] == "date"
    # The words are an axis of their own, banded like the bars: the n-th words over the n-th row.
    assert names["encoding"]["y"]["scale"] == bars["encoding"]["y"]["scale"]
    words = dict(zip(order, names["encoding"]["y"]["sort"], strict=True))
    assert {row["row"]: row["words"] for row in names["data"]["values"]} == words
    colour = bars["encoding"]["color"]
    colours = dict(zip(colour["scale"]["domain"], colour["scale"]["range"], strict=True))
    assert bars["encoding"]["stroke"]["scale"] == colour["scale"]

    def day(stamp: str, hours: int) -> date:
        """The day a bar's end covers whole, 12 hours either side of its tick."""
        moment = datetime.fromisoformat(stamp) + timedelta(hours=hours)
        assert moment.time() == time(0), stamp
        return moment.date()

    def days(layer: dict[str, Any], row: str) -> list[date]:
        return [
            datetime.fromisoformat(line["date"]).date()
            for line in layer["data"]["values"]
            if line["row"] == row
        ]

    drawn = []
    for row in order:
        row_bars = [
            (day(bar["start"], 12), day(bar["end"], -12), colours[bar["what"]])
            for bar in bars["data"]["values"]
            if bar["row"] == row
        ]
        (today_line,) = days(today, row)
        drawn.append((words[row], row_bars, days(deadlines, row), today_line))
    return drawn


NOV = {day: date(2026, 11, day) for day in range(1, 31)}


@pytest.mark.parametrize(
    ("plan", "drawn"),
    [
        (
            ranked(first_choice(timing="date", decision_date=NOV[17]), offering()),
            [
                (
                    "1. Contoso: up to 5 days after the deadline",
                    [(NOV[17], NOV[17], CASE_COLOURS[TimingCase.AFTER])],
                    [DEADLINE],
                    TODAY,
                ),
                (
                    "2. Northwind offer: reply by Thu 12 Nov",
                    [(TODAY, DEADLINE, OFFER_COLOUR)],  # from the day it came to its deadline
                    [DEADLINE],
                    TODAY,
                ),
            ],
        ),
        (
            ranked(first_choice(timing="date", decision_date=NOV[10]), offering()),
            [
                (
                    "1. Contoso: 2 days to spare",
                    [(NOV[10], NOV[10], CASE_COLOURS[TimingCase.BEFORE])],
                    [DEADLINE],
                    TODAY,
                ),
                (
                    "2. Northwind offer: reply by Thu 12 Nov",
                    [(TODAY, DEADLINE, OFFER_COLOUR)],
                    [DEADLINE],
                    TODAY,
                ),
            ],
        ),
        (
            ranked(
                first_choice(timing="time_frame", timing_phrase="by the end of next week"),
                offering(),
            ),
            [
                (
                    "1. Contoso: up to 1 day after the deadline",
                    [(NOV[3], NOV[13], CASE_COLOURS[TimingCase.MAYBE])],
                    [DEADLINE],
                    TODAY,
                ),
                (
                    "2. Northwind offer: reply by Thu 12 Nov",
                    [(TODAY, DEADLINE, OFFER_COLOUR)],
                    [DEADLINE],
                    TODAY,
                ),
            ],
        ),
        (
            ranked(first_choice(), offering(deadline=None)),
            [
                (
                    "1. Contoso: timing unknown",
                    [(NOV[17], NOV[24], CASE_COLOURS[TimingCase.UNKNOWN])],
                    [NOV[9]],
                    TODAY,
                ),
                (
                    "2. Northwind offer: reply by Mon 9 Nov (assumed)",
                    [(TODAY, NOV[9], OFFER_COLOUR)],
                    [NOV[9]],
                    TODAY,
                ),
            ],
        ),
        (  # the offer ranked first: nothing above it to wait for
            ranked(offering(), first_choice(timing="date", decision_date=NOV[17])),
            [
                (
                    "1. Northwind offer: reply by Thu 12 Nov",
                    [(TODAY, DEADLINE, OFFER_COLOUR)],
                    [DEADLINE],
                    TODAY,
                )
            ],
        ),
    ],
    ids=[
        "window after the deadline",
        "before it",
        "across it",
        "no dates given",
        "offer ranked first",
    ],
)
def test_the_timing_chart_draws_each_offer_and_window_on_its_days_under_its_words(
    plan: Plan, drawn: list[Row]
) -> None:
    """Rows by rank, each under its words. An offer's bar runs from the day it came to its
    deadline, a window's over its days, both days whole; a window is green, amber, red or grey
    as it falls against the deadline. Each deadline and today are lines across every row."""
    timings = timing_picture(plan=plan, today=TODAY)
    bars, deadlines = timing_rows(plan, timings, timings[0])

    assert _timing_drawn(timing_chart(bars, deadlines, today=TODAY)) == drawn
