"""What each step of a check-in asks, with its buttons: the questions and the answers to choose.

The rules (what an answer records, when the coach is alerted) are in core/actions/checkins.py.
"""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from core.choices import Buttons, button
from core.models import Appointment, Case, CheckIn, CheckInKind, Person
from messages import checkin_texts, texts
from messages.i18n import format_moment, render

FLOW = THREAD_KIND = "checkin"
# The steps, by the name kept on Person.conversation and used in the buttons' data.
ATTENDED, MOOD, TOLD, NEXT, NEXT_WHEN, NEW_TIME = "attended", "mood", "told", "next", "when", "new"
YES, NO, MOVED, NOTHING, NOT_KNOWN = "yes", "no", "moved", "nothing", "not_known"
# A face below this alerts the coach: the two lowest of four.
QUIET_MOOD = 3
# What a person can choose in each step, by the value in the button's data, in button order.
CHOICES: dict[str, dict[str, str]] = {
    ATTENDED: checkin_texts.ATTENDED_LABELS,
    MOOD: checkin_texts.FACES,
    TOLD: {NOTHING: checkin_texts.NOTHING_TO_TELL},
    NEXT: {YES: checkin_texts.ANSWER_YES, NO: checkin_texts.ANSWER_NO},
    NEXT_WHEN: {},
    NEW_TIME: {NOT_KNOWN: checkin_texts.TIME_NOT_KNOWN},
}
# Steps answered only with a button; the others take text (or a photo) as the answer.
BUTTON_STEPS = frozenset({ATTENDED, MOOD, NEXT})
QUESTIONS = {
    MOOD: checkin_texts.ASK_MOOD_APPOINTMENT,
    TOLD: checkin_texts.ASK_TOLD,
    NEXT: checkin_texts.ASK_NEXT,
    NEXT_WHEN: checkin_texts.ASK_NEXT_WHEN,
    NEW_TIME: checkin_texts.ASK_NEW_TIME,
}


async def checkin_question(
    session: AsyncSession, checkin: CheckIn, step: str, person: Person
) -> tuple[str, Buttons]:
    """The question of a step, in the person's language, with its buttons and Stoppen."""
    language = person.language
    if step == ATTENDED:
        text = render(
            language,
            checkin_texts.ASK_ATTENDED,
            **await appointment_said(session, checkin, language),
        )
    elif step == MOOD and checkin.kind == CheckInKind.AFTERCARE:
        case = await session.get(Case, checkin.case_id)
        name = person.first_name or (case.first_name if case else "")
        text = render(language, checkin_texts.ASK_MOOD_AFTERCARE, name=name)
    elif step == TOLD and checkin.attended == NO:
        text = render(language, checkin_texts.ASK_WHY_NOT)
    else:
        text = render(language, QUESTIONS[step])
    choices = [
        button(language, label, FLOW, step, button_value(checkin, value))
        for value, label in CHOICES[step].items()
    ]
    # Faces two by two, so each label stays readable on a small phone.
    width = 2 if step == MOOD else 3
    rows = [choices[i : i + width] for i in range(0, len(choices), width)]
    return text, [*rows, [button(language, texts.NAV_STOP, "nav", "stop")]]


def button_value(checkin: CheckIn, value: str) -> str:
    """<value>.<check-in id>: a button of an older check-in is stale."""
    return f"{value}.{checkin.id}"


def parse_button_value(value: str) -> tuple[str, int] | None:
    """The answer and the check-in a button's value names, or None for a malformed one."""
    answer, _, checkin_id = value.rpartition(".")
    return (answer, int(checkin_id)) if answer and checkin_id.isdigit() else None


async def appointment_said(
    session: AsyncSession, checkin: CheckIn, language: str | None
) -> dict[str, str]:
    """What and when the check-in's appointment was, as the reader sees it."""
    appointment = await session.get(Appointment, checkin.appointment_id or 0)
    assert appointment is not None
    return {"what": appointment.what, "when": format_moment(appointment.starts_at, language)}
