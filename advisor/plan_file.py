"""A plan as a JSON file to download and open again later: nothing is kept on the server.

Usage: ``plan_from_json(plan_to_json(plan), today=today) == plan``. Reading faces hostile input
and raises nothing but PlanFileError, whose one-line message says what is wrong.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, NoReturn

from pydantic import ValidationError

from advisor.editing import FIELD_LABELS, FILE_REASONS, PLAN_LABELS, reason
from advisor.models import Application, Plan, Signal
from advisor.terms import Criterion

__all__ = [
    "MAX_FILE_BYTES",
    "SCHEMA_VERSION",
    "PlanFileError",
    "application_to_data",
    "plan_from_data",
    "plan_from_json",
    "plan_to_data",
    "plan_to_json",
]

MAX_FILE_BYTES = 512_000
SCHEMA_VERSION: int = Plan.model_fields["schema_version"].default
_MAX_MESSAGE = 300  # characters in an error message
_MAX_ECHO = 60  # characters of the user's own input quoted back in a message
# List items and object members in all: the largest valid plan (100 applications with 200
# logged answers each) has under 130,000. More is refused before pydantic lists every error.
_MAX_ENTRIES = 150_000

_Data = dict[str, Any]


class PlanFileError(ValueError):
    """A file or link that holds no readable plan; the one-line message says why, in plain words."""


def _from_version_1(data: _Data) -> _Data:
    # Version 1, the first release, had no offers: pay, ratings, compare_estimate, preference,
    # weights and example all have defaults, so nothing but the number changes.
    return {**data, "schema_version": 2}


# Version n -> a function turning version n data into version n + 1: a new version adds one entry.
_MIGRATIONS: dict[int, Callable[[_Data], _Data]] = {1: _from_version_1}


def plan_to_data(plan: Plan, *, exclude_defaults: bool = False) -> _Data:
    """The plan as JSON-ready data, `schema_version` first, sets and maps in a fixed order."""
    data = plan.model_dump(mode="json", exclude_defaults=exclude_defaults)
    for dumped, application in zip(data.get("applications", ()), plan.applications, strict=True):
        _in_fixed_order(dumped, application)
    if "weights" in data:
        data["weights"] = {k: _in_criterion_order(v) for k, v in data["weights"].items()}
    return {"schema_version": plan.schema_version, **data}


def application_to_data(application: Application, *, exclude_defaults: bool = False) -> _Data:
    """One application as `plan_to_data` writes it among the plan's applications."""
    return _in_fixed_order(
        application.model_dump(mode="json", exclude_defaults=exclude_defaults), application
    )


def _in_fixed_order(dumped: _Data, application: Application) -> _Data:
    if "signals" in dumped:
        dumped["signals"] = [s.value for s in Signal if s in application.signals]
    if "ratings" in dumped:
        dumped["ratings"] = _in_criterion_order(dumped["ratings"])
    return dumped


def _in_criterion_order(values: Mapping[str, Any]) -> dict[str, Any]:
    return {c.value: values[c.value] for c in Criterion if c.value in values}


def plan_to_json(plan: Plan) -> bytes:
    """The plan file: indented UTF-8 JSON with everything in it, the same bytes for equal plans."""
    text = json.dumps(plan_to_data(plan), indent=2, ensure_ascii=False, allow_nan=False)
    return (text + "\n").encode("utf-8")


def plan_from_json(raw: bytes | str, *, today: date) -> Plan:
    """The plan in a file's content; raises PlanFileError saying what is wrong with it."""
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_FILE_BYTES:
        _fail(f"the file is too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})")
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            _fail("this is not a text file; choose the .json file saved from this app")
    else:
        text = raw
    text = text.removeprefix("\ufeff")  # a byte order mark, as some editors save
    if "\x00" in text:
        _fail("this is not a text file; choose the .json file saved from this app")
    if not text.strip():
        _fail("the file is empty" if not text else "the file is empty (only blank space)")
    data = _parse_json(text)
    if not isinstance(data, dict):
        _fail(f"this is not a plan file: it holds {_kind_of(data)}, not a plan")
    return plan_from_data(data, today=today)


class _NotFiniteError(ValueError):
    pass


def _reject_constant(name: str) -> NoReturn:
    raise _NotFiniteError(name)


def _finite_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise _NotFiniteError(text)
    return number


def _parse_json(text: str) -> object:
    try:
        return json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float)
    except json.JSONDecodeError as error:
        ends_early = error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated")
        hint = "; the file may have been cut short" if ends_early else ""
        what = error.msg.lower().removesuffix(" at")  # "unterminated string starting at"
        _fail(f"this is not valid JSON: {what} at line {error.lineno}, column {error.colno}{hint}")
    except _NotFiniteError as error:
        _fail(f"the file holds {_quote(str(error))}, which is not a number a plan can hold")
    except RecursionError:
        _fail("the file is nested too deeply to be a plan")
    except ValueError:  # a whole number of thousands of digits
        _fail("the file holds a number far too long to be part of a plan")


