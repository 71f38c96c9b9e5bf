from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.comparison import (
    PAY_EXPLANATION,
    TOO_CLOSE_POINTS,
    ComparisonError,
    compare,
    comparison_options,
)
from advisor.events import Event, EventKind
from advisor.models import Application, Plan
from advisor.offers import record_offer
from advisor.terms import NEUTRAL_RATING, RATED_CRITERIA, Criterion, Weights
from tests.advisor.factories import MONDAY, TODAY, an_application


def _weights(**weights: int) -> Weights:
    """Every criterion at 0 except those named, so each test shows all that counts."""
    return Weights(weights={c: weights.get(c.value, 0) for c in Criterion})


def _offer(application_id: str, company: str = "Northwind", **overrides: Any) -> Application:
    application = an_application(id=application_id, company=company, **overrides)
    return record_offer(application=application, received_on=TODAY, deadline=None, today=TODAY)


def _waiting(application_id: str, company: str = "Northwind", **overrides: Any) -> Application:
    return an_application(id=application_id, company=company, compare_estimate=True, **overrides)


def _rejected(application: Application) -> Application:
    rejection = Event(kind=EventKind.REJECTED, on=TODAY)
    return application.model_copy(update={"events": (*application.events, rejection)})


def _plan(*applications: Application, weights: Weights) -> Plan:
    return Plan(applications=applications, weights=weights)


def _totals(plan: Plan) -> dict[str, float]:
    return {option.application_id: option.total for option in compare(plan=plan).options}


# --- the math ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("weights", "a", "b", "totals"),
    [
        # equal weights: the plain average of the 0-5 scores, out of 100
        (
            _weights(pay=1, growth=1),
            {"pay": {"base": 100_000}, "ratings": {"growth": 5}},
            {"pay": {"base": 80_000}, "ratings": {"growth": 3}},
            {"aaaa": 100.0, "bbbb": 70.0},
        ),
        # pay is proportional to the best: 90,000 against 100,000 scores 4.5 of 5
        (
            _weights(pay=3),
            {"pay": {"base": 100_000}},
            {"pay": {"base": 90_000}},
            {"aaaa": 100.0, "bbbb": 90.0},
        ),
        # bonus and equity count toward the yearly total
        (
            _weights(pay=2),
            {"pay": {"base": 80_000, "bonus": 10_000, "equity": 10_000}},
            {"pay": {"base": 100_000}},
            {"aaaa": 100.0, "bbbb": 100.0},
        ),
        # an unrated criterion counts as a neutral 3
        (
            _weights(growth=2),
            {},
            {"ratings": {"growth": 5}},
            {"aaaa": 60.0, "bbbb": 100.0},
        ),
        # heavier weights pull harder: (3×5 + 1×1) / 20 and (3×2.5 + 1×5) / 20
        (
            _weights(pay=3, growth=1),
            {"pay": {"base": 100_000}, "ratings": {"growth": 1}},
            {"pay": {"base": 50_000}, "ratings": {"growth": 5}},
            {"aaaa": 80.0, "bbbb": 62.5},
        ),
        # a zero weight does not count at all
        (
            _weights(team=4, commute=0),
            {"ratings": {"team": 4, "commute": 1}},
            {"ratings": {"team": 4, "commute": 5}},
            {"aaaa": 80.0, "bbbb": 80.0},
        ),
    ],
)
def test_the_total_is_the_weighted_share_of_the_best_possible_score(
    weights: Weights, a: dict[str, Any], b: dict[str, Any], totals: dict[str, float]
) -> None:
    plan = _plan(_offer("aaaa", "Alpha", **a), _offer("bbbb", "Beta", **b), weights=weights)

    assert _totals(plan) == pytest.approx(totals)


def test_the_pay_explanations_example_matches_the_pay_score() -> None:
    plan = _plan(
        _offer("aaaa", "Alpha", pay={"base": 100_000}),
        _offer("bbbb", "Beta", pay={"base": 90_000}),
        weights=_weights(pay=1),
    )

    scores = {o.application_id: o.scores for o in compare(plan=plan).options}

    assert scores["bbbb"][Criterion.PAY] == pytest.approx(4.5)
    assert "scores 4.5" in PAY_EXPLANATION


def test_an_option_without_pay_scores_zero_on_pay_with_a_note_naming_it() -> None:
    plan = _plan(
        _offer("aaaa", "Alpha", pay={"base": 100_000}, ratings={"growth": 3}),
        _offer("bbbb", "Beta", ratings={"growth": 3}),
        weights=_weights(pay=1, growth=1),
    )

    comparison = compare(plan=plan)

    beta = next(o for o in comparison.options if o.company == "Beta")
    assert (beta.scores[Criterion.PAY], beta.total_pay, beta.total) == (0.0, None, 30.0)
    assert any(note.startswith("Pay for Beta: not entered") for note in comparison.notes)
    assert not any("Alpha" in note for note in comparison.notes)


