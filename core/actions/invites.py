"""Invites: single-use, expiring codes that link a Telegram chat to a case member or a coach."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import access, audit, bots
from core.access import Actor
from core.actions.web_access import retire_links
from core.actions.weblinks import do_issue_web_link
from core.clock import utcnow
from core.errors import InvalidInput
from core.mail import checked_email
from core.models import Case, CaseMember, CaseStatus, Coach, Invite, Person, Role, WebLink
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
    """Whom a new invite is for: always a new person, never one who is there already.

    A parent or employer invite makes a new person (a second parent is not the first one). The
    young person is the case itself: their invite is for the case's young person as long as
    nobody took that place yet; once they did, another invite would open their account for
    whoever holds it — a fresh link for them is a separate act (`do_issue_fresh_link`)."""
    if role == Role.YOUTH:
        youth = (
            await session.exec(
                select(CaseMember)
                .where(CaseMember.case_id == case.id, CaseMember.role == Role.YOUTH)
                .order_by(col(CaseMember.id))
            )
        ).first()
        if youth is not None:
            if await is_claimed(session, youth):
                raise InvalidInput("youth_linked")
            return youth
    person = Person()
    session.add(person)
    await session.flush()
    member = CaseMember(case_id=case.id or 0, person_id=person.id or 0, role=role)
    session.add(member)
    await session.flush()
    return member


async def is_claimed(session: AsyncSession, member: CaseMember) -> bool:
    """Someone already is this member: linked in Telegram, or opened a web link for it."""
    person = await session.get(Person, member.person_id)
    if person is not None and (person.telegram_user_id is not None or person.consent_at):
        return True
    opened = await session.exec(
        select(WebLink.id).where(
            WebLink.member_id == member.id, col(WebLink.exchanged_at).is_not(None)
        )
    )
    return opened.first() is not None


async def do_create_case_invite(
    session: AsyncSession,
    *,
    case_id: int,
    role: str,
    bot_username: str,
    base_url: str,
    valid_days: int,
    web_link_days: int | None = None,
    actor: Actor,
    email: str | None = None,
) -> IssuedInvite:
    """A Telegram code and a web link for one member; each works once and then expires.

    With `email`, Koers may mail the new person a short note when their coach answers on the
    web (core/actions/mail_notices.py); an address that cannot be one is InvalidInput("email").
    """
    try:
        wanted = Role(role)
    except ValueError as error:
        raise InvalidInput("role") from error
    address = None
    if email is not None:
        address = checked_email(email)
        if address is None:
            raise InvalidInput("email")
    case = await access.case_for(session, actor, case_id)
    if case.status == CaseStatus.CLOSED:
        raise InvalidInput("case_closed")
    if case.coach_id is None:
        # Waiting to be picked up: whoever is invited should meet their coach, not a list.
        raise InvalidInput("no_coach")
    member = await member_to_invite(session, case=case, role=wanted)
    if address is not None:
        person = await session.get(Person, member.person_id)
        assert person is not None
        person.email = address
    issued = await _issue(
        session,
        member_id=member.id or 0,
        bot_username=bot_username,
        base_url=base_url,
        valid_days=valid_days,
        web_link_days=web_link_days,
    )
    audit.record(session, actor=actor, action="invite_created", case_id=case.id, role=wanted.value)
    return issued


async def do_issue_fresh_link(
    session: AsyncSession,
    *,
    member_id: int,
    actor: Coach,
    bot_username: str,
    base_url: str,
    valid_days: int,
    web_link_days: int | None = None,
) -> IssuedInvite:
    """A new Telegram code and web link for a person who is on the case already ("nieuwe link
    voor Petra"); their older links and codes that were never used stop working."""
    member = await access.member_for(session, actor, member_id)
    case = await access.case_for(session, actor, member.case_id)
    if case.status == CaseStatus.CLOSED:
        raise InvalidInput("case_closed")
    issued = await fresh_link(
        session,
        member=member,
        bot_username=bot_username,
        base_url=base_url,
        valid_days=valid_days,
        web_link_days=web_link_days,
    )
    audit.record(
        session, actor=actor, action="fresh_link_issued", case_id=case.id, role=member.role
    )
    return issued


async def fresh_link(
    session: AsyncSession,
    *,
    member: CaseMember,
    bot_username: str,
    base_url: str,
    valid_days: int,
    web_link_days: int | None = None,
) -> IssuedInvite:
    member_id = member.id or 0
    await retire_links(session, member_ids=[member_id])
    return await _issue(
        session,
        member_id=member_id,
        bot_username=bot_username,
        base_url=base_url,
        valid_days=valid_days,
        web_link_days=web_link_days,
    )


async def _issue(
    session: AsyncSession,
    *,
    member_id: int,
    bot_username: str,
    base_url: str,
    valid_days: int,
    web_link_days: int | None,
) -> IssuedInvite:
    """A Telegram code and a web link for one member, kept so the case page can show them
    again until they are used or retired (core/actions/open_invites.py). The Telegram link
    opens the bot of the case's region (core/bots.py)."""
    member = await session.get(CaseMember, member_id)
    case = await session.get(Case, member.case_id) if member else None
    if case is not None:
        bot_username = await bots.bot_username(
            session, await bots.case_bot(session, case), bot_username
        )
    code = new_token()
    expires_at = utcnow() + timedelta(days=valid_days)
    session.add(
        Invite(
            code_hash=hash_token(code), member_id=member_id, expires_at=expires_at, link_code=code
        )
    )
    web_link = await do_issue_web_link(
        session,
        member_id=member_id,
        base_url=base_url,
        valid_days=valid_days if web_link_days is None else web_link_days,
        kept=True,
    )
    return IssuedInvite(
        code=code,
        link=telegram_deep_link(bot_username, code),
        expires_at=expires_at,
        web_link=web_link,
        member_id=member_id,
    )


async def do_create_coach_invite(
    session: AsyncSession, *, coach: Coach, bot_username: str, valid_days: int
) -> IssuedInvite:
    regional = await bots.region_bot(session, coach.team_id)
    bot_username = await bots.bot_username(session, regional, bot_username)
    code = new_token()
    expires_at = utcnow() + timedelta(days=valid_days)
    session.add(Invite(code_hash=hash_token(code), coach_id=coach.id, expires_at=expires_at))
    audit.record(session, actor=coach, action="coach_invite_created")
    return IssuedInvite(
        code=code, link=telegram_deep_link(bot_username, code), expires_at=expires_at
    )
