"""Asking a question from the menu: one prompt, then whatever they write goes to the coach."""

from __future__ import annotations

from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Response
from bot.flows.questions import pass_to_coach
from core import conversation
from core.choices import button
from core.people import Membership
from messages import texts
from messages.i18n import render

NAME = "ask"
LABEL = texts.MENU_ASK


async def start(ctx: FlowContext, who: Membership) -> Response:
    conversation.enter(who.person, NAME, "text")
    language = who.person.language
    stop = [[button(language, texts.NAV_STOP, "nav", "stop")]]
    return Response().say(render(language, texts.ASK_PROMPT, coach=who.coach.name), stop)


async def on_text(ctx: FlowContext, who: Membership, event: Incoming) -> Response:
    conversation.leave(who.person)
    return await pass_to_coach(
        ctx,
        who,
        text=event.text,
        media_kind=event.media_kind,
        media_file_id=event.media_file_id,
        note=event.note,
    )


async def on_button(ctx: FlowContext, who: Membership, action: str, value: str) -> Response:
    return await start(ctx, who)
