"""The reader's date style in the formats the browser draws with: d3 for charts (Vega-Lite),
Moment.js for tables (st.column_config.DateColumn). The words come from `advisor.DateStyle`."""

from __future__ import annotations

from advisor import DateStyle

__all__ = ["axis_format", "table_format", "tooltip_format"]

_AXIS = {DateStyle.DAY_FIRST: "%-d %b", DateStyle.MONTH_FIRST: "%b %-d"}
_TOOLTIP = {DateStyle.DAY_FIRST: "%a %-d %b", DateStyle.MONTH_FIRST: "%a, %b %-d"}
_TOOLTIP_YEAR = {DateStyle.DAY_FIRST: "%a %-d %b %Y", DateStyle.MONTH_FIRST: "%a, %b %-d, %Y"}
_TABLE = {DateStyle.DAY_FIRST: "ddd D MMM YYYY", DateStyle.MONTH_FIRST: "ddd, MMM D, YYYY"}


def axis_format(style: DateStyle) -> str:
    """A chart's date axis: "2 Dec" or "Dec 2"."""
    return _AXIS[style]


def tooltip_format(style: DateStyle, *, year: bool = False) -> str:
    """One day in a chart's tooltip: "Wed 2 Dec" or "Wed, Dec 2" (with `year`, and the year)."""
    return (_TOOLTIP_YEAR if year else _TOOLTIP)[style]


def table_format(style: DateStyle) -> str:
    """A table's date column: "Wed 2 Dec 2026" or "Wed, Dec 2, 2026"."""
    return _TABLE[style]
