"""WCAG 2.x contrast, for checking chart colours against the pages' backgrounds."""

from __future__ import annotations

import tomllib
from pathlib import Path

_CONFIG = Path(__file__).resolve().parents[1] / ".streamlit" / "config.toml"
# The light and the dark page, as the themes in .streamlit/config.toml set them.
_THEME = tomllib.loads(_CONFIG.read_text())["theme"]
LIGHT_PAGE = _THEME["backgroundColor"]
DARK_PAGE = _THEME["dark"]["backgroundColor"]
PAGES = {"light": LIGHT_PAGE, "dark": DARK_PAGE}
MARK_CONTRAST = 3.0  # WCAG 1.4.11: graphical objects


def _channels(colour: str) -> tuple[float, float, float]:
    value = colour.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"not a #RRGGBB colour: {colour!r}")
    red, green, blue = (int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return red, green, blue


def luminance(colour: str) -> float:
    """Relative luminance of a #RRGGBB colour, from 0 (black) to 1 (white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in _channels(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """From 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def blend(colour: str, opacity: float, background: str) -> str:
    """`colour` painted at `opacity` over `background`, as the eye sees it."""
    mixed = (
        round(255 * (opacity * top + (1 - opacity) * bottom))
        for top, bottom in zip(_channels(colour), _channels(background), strict=True)
    )
    return "#" + "".join(f"{channel:02X}" for channel in mixed)
