"""The one rule for showing text a user typed: literal, one line, and no address made a link."""

import re

import pytest

from ui.text import md_escape

JOINER = "\u2060"


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("Northwind", "Northwind"),
        ("https://evil.example/login", f"https{JOINER}\\://evil\\.example/login"),
        ("HTTP://X.io", f"HTTP{JOINER}\\://X\\.io"),
        ("www.evil.example", f"www{JOINER}\\.evil\\.example"),
        ("bob@evil.example", f"bob@{JOINER}evil\\.example"),
        ("mailto:bob@x.io", f"mailto{JOINER}\\:bob@{JOINER}x\\.io"),
        ("[click](javascript:x)", "\\[click\\]\\(javascript\\:x\\)"),
        ("two\nlines", "two lines"),
        ("wwwhat.example", "wwwhat\\.example"),  # not "www." on its own: left alone
    ],
)
def test_shown_text_is_literal_and_no_address_becomes_a_link(typed: str, shown: str) -> None:
    assert md_escape(typed) == shown


def test_what_the_reader_sees_is_what_was_typed_apart_from_invisible_joiners() -> None:
    typed = "Sign in at https://evil.example or www.evil.example, bob@evil.example"

    unescaped = re.sub(r"\\(.)", r"\1", md_escape(typed)).replace(JOINER, "")

    assert unescaped == typed


def test_every_status_badge_says_the_statuss_own_label() -> None:
    from advisor.agenda import ActionStatus
    from ui.timeline_view import STATUS_BADGE

    assert set(STATUS_BADGE) == set(ActionStatus)
    for status, badge in STATUS_BADGE.items():
        assert badge.endswith(f"-badge[{status.label}]")


def test_the_styles_paint_the_phones_reading_in_each_themes_own_background() -> None:
    from pathlib import Path

    from tests.contrast import DARK_PAGE, LIGHT_PAGE

    styles = (Path(__file__).resolve().parents[2] / "ui" / "assets" / "app.css").read_text()

    assert f"background-color: {LIGHT_PAGE.lower()};" in styles.lower()
    assert f"background-color: {DARK_PAGE.lower()};" in styles.lower()
