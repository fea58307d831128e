"""A coordinator arranges the team's people (DESIGN §2, §6): who picks up which leaver, moving
cases between coaches several at once, each coach's backup, a new coach, and a coach leaving
(only once every case of theirs has a new coach)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import access, audit
from core.access import Actor
from core.actions.case_edit import assign_coach
from core.actions.notify import tell_coach
from core.actions.organisation import do_add_coach
from core.clock import utcnow
from core.errors import InvalidInput, NotFound
from core.models import Case, CaseStatus, Coach, Team, WebSession
from messages import journey_texts
from messages.i18n import render

# How many names the coach's message lists before "and N more".
NAMES_SHOWN = 8
MAX_AT_ONCE = 1000


@dataclass(frozen=True)
class TeamCoach:
    coach: Coach
    active_cases: int
    backup: Coach | None


async def team_people(session: AsyncSession, *, actor: Actor, team_id: int) -> list[TeamCoach]:
    """The team's coaches (not those who left), each with their active cases and backup."""
    if not access.reaches(actor, team_id):
        raise NotFound(f"no team {team_id}")
    coaches = list(
        (
            await session.exec(
                select(Coach)
                .where(Coach.team_id == team_id, col(Coach.left_at).is_(None))
                .order_by(func.lower(Coach.name), col(Coach.id))
            )
        ).all()
    )
    counts = dict(
        (
            await session.exec(
                select(Case.coach_id, func.count())
                .where(Case.team_id == team_id, Case.status == CaseStatus.ACTIVE)
                .group_by(col(Case.coach_id))
            )
        ).all()
    )
    by_id = {coach.id: coach for coach in coaches}
    return [
        TeamCoach(
            coach=coach,
            active_cases=counts.get(coach.id, 0),
            backup=by_id.get(coach.backup_coach_id),
        )
        for coach in coaches
    ]


async def waiting_count(session: AsyncSession, *, team_id: int) -> int:
    """Active cases of the team without a coach: the "to be picked up" list."""
    query = (
        select(func.count())
        .select_from(Case)
        .where(
            Case.team_id == team_id,
            Case.status == CaseStatus.ACTIVE,
            col(Case.coach_id).is_(None),
        )
    )
    return int((await session.exec(query)).one())


async def _team_coach(session: AsyncSession, actor: Actor, coach_id: int | None) -> Coach:
    """A coach of the actor's team who has not left; InvalidInput("coach") for anyone else."""
    coach = await session.get(Coach, coach_id or 0)
    if coach is None or not access.reaches(actor, coach.team_id) or coach.left_at is not None:
        raise InvalidInput("coach")
    return coach


async def do_assign_cases(
    session: AsyncSession, *, actor: Actor, case_ids: list[int], coach_id: int
) -> int:
    """Gives several cases (waiting ones, or a colleague's) to one coach of the team; the coach
    hears it in one message. Returns how many changed hands. Raises InvalidInput("cases") when
    none is chosen, ("coach") for a coach outside the team."""
    access.require_coordinator(actor)
    wanted = sorted(set(case_ids))[:MAX_AT_ONCE]
    if not wanted:
        raise InvalidInput("cases")
    coach = await _team_coach(session, actor, coach_id)
    cases = (
        await session.exec(
            select(Case)
            .where(
                col(Case.id).in_(wanted),
                Case.team_id == coach.team_id,
                Case.status == CaseStatus.ACTIVE,
            )
            .order_by(func.lower(Case.first_name), col(Case.id))
        )
    ).all()
    given = [case for case in cases if case.coach_id != coach.id]
    for case in given:
        await assign_coach(session, case, coach.id or 0, actor=actor, tell_coach_now=False)
    if len(given) == 1:
        text = render(coach.language, journey_texts.COACH_CASE_GIVEN, name=given[0].first_name)
        tell_coach(session, coach, text, case_id=given[0].id)
    elif given:
        tell_coach(session, coach, _many_given(coach, [case.first_name for case in given]))
    return len(given)