@pytest.mark.parametrize(
    ("alpha", "beta", "noted"),
    [("EUR", "USD", True), ("EUR", "EUR", False), ("EUR", None, False)],
)
def test_pay_in_two_currencies_is_compared_as_typed_with_a_note(
    alpha: str, beta: str | None, noted: bool
) -> None:
    plan = _plan(
        _offer("aaaa", "Alpha", pay={"base": 85_000, "currency": alpha}),
        _offer("bbbb", "Beta", pay={"base": 100_000, "currency": beta}),
        weights=_weights(pay=1),
    )

    comparison = compare(plan=plan)

    assert [o.total_pay for o in comparison.options] == [100_000, 85_000]  # not converted
    note = f"Pay is in more than one currency (Alpha in {alpha}, Beta in {beta})"
    assert any(n.startswith(note) for n in comparison.notes) is noted


@pytest.mark.parametrize("pay", [{}, {"base": 0}])
def test_with_no_pay_anywhere_pay_is_left_out_with_a_note(pay: dict[str, int]) -> None:
    plan = _plan(
        _offer("aaaa", "Alpha", pay=pay, ratings={"growth": 5}),
        _offer("bbbb", "Beta", ratings={"growth": 4}),
        weights=_weights(pay=5, growth=1),
    )

    comparison = compare(plan=plan)

    assert comparison.criteria == (Criterion.GROWTH,)
    assert [o.total for o in comparison.options] == pytest.approx([100.0, 80.0])
    assert all(Criterion.PAY not in o.scores for o in comparison.options)
    assert any(note.startswith("Pay is left out") for note in comparison.notes)


def test_the_counted_criteria_keep_a_fixed_order() -> None:
    weights = _weights(interest=1, pay=2, benefits=3)
    plan = _plan(_offer("aaaa", pay={"base": 1}), weights=weights)

    assert compare(plan=plan).criteria == (Criterion.PAY, Criterion.BENEFITS, Criterion.INTEREST)


def test_a_pending_application_is_compared_on_estimates_with_a_note() -> None:
    plan = _plan(
        _offer("aaaa", "Alpha", pay={"base": 90_000}),
        _waiting("bbbb", "Beta", pay={"base": 100_000}),
        weights=_weights(pay=1),
    )

    comparison = compare(plan=plan)

    estimated = {o.application_id: o.estimated for o in comparison.options}
    assert estimated == {"aaaa": False, "bbbb": True}
    assert [o.application_id for o in comparison.options] == ["bbbb", "aaaa"]
    assert any(note.startswith("Beta: no offer yet") for note in comparison.notes)


@pytest.mark.parametrize(
    ("application", "included"),
    [
        (_offer("aaaa"), True),
        (_offer("aaaa", compare_estimate=True), True),
        (_waiting("aaaa"), True),
        (an_application(id="aaaa"), False),  # waiting, not marked for comparison
        (_rejected(_waiting("aaaa")), False),
        (_rejected(_offer("aaaa")), False),  # the offer came, then was taken back
        (_rejected(an_application(id="aaaa")), False),
    ],
)
def test_offers_and_marked_pending_applications_are_compared_rejections_never(
    application: Application, included: bool
) -> None:
    plan = _plan(application, weights=_weights(growth=1))

    assert (comparison_options(plan=plan) == (application,)) is included


def test_comparison_options_keep_the_plan_order() -> None:
    applications = (_offer("cccc"), an_application(id="bbbb"), _waiting("aaaa"), _offer("dddd"))
    plan = _plan(*applications, weights=_weights(growth=1))

    assert [a.id for a in comparison_options(plan=plan)] == ["cccc", "aaaa", "dddd"]


def test_equal_totals_are_ranked_by_company_name_ignoring_case_then_by_id() -> None:
    plan = _plan(
        _offer("zzzz", "beta"),
        _offer("yyyy", "Alpha"),
        _offer("bbbb", "Beta"),
        _offer("aaaa", "Beta"),
        weights=_weights(growth=1),
    )

    ranking = [o.application_id for o in compare(plan=plan).options]

    assert ranking == ["yyyy", "aaaa", "bbbb", "zzzz"]


def test_a_single_option_has_no_margin_and_a_note_asking_for_another() -> None:
    comparison = compare(plan=_plan(_offer("aaaa"), weights=_weights(growth=1)))

    assert (comparison.too_close, comparison.margin) == (False, None)
    assert any(note.startswith("Only one option") for note in comparison.notes)


# --- too close to call ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("second_pay", "too_close"),
    [
        (100_000, True),  # a tie
        (95_000, True),  # exactly 5 points apart
        (94_900, False),  # 5.1 points apart
        (90_000, False),
    ],
)
def test_top_two_within_five_points_are_too_close_to_call(second_pay: int, too_close: bool) -> None:
    plan = _plan(
        _offer("aaaa", "Alpha", pay={"base": 100_000}),
        _offer("bbbb", "Beta", pay={"base": second_pay}),
        weights=_weights(pay=1),
    )

    comparison = compare(plan=plan)

    assert comparison.too_close is too_close
    assert comparison.margin == pytest.approx(100 * (100_000 - second_pay) / 100_000)


