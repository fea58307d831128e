"""Re-entry: someone reaches Koers without a working link, and the team follows up."""

from __future__ import annotations

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit
from core.models import IntakeRequest, Team


async def do_open_intake_request(
    session: AsyncSession,
    *,
    reason: str,
    telegram_user_id: int | None,
    chat_id: int | None,
    first_name: str | None,
    text: str | None = None,
) -> IntakeRequest:
    """One open request per chat: later messages are added to it, so nothing they write is lost."""
    existing = None
    if chat_id is not None:
        existing = (
            await session.exec(
                select(IntakeRequest).where(
                    IntakeRequest.telegram_chat_id == chat_id,
                    col(IntakeRequest.handled_at).is_(None),
                )
            )
        ).first()
    if existing is not None:
        if text:
            existing.text = f"{existing.text}\n\n{text}" if existing.text else text
        return existing
    team = (await session.exec(select(Team).order_by(col(Team.id)))).first()
    request = IntakeRequest(
        team_id=team.id if team else None,
        telegram_user_id=telegram_user_id,
        telegram_chat_id=chat_id,
        first_name=(first_name or "")[:80] or None,
        reason=reason,
        text=text,
    )
    session.add(request)
    audit.record(session, actor=None, action="intake_opened", reason=reason)
    return request