def _many_given(coach: Coach, names: list[str]) -> str:
    shown = ", ".join(names[:NAMES_SHOWN])
    if len(names) > NAMES_SHOWN:
        shown = render(
            coach.language, journey_texts.AND_MORE, names=shown, count=len(names) - NAMES_SHOWN
        )
    return render(coach.language, journey_texts.COACH_CASES_GIVEN, count=len(names), names=shown)


async def do_set_coach_backup(
    session: AsyncSession, *, actor: Actor, coach_id: int, backup_id: int | None
) -> Coach:
    """Who stands in for a coach on every case of theirs that names no backup of its own."""
    access.require_coordinator(actor)
    coach = await _team_coach(session, actor, coach_id)
    if backup_id is not None:
        backup = await _team_coach(session, actor, backup_id)
        if backup.id == coach.id or backup.team_id != coach.team_id:
            raise InvalidInput("backup")
    coach.backup_coach_id = backup_id
    audit.record(session, actor=actor, action="coach_backup_set", coach=coach.id, backup=backup_id)
    return coach


async def do_add_team_coach(
    session: AsyncSession,
    *,
    actor: Actor,
    team_id: int,
    name: str,
    email: str,
    password: str,
    is_coordinator: bool = False,
) -> Coach:
    """A new coach in the coordinator's team; they change the first password themselves."""
    access.require_coordinator(actor)
    team = await session.get(Team, team_id)
    if team is None or not access.reaches(actor, team_id):
        raise NotFound(f"no team {team_id}")
    if not " ".join(name.split()):
        raise InvalidInput("name")
    return await do_add_coach(
        session,
        name=name,
        email=email,
        password=password,
        team_name=team.name,
        team_id=team_id,
        is_coordinator=is_coordinator,
    )


async def do_coach_leaves(session: AsyncSession, *, actor: Actor, coach_id: int) -> Coach:
    """The coach leaves the team: no login, no alerts, no Telegram link. Refused with
    InvalidInput("has_cases") while any active case is still theirs, and ("self") for the
    coordinator doing it."""
    access.require_coordinator(actor)
    coach = await _team_coach(session, actor, coach_id)
    if isinstance(actor, Coach) and actor.id == coach.id:
        raise InvalidInput("self")
    active = await session.exec(
        select(func.count())
        .select_from(Case)
        .where(Case.coach_id == coach.id, Case.status == CaseStatus.ACTIVE)
    )
    if active.one():
        raise InvalidInput("has_cases")
    now = utcnow()
    coach.left_at = now
    coach.telegram_user_id = coach.telegram_chat_id = None
    coach.backup_coach_id = None
    await session.exec(
        update(Case).where(col(Case.backup_coach_id) == coach.id).values(backup_coach_id=None)
    )
    await session.exec(
        update(Coach).where(col(Coach.backup_coach_id) == coach.id).values(backup_coach_id=None)
    )
    await session.exec(
        update(WebSession)
        .where(col(WebSession.coach_id) == coach.id, col(WebSession.ended_at).is_(None))
        .values(ended_at=now)
    )
    audit.record(session, actor=actor, action="coach_left", coach=coach.id)
    return coach


async def cases_to_hand_out(
    session: AsyncSession, *, actor: Actor, from_coach_id: int | None, name: str = ""
) -> list[Case]:
    """The active cases a coordinator hands out from one list: those waiting for a coach
    (`from_coach_id` None), or one coach's; by first name, at most MAX_AT_ONCE."""
    access.require_coordinator(actor)
    team_id = actor.team_id if isinstance(actor, Coach) else None
    query = select(Case).where(Case.status == CaseStatus.ACTIVE)
    if team_id is not None:
        query = query.where(Case.team_id == team_id)
    if from_coach_id is None:
        query = query.where(col(Case.coach_id).is_(None))
    else:
        query = query.where(Case.coach_id == from_coach_id)
    if name.strip():
        query = query.where(func.lower(Case.first_name).contains(name.strip().lower()[:80]))
    query = query.order_by(func.lower(Case.first_name), col(Case.id)).limit(MAX_AT_ONCE)
    return list((await session.exec(query)).all())
