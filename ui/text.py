"""Safe display of text a user typed."""

from __future__ import annotations

import re

from advisor import Application

# Everything Markdown, Streamlit's directives (:red[...], :material/x:) or LaTeX ($) could act on.
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~:$&=^\"'])")


# What the frontend turns into a link even in escaped text: a web address's scheme, "www." and
# an e-mail's "@". An invisible word joiner (U+2060) breaks each pattern and shows nothing.
_AUTOLINKED = re.compile(r"(?i)\b(https?|ftp|mailto|www)(?=[:.])|(@)")
_WORD_JOINER = "\u2060"


def md_escape(text: str) -> str:
    """`text` escaped so that st.markdown shows it literally: no links, images, HTML or styling,
    and no bare web or e-mail address turned into a link (the one rule for text a user typed,
    a file name or a link brought in)."""
    single_line = " ".join(text.split())
    defused = _AUTOLINKED.sub(lambda m: f"{m[0]}{_WORD_JOINER}", single_line)
    return _MARKDOWN_SPECIALS.sub(r"\\\1", defused)


def name_with_role(company: str, role: str) -> str:
    """How an application is named on screen: "Northwind · Analyst", or the company alone."""
    return f"{company} · {role}" if role else company


def application_label(application: Application) -> str:
    return name_with_role(application.company, application.role)
