"""The rule every short text field shares: one line, nothing invisible."""

from __future__ import annotations

import unicodedata

__all__ = ["one_line"]


def one_line(text: str) -> str:
    """`text` unchanged; ValueError when it holds line breaks, tabs or other control characters.

    Use as ``Annotated[str, AfterValidator(one_line)]``.
    """
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        raise ValueError("remove the invisible control characters (line breaks, tabs...)")
    return text
