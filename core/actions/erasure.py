"""Erasure (DESIGN §8, AVG art. 17): a case and its people, or one parent or employer who leaves.

Afterwards no table holds their names, Telegram ids or usernames, e-mail addresses or anything
they wrote: not the threads, check-ins, appointments and notes, not the messages sent to them
or to a coach about them (outbox), not the raw Telegram updates they sent, not the intake
requests from their chats. People who are also in another case keep their account there.
One audit entry remains, saying what was erased and when; audit entries hold no content.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from sqlalchemy import or_
from sqlmodel import col, delete, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import access, audit
from core.access import Actor
from core.actions.raw_updates import erase_updates_from
from core.errors import InvalidInput
from core.models import (
    Alert,
    Appointment,
    Case,
    CaseEvent,
    CaseMember,
    CaseNote,
    CheckIn,
    Coach,
    DueTask,
    Handover,
    IntakeRequest,
    Invite,
    MailMessage,
    OutboxMessage,
    OutboxStatus,
    Person,
    Referral,
    Role,
    Thread,
    ThreadMessage,
    WebLink,
    WebSession,
)


async def do_erase_case(session: AsyncSession, *, case_id: int, actor: Actor) -> int:
    """Erases a case at once: a coordinator of its team in the portal, or the operator."""
    case = await access.case_for(session, actor, case_id)
    access.require_coordinator(actor)
    await erase_case(session, case)
    return case_id


async def erase_case(session: AsyncSession, case: Case, *, keep_task_id: int | None = None) -> None:
    """Removes the case and everything about it; people in other cases keep their account."""
    case_id = case.id or 0
    members = list(
        (await session.exec(select(CaseMember).where(CaseMember.case_id == case_id))).all()
    )
    member_ids = [m.id or 0 for m in members]
    thread_ids = await _ids(session, select(Thread.id).where(Thread.case_id == case_id))
    people_ids = {m.person_id for m in members}
    leaving = people_ids - await _elsewhere(session, people_ids, case_id=case_id)
    people = await _people(session, leaving)
    await _erase_traces(session, people)
    names = {case.first_name, *(person.first_name for person in people)}
    await _forget_in_coach_chats(session, team_id=case.team_id, names=names)
    # Children before parents, so foreign keys hold on PostgreSQL and SQLite alike.
    statements = [
        delete(OutboxMessage).where(
            or_(
                col(OutboxMessage.thread_id).in_(thread_ids),
                col(OutboxMessage.person_id).in_(leaving),
                col(OutboxMessage.case_id) == case_id,
            )
        ),
        delete(ThreadMessage).where(col(ThreadMessage.thread_id).in_(thread_ids)),
        delete(Thread).where(col(Thread.case_id) == case_id),
        delete(CheckIn).where(col(CheckIn.case_id) == case_id),
        delete(Referral).where(col(Referral.case_id) == case_id),
        delete(Appointment).where(col(Appointment.case_id) == case_id),
        delete(CaseEvent).where(col(CaseEvent.case_id) == case_id),
        # A handover file tells the young person's story: it goes with either case.
        delete(Handover).where(
            (col(Handover.case_id) == case_id) | (col(Handover.new_case_id) == case_id)
        ),
        delete(CaseNote).where(col(CaseNote.case_id) == case_id),
        delete(Alert).where(col(Alert.case_id) == case_id),
        delete(WebSession).where(col(WebSession.member_id).in_(member_ids)),
        delete(WebLink).where(col(WebLink.member_id).in_(member_ids)),
        delete(Invite).where(col(Invite.member_id).in_(member_ids)),
        delete(DueTask).where(
            col(DueTask.case_id) == case_id, col(DueTask.id) != (keep_task_id or 0)
        ),
        delete(CaseMember).where(col(CaseMember.case_id) == case_id),
        delete(MailMessage).where(col(MailMessage.person_id).in_(leaving)),
        delete(Person).where(col(Person.id).in_(leaving)),
    ]
    for statement in statements:
        await session.exec(statement)
    for person_id in people_ids - leaving:
        person = await session.get(Person, person_id)
        if person is not None and person.current_member_id in member_ids:
            person.current_member_id = None
    await _forget_in_coach_dialogues(session, case)
    await session.delete(case)
    audit.record(session, actor=None, action="case_erased", case_id=case_id)


async def do_erase_member(session: AsyncSession, *, member_id: int, actor: Actor) -> int:
    """Erases one parent or employer who leaves the case, with everything they wrote there.
    The young person is the case: erasing them is erasing the case."""
    member = await access.member_for(session, actor, member_id)
    case = await access.case_for(session, actor, member.case_id)
    if member.role == Role.YOUTH:
        raise InvalidInput("youth_is_the_case")
    thread_ids = await _ids(session, select(Thread.id).where(Thread.member_id == member_id))
    leaving = {member.person_id} - await _elsewhere(
        session, {member.person_id}, case_id=case.id or 0, member_id=member_id
    )
    await _erase_traces(session, await _people(session, leaving))
    statements = [
        delete(OutboxMessage).where(
            or_(
                col(OutboxMessage.thread_id).in_(thread_ids),
                col(OutboxMessage.person_id).in_(leaving),
            )
        ),
        delete(ThreadMessage).where(col(ThreadMessage.thread_id).in_(thread_ids)),
        delete(DueTask).where(col(DueTask.thread_id).in_(thread_ids)),
        delete(Thread).where(col(Thread.id).in_(thread_ids)),
        delete(CheckIn).where(col(CheckIn.member_id) == member_id),
        delete(WebSession).where(col(WebSession.member_id) == member_id),
        delete(WebLink).where(col(WebLink.member_id) == member_id),
        delete(Invite).where(col(Invite.member_id) == member_id),
        delete(CaseMember).where(col(CaseMember.id) == member_id),
        delete(MailMessage).where(col(MailMessage.person_id).in_(leaving)),
        delete(Person).where(col(Person.id).in_(leaving)),
    ]
    for statement in statements:
        await session.exec(statement)
    alerts = await session.exec(select(Alert).where(Alert.case_id == case.id))
    for alert in alerts.all():
        if (alert.detail or {}).get("member") == member_id:
            await session.delete(alert)
    audit.record(session, actor=actor, action="member_erased", case_id=case.id, role=member.role)
    return member_id


async def _erase_traces(session: AsyncSession, people: list[Person]) -> None:
    """What their Telegram chats left outside the case: messages to them, intake requests,
    raw updates."""
    chat_ids = {p.telegram_chat_id for p in people if p.telegram_chat_id is not None}
    user_ids = {p.telegram_user_id for p in people if p.telegram_user_id is not None}
    if chat_ids:
        await session.exec(delete(OutboxMessage).where(col(OutboxMessage.chat_id).in_(chat_ids)))
    if chat_ids or user_ids:
        await session.exec(
            delete(IntakeRequest).where(
                or_(
                    col(IntakeRequest.telegram_chat_id).in_(chat_ids),
                    col(IntakeRequest.telegram_user_id).in_(user_ids),
                )
            )
        )
    await erase_updates_from(session, chat_ids=chat_ids, user_ids=user_ids)


async def _forget_in_coach_chats(session: AsyncSession, *, team_id: int, names: set[str]) -> None:
    """Messages already sent to the team's coaches that name them ("Verstuurd naar Sam."): the
    text was delivered, and the row is history no one reads. Alerts about the case went with
    its threads and its case id."""
    wanted = [re.escape(name) for name in names if name and name.strip()]
    if not wanted:
        return
    named = re.compile(rf"(?<!\w)(?:{'|'.join(wanted)})(?!\w)")
    chats = (
        await session.exec(
            select(Coach.telegram_chat_id).where(
                Coach.team_id == team_id, col(Coach.telegram_chat_id).is_not(None)
            )
        )
    ).all()
    if not chats:
        return
    sent = await session.exec(
        select(OutboxMessage.id, OutboxMessage.text).where(
            col(OutboxMessage.chat_id).in_(chats),
            col(OutboxMessage.status).in_([OutboxStatus.SENT, OutboxStatus.FAILED]),
        )
    )
    ids = [row_id for row_id, text in sent.all() if row_id is not None and named.search(text)]
    if ids:
        await session.exec(delete(OutboxMessage).where(col(OutboxMessage.id).in_(ids)))


async def _forget_in_coach_dialogues(session: AsyncSession, case: Case) -> None:
    """A coach halfway through a Telegram dialogue about this case (a note, an appointment)."""
    coaches = await session.exec(
        select(Coach).where(Coach.team_id == case.team_id, col(Coach.conversation).is_not(None))
    )
    for coach in coaches.all():
        data = (coach.conversation or {}).get("data") or {}
        if data.get("case_id") == case.id or case.id in (data.get("cases") or []):
            coach.conversation = None


async def _elsewhere(
    session: AsyncSession, people_ids: Collection[int], *, case_id: int, member_id: int = 0
) -> set[int]:
    """Of these people, those with another role: in another case, or another role here."""
    other = col(CaseMember.id) != member_id if member_id else col(CaseMember.case_id) != case_id
    query = select(CaseMember.person_id).where(col(CaseMember.person_id).in_(people_ids), other)
    return set((await session.exec(query)).all())


async def _people(session: AsyncSession, ids: Collection[int]) -> list[Person]:
    if not ids:
        return []
    return list((await session.exec(select(Person).where(col(Person.id).in_(ids)))).all())


async def _ids(session: AsyncSession, query: object) -> list[int]:
    # A select of one id column built by the callers; sqlmodel's overloads cannot type it.
    rows = (await session.exec(query)).all()  # type: ignore[call-overload]
    return [row for row in rows if row is not None]
