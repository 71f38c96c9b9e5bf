"""Offers side by side: each option's weighted score out of 100, best first.

Pay is scored from the amounts against the best-paid option; every other criterion from the
candidate's 1-5 rating, a neutral 3 when unrated. Usage::

    comparison = compare(plan=plan)
    best = comparison.options[0]  # unless comparison.too_close, the numbers decide
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from advisor.models import Application, Plan
from advisor.offers import is_waiting, offer_of
from advisor.terms import MAX_RATING, NEUTRAL_RATING, Criterion

__all__ = [
    "PAY_EXPLANATION",
    "TOO_CLOSE_POINTS",
    "Comparison",
    "ComparisonError",
    "Option",
    "compare",
    "comparison_options",
]

TOO_CLOSE_POINTS = 5.0  # top two this close (out of 100): the numbers alone should not decide
_FLOAT_SLACK = 1e-9  # so 95.0 against 100.0 counts as 5 apart despite float rounding

PAY_EXPLANATION = (
    "Total yearly pay is the base salary, plus the bonus expected in a normal year, plus the "
    "equity's yearly value (a grant's value divided by the years it vests over). Enter every "
    "amount in the same currency. Benefits are rated, not priced. The pay score is each "
    "option's total as a share of the highest total, on the same 0–5 scale as the ratings: "
    "90,000 against a best of 100,000 scores 4.5."
)


class ComparisonError(ValueError):
    """Offers that cannot be compared; the message starts with the field's label."""


class Option(BaseModel):
    """One offer, or one pending application with estimated values, as scored."""

    model_config = ConfigDict(frozen=True)

    application_id: str
    company: str
    role: str
    estimated: bool  # no offer yet: the values are the candidate's estimates
    total_pay: int | None
    scores: dict[Criterion, float]  # 0-5 for each counted criterion
    total: float  # 0-100


class Comparison(BaseModel):
    """The options best first, and whether the top two are too close for the numbers to decide."""

    model_config = ConfigDict(frozen=True)

    options: tuple[Option, ...]
    criteria: tuple[Criterion, ...]  # the ones counted, in a fixed order
    too_close: bool
    margin: float | None  # points between the top two; None with fewer than two options
    notes: tuple[str, ...]


def comparison_options(*, plan: Plan) -> tuple[Application, ...]:
    """Applications holding an offer, and pending ones marked for comparison, in plan order."""
    return tuple(
        a
        for a in plan.applications
        if offer_of(a) is not None or (is_waiting(a) and a.compare_estimate)
    )


def _pay_scores(
    applications: tuple[Application, ...],
) -> tuple[dict[str, float] | None, list[str]]:
    """Each application's 0-5 pay score by id, or None when no option has any pay to score."""
    totals = [a.pay.total for a in applications]
    best = max((t for t in totals if t is not None), default=0)
    if best == 0:
        return None, [
            "Pay is left out: no option has a yearly pay above 0 entered; add it above to count it."
        ]
    notes = [
        f"Pay for {a.company}: not entered, so it scores 0 on pay; add it above."
        for a in applications
        if a.pay.total is None
    ]
    scores = {a.id: MAX_RATING * (a.pay.total or 0) / best for a in applications}
    typed_in = [(a.company, a.pay.currency) for a in applications if a.pay.currency]
    if len({code for _, code in typed_in}) > 1:  # no exchange rates here: the candidate knows
        each = ", ".join(f"{company} in {code}" for company, code in typed_in)
        notes.append(
            f"Pay is in more than one currency ({each}): the amounts are compared as typed, "
            "not converted; enter them all in one currency to compare pay fairly."
        )
    return scores, notes


def _option(
    application: Application,
    *,
    criteria: tuple[Criterion, ...],
    pay_score: float,
    plan: Plan,
) -> Option:
    scores: dict[Criterion, float] = {
        c: pay_score if c is Criterion.PAY else float(application.ratings.get(c, NEUTRAL_RATING))
        for c in criteria
    }
    weighted = sum(plan.weights.of(c) * scores[c] for c in criteria)
    most = MAX_RATING * sum(plan.weights.of(c) for c in criteria)
    return Option(
        application_id=application.id,
        company=application.company,
        role=application.role,
        estimated=offer_of(application) is None,
        total_pay=application.pay.total,
        scores=scores,
        total=100 * weighted / most,
    )


def compare(*, plan: Plan) -> Comparison:
    """The offers in `plan` (and pending applications marked for it), scored and ranked.

    Raises ComparisonError when no criterion has weight, when there is nothing to compare,
    or when only pay has weight and no pay is entered.
    """
    criteria = plan.weights.counted()
    if not criteria:
        raise ComparisonError("Weights: all are zero; give at least one criterion a weight above 0")
    applications = comparison_options(plan=plan)
    if not applications:
        raise ComparisonError(
            "Offers: no offer yet; record the offer you received, "
            "or include a pending application with estimated values"
        )

    notes: list[str] = []
    pay_scores: dict[str, float] = {}
    if Criterion.PAY in criteria:
        scored, pay_notes = _pay_scores(applications)
        notes += pay_notes
        if scored is None:
            criteria = tuple(c for c in criteria if c is not Criterion.PAY)
            if not criteria:
                raise ComparisonError(
                    "Weights: only pay has a weight, and no option has pay entered; "
                    "enter the pay, or give another criterion a weight above 0"
                )
        else:
            pay_scores = scored

    options = sorted(
        (
            _option(a, criteria=criteria, pay_score=pay_scores.get(a.id, 0.0), plan=plan)
            for a in applications
        ),
        key=lambda o: (-o.total, o.company.casefold(), o.application_id),
    )
    notes += [
        f"{o.company}: no offer yet, so these values are your estimates."
        for o in options
        if o.estimated
    ]
    margin = options[0].total - options[1].total if len(options) > 1 else None
    if margin is None:
        notes.append(
            "Only one option so far: add another offer, or a pending application with "
            "estimated values, to compare."
        )
    return Comparison(
        options=tuple(options),
        criteria=criteria,
        too_close=margin is not None and margin <= TOO_CLOSE_POINTS + _FLOAT_SLACK,
        margin=margin,
        notes=tuple(notes),
    )
