"""The web channel's download: the same file as in Telegram, for the person who is signed in."""

from __future__ import annotations

import re

from sqlmodel import select

from core.db import Database
from core.models import AuditEntry, OutboxMessage
from tests import builders
from tests.portal.conftest import Portal


async def test_a_parent_downloads_their_data_from_their_page(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case, role="parent")
    await portal.open_and_agree(issued.web_link or "")
    await portal.send("/me/ask", {"text": "Wanneer is het gesprek op school? Ça va 🙂"})

    me = await portal.page("/me")
    assert '<a href="/me/export" download>Mijn gegevens downloaden</a>' in me
    response = await portal.get("/me/export")

    assert response.status == 200
    assert response.headers["Content-Type"] == "text/plain; charset=utf-8"
    disposition = response.headers["Content-Disposition"]
    assert re.fullmatch(r'attachment; filename="koers-\d{4}-\d{2}-\d{2}\.txt"', disposition)
    assert response.headers["Cache-Control"] == "no-store"
    text = (await response.read()).decode("utf-8")
    assert text.startswith("Jouw gegevens bij Koers\n")
    assert "- ouder van Sam. Coach: Anna." in text
    assert "- Toestemming gegeven op " in text and "- Telegram: niet gekoppeld" in text
    assert "Wanneer is het gesprek op school? Ça va 🙂" in text
    async with database.transaction() as session:
        audit = (
            await session.exec(select(AuditEntry).where(AuditEntry.action == "data_exported"))
        ).all()
        assert [(a.case_id, (a.detail or {}).get("channel")) for a in audit] == [
            (world.case.id, "web")
        ]
        assert (await session.exec(select(OutboxMessage))).all() == []


async def test_without_a_session_there_is_no_file(portal: Portal, database: Database) -> None:
    await builders.coach_with_case(database)
    response = await portal.get("/me/export")
    assert response.status == 403
    assert "text/html" in response.headers["Content-Type"]
    async with database.transaction() as session:
        exported = select(AuditEntry).where(AuditEntry.action == "data_exported")
        assert (await session.exec(exported)).all() == []


async def test_a_coach_session_gets_no_persons_file(portal: Portal, database: Database) -> None:
    await builders.coach_with_case(database)
    await portal.log_in()
    response = await portal.get("/me/export")
    assert response.status == 403
