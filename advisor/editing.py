"""Turning what a person typed into a valid application, one field's message at a time.

Also the one table of how every validation problem is worded: the name of each field (of an
application, a plan, a logged answer, the weights) and each kind of problem in plain words, as
typed on a page or as found in a plan file.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from advisor.dates import DateStyle
from advisor.models import Application

__all__ = [
    "EVENT_LABELS",
    "FIELD_LABELS",
    "FILE_REASONS",
    "PLAN_LABELS",
    "TYPED_REASONS",
    "WEIGHTS_LABELS",
    "FormOutcome",
    "apply_form",
    "field_errors",
    "reason",
]

FIELD_LABELS: dict[str, str] = {
    "id": "Application id",
    "company": "Company",
    "role": "Role",
    "interviewer.name": "Interviewer's name",
    "interviewer.title": "Interviewer's job title",
    "interview_date": "Interview date",
    "round": "Round",
    "format": "Format",
    "company_size": "Company size",
    "industry": "Industry",
    "country": "Country",
    "region": "Region",
    "recruiter": "Independent recruiter",
    "no_calls": "Asked not to call",
    "email_invited": "Invited to email",
    "call_back_on": "Call-back date",
    "timing": "What they said about timing",
    "decision_date": "Decision date",
    "timing_phrase": "Their words about timing",
    "signals": "How it went",
    "topic": "A topic you discussed",
    "strength": "A strength that sets you apart",
    "events": "Logged answers",
    "pay.base": "Base salary",
    "pay.bonus": "Yearly bonus",
    "pay.equity": "Equity per year",
    "pay.currency": "Currency",
    "ratings": "Ratings",
    "compare_estimate": "Include in the comparison",
}

# A plan's own fields; its applications' fields are named as the questionnaire names them.
PLAN_LABELS: dict[str, str] = {
    "schema_version": "Version",
    "candidate_name": "Your name",
    "example": "Example title",
    "applications": "Applications",
    "preference": "Ranking",
    "weights": "Weights",
    "weights.weights": "Weights",
    "weights.own_names": "Names of your own criteria",
}
# What the timeline's "Log what happened" asks.
EVENT_LABELS: dict[str, str] = {
    "kind": "What happened",
    "on": "When",
    "step": "About which follow-up",
    "call_back_on": "Call-back date",
    "offer_deadline": "Offer deadline",
}
# The offers page's weights and the candidate's own criteria.
WEIGHTS_LABELS: dict[str, str] = {
    "weights": "Weights",
    "own_names": "Your own criteria",
}

# Each kind of problem, as said to someone typing on a page...
TYPED_REASONS: dict[str, str] = {
    "missing": "this is required",
    "string_too_short": "this can't be empty",
    "date_from_datetime_parsing": "enter a date as YYYY-MM-DD",
    "date_parsing": "enter a date as YYYY-MM-DD",
    "date_type": "enter a date as YYYY-MM-DD",
    "enum": "pick one of the choices offered",
    "bool_type": "tick or untick the box",
    "bool_parsing": "tick or untick the box",
    "string_type": "enter text",
    "string_pattern_mismatch": "this is not in the expected form",
    "extra_forbidden": "this field is not part of an application",
}
# ... and as found in a plan file someone opened.
FILE_REASONS: dict[str, str] = {
    "missing": "this is required",
    "string_too_short": "this can't be empty",
    "string_type": "this should be text",
    "string_unicode": "this holds characters that are not valid text",
    "date_from_datetime_parsing": "expected a date as YYYY-MM-DD",
    "date_parsing": "expected a date as YYYY-MM-DD",
    "date_type": "expected a date as YYYY-MM-DD",
    "enum": "not one of the choices the app offers",
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
    "int_from_float": "expected a whole number",
    "string_pattern_mismatch": "this is not in the expected form",
    "extra_forbidden": "the app does not know this field",
    "model_type": "expected a group of fields",
    "dict_type": "expected a group of fields",
    "tuple_type": "expected a list",
    "list_type": "expected a list",
    "frozen_set_type": "expected a list",
}


class FormOutcome(BaseModel):
    """The application after an edit (None when no valid one exists yet) and any field messages."""

    model_config = ConfigDict(frozen=True)

    application: Application | None
    errors: dict[str, str]


def field_errors(
    error: ValidationError, labels: Mapping[str, str] = FIELD_LABELS
) -> dict[str, str]:
    """One message per field, each starting with the field's label from `labels`.

    ``{"company": "Company: this can't be empty"}``. A check across fields names the field in
    its own message ("offer deadline: this is before the offer arrived"): that name leads.
    """
    messages: dict[str, str] = {}
    for item in error.errors():
        field = ".".join(str(part) for part in item["loc"] if not isinstance(part, int))
        why = reason(item, TYPED_REASONS)
        if not field:
            named, colon, rest = why.partition(": ")
            field, why = (named, rest) if colon and len(named) <= 40 else ("form", why)
            label = next((text for text in labels.values() if text.lower() == field), field)
            label = label[:1].upper() + label[1:]
        else:
            label = _label(field, labels)
        messages.setdefault(field, f"{label}: {why}")
    return messages


def _label(field: str, labels: Mapping[str, str]) -> str:
    """The label of `field`, or of the nearest field it belongs to ("weights.pay": Weights)."""
    parts = field.split(".")
    for length in range(len(parts), 0, -1):
        found = labels.get(".".join(parts[:length]))
        if found is not None:
            return found
    return field.replace("_", " ").capitalize()


def reason(item: Mapping[str, Any], wording: Mapping[str, str]) -> str:
    """What is wrong in one pydantic error `item`, in plain words (`wording` by error type)."""
    kind = item["type"]
    context = item.get("ctx") or {}
    if kind == "value_error":
        return str(context.get("error", item["msg"]))
    if kind == "string_too_long":
        return f"keep it to {context['max_length']} characters (this has {len(item['input'])})"
    if kind == "too_long":
        return f"at most {context['max_length']} allowed"
    if kind == "greater_than_equal":
        return f"this should be at least {context['ge']}"
    if kind == "less_than_equal":
        return f"this should be at most {context['le']:,}"
    return wording.get(kind, str(item["msg"]).lower())


def apply_form(
    *,
    base: Application | None,
    values: Mapping[str, Any],
    today: date,
    date_style: DateStyle = DateStyle.DAY_FIRST,
) -> FormOutcome:
    """Apply the form's `values` (dotted keys for nested fields) on top of `base`; dates in the
    messages are written in `date_style`.

    Every invalid field gets a message and keeps its last valid value from `base`, so one bad
    entry never throws away the others. With no `base` (a new application), the result is None
    until the form holds a valid application; its company not typed yet is not an error, only
    a form not started (the only required answer, which the form asks for anyway).
    """
    previous = _flatten(base.model_dump()) if base is not None else {}
    typed = {**previous, **values}
    context = {"today": today, "date_style": date_style}
    try:
        return FormOutcome(application=_validate(typed, context), errors={})
    except ValidationError as error:
        errors = field_errors(error)
    if base is None and not str(typed.get("company") or "").strip():
        errors.pop("company", None)
        return FormOutcome(application=None, errors=errors)
    # Put the invalid fields back as they were and keep everything else the user typed.
    kept = {key: value for key, value in typed.items() if key not in errors}
    kept.update({key: previous[key] for key in errors if key in previous})
    try:
        return FormOutcome(application=_validate(kept, context), errors=errors)
    except ValidationError:
        if base is None:
            return FormOutcome(application=None, errors=errors)
    # The edits only make sense together with an invalid one: apply each that stands on its own.
    accepted = dict(previous)
    for key, value in kept.items():
        if accepted.get(key) == value:
            continue
        trial = {**accepted, key: value}
        try:
            _validate(trial, context)
        except ValidationError:
            continue
        accepted = trial
    try:
        return FormOutcome(application=_validate(accepted, context), errors=errors)
    except ValidationError:  # the saved application itself no longer passes, e.g. a year on
        return FormOutcome(application=base, errors=errors)


def _validate(flat: Mapping[str, Any], context: Mapping[str, object]) -> Application:
    return Application.model_validate(_nest(flat), context=dict(context))


def _flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, Mapping):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def _nest(flat: Mapping[str, Any]) -> dict[str, Any]:
    nested: dict[str, Any] = {}
    for key, value in flat.items():
        *parents, leaf = key.split(".")
        node = nested
        for parent in parents:
            node = node.setdefault(parent, {})
        node[leaf] = value
    return nested
