"""The dialogue with a coach in Telegram: reply to an alert; take, open, close; /inbox."""

from __future__ import annotations

from bot.flows.coach_inbox import inbox, show_thread
from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Kind, Response
from core.actions.questions import (
    do_close_thread,
    do_reply_to_thread,
    do_take_thread,
    thread_of_alert,
)
from core.errors import KoersError
from core.models import Channel, Coach
from messages import texts
from messages.i18n import render


async def respond_to_coach(ctx: FlowContext, coach: Coach, event: Incoming) -> Response:
    language = coach.language
    if event.kind == Kind.BUTTON:
        return await _button(ctx, coach, event)
    if event.kind == Kind.START:
        return Response().say(render(language, texts.COACH_LINKED, name=coach.name))
    if event.kind == Kind.COMMAND and event.command == "inbox":
        return await inbox(ctx, coach)
    how_to_reply = render(language, texts.COACH_HOW_TO_REPLY, url=f"{ctx.base_url}/inbox")
    if event.kind == Kind.COMMAND or event.reply_to_message_id is None or not event.text:
        return Response().say(how_to_reply)
    thread_id = await thread_of_alert(
        ctx.session, chat_id=event.sender.chat_id, message_id=event.reply_to_message_id
    )
    if thread_id is None:
        return Response().say(how_to_reply)
    try:
        sent = await do_reply_to_thread(
            ctx.session, coach=coach, thread_id=thread_id, text=event.text, channel=Channel.TELEGRAM
        )
    except KoersError:
        return Response().say(render(language, texts.STALE_BUTTON))
    name = sent.to.person.first_name or sent.to.case.first_name
    return Response().say(render(language, texts.REPLY_SENT, name=name))


async def _button(ctx: FlowContext, coach: Coach, event: Incoming) -> Response:
    language = coach.language
    stale = Response(button_answer=render(language, texts.STALE_BUTTON))
    if event.button_chat_id != coach.telegram_chat_id:
        return Response(button_answer=render(language, texts.NOT_YOUR_BUTTON))
    parts = event.button_data.split(":")
    if len(parts) != 3 or parts[0] != "v1" or not parts[2].isdigit():
        return stale
    action, thread_id = parts[1], int(parts[2])
    try:
        if action == "take":
            taken = await do_take_thread(ctx.session, coach=coach, thread_id=thread_id)
            if taken.already_taken:
                answer = render(language, texts.TAKEN_ALREADY, coach=taken.taken_by.name)
            else:
                answer = render(language, texts.TAKEN_BY_YOU)
            return Response(button_answer=answer)
        if action == "close":
            await do_close_thread(ctx.session, coach=coach, thread_id=thread_id)
            return Response(button_answer=render(language, texts.THREAD_CLOSED))
        if action == "show":
            shown = await show_thread(ctx, coach, thread_id)
            return shown or Response(button_answer=render(language, texts.NOT_YOUR_BUTTON))
        if action == "open":
            url = f"{ctx.base_url}/threads/{thread_id}"
            return Response(button_answer=render(language, texts.OPEN_IN_PORTAL, url=url)).say(
                render(language, texts.OPEN_IN_PORTAL, url=url)
            )
    except KoersError:
        return Response(button_answer=render(language, texts.NOT_YOUR_BUTTON))
    return stale
