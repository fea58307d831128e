"""Magic links for the web channel: issued per case member, exchanged once for a session."""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit
from core.actions.sessions import StartedSession, start_session
from core.clock import utcnow
from core.models import CaseMember, WebLink
from core.tokens import hash_token, new_token


class WebLinkProblem(StrEnum):
    UNKNOWN = "unknown"
    EXPIRED = "expired"
    USED = "used"


async def do_issue_web_link(
    session: AsyncSession, *, member_id: int, base_url: str, valid_days: int, kept: bool = False
) -> str:
    """`kept`: the token is stored too, so the case page can show the link again until it is
    used or retired (an invite's link); a link mailed to a person is not kept."""
    token = new_token()
    session.add(
        WebLink(
            token_hash=hash_token(token),
            member_id=member_id,
            expires_at=utcnow() + timedelta(days=valid_days),
            link_token=token if kept else None,
        )
    )
    return web_link_url(base_url, token)


def web_link_url(base_url: str, token: str) -> str:
    return f"{base_url}/w/{token}"


async def check_web_link(session: AsyncSession, token: str) -> WebLink | WebLinkProblem:
    link = (
        await session.exec(select(WebLink).where(WebLink.token_hash == hash_token(token)))
    ).first()
    if link is None or link.revoked_at is not None:
        return WebLinkProblem.UNKNOWN
    if link.exchanged_at is not None:
        return WebLinkProblem.USED
    if link.expires_at <= utcnow():
        return WebLinkProblem.EXPIRED
    return link


async def do_exchange_web_link(
    session: AsyncSession, *, token: str
) -> StartedSession | WebLinkProblem:
    """Spends the link: it works once, so a forwarded or leaked link is of no further use."""
    link = await check_web_link(session, token)
    if isinstance(link, WebLinkProblem):
        return link
    link.exchanged_at, link.link_token = utcnow(), None
    member = await session.get(CaseMember, link.member_id)
    assert member is not None
    started = await start_session(session, member_id=member.id)
    audit.record(session, actor=None, action="web_link_exchanged", case_id=member.case_id)
    return started
