"""Browser sessions for coaches (portal) and people (web channel): start, load, end, log in."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from sqlmodel import col, func, select
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
    record.last_seen_at = now
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


async def do_log_in(
    session: AsyncSession,
    *,
    email: str,
    password: str,
    ip: str,
    max_failures: int,
    window: timedelta,
) -> StartedSession | LoginProblem:
    """Checks a coach's password; after `max_failures` failures in `window`, refuses for a while."""
    email = email.strip().lower()[:254]
    since = utcnow() - window
    failures = (
        await session.exec(
            select(func.count())
            .select_from(LoginAttempt)
            .where(
                LoginAttempt.email == email,
                col(LoginAttempt.succeeded).is_(False),
                LoginAttempt.at > since,
            )
        )
    ).one()
    if failures >= max_failures:
        session.add(LoginAttempt(email=email, ip=ip[:64], succeeded=False))
        return LoginProblem.THROTTLED
    coach = (await session.exec(select(Coach).where(Coach.email == email))).first()
    if not verify_password(coach.password_hash if coach else None, password) or coach is None:
        session.add(LoginAttempt(email=email, ip=ip[:64], succeeded=False))
        return LoginProblem.INVALID
    session.add(LoginAttempt(email=email, ip=ip[:64], succeeded=True))
    audit.record(session, actor=coach, action="logged_in")
    return await start_session(session, coach_id=coach.id)
