"""Browser sessions for coaches (portal) and people (web channel): start, load, end, log in."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Any

from sqlmodel import col, delete, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit
from core.clock import utcnow
from core.models import Case, CaseMember, CaseStatus, Coach, LoginAttempt, WebSession
from core.passwords import verify_password
from core.tokens import hash_token, new_token


@dataclass(frozen=True)
class StartedSession:
    token: str
    csrf_token: str


@dataclass(frozen=True)
class ActiveSession:
    record: WebSession
    coach: Coach | None
    member: CaseMember | None

    def csrf_ok(self, submitted: str | None) -> bool:
        return bool(submitted) and hmac.compare_digest(self.record.csrf_token, submitted or "")


# An address may fail this many times more than one account from it, before it is throttled.
ADDRESS_FAILURES_FACTOR = 4
# Old login attempts say nothing about guessing now; they go after a day.
ATTEMPTS_KEPT = timedelta(days=1)


class LoginProblem(StrEnum):
    INVALID = "invalid"
    THROTTLED = "throttled"


async def start_session(
    session: AsyncSession, *, coach_id: int | None = None, member_id: int | None = None
) -> StartedSession:
    token, csrf = new_token(), new_token()
    session.add(
        WebSession(
            token_hash=hash_token(token), coach_id=coach_id, member_id=member_id, csrf_token=csrf
        )
    )
    return StartedSession(token=token, csrf_token=csrf)


# How finely a session's last activity is kept: far below any idle timeout.
LAST_SEEN_STEP = timedelta(seconds=60)


async def load_session(
    session: AsyncSession, *, token: str, idle: timedelta, absolute: timedelta
) -> ActiveSession | None:
    """The live session for a cookie, or None when it is unknown, ended, idle or too old."""
    record = (
        await session.exec(select(WebSession).where(WebSession.token_hash == hash_token(token)))
    ).first()
    now = utcnow()
    if record is None or record.ended_at is not None:
        return None
    if now - record.last_seen_at > idle or now - record.created_at > absolute:
        record.ended_at = now
        return None
    if now - record.last_seen_at > LAST_SEEN_STEP:
        record.last_seen_at = now  # not on every page: a page view needs no disk write
    coach = await session.get(Coach, record.coach_id) if record.coach_id else None
    member = await session.get(CaseMember, record.member_id) if record.member_id else None
    if member is not None and await _case_closed(session, member):
        # Closing ends these sessions at once; this also holds for one that slipped through.
        record.ended_at = now
        return None
    return ActiveSession(record=record, coach=coach, member=member)


async def _case_closed(session: AsyncSession, member: CaseMember) -> bool:
    case = await session.get(Case, member.case_id)
    return case is None or case.status == CaseStatus.CLOSED


async def do_end_session(session: AsyncSession, *, record: WebSession) -> None:
    record.ended_at = utcnow()
    if record.coach_id is not None:
        coach = await session.get(Coach, record.coach_id)
        audit.record(session, actor=coach, action="logged_out", portal_session=record.id)


async def do_log_in(
    session: AsyncSession,
    *,
    email: str,
    password: str,
    ip: str,
    max_failures: int,
    window: timedelta,
) -> StartedSession | LoginProblem:
    """Checks a coach's password, throttled so that guessing is slow and nobody can lock a
    coach out: failures count per account *from one address* (`max_failures` in `window`) and
    per address over all accounts (ADDRESS_FAILURES_FACTOR times as many). A throttled try is
    refused before any hashing, so rotating e-mail addresses cannot drain the CPU."""
    email, ip = email.strip().lower()[:254], ip[:64]
    now = utcnow()
    since = now - window
    failed = col(LoginAttempt.succeeded).is_(False) & (col(LoginAttempt.at) > since)
    from_here = (col(LoginAttempt.ip) == ip) & failed
    account_here = await _count(session, from_here & (col(LoginAttempt.email) == email))
    address = await _count(session, from_here)
    throttled = account_here >= max_failures or address >= max_failures * ADDRESS_FAILURES_FACTOR
    await session.exec(delete(LoginAttempt).where(col(LoginAttempt.at) < now - ATTEMPTS_KEPT))
    if throttled:
        session.add(LoginAttempt(email=email, ip=ip, succeeded=False))
        return LoginProblem.THROTTLED
    coach = (await session.exec(select(Coach).where(Coach.email == email))).first()
    if coach is not None and coach.left_at is not None:
        coach = None  # a coach who left the team: refused like an unknown address
    if not verify_password(coach.password_hash if coach else None, password) or coach is None:
        session.add(LoginAttempt(email=email, ip=ip, succeeded=False))
        return LoginProblem.INVALID
    session.add(LoginAttempt(email=email, ip=ip, succeeded=True))
    audit.record(session, actor=coach, action="logged_in", ip=ip)
    return await start_session(session, coach_id=coach.id)


async def _count(session: AsyncSession, condition: Any) -> int:
    query = select(func.count()).select_from(LoginAttempt).where(condition)
    return int((await session.exec(query)).one())