def _kind_of(data: object) -> str:
    kinds = {
        dict: "a group of fields",
        list: "a list",
        str: "a piece of text",
        bool: "true or false",
        type(None): "null",
    }
    return kinds.get(type(data), "a number")


def plan_from_data(data: object, *, today: date) -> Plan:
    """The plan in decoded JSON data, migrated from older versions and checked against today."""
    if not isinstance(data, dict):
        _fail(f"this is not a plan: it holds {_kind_of(data)}")
    if "schema_version" not in data:
        _fail("this is not a plan from this app: it has no schema_version")
    version = data["schema_version"]
    if type(version) is not int:
        _fail(f"the schema_version should be a whole number, not {_quote_value(version)}")
    shown = str(version) if abs(version) < 10**9 else "far beyond any"
    if version > SCHEMA_VERSION:
        _fail(
            f"this plan was saved by a newer version of the app (version {shown};"
            f" this one reads up to version {SCHEMA_VERSION})"
        )
    if version < 1:
        _fail(f"schema_version {shown} is not a version of this app")
    if _more_entries_than(data, _MAX_ENTRIES):
        _fail(f"this holds more than {_MAX_ENTRIES:,} entries, far more than any plan")
    while version < SCHEMA_VERSION:
        data = _MIGRATIONS[version](data)
        version = data["schema_version"]
    try:
        return Plan.model_validate(data, context={"today": today})
    except ValidationError as error:
        _fail(_describe(error, data))
    except RecursionError:
        _fail("this is nested too deeply to be a plan")


def _more_entries_than(data: object, limit: int) -> bool:
    """Whether nested lists and objects hold more than `limit` entries (no recursion: any depth)."""
    count = 0
    pending = [data]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            node = list(node.values())
        if isinstance(node, list | tuple):
            count += len(node)
            if count > limit:
                return True
            pending.extend(child for child in node if isinstance(child, dict | list | tuple))
    return False


def _describe(error: ValidationError, data: Mapping[str, Any]) -> str:
    """The first problem as one line naming where it is, e.g. "Application 2 (Contoso), Role: …"."""
    item = error.errors(include_url=False)[0]
    loc = list(item["loc"])
    place: list[str] = []
    labels = PLAN_LABELS
    if len(loc) >= 2 and loc[0] == "applications" and isinstance(loc[1], int):
        place.append(f"Application {loc[1] + 1}{_company_of(data, loc[1])}")
        loc, labels = loc[2:], FIELD_LABELS
    if loc:
        place.append(_field_name(loc, labels))
    return (
        ", ".join(place) + ": " + reason(item, FILE_REASONS)
        if place
        else reason(item, FILE_REASONS)
    )


def _company_of(data: Mapping[str, Any], index: int) -> str:
    applications = data.get("applications")
    if not isinstance(applications, list | tuple) or index >= len(applications):
        return ""
    application = applications[index]
    company = application.get("company") if isinstance(application, dict) else None
    if not isinstance(company, str) or not company.strip():
        return ""
    return f" ({_shorten(' '.join(company.split()), 40)})"


def _field_name(loc: list[str | int], labels: Mapping[str, str]) -> str:
    """The label of the longest known field at the start of `loc`, then the rest, e.g. entry 2."""
    leading = 0
    while leading < len(loc) and isinstance(loc[leading], str):
        leading += 1
    names = [str(part) for part in loc[:leading]]
    length = next((n for n in range(leading, 0, -1) if ".".join(names[:n]) in labels), 0)
    label = labels[".".join(names[:length])] if length else None
    rest = [
        f"entry {part + 1}" if isinstance(part, int) else _shorten(part)
        for part in loc[length:]
        if part != "[key]"
    ]
    if label is None:
        return ", ".join(rest) or "Entry"
    return ", ".join([label, *rest])


def _shorten(text: str, limit: int = _MAX_ECHO) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _quote(text: str) -> str:
    return f"“{_shorten(text)}”"


def _quote_value(value: object) -> str:
    if isinstance(value, str):
        return f"the text {_quote(value)}"
    if isinstance(value, bool):
        return "true" if value else "false"
    return _kind_of(value) if not isinstance(value, float) else f"the number {value}"


_LONG_QUOTE = re.compile(rf"(['\"“])([^'\"”]{{{_MAX_ECHO + 1},}})(['\"”])")


def _fail(message: str) -> NoReturn:
    """Raise PlanFileError with `message` on one line, short, echoing little of the input."""
    line = " ".join(message.split())
    line = _LONG_QUOTE.sub(lambda m: m[1] + _shorten(m[2]) + m[3], line)
    line = _shorten(line, _MAX_MESSAGE).encode("utf-8", "replace").decode("utf-8")
    raise PlanFileError(line) from None
