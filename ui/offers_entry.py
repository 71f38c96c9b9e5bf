"""The offers page's inputs: the preference ranking, the offer itself, weights, pay and ratings."""

from __future__ import annotations

from datetime import date
from typing import Any

import streamlit as st
from pydantic import ValidationError

from advisor import Application, Plan, apply_form, field_errors, numeric_date_format
from advisor.editing import WEIGHTS_LABELS
from advisor.offers import OfferError, is_waiting, offer_of, record_offer, withdraw_offer
from advisor.terms import (
    MAX_RATING,
    MAX_WEIGHT,
    NEUTRAL_RATING,
    OWN_CRITERIA,
    AmountError,
    Criterion,
    Weights,
    format_amount,
    read_money,
)
from ui import state
from ui.text import application_label, md_escape

_PAY_FIELDS = {
    "base": ("Base salary a year", "pay.base"),
    "bonus": ("Bonus a year", "pay.bonus"),
    "equity": ("Equity a year", "pay.equity"),
}
_WEIGHT_HELP = "0 means it does not count; 5 means it matters most."


_ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth")


def _ordinal(rank: int) -> str:
    return _ORDINALS[rank - 1] if rank <= len(_ORDINALS) else f"{rank}th"


def draw_ranking(plan: Plan) -> None:
    """One choice per rank, first choice first, until one is left empty; a changed ranking is
    saved and the page drawn again, so the answer at its top follows."""
    labels = {a.id: application_label(a) for a in plan.applications}
    if st.session_state.get(state.RANKED) != plan.preference:  # changed elsewhere: show the plan's
        for rank in range(1, len(labels) + 1):
            if rank <= len(plan.preference) + 1:  # the ranked ones and the first empty rank
                ranked = rank <= len(plan.preference)
                state.put(f"o_rank_{rank}", plan.preference[rank - 1] if ranked else None)
            else:  # not drawn: a value left in the session would slow down every widget
                state.drop(f"o_rank_{rank}")
    chosen: list[str] = []
    for rank in range(1, len(labels) + 1):
        initial = plan.preference[rank - 1] if rank <= len(plan.preference) else None
        options: list[str | None] = [None, *(i for i in labels if i not in chosen)]
        # An application removed, or now ranked higher up, leaves this rank empty.
        key = state.keep_choice(f"o_rank_{rank}", options, initial)
        picked = st.selectbox(
            f"{_ordinal(rank)} choice",
            options,
            key=key,
            format_func=lambda i: "Not ranked" if i is None else labels[i],
            placeholder="Not ranked",
            on_change=_save_ranking,
            args=(len(labels),),
        )
        if picked is None:
            break
        chosen.append(picked)
    state.hold(state.RANKED, tuple(chosen))
    # The choices' callback saves the ranking before this run; should the choices drawn ever
    # differ from the plan's (widgets restored from an older visit), what is shown is saved.
    if tuple(chosen) != plan.preference:
        state.save_plan(plan.model_copy(update={"preference": tuple(chosen)}))
        st.rerun()
    if len(labels) > 1 and not chosen:
        st.caption("Pick at least your first choice to see whether it decides in time.")


def _save_ranking(ranks: int) -> None:
    """A rank's `on_change`: save the ranking as the choices now read, first choice first,
    before the page is drawn, so the answer at its top follows in the same run."""
    chosen: list[str] = []
    for rank in range(1, ranks + 1):
        picked = st.session_state.get(f"o_rank_{rank}")
        if picked is None or picked in chosen:  # the ranking ends at the first empty rank
            break
        chosen.append(picked)
    current = state.plan()
    if tuple(chosen) != current.preference:
        state.save_plan(current.model_copy(update={"preference": tuple(chosen)}))


