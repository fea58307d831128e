"""'My coach': who the coach is, when they can be reached, who stands in, and a way to ask."""

from __future__ import annotations

from bot.flows import ask
from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Response
from core.actions.notify import button
from core.models import Coach
from core.people import Membership
from messages import texts
from messages.i18n import render

NAME = "coach"
LABEL = texts.MENU_COACH


async def start(ctx: FlowContext, who: Membership) -> Response:
    language = who.person.language
    card = render(language, texts.COACH_CARD, coach=who.coach.name)
    if who.case.backup_coach_id is not None:
        backup = await ctx.session.get(Coach, who.case.backup_coach_id)
        if backup is not None:
            card += "\n" + render(
                language, texts.COACH_CARD_BACKUP, coach=who.coach.name, backup=backup.name
            )
    buttons = [
        [
            button(language, texts.MENU_ASK, f"v1:menu:{ask.NAME}"),
            button(language, texts.NAV_MENU, "v1:nav:menu"),
        ]
    ]
    return Response().say(card, buttons)


async def on_text(ctx: FlowContext, who: Membership, event: Incoming) -> Response:
    return await ask.on_text(ctx, who, event)


async def on_button(ctx: FlowContext, who: Membership, action: str, value: str) -> Response:
    return await start(ctx, who)
