"""'My coach': who the coach is, when they can be reached, who stands in, and a way to ask."""

from __future__ import annotations

from bot.flows import ask
from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Response
from core.actions.absence import coach_card
from core.choices import button
from core.people import Membership
from messages import texts

NAME = "coach"
LABEL = texts.MENU_COACH


async def start(ctx: FlowContext, who: Membership) -> Response:
    language = who.person.language
    card = await coach_card(ctx.session, who)
    buttons = [
        [
            button(language, texts.MENU_ASK, "menu", ask.NAME),
            button(language, texts.NAV_MENU, "nav", "menu"),
        ]
    ]
    return Response().say(card, buttons)


async def on_text(ctx: FlowContext, who: Membership, event: Incoming) -> Response:
    return await ask.on_text(ctx, who, event)


async def on_button(ctx: FlowContext, who: Membership, action: str, value: str) -> Response:
    return await start(ctx, who)
