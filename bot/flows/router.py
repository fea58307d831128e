"""The dialogue's entry point: who is writing (coach, linked person, stranger) decides the flow."""

from __future__ import annotations

from bot.flows.coach import respond_to_coach
from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Kind, Response
from bot.flows.linking import start_with_code, start_without_code
from bot.flows.person import respond_to_person
from core.actions.concerns import do_answer_stranger_crisis
from core.actions.intake import do_open_intake_request
from core.actions.waiting_words import plan_waiting_words
from core.crisis import signals_crisis
from core.people import coach_for_telegram_user, person_for_telegram_user
from messages import texts
from messages.i18n import render


async def respond(ctx: FlowContext, event: Incoming) -> Response:
    sender = event.sender
    if not sender.private_chat:
        # No case data ever goes to a group: the same short answer for everyone.
        if event.kind == Kind.BUTTON:
            return Response(button_answer=render(None, texts.GROUP_CHAT))
        return Response().say(render(None, texts.GROUP_CHAT))

    if event.kind == Kind.START and event.argument:
        linked = await start_with_code(ctx, event)
        if linked is not None:
            return linked

    coach = await coach_for_telegram_user(ctx.session, sender.user_id)
    if coach is not None:
        return await respond_to_coach(ctx, coach, event)

    person = await person_for_telegram_user(ctx.session, sender.user_id)
    if person is not None:
        response = await respond_to_person(ctx, person, event)
        # Words kept in an unfinished flow reach the coach later if the person never returns.
        await plan_waiting_words(ctx.session, person)
        return response

    if event.kind == Kind.START:
        return await start_without_code(ctx, event)
    if event.kind == Kind.BUTTON:
        return Response(button_answer=render(None, texts.STALE_BUTTON))
    if signals_crisis(event.text):
        help_text = await do_answer_stranger_crisis(
            ctx.session,
            chat_id=sender.chat_id,
            telegram_user_id=sender.user_id,
            first_name=sender.first_name,
            text=event.text,
            language=sender.language_code,
            bot=sender.bot,
        )
        return Response().say(help_text)
    await do_open_intake_request(
        ctx.session,
        reason="unlinked_message",
        telegram_user_id=sender.user_id,
        chat_id=sender.chat_id,
        first_name=sender.first_name,
        text=event.text or (f"[{event.media_kind}]" if event.media_kind else None),
        bot=sender.bot,
    )
    return Response().say(render(None, texts.NOT_LINKED))
