"""Raw Telegram updates hold what people wrote: kept only as long as they are needed.

An update's payload is needed until it is handled (and, when it failed, for a while to find
out why). After that only its `update_id` stays (Telegram may deliver an update again; the
unique id makes that harmless). Erasing a person removes their updates at once.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any

from sqlmodel import col, delete, select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from core.clock import utcnow
from core.ids import is_big_id
from core.models import InboundUpdate, InboxStatus

# Enough for a busy hour in one tick; the rest waits for the next tick.
CLEAR_BATCH = 5_000


async def do_clear_old_payloads(
    session: AsyncSession, *, handled_before: datetime, failed_before: datetime
) -> int:
    """Clears the payloads of updates handled before one moment or failed before another."""
    due = (
        select(InboundUpdate.id)
        .where(
            col(InboundUpdate.payload_cleared_at).is_(None),
            (
                (col(InboundUpdate.status) == InboxStatus.HANDLED)
                & (col(InboundUpdate.received_at) < handled_before)
            )
            | (
                (col(InboundUpdate.status) == InboxStatus.FAILED)
                & (col(InboundUpdate.received_at) < failed_before)
            ),
        )
        .limit(CLEAR_BATCH)
    )
    ids = [row_id for row_id in (await session.exec(due)).all() if row_id is not None]
    if ids:
        await _clear(session, ids)
    return len(ids)


async def erase_updates_from(
    session: AsyncSession, *, chat_ids: Collection[int], user_ids: Collection[int]
) -> int:
    """Deletes every stored update that came from these chats or users, handled or not (a
    pending one would otherwise bring their words back), and clears every other handled
    payload now: a coach's reply quotes the message it answers."""
    uncleared = await session.exec(
        select(InboundUpdate.id, InboundUpdate.payload, InboundUpdate.status).where(
            col(InboundUpdate.payload_cleared_at).is_(None)
        )
    )
    theirs: list[int] = []
    handled: list[int] = []
    for row_id, payload, status in uncleared.all():
        if row_id is None:
            continue
        chat_id, user_id = origin_ids(payload)
        if chat_id in chat_ids or user_id in user_ids:
            theirs.append(row_id)
        elif status != InboxStatus.PENDING:
            handled.append(row_id)
    if theirs:
        await session.exec(delete(InboundUpdate).where(col(InboundUpdate.id).in_(theirs)))
    if handled:
        await _clear(session, handled)
    return len(theirs)


def origin_ids(payload: Any) -> tuple[int | None, int | None]:
    """The chat and the user an update came from, read with care (it may be malformed)."""
    if not isinstance(payload, dict):
        return None, None
    found = [payload.get(key) for key in ("message", "edited_message", "callback_query")]
    item = next((value for value in found if isinstance(value, dict)), None)
    if item is None:
        return None, None
    message = item.get("message") if "chat" not in item else item
    chat = message.get("chat") if isinstance(message, dict) else None
    sender = item.get("from")
    chat_id = chat.get("id") if isinstance(chat, dict) else None
    user_id = sender.get("id") if isinstance(sender, dict) else None
    return (
        chat_id if isinstance(chat_id, int) and is_big_id(chat_id) else None,
        user_id if isinstance(user_id, int) and is_big_id(user_id) else None,
    )


async def _clear(session: AsyncSession, ids: list[int]) -> None:
    await session.exec(
        update(InboundUpdate)
        .where(col(InboundUpdate.id).in_(ids))
        .values(payload={}, payload_cleared_at=utcnow())
    )
