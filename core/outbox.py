"""Writing to the outbox: the only way Koers sends anything. Rows join the caller's transaction."""

from __future__ import annotations

from typing import Any

from sqlmodel.ext.asyncio.session import AsyncSession

from core.models import OutboxMessage

TELEGRAM_TEXT_LIMIT = 4096


def split_text(text: str, limit: int = TELEGRAM_TEXT_LIMIT) -> list[str]:
    """Splits a long text into parts Telegram accepts, preferring paragraph and line breaks."""
    parts: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[:limit]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(" "))
        if cut < limit // 2:
            cut = limit
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest or not parts:
        parts.append(rest)
    return parts


def enqueue(
    session: AsyncSession,
    *,
    bot: str,
    chat_id: int,
    text: str,
    buttons: list[list[dict[str, str]]] | None = None,
    purpose: str = "dialogue",
    thread_id: int | None = None,
    person_id: int | None = None,
    coach_id: int | None = None,
    document_name: str | None = None,
    case_id: int | None = None,
) -> list[OutboxMessage]:
    """Queues a message for `bot` to send (core/bots.py: the bot the recipient talks to); a
    text over Telegram's limit becomes several rows, buttons on the last.

    With `document_name`, `text` is the content of a file of that name (UTF-8), sent whole as
    one document: a file has no 4,096-character limit, and a split one would be useless.
    """
    parts = [text] if document_name else split_text(text)
    rows: list[OutboxMessage] = []
    for index, part in enumerate(parts):
        markup: dict[str, Any] | None = None
        if buttons and index == len(parts) - 1:
            markup = {"inline_keyboard": buttons}
        row = OutboxMessage(
            bot=bot,
            chat_id=chat_id,
            text=part,
            reply_markup=markup,
            purpose=purpose,
            thread_id=thread_id,
            person_id=person_id,
            coach_id=coach_id,
            document_name=document_name,
            case_id=case_id,
        )
        session.add(row)
        rows.append(row)
    return rows
