"""Open invites are kept to be shown again, and only while they can still be used."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from core.actions.open_invites import do_forget_expired_codes, open_invites
from core.clock import utcnow
from core.db import Database
from core.models import Invite, WebLink
from tests import builders


async def test_an_expired_invite_is_no_longer_open_and_its_codes_are_forgotten(
    database: Database,
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case, role="parent", days=1)
    async with database.transaction() as session:
        (shown,) = await open_invites(session, case_id=world.case.id or 0)
        assert shown.code == issued.code and shown.member.role == "parent"
        assert shown.web_link("http://127.0.0.1:8080") == issued.web_link
        assert shown.telegram_link("koers_test_bot") == issued.link
        await do_forget_expired_codes(session, now=utcnow())
    async with database.transaction() as session:
        assert len(await open_invites(session, case_id=world.case.id or 0)) == 1
        later = utcnow() + timedelta(days=2)
        await do_forget_expired_codes(session, now=later)
    async with database.transaction() as session:
        assert (await session.exec(select(Invite.link_code))).all() == [None]
        assert (await session.exec(select(WebLink.link_token))).all() == [None]
        assert await open_invites(session, case_id=world.case.id or 0) == []
