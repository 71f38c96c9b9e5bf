"""Drawing an interpretation: what it means, the window, the signals, and today's to-do list."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import streamlit as st

from advisor import Application, Interpretation, Likelihood, Source, Statement
from ui.text import md_escape

_BADGE = {
    Likelihood.MOST_LIKELY: ":green-badge[Most likely]",
    Likelihood.ALSO_POSSIBLE: ":orange-badge[Also possible]",
    Likelihood.LESS_LIKELY: ":gray-badge[Less likely]",
}


def _sources_caption(sources: Iterable[Source]) -> None:
    unique = list(dict.fromkeys(sources))
    if unique:
        st.caption("Source: " + "; ".join(source.citation for source in unique))


def _statements(statements: Iterable[Statement]) -> None:
    for statement in statements:
        st.markdown(f"- {statement.text} *[{statement.source.value}]*")


def _days(count: int) -> str:
    return "1 day" if count == 1 else f"{count} days"


def _span(start: date, end: date) -> str:
    if start == end:
        return f"{start:%a %d %b %Y}"
    if start.year == end.year:
        return f"{start:%a %d %b} – {end:%a %d %b %Y}"
    return f"{start:%a %d %b %Y} – {end:%a %d %b %Y}"


def draw_interpretation(
    interpretation: Interpretation, *, application: Application, today: date
) -> None:
    st.info(interpretation.headline, icon=":material/lightbulb:")

    with st.container(border=True, key="result_meaning"):
        st.markdown("#### What they said likely means")
        _statements(interpretation.meaning)
        for reading in interpretation.readings:
            st.markdown(f"{_BADGE[reading.likelihood]} **{reading.kind.title}**")
            st.markdown(reading.kind.summary)
            st.caption("Why: " + "; ".join(reading.because) + ".")
        sources = [s.source for s in interpretation.meaning]
        sources += [r.source for r in interpretation.readings]
        _sources_caption(sources)

    window = interpretation.window
    with st.container(border=True, key="result_window"):
        st.markdown("#### Expected decision window")
        st.markdown(f"### {_span(window.earliest, window.latest)}")
        waited = (today - application.interview_date).days
        if waited >= 0:
            left = (window.latest - today).days
            status = (
                f"{_days(left)} to the end of the window."
                if left >= 0
                else f"The window ended {_days(-left)} ago."
            )
            st.markdown(f"**Day {waited} of the wait.** {status}")
        st.markdown(md_escape(window.explanation))  # quotes the user's own words
        _sources_caption(window.sources)
        if interpretation.delay_reasons:
            st.markdown("**What could slow it down**")
            _statements(interpretation.delay_reasons)

    with st.container(border=True, key="result_signals"):
        st.markdown("#### Signals")
        if not interpretation.signals:
            st.markdown("None ticked yet. Tick what happened in step 3 to refine the reading.")
        for note in interpretation.signals:
            mark = ":green[▲]" if note.signal.is_positive else ":orange[▼]"
            st.markdown(f"{mark} **{note.signal.label}**: {note.meaning}")
        _sources_caption(note.source for note in interpretation.signals)

    with st.container(border=True, key="result_today"):
        st.markdown("#### Do this today")
        for action in interpretation.today:
            when = "today" if action.due <= today else f"{action.due:%a %d %b}"
            st.markdown(f"**{action.title}** ({when}). {action.detail} *[{action.source.value}]*")
        _statements(interpretation.today_notes)
        _sources_caption(
            [action.source for action in interpretation.today]
            + [note.source for note in interpretation.today_notes]
        )
