"""On the web page too, words of acute distress bring crisis information and an urgent alert."""

from __future__ import annotations

from sqlmodel import select

from core.db import Database
from core.models import Thread
from tests import builders
from tests.portal.conftest import Portal


async def test_crisis_words_on_the_web_page_bring_help_lines_and_an_urgent_concern(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    await portal.open_and_agree(issued.web_link or "")
    response = await portal.send("/me/ask", {"text": "Ik wil niet meer leven"})
    assert response.status == 200
    page = await response.text()
    assert 'class="crisis" role="alert"' in page
    assert "113" in page and "0800-0113" in page and "112" in page
    async with database.transaction() as session:
        thread = (await session.exec(select(Thread))).one()
        assert (thread.kind, thread.urgency) == ("concern", "urgent")
