"""Scripts for the offer stage, filled in from the plan.

Usage: ``offer_script(kind=ScriptKind.ACCEPT, offer_from=a, offer=offer_of(a), first_choice=None,
extension_to=None, candidate_name="Jan")``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from advisor.dates import spoken_date
from advisor.drafts import letter, render_template, sentences
from advisor.models import Application
from advisor.offers import Offer

__all__ = ["Script", "ScriptKind", "offer_script"]

_NO_NAME = "[your name]"
_SIGN_OFF = "Kind regards,\n$name"


class ScriptKind(StrEnum):
    TO_FIRST_CHOICE = "to_first_choice"
    ASK_EXTENSION = "ask_extension"
    ACCEPT = "accept"
    DECLINE = "decline"

    @property
    def label(self) -> str:
        return {
            "to_first_choice": "To your first choice",
            "ask_extension": "Ask for a little more time",
            "accept": "Accept the offer",
            "decline": "Decline, and keep the door open",
        }[self.value]


class Script(BaseModel):
    """An email the candidate can send while holding an offer."""

    model_config = ConfigDict(frozen=True)

    kind: ScriptKind
    title: str
    to: str  # who it goes to: "Dana Levi at Contoso", or just "Contoso" when no name is known
    subject: str
    body: str


@dataclass(frozen=True)
class _Case:
    """What one script may mention. The recipient's details only: a script to the first choice
    is never given the name of the employer that made the offer."""

    recipient: Application
    offer: Offer
    extension_to: date | None
    candidate_name: str

    @property
    def named(self) -> bool:
        return bool(self.recipient.interviewer.name)

    @property
    def context(self) -> dict[str, str]:
        return {
            "name": self.candidate_name.strip() or _NO_NAME,
            "interviewer": self.recipient.interviewer.name,
            "company": self.recipient.company,
            "role": self.recipient.role,
            "interview_date": self._on(self.recipient.interview_date),
            "deadline": self._on(self.offer.deadline),
            "extension": self._on(self.extension_to) if self.extension_to else "",
        }

    def _on(self, day: date) -> str:
        """A date as the recipient's country writes it in words."""
        return spoken_date(day, country=self.recipient.country)

    def dear(self) -> str:
        return "Dear $interviewer," if self.named else "Hello,"

    def position(self) -> str:
        """Template text for the job, to be followed by " at $company"."""
        return "the $role role" if self.recipient.role else "the role"


# Each writer returns (title, subject template, body template).
_Written = tuple[str, str, str]


def _to_first_choice(case: _Case) -> _Written:
    # Open about the offer, silent about who made it, and no ultimatum: the seeds' third option.
    deadline = "within the next few days" if case.offer.deadline_assumed else "by $deadline"
    position = case.position()
    body = letter(
        case.dear(),
        sentences(
            "I hope you are well.",
            f"I'm still very interested in {position} at $company, and I have often thought about "
            "our conversation on $interview_date.",
        ),
        sentences(
            "I wanted to let you know that I have received a job offer from another employer, "
            f"who has asked me for an answer {deadline}.",
            "Joining your team is still what I would most like, so before I reply to them I'd "
            "like to ask: could you share where you are in your decision, or what your timeline "
            "looks like?",
        ),
        "I don't want to rush you, and I understand if there is nothing you can share yet.",
        "Thank you very much for your time.",
        _SIGN_OFF,
    )
    subject = f"A question about timing – {position} at $company"
    return "Email to your first choice", subject, body


def _ask_extension(case: _Case) -> _Written:
    # With no deadline from them, the assumed one is ours: ask for a date without quoting it.
    rather_than = "" if case.offer.deadline_assumed else " rather than $deadline"
    position = case.position()
    body = letter(
        case.dear(),
        sentences(
            f"Thank you again for offering me {position} at $company.",
            "I'm enthusiastic about the offer, and grateful for the confidence you have shown "
            "in me.",
        ),
        sentences(
            "This is an important decision, and I would like to give it the care it deserves.",
            f"Would it be possible for me to give you my answer by $extension{rather_than}?",
        ),
        "I will understand if your timing does not allow it, and I'm happy to talk it over if "
        "that would help.",
        _SIGN_OFF,
    )
    subject = f"Your offer for {position} at $company – a question about timing"
    return "Asking for a little more time", subject, body


