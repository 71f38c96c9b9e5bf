"""Drawing an interpretation: what it means, the window, the signals, and today's to-do list."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import streamlit as st

from advisor import Application, Interpretation, Likelihood, Source, Statement
from advisor.agenda import Action, ActionStatus
from ui import state
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


def _bullets(statements: Iterable[Statement]) -> list[str]:
    return [f"- {statement.text} *[{statement.source.value}]*" for statement in statements]


def _days(count: int) -> str:
    return "1 day" if count == 1 else f"{count} days"


def _span(start: date, end: date) -> str:
    """ "Wed 2 Dec – Fri 4 Dec 2026": the year once, at the end, unless the span crosses one."""
    style = state.date_style()
    if start == end:
        return style.short(start)
    return f"{style.short(start, year_of=end)} – {style.short(end)}"


def _block(lines: Iterable[str]) -> None:
    """One Markdown element for a card: far cheaper to send and draw than one per line."""
    st.markdown("\n\n".join(line for line in lines if line))


def draw_glance(interpretation: Interpretation, next_action: Action | None, today: date) -> None:
    """The reading in three lines, drawn right under the step being answered: what their words
    likely mean with the expected window, and the one thing to do today (the agenda's next step
    for this application, the same one the timeline and the calendar show)."""
    lines = [f"**{md_escape(interpretation.headline)}**"]  # names the company
    if next_action is None:
        lines.append(":material/event_available: Nothing left to do for this application.")
    elif next_action.date <= today:
        lines.append(
            f":material/today: **Today:** {md_escape(next_action.title)}, by "
            f"{next_action.channel.label.lower()}."
        )
    else:
        lines.append(
            f":material/today: **Nothing is due today.** Next: {md_escape(next_action.title)}, "
            f"{state.date_style().short(next_action.date, year_of=today)}."
        )
    with st.container(border=True, key="q_glance"):
        st.markdown("  \n".join(lines))  # one paragraph: as short as it can be on a phone


def draw_interpretation(
    interpretation: Interpretation,
    *,
    application: Application,
    actions: tuple[Action, ...],
    today: date,
) -> None:
    meaning = ["### What they said likely means", "\n".join(_bullets(interpretation.meaning))]
    for reading in interpretation.readings:
        meaning.append(
            f"{_BADGE[reading.likelihood]} **{reading.kind.title}**  \n{reading.kind.summary}  \n"
            f"*Why: {'; '.join(reading.because)}.*"
        )
    sources = [s.source for s in interpretation.meaning]
    sources += [r.source for r in interpretation.readings]
    with st.container(border=True, key="result_meaning"):
        _block(meaning)
        _sources_caption(sources)

    if interpretation.outcome is None:  # once they have answered, no window is awaited
        window = interpretation.window
        lines = ["### Expected decision window", f"#### {_span(window.earliest, window.latest)}"]
        waited = (today - application.interview_date).days
        if waited >= 0:
            left = (window.latest - today).days
            status = (
                f"{_days(left)} to the end of the window."
                if left >= 0
                else f"The window ended {_days(-left)} ago."
            )
            lines.append(f"**Day {waited} of the wait.** {status}")
        lines.append(md_escape(window.explanation))  # quotes the user's own words
        if interpretation.delay_reasons:
            lines += [
                "**What could slow it down**",
                "\n".join(_bullets(interpretation.delay_reasons)),
            ]
        with st.container(border=True, key="result_window"):
            _block(lines)
            _sources_caption([*window.sources, *(r.source for r in interpretation.delay_reasons)])

    lines = ["### Signals"]
    if not interpretation.signals:
        lines.append("None picked yet. Pick what happened in step 3 to refine the reading.")
    for note in interpretation.signals:
        mark = ":green[▲]" if note.signal.is_positive else ":orange[▼]"
        lines.append(f"{mark} **{note.signal.label}**: {note.meaning}")
    with st.container(border=True, key="result_signals"):
        _block(lines)
        _sources_caption(note.source for note in interpretation.signals)

    draw_today(interpretation, actions, today)


def draw_today(interpretation: Interpretation, actions: tuple[Action, ...], today: date) -> None:
    """The agenda's actions for this application that are due, then the next one, and tips."""
    due = [a for a in actions if a.is_open and a.date <= today]
    upcoming = next((a for a in actions if a.is_open and a.date > today), None)
    lines = ["### Do this today"]
    if not due:
        lines.append("Nothing is due today.")
    for action in due:
        late = " (overdue: better late than never)" if action.status is ActionStatus.OVERDUE else ""
        lines.append(
            f"**{action.title}**{late}, by {action.channel.label.lower()}. "
            f"{md_escape(action.why)} *[{action.source.value}]*"
        )
    if upcoming is not None:
        on = state.date_style().short(upcoming.date, year_of=today)
        lines.append(
            f"**Next: {upcoming.title}**, {on}, by "
            f"{upcoming.channel.label.lower()}. The timeline has the details and a draft."
        )
    lines += [
        f"**{tip.title}.** {tip.detail} *[{tip.source.value}]*" for tip in interpretation.tips
    ]
    lines.append("\n".join(_bullets(interpretation.today_notes)))
    with st.container(border=True, key="result_today"):
        _block(lines)
        _sources_caption(
            [a.source for a in (*due, *([upcoming] if upcoming else []))]
            + [tip.source for tip in interpretation.tips]
            + [note.source for note in interpretation.today_notes]
        )
