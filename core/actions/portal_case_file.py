"""Looking at a case in the portal: the read, and the audit entry every look needs (DESIGN §8,
NEN 7513: who looked at which file, when, from where). A look at another team's case is
refused as "not found" and logged as refused."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit, queries
from core.audit import Via
from core.models import Case, Coach, Thread


async def do_open_case_file(
    session: AsyncSession, *, coach: Coach, case_id: int, via: Via | None = None
) -> queries.CaseFile | None:
    """The case file for a coach of the case's team; logs the view. None for any other (the
    caller answers "not found" after this transaction, so the refusal stays written down)."""
    found = await queries.case_file(session, team_id=coach.team_id, case_id=case_id)
    if found is None:
        await record_refused(session, coach=coach, case_id=case_id, via=via)
        return None
    audit.record(session, actor=coach, action="case_viewed", case_id=case_id, **audit.via(via))
    return found


async def do_open_thread(
    session: AsyncSession, *, coach: Coach, thread_id: int, via: Via | None = None
) -> queries.Conversation | None:
    """A thread of the coach's team, with its messages; logs the view. None for any other
    (and a refused look at another team's thread is logged as such)."""
    found = await queries.conversation(session, team_id=coach.team_id, thread_id=thread_id)
    if found is None:
        await record_refused(session, coach=coach, thread_id=thread_id, via=via)
        return None
    audit.record(
        session,
        actor=coach,
        action="thread_viewed",
        case_id=found.thread.case_id,
        thread=thread_id,
        **audit.via(via),
    )
    return found


async def do_record_refused_request(
    session: AsyncSession, *, coach_id: int, case_id: int, via: Via | None, request: str
) -> None:
    """A coach tried to act on another team's case (a form sent, a link followed, a forged
    Telegram button): refused as "not found" or "not for you", and written down with what was
    asked; the portal calls it in a transaction of its own, since the request's is rolled back."""
    coach = await session.get(Coach, coach_id)
    case = await session.get(Case, case_id)
    if coach is None or case is None or case.team_id == coach.team_id:
        return
    audit.record(
        session,
        actor=coach,
        action="refused_other_team",
        case_id=case_id,
        request=request[:120],
        **audit.via(via),
    )


async def record_refused(
    session: AsyncSession,
    *,
    coach: Coach,
    case_id: int | None = None,
    thread_id: int | None = None,
    via: Via | None = None,
) -> None:
    """A coach asked for a case (or thread) of another team: refused, and written down."""
    if thread_id is not None:
        thread = await session.get(Thread, thread_id)
        case_id = thread.case_id if thread is not None else None
    case = await session.get(Case, case_id) if case_id is not None else None
    if case is None or case.team_id == coach.team_id:
        return  # nothing there to refuse
    audit.record(
        session, actor=coach, action="refused_other_team", case_id=case.id, **audit.via(via)
    )
