"""The questionnaire's "How we read it": each of their words read, how sure we are, and a way to
take another reading or pick the date in one tap."""

from __future__ import annotations

from datetime import date
from typing import Any

import streamlit as st

from advisor import (
    Confidence,
    PhraseError,
    PhraseKind,
    PhraseReading,
    ReadingChoice,
    TimingAnswer,
    parse_timeline_phrase,
)
from ui import state
from ui.text import md_escape

CHOICE_KEY = "q_reading_choice"  # the reading the candidate chose (kept with the form's answers)
PICK_KEY = "q_reading_pick"  # the pills that choose it
_BADGES = {
    Confidence.HIGH: ":green-badge[:material/check: Sure]",
    Confidence.MEDIUM: ":orange-badge[:material/help: Our best reading]",
    Confidence.LOW: ":red-badge[:material/warning: Not sure]",
}


def reading_of(values: dict[str, Any]) -> PhraseReading | None:
    """How the typed words read, or None while there is nothing (valid) to read."""
    phrase, said_on = values["q_timing_phrase"], values["q_interview_date"]
    if not isinstance(said_on, date) or not phrase.strip():
        return None
    try:
        return parse_timeline_phrase(
            phrase=phrase,
            said_on=said_on,
            country=values["q_country"],
            date_style=state.date_style(),
        )
    except PhraseError:
        return None


def _when(kind: PhraseKind, earliest: date, latest: date, said_on: date) -> str:
    """A reading in a few words: "by Fri 4 Dec", "Mon 7 Dec – Fri 11 Dec", "from Mon 7 Dec"."""
    style = state.date_style()
    first, last = style.short(earliest, year_of=said_on), style.short(latest, year_of=said_on)
    if kind is PhraseKind.BY_DATE:
        return f"by {last}"
    if kind is PhraseKind.NOT_BEFORE:
        return f"from {first}"
    return first if earliest == latest else f"{first} – {last}"


def _options(reading: PhraseReading) -> dict[str, tuple[date, date, str]]:
    """Pill key -> (earliest, latest, label): our reading first, then the others."""
    said = reading.said_on
    found: dict[str, tuple[date, date, str]] = {}
    if reading.earliest is not None and reading.latest is not None:
        when = _when(reading.kind, reading.earliest, reading.latest, said)
        found["ours"] = (reading.earliest, reading.latest, f"{when} · as we read it")
    for index, other in enumerate(reading.alternatives):
        when = _when(other.kind, other.earliest, other.latest, said)
        found[f"other{index}"] = (other.earliest, other.latest, f"{when} · {other.label}")
    return found


def _choose(reading: PhraseReading, options: dict[str, tuple[date, date, str]]) -> None:
    """A callback: keep the reading picked (or none, when the pill is tapped again)."""
    picked = st.session_state.get(PICK_KEY)
    choice = None
    if picked in options:
        earliest, latest, _ = options[picked]
        choice = ReadingChoice(phrase=reading.phrase, earliest=earliest, latest=latest)
    state.put(CHOICE_KEY, choice, scope=state.answers_of())


def _pick_date_myself(latest: date) -> None:
    """A callback: answer "they named a date" instead, starting from the reading's last day."""
    answers = state.answers_of()
    state.put("q_timing", TimingAnswer.DATE, scope=answers)
    state.put("q_decision_date", latest, scope=answers)
    state.put(CHOICE_KEY, None, scope=answers)


def draw(values: dict[str, Any]) -> None:
    """The reading of their words, under the field where they were typed."""
    reading = reading_of(values)
    if reading is None or reading.earliest is None or reading.latest is None:
        return
    with st.container(border=True, key="q_reading"):
        st.markdown(f"**How we read it** {_BADGES[reading.confidence]}")
        lines = [f"- “{md_escape(p.words)}” → {md_escape(p.meaning)}" for p in reading.parts]
        st.markdown("\n".join(lines))
        if reading.notes:
            st.caption(md_escape(" ".join(reading.notes)))
        options = _options(reading)
        if reading.confidence is Confidence.HIGH and len(options) == 1:
            return
        chosen = values.get(CHOICE_KEY)
        picked = next(
            (key for key, (start, end, _) in options.items()
             if isinstance(chosen, ReadingChoice) and chosen.phrase == reading.phrase
             and (chosen.earliest, chosen.latest) == (start, end)),
            None,
        )  # fmt: skip
        st.session_state[PICK_KEY] = picked
        st.pills(
            "Which did they mean?",
            list(options),
            key=PICK_KEY,
            format_func=lambda key: options[key][2],
            on_change=_choose,
            args=(reading, options),
        )
        if picked is None and reading.confidence is Confidence.LOW:
            st.caption("Until you choose, the plan allows for every reading.")
        st.button(
            "None of these: I'll enter the date",
            key="q_pick_date",
            icon=":material/edit_calendar:",
            on_click=_pick_date_myself,
            args=(reading.latest,),
        )
