"""Invites: single-use, expiring codes that link a Telegram chat to a case member or a coach."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit
from core.actions.weblinks import do_issue_web_link
from core.clock import utcnow
from core.errors import InvalidInput, NotFound
from core.models import Case, CaseMember, Coach, Invite, Person, Role
from core.tokens import hash_token, new_token


@dataclass(frozen=True)
class IssuedInvite:
    code: str
    link: str
    expires_at: datetime
    web_link: str | None = None
    member_id: int | None = None


def telegram_deep_link(bot_username: str, code: str) -> str:
    return f"https://t.me/{bot_username}?start={code}"


async def member_to_invite(session: AsyncSession, *, case: Case, role: Role) -> CaseMember:
    """The case's young person, or an unclaimed parent/employer member (else a new one)."""
    query = (
        select(CaseMember)
        .join(Person, col(Person.id) == col(CaseMember.person_id))
        .where(CaseMember.case_id == case.id, CaseMember.role == role)
        .order_by(col(CaseMember.id))
    )
    if role != Role.YOUTH:
        query = query.where(Person.telegram_user_id.is_(None))  # type: ignore[union-attr]
    member = (await session.exec(query)).first()
    if member is not None:
        return member
    person = Person()
    session.add(person)
    await session.flush()
    member = CaseMember(case_id=case.id or 0, person_id=person.id or 0, role=role)
    session.add(member)
    await session.flush()
    return member


async def do_create_case_invite(
    session: AsyncSession,
    *,
    case_id: int,
    role: str,
    bot_username: str,
    base_url: str,
    valid_days: int,
    web_link_days: int | None = None,
    actor: Coach | None = None,
) -> IssuedInvite:
    """A Telegram code and a web link for one member; each works once and then expires."""
    try:
        wanted = Role(role)
    except ValueError as error:
        raise InvalidInput("role") from error
    case = await session.get(Case, case_id)
    if case is None:
        raise NotFound(f"no case {case_id}")
    if actor is not None and actor.team_id != case.team_id:
        raise NotFound(f"no case {case_id}")
    member = await member_to_invite(session, case=case, role=wanted)
    code = new_token()
    expires_at = utcnow() + timedelta(days=valid_days)
    session.add(Invite(code_hash=hash_token(code), member_id=member.id, expires_at=expires_at))
    web_link = await do_issue_web_link(
        session,
        member_id=member.id or 0,
        base_url=base_url,
        valid_days=valid_days if web_link_days is None else web_link_days,
    )
    audit.record(session, actor=actor, action="invite_created", case_id=case.id, role=wanted.value)
    return IssuedInvite(
        code=code,
        link=telegram_deep_link(bot_username, code),
        expires_at=expires_at,
        web_link=web_link,
        member_id=member.id,
    )


async def do_create_coach_invite(
    session: AsyncSession, *, coach: Coach, bot_username: str, valid_days: int
) -> IssuedInvite:
    code = new_token()
    expires_at = utcnow() + timedelta(days=valid_days)
    session.add(Invite(code_hash=hash_token(code), coach_id=coach.id, expires_at=expires_at))
    audit.record(session, actor=coach, action="coach_invite_created")
    return IssuedInvite(
        code=code, link=telegram_deep_link(bot_username, code), expires_at=expires_at
    )