def _accept(case: _Case) -> _Written:
    position = case.position()
    body = letter(
        case.dear(),
        f"Thank you for offering me {position} at $company. I'm delighted to accept.",
        sentences(
            "Could you send me the written offer to sign, and confirm my start date and the "
            "next steps?",
            "If you need anything else from me in the meantime, please let me know.",
        ),
        "I'm looking forward to joining the team.",
        _SIGN_OFF,
    )
    return "Accepting the offer", f"Accepting your offer – {position} at $company", body


def _decline(case: _Case) -> _Written:
    # Gracious and short: a reason invites a debate, and the door should stay open.
    position = case.position()
    body = letter(
        case.dear(),
        sentences(
            f"Thank you very much for offering me {position} at $company, and for the time you "
            "and your colleagues gave me during the process.",
        ),
        sentences(
            "After careful thought, I have decided not to accept the offer.",
            "It was not an easy decision, and I appreciate your understanding.",
        ),
        sentences(
            "I enjoyed getting to know $company, and I would be glad to stay in touch.",
            "I hope our paths cross again, and I would welcome being considered for a future "
            "opening.",
        ),
        "With best wishes,\n$name",
    )
    return "Declining the offer", f"Your offer – {position} at $company", body


_WRITERS: dict[ScriptKind, Callable[[_Case], _Written]] = {
    ScriptKind.TO_FIRST_CHOICE: _to_first_choice,
    ScriptKind.ASK_EXTENSION: _ask_extension,
    ScriptKind.ACCEPT: _accept,
    ScriptKind.DECLINE: _decline,
}


def _recipient(
    kind: ScriptKind,
    offer_from: Application,
    offer: Offer,
    first_choice: Application | None,
    extension_to: date | None,
) -> Application:
    """Who the script goes to; ValueError for what the script cannot be written without."""
    if offer.application_id != offer_from.id:
        raise ValueError("the offer belongs to another application than the one that made it")
    if kind is ScriptKind.TO_FIRST_CHOICE:
        if first_choice is None:
            raise ValueError("a script to your first choice needs your first choice")
        if first_choice.id == offer_from.id:
            raise ValueError("your first choice is the employer that made the offer")
        return first_choice
    if kind is ScriptKind.ASK_EXTENSION:
        if extension_to is None:
            raise ValueError("asking for more time needs the date you would like to answer by")
        if extension_to <= offer.deadline:
            asked, deadline = (
                spoken_date(day, country=offer_from.country)
                for day in (extension_to, offer.deadline)
            )
            raise ValueError(
                f"the date you ask for ({asked}) must be after the deadline ({deadline})"
            )
    return offer_from


def offer_script(
    *,
    kind: ScriptKind,
    offer_from: Application,
    offer: Offer,
    first_choice: Application | None,
    extension_to: date | None,
    candidate_name: str,
) -> Script:
    """The email of `kind` for the candidate holding `offer` from `offer_from`.

    TO_FIRST_CHOICE goes to `first_choice` and never names `offer_from`; ASK_EXTENSION asks to
    answer by `extension_to`; the others go to `offer_from`. Raises ValueError when the script
    needs a first choice or an extension date it was not given, when `extension_to` is not after
    the deadline, or when `offer` is not `offer_from`'s.
    """
    recipient = _recipient(kind, offer_from, offer, first_choice, extension_to)
    case = _Case(
        recipient=recipient,
        offer=offer,
        extension_to=extension_to,
        candidate_name=candidate_name,
    )
    title, subject, body = _WRITERS[kind](case)
    context = case.context
    to = "$interviewer at $company" if case.named else "$company"
    return Script(
        kind=kind,
        title=title,
        to=render_template(template=to, context=context),
        subject=render_template(template=subject, context=context),
        body=render_template(template=body, context=context),
    )
