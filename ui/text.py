"""Safe display of text a user typed."""

from __future__ import annotations

import re

from advisor import Application

# Everything Markdown, Streamlit's directives (:red[...], :material/x:) or LaTeX ($) could act on.
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~:$&=^\"'])")


def md_escape(text: str) -> str:
    """`text` escaped so that st.markdown shows it literally: no links, images, HTML or styling."""
    single_line = " ".join(text.split())
    return _MARKDOWN_SPECIALS.sub(r"\\\1", single_line)


def name_with_role(company: str, role: str) -> str:
    """How an application is named on screen: "Northwind · Analyst", or the company alone."""
    return f"{company} · {role}" if role else company


def application_label(application: Application) -> str:
    return name_with_role(application.company, application.role)
