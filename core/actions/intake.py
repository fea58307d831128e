"""Re-entry: someone reaches Koers without a working link, and the team follows up."""

from __future__ import annotations

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit
from core.bots import DEFAULT_BOT, team_for_bot
from core.models import IntakeRequest


async def do_open_intake_request(
    session: AsyncSession,
    *,
    reason: str,
    telegram_user_id: int | None,
    chat_id: int | None,
    first_name: str | None,
    text: str | None = None,
    bot: str = DEFAULT_BOT,
) -> IntakeRequest:
    """One open request per chat: later messages are added to it, so nothing they write is lost.
    It goes to a team of the region whose bot they wrote to (core/bots.py)."""
    existing = None
    if chat_id is not None:
        existing = (
            await session.exec(
                select(IntakeRequest).where(
                    IntakeRequest.telegram_chat_id == chat_id,
                    IntakeRequest.bot == bot,
                    col(IntakeRequest.handled_at).is_(None),
                )
            )
        ).first()
    if existing is not None:
        if text:
            existing.text = f"{existing.text}\n\n{text}" if existing.text else text
        return existing
    team = await team_for_bot(session, bot)
    request = IntakeRequest(
        team_id=team.id if team else None,
        telegram_user_id=telegram_user_id,
        telegram_chat_id=chat_id,
        first_name=(first_name or "")[:80] or None,
        reason=reason,
        text=text,
        bot=bot,
    )
    session.add(request)
    audit.record(session, actor=None, action="intake_opened", reason=reason)
    return request
