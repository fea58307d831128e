"""Appointments: the young person, or a parent they allowed, sees what is coming; moves are told.

The young person can also add one from the listing: what → day → time → where → confirm, with
the pickers of bot/flows/pickers.py. What they typed stays in the flow's "typed" list until the
appointment is saved, so stopping halfway still brings it to the coach. A day or time that
cannot be read is asked again once with an example; the second time, what they wrote goes to
the coach, who plans it with them.
"""

from __future__ import annotations

from typing import Any

from bot.flows import pickers
from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Kind, Response
from bot.flows.menu import main_menu, stop_buttons
from bot.flows.pickers import Step, Steps
from bot.flows.questions import pass_to_coach
from core import conversation
from core.actions.appointments import (
    do_add_appointment_as_person,
    do_mark_appointment_moved,
    may_see_appointments,
    upcoming_appointments,
)
from core.choices import Buttons, button, choice_button
from core.errors import InvalidInput, NotFound
from core.models import Appointment, Role
from core.people import Membership
from messages import appointment_texts, texts
from messages.i18n import format_moment, render

NAME = "appts"
LABEL = texts.MENU_APPOINTMENTS
BUTTON_TEXT_LENGTH = 40
LIST, ADD = "list", "add"
# Typed text that answered no question (at the confirmation): passed on once saved.
ASIDE = "aside"


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
    adding: Buttons = []
    if who.role == Role.YOUTH:
        conversation.enter(who.person, NAME, LIST)
        adding = [[button(language, appointment_texts.ADD_BUTTON, NAME, ADD, "")]]
    if not found:
        none = render(language, texts.APPOINTMENTS_NONE)
        if not adding:
            return main_menu(who, Response().say(none))
        return Response().say(none, adding + stop_buttons(language))
    if who.role == Role.YOUTH:
        header = render(language, texts.APPOINTMENTS_HEADER)
    else:
        header = render(language, texts.APPOINTMENTS_HEADER_PARENT, name=who.case.first_name)
    body = "\n\n".join(_describe(a, language) for a in found)
    buttons: Buttons = []
    if who.role == Role.YOUTH:
        for appointment in found:
            label = render(language, texts.APPOINTMENT_MOVED_BUTTON, what=appointment.what)
            if len(label) > BUTTON_TEXT_LENGTH:
                label = label[: BUTTON_TEXT_LENGTH - 1] + "…"
            buttons.append([choice_button(label, NAME, "moved", appointment.id)])
    return Response().say(f"{header}\n\n{body}", buttons + adding + stop_buttons(language))


async def on_button(ctx: FlowContext, who: Membership, action: str, value: str) -> Response:
    language = who.person.language
    stale = Response(button_answer=render(language, texts.STALE_BUTTON))
    now = conversation.running(who.person)
    step = now.step if now is not None else ""
    if action == ADD:
        if step != LIST or who.role != Role.YOUTH:
            return stale
        return _show(who, _steps(who).ask_what(), fresh=True)
    if step in pickers.STEPS and now is not None:
        return await _adding_button(ctx, who, now.step, now.data, action, value)
    if action != "moved" or not value.isdigit():
        return stale
    try:
        await do_mark_appointment_moved(ctx.session, who=who, appointment_id=int(value))
    except NotFound:
        return stale
    conversation.advance(who.person, "new_time")
    return Response().say(render(language, texts.APPOINTMENT_MOVED_ASK), stop_buttons(language))


async def on_text(ctx: FlowContext, who: Membership, event: Incoming) -> Response:
    now = conversation.running(who.person)
    if now is not None and now.step in pickers.STEPS:
        return await _adding_text(ctx, who, now.step, now.data, event)
    # The new time of a moved appointment (or anything else they write) goes to the coach.
    conversation.leave(who.person)
    return await pass_to_coach(
        ctx, who, text=event.text, media_kind=event.media_kind, media_file_id=event.media_file_id
    )


# -- adding an appointment ----------------------------------------------------------------


def _steps(who: Membership) -> Steps:
    language = who.person.language
    return Steps(flow=NAME, language=language, stop=stop_buttons(language))


def _show(who: Membership, step: Step, *, fresh: bool = False) -> Response:
    if fresh:
        conversation.enter(who.person, NAME, step.name, **step.data)
    else:
        now = conversation.running(who.person)
        data = pickers.merged(now.data if now else {}, step.data)
        conversation.replace(who.person, step.name, data)
    return Response().say(step.text, step.buttons)


