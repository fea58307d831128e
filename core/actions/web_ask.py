"""Asking on the web page: crisis words first, and no question stored before consent.

The consent question itself is answered by the dialogue's own step (bot/flows/linking.py),
through the web adapter (portal/views/web_channel.py), as in Telegram."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from core.actions.concerns import CrisisRaised, do_raise_crisis
from core.actions.questions import MessageReceived, do_receive_message
from core.crisis import signals_crisis
from core.errors import NotFound
from core.models import Channel
from core.people import Membership, membership


async def _member(session: AsyncSession, member_id: int) -> Membership:
    who = await membership(session, member_id)
    if who is None:
        raise NotFound(f"no member {member_id}")
    return who


async def do_web_ask(
    session: AsyncSession, *, member_id: int, text: str, base_url: str
) -> MessageReceived | CrisisRaised | None:
    """A question from the web page; None (and nothing stored) while consent is not given.

    Words of acute distress are answered at once with crisis information and an urgent alert,
    as in Telegram, consent or not: their safety outweighs the wait.
    """
    who = await _member(session, member_id)
    if signals_crisis(text):
        return await do_raise_crisis(
            session, who=who, text=text, channel=Channel.WEB, base_url=base_url
        )
    if who.person.consent_at is None:
        return None
    return await do_receive_message(
        session, who=who, text=text, channel=Channel.WEB, base_url=base_url
    )
