"""Questions: what a person writes becomes a thread with their fixed coach, open until closed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import access, audit
from core.actions.absence import responsible_coach
from core.actions.crisis_followup import tell_crisis_taken
from core.actions.escalation import plan_deadline
from core.actions.mail_notices import tell_answer_by_mail
from core.actions.notify import tell_coach, tell_person, thread_buttons
from core.actions.out_of_view import note_contact
from core.clock import utcnow
from core.concern_outcomes import checked_closing, needs_outcome
from core.deadlines import Urgency, response_due
from core.errors import NotAllowed
from core.mail import WebReach
from core.models import (
    Channel,
    Coach,
    OutboxMessage,
    Role,
    Thread,
    ThreadMessage,
    ThreadStatus,
)
from core.people import Membership, described_for_coach, membership
from core.team_rules import team_rules
from messages import texts
from messages.i18n import render

# Shown to the coach in place of media we do not forward as files.
MEDIA_LABELS = {
    "photo": texts.MEDIA_PHOTO,
    "voice": texts.MEDIA_VOICE,
    "video": texts.MEDIA_VIDEO,
    "sticker": texts.MEDIA_STICKER,
    "document": texts.MEDIA_DOCUMENT,
}


def media_label(kind: str, language: str | None) -> str:
    return render(language, MEDIA_LABELS.get(kind, texts.MEDIA_OTHER))


@dataclass(frozen=True)
class MessageReceived:
    thread: Thread
    new_thread: bool
    coach: Coach
    due_at: datetime


async def do_receive_message(
    session: AsyncSession,
    *,
    who: Membership,
    text: str,
    channel: Channel,
    media_kind: str | None = None,
    media_file_id: str | None = None,
    note: str | None = None,
    base_url: str,
) -> MessageReceived:
    """Stores what a person wrote in their open thread (or a new one) and alerts their coach."""
    now = utcnow()
    thread = (
        await session.exec(
            select(Thread)
            .where(Thread.member_id == who.member.id, Thread.status == ThreadStatus.OPEN)
            .order_by(col(Thread.id).desc())
        )
    ).first()
    new_thread = thread is None
    if thread is None:
        thread = await open_thread(session, who, now=now)
    add_person_message(
        session,
        who=who,
        thread=thread,
        text=text,
        channel=channel,
        media_kind=media_kind,
        media_file_id=media_file_id,
        now=now,
    )

    coach = await responsible_coach(session, who.case)
    shown = text_for_coach(text, media_kind, note, coach.language)
    alert = texts.COACH_ALERT_QUESTION if new_thread else texts.COACH_ALERT_MESSAGE
    tell_coach(
        session,
        coach,
        render(
            coach.language,
            alert,
            who=described_for_coach(who.person, who.member, who.case, coach.language),
            text=shown,
        ),
        buttons=thread_buttons(coach, thread.id or 0, base_url),
        thread_id=thread.id,
    )
    audit.record(session, actor=who.person, action="message_received", case_id=who.case.id)
    assert thread.due_at is not None
    return MessageReceived(thread=thread, new_thread=new_thread, coach=coach, due_at=thread.due_at)


async def open_thread(
    session: AsyncSession,
    who: Membership,
    *,
    now: datetime,
    kind: str = "question",
    category: str | None = None,
    urgency: str | None = None,
) -> Thread:
    """A new thread for what a person raises, with the deadline its urgency gives (DESIGN §5).
    Good news is there to read, not a question to answer in time: it has no deadline."""
    rules = await team_rules(session, who.case.team_id)
    to_read = kind == "good_news"
    thread = Thread(
        case_id=who.case.id or 0,
        member_id=who.member.id or 0,
        kind=kind,
        category=category,
        urgency=urgency,
        due_at=None if to_read else response_due(now, urgency, rules.working_hours),
        last_message_at=now,
        created_at=now,
    )
    session.add(thread)
    await session.flush()
    if not to_read:
        await plan_deadline(session, thread)
    return thread


def add_person_message(
    session: AsyncSession,
    *,
    who: Membership,
    thread: Thread,
    text: str,
    channel: Channel,
    media_kind: str | None,
    media_file_id: str | None,
    now: datetime,
) -> None:
    """Adds what a person wrote to a thread and notes that they were in touch (also concerns)."""
    thread.last_message_at = now
    body = text or (media_label(media_kind, None) if media_kind else "")
    session.add(
        ThreadMessage(
            thread_id=thread.id or 0,
            channel=channel,
            body=body,
            media_kind=media_kind,
            media_file_id=media_file_id,
        )
    )
    if who.role == Role.YOUTH:
        note_contact(who.case, now=now)
    if channel == Channel.TELEGRAM:
        # Writing to us means the chat works again, whatever a failed send once told us.
        who.person.telegram_blocked_at = None


def text_for_coach(text: str, media_kind: str | None, note: str | None, language: str) -> str:
    """What a person sent, as the coach's alert shows it: media labelled, edits and forwards."""
    shown = text
    if media_kind:
        label = render(language, texts.COACH_ALERT_MEDIA, kind=media_label(media_kind, language))
        shown = f"{label} {text}".strip()
    if note == "edited":
        shown = render(language, texts.COACH_ALERT_EDITED, text=shown)
    elif note == "forwarded":
        shown = render(language, texts.COACH_ALERT_FORWARDED, text=shown)
    return shown


