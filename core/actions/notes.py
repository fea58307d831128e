"""Case notes: a short note a coach keeps on a case, from Telegram or the portal.

A note is for the team (not for the people on the case): any coach of the case's team may add
one. The audit log records that a note was added, never what it says.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import access, audit
from core.clock import as_utc, utcnow
from core.errors import InvalidInput, NotFound
from core.models import Case, CaseNote, CaseStatus, Channel, Coach, OutboxMessage, ThreadMessage

# A note is a few sentences; a longer text belongs in a report, not in a chat message.
MAX_NOTE_LENGTH = 2_000
# The thread a coach looked at or answered this recently is what a new note is probably about.
RECENT = timedelta(minutes=30)


class NoteTooLong(InvalidInput):
    def __init__(self, length: int) -> None:
        super().__init__("too_long")
        self.length = length
        self.limit = MAX_NOTE_LENGTH


@dataclass(frozen=True)
class NoteAdded:
    note: CaseNote
    case: Case


async def do_add_note(
    session: AsyncSession, *, coach: Coach, case_id: int, body: str, channel: Channel
) -> NoteAdded:
    """Keeps a note on a case of the coach's team; empty or too long is InvalidInput."""
    case = await access.case_for(session, coach, case_id)
    body = body.strip()
    if not body:
        raise InvalidInput("empty")
    if len(body) > MAX_NOTE_LENGTH:
        raise NoteTooLong(len(body))
    note = CaseNote(case_id=case.id or 0, coach_id=coach.id or 0, body=body, channel=channel)
    session.add(note)
    await session.flush()
    audit.record(
        session, actor=coach, action="note_added", case_id=case.id, note_id=note.id, channel=channel
    )
    return NoteAdded(note=note, case=case)


@dataclass(frozen=True)
class ShownNote:
    note: CaseNote
    author: Coach


async def case_notes(session: AsyncSession, *, coach: Coach, case_id: int) -> list[ShownNote]:
    """A case's notes, newest first, each with who wrote it (for the coach's team only)."""
    await access.case_for(session, coach, case_id)
    rows = await session.exec(
        select(CaseNote, Coach)
        .join(Coach, col(Coach.id) == CaseNote.coach_id)
        .where(CaseNote.case_id == case_id)
        .order_by(col(CaseNote.created_at).desc(), col(CaseNote.id).desc())
    )
    return [ShownNote(note=note, author=author) for note, author in rows.all()]


async def note_cases(session: AsyncSession, *, coach: Coach, name: str = "") -> list[Case]:
    """The coach's own active cases by first name (only those called `name`, if given).

    A name no own case has is looked for in the whole team: a stand-in writes notes too.
    """
    query = select(Case).where(Case.status == CaseStatus.ACTIVE)
    wanted = name.strip().casefold()
    if wanted:
        query = query.where(func.lower(Case.first_name) == wanted)
    order = (func.lower(Case.first_name), col(Case.id))
    own = (await session.exec(query.where(Case.coach_id == coach.id).order_by(*order))).all()
    if own or not wanted:
        return list(own)
    team = await session.exec(query.where(Case.team_id == coach.team_id).order_by(*order))
    return list(team.all())


async def case_of_thread(session: AsyncSession, *, coach: Coach, thread_id: int) -> Case:
    """The case a thread of the coach's team belongs to; NotFound for any other thread."""
    thread = await access.thread_for(session, coach, thread_id)
    return await access.case_for(session, coach, thread.case_id)


async def recent_case(
    session: AsyncSession, *, coach: Coach, now: datetime | None = None
) -> Case | None:
    """The active case of the thread the coach last had shown or answered in the last minutes."""
    since = (now or utcnow()) - RECENT
    candidates: list[tuple[datetime, int]] = []
    if coach.telegram_chat_id is not None:
        shown = (
            await session.exec(
                select(OutboxMessage.created_at, OutboxMessage.thread_id)
                .where(
                    OutboxMessage.chat_id == coach.telegram_chat_id,
                    col(OutboxMessage.thread_id).is_not(None),
                    col(OutboxMessage.created_at) >= since,
                    # A thread the coach opened, not an alert that merely arrived.
                    OutboxMessage.purpose == "dialogue",
                )
                .order_by(col(OutboxMessage.id).desc())
            )
        ).first()
        if shown is not None and shown[1] is not None:
            candidates.append((shown[0], shown[1]))
    answered = (
        await session.exec(
            select(ThreadMessage.created_at, ThreadMessage.thread_id)
            .where(
                ThreadMessage.from_coach_id == coach.id,
                col(ThreadMessage.created_at) >= since,
            )
            .order_by(col(ThreadMessage.id).desc())
        )
    ).first()
    if answered is not None:
        candidates.append((answered[0], answered[1]))
    if not candidates:
        return None
    thread_id = max(candidates, key=lambda found: as_utc(found[0]))[1]
    try:
        case = await case_of_thread(session, coach=coach, thread_id=thread_id)
    except NotFound:
        return None
    return case if case.status == CaseStatus.ACTIVE else None