def draw_offer_form(plan: Plan, today: date) -> None:
    """Record, change or remove the offer an application holds."""
    ids = [a.id for a in plan.applications]
    holding = [a.id for a in plan.applications if offer_of(a) is not None]
    first = (holding or ids)[0]
    key = state.keep_choice("o_offer_for", ids, first, fallback=first)
    labels = {a.id: application_label(a) for a in plan.applications}
    chosen = st.selectbox(
        "Which employer made an offer?", ids, key=key, format_func=labels.__getitem__
    )
    application = plan.get(chosen)
    if application is None:
        return
    offer = offer_of(application)
    with st.form("o_offer_form", border=False):
        st.date_input(
            "Offer received on",
            key=state.keep(f"o_received_{chosen}", offer.received_on if offer else today),
            format=numeric_date_format(application.country),
        )
        given = offer.deadline if offer is not None and not offer.deadline_assumed else None
        st.date_input(
            "Reply by (leave empty if they gave no date)",
            key=state.keep(f"o_deadline_{chosen}", given),
            format=numeric_date_format(application.country),
            help="Without a date we assume three business days, and say so.",
        )
        st.form_submit_button(
            "Update the offer" if offer else "Save the offer",
            type="primary",
            key="o_save_offer",
            on_click=_save_offer,
            args=(chosen, today),
        )
    state.show_refusal("o_save_offer")
    if offer is not None:
        st.button(
            "Remove this offer", key=f"o_withdraw_{chosen}", on_click=_withdraw, args=(chosen,)
        )


def _save_offer(application_id: str, today: date) -> None:
    """The `on_click` of "Save the offer": record it before the page is drawn, so the run the
    click starts opens on the offer's next step."""
    application = state.plan().get(application_id)
    if application is None:  # removed from the plan since the form was drawn
        state.refuse("o_save_offer", "This application is no longer in your plan.")
        return
    received_on = st.session_state.get(f"o_received_{application_id}")
    deadline = st.session_state.get(f"o_deadline_{application_id}")
    try:
        updated = record_offer(
            application=application,
            received_on=received_on if isinstance(received_on, date) else None,
            deadline=deadline if isinstance(deadline, date) else None,
            today=today,
            date_style=state.date_style(),
        )
    except OfferError as error:
        state.refuse("o_save_offer", str(error))
        return
    state.save_plan(state.plan().with_application(updated))
    company = md_escape(application.company)
    state.confirm(f"Offer from {company} saved: your next step is at the top of the page.")


def _withdraw(application_id: str) -> None:
    application = state.plan().get(application_id)
    if application is not None:
        state.save_plan(state.plan().with_application(withdraw_offer(application=application)))
        company = md_escape(application.company)
        state.confirm(f"Offer from {company} removed.", ":material/delete:")


def draw_weights(plan: Plan) -> Plan:
    """Sliders for how much each criterion counts; returns the plan with the weights saved."""
    weights = dict(plan.weights.weights)
    names = dict(plan.weights.own_names)
    for index, criterion in enumerate(c for c in Criterion if c not in OWN_CRITERIA):
        if index % 3 == 0:  # a new row of three, so a phone stacks them in reading order
            columns = st.columns(3)
        weights[criterion] = columns[index % 3].slider(
            criterion.label,
            0,
            MAX_WEIGHT,  # the value is the session's (state.keep): passing one too warns
            key=state.keep(f"o_weight_{criterion}", plan.weights.of(criterion)),
            help=_WEIGHT_HELP,
        )
    own = st.expander(
        "Add your own criteria", key=state.keep("o_own_criteria", False), on_change="rerun"
    )
    for criterion in OWN_CRITERIA if own.open else ():  # drawn only while open (kept meanwhile)
        with own:
            left, right = st.columns([3, 2])
            names[criterion] = left.text_input(
                f"Name of {criterion.label.lower()}",
                key=state.keep(
                    f"o_own_name_{criterion}", plan.weights.own_names.get(criterion, "")
                ),
                placeholder="e.g. Hybrid days, Mission, Job security",
                max_chars=40,
            )
            weights[criterion] = right.slider(
                "Weight",
                0,
                MAX_WEIGHT,
                key=state.keep(f"o_weight_{criterion}", plan.weights.of(criterion)),
                help=_WEIGHT_HELP,
            )
    try:
        updated = Weights(weights=weights, own_names={c: n for c, n in names.items() if n.strip()})
    except ValidationError as error:
        for message in field_errors(error, WEIGHTS_LABELS).values():
            st.error(md_escape(message))
        return plan
    if updated != plan.weights:
        plan = plan.model_copy(update={"weights": updated})
        state.save_plan(plan)
    return plan


