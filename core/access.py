"""Who may see and change what: one place for "may this actor reach this case, thread, person
or request".

Every action that works on a case for someone asks here, and the actor is always given: a
coach (portal or Telegram) reaches the cases of their own team; the operator at the server's
command line (`koers …`, DESIGN §9) reaches every case. There is no "no actor means allowed":
a forgotten actor is a type error, not an open door. Another team's case is answered as "not
found" (OtherTeam), so nothing about it leaks, and is written down by whoever catches it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel.ext.asyncio.session import AsyncSession

from core.errors import NotAllowed, NotFound, OtherTeam
from core.models import Case, CaseMember, Coach, IntakeRequest, Thread


@dataclass(frozen=True)
class Operator:
    """Whoever runs `koers` commands on the server: they hold the database anyway."""


OPERATOR = Operator()
Actor = Coach | Operator


def reaches(actor: Actor, team_id: int) -> bool:
    return isinstance(actor, Operator) or actor.team_id == team_id


def require_coordinator(actor: Actor) -> None:
    if isinstance(actor, Coach) and not actor.is_coordinator:
        raise NotAllowed("only a coordinator may do this")


def case_in_reach(actor: Actor, case: Case | None, case_id: int) -> Case:
    if case is None:
        raise NotFound(f"no case {case_id}")
    if not reaches(actor, case.team_id):
        raise OtherTeam(f"no case {case_id}", case_id=case_id)
    return case


async def case_for(session: AsyncSession, actor: Actor, case_id: int) -> Case:
    """A case the actor may see; NotFound for any other, so nothing about it leaks."""
    return case_in_reach(actor, await session.get(Case, case_id), case_id)


async def _of_a_case_in_reach(
    session: AsyncSession, actor: Actor, row: Thread | CaseMember | None, named: str
) -> None:
    """A row that belongs to a case: NotFound when it or its case is gone, else the case's rule."""
    case = await session.get(Case, row.case_id) if row is not None else None
    if row is None or case is None:
        raise NotFound(f"no {named}")
    if not reaches(actor, case.team_id):
        raise OtherTeam(f"no {named}", case_id=row.case_id)


async def thread_for(session: AsyncSession, actor: Actor, thread_id: int) -> Thread:
    """A thread of a case the actor may see."""
    thread = await session.get(Thread, thread_id)
    await _of_a_case_in_reach(session, actor, thread, f"thread {thread_id}")
    assert thread is not None
    return thread


async def member_for(session: AsyncSession, actor: Actor, member_id: int) -> CaseMember:
    """A person's place on a case (young person, parent, employer) the actor may see."""
    member = await session.get(CaseMember, member_id)
    await _of_a_case_in_reach(session, actor, member, f"member {member_id}")
    assert member is not None
    return member


async def intake_for(session: AsyncSession, actor: Actor, intake_id: int) -> IntakeRequest:
    """An intake request of the actor's team. It belongs to no case yet: plain NotFound."""
    intake = await session.get(IntakeRequest, intake_id)
    # One that reached no team yet (a stranger's message) is the operator's only.
    team_id = intake.team_id if intake is not None else None
    reached = reaches(actor, team_id) if team_id is not None else isinstance(actor, Operator)
    if intake is None or not reached:
        raise NotFound(f"no intake request {intake_id}")
    return intake
