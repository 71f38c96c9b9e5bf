"""What an offer is worth to the candidate: yearly pay, and the criteria they weigh it by.

Usage: ``Pay(base=80_000, bonus=5_000).total`` is 85000; ``Weights().of(Criterion.PAY)`` is 3.
"""

from __future__ import annotations

import re
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)

from advisor.plain_text import one_line

__all__ = [
    "DEFAULT_WEIGHTS",
    "MAX_AMOUNT",
    "MAX_RATING",
    "MAX_WEIGHT",
    "NEUTRAL_RATING",
    "OWN_CRITERIA",
    "RATED_CRITERIA",
    "AmountError",
    "Criterion",
    "Pay",
    "Weights",
    "parse_amount",
]

MAX_AMOUNT = 100_000_000  # a yearly figure above this is a typo, in any currency we expect
MAX_RATING = 5
NEUTRAL_RATING = 3
MAX_WEIGHT = 5


class Criterion(StrEnum):
    PAY = "pay"
    BENEFITS = "benefits"
    GROWTH = "growth"
    COMMUTE = "commute"
    TEAM = "team"
    INTEREST = "interest"
    OWN_1 = "own_1"
    OWN_2 = "own_2"
    OWN_3 = "own_3"

    @property
    def label(self) -> str:
        return _CRITERION_LABELS[self]


_CRITERION_LABELS: dict[Criterion, str] = {
    Criterion.PAY: "Pay",
    Criterion.BENEFITS: "Benefits",
    Criterion.GROWTH: "Growth and learning",
    Criterion.COMMUTE: "Commute or remote work",
    Criterion.TEAM: "Team and manager",
    Criterion.INTEREST: "Interest in the work",
    Criterion.OWN_1: "Your own criterion 1",
    Criterion.OWN_2: "Your own criterion 2",
    Criterion.OWN_3: "Your own criterion 3",
}
OWN_CRITERIA = (Criterion.OWN_1, Criterion.OWN_2, Criterion.OWN_3)
# Pay is scored from the amounts; every other criterion is rated by the candidate.
RATED_CRITERIA = tuple(c for c in Criterion if c is not Criterion.PAY)
DEFAULT_WEIGHTS: dict[Criterion, int] = {
    Criterion.PAY: 3,
    Criterion.BENEFITS: 2,
    Criterion.GROWTH: 3,
    Criterion.COMMUTE: 2,
    Criterion.TEAM: 2,
    Criterion.INTEREST: 3,
    Criterion.OWN_1: 0,
    Criterion.OWN_2: 0,
    Criterion.OWN_3: 0,
}

Amount = Annotated[int, Field(ge=0, le=MAX_AMOUNT)]
Rating = Annotated[int, Field(ge=1, le=MAX_RATING)]
Weight = Annotated[int, Field(ge=0, le=MAX_WEIGHT)]


CriterionName = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=40), AfterValidator(one_line)
]


class Pay(BaseModel):
    """Yearly pay in one currency, in whole units; None where the candidate entered nothing."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    base: Amount | None = None
    bonus: Amount | None = None  # the bonus expected in a normal year
    equity: Amount | None = None  # a grant's value divided by its vesting years

    @property
    def total(self) -> int | None:
        """Base + bonus + equity per year, counting what was entered; None if nothing was."""
        parts = [part for part in (self.base, self.bonus, self.equity) if part is not None]
        return sum(parts) if parts else None


class Weights(BaseModel):
    """How much each criterion counts, 0 (not at all) to 5, and the names of the candidate's own."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    weights: dict[Criterion, Weight] = Field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    own_names: dict[Criterion, CriterionName] = Field(default_factory=dict)

    @field_validator("own_names")
    @classmethod
    def _only_own_criteria_are_named(cls, value: dict[Criterion, str]) -> dict[Criterion, str]:
        if any(criterion not in OWN_CRITERIA for criterion in value):
            raise ValueError("only your own criteria can be renamed")
        return value

    def of(self, criterion: Criterion) -> int:
        return self.weights.get(criterion, DEFAULT_WEIGHTS[criterion])

    def name(self, criterion: Criterion) -> str:
        return self.own_names.get(criterion) or criterion.label

    def counted(self) -> tuple[Criterion, ...]:
        """The criteria with some weight, in a fixed order."""
        return tuple(c for c in Criterion if self.of(c) > 0)

    def rated(self) -> tuple[tuple[Criterion, str], ...]:
        """The criteria each option is rated on, with their names: those that count, except
        pay, which is scored from the amounts typed rather than rated."""
        return tuple((c, self.name(c)) for c in self.counted() if c is not Criterion.PAY)


class AmountError(ValueError):
    """An amount of money that cannot be read; the message says why."""


_SCALE = {"": 1, "k": 1_000, "m": 1_000_000}
_AMOUNT = re.compile(r"(?P<number>\d+(?:\.\d+)?)\s*(?P<scale>[km]?)")
_CURRENCY = re.compile(r"[$€£¥₹]|\b(?:usd|eur|gbp|cad|aud|chf)\b")


def parse_amount(text: str) -> int | None:
    """A yearly amount as typed ("85,000", "$85k", "1.2m", "85 000") in whole units; "" is None.

    Raises AmountError for a negative, unreadable or implausibly large amount.
    """
    if not text.strip():
        return None
    cleaned = _CURRENCY.sub("", text.strip().lower())
    cleaned = re.sub(r"(?<=\d)[,\s_'’](?=\d{3}\b)", "", cleaned).strip()
    if not cleaned:  # a currency sign alone: something was typed, so say what is missing
        raise AmountError("enter the amount after the currency, e.g. $85,000")
    if cleaned.startswith(("-", "−")):
        raise AmountError("pay cannot be negative; enter 0 if there is none")
    match = _AMOUNT.fullmatch(cleaned)
    if match is None:
        raise AmountError("enter a number, e.g. 85000, 85,000 or 85k")
    value = Decimal(match["number"]) * _SCALE[match["scale"]]  # exact, and no overflow
    if value > MAX_AMOUNT:
        raise AmountError(f"this is more than {MAX_AMOUNT:,} a year: check the number")
    return int(value)
