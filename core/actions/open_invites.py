"""A case's open invites: the Telegram code and web link made for someone who has not used them
yet, kept in the database so any process shows them again after a reload or a restart. A coach
can show one again (written in the audit log, like any look at a case's data) or retire it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from core import access, audit
from core.access import Actor
from core.actions.invites import telegram_deep_link
from core.actions.web_access import retire_links
from core.actions.weblinks import web_link_url
from core.clock import utcnow
from core.errors import NotFound
from core.models import CaseMember, Invite, Person, WebLink


@dataclass(frozen=True)
class OpenInvite:
    member: CaseMember
    person: Person
    expires_at: datetime
    code: str | None
    web_token: str | None

    def telegram_link(self, bot_username: str) -> str | None:
        return telegram_deep_link(bot_username, self.code) if self.code else None

    def web_link(self, base_url: str) -> str | None:
        return web_link_url(base_url, self.web_token) if self.web_token else None


async def open_invites(session: AsyncSession, *, case_id: int) -> list[OpenInvite]:
    """Per person on the case, their newest unused code and web link that still work."""
    now = utcnow()
    members = await session.exec(
        select(CaseMember, Person)
        .join(Person, col(Person.id) == CaseMember.person_id)
        .where(CaseMember.case_id == case_id)
        .order_by(col(CaseMember.id))
    )
    rows = list(members.all())
    ids = [member.id for member, _ in rows]
    invites = await session.exec(
        select(Invite)
        .where(
            col(Invite.member_id).in_(ids),
            col(Invite.link_code).is_not(None),
            col(Invite.used_at).is_(None),
            col(Invite.expires_at) > now,
        )
        .order_by(col(Invite.id))
    )
    codes = {invite.member_id: invite for invite in invites.all()}
    links = await session.exec(
        select(WebLink)
        .where(
            col(WebLink.member_id).in_(ids),
            col(WebLink.link_token).is_not(None),
            col(WebLink.exchanged_at).is_(None),
            col(WebLink.revoked_at).is_(None),
            col(WebLink.expires_at) > now,
        )
        .order_by(col(WebLink.id))
    )
    tokens = {link.member_id: link for link in links.all()}
    found = []
    for member, person in rows:
        invite, link = codes.get(member.id), tokens.get(member.id or 0)
        if invite is None and link is None:
            continue
        ends = [row.expires_at for row in (invite, link) if row is not None]
        found.append(
            OpenInvite(
                member=member,
                person=person,
                expires_at=max(ends),
                code=invite.link_code if invite is not None else None,
                web_token=link.link_token if link is not None else None,
            )
        )
    return found


async def do_show_open_invite(
    session: AsyncSession, *, actor: Actor, case_id: int, member_id: int
) -> OpenInvite:
    """One person's open invite, for the page that shows its links and QR codes again."""
    await access.case_for(session, actor, case_id)
    for invite in await open_invites(session, case_id=case_id):
        if invite.member.id == member_id:
            audit.record(
                session,
                actor=actor,
                action="invite_shown",
                case_id=case_id,
                role=invite.member.role,
            )
            return invite
    raise NotFound(f"no open invite for member {member_id}")


async def do_retire_open_invite(
    session: AsyncSession, *, actor: Actor, case_id: int, member_id: int
) -> CaseMember:
    """The person's unused code and web link stop working (someone else got hold of them, or
    they were sent to the wrong number)."""
    member = await access.member_for(session, actor, member_id)
    if member.case_id != case_id:
        raise NotFound(f"no member {member_id} on case {case_id}")
    await retire_links(session, member_ids=[member_id])
    audit.record(session, actor=actor, action="invite_retired", case_id=case_id, role=member.role)
    return member


async def do_forget_expired_codes(session: AsyncSession, *, now: datetime) -> None:
    """Codes and links nobody used before they expired are not kept to be shown any more."""
    await session.exec(
        update(Invite)
        .where(col(Invite.link_code).is_not(None), col(Invite.expires_at) <= now)
        .values(link_code=None)
    )
    await session.exec(
        update(WebLink)
        .where(col(WebLink.link_token).is_not(None), col(WebLink.expires_at) <= now)
        .values(link_token=None)
    )
