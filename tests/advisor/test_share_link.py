import base64
import json
import re
import time
import zlib
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor import Plan
from advisor.plan_file import PlanFileError, plan_to_data
from advisor.share_link import _ZDICT, MAX_TOKEN_CHARS, plan_from_token, plan_to_token
from tests.advisor.factories import MONDAY, TODAY, a_plan
from tests.advisor.plans import assert_opens_or_is_refused, plans

URL_SAFE = re.compile(r"[A-Za-z0-9._-]+")


def ten_realistic_applications() -> Plan:
    """Every text field filled, a few logged answers, pay, ratings and a ranking."""
    companies = [
        ("Northwind Traders", "Data analyst", "Dana Levi"),
        ("Contoso Ltd", "Senior software engineer", "Sam Carter"),
        ("Fabrikam", "Product manager", "Priya Nair"),
        ("Adventure Works", "UX researcher", "Tom Becker"),
        ("Tailspin Toys", "Marketing lead", "Aiko Tanaka"),
        ("Wide World Importers", "Operations analyst", "Luis García"),
        ("Litware", "Backend developer", "Emma Wright"),
        ("Proseware", "Financial analyst", "Noah Kim"),
        ("Woodgrove Bank", "Account manager", "Olivia Brown"),
        ("Alpine Ski House", "Data engineer", "Yusuf Demir"),
    ]
    applications: list[dict[str, Any]] = []
    for index, (company, role, name) in enumerate(companies):
        interview = TODAY - timedelta(days=3 + 2 * index)
        applications.append(
            {
                "id": f"{index:02d}c7e9f1",
                "company": company,
                "role": role,
                "interviewer": {"name": name, "title": "Head of data"},
                "interview_date": interview,
                "round": ["first", "second", "final"][index % 3],
                "format": ["video", "in_person", "panel"][index % 3],
                "company_size": ["small", "medium", "large"][index % 3],
                "industry": ["information", "financial", "health"][index % 3],
                "recruiter": index % 2 == 0,
                "timing": "time_frame",
                "timing_phrase": "in two weeks",
                "signals": ["long_and_detailed", "met_the_team"],
                "topic": "the migration to the new data platform",
                "strength": "five years of building reporting pipelines",
                "events": [
                    {"kind": "step_done", "on": interview, "step": "thank_you"},
                    {"kind": "noncommittal", "on": interview + timedelta(days=2)},
                ],
                "pay": {"base": 85_000 + 2_500 * index, "bonus": 5_000, "equity": 10_000},
                "ratings": {"benefits": 3, "growth": 4, "commute": 2 + index % 4, "team": 4},
                "compare_estimate": True,
            }
        )
    return Plan.model_validate(
        {
            "candidate_name": "Alex Morgan",
            "applications": applications,
            "preference": [a["id"] for a in applications[:5]],
            "weights": {"weights": {"pay": 5, "growth": 4}},
        },
        context={"today": TODAY},
    )


def _token_of(raw: bytes, prefix: str = "2.") -> str:
    """A token as the app builds one, around any bytes (a stream may do without the dictionary)."""
    return prefix + base64.urlsafe_b64encode(zlib.compress(raw, 9)).rstrip(b"=").decode()


@settings(max_examples=200, deadline=None)
@given(plan=plans())
def test_a_plan_comes_back_unchanged_from_its_url_safe_token(plan: Plan) -> None:
    token = plan_to_token(plan)

    assert URL_SAFE.fullmatch(token)
    assert token.startswith("2.")
    assert plan_from_token(token, today=TODAY) == plan


def _unpacked(token: str) -> str:
    inflater = zlib.decompressobj(zdict=_ZDICT)
    body = token.removeprefix("2.")
    return inflater.decompress(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))).decode()


@settings(max_examples=200, deadline=None)
@given(plan=plans(), company=st.text(min_size=1, max_size=20).filter(str.strip))
def test_a_token_holds_the_plans_compact_json_even_when_each_application_is_written_once(
    plan: Plan, company: str
) -> None:
    """Each application's part is written once and kept; the text must stay the one
    `json.dumps` gives for the whole plan, before and after one application changes."""
    edited = plan
    if plan.applications:
        first = plan.applications[0]
        edited = plan.with_application(first.model_copy(update={"company": company}))

    for some_plan in (plan, edited, plan):
        whole = plan_to_data(some_plan, exclude_defaults=True)
        expected = json.dumps(whole, separators=(",", ":"), ensure_ascii=False)
        assert _unpacked(plan_to_token(some_plan)) == expected


