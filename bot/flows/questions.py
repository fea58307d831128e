"""The question dialogue: what a linked person writes reaches their coach; they hear by when."""

from __future__ import annotations

from bot.flows.context import FlowContext
from bot.flows.events import Response
from core.actions.questions import do_receive_message, media_label
from core.people import Membership
from messages import texts
from messages.i18n import format_moment, render


async def pass_to_coach(
    ctx: FlowContext,
    who: Membership,
    *,
    text: str,
    media_kind: str | None = None,
    media_file_id: str | None = None,
    note: str | None = None,
) -> Response:
    received = await do_receive_message(
        ctx.session,
        who=who,
        text=text,
        channel=ctx.channel,
        media_kind=media_kind,
        media_file_id=media_file_id,
        note=note,
        base_url=ctx.base_url,
    )
    language, coach = who.person.language, received.coach.name
    if note == "edited":
        return Response().say(render(language, texts.EDIT_RECEIVED, coach=coach))
    if media_kind and not text:
        kind = media_label(media_kind, language)
        return Response().say(render(language, texts.MEDIA_RECEIVED, kind=kind, coach=coach))
    if received.new_thread:
        due = format_moment(received.due_at, language)
        return Response().say(render(language, texts.QUESTION_RECEIVED, coach=coach, due=due))
    return Response().say(render(language, texts.QUESTION_ADDED, coach=coach))
