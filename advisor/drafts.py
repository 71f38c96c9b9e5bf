"""Message drafts for each follow-up step, filled in from the application.

Usage: ``draft_for(step=schedule.steps[0], application=application, candidate_name="Jan")``.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from pydantic import BaseModel, ConfigDict

from advisor.dates import spoken_date
from advisor.events import Channel, EventKind, StepKind
from advisor.models import Application, TimingAnswer
from advisor.schedule import FollowUpStep

__all__ = [
    "DRAFTED_STEPS",
    "Draft",
    "draft_for",
    "draft_of",
    "letter",
    "render_template",
    "sentences",
]

_NO_NAME = "[your name]"
_SIGN_OFF = "Kind regards,\n$name"
_NOTE_SIGN_OFF = "With best wishes,\n$name"
_VOICEMAIL = (
    "(If you reach voicemail: leave the same message, then your phone number, said slowly "
    "and repeated once. Keep it under half a minute.)"
)


class Draft(BaseModel):
    """Words the candidate can send or say for one step."""

    model_config = ConfigDict(frozen=True)

    kind: StepKind
    channel: Channel
    title: str
    subject: str | None  # only for messages sent by email
    body: str


def render_template(*, template: str, context: Mapping[str, str]) -> str:
    """Fill the ``$placeholders`` of `template` from `context`.

    Values go in verbatim and are never read as placeholders themselves, so a company called
    "$company" or "{role}" comes out as typed. A missing key is a bug in a template: KeyError.
    """
    try:
        return string.Template(template).substitute(context)
    except KeyError as error:
        raise KeyError(f"the template needs a value for ${error.args[0]}") from None


@dataclass(frozen=True)
class _Facts:
    """What the templates may mention; an empty value means "leave that sentence out"."""

    context: Mapping[str, str]

    def has(self, key: str) -> bool:
        return bool(self.context[key])

    def when(self, key: str, template: str) -> str:
        return template if self.has(key) else ""


def _facts(application: Application, candidate_name: str) -> _Facts:
    def _on(day: date) -> str:  # a date as the employer's country writes it in words
        return spoken_date(day, country=application.country)

    role = application.role
    position = render_template(template="the $role role", context={"role": role})
    # What they said about timing, in their words: a date they named, or their phrase quoted.
    # Never a date the app worked out from a phrase: the interviewer did not say it.
    said = ""
    if application.timing is TimingAnswer.DATE and application.decision_date is not None:
        said = f"you expected to reach a decision by {_on(application.decision_date)}"
    elif application.timing is TimingAnswer.TIME_FRAME and application.timing_phrase:
        said = f"you mentioned “{application.timing_phrase}” about timing"
    offers = [e for e in application.events if e.kind is EventKind.OFFER]
    deadline = offers[-1].offer_deadline if offers else None
    return _Facts(
        context={
            "name": candidate_name.strip() or _NO_NAME,
            "interviewer": application.interviewer.name,
            "position": position if role else "the role",
            "company": application.company,
            "interview_date": _on(application.interview_date),
            "they_said": said,
            "ask_timing": "yes" if application.timing is TimingAnswer.DID_NOT_ASK else "",
            "offer_deadline": _on(deadline) if deadline else "",
            "topic": application.topic,
            "strength": application.strength,
        }
    )


def sentences(*parts: str) -> str:
    """The non-empty `parts`, joined into one paragraph."""
    return " ".join(part for part in parts if part)


def letter(*paragraphs: str) -> str:
    """The non-empty `paragraphs`, with a blank line between them."""
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def _dear(facts: _Facts) -> str:
    return "Dear $interviewer," if facts.has("interviewer") else "Hello,"


def _hello(facts: _Facts) -> str:
    return "Hello $interviewer," if facts.has("interviewer") else "Hello,"


# Each drafter returns (title, subject template or None, body template).
_Drafted = tuple[str, str | None, str]


def _thank_you(facts: _Facts) -> _Drafted:
    body = letter(
        _dear(facts),
        sentences(
            "Thank you for taking the time to meet me on $interview_date to talk about "
            "$position at $company.",
            facts.when("topic", "I especially enjoyed talking about $topic."),
        ),
        sentences(
            "The conversation made me even keener on the job.",
            facts.when("strength", "One thing I would bring to the team is $strength."),
        ),
        facts.when(
            "ask_timing",
            "Could you tell me when you expect to decide, and how you will let me know?",
        ),
        "I look forward to hearing from you.",
        _SIGN_OFF,
    )
    return "Thank-you email", "Thank you for the interview – $company", body


def _recruiter_check_in(facts: _Facts) -> _Drafted:
    body = letter(
        "Hello,",
        sentences(
            "I had my interview for $position at $company on $interview_date"
            + (" with $interviewer." if facts.has("interviewer") else "."),
            "I enjoyed the conversation and I'm keen on the job.",
        ),
        "Have you heard any feedback from the hiring manager yet, and is there anything else "
        "they would like from me?",
        "Thank you,\n$name",
    )
    return "Message to the recruiter", "Interview feedback – $company", body


def _first_call(facts: _Facts) -> _Drafted:
    body = letter(
        sentences(
            facts.when("interviewer", "Hello $interviewer, this is $name.")
            or "Hello, this is $name.",
            "We met on $interview_date, when I interviewed for $position at $company.",
            facts.when(
                "they_said", "When we met, $they_said, so I'm calling to ask whether there is news."
            )
            or "I'm calling to ask how the decision is coming along.",
            "I'm still very interested in the role and happy to help with anything else you need.",
            "Thank you, and I look forward to hearing from you.",
        ),
        _VOICEMAIL,
    )
    return "Call and voicemail script", None, body


def _first_email(facts: _Facts) -> _Drafted:
    body = letter(
        _dear(facts),
        "I hope you are well. Thank you again for meeting me on $interview_date about $position.",
        sentences(
            "I'm still very enthusiastic about the chance to join $company.",
            facts.when("topic", "Our conversation about $topic has stayed with me since we met."),
            facts.when("strength", "I'm confident I could put $strength to good use on your team."),
            facts.when("they_said", "When we met, $they_said, so I wanted to check in."),
        ),
        "Could you let me know what the next steps are, and whether there is anything else you "
        "need from me?",
        _SIGN_OFF,
    )
    return "Follow-up email", "Following up on $position at $company", body


def _first_note(facts: _Facts) -> _Drafted:
    body = letter(
        _dear(facts),
        sentences(
            "Thank you again for meeting me on $interview_date about $position at $company.",
            facts.when("topic", "I enjoyed our conversation about $topic."),
            facts.when("they_said", "When we met, $they_said, so I thought I would write."),
            "I'm still very interested in the role and would be glad to hear how things are going.",
        ),
        _NOTE_SIGN_OFF,
    )
    return "Short typed or handwritten note", None, body


def _short_note_body(facts: _Facts, sign_off: str) -> str:
    return letter(
        _dear(facts),
        sentences(
            "A short note to say I'm still very interested in $position at $company, and to "
            "thank you again for our conversation on $interview_date.",
            "If there is news on your decision, or anything else I can send you, I would be glad "
            "to hear from you.",
        ),
        sign_off,
    )


def _note_email(facts: _Facts) -> _Drafted:
    body = _short_note_body(facts, _SIGN_OFF)
    return "Short follow-up email", "Still interested in $position at $company", body


def _note_written(facts: _Facts) -> _Drafted:
    return "Short typed or handwritten note", None, _short_note_body(facts, _NOTE_SIGN_OFF)


def _second_call(facts: _Facts) -> _Drafted:
    body = letter(
        sentences(
            facts.when("interviewer", "Hello $interviewer, this is $name.")
            or "Hello, this is $name.",
            "I interviewed for $position at $company on $interview_date, and I wanted to check "
            "in once more.",
            "I'm still keen on the role and would be grateful for any news you can share.",
            "Thanks for your time, and I hope you have a good rest of the week.",
        ),
        _VOICEMAIL,
    )
    return "Second call script", None, body


def _second_note_body(facts: _Facts, sign_off: str) -> str:
    return letter(
        _dear(facts),
        sentences(
            "I hope your week is going well.",
            "I'm writing once more about $position at $company, following my interview on "
            "$interview_date.",
            "I remain very interested, and I would be grateful for any update you can share.",
        ),
        "Is there anything else I could give you to help with your decision?",
        sign_off,
    )


def _second_email(facts: _Facts) -> _Drafted:
    body = _second_note_body(facts, _SIGN_OFF)
    return "Second follow-up email", "Checking in – $position at $company", body


def _second_written(facts: _Facts) -> _Drafted:
    return "Second short note", None, _second_note_body(facts, _NOTE_SIGN_OFF)


def _move_on(facts: _Facts) -> _Drafted:
    body = letter(
        _dear(facts),
        sentences(
            "I hope all is well.",
            "I'm still interested in $position at $company, and I enjoyed our conversation "
            "on $interview_date.",
        ),
        sentences(
            "As some time has passed, I have started to pursue other opportunities, and I "
            "wanted to check with you before I move on.",
            "Is the role still open, and am I still being considered?",
        ),
        "Thank you for your time either way.",
        _SIGN_OFF,
    )
    return "“Before I move on” email", "A quick question about $position at $company", body


def _rejection_thank_you(facts: _Facts) -> _Drafted:
    body = letter(
        _dear(facts),
        sentences(
            "Thank you for letting me know your decision about $position, and for the time you "
            "gave me during the process.",
            "I enjoyed meeting you and learning more about $company.",
            facts.when("topic", "Talking about $topic was a highlight for me."),
        ),
        sentences(
            "I'm still very interested in working there, so please keep me in mind for other "
            "openings that suit my background.",
            "I wish you and the team all the best.",
        ),
        _SIGN_OFF,
    )
    return "Thank-you after the decision", "Thank you – $company", body


def _connect(facts: _Facts) -> _Drafted:
    # LinkedIn caps connection notes at a few hundred characters: one short paragraph.
    body = letter(
        sentences(
            _hello(facts),
            "thank you again for our conversation about $position at $company.",
            "I enjoyed meeting you and would be glad to stay in touch here.",
        ),
        "Best wishes,\n$name",
    )
    return "LinkedIn connection note", None, body


def _offer_decision(facts: _Facts) -> _Drafted:
    body = letter(
        _dear(facts),
        "Thank you very much for offering me $position at $company; I'm delighted.",
        sentences(
            facts.when(
                "offer_deadline",
                "To make sure I have it right: you would like my answer by $offer_deadline. "
                "Could you confirm that date? I will come back to you by then.",
            )
            or "Could you let me know by when you would like my answer? I will come back to you "
            "within that time.",
        ),
        _SIGN_OFF,
    )
    return "Reply to the offer", "Thank you for the offer – $company", body


_DRAFTERS: dict[tuple[StepKind, Channel], Callable[[_Facts], _Drafted]] = {
    (StepKind.THANK_YOU, Channel.EMAIL): _thank_you,
    (StepKind.RECRUITER_CHECK_IN, Channel.RECRUITER): _recruiter_check_in,
    (StepKind.FIRST_FOLLOW_UP, Channel.CALL): _first_call,
    (StepKind.FIRST_FOLLOW_UP, Channel.EMAIL): _first_email,
    (StepKind.FIRST_FOLLOW_UP, Channel.WRITTEN_NOTE): _first_note,
    (StepKind.WRITTEN_NOTE, Channel.EMAIL): _note_email,
    (StepKind.WRITTEN_NOTE, Channel.WRITTEN_NOTE): _note_written,
    (StepKind.SECOND_FOLLOW_UP, Channel.CALL): _second_call,
    (StepKind.SECOND_FOLLOW_UP, Channel.EMAIL): _second_email,
    (StepKind.SECOND_FOLLOW_UP, Channel.WRITTEN_NOTE): _second_written,
    (StepKind.MOVE_ON, Channel.DECISION): _move_on,
    (StepKind.REJECTION_THANK_YOU, Channel.EMAIL): _rejection_thank_you,
    (StepKind.CONNECT_AFTER_DECISION, Channel.LINKEDIN): _connect,
    (StepKind.OFFER_DECISION, Channel.DECISION): _offer_decision,
}
DRAFTED_STEPS = frozenset(_DRAFTERS)


def draft_for(*, step: FollowUpStep, application: Application, candidate_name: str) -> Draft:
    """The message (or call script) for `step`, in the candidate's name.

    Raises ValueError for a step kind and channel the schedule never combines.
    """
    return draft_of(
        kind=step.kind,
        channel=step.channel,
        application=application,
        candidate_name=candidate_name,
    )


def draft_of(
    *, kind: StepKind, channel: Channel, application: Application, candidate_name: str
) -> Draft:
    """The message (or call script) for a step of `kind` by `channel`; see `draft_for`."""
    drafter = _DRAFTERS.get((kind, channel))
    if drafter is None:
        raise ValueError(f"no draft for a {kind.value} step by {channel.value}")
    facts = _facts(application, candidate_name)
    title, subject, body = drafter(facts)
    return Draft(
        kind=kind,
        channel=channel,
        title=title,
        subject=None
        if subject is None
        else render_template(template=subject, context=facts.context),
        body=render_template(template=body, context=facts.context),
    )
