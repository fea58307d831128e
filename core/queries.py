"""Read-only queries for the portal's pages: inbox, threads, cases and a person's own page.

No business rules live here and nothing is written: each function reads what one page shows.
Every coach-facing query takes the coach's `team_id`, so other teams' data never comes back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.models import (
    Alert,
    Appointment,
    Case,
    CaseMember,
    CheckIn,
    Coach,
    Person,
    Thread,
    ThreadMessage,
    ThreadStatus,
)
from core.people import case_coach

_Row = TypeVar("_Row", Case, Coach, CaseMember, Person)

# How much of a first message the inbox shows.
FIRST_WORDS_LENGTH = 90


@dataclass(frozen=True)
class Asker:
    """Who asked: a person in one role on one case."""

    member: CaseMember
    person: Person
    case: Case


@dataclass(frozen=True)
class InboxThread:
    thread: Thread
    asker: Asker
    first_words: str
    first_media: str | None  # the kind of media the first message carried, if any
    taken_by: Coach | None


@dataclass(frozen=True)
class InboxAlert:
    alert: Alert
    case: Case | None
    coach: Coach  # whom the alert is for: only they mark it as seen
    # The person it is about (e.g. who asked for erasure), when that is not the young person.
    member: CaseMember | None = None
    person: Person | None = None


@dataclass(frozen=True)
class ShownMessage:
    message: ThreadMessage
    coach: Coach | None  # the coach who wrote it; None when the person wrote it


@dataclass(frozen=True)
class Conversation:
    thread: Thread
    asker: Asker
    coach: Coach  # the case's fixed coach
    taken_by: Coach | None
    messages: list[ShownMessage]


@dataclass(frozen=True)
class CaseMemberRow:
    member: CaseMember
    person: Person

    @property
    def linked_by_telegram(self) -> bool:
        return self.person.telegram_user_id is not None


@dataclass(frozen=True)
class CaseFile:
    case: Case
    coach: Coach | None  # None: the case waits to be picked up
    members: list[CaseMemberRow]
    open_threads: list[InboxThread]


@dataclass(frozen=True)
class PersonPage:
    """What a young person, parent or employer sees on their own web page."""

    asker: Asker
    coach: Coach
    conversations: list[Conversation] = field(default_factory=list)

    def conversation(self, thread_id: int) -> Conversation | None:
        return next((c for c in self.conversations if c.thread.id == thread_id), None)


def first_words(text: str, length: int = FIRST_WORDS_LENGTH) -> str:
    flat = " ".join(text.split())
    if len(flat) <= length:
        return flat
    return flat[:length].rsplit(" ", 1)[0].rstrip(",.;:") + " …"


async def inbox_alerts(session: AsyncSession, alerts: Sequence[Alert]) -> list[InboxAlert]:
    """Alerts with their case, the coach they are for, and whom they are about."""
    cases = await _by_id(session, Case, [a.case_id for a in alerts])
    coaches = await _by_id(session, Coach, [a.coach_id for a in alerts])
    members = await _by_id(session, CaseMember, [_member_of(a) for a in alerts])
    people = await _by_id(session, Person, [m.person_id for m in members.values()])
    shown = []
    for a in alerts:
        member = members.get(_member_of(a) or 0)
        shown.append(
            InboxAlert(
                alert=a,
                case=cases.get(a.case_id or 0),
                coach=coaches[a.coach_id],
                member=member,
                person=people.get(member.person_id) if member else None,
            )
        )
    return shown


def _member_of(alert: Alert) -> int | None:
    member = (alert.detail or {}).get("member")
    return member if isinstance(member, int) else None


async def conversation(
    session: AsyncSession, *, team_id: int, thread_id: int
) -> Conversation | None:
    """One thread with all its messages, oldest first; None for another team's thread."""
    thread = await session.get(Thread, thread_id)
    if thread is None:
        return None
    case = await session.get(Case, thread.case_id)
    if case is None or case.team_id != team_id:
        return None
    return (await _conversations(session, [thread]))[0]


async def case_file(session: AsyncSession, *, team_id: int, case_id: int) -> CaseFile | None:
    """A case with its members and open threads; None for another team's case."""
    case = await session.get(Case, case_id)
    if case is None or case.team_id != team_id:
        return None
    coach = await session.get(Coach, case.coach_id) if case.coach_id else None
    rows = (
        await session.exec(
            select(CaseMember, Person)
            .join(Person, col(Person.id) == CaseMember.person_id)
            .where(CaseMember.case_id == case_id)
            .order_by(col(CaseMember.id))
        )
    ).all()
    threads = (
        await session.exec(
            select(Thread)
            .where(Thread.case_id == case_id, Thread.status == ThreadStatus.OPEN)
            .order_by(col(Thread.last_message_at).desc(), col(Thread.id).desc())
        )
    ).all()
    return CaseFile(
        case=case,
        coach=coach,
        members=[CaseMemberRow(member=m, person=p) for m, p in rows],
        open_threads=await inbox_threads(session, threads),
    )


# A person's page shows this many of their most recent threads; the export holds them all.
PERSON_PAGE_THREADS = 30


