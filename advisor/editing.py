"""Turning what a person typed into a valid application, one field's message at a time."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from advisor.models import Application

__all__ = ["FIELD_LABELS", "FormOutcome", "apply_form", "field_errors", "reason"]

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
    "ratings": "Ratings",
    "compare_estimate": "Include in the comparison",
}

_FRIENDLY: dict[str, str] = {
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


class FormOutcome(BaseModel):
    """The application after an edit (None when no valid one exists yet) and any field messages."""

    model_config = ConfigDict(frozen=True)

    application: Application | None
    errors: dict[str, str]


def field_errors(error: ValidationError) -> dict[str, str]:
    """One message per field, each starting with the field's label.

    ``{"company": "Company: this can't be empty"}``
    """
    messages: dict[str, str] = {}
    for item in error.errors():
        field = ".".join(str(part) for part in item["loc"] if not isinstance(part, int)) or "form"
        if field in messages:
            continue
        label = FIELD_LABELS.get(field, field.replace("_", " ").capitalize())
        messages[field] = f"{label}: {reason(item, _FRIENDLY)}"
    return messages


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


def apply_form(*, base: Application | None, values: Mapping[str, Any], today: date) -> FormOutcome:
    """Apply the form's `values` (dotted keys for nested fields) on top of `base`.

    Every invalid field gets a message and keeps its last valid value from `base`, so one bad
    entry never throws away the others. With no `base` (a new application), the result is None
    until the form holds a valid application; its company not typed yet is not an error, only
    a form not started (the only required answer, which the form asks for anyway).
    """
    previous = _flatten(base.model_dump()) if base is not None else {}
    typed = {**previous, **values}
    try:
        return FormOutcome(application=_validate(typed, today), errors={})
    except ValidationError as error:
        errors = field_errors(error)
    if base is None and not str(typed.get("company") or "").strip():
        errors.pop("company", None)
        return FormOutcome(application=None, errors=errors)
    # Put the invalid fields back as they were and keep everything else the user typed.
    kept = {key: value for key, value in typed.items() if key not in errors}
    kept.update({key: previous[key] for key in errors if key in previous})
    try:
        return FormOutcome(application=_validate(kept, today), errors=errors)
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
            _validate(trial, today)
        except ValidationError:
            continue
        accepted = trial
    try:
        return FormOutcome(application=_validate(accepted, today), errors=errors)
    except ValidationError:  # the saved application itself no longer passes, e.g. a year on
        return FormOutcome(application=base, errors=errors)


def _validate(flat: Mapping[str, Any], today: date) -> Application:
    return Application.model_validate(_nest(flat), context={"today": today})


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
