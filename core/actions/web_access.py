"""Who can still open a case on the web: a person's links retired, their web sessions ended.

Used when a coach ends a person's access, when a person gets a fresh link (the old ones stop),
and when a case is closed (nobody opens a closed case's pages any more, DESIGN §8).
"""

from __future__ import annotations

from collections.abc import Collection

from sqlmodel import col, select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from core import access, audit
from core.clock import utcnow
from core.models import CaseMember, Coach, Invite, WebLink, WebSession


async def retire_links(session: AsyncSession, *, member_ids: Collection[int]) -> None:
    """Unused codes and web links stop working (a used one is spent already)."""
    if not member_ids:
        return
    now = utcnow()
    await session.exec(
        update(Invite)
        .where(col(Invite.member_id).in_(member_ids), col(Invite.used_at).is_(None))
        .values(expires_at=now, link_code=None)
    )
    await session.exec(
        update(WebLink)
        .where(col(WebLink.member_id).in_(member_ids), col(WebLink.revoked_at).is_(None))
        .values(revoked_at=now, link_token=None)
    )


async def end_web_sessions(session: AsyncSession, *, member_ids: Collection[int]) -> None:
    if not member_ids:
        return
    await session.exec(
        update(WebSession)
        .where(col(WebSession.member_id).in_(member_ids), col(WebSession.ended_at).is_(None))
        .values(ended_at=utcnow())
    )


async def end_case_web_access(session: AsyncSession, *, case_id: int) -> None:
    """Every person on the case: links retired and web sessions ended, at once."""
    member_ids = list(
        (await session.exec(select(CaseMember.id).where(CaseMember.case_id == case_id))).all()
    )
    ids = [member_id for member_id in member_ids if member_id is not None]
    await retire_links(session, member_ids=ids)
    await end_web_sessions(session, member_ids=ids)


async def do_end_web_access(session: AsyncSession, *, coach: Coach, member_id: int) -> CaseMember:
    """A coach ends one person's web access: their open pages log out, their links stop."""
    member = await access.member_for(session, coach, member_id)
    case = await access.case_for(session, coach, member.case_id)
    await retire_links(session, member_ids=[member_id])
    await end_web_sessions(session, member_ids=[member_id])
    audit.record(session, actor=coach, action="web_access_ended", case_id=case.id, role=member.role)
    return member
