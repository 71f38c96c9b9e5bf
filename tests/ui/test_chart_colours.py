"""Every mark on every chart stands out from the page, light or dark (WCAG 1.4.11: 3:1).

A mark counts if its fill (as painted, tint included) or its outline reaches 3:1.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import altair as alt
import pytest

from advisor import DateStyle
from advisor.agenda import agenda
from advisor.comparison import compare
from advisor.examples import examples
from advisor.offers import timing_picture
from tests.contrast import MARK_CONTRAST, PAGES, blend, contrast_ratio
from ui.offers_chart import comparison_rows, comparison_spec, timing_chart, timing_rows
from ui.timeline_chart import VEGA_LITE_SCHEMA, timeline_chart, timeline_rows

TODAY = date(2026, 11, 4)
_FILLED = {"bar", "area", "rect", "square", "circle"}
_OUTLINED = {"rule", "line", "tick"}


def _values(encoding: dict[str, Any] | None) -> list[str]:
    """The colours one encoding channel can take: a value, a condition's, a scale's range."""
    if not encoding:
        return []
    found: list[Any] = []
    for part in (encoding, encoding.get("condition") or {}):
        if "value" in part:
            found.append(part["value"])
        found += part.get("scale", {}).get("range", [])
    return [c for c in found if isinstance(c, str) and c.startswith("#")]


def _opacities(layer: dict[str, Any]) -> list[float]:
    mark, encoding = layer["mark"], layer.get("encoding", {})
    found = [float(mark.get("fillOpacity", 1))]
    channel = encoding.get("fillOpacity") or {}
    for part in (channel, channel.get("condition") or {}):
        if "value" in part:
            found.append(float(part["value"]))
        found += [float(v) for v in part.get("scale", {}).get("range", [])]
    return found


def _marks(spec: dict[str, Any]) -> list[tuple[str, list[str], list[str], float]]:
    """For each layer that draws marks: (its type, fill colours, outline colours, least tint)."""
    found = []
    for layer in spec["layer"]:
        mark, encoding = layer["mark"], layer.get("encoding", {})
        kind = mark["type"]
        if kind == "text" or mark.get("opacity") == 0:
            continue  # words (held to 4.5:1, by the theme), or an invisible axis holder
        filled = kind in _FILLED or (kind == "point" and mark.get("filled", False))
        colours = _values(encoding.get("color")) + ([mark["color"]] if "color" in mark else [])
        fills = _values(encoding.get("fill")) + ([mark["fill"]] if "fill" in mark else [])
        strokes = _values(encoding.get("stroke")) + ([mark["stroke"]] if "stroke" in mark else [])
        if filled:
            fills += colours
        else:
            strokes += colours
        if kind not in _OUTLINED and not filled and not fills:
            fills = strokes  # an open point's outline is all there is of it
        found.append((kind, fills, strokes, min(_opacities(layer))))
    return found


def _specs() -> dict[str, dict[str, Any]]:
    specs = {}
    for example in examples(today=TODAY):
        plan = example.plan
        periods, steps = timeline_rows(plan, agenda(plan=plan, today=TODAY))
        specs[f"timeline, {example.key}"] = timeline_chart(periods, steps, today=TODAY)
        timings = timing_picture(plan=plan, today=TODAY)
        if timings:
            bars, deadlines = timing_rows(plan, timings, timings[0])
            specs[f"offers, {example.key}"] = timing_chart(bars, deadlines, today=TODAY)
            rows = comparison_rows(compare(plan=plan))
            specs[f"comparison, {example.key}"] = comparison_spec(rows)
    return specs


SPECS = _specs()


def test_the_examples_draw_every_chart() -> None:
    assert {name.split(",")[0] for name in SPECS} == {"timeline", "offers", "comparison"}


@pytest.mark.parametrize("page", list(PAGES))
@pytest.mark.parametrize("chart", list(SPECS))
def test_every_mark_colour_reaches_3_to_1_against_the_page(chart: str, page: str) -> None:
    background = PAGES[page]
    marks = _marks(SPECS[chart])
    assert marks

    for kind, fills, strokes, tint in marks:
        assert fills or strokes, kind
        for colour in {*fills, *strokes}:
            ratios = [contrast_ratio(colour, background)] if colour in strokes else []
            if colour in fills:
                ratios.append(contrast_ratio(blend(colour, tint, background), background))
            assert max(ratios) >= MARK_CONTRAST, (chart, kind, colour, ratios)


def test_the_old_pale_bars_would_have_failed() -> None:
    """The check is real: the waiting bar's old colour was 1.26:1 against the light page."""
    assert contrast_ratio("#D9E2E1", PAGES["light"]) == pytest.approx(1.26, abs=0.01)
    assert contrast_ratio("#D9E2E1", PAGES["light"]) < MARK_CONTRAST


def _every_named_colour() -> dict[str, str]:
    from ui import offers_chart, timeline_chart

    named = {f"period {k}": v for k, v in timeline_chart.PERIOD_COLOURS.items()}
    named |= {f"case {k.value}": v for k, v in offers_chart.CASE_COLOURS.items()}
    named |= {
        "offer": offers_chart.OFFER_COLOUR,
        "deadline": offers_chart.DEADLINE_COLOUR,
        "estimate": offers_chart.ESTIMATE_COLOUR,
        "today": timeline_chart.TODAY_COLOUR,
    }
    return named


@pytest.mark.parametrize("page", list(PAGES))
@pytest.mark.parametrize(("name", "colour"), list(_every_named_colour().items()))
def test_every_chart_colour_reaches_3_to_1_even_where_no_example_draws_it(
    name: str, colour: str, page: str
) -> None:
    assert contrast_ratio(colour, PAGES[page]) >= MARK_CONTRAST


@pytest.mark.parametrize("style", list(DateStyle))
def test_every_chart_the_pages_draw_passes_the_vega_lite_schema(style: DateStyle) -> None:
    # The charts are written as plain dicts, not with Altair, and nothing checks them as the
    # pages draw them: they are checked here against the Vega-Lite schema Altair bundles, the
    # version they name.
    assert VEGA_LITE_SCHEMA == alt.SCHEMA_URL
    for example in examples(today=TODAY):
        plan = example.plan
        plan_agenda = agenda(plan=plan, today=TODAY, date_style=style)
        periods, steps = timeline_rows(plan, plan_agenda, date_style=style)
        alt.TopLevelLayerSpec.validate(
            timeline_chart(periods, steps, today=TODAY, date_style=style)
        )
        timings = timing_picture(plan=plan, today=TODAY, date_style=style)
        for focus in timings:  # each offer's deadline may be the one the windows are set against
            bars, lines = timing_rows(plan, timings, focus, date_style=style)
            alt.TopLevelLayerSpec.validate(timing_chart(bars, lines, today=TODAY, date_style=style))
        if timings:
            alt.TopLevelLayerSpec.validate(comparison_spec(comparison_rows(compare(plan=plan))))
