"""Telling people things from inside an action: rendered in their language, queued in the outbox."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from core import web_screen
from core.bots import bot_of
from core.choices import THREAD, Buttons, button, link_button
from core.models import Coach, OutboxMessage, Person
from core.outbox import enqueue
from messages import texts
from messages.i18n import render

# The coach's answer is shown on the person's page with its question (queries.person_page).
NOT_ON_WEB_SCREEN = frozenset({"reply"})


def thread_buttons(coach: Coach, thread_id: int, base_url: str) -> Buttons:
    """Take it, open in portal, close; Telegram only accepts public https links as URL buttons."""
    take = button(coach.language, texts.BUTTON_TAKE, THREAD, "take", thread_id)
    url = f"{base_url}/threads/{thread_id}"
    if base_url.startswith("https://"):
        portal = link_button(render(coach.language, texts.BUTTON_OPEN), url)
    else:
        portal = button(coach.language, texts.BUTTON_OPEN, THREAD, "open", thread_id)
    close = button(coach.language, texts.BUTTON_CLOSE, THREAD, "close", thread_id)
    return [[take, portal], [close]]


def tell_coach(
    session: AsyncSession,
    coach: Coach,
    text: str,
    *,
    buttons: Buttons | None = None,
    thread_id: int | None = None,
    purpose: str = "coach_alert",
    case_id: int | None = None,
) -> list[OutboxMessage]:
    """Queues a Telegram message for a coach whose chat is linked and not blocked; `case_id`
    says which case it is about, so erasing that case erases this message too."""
    if coach.telegram_chat_id is None or coach.telegram_blocked_at is not None:
        return []
    return enqueue(
        session,
        bot=bot_of(coach),
        chat_id=coach.telegram_chat_id,
        text=text,
        buttons=buttons,
        purpose=purpose,
        thread_id=thread_id,
        coach_id=coach.id,
        case_id=case_id,
    )


def tell_person(
    session: AsyncSession,
    person: Person,
    text: str,
    *,
    buttons: Buttons | None = None,
    thread_id: int | None = None,
    purpose: str = "dialogue",
) -> list[OutboxMessage]:
    """Queues a Telegram message for a person whose chat is linked and not blocked.

    Someone on the web channel finds it on their page instead (core/web_screen.py); nothing is
    queued for them, so the result stays empty: no message went out.
    """
    if person.telegram_chat_id is None:
        if person.consent_at is not None and purpose not in NOT_ON_WEB_SCREEN:
            web_screen.add(person, text, buttons)
        return []
    if person.telegram_blocked_at is not None:
        return []
    return enqueue(
        session,
        bot=bot_of(person),
        chat_id=person.telegram_chat_id,
        text=text,
        buttons=buttons,
        purpose=purpose,
        thread_id=thread_id,
        person_id=person.id,
    )
