"""Every phrase family reads its own examples: the rows that sit beside its pattern."""

from __future__ import annotations

from datetime import date

import pytest

from advisor.phrases import parse_timeline_phrase
from advisor.phrases.families import FAMILIES

EXAMPLES = [
    pytest.param(family.name, *example, id=f"{family.name}: {example[0]}")
    for family in FAMILIES
    for example in family.examples
]


@pytest.mark.parametrize(("family", "phrase", "said_on", "country", "latest"), EXAMPLES)
def test_every_family_reads_its_own_examples(
    family: str, phrase: str, said_on: str, country: str, latest: str | None
) -> None:
    reading = parse_timeline_phrase(
        phrase=phrase, said_on=date.fromisoformat(said_on), country=country
    )

    expected = None if latest is None else date.fromisoformat(latest)
    assert reading.latest == expected, reading.explanation


def test_every_family_has_a_unique_name_and_an_example() -> None:
    names = [family.name for family in FAMILIES]

    assert len(names) == len(set(names))
    assert all(family.examples for family in FAMILIES)
