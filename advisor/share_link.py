"""A plan as a compact token for the page's URL, so a link or a bookmark brings the plan back.

Usage: ``plan_from_token(plan_to_token(plan), today=today) == plan``.

A token is ``"2."`` and the URL-safe base64 (no padding) of the compact JSON of the plan,
leaving out what has its default value, zlib-compressed with a preset dictionary. It is compact
and not plain text, but it is NOT encryption: anyone who has the link can read the plan.
Reading raises nothing but PlanFileError, whose one-line message says what is wrong.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import zlib
from datetime import date
from functools import partial
from typing import NoReturn

from advisor.kept import KeptPerApplication
from advisor.models import Application, Plan
from advisor.plan_file import PlanFileError, application_to_data, plan_from_data, plan_to_data

__all__ = ["MAX_JSON_BYTES", "MAX_TOKEN_CHARS", "TOKEN_PREFIX", "plan_from_token", "plan_to_token"]

TOKEN_PREFIX = "2."  # noqa: S105 - a format version, not a secret
MAX_TOKEN_CHARS = 64_000
MAX_JSON_BYTES = 1_000_000  # unpacked; ten busy applications take about 7,500
_BASE64URL = re.compile(r"[A-Za-z0-9_-]+", re.ASCII)

# Text that plans share, so that even the first application compresses to back-references.
# FROZEN FOREVER for the prefix "2.": a token made today must open in every later release, so
# changing one byte here needs a new prefix (and keeping this one to read the old links).
# The most frequent fragments come last: zlib reaches the nearest text with the fewest bits.
_ZDICT = "".join(
    (
        '"weights":{"weights":{"pay":5,"benefits":1,"growth":4,"commute":3,"team":4,"interest":5,'
        '"own_1":2,"own_2":1,"own_3":1},"own_names":{"own_1":"',
        '"example":"',
        '"preference":["',
        '"candidate_name":"',
        '"industry":"government","industry":"aerospace_defense","industry":"energy_utilities",'
        '"industry":"restaurants_bars","industry":"supermarkets","industry":"construction",'
        '"industry":"professional_services","industry":"financial","industry":"health",'
        '"industry":"information",',
        '"round":"screen","round":"final","format":"phone","format":"panel",'
        '"format":"presentation","format":"in_person",',
        '"country":"GB","country":"CA","country":"DE","country":"FR","country":"AU",',
        '"recruiter":true,"no_calls":true,"email_invited":true,"compare_estimate":true,',
        '"timing":"date","decision_date":"2026-',
        '"timing":"in_touch","timing":"non_answer",',
        '"call_back_on":"2026-',
        '"signals":["long_and_detailed","ran_over_time","next_steps_discussed","met_the_team",'
        '"timeline_given","references_requested","short_interview","distracted_interviewer",'
        '"few_questions_about_you"],',
        '"events":[{"kind":"no_reply","on":"2026-',
        '{"kind":"noncommittal","on":"2026-',
        '{"kind":"call_back","on":"2026-',
        '{"kind":"rejected","on":"2026-',
        '{"kind":"offer","on":"2026-',
        '","offer_deadline":"2026-',
        '{"kind":"step_done","on":"2026-',
        '","step":"first_follow_up"},',
        '","step":"second_follow_up"},',
        '","step":"written_note"},',
        '","step":"recruiter_check_in"},',
        '","step":"thank_you"},',
        '"topic":"the ","strength":"my ',
        '"pay":{"base":',
        '000,"bonus":',
        '000,"equity":',
        "000},",
        '"ratings":{"benefits":4,"growth":5,"commute":3,"team":4,"interest":5,"own_1":3},',
        '"company_size":"small","company_size":"medium","company_size":"large",',
        '"interviewer":{"name":"',
        '","title":"Head of ',
        '"round":"second",',
        '"timing":"time_frame","timing_phrase":"in two weeks","decision_date":"2026-',
        '{"schema_version":2,"applications":[{"id":"',
        '","company":"',
        '","role":"',
        '"interview_date":"2026-',
    )
).encode("utf-8")


# Each application's part of the text, written once while the application object lives: an
# answer changes one application of up to 100, and every change rewrites the page's link.
_APPLICATION_TEXT: KeptPerApplication[str] = KeptPerApplication(1024)
_FIELDS = tuple(Plan.model_fields)  # in the order the plan's data lists them
_BEFORE_APPLICATIONS = frozenset(_FIELDS[: _FIELDS.index("applications")])


def plan_to_token(plan: Plan) -> str:
    """The plan as a URL-safe token (characters A-Z a-z 0-9 . _ -)."""
    text = _compact_text(plan)
    compressor = zlib.compressobj(level=9, zdict=_ZDICT)
    packed = compressor.compress(text.encode("utf-8")) + compressor.flush()
    return TOKEN_PREFIX + base64.urlsafe_b64encode(packed).rstrip(b"=").decode("ascii")


def _compact(value: object) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _application_text(application: Application) -> str:
    return _compact(application_to_data(application, exclude_defaults=True))


def _compact_text(plan: Plan) -> str:
    """`_compact(plan_to_data(plan, exclude_defaults=True))`, byte for byte, with each
    application's part taken from `_APPLICATION_TEXT`."""
    rest = plan_to_data(plan.model_copy(update={"applications": ()}), exclude_defaults=True)
    members = [f"{_compact(name)}:{_compact(value)}" for name, value in rest.items()]
    if plan.applications:
        parts = (
            _APPLICATION_TEXT.get(a, (), partial(_application_text, a)) for a in plan.applications
        )
        at = sum(1 for name in rest if name in _BEFORE_APPLICATIONS)  # where plan_to_data has it
        members.insert(at, f'"applications":[{",".join(parts)}]')
    return "{" + ",".join(members) + "}"


