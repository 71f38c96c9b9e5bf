"""Each claim names the source that says it, the app's own judgement is labelled as such, and
no sentence follows an article's wording."""

import re
from datetime import date
from pathlib import Path

import pytest

from advisor import Signal, Source, interpret
from advisor.agenda import agenda
from advisor.examples import examples
from advisor.offers import timing_picture
from advisor.schedule import follow_up_schedule
from advisor.walkthrough import walkthrough
from tests.advisor.factories import TODAY, an_application

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
_WORD = re.compile(r"[a-z0-9']+")
_RUN = 8  # words in a row shared with an article count as copying


def _runs(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower().replace("’", "'"))
    return {tuple(words[i : i + _RUN]) for i in range(len(words) - _RUN + 1)}


def _app_sentences() -> list[str]:
    texts: list[str] = []
    for example in examples(today=TODAY):
        plan = example.plan
        texts += [a.why for a in agenda(plan=plan, today=TODAY).actions]
        for application in plan.applications:
            reading = interpret(application=application, today=TODAY)
            texts += [reading.headline, reading.window.explanation]
            texts += [s.text for s in (*reading.meaning, *reading.delay_reasons)]
            texts += [n.meaning for n in reading.signals] + [t.detail for t in reading.tips]
        for timing in timing_picture(plan=plan, today=TODAY):
            result = walkthrough(plan=plan, timing=timing, today=TODAY)
            texts += [result.headline, result.next_step.detail]
            texts += [c.upside for c in result.choices] + [c.downside for c in result.choices]
    return texts


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the articles live in ../shared/seeds")
def test_no_sentence_the_app_shows_repeats_eight_words_of_an_article() -> None:
    article_runs = set().union(*(_runs(p.read_text()) for p in SEEDS.glob("*.txt")))

    copied = [text for text in _app_sentences() if _runs(text) & article_runs]

    assert copied == []


def test_what_a_negative_signal_means_is_labelled_as_our_reading_not_the_article() -> None:
    # [E] lists only positive signals.
    application = an_application(signals=list(Signal))

    notes = interpret(application=application, today=TODAY).signals

    assert {n.source for n in notes if not n.signal.is_positive} == {Source.OUR_READING}
    assert {n.source for n in notes if n.signal.is_positive} == {Source.WE_WILL_BE_IN_TOUCH}


def test_the_wait_after_a_stated_date_cites_candidate_so_and_quotes_their_words() -> None:
    application = an_application(timing="time_frame", timing_phrase="after the holidays")

    steps = follow_up_schedule(application=application, today=TODAY).steps
    first = next(s for s in steps if s.kind.value == "first_follow_up")

    assert first.source is Source.CANDIDATE_SO
    assert "They said “after the holidays”" in first.why


def test_our_own_allowances_are_labelled_as_ours() -> None:
    application = an_application(interview_date=date(2026, 12, 14), today=date(2026, 12, 14))

    reading = interpret(application=application, today=date(2026, 12, 14))

    assert Source.OUR_READING in reading.window.sources
    assert "Our own estimate" in reading.window.explanation
    december = [r for r in reading.delay_reasons if r.text.startswith("Late December")]
    assert [r.source for r in december] == [Source.OUR_READING]
