import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from advisor.terms import (
    DEFAULT_WEIGHTS,
    MAX_AMOUNT,
    MAX_ANY_AMOUNT,
    AmountError,
    Criterion,
    Pay,
    Weights,
    parse_amount,
)


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("85000", 85_000),
        ("85 000", 85_000),
        ("1,250,000", 1_250_000),
        ("$85k", 85_000),
        ("85K", 85_000),
        ("7.5k", 7_500),
        ("1.2m", 1_200_000),
        ("€ 60000", 60_000),
        ("60000 EUR", 60_000),
        ("£42,500.50", 42_501),  # cents rounded to whole units
        ("85,00", 85),  # two digits after the comma: only a decimal reads so
        ("1.234.567", 1_234_567),
        ("0", 0),
        ("", None),
        ("   ", None),
    ],
)
def test_pay_is_read_the_way_people_type_it(typed: str, amount: int | None) -> None:
    assert parse_amount(typed) == amount


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("-5000", "cannot be negative"),
        ("−5000", "cannot be negative"),
        ("eighty thousand", "enter a number"),
        ("85,000", "85,000: 85000 or 85?"),  # no country to settle it: asked, not guessed
        ("1.234.56", "enter a number"),
        ("85k-90k", "enter a number"),
        ("<script>", "enter a number"),
        ("200m", "check the number"),
        ("9" * 400, "check the number"),
        ("$", "enter the amount after the currency"),  # found by a property test
        (" € ", "enter the amount after the currency"),
    ],
)
def test_unreadable_or_impossible_pay_is_refused_with_a_reason(typed: str, message: str) -> None:
    with pytest.raises(AmountError, match=message):
        parse_amount(typed)


@given(st.integers(min_value=0, max_value=MAX_AMOUNT))
def test_an_amount_written_with_thousands_separators_reads_back_the_same(amount: int) -> None:
    assert parse_amount(f"{amount:,}", country="US") == amount
    assert parse_amount(f"{amount:,}".replace(",", "."), country="DE") == amount
    assert parse_amount(str(amount)) == amount


@pytest.mark.parametrize(
    ("pay", "total"),
    [
        (Pay(), None),
        (Pay(base=80_000), 80_000),
        (Pay(base=80_000, bonus=8_000, equity=12_000), 100_000),
        (Pay(bonus=5_000), 5_000),
        (Pay(base=0), 0),
    ],
)
def test_total_yearly_pay_adds_what_was_entered(pay: Pay, total: int | None) -> None:
    assert pay.total == total


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"base": -1}, "greater than or equal to 0"),
        ({"bonus": MAX_ANY_AMOUNT + 1}, "less than or equal to"),
        ({"salary": 1}, "Extra inputs"),
    ],
)
def test_pay_outside_its_limits_is_refused(data: dict[str, int], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Pay.model_validate(data)


def test_weights_default_to_the_usual_criteria_and_leave_your_own_out() -> None:
    weights = Weights()

    assert weights.of(Criterion.PAY) == DEFAULT_WEIGHTS[Criterion.PAY]
    assert Criterion.OWN_1 not in weights.counted()
    assert weights.name(Criterion.OWN_1) == "Your own criterion 1"


def test_your_own_criterion_counts_under_its_own_name() -> None:
    weights = Weights(weights={Criterion.OWN_1: 4}, own_names={Criterion.OWN_1: "Hybrid days"})

    assert Criterion.OWN_1 in weights.counted()
    assert weights.name(Criterion.OWN_1) == "Hybrid days"


@pytest.mark.parametrize(
    ("weights", "own_names", "rated"),
    [
        (
            {},
            {},
            [
                "Benefits",
                "Growth and learning",
                "Commute or remote work",
                "Team and manager",
                "Interest in the work",
            ],
        ),
        (
            {"benefits": 0, "growth": 0, "commute": 0},
            {},
            ["Team and manager", "Interest in the work"],
        ),
        ({c: 0 for c in Criterion}, {}, []),
        ({c: 0 for c in Criterion} | {"pay": 5}, {}, []),
        ({c: 0 for c in Criterion} | {"own_1": 3}, {"own_1": "Hybrid days"}, ["Hybrid days"]),
        ({c: 0 for c in Criterion} | {"own_2": 1}, {}, ["Your own criterion 2"]),
    ],
)
def test_options_are_rated_on_every_criterion_that_counts_except_pay(
    weights: dict[str, int], own_names: dict[str, str], rated: list[str]
) -> None:
    chosen = Weights.model_validate({"weights": weights, "own_names": own_names})

    assert [name for _, name in chosen.rated()] == rated
    assert all(criterion is not Criterion.PAY for criterion, _ in chosen.rated())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"weights": {"pay": 6}}, "less than or equal to 5"),
        ({"weights": {"pay": -1}}, "greater than or equal to 0"),
        ({"weights": {"salary": 3}}, "Input should be"),
        ({"own_names": {"pay": "Money"}}, "only your own criteria can be renamed"),
        ({"own_names": {"own_1": "x" * 41}}, "at most 40 characters"),
        ({"own_names": {"own_1": "two\nlines"}}, "control characters"),
    ],
)
def test_impossible_weights_are_refused(data: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Weights.model_validate(data)
