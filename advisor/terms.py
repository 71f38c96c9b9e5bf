"""What an offer is worth to the candidate: yearly pay, and the criteria they weigh it by.

Usage: ``Pay(base=80_000, bonus=5_000).total`` is 85000; ``Weights().of(Criterion.PAY)`` is 3;
``read_money("85.000 €", country="DE")`` is 85000 EUR, as people write pay in Germany.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Annotated, NamedTuple

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
    "CURRENCIES",
    "DEFAULT_WEIGHTS",
    "MAX_AMOUNT",
    "MAX_ANY_AMOUNT",
    "MAX_RATING",
    "MAX_WEIGHT",
    "NEUTRAL_RATING",
    "OWN_CRITERIA",
    "RATED_CRITERIA",
    "AmountError",
    "Criterion",
    "CurrencyCode",
    "Money",
    "Pay",
    "Weights",
    "amount_limit",
    "format_amount",
    "parse_amount",
    "read_money",
]

MAX_AMOUNT = 100_000_000  # a yearly figure above this is a typo, in most currencies
# ... but not where a unit is worth little: yearly pay there runs to hundreds of millions
# (₩150,000,000, Rp 500.000.000, "12 crore"). Each limit is about the dollar's in value.
_LIMITS: dict[str, int] = {
    "JPY": 10_000_000_000,
    "KRW": 100_000_000_000,
    "INR": 10_000_000_000,
    "IDR": 1_000_000_000_000,
    "VND": 1_000_000_000_000,
}
MAX_ANY_AMOUNT = max(MAX_AMOUNT, *_LIMITS.values())  # what a plan may hold in any currency


def amount_limit(currency: str | None) -> int:
    """The largest yearly figure taken as meant in `currency` (MAX_AMOUNT where unknown)."""
    return _LIMITS.get(currency or "", MAX_AMOUNT)


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

Amount = Annotated[int, Field(ge=0, le=MAX_ANY_AMOUNT)]
Rating = Annotated[int, Field(ge=1, le=MAX_RATING)]
Weight = Annotated[int, Field(ge=0, le=MAX_WEIGHT)]


CriterionName = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=40), AfterValidator(one_line)
]


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
    """An amount of money that cannot be read, or can be read two ways; the message says why."""


class _Style(NamedTuple):
    """How a country writes money: its decimal mark (None where both are common), its thousands
    separator, its currency and where its symbol goes ("{} €": after the number)."""

    decimal: str | None
    group: str
    currency: str
    pattern: str
    lakh: bool = False  # Indian grouping: 12,00,000


_EURO_AFTER = _Style(",", ".", "EUR", "{} €")
_EURO_SPACED = _Style(",", " ", "EUR", "{} €")
_EURO_BEFORE = _Style(",", ".", "EUR", "€ {}")
# Written as people there write pay; a country missing here settles nothing and is written
# without separators, so whatever it is shown as reads back the same.
_STYLES: dict[str, _Style] = {
    "US": _Style(".", ",", "USD", "${}"),
    "GB": _Style(".", ",", "GBP", "£{}"),
    "IE": _Style(".", ",", "EUR", "€{}"),
    "CA": _Style(".", ",", "CAD", "${}"),  # French Canada groups with spaces, which read anywhere
    "AU": _Style(".", ",", "AUD", "${}"),
    "NZ": _Style(".", ",", "NZD", "${}"),
    "SG": _Style(".", ",", "SGD", "${}"),
    "HK": _Style(".", ",", "HKD", "HK${}"),
    "MX": _Style(".", ",", "MXN", "${}"),
    "IN": _Style(".", ",", "INR", "₹{}", lakh=True),
    "JP": _Style(".", ",", "JPY", "¥{}"),
    "CN": _Style(".", ",", "CNY", "¥{}"),
    "KR": _Style(".", ",", "KRW", "₩{}"),
    "IL": _Style(".", ",", "ILS", "₪{}"),
    "PH": _Style(".", ",", "PHP", "₱{}"),
    "MY": _Style(".", ",", "MYR", "RM{}"),
    "TH": _Style(".", ",", "THB", "฿{}"),
    "AE": _Style(".", ",", "AED", "AED {}"),
    "CH": _Style(".", "'", "CHF", "CHF {}"),
    "LI": _Style(".", "'", "CHF", "CHF {}"),
    "DE": _EURO_AFTER,
    "ES": _EURO_AFTER,
    "IT": _EURO_AFTER,
    "GR": _EURO_AFTER,
    "BE": _EURO_AFTER,
    "LU": _EURO_AFTER,
    "HR": _EURO_AFTER,
    "SI": _EURO_AFTER,
    "FR": _EURO_SPACED,
    "PT": _EURO_SPACED,
    "FI": _EURO_SPACED,
    "SK": _EURO_SPACED,
    "EE": _EURO_SPACED,
    "LT": _EURO_SPACED,
    "LV": _EURO_SPACED,
    "NL": _EURO_BEFORE,
    "AT": _EURO_BEFORE,
    "SE": _Style(",", " ", "SEK", "{} kr"),
    "NO": _Style(",", " ", "NOK", "kr {}"),
    "DK": _Style(",", ".", "DKK", "{} kr."),
    "IS": _Style(",", ".", "ISK", "{} kr."),
    "PL": _Style(",", " ", "PLN", "{} zł"),
    "CZ": _Style(",", " ", "CZK", "{} Kč"),
    "HU": _Style(",", " ", "HUF", "{} Ft"),
    "RO": _Style(",", ".", "RON", "{} lei"),
    "TR": _Style(",", ".", "TRY", "{} TL"),
    "BR": _Style(",", ".", "BRL", "R$ {}"),
    "AR": _Style(",", ".", "ARS", "$ {}"),
    "CL": _Style(",", ".", "CLP", "$ {}"),
    "CO": _Style(",", ".", "COP", "$ {}"),
    "ID": _Style(",", ".", "IDR", "Rp {}"),
    "ZA": _Style(None, " ", "ZAR", "R {}"),  # "R480,000" and "R480 000,00" are both common
}
_DOLLARS = ("USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "ARS", "CLP", "COP")
_KRONER = ("SEK", "NOK", "DKK", "ISK")
# A symbol as typed (lower case) -> the currencies it may stand for, the one meant abroad first;
# the country settles a symbol it shares with others, and "kr" is asked about elsewhere.
_SYMBOLS: dict[str, tuple[str, ...]] = {
    "$": _DOLLARS,
    "us$": ("USD",),
    "ca$": ("CAD",),
    "c$": ("CAD",),
    "a$": ("AUD",),
    "au$": ("AUD",),
    "nz$": ("NZD",),
    "s$": ("SGD",),
    "hk$": ("HKD",),
    "mx$": ("MXN",),
    "r$": ("BRL",),
    "€": ("EUR",),
    "£": ("GBP",),
    "₹": ("INR",),
    "rs.": ("INR",),
    "rs": ("INR",),
    "¥": ("JPY", "CNY"),
    "￥": ("JPY", "CNY"),
    "円": ("JPY",),
    "元": ("CNY",),
    "₩": ("KRW",),
    "₪": ("ILS",),
    "₱": ("PHP",),
    "฿": ("THB",),
    "rm": ("MYR",),
    "rp": ("IDR",),
    "fr.": ("CHF",),
    "kr.": _KRONER,
    "kr": _KRONER,
    "zł": ("PLN",),
    "kč": ("CZK",),
    "ft": ("HUF",),
    "lei": ("RON",),
    "tl": ("TRY",),
    "₺": ("TRY",),
    "r": ("ZAR",),
}
CURRENCIES = frozenset(
    {*(s.currency for s in _STYLES.values()), *(c for cs in _SYMBOLS.values() for c in cs)}
    | {"RUB", "UAH", "EGP", "NGN", "KES", "PKR", "VND", "TWD", "SAR", "QAR", "PEN", "BGN", "RSD"}
)
_TOKENS = sorted({*_SYMBOLS, *(c.lower() for c in CURRENCIES)}, key=len, reverse=True)
_TOKEN = "|".join(re.escape(token) for token in _TOKENS)
# After the number, a word is a currency only where it is not the end of a word ("12 Cr").
_TOKEN_AFTER = "|".join(
    rf"(?<![a-z]){re.escape(token)}"
    if token[0].isascii() and token[0].isalpha()
    else re.escape(token)
    for token in _TOKENS
)
_SPACE = r"[\s\u00a0\u202f\u2009]"
_TYPED = re.compile(
    rf"(?P<minus>[-−]?){_SPACE}*(?P<before>{_TOKEN})?{_SPACE}*"
    rf"(?P<body>.*?){_SPACE}*(?P<after>{_TOKEN_AFTER})?",
    re.IGNORECASE | re.DOTALL,
)
_SCALES = {
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "l": 100_000,  # a lakh: "12L" and "12 LPA" (lakhs per annum) are how pay is said in India
    "lpa": 100_000,
    "lakh": 100_000,
    "lakhs": 100_000,
    "lac": 100_000,
    "cr": 10_000_000,
    "crore": 10_000_000,
    "万": 10_000,  # "850万円": how pay is said in Japan
}
_SCALED = re.compile(
    rf"(?P<number>.*?){_SPACE}*(?P<scale>{'|'.join(sorted(_SCALES, key=len, reverse=True))})?",
    re.IGNORECASE | re.DOTALL,
)
_NUMBER = re.compile(r"\d+(?:[.,' ’]\d+)*")
_NO_CENTS = re.compile(r"[.,][-–—]$")  # "85.000,-" and "95'000.–": whole units


def _known_currency(code: str) -> str:
    if code not in CURRENCIES:
        raise ValueError(f"{code!r} is not a currency code we know, such as EUR or USD")
    return code


CurrencyCode = Annotated[str, AfterValidator(_known_currency)]


class Money(BaseModel):
    """An amount as typed, in whole units, and its currency (an ISO code) if one was typed."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    value: Amount
    currency: CurrencyCode | None = None


