"""Setting up who works with whom: teams, coaches and cases (each case with its young person)."""

from __future__ import annotations

from datetime import date

from sqlmodel import col, select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from core import access, audit
from core.access import Actor
from core.actions.digest import plan_daily_digest
from core.actions.network import do_add_team
from core.actions.out_of_view import plan_first_out_of_view_check
from core.clock import local, utcnow
from core.errors import InvalidInput, NotAllowed, NotFound
from core.models import Case, CaseMember, Coach, Person, Role, Team, WebSession
from core.passwords import check_new_password, hash_password, verify_password

DEFAULT_TEAM_NAME = "Team Koers"


async def get_or_create_team(session: AsyncSession, name: str | None = None) -> Team:
    query = select(Team).order_by(col(Team.id))
    if name:
        query = query.where(Team.name == name)
    team = (await session.exec(query)).first()
    if team is None:
        team = await do_add_team(session, name=name or DEFAULT_TEAM_NAME)
    return team


async def do_add_coach(
    session: AsyncSession,
    *,
    name: str,
    email: str,
    password: str,
    team_name: str | None = None,
    team_id: int | None = None,
    is_coordinator: bool = False,
) -> Coach:
    """A coach in the team with that id, else the team with that name (made when new)."""
    email = email.strip().lower()
    if "@" not in email:
        raise InvalidInput("email")
    check_new_password(password)
    if (await session.exec(select(Coach).where(Coach.email == email))).first():
        raise InvalidInput("email taken")
    team = await session.get(Team, team_id) if team_id is not None else None
    if team_id is not None and team is None:
        raise NotFound(f"no team {team_id}")
    team = team or await get_or_create_team(session, team_name)
    coach = Coach(
        team_id=team.id or 0,
        name=name.strip(),
        email=email,
        password_hash=hash_password(password),
        is_coordinator=is_coordinator,
    )
    session.add(coach)
    await session.flush()
    await plan_daily_digest(session, coach, after=utcnow())
    audit.record(session, actor=None, action="coach_added", coach_id=coach.id)
    return coach


async def coach_by_email(session: AsyncSession, email: str) -> Coach:
    coach = (await session.exec(select(Coach).where(Coach.email == email.strip().lower()))).first()
    if coach is None:
        raise NotFound(f"no coach with email {email}")
    return coach


# A birth date before this is a typing error, whoever entered it (portal or CLI).
OLDEST_BIRTH_YEAR = 1900


def checked_first_name(first_name: str) -> str:
    first_name = " ".join(first_name.split())
    if not first_name or len(first_name) > 80:
        raise InvalidInput("first_name")
    return first_name


def checked_birth_date(birth_date: date | None) -> date | None:
    if birth_date is not None and (
        birth_date.year < OLDEST_BIRTH_YEAR or birth_date > local(utcnow()).date()
    ):
        raise InvalidInput("birth_date")
    return birth_date


async def do_add_case(
    session: AsyncSession,
    *,
    coach: Coach,
    first_name: str,
    birth_date: date | None = None,
    actor: Actor,
) -> Case:
    """A new case, with its young person as the first member (not yet linked to a chat)."""
    if not access.reaches(actor, coach.team_id):
        raise NotAllowed("a case for a coach of another team")
    first_name = checked_first_name(first_name)
    checked_birth_date(birth_date)
    case = Case(
        team_id=coach.team_id, coach_id=coach.id or 0, first_name=first_name, birth_date=birth_date
    )
    session.add(case)
    youth = Person(first_name=first_name)
    session.add(youth)
    await session.flush()
    session.add(CaseMember(case_id=case.id or 0, person_id=youth.id or 0, role=Role.YOUTH))
    await session.flush()
    await plan_first_out_of_view_check(session, case)
    audit.record(session, actor=actor, action="case_added", case_id=case.id)
    return case


async def do_set_password(
    session: AsyncSession,
    *,
    coach: Coach,
    password: str,
    current: str | None = None,
    keep_session_id: int | None = None,
) -> None:
    """A coach's new password (the coach with their current one, or an operator's reset).
    Their other sessions end: whoever knew the old password is out."""
    if current is not None and not verify_password(coach.password_hash, current):
        raise InvalidInput("password_current")
    coach.password_hash = hash_password(check_new_password(password))
    await session.exec(
        update(WebSession)
        .where(
            col(WebSession.coach_id) == coach.id,
            col(WebSession.ended_at).is_(None),
            col(WebSession.id) != (keep_session_id or 0),
        )
        .values(ended_at=utcnow())
    )
    audit.record(session, actor=coach, action="password_set", by_operator=current is None)
