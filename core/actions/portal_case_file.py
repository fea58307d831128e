"""Looking at a case in the portal: the read, and the audit entry every look needs (DESIGN §8,
NEN 7513: who looked at which file, when, from where). A look at another team's case is
refused as "not found" and logged as refused."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit, queries
from core.actions.handover_receive import readable_by_former_coach
from core.audit import Via
from core.clock import as_utc
from core.models import Case, Coach, Team, Thread
from core.timeline import case_timeline
from core.timeline_entries import Entry


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


@dataclass(frozen=True)
class FormerCoachView:
    """What a former coach may read of a case they handed over: its story, until a day."""

    case: Case
    coach: Coach | None
    team: Team
    until: datetime
    timeline: list[Entry]


async def do_read_as_former_coach(
    session: AsyncSession, *, coach: Coach, case_id: int, via: Via | None = None
) -> FormerCoachView | None:
    """The case a coach handed over to another team, while the young person lets them go on
    reading it (core/actions/handover_receive.py); the look is logged. None otherwise."""
    case = await session.get(Case, case_id)
    if case is None or case.team_id == coach.team_id:
        return None
    handover = await readable_by_former_coach(session, coach=coach, case_id=case_id)
    if handover is None or handover.decided_at is None:
        return None
    team = await session.get(Team, case.team_id)
    assert team is not None
    audit.record(
        session,
        actor=coach,
        action="case_viewed_after_handover",
        case_id=case_id,
        handover=handover.id,
        **audit.via(via),
    )
    page = await case_timeline(session, case)
    return FormerCoachView(
        case=case,
        coach=await session.get(Coach, case.coach_id) if case.coach_id else None,
        team=team,
        until=as_utc(handover.decided_at) + timedelta(days=handover.read_days),
        timeline=page.entries,
    )
