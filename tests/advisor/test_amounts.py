"""Pay as people type it in each country: separators, lakhs, symbols and codes, "k" and "万"."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advisor.terms import (
    _STYLES,
    MAX_AMOUNT,
    AmountError,
    Money,
    Pay,
    format_amount,
    parse_amount,
    read_money,
)

NNBSP = "\u202f"  # how French and others group thousands when a computer writes the number
NBSP = "\u00a0"

# (typed, the application's country, whole units, currency): real amounts as written there.
READ = [
    ("€85.000", "DE", 85_000, "EUR"),
    ("85.000 €", "DE", 85_000, "EUR"),
    ("85.000,50 €", "DE", 85_001, "EUR"),
    ("72.500 EUR", "DE", 72_500, "EUR"),
    ("65.000,- €", "DE", 65_000, "EUR"),
    ("4,5k €", "DE", 4_500, "EUR"),
    ("55 000 €", "FR", 55_000, "EUR"),
    (f"55{NNBSP}000{NBSP}€", "FR", 55_000, "EUR"),
    ("45 k€", "FR", 45_000, "EUR"),
    ("48 500,00 €", "FR", 48_500, "EUR"),
    ("32.000 €", "ES", 32_000, "EUR"),
    ("38.500€", "ES", 38_500, "EUR"),
    ("€ 42.000", "IT", 42_000, "EUR"),
    ("35.000,00 €", "IT", 35_000, "EUR"),
    ("€ 60.000", "NL", 60_000, "EUR"),
    ("€ 62.500,-", "NL", 62_500, "EUR"),
    ("CHF 120'000", "CH", 120_000, "CHF"),
    # where a unit is worth little, real yearly pay runs to hundreds of millions
    ("12 crore", "IN", 120_000_000, None),
    ("₩150,000,000", "KR", 150_000_000, "KRW"),
    ("Rp 500.000.000", "ID", 500_000_000, "IDR"),
    ("Fr. 95'000.–", "CH", 95_000, "CHF"),
    ("110’000 CHF", "CH", 110_000, "CHF"),
    ("CHF 130 000", "CH", 130_000, "CHF"),
    ("£42,500", "GB", 42_500, "GBP"),
    ("£42,500.50", "GB", 42_501, "GBP"),
    ("£45k", "GB", 45_000, "GBP"),
    ("GBP 60,000", "GB", 60_000, "GBP"),
    ("$85,000", "US", 85_000, "USD"),
    ("$120k", "US", 120_000, "USD"),
    ("USD 150,000.00", "US", 150_000, "USD"),
    ("$1.2m", "US", 1_200_000, "USD"),
    ("95000", "US", 95_000, None),
    ("₹12,00,000", "IN", 1_200_000, "INR"),
    ("Rs. 8,50,000", "IN", 850_000, "INR"),
    ("INR 15,00,000.00", "IN", 1_500_000, "INR"),
    ("12 LPA", "IN", 1_200_000, None),
    ("₹1.2 crore", "IN", 12_000_000, "INR"),
    ("R$ 9.500", "BR", 9_500, "BRL"),
    ("R$ 120.000,00", "BR", 120_000, "BRL"),
    ("550 000 kr", "SE", 550_000, "SEK"),
    ("SEK 600 000", "SE", 600_000, "SEK"),
    ("kr 650 000", "NO", 650_000, "NOK"),
    ("NOK 720.000", "NO", 720_000, "NOK"),
    ("550.000 kr.", "DK", 550_000, "DKK"),
    ("120 000 zł", "PL", 120_000, "PLN"),
    ("PLN 9 500,00", "PL", 9_500, "PLN"),
    ("¥8,500,000", "JP", 8_500_000, "JPY"),
    ("850万円", "JP", 8_500_000, "JPY"),
    ("6,000,000円", "JP", 6_000_000, "JPY"),
    ("$95,000", "CA", 95_000, "CAD"),
    ("CA$110,000", "CA", 110_000, "CAD"),
    ("85 000 $", "CA", 85_000, "CAD"),
    ("A$120,000", "AU", 120_000, "AUD"),
    ("$135k", "AU", 135_000, "AUD"),
    ("R650 000", "ZA", 650_000, "ZAR"),
    ("R 1 200 000", "ZA", 1_200_000, "ZAR"),
    # No country: the shape alone decides, where it can.
    ("85000", None, 85_000, None),
    ("85.000,50", None, 85_001, None),
    ("1.234.567", None, 1_234_567, None),
    ("12,00,000", None, 1_200_000, None),
    ("550 000", None, 550_000, None),
    ("85'000", None, 85_000, None),
    ("1,2m", None, 1_200_000, None),
    ("$85k", None, 85_000, "USD"),
    ("60000 EUR", None, 60_000, "EUR"),
    ("0,5k", None, 500, None),
    # A country settles what the shape leaves open.
    ("85.000", "DE", 85_000, None),
    ("$85.000", "US", 85, "USD"),
    ("1,500", "US", 1_500, None),
    ("kr 550 000", "SE", 550_000, "SEK"),
]

# (typed, country, how the message starts): asked about, or refused with a reason.
REFUSED = [
    ("85.000", None, "85.000: 85000 or 85? type the one you mean"),
    ("1,500", None, "1,500: 1500 or 1.5?"),
    ("€85.000", None, "85.000: 85000 or 85?"),
    ("85,000", None, "85,000: 85000 or 85?"),
    ("1.500k", None, "1.500k: 1500k or 1.5k?"),
    ("R480,000", "ZA", "480,000: 480000 or 480?"),  # both marks are common there
    ("85.000", "KE", "85.000: 85000 or 85?"),  # a country we know no style for settles nothing
    ("kr 550 000", None, "kr: SEK, NOK, DKK or ISK?"),
    ("kr 550 000", "US", "kr: SEK, NOK, DKK or ISK?"),
    ("$85,000 €", "US", "enter one currency, not EUR and USD"),
    ("85.000.5", None, "enter a number"),
    ("1,23,4", None, "enter a number"),
    ("85 00", "FR", "enter a number, e.g. 85000, 85 000 or 85k"),
    ("85.000'5", "CH", "enter a number"),
    ("85k-90k", "DE", "enter a number, e.g. 85000, 85.000 or 85k"),
    ("-€5000", "DE", "pay cannot be negative"),
    ("€-5000", "DE", "pay cannot be negative"),
    ("$150m", "US", "this is more than 100,000,000 a year"),
    ("150000000", None, "this is more than 100,000,000 a year"),
    ("₩200,000,000,000", "KR", "this is more than 100,000,000,000 a year"),
    ("R$", "BR", "enter the amount after the currency"),
]


@pytest.mark.parametrize(("typed", "country", "value", "currency"), READ)
def test_pay_is_read_as_it_is_written_in_each_country(
    typed: str, country: str | None, value: int, currency: str | None
) -> None:
    money = read_money(typed, country=country)

    assert money == Money(value=value, currency=currency)
    assert parse_amount(typed, country=country) == value


def test_the_table_covers_a_dozen_countries_and_forty_amounts() -> None:
    assert len(READ) >= 40
    assert len({country for _, country, _, _ in READ if country}) >= 12


@pytest.mark.parametrize(("typed", "country", "message"), REFUSED)
def test_pay_that_reads_two_ways_is_asked_about_and_nonsense_is_refused(
    typed: str, country: str | None, message: str
) -> None:
    with pytest.raises(AmountError) as raised:
        read_money(typed, country=country)

    assert str(raised.value).startswith(message)


@given(
    value=st.integers(min_value=0, max_value=MAX_AMOUNT),
    country=st.sampled_from([*sorted(_STYLES), "KE", None]),
    foreign=st.booleans(),
)
def test_an_amount_written_the_countrys_way_reads_back_the_same(
    value: int, country: str | None, foreign: bool
) -> None:
    own = _STYLES[country].currency if country in _STYLES else "EUR"
    currency = "USD" if foreign and own != "USD" else own

    written = format_amount(value, currency=currency, country=country)

    assert read_money(written, country=country) == Money(value=value, currency=currency)
    assert parse_amount(format_amount(value, country=country), country=country) == value


@pytest.mark.parametrize(
    ("value", "currency", "country", "written"),
    [
        (85_000, "EUR", "DE", "85.000 €"),
        (85_000, "EUR", "NL", "€ 85.000"),
        (85_000, "EUR", "FR", "85 000 €"),
        (85_000, "USD", "US", "$85,000"),
        (85_000, "USD", "DE", "85.000 USD"),
        (85_000, "EUR", "US", "EUR 85,000"),
        (1_200_000, "INR", "IN", "₹12,00,000"),
        (120_000, "CHF", "CH", "CHF 120'000"),
        (550_000, "SEK", "SE", "550 000 kr"),
        (85_000, None, "DE", "85.000"),
        (85_000, "EUR", None, "EUR 85000"),
        (85_000, None, None, "85000"),
    ],
)
def test_an_amount_is_shown_back_as_the_country_writes_it(
    value: int, currency: str | None, country: str | None, written: str
) -> None:
    assert format_amount(value, currency=currency, country=country) == written


def test_pay_keeps_its_currency_and_a_plan_without_one_still_loads() -> None:
    assert Pay.model_validate({"base": 80_000}).currency is None
    assert Pay(base=80_000, currency="EUR").currency == "EUR"
    with pytest.raises(ValueError, match="not a currency code we know"):
        Pay(base=80_000, currency="XYZ")
