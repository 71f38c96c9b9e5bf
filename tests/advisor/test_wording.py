"""The one table of how validation problems are worded: each message names its field first."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from advisor import Plan, field_errors
from advisor.editing import (
    EVENT_LABELS,
    FIELD_LABELS,
    FILE_REASONS,
    PLAN_LABELS,
    TYPED_REASONS,
    WEIGHTS_LABELS,
)
from advisor.events import Event
from advisor.terms import Weights


def _messages(model: type[BaseModel], data: dict[str, Any], labels: dict[str, str]) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    return list(field_errors(caught.value, labels).values())


@pytest.mark.parametrize(
    ("model", "data", "labels", "message"),
    [
        (
            Event,
            {"kind": "offer", "on": date(2026, 11, 9), "offer_deadline": date(2026, 11, 2)},
            EVENT_LABELS,
            "Offer deadline: this is before the offer arrived",
        ),
        (
            Event,
            {"kind": "call_back", "on": date(2026, 11, 9)},
            EVENT_LABELS,
            "Call-back date: enter the date they asked you to call",
        ),
        (Event, {"kind": "lunch", "on": date(2026, 11, 9)}, EVENT_LABELS, "What happened: pick"),
        (Event, {"kind": "offer", "on": "soon"}, EVENT_LABELS, "When: enter a date as YYYY-MM-DD"),
        (Plan, {"candidate_name": "A" * 81}, PLAN_LABELS, "Your name: keep it to 80 characters"),
        (Plan, {"candidate_name": "A\nB"}, PLAN_LABELS, "Your name: "),
        (
            Weights,
            {"own_names": {"pay": "Money"}},
            WEIGHTS_LABELS,
            "Your own criteria: only your own criteria can be renamed",
        ),
        (Weights, {"weights": {"pay": 6}}, WEIGHTS_LABELS, "Weights: this should be at most 5"),
    ],
)
def test_every_problem_starts_with_the_name_of_the_field_as_the_page_shows_it(
    model: type[BaseModel], data: dict[str, Any], labels: dict[str, str], message: str
) -> None:
    assert any(found.startswith(message) for found in _messages(model, data, labels))


@pytest.mark.parametrize(
    "table", [FIELD_LABELS, PLAN_LABELS, EVENT_LABELS, WEIGHTS_LABELS, TYPED_REASONS, FILE_REASONS]
)
def test_every_wording_is_a_short_plain_phrase(table: dict[str, str]) -> None:
    for text in table.values():
        assert text.strip() == text
        assert 0 < len(text) <= 60
        assert not text.endswith(".")


def test_a_file_and_a_form_word_the_same_kinds_of_problem() -> None:
    assert set(TYPED_REASONS) <= set(FILE_REASONS)
