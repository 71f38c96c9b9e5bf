"""Safe display of text a user typed."""

from __future__ import annotations

import re

# Everything Markdown, Streamlit's directives (:red[...], :material/x:) or LaTeX ($) could act on.
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~:$&=^\"'])")


def md_escape(text: str) -> str:
    """`text` escaped so that st.markdown shows it literally: no links, images, HTML or styling."""
    single_line = " ".join(text.split())
    return _MARKDOWN_SPECIALS.sub(r"\\\1", single_line)