def test_exactly_five_points_from_the_ratings_is_too_close() -> None:
    # one rating step on a weight of 1 out of 4: 100 / (5 × 4) = 5 points
    plan = _plan(
        _offer("aaaa", "Alpha", ratings={"growth": 4, "team": 3}),
        _offer("bbbb", "Beta", ratings={"growth": 3, "team": 3}),
        weights=_weights(growth=1, team=3),
    )

    comparison = compare(plan=plan)

    assert comparison.margin == pytest.approx(TOO_CLOSE_POINTS)
    assert comparison.too_close


# --- what cannot be compared ------------------------------------------------------------


@pytest.mark.parametrize(
    ("applications", "weights", "message"),
    [
        ((_offer("aaaa"),), _weights(), r"^Weights: all are zero"),
        ((), _weights(growth=1), r"^Offers: no offer yet"),
        ((an_application(id="aaaa"),), _weights(growth=1), r"^Offers: no offer yet"),
        ((_rejected(_offer("aaaa")),), _weights(growth=1), r"^Offers: no offer yet"),
        ((_offer("aaaa"), _offer("bbbb")), _weights(pay=3), r"^Weights: only pay has a weight"),
        (
            (_offer("aaaa", pay={"base": 0}),),
            _weights(pay=3),
            r"^Weights: only pay has a weight",
        ),
    ],
)
def test_nothing_to_weigh_or_nothing_to_compare_is_refused_with_the_field_named(
    applications: tuple[Application, ...], weights: Weights, message: str
) -> None:
    plan = _plan(*applications, weights=weights)

    with pytest.raises(ComparisonError, match=message):
        compare(plan=plan)


# --- properties -------------------------------------------------------------------------

_AMOUNTS = st.integers(0, 300_000)
_PAY = st.fixed_dictionaries({}, optional={"base": _AMOUNTS, "bonus": _AMOUNTS, "equity": _AMOUNTS})
_RATINGS = st.dictionaries(st.sampled_from(RATED_CRITERIA), st.integers(1, 5))
# Some weight on a rated criterion, so every drawn plan can be compared.
_WEIGHTS = st.fixed_dictionaries({c: st.integers(0, 5) for c in Criterion}).filter(
    lambda weights: any(weights[c] > 0 for c in RATED_CRITERIA)
)


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    applications = []
    for number in range(draw(st.integers(1, 6))):
        application = an_application(
            id=f"app{number}",
            company=draw(st.sampled_from(["Acme", "acme", "Globex", "Initech"])),
            pay=draw(_PAY),
            ratings=draw(_RATINGS),
            compare_estimate=True,
        )
        if draw(st.booleans()):
            received_on = draw(st.dates(min_value=MONDAY, max_value=TODAY))
            application = record_offer(
                application=application, received_on=received_on, deadline=None, today=TODAY
            )
        applications.append(application)
    return Plan(applications=tuple(applications), weights=Weights(weights=draw(_WEIGHTS)))


@settings(max_examples=200, deadline=None)
@given(plan=plans(), data=st.data())
def test_the_ranking_never_depends_on_the_order_applications_were_entered(
    plan: Plan, data: st.DataObject
) -> None:
    shuffled = data.draw(st.permutations(plan.applications))
    reordered = plan.model_copy(update={"applications": tuple(shuffled)})

    before, after = compare(plan=plan), compare(plan=reordered)

    assert [o.application_id for o in after.options] == [o.application_id for o in before.options]
    assert [o.total for o in after.options] == [o.total for o in before.options]


@settings(max_examples=200, deadline=None)
@given(plan=plans())
def test_totals_stay_between_0_and_100_and_come_best_first(plan: Plan) -> None:
    comparison = compare(plan=plan)

    totals = [o.total for o in comparison.options]
    assert all(0 <= total <= 100 for total in totals)
    assert totals == sorted(totals, reverse=True)
    assert all(0 <= s <= 5 for o in comparison.options for s in o.scores.values())
    assert all(set(o.scores) == set(comparison.criteria) for o in comparison.options)


@settings(max_examples=200, deadline=None)
@given(plan=plans(), data=st.data())
def test_raising_a_weighted_rating_never_lowers_that_options_total(
    plan: Plan, data: st.DataObject
) -> None:
    chosen = data.draw(st.sampled_from(plan.applications))
    weighted = [c for c in RATED_CRITERIA if plan.weights.of(c) > 0]
    criterion = data.draw(st.sampled_from(weighted))
    old = chosen.ratings.get(criterion, NEUTRAL_RATING)
    new = data.draw(st.integers(old, 5))
    raised = chosen.model_copy(update={"ratings": {**chosen.ratings, criterion: new}})

    after = _totals(plan.with_application(raised))[chosen.id]

    assert after >= _totals(plan)[chosen.id]