def draw_option_inputs(plan: Plan, today: date) -> Plan:
    """Which pending applications join on estimates, then pay and ratings for one option.

    One option's inputs at a time: a page with inputs for every option grew with the plan.
    """
    labels = {a.id: application_label(a) for a in plan.applications}
    waiting = [a.id for a in plan.applications if is_waiting(a)]
    key = state.keep("o_estimates", [a.id for a in plan.applications if a.compare_estimate])
    state.put(key, [i for i in st.session_state[key] if i in waiting])
    included = st.multiselect(
        "Also compare applications still waiting, on your estimates",
        waiting,
        key=key,
        format_func=labels.__getitem__,
        placeholder="None",
    )
    for application in plan.applications:
        wanted = application.id in included
        if application.id in waiting and application.compare_estimate != wanted:
            plan = plan.with_application(
                application.model_copy(update={"compare_estimate": wanted})
            )
            state.save_plan(plan)
    options = [a.id for a in plan.applications if offer_of(a) is not None] + included
    if not options:
        return plan
    key = state.keep_choice("o_edit_option", options, options[0], fallback=options[0])
    chosen = st.selectbox(
        "Pay and ratings for",
        options,
        key=key,
        format_func=lambda i: labels[i] + ("" if i not in included else " (estimates)"),
    )
    application = plan.get(chosen)
    if application is None:
        return plan
    values, errors = _option_widgets(application, plan.weights, chosen not in included)
    outcome = apply_form(
        base=application, values=values, today=today, date_style=state.date_style()
    )
    for message in (*errors, *outcome.errors.values()):
        st.error(md_escape(message))  # a message may quote what was typed
    if outcome.application is not None and outcome.application != application:
        plan = plan.with_application(outcome.application)
        state.save_plan(plan)
    return plan


def _option_widgets(
    application: Application, weights: Weights, holds_offer: bool
) -> tuple[dict[str, Any], list[str]]:
    key = application.id
    values: dict[str, Any] = {}
    errors: list[str] = []
    country, currency = application.country, application.pay.currency
    currencies: dict[str, str] = {}  # label -> the currency typed with that amount
    columns = st.columns(3)
    for column, (field, (label, path)) in zip(columns, _PAY_FIELDS.items(), strict=True):
        amount = getattr(application.pay, field)
        shown = "" if amount is None else format_amount(amount, currency=currency, country=country)
        typed = column.text_input(
            label if holds_offer else f"{label} (estimate)",
            key=state.keep(f"o_{field}_{key}", shown),
            placeholder=f"e.g. {format_amount(85_000, country=country)} or 85k",
            max_chars=20,
        )
        try:
            money = read_money(typed, country=country)
        except AmountError as error:
            errors.append(f"{label}: {error}")
            continue
        values[path] = None if money is None else money.value
        if money is None:
            continue
        if money.currency:
            currencies[label] = money.currency
        read = format_amount(money.value, currency=money.currency or currency, country=country)
        if typed.strip() != read:  # say what "85k" or "85.000,50" was taken to mean
            column.caption(f"Read as {read}")
    if len(set(currencies.values())) > 1:  # amounts in two currencies cannot be added up
        typed_in = ", ".join(f"{label} in {code}" for label, code in currencies.items())
        errors.append(f"Pay: enter one offer's pay in one currency, not {typed_in}")
        values = {}
    elif currencies:
        values["pay.currency"] = next(iter(currencies.values()))
    rated = weights.rated()
    if rated:
        st.markdown("How good is it on each criterion? 1 is poor, 5 is excellent.")
    for index, (criterion, name) in enumerate(rated):
        if index % 2 == 0:
            pair = st.columns(2)
        current = application.ratings.get(criterion, NEUTRAL_RATING)
        rating = pair[index % 2].slider(
            md_escape(name),
            1,
            MAX_RATING,
            key=state.keep(f"o_rate_{key}_{criterion}", current),
        )
        if rating != current:  # an untouched slider leaves the criterion unrated
            values[f"ratings.{criterion}"] = rating
    return values, errors