def plan_from_token(token: str, *, today: date) -> Plan:
    """The plan in a token from a link; raises PlanFileError saying what is wrong with it."""
    token = token.strip()
    if not token:
        _fail("the link holds no plan")
    if len(token) > MAX_TOKEN_CHARS:
        _fail(f"the link is too long ({len(token):,} characters; the limit is {MAX_TOKEN_CHARS:,})")
    if not token.startswith(TOKEN_PREFIX):
        _fail("the link was made by another version of the app, or is not a plan link")
    body = token.removeprefix(TOKEN_PREFIX).rstrip("=")
    if not _BASE64URL.fullmatch(body):
        _damaged()
    try:
        packed = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except (binascii.Error, ValueError):
        _damaged()
    text = _inflate(packed)
    try:
        data = json.loads(text.decode("utf-8"), parse_constant=_reject)
    except (ValueError, RecursionError):  # bad UTF-8 and bad JSON are ValueErrors too
        _damaged()
    if not isinstance(data, dict):
        _damaged()
    return plan_from_data(data, today=today)


def _inflate(packed: bytes) -> bytes:
    """The decompressed bytes, refusing (without inflating it all) more than MAX_JSON_BYTES."""
    inflater = zlib.decompressobj(zdict=_ZDICT)
    try:
        text = inflater.decompress(packed, MAX_JSON_BYTES)
    except zlib.error:
        _damaged()
    if inflater.unconsumed_tail or len(text) >= MAX_JSON_BYTES:
        _fail(f"the plan in the link is too large to open (over {MAX_JSON_BYTES:,} bytes unpacked)")
    if not inflater.eof or inflater.unused_data:
        _damaged()
    return text


def _reject(name: str) -> NoReturn:
    raise ValueError(name)


def _damaged() -> NoReturn:
    _fail("the link is damaged (it may have been cut short when copied)")


def _fail(message: str) -> NoReturn:
    raise PlanFileError(message) from None
