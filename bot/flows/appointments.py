"""Appointments: the young person, or a parent they allowed, sees what is coming; moves are told."""

from __future__ import annotations

from bot.flows import state
from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Response
from bot.flows.menu import main_menu, stop_buttons
from bot.flows.questions import pass_to_coach
from core.actions.appointments import (
    do_mark_appointment_moved,
    may_see_appointments,
    upcoming_appointments,
)
from core.actions.notify import Buttons
from core.errors import NotFound
from core.models import Appointment, Role
from core.people import Membership
from messages import texts
from messages.i18n import format_moment, render

NAME = "appts"
LABEL = texts.MENU_APPOINTMENTS
BUTTON_TEXT_LENGTH = 40


def _describe(appointment: Appointment, language: str | None) -> str:
    line = render(
        language,
        texts.APPOINTMENT_LINE,
        what=appointment.what,
        when=format_moment(appointment.starts_at, language),
    )
    if appointment.where:
        line += "\n" + render(language, texts.APPOINTMENT_WHERE, where=appointment.where)
    return line


async def start(ctx: FlowContext, who: Membership) -> Response:
    language = who.person.language
    if not may_see_appointments(who):
        refused = render(language, texts.PARENT_APPOINTMENTS_NOT_ALLOWED, name=who.case.first_name)
        return main_menu(who, Response().say(refused))
    found = await upcoming_appointments(ctx.session, case_id=who.case.id or 0)
    if not found:
        return main_menu(who, Response().say(render(language, texts.APPOINTMENTS_NONE)))
    if who.role == Role.YOUTH:
        header = render(language, texts.APPOINTMENTS_HEADER)
    else:
        header = render(language, texts.APPOINTMENTS_HEADER_PARENT, name=who.case.first_name)
    body = "\n\n".join(_describe(a, language) for a in found)
    buttons: Buttons = []
    if who.role == Role.YOUTH:
        state.enter(who.person, NAME, "list")
        for appointment in found:
            label = render(language, texts.APPOINTMENT_MOVED_BUTTON, what=appointment.what)
            if len(label) > BUTTON_TEXT_LENGTH:
                label = label[: BUTTON_TEXT_LENGTH - 1] + "…"
            buttons.append([{"text": label, "callback_data": f"v1:{NAME}:moved:{appointment.id}"}])
    return Response().say(f"{header}\n\n{body}", buttons + stop_buttons(language))


async def on_button(ctx: FlowContext, who: Membership, action: str, value: str) -> Response:
    language = who.person.language
    stale = Response(button_answer=render(language, texts.STALE_BUTTON))
    if action != "moved" or not value.isdigit():
        return stale
    try:
        await do_mark_appointment_moved(ctx.session, who=who, appointment_id=int(value))
    except NotFound:
        return stale
    state.advance(who.person, "new_time")
    return Response().say(render(language, texts.APPOINTMENT_MOVED_ASK), stop_buttons(language))


async def on_text(ctx: FlowContext, who: Membership, event: Incoming) -> Response:
    """The new time (or anything else they write) goes to the coach, who plans it."""
    state.leave(who.person)
    return await pass_to_coach(
        ctx, who, text=event.text, media_kind=event.media_kind, media_file_id=event.media_file_id
    )