async def _adding_button(
    ctx: FlowContext, who: Membership, step: str, data: dict[str, Any], action: str, value: str
) -> Response:
    steps = _steps(who)
    if action == pickers.CONFIRM and step == pickers.CONFIRM:
        if value == pickers.YES:
            return await _save(ctx, who, data)
        if value == pickers.AGAIN:
            return _show(who, steps.ask_what(), fresh=True)
    following = steps.button_step(data, step, action, value)
    if following is None:
        return Response(button_answer=render(who.person.language, texts.STALE_BUTTON))
    return _show(who, following)


async def _adding_text(
    ctx: FlowContext, who: Membership, step: str, data: dict[str, Any], event: Incoming
) -> Response:
    steps = _steps(who)
    if event.kind != Kind.TEXT or not event.text.strip():
        # A photo or voice message is no answer here: it reaches the coach, with what came before.
        return await _pass_on(ctx, who, event)
    if steps.said_stop(event.text):
        return await _stop(ctx, who)
    conversation.remember_typed(who.person, event.text)
    if step == pickers.WHAT:
        return _show(who, steps.what_typed(event.text))
    if step in (pickers.DAY, pickers.TIME):
        following = steps.typed_moment(data, event.text)
        if following is not None:
            return _show(who, following)
        if not data.get("misread"):
            conversation.advance(who.person, step, misread=1)
            return _show(who, steps.not_read(data, step))
        return await _pass_on(ctx, who, None, passed=appointment_texts.NOT_READ_PASSED)
    if step == pickers.WHERE:
        return _show(who, steps.where_given(data, event.text))
    chosen = steps.confirm_word(event.text)
    if chosen == pickers.YES:
        return await _save(ctx, who, data)
    if chosen == pickers.AGAIN:
        return _show(who, steps.ask_what(), fresh=True)
    conversation.advance(who.person, step, **{ASIDE: [*data.get(ASIDE, []), event.text]})
    asked = render(who.person.language, appointment_texts.PICK_CONFIRM)
    return _show(who, steps.confirm(data, asked))


async def _save(ctx: FlowContext, who: Membership, data: dict[str, Any]) -> Response:
    steps = _steps(who)
    try:
        appointment = await do_add_appointment_as_person(
            ctx.session,
            who=who,
            what=data["what"],
            starts_local=pickers.starts_local(data),
            where=data.get("where"),
        )
    except InvalidInput as refused:
        return _show(who, steps.again_after_refusal(data, refused))
    conversation.leave(who.person)
    language = who.person.language
    response = Response(button_answer=render(language, appointment_texts.CONFIRM_YES))
    response.say(render(language, appointment_texts.SAVED, coach=who.coach.name))
    response.say(_describe(appointment, language))
    aside = data.get(ASIDE, [])
    if aside:
        passed = await pass_to_coach(ctx, who, text="\n\n".join(aside))
        response.messages.extend(passed.messages)
    return main_menu(who, response)


async def _pass_on(
    ctx: FlowContext, who: Membership, event: Incoming | None, *, passed: str | None = None
) -> Response:
    """Ends the flow; what was typed in it (and this message) reaches the coach."""
    typed = conversation.leave(who.person)
    text = "\n\n".join([*typed, event.text] if event is not None and event.text else typed)
    sent = await pass_to_coach(
        ctx,
        who,
        text=text,
        media_kind=event.media_kind if event else None,
        media_file_id=event.media_file_id if event else None,
    )
    if passed is None:
        return main_menu(who, sent)
    said = render(who.person.language, passed, coach=who.coach.name)
    return main_menu(who, Response().say(said))


async def _stop(ctx: FlowContext, who: Membership) -> Response:
    """Typing the stop word does what the Stoppen button does (person.py): typed text is kept."""
    typed = conversation.leave(who.person)
    language = who.person.language
    response = Response()
    if typed:
        await pass_to_coach(ctx, who, text="\n\n".join(typed))
        response.say(render(language, texts.FLOW_STOPPED_PASSED, coach=who.coach.name))
    else:
        response.say(render(language, texts.FLOW_STOPPED))
    return main_menu(who, response)