class Pay(BaseModel):
    """Yearly pay in one currency, in whole units; None where the candidate entered nothing."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    base: Amount | None = None
    bonus: Amount | None = None  # the bonus expected in a normal year
    equity: Amount | None = None  # a grant's value divided by its vesting years
    currency: CurrencyCode | None = None  # as typed with the amounts; None where none was

    @property
    def total(self) -> int | None:
        """Base + bonus + equity per year, counting what was entered; None if nothing was."""
        parts = [part for part in (self.base, self.bonus, self.equity) if part is not None]
        return sum(parts) if parts else None


def _style(country: str | None) -> _Style | None:
    return _STYLES.get((country or "").partition("-")[0].upper())


def _currency(symbol: str, style: _Style | None) -> str:
    meant = _SYMBOLS.get(symbol.lower(), (symbol.upper(),))
    if style is not None and style.currency in meant:
        return style.currency
    if meant == _KRONER:  # no symbol-sharing currency stands out for "kr": ask
        raise AmountError(
            f"{symbol}: {', '.join(meant[:-1])} or {meant[-1]}? write the currency's code, "
            "e.g. 550 000 SEK"
        )
    return meant[0]


def read_money(text: str, *, country: str | None = None) -> Money | None:
    """A yearly amount as typed anywhere, and its currency; "" is None.

    Thousands and decimal marks are read from the number's shape ("85.000,50", "12,00,000",
    "550 000", "85'000"); where the shape allows two readings ("85.000", "1,500"), the
    `country`'s decimal mark settles it, and with none that settles it the amount is asked
    about. Cents are rounded to whole units.

    >>> read_money("€85.000", country="DE")
    Money(value=85000, currency='EUR')

    Raises AmountError for a negative, unreadable, ambiguous or implausibly large amount.
    """
    if not text.strip():
        return None
    style = _style(country)
    typed = _TYPED.fullmatch(text.strip())
    if typed is None:  # every part is optional, so it matches any text: only for the type checker
        raise AmountError(f"enter a number, e.g. {_example(style)} or 85k")
    symbols = [s for s in (typed["before"], typed["after"]) if s]
    currencies = {_currency(symbol, style) for symbol in symbols}
    if len(currencies) > 1:
        raise AmountError(f"enter one currency, not {' and '.join(sorted(currencies))}")
    body = typed["body"]
    if not body:  # a currency sign alone: something was typed, so say what is missing
        raise AmountError("enter the amount after the currency, e.g. $85,000")
    if typed["minus"] or body.startswith(("-", "−")):
        raise AmountError("pay cannot be negative; enter 0 if there is none")
    scaled = _SCALED.fullmatch(_NO_CENTS.sub("", body))
    if scaled is None:  # as above
        raise AmountError(f"enter a number, e.g. {_example(style)} or 85k")
    scale = _SCALES[scaled["scale"].lower()] if scaled["scale"] else 1
    value = _number(scaled["number"], style, scale=scaled["scale"] or "") * scale  # exact
    currency = currencies.pop() if currencies else None
    limit = amount_limit(currency or (style.currency if style is not None else None))
    if value > limit:
        raise AmountError(f"this is more than {limit:,} a year: check the number")
    whole = int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return Money(value=whole, currency=currency)


def parse_amount(text: str, *, country: str | None = None) -> int | None:
    """A yearly amount as typed ("85,000", "$85k", "1.2m", "85.000 €") in whole units; "" is
    None. As `read_money`, without the currency."""
    money = read_money(text, country=country)
    return None if money is None else money.value


def _example(style: _Style | None) -> str:
    """How to write 85,000 there: "85000, 85.000" in Germany, "85000" where nothing settles."""
    if style is None:
        return "85000"
    return f"85000, {f'{85_000:,}'.replace(',', style.group)}"


def _number(text: str, style: _Style | None, *, scale: str) -> Decimal:
    """The number in `text`, its marks read by shape, then by the country's decimal mark; the
    `scale` typed after it ("k") only for the question when it can be read two ways."""
    example = _example(style)
    text = re.sub(_SPACE, " ", text).replace("’", "'")
    if not _NUMBER.fullmatch(text):
        raise AmountError(f"enter a number, e.g. {example} or 85k")
    marks = re.sub(r"\d", "", text)
    points = [mark for mark in marks if mark in ".,"]
    spacers = {mark for mark in marks if mark in " '"}
    decimal: str | None = None
    if len(set(points)) == 2 or (points and spacers):  # "85.000,50", "85'000.50", "1 234,5"
        decimal = marks[-1]
        if decimal not in ".," or marks.count(decimal) > 1:
            raise AmountError(f"enter a number, e.g. {example} or 85k")
    elif len(points) == 1:
        whole, _, cents = text.partition(points[0])
        if len(cents) != 3 or whole == "0" or len(whole) > 3:  # no group of three: a decimal
            decimal = points[0]
        elif style is not None and style.decimal is not None:
            decimal = points[0] if style.decimal == points[0] else None
        else:
            small = Decimal(f"{whole}.{cents}").normalize()
            raise AmountError(
                f"{text}{scale}: {whole}{cents}{scale} or {small:f}{scale}? type the one you mean"
            )
    whole, _, cents = text.rpartition(decimal) if decimal else (text, "", "")
    groups = re.split(r"[.,' ]", whole)
    if len({mark for mark in whole if not mark.isdigit()}) > 1 or not _grouped(groups):
        raise AmountError(f"enter a number, e.g. {example} or 85k")
    return Decimal("".join(groups) + "." + (cents or "0"))


def _grouped(groups: list[str]) -> bool:
    """Whether digits split at their separators are grouped in threes, or in lakhs (12,00,000)."""
    if len(groups) == 1:
        return True
    first, *middle, last = groups
    threes = 1 <= len(first) <= 3 and all(len(g) == 3 for g in (*middle, last))
    lakhs = 1 <= len(first) <= 2 and all(len(g) == 2 for g in middle) and len(last) == 3
    return threes or lakhs


def format_amount(value: int, *, currency: str | None = None, country: str | None = None) -> str:
    """`value` as `country` writes it, with `currency`'s symbol there ("85.000 €" in Germany) or
    its code; `read_money` reads it back the same. Without a known country: "EUR 85000".

    >>> format_amount(1_200_000, currency="INR", country="IN")
    '₹12,00,000'
    """
    style = _style(country)
    if style is None:
        return f"{currency} {value}" if currency else str(value)
    digits = str(value)
    if style.lakh and len(digits) > 3:
        head = re.sub(r"(?<=\d)(?=(\d\d)+$)", ",", digits[:-3])
        number = f"{head},{digits[-3:]}"
    else:
        number = f"{value:,}".replace(",", style.group)
    if currency is None:
        return number
    if currency == style.currency:
        return style.pattern.format(number)
    return f"{number} {currency}" if style.pattern.startswith("{}") else f"{currency} {number}"
