"""The thread page shows each step taken after a deadline passed unanswered."""

from __future__ import annotations

import time_machine

from core.db import Database
from scheduler.jobs import HANDLERS
from scheduler.runner import run_due
from tests.portal.conftest import Portal
from tests.scheduler.world import ASKED, amsterdam, team_with_question


async def test_the_thread_page_lists_the_reminder_and_who_it_went_to_next(
    portal: Portal, database: Database
) -> None:
    with time_machine.travel(ASKED, tick=False) as clock:
        _, thread_id = await team_with_question(database)
        clock.move_to(amsterdam(2026, 12, 3, 10, 0))
        await run_due(database, HANDLERS)
        clock.move_to(amsterdam(2026, 12, 3, 14, 0))
        await run_due(database, HANDLERS)
        await portal.log_in()
        page = await portal.page(f"/threads/{thread_id}")
    assert "Termijn verlopen" in page
    assert "herinnering aan Anna" in page
    assert "doorgezet naar achtervang Bo" in page
    assert page.index("herinnering aan Anna") < page.index("doorgezet naar achtervang Bo")
