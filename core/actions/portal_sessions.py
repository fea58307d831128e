"""Portal sign-in verbs that end the browser's previous session: no session id outlives a login."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.actions.sessions import LoginProblem, StartedSession, do_end_session, do_log_in
from core.actions.weblinks import WebLinkProblem, do_exchange_web_link
from core.models import WebSession
from core.tokens import hash_token


async def _end_previous(session: AsyncSession, previous_token: str | None) -> None:
    if not previous_token:
        return
    query = select(WebSession).where(WebSession.token_hash == hash_token(previous_token))
    record = (await session.exec(query)).first()
    if record is not None and record.ended_at is None:
        await do_end_session(session, record=record)


async def do_portal_log_in(
    session: AsyncSession,
    *,
    previous_token: str | None,
    email: str,
    password: str,
    ip: str,
    max_failures: int,
    window: timedelta,
) -> StartedSession | LoginProblem:
    """A coach's login; on success the session the browser had before is ended."""
    outcome = await do_log_in(
        session, email=email, password=password, ip=ip, max_failures=max_failures, window=window
    )
    if isinstance(outcome, StartedSession):
        await _end_previous(session, previous_token)
    return outcome


async def do_portal_open_web_link(
    session: AsyncSession, *, previous_token: str | None, token: str
) -> StartedSession | WebLinkProblem:
    """Exchanges a web link for a session; on success the browser's previous session is ended."""
    outcome = await do_exchange_web_link(session, token=token)
    if isinstance(outcome, StartedSession):
        await _end_previous(session, previous_token)
    return outcome