@pytest.mark.parametrize(
    ("plan", "at_most"),
    [
        pytest.param(Plan(), 40, id="empty"),
        pytest.param(a_plan("Northwind"), 300, id="one-application"),
        pytest.param(ten_realistic_applications(), 2_000, id="ten-applications"),
    ],
)
def test_tokens_stay_short_enough_for_any_browser_address_bar(plan: Plan, at_most: int) -> None:
    assert len(plan_to_token(plan)) <= at_most


def test_equal_plans_make_the_same_token() -> None:
    assert plan_to_token(ten_realistic_applications()) == plan_to_token(
        ten_realistic_applications()
    )


def test_a_token_leaves_out_what_has_its_default_value() -> None:
    token = plan_to_token(Plan())

    inflater = zlib.decompressobj(zdict=_ZDICT)
    packed = base64.urlsafe_b64decode(token.removeprefix("2.") + "==")
    assert json.loads(inflater.decompress(packed)) == {"schema_version": 2}


# Made by the first release of the "2." format: every later release must open it as it was.
OLD_LINK = (
    "2.ePmC62Nrw2owRiXkmJNaoeCbX5SeCMqv2O0FihokJqLY7gfMwBnlmeCwgDrDEVieVBaXIIcrinsMDXUNjMgLulod"
    "hEsM0VwSdXhPUWZyhsKH-TOb6OOY2FoAuDh1OA"
)


def test_a_link_made_by_an_earlier_release_opens_the_same_plan() -> None:
    assert plan_from_token(OLD_LINK, today=TODAY) == a_plan("Northwind", "Zürich 🙂")


def test_a_version_1_plan_in_a_link_still_opens() -> None:
    raw = b'{"schema_version":1,"applications":[{"company":"Northwind","interview_date":"%s"}]}'
    raw %= MONDAY.isoformat().encode()

    plan = plan_from_token(_token_of(raw), today=TODAY)

    assert plan.applications[0].company == "Northwind"


def test_surrounding_blank_space_from_a_copy_and_paste_is_ignored() -> None:
    token = plan_to_token(a_plan("Northwind"))

    assert plan_from_token(f"  {token}\n", today=TODAY) == a_plan("Northwind")


_REAL = plan_to_token(a_plan("Northwind", "Contoso"))
_DAMAGED = r"^the link is damaged \(it may have been cut short when copied\)$"
_ANOTHER_VERSION = "made by another version of the app"

