"""Portal sign-in verbs that end the browser's previous session: no session id outlives a login."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.actions.sessions import LoginProblem, StartedSession, do_end_session, do_log_in
from core.actions.weblinks import WebLinkProblem, do_exchange_web_link
from core.clock import as_utc, utcnow
from core.models import WebLink, WebSession
from core.tokens import hash_token

# How long after a web link was spent the browser that spent it may send it again (a double
# click on "Ga verder", a slow phone, a reload of the POST) and land on its page.
DOUBLE_SUBMIT_WINDOW = timedelta(minutes=2)


@dataclass(frozen=True)
class AlreadyOpened:
    """The link was spent a moment ago by this very browser: its session stands."""


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
) -> StartedSession | AlreadyOpened | WebLinkProblem:
    """Exchanges a web link for a session; on success the browser's previous session is ended.

    A link sent again by the browser that spent it, within DOUBLE_SUBMIT_WINDOW and while that
    session lives, is AlreadyOpened (no new session). Any other second use stays USED.
    """
    outcome = await do_exchange_web_link(session, token=token)
    if isinstance(outcome, StartedSession):
        await _end_previous(session, previous_token)
    elif outcome is WebLinkProblem.USED and await _spent_by(session, previous_token, token):
        return AlreadyOpened()
    return outcome


async def _spent_by(session: AsyncSession, previous_token: str | None, token: str) -> bool:
    """Whether the browser's live session is the one this link started, a moment ago."""
    if not previous_token:
        return False
    link = (
        await session.exec(select(WebLink).where(WebLink.token_hash == hash_token(token)))
    ).first()
    record = (
        await session.exec(
            select(WebSession).where(WebSession.token_hash == hash_token(previous_token))
        )
    ).first()
    if link is None or link.exchanged_at is None or record is None:
        return False
    spent_at = as_utc(link.exchanged_at)
    return (
        record.ended_at is None
        and record.member_id == link.member_id
        and as_utc(record.created_at) >= spent_at - timedelta(seconds=5)
        and utcnow() - spent_at <= DOUBLE_SUBMIT_WINDOW
    )