async def thread_of_alert(session: AsyncSession, *, chat_id: int, message_id: int) -> int | None:
    """The thread a coach's Telegram message replied to, found through the alert we sent."""
    query = select(OutboxMessage.thread_id).where(
        OutboxMessage.chat_id == chat_id, OutboxMessage.telegram_message_id == message_id
    )
    return (await session.exec(query)).first()


class Delivery(StrEnum):
    """How an answer reaches the person: in Telegram; on their page with an e-mail saying so;
    or only on their page, seen when they next open it."""

    TELEGRAM = "telegram"
    MAIL = "mail"
    PAGE = "page"


@dataclass(frozen=True)
class ReplySent:
    thread: Thread
    to: Membership
    delivery: Delivery


async def do_reply_to_thread(
    session: AsyncSession,
    *,
    coach: Coach,
    thread_id: int,
    text: str,
    channel: Channel,
    reach: WebReach,
) -> ReplySent:
    text = text.strip()
    if not text:
        raise NotAllowed("empty reply")
    thread = await access.thread_for(session, coach, thread_id)
    who = await membership(session, thread.member_id)
    assert who is not None
    now = utcnow()
    session.add(
        ThreadMessage(thread_id=thread.id or 0, from_coach_id=coach.id, channel=channel, body=text)
    )
    thread.last_message_at = now
    thread.first_answer_at = thread.first_answer_at or now
    if thread.taken_by_coach_id is None:
        thread.taken_by_coach_id, thread.taken_at = coach.id, now
    queued = tell_person(
        session,
        who.person,
        render(who.person.language, texts.REPLY_FROM_COACH, coach=coach.name, text=text),
        thread_id=thread.id,
        purpose="reply",
    )
    audit.record(session, actor=coach, action="thread_replied", case_id=thread.case_id)
    if queued:
        delivery = Delivery.TELEGRAM
    elif await tell_answer_by_mail(session, who, reach):
        delivery = Delivery.MAIL
    else:
        delivery = Delivery.PAGE
    return ReplySent(thread=thread, to=who, delivery=delivery)


@dataclass(frozen=True)
class TakeResult:
    thread: Thread
    taken_by: Coach
    already_taken: bool


async def do_take_thread(session: AsyncSession, *, coach: Coach, thread_id: int) -> TakeResult:
    thread = await access.thread_for(session, coach, thread_id)
    if thread.taken_by_coach_id not in (None, coach.id):
        other = await session.get(Coach, thread.taken_by_coach_id)
        assert other is not None
        return TakeResult(thread=thread, taken_by=other, already_taken=True)
    first_take = thread.taken_by_coach_id is None
    thread.taken_by_coach_id, thread.taken_at = coach.id, thread.taken_at or utcnow()
    if first_take and thread.urgency == Urgency.URGENT:
        await tell_crisis_taken(session, thread, taker=coach)
    audit.record(session, actor=coach, action="thread_taken", case_id=thread.case_id)
    return TakeResult(thread=thread, taken_by=coach, already_taken=False)


async def do_close_thread(
    session: AsyncSession,
    *,
    coach: Coach,
    thread_id: int,
    outcome: str | None = None,
    note: str | None = None,
) -> Thread:
    """Closes a thread; a concern or crisis only with an outcome from the list and a note.

    Raises InvalidInput ("outcome_missing", "outcome_note_missing", "outcome_note_too_long")
    when a concern comes without them. Closing a closed thread changes nothing.
    """
    thread = await access.thread_for(session, coach, thread_id)
    if thread.status == ThreadStatus.CLOSED:
        return thread
    detail: dict[str, str] = {}
    if needs_outcome(thread.kind):
        closing = checked_closing(outcome, note)
        thread.outcome, thread.outcome_note = closing.outcome, closing.note
        detail["outcome"] = closing.outcome
    thread.status, thread.closed_at = ThreadStatus.CLOSED, utcnow()
    audit.record(session, actor=coach, action="thread_closed", case_id=thread.case_id, **detail)
    return thread