BAD_TOKENS: list[Any] = [
    pytest.param("", "^the link holds no plan$", id="empty"),
    pytest.param("   ", "^the link holds no plan$", id="blank"),
    pytest.param("x", _ANOTHER_VERSION, id="one-character"),
    pytest.param("abcdef", _ANOTHER_VERSION, id="no-prefix"),
    pytest.param("1." + _REAL[2:], _ANOTHER_VERSION, id="wrong-prefix"),
    pytest.param("9." + _REAL[2:], _ANOTHER_VERSION, id="unknown-version"),
    pytest.param("javascript:alert(1)", _ANOTHER_VERSION, id="javascript-url"),
    pytest.param("2.", _DAMAGED, id="prefix-only"),
    pytest.param("2.!!!***", _DAMAGED, id="not-base64"),
    pytest.param("2.<script>alert(1)</script>", _DAMAGED, id="script-tag"),
    pytest.param("2.🙂🙂🙂", _DAMAGED, id="emoji"),
    pytest.param("2.'; DROP TABLE plans; --", _DAMAGED, id="sql-ish"),
    pytest.param("2.ab+/cd", _DAMAGED, id="standard-not-url-base64"),
    pytest.param("2.AAAAA", _DAMAGED, id="impossible-base64-length"),
    pytest.param("2.aGVsbG8gd29ybGQ", _DAMAGED, id="base64-but-not-zlib"),
    pytest.param(_REAL[: len(_REAL) // 2], _DAMAGED, id="cut-in-half"),
    pytest.param(_REAL[:-1], _DAMAGED, id="last-character-lost"),
    pytest.param(
        _REAL[:-3] + ("A" if _REAL[-3] != "A" else "B") + _REAL[-2:],
        _DAMAGED,
        id="one-character-changed",
    ),
    pytest.param(_token_of(b"hello, this is not JSON"), _DAMAGED, id="zlib-of-non-json"),
    pytest.param(_token_of(b"\xff\xfe{}"), _DAMAGED, id="zlib-of-non-utf8"),
    pytest.param(_token_of(b"[1, 2, 3]"), _DAMAGED, id="json-list"),
    pytest.param(_token_of(b'{"schema_version": NaN}'), _DAMAGED, id="nan"),
    pytest.param(_token_of(b"[" * 50_000), _DAMAGED, id="deeply-nested"),
    pytest.param(_token_of(b'{"schema_version":2}') + "AAAA", _DAMAGED, id="data-after-the-end"),
    pytest.param(
        "2." + "A" * 100_000,
        r"^the link is too long \(100,002 characters; the limit is 64,000\)$",
        id="too-long",
    ),
    pytest.param(
        _token_of(
            b'{"schema_version":2,"applications":[{"company":"","interview_date":"2026-11-02"}]}'
        ),
        r"^Application 1, Company: this can't be empty$",
        id="valid-json-invalid-plan",
    ),
    pytest.param(
        _token_of(b'{"schema_version":99}'), "saved by a newer version of the app", id="newer"
    ),
    pytest.param(_token_of(b'{"candidate_name":"x"}'), "no schema_version", id="no-version"),
]


@pytest.mark.parametrize(("token", "message"), BAD_TOKENS)
def test_a_bad_link_is_refused_with_a_message_saying_what_is_wrong(
    token: str, message: str
) -> None:
    with pytest.raises(PlanFileError, match=message) as refused:
        plan_from_token(token, today=TODAY)

    assert "\n" not in str(refused.value)


def test_a_compression_bomb_is_refused_without_inflating_it_all() -> None:
    bomb = _token_of(b"\0" * 40_000_000)  # 40 MB of zeros packs into about 52,000 characters
    assert len(bomb) < MAX_TOKEN_CHARS

    started = time.perf_counter()
    with pytest.raises(PlanFileError, match=r"too large to open \(over 1,000,000 bytes unpacked\)"):
        plan_from_token(bomb, today=TODAY)

    assert time.perf_counter() - started < 2


def test_a_50_mb_bomb_is_refused_before_it_is_even_decoded() -> None:
    bomb = _token_of(b"\0" * 50_000_000)

    with pytest.raises(PlanFileError, match="the link is too long"):
        plan_from_token(bomb, today=TODAY)


def test_dates_in_a_link_are_checked_against_the_day_it_is_opened() -> None:
    token = plan_to_token(a_plan("Northwind"))

    with pytest.raises(PlanFileError, match="more than a year ago"):
        plan_from_token(token, today=TODAY + timedelta(days=400))


@settings(max_examples=200, deadline=None)
@given(token=st.text(max_size=300) | st.text("ABCabc012_-", max_size=300).map("2.".__add__))
def test_any_text_either_opens_as_a_plan_or_is_refused_with_a_plan_file_error(token: str) -> None:
    assert_opens_or_is_refused(lambda: plan_from_token(token, today=TODAY))


@settings(max_examples=200, deadline=None)
@given(
    where=st.integers(0, len(_REAL) - 1),
    replacement=st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
    cut=st.booleans(),
)
def test_a_real_token_with_one_character_changed_or_cut_there_never_raises_anything_else(
    where: int, replacement: str, cut: bool
) -> None:
    token = _REAL[:where] if cut else _REAL[:where] + replacement + _REAL[where + 1 :]

    assert_opens_or_is_refused(lambda: plan_from_token(token, today=TODAY))


@settings(max_examples=100, deadline=None)
@given(raw=st.binary(max_size=500))
def test_any_compressed_bytes_either_open_or_are_refused_with_a_plan_file_error(
    raw: bytes,
) -> None:
    assert_opens_or_is_refused(lambda: plan_from_token(_token_of(raw), today=TODAY))
