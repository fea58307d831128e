"""In the portal, a crisis or concern closes only with what was done and a few words."""

from __future__ import annotations

from core.actions.concerns import do_raise_crisis
from core.db import Database
from core.models import Channel, Thread
from core.people import membership
from tests import builders
from tests.portal.conftest import Portal, ask


async def _crisis(database: Database, member_id: int) -> int:
    async with database.transaction() as session:
        who = await membership(session, member_id)
        assert who is not None
        raised = await do_raise_crisis(
            session, who=who, text="ik wil er niet meer zijn", channel=Channel.WEB, base_url=""
        )
        return raised.thread.id or 0


async def test_a_coach_closes_a_crisis_by_choosing_what_was_done_and_writing_a_note(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    thread_id = await _crisis(database, issued.member_id or 0)
    await portal.log_in()

    page = await portal.page(f"/threads/{thread_id}")
    assert "Zorg sluiten" in page and "Wat is er gedaan?" in page
    assert 'value="crisis_service"' in page and "Doorverwezen naar hulp" in page
    assert "Vraag sluiten" not in page  # no one-click close for a crisis

    response = await portal.send(f"/threads/{thread_id}/close", {"note": ""})
    assert response.status == 400
    assert "Kies wat er is gedaan." in await response.text()

    response = await portal.send(
        f"/threads/{thread_id}/close", {"outcome": "referred", "note": " "}
    )
    shown = await response.text()
    assert response.status == 400
    assert "Schrijf in een paar woorden wat er is gebeurd." in shown
    assert 'value="referred" required checked' in shown  # the choice is kept

    async with database.transaction() as session:
        thread = await session.get(Thread, thread_id)
        assert thread is not None and thread.status == "open"

    response = await portal.send(
        f"/threads/{thread_id}/close",
        {"outcome": "referred", "note": "Met Sam gebeld; morgen naar de huisarts <samen>."},
    )
    assert response.headers["Location"] == f"/threads/{thread_id}?done=closed"
    closed = await portal.page(response.headers["Location"])
    assert "Uitkomst" in closed and "Doorverwezen naar hulp" in closed
    assert "morgen naar de huisarts &lt;samen&gt;." in closed
    assert "ik wil er niet meer zijn" not in await portal.page("/inbox")


async def test_a_question_still_closes_with_one_click_in_the_portal(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    thread_id = await ask(database, issued.member_id or 0, "Hoe laat begin ik?")
    await portal.log_in()
    page = await portal.page(f"/threads/{thread_id}")
    assert "Vraag sluiten" in page and "Wat is er gedaan?" not in page
    response = await portal.send(f"/threads/{thread_id}/close")
    assert response.headers["Location"] == f"/threads/{thread_id}?done=closed"