async def person_page(session: AsyncSession, *, member_id: int) -> PersonPage | None:
    """A member's coach and their threads, open and closed, the most recent first, each with
    every message oldest first: a closed thread keeps its answer on the person's page."""
    member = await session.get(CaseMember, member_id)
    if member is None:
        return None
    asker = await _asker(session, member)
    coach = await case_coach(session, asker.case)
    threads = (
        await session.exec(
            select(Thread)
            .where(Thread.member_id == member_id)
            .order_by(col(Thread.last_message_at).desc(), col(Thread.id).desc())
            .limit(PERSON_PAGE_THREADS)
        )
    ).all()
    return PersonPage(
        asker=asker, coach=coach, conversations=await _conversations(session, threads)
    )


async def member_language(session: AsyncSession, *, member_id: int) -> str | None:
    """The language a case member reads in (None: not chosen yet)."""
    query = (
        select(Person.language)
        .join(CaseMember, col(CaseMember.person_id) == Person.id)
        .where(CaseMember.id == member_id)
    )
    return (await session.exec(query)).first()


async def _asker(session: AsyncSession, member: CaseMember) -> Asker:
    person = await session.get(Person, member.person_id)
    case = await session.get(Case, member.case_id)
    assert person is not None and case is not None
    return Asker(member=member, person=person, case=case)


async def inbox_threads(session: AsyncSession, threads: Sequence[Thread]) -> list[InboxThread]:
    if not threads:
        return []
    thread_ids = [t.id for t in threads]
    first_ids = select(func.min(ThreadMessage.id)).where(
        col(ThreadMessage.thread_id).in_(thread_ids)
    )
    firsts = (
        await session.exec(
            select(ThreadMessage).where(
                col(ThreadMessage.id).in_(first_ids.group_by(col(ThreadMessage.thread_id)))
            )
        )
    ).all()
    first_by_thread = {m.thread_id: m for m in firsts}
    askers = await _askers(session, [t.member_id for t in threads])
    takers = await _by_id(session, Coach, [t.taken_by_coach_id for t in threads])
    result = []
    for thread in threads:
        first = first_by_thread.get(thread.id or 0)
        result.append(
            InboxThread(
                thread=thread,
                asker=askers[thread.member_id],
                first_words=first_words(first.body) if first else "",
                first_media=first.media_kind if first else None,
                taken_by=takers.get(thread.taken_by_coach_id or 0),
            )
        )
    return result


async def _conversations(session: AsyncSession, threads: Sequence[Thread]) -> list[Conversation]:
    if not threads:
        return []
    messages = (
        await session.exec(
            select(ThreadMessage)
            .where(col(ThreadMessage.thread_id).in_([t.id for t in threads]))
            .order_by(col(ThreadMessage.created_at), col(ThreadMessage.id))
        )
    ).all()
    askers = await _askers(session, [t.member_id for t in threads])
    coach_ids = [m.from_coach_id for m in messages] + [t.taken_by_coach_id for t in threads]
    coaches = await _by_id(session, Coach, coach_ids)
    answering = {a.case.id: await case_coach(session, a.case) for a in askers.values()}
    result = []
    for thread in threads:
        asker = askers[thread.member_id]
        shown = [
            ShownMessage(message=m, coach=coaches.get(m.from_coach_id or 0))
            for m in messages
            if m.thread_id == thread.id
        ]
        result.append(
            Conversation(
                thread=thread,
                asker=asker,
                coach=answering[asker.case.id],
                taken_by=coaches.get(thread.taken_by_coach_id or 0),
                messages=shown,
            )
        )
    return result


async def _askers(session: AsyncSession, member_ids: Iterable[int]) -> dict[int, Asker]:
    wanted = sorted(set(member_ids))
    if not wanted:
        return {}
    rows = (
        await session.exec(
            select(CaseMember, Person, Case)
            .join(Person, col(Person.id) == CaseMember.person_id)
            .join(Case, col(Case.id) == CaseMember.case_id)
            .where(col(CaseMember.id).in_(wanted))
        )
    ).all()
    return {m.id or 0: Asker(member=m, person=p, case=c) for m, p, c in rows}


async def _by_id(
    session: AsyncSession, model: type[_Row], ids: Iterable[int | None]
) -> dict[int, _Row]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    rows = (await session.exec(select(model).where(col(model.id).in_(wanted)))).all()
    return {row.id or 0: row for row in rows}


async def recent_checkins(
    session: AsyncSession, *, case_id: int, limit: int = 10
) -> list[tuple[CheckIn, Appointment | None]]:
    """The case's latest check-ins, newest first, with the appointment each asked about."""
    found = (
        await session.exec(
            select(CheckIn)
            .where(CheckIn.case_id == case_id)
            .order_by(col(CheckIn.asked_at).desc(), col(CheckIn.id).desc())
            .limit(limit)
        )
    ).all()
    return [
        (checkin, await session.get(Appointment, checkin.appointment_id))
        if checkin.appointment_id
        else (checkin, None)
        for checkin in found
    ]
