"""What the outbox sender learns from Telegram that matters to people: a chat that blocked us."""

from __future__ import annotations

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit
from core.actions.absence import routed
from core.actions.notify import tell_coach
from core.clock import utcnow
from core.models import Alert, CaseMember, Coach, Person
from core.people import described_for_coach, membership
from messages import texts
from messages.i18n import render


async def do_mark_chat_blocked(session: AsyncSession, *, chat_id: int) -> None:
    """Telegram said 403: stop writing to the chat and tell each coach of that person."""
    now = utcnow()
    coaches = (await session.exec(select(Coach).where(Coach.telegram_chat_id == chat_id))).all()
    for coach in coaches:
        coach.telegram_blocked_at = coach.telegram_blocked_at or now
    people = (await session.exec(select(Person).where(Person.telegram_chat_id == chat_id))).all()
    for person in people:
        if person.telegram_blocked_at is not None:
            continue
        person.telegram_blocked_at = now
        members = await session.exec(select(CaseMember).where(CaseMember.person_id == person.id))
        for member in members.all():
            found = await membership(session, member.id or 0)
            assert found is not None
            who = await routed(session, found)
            session.add(Alert(coach_id=who.coach.id or 0, case_id=who.case.id, kind="chat_blocked"))
            language = who.coach.language
            text = render(
                language,
                texts.COACH_ALERT_BLOCKED,
                who=described_for_coach(person, member, who.case, language),
            )
            tell_coach(session, who.coach, text, case_id=who.case.id)
            audit.record(session, actor=person, action="chat_blocked", case_id=who.case.id)
