"""The dialogue with a coach in Telegram: alerts and replies, /inbox, and the coach flows.

A coach flow (a note, being away, an appointment) is a module with NAME, `start(ctx, coach,
argument)`, `on_text(ctx, coach, event)` and `on_button(ctx, coach, action, value)`; it keeps its
step on Coach.conversation as {"flow", "step", "data"}. Its buttons' choices name the flow and
reach it; the alert buttons on a thread (take, open, close, show) are handled here. A reply to
an alert always answers that thread, even while a flow waits for text: the reply is what the
coach meant.
"""

from __future__ import annotations

from typing import Protocol, cast

from bot.flows import coach_appointment, coach_away, coach_close, coach_note
from bot.flows.coach_inbox import inbox, show_thread
from bot.flows.coach_steps import refused_button
from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Kind, Response
from core.actions.questions import (
    Delivery,
    do_close_thread,
    do_reply_to_thread,
    do_take_thread,
    thread_of_alert,
)
from core.choices import THREAD, THREAD_ACTIONS
from core.errors import InvalidInput, KoersError, OtherTeam
from core.models import Channel, Coach
from messages import coach_texts, mail_texts, texts
from messages.i18n import render


class CoachFlow(Protocol):
    NAME: str

    async def start(self, ctx: FlowContext, coach: Coach, argument: str) -> Response: ...

    async def on_text(self, ctx: FlowContext, coach: Coach, event: Incoming) -> Response: ...

    async def on_button(
        self, ctx: FlowContext, coach: Coach, action: str, value: str
    ) -> Response: ...


# Commands that start a flow, by the flow's NAME; Dutch first, English as well.
STARTS: dict[str, str] = {
    "notitie": coach_note.NAME,
    "note": coach_note.NAME,
    "weg": coach_away.NAME,
    "away": coach_away.NAME,
    "afspraak": coach_appointment.NAME,
    "appointment": coach_appointment.NAME,
}
BACK_COMMANDS = frozenset({"terug", "back"})
# Three-part alert buttons: v1:<action>:<thread id>.
# What the coach is told after answering, by how the answer reaches the person.
REPLY_CONFIRMATIONS = {
    Delivery.TELEGRAM: texts.REPLY_SENT,
    Delivery.MAIL: mail_texts.REPLY_SENT_BY_MAIL,
    Delivery.PAGE: mail_texts.REPLY_ON_PAGE_ONLY,
}

COACH_FLOWS: dict[str, CoachFlow] = {
    flow.NAME: cast(CoachFlow, flow)
    for flow in (coach_note, coach_away, coach_appointment, coach_close)
}


def _running_flow(coach: Coach) -> CoachFlow | None:
    name = (coach.conversation or {}).get("flow")
    return COACH_FLOWS.get(name) if isinstance(name, str) else None


def _argument(event: Incoming) -> str:
    """What follows the command: `/notitie Sam` → 'Sam'."""
    if event.argument:
        return event.argument
    parts = event.text.split(maxsplit=1)
    return parts[1] if len(parts) > 1 else ""


async def respond_to_coach(ctx: FlowContext, coach: Coach, event: Incoming) -> Response:
    language = coach.language
    if event.kind == Kind.BUTTON:
        return await _button(ctx, coach, event)
    if event.kind == Kind.START:
        return Response().say(render(language, texts.COACH_LINKED, name=coach.name))
    if event.kind == Kind.COMMAND:
        return await _command(ctx, coach, event)
    answered = await _answer_by_reply(ctx, coach, event)
    if answered is not None:
        return answered
    flow = _running_flow(coach)
    if flow is not None:
        return await flow.on_text(ctx, coach, event)
    return Response().say(_how_to_reply(ctx, coach))


def _how_to_reply(ctx: FlowContext, coach: Coach) -> str:
    return render(coach.language, texts.COACH_HOW_TO_REPLY, url=f"{ctx.base_url}/inbox")


async def _command(ctx: FlowContext, coach: Coach, event: Incoming) -> Response:
    command = event.command
    if command == "inbox":
        return await inbox(ctx, coach)
    flow = COACH_FLOWS.get(STARTS.get(command, ""))
    if flow is not None:
        return await flow.start(ctx, coach, _argument(event))
    if command in BACK_COMMANDS:
        return await coach_away.back(ctx, coach)
    # /help, /menu and any command Koers does not know: what a coach can do here.
    return Response().say(render(coach.language, coach_texts.COACH_HELP))


async def _answer_by_reply(ctx: FlowContext, coach: Coach, event: Incoming) -> Response | None:
    """A reply to an alert or a shown thread answers that thread; None if it is no such reply."""
    if event.reply_to_message_id is None:
        return None
    thread_id = await thread_of_alert(
        ctx.session, chat_id=event.sender.chat_id, message_id=event.reply_to_message_id
    )
    if thread_id is None:
        return None
    language = coach.language
    if not event.text:
        return Response().say(_how_to_reply(ctx, coach))
    try:
        sent = await do_reply_to_thread(
            ctx.session,
            coach=coach,
            thread_id=thread_id,
            text=event.text,
            channel=Channel.TELEGRAM,
            reach=ctx.reach,
        )
    except KoersError:
        return Response().say(render(language, texts.STALE_BUTTON))
    name = sent.to.person.first_name or sent.to.case.first_name
    return Response().say(render(language, REPLY_CONFIRMATIONS[sent.delivery], name=name))


async def _button(ctx: FlowContext, coach: Coach, event: Incoming) -> Response:
    language = coach.language
    stale = Response(button_answer=render(language, texts.STALE_BUTTON))
    if event.button_chat_id != coach.telegram_chat_id:
        return Response(button_answer=render(language, texts.NOT_YOUR_BUTTON))
    choice = event.choice
    if choice is None:
        return stale
    if choice.area == THREAD:
        if choice.action not in THREAD_ACTIONS or not choice.value_or_empty.isdigit():
            return stale
        return await _thread_button(ctx, coach, choice.action, int(choice.value_or_empty))
    flow = COACH_FLOWS.get(choice.area)
    if flow is None or choice.value is None:
        return stale
    return await flow.on_button(ctx, coach, choice.action, choice.value)


async def _thread_button(ctx: FlowContext, coach: Coach, action: str, thread_id: int) -> Response:
    language = coach.language
    try:
        if action == "take":
            taken = await do_take_thread(ctx.session, coach=coach, thread_id=thread_id)
            if taken.already_taken:
                answer = render(language, texts.TAKEN_ALREADY, coach=taken.taken_by.name)
            else:
                answer = render(language, texts.TAKEN_BY_YOU)
            return Response(button_answer=answer)
        if action == "close":
            try:
                await do_close_thread(ctx.session, coach=coach, thread_id=thread_id)
            except InvalidInput:
                # A concern or crisis closes only with an outcome and a note.
                return await coach_close.ask_outcome(ctx, coach, thread_id)
            return Response(button_answer=render(language, texts.THREAD_CLOSED))
        if action == "show":
            shown = await show_thread(ctx, coach, thread_id)
            return shown or Response(button_answer=render(language, texts.NOT_YOUR_BUTTON))
        url = f"{ctx.base_url}/threads/{thread_id}"
        opened = render(language, texts.OPEN_IN_PORTAL, url=url)
        return Response(button_answer=opened).say(opened)
    except OtherTeam as refused:
        return await refused_button(ctx, coach, refused, f"telegram {action}")
    except KoersError:
        return Response(button_answer=render(language, texts.NOT_YOUR_BUTTON))
